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
	.inst 0x0e2dccf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eaacdd1
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
	.inst 0x9e210063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3008f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1c596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e024577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2001c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea198f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e243b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65bcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f38e75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e312020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0fb23e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18b5cf
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
	.inst 0x9e780160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fcd5211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e64fc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21b813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee5d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e746975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e648836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4c9c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61ba58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea6d539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2af65b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0c89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2201bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ef7d55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7801af
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
	.inst 0x6ee0d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eefee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e722993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e380125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fae9956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21e5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb3eed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43fc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6bd47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eefc53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602308
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
	.inst 0x1e390160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a3891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eecd5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef1c594
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
	.inst 0x0e616816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b69f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21da58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4f993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6fdc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65181c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f3abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e292050
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
	.inst 0x1e25c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3000e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f61a8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2fdcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f619657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2f5538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e25016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19c02b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc2903c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea0f9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f27457e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e19440f
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
	.inst 0x4ee2c5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f10a611
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
	.inst 0x1e62fc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2059f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21b9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb0fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f3ce417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e24ccf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ce4df
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
	.inst 0x1e3001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e605811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61d8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f48a0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6625fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61b835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61bab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e0ad7
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
	.inst 0x4e216a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e26fd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e22d59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f3be5fd
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
	.inst 0x1f012c7f
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
	.inst 0x1e43f8f0
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
	.inst 0x9e640182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f43a1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e193506
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f8f1197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2301b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2238ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21793b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1b89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f30fcff
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
	.inst 0x1f0cb170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e280121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6ea517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30f933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1a9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0fe95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e28e4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6194e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e761018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4d1d99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d09ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e61000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28036d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6328fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62013f
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
	.inst 0x1e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b0a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2300f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b9515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fd29856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21aa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390148
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
	.inst 0x1e64016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f73d87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef3d63f
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
	.inst 0x4ee0e870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaafc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20f40c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3000e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e30b015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63753a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e618a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d28d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e622ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e27dd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b68bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6c95dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6241de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6efded1f
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
	.inst 0x1e588920
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e612200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e641482
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0d9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61da15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f68e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e380127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7801e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e231899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1b8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66dd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0c5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e32d01f
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
	.inst 0x0e217930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f43e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2504f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fd09973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f449c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e272220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0fa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780127
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
	.inst 0x6fa29279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f66e59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f34e67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e69ff7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e315c7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef2d55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0ac85f
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
	.inst 0x5f815910
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
	.inst 0x1e2c1601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2901a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3100e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e5016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e65ec97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e363818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25081a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f3efd1c
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
	.inst 0x1e24199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e4391bf
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
	.inst 0x1f073570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6cf611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2318b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e6169f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e703c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e338a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6ae46d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f829ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e301429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21d859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18f9eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e700abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b49fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a1b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e610b7f
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
	.inst 0x1e6c88b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e707973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eafc438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2aee39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c35b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6d509c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4014fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0eb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6401ef
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
	.inst 0x2f33fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f30bd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f849a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02b5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2189d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e738cb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2548f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6708d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21a95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6168fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65409d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fc09b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78018f
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
	.inst 0x1e6e2950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e618a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e308872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e58a563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f9350f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e617a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6088f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7901e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e616a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e235899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e71018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e682270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62403d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e218bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21aabf
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
	.inst 0x6f66fc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3138b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690480
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6109d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30cab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fce9977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eeed418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6201da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6cd4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1887c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6008fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66699e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2741bf
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
	.inst 0x9e390160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e29e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7801c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e210103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b2874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e601a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2740b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1d5d7
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
	.inst 0x6e68f599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b4afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e616a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f601a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e491e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62437f
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
	.inst 0x1e242850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f31c4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f2afc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e59a864
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e695876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1aab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f498af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f540c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee3d41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62295b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1da9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f3ffd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61887e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1a93f
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
	.inst 0x1e6241d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1b8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e27ccf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e677993
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
	.inst 0x1e380025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7900a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e39b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e666af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1b9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f35957b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e73dcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f48837d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3000ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23015f
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
	.inst 0x1e60c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2400c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6241d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e72c4b3
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
	.inst 0x9e230095
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
	.inst 0x1e600207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e650879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f60a05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70c8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0e8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e29034d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c99f
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
	.inst 0x4ea18990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c7971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f68b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1d833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c6624
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43cd56
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
	.inst 0x1e224978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f4ce419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee19afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3800ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea2f5ff
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
	.inst 0x4fc81130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f053e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2400a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2742f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc71af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b901a
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
	.inst 0x4fc7901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6048fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6901ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61791f
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
	.inst 0x4e67e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fae50f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f7912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e18f0a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f1028d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0fa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1b978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e64dcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1da1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d493c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b595e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e58442f
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
	.inst 0x0e28dd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c2110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e613814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e694995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f21e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e617a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2442d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb3d57a
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
	.inst 0x1e7b589c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66cc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c01f
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
	.inst 0x4e61d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e290204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c1935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616a16
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
	.inst 0x1e2a2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f30fd19
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
	.inst 0x1f4941db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e21020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e20ed3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4118fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0e8df
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
	.inst 0x1e674110
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
	.inst 0x7ee0c932
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
	.inst 0x1e6a4954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61b8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61da76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eaad537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e24f6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6bcefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2500dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f07dc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e233fdf
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
	.inst 0x9e020c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e88b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f8f90f2
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
	.inst 0x1f33c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6478d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e66f456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0d85d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62491a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eb6f45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f57fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3159fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1fade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e64dd5f
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
	.inst 0x4e21b930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e38d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2719d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e64c5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f79f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e734816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e69e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e5018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e32dd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7748db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2908dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a799f
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
	.inst 0x1e03cd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7fc09211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fb19012
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
	.inst 0x1e2200d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e632170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2401a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e0a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e03cc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2641bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e26c5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c81f
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
	.inst 0x1e63fc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e66a5cf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc19812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc85a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e638e14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e702020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e622cd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2bad17
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
	.inst 0x1e690919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e26f59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2741dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e2bec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3100ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f62aadf
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
	.inst 0x2eaee530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f2ee611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e038972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3089f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e234836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e207938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e647839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e372c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b3a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee8c59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0ebbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70018f
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
	.inst 0x1e6fe55b
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
	.inst 0x1e2a3a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2500c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f73fcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2368f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f64fcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d39b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1d919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6368db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e24cd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e62dcdf
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
	.inst 0x7e616890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e690181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4f9512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e613d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4011b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e222917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0c8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f66a559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea0f9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1aa5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6fdc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c79de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78018f
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
	.inst 0x7e70f8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e610002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea7fe33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24f40d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4bb535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f2be5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e24d4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e690009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2c607a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b6b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e686abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e28fe7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e32cc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b83f
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
	.inst 0x1e6b29b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e608a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e612a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee241d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e02fcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7900a6
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
	.inst 0x1e2542b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e039cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39b01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41197f
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
	.inst 0x1e620070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2301b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f23fdb2
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
	.inst 0x1e31ad14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e347915
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
	.inst 0x1e63fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eaad5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4e597a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e266b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e64e5fe
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
	.inst 0x6e30f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e63c452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea6e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e66a5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f123856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea5d5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fce9878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcb19bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea0c8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b1b9f
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
	.inst 0x6ee0d810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f26fd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e263972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e722dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6d8455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e286ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0ea18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6100a9
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
	.inst 0x5ea0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fb5987c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f87d
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
	.inst 0x1e6aacff
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
	.inst 0x4f65e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f6cfc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7101e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc11a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef0f455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd21096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f3ee4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f37e498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a9219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21b97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2bf53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e76499c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6fc79d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2dc4ba
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
	.inst 0x4f3cfdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc35a12
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
	.inst 0x7e30c9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f27fe75
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
	.inst 0x9e6100a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7900c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e18a0a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2e053a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2fc51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7a087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63005f
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
	.inst 0x1e695850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20ec71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4594f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eecd435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e608896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e33e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f3ce518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e684c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f543b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60acbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eaad45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea9c5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee4ec9f
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
	.inst 0x2e616870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6aee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eefc493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f678896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f36fd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea6d678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7db019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61aafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e62ce5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f7c8cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6e9cbf
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
	.inst 0x4ee1b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a4211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7900a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e71dc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2cca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5eaafd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e62ed36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3148b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f29e6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2dbd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2eed1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1babb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee7fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fd9917d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23005f
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
	.inst 0x7e70f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e389011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e59c803
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2569b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6389b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fb05037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e22c4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6e885a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e02b45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7a2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e42fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e251a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fa3183f
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
	.inst 0x1e2e2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2900c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2440b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61ba76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3001c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee242f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e73fd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e427dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d58fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21b85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eedf5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79004f
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
	.inst 0x1e3801c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b2831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e70c4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee4d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e674074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f33a9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b9404
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f103457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6dd6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f37e5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30fada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21693e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6420c0
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
	.inst 0x6e21dcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e280121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6cec32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f031853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f094e76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea5ed57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f2afc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd219f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58ae6a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f3de5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67b666
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6179de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4d14bf
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
	.inst 0x1f4ba8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f232192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f40fcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb0ccf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3800e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65de58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0b5479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7000aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60034c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fa4591e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21ca3f
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
	.inst 0x1e2501c0
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
	.inst 0x4e61b9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e0995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0c5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6201f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e664119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21c8da
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
	.inst 0x1e2820f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f07a89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e3aed3f
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
	.inst 0x7e64ecb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e633851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e280202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e310204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e621a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e612996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6bf597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fb29098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0f999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e77cd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e640a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fc699bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2ad83f
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
	.inst 0x1e6f9d30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3800e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c1a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b1a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f67c635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1b936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e330837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e25dc58
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
	.inst 0x1e65405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61693b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0be5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fd0181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f7fe79f
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
	.inst 0x1e22c170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2951
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
	.inst 0x4fc350b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee2d695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e201936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e32fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0d938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee199d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21b91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e65008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f64fdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1b8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28099f
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
	.inst 0x4ee5ccb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1d591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fb158f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6141f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fb19834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fb158d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e70ac16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e6169ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea3c75d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e21ecfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e39bf
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
	.inst 0x6eb0c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2178f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7089d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0c874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6bdc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eabd578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6000e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c29da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61a95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0e87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e29d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1ba9e
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
	.inst 0x1e03acd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61d8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fd09973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2ec514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e26e476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e214057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42b078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e67c419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4d86fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea4ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61693e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f26addf
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
	.inst 0x9e6301f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc010f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f30b613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e248914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1a895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e72e536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2709f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2540b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21a85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6201db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a8b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0f83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61e59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67417f
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
	.inst 0x6ee1b9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4fba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f64e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f6bfd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f099514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6108f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58c4a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea2c4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0e938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1b999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e761d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e213d9c
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
	.inst 0x5f99989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2fb090ff
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
	.inst 0x6eb0c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e25e4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22162e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2811b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2a4834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e22e555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f610977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6c9c78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6201b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e287dda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27499c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e79e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7c297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e737b5f
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
	.inst 0x1f20a850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2eed33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7801a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e26dd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f338056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e707958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcf11fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21b8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e381adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21293d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0faa59be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6108bf
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
	.inst 0x1e61c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6dadb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f7104f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6200f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61ca74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b2a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e612896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ef6fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f68d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a8cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e31e61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea1ba1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f04acfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f8498df
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
	.inst 0x6e26f590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e275872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e59f603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e708a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e613524
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2300f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f5549f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f71a139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c69bb
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
	.inst 0x6fb891bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e605563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22015f
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
	.quad 0x000002709dfbe7fd
	.quad 0x00000000000000c4
	.quad 0x7b92a1aa68138f96
	.quad 0xde2c092b928b3be7
	.quad 0xd7e00bdb7b469fdd
	.quad 0x007b83bd094f3211
	.quad 0x0000000005182506
	.quad 0xfffffffffffffe56
	.quad 0xffffb528e0a25172
	.quad 0x36216daf26054ede
	.quad 0xefe909c87d41d296
	.quad 0xfffffffffff78e45
	.quad 0xff553bde3fdc3c22
	.quad 0x0000000000000151
	.quad 0x8dc95c3bd57b5685
	.quad 0x8000000000000000
	.quad 0x04c00000
	.quad 0x00000000
	.quad 0x8000000000000000, 0x471a0704a7d6bd29
	.quad 0x413d9eb4f94ca948, 0xbf819cc115861ec6
	.quad 0xfff0000000000000, 0xebc9a45d7ffffff7
	.quad 0xbf85cfb15d887060, 0x50da820dc396dc3e
	.quad 0x9a9faebc4669f808, 0xbc2e39dfff800000
	.quad 0xb78059d40f5b753b, 0x404dcb9b90ea5c03
	.quad 0x3f8ea9de004101ae, 0x94d4c8dc3df3fe91
	.quad 0x4009880d4562cb87, 0x9d5e9f0b45ef61eb
	.quad 0x298d6812ffb07c00, 0xe5e39bca6afaf860
	.quad 0x7f447439d45c3f50, 0x3feecf507aa6eaa4
	.quad 0xb9101bc03fafe59f, 0x4f7ffffe00000001
	.quad 0x7f868cc741120000, 0x801e046100000000
	.quad 0xfff0000000000000, 0x7faccb6c49de4a7a
	.quad 0xfa9f4935996b6000, 0x3faeec821c739cea
	.quad 0x804334d42942dc1e, 0x7f80000090b9b2fe
	.quad 0x74d0912c851be2e9, 0x7ff0000000000000
	.quad 0x4060000080800000, 0x864478c4c0840000
	.quad 0x86cd09fb15b92304, 0xbfef7a3334804993
	.quad 0xbf7f3634ae99474a, 0x43e1470c8aaa8a39
	.quad 0xbfdb3c9847d91dba, 0xbe77f1f9ffff978e
	.quad 0x3fa00000fc71be16, 0xdf1ac73f5f7fffff
	.quad 0x7f939ee9ff800000, 0x4f0000006f993950
	.quad 0x42d7c60a00000000, 0xf94b670a11a24d09
	.quad 0x8000000000000000, 0xfe06177a51ff3425
	.quad 0xfe627de2f9f2f10e, 0x9df41460e5d3bf8f
	.quad 0x8000000000000000, 0x7ff8000000000000
	.quad 0x220e4b0f5df6a2fa, 0x7f800000007fffff
	.quad 0xed8415fe7f800000, 0xa5588ff73a0ffd33
	.quad 0x007fffff4331b482, 0xc1d580323c5e2227
	.quad 0x0010000000000000, 0x800000007b1c2c33
	.quad 0xfe9ff035806bbc6d, 0x6a79fa32ffa61525
	.quad 0x00215f4647aa58b1, 0x017fffffbf900000
seed1:
	.quad 0x0000000000000002
	.quad 0x00000000ffffffff
	.quad 0xbad266b02005ec4b
	.quad 0xffffffffffffffff
	.quad 0x00000015891ec4e4
	.quad 0x00000000180a2925
	.quad 0x3e1c2189f4e7c784
	.quad 0xbad1417445d858d7
	.quad 0x0000000000004735
	.quad 0xa347c12b63d0e93d
	.quad 0xfffffffffffffff6
	.quad 0x0000000001000001
	.quad 0xffffffffffaa909a
	.quad 0xfffffffe7b40e023
	.quad 0x00000000ffffffff
	.quad 0xf59e63b8a9d37203
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x4eb171ec5b62dc80, 0x0fd6fc02ffc00000
	.quad 0x7fa8580f5f7ffffe, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x6270aea1ffed8000
	.quad 0xbde9567041080000, 0x7ff0000000000000
	.quad 0x7f8000007f92477e, 0x8000000000000001
	.quad 0x0049f34f80000000, 0x804df8bd5a7ffffe
	.quad 0x321175169f0ea81d, 0x0a38e89baff669f1
	.quad 0x80000000e3fab643, 0xfff4fbb0eb014530
	.quad 0x43f400257fc00000, 0x02480186e20d3f20
	.quad 0x0000000180000000, 0x4373fe77c7416f3d
	.quad 0x40f0000000000001, 0x7ff7cca03ff07537
	.quad 0xfd8c58e51278316e, 0xc22f02a07feb7b6f
	.quad 0xffd524519781fd98, 0x82e5c5b918e14130
	.quad 0x698b098cc1e34000, 0x7effffff3ec00000
	.quad 0x54a97cd00a3cae4e, 0xbda2d32600000000
	.quad 0xfa167dc1c8f1f7fe, 0xd4fcc5c9bf787fd9
	.quad 0xfff6164c312a1fac, 0x3ffde18f71fb8386
	.quad 0x534abc0abf9e7dff, 0x5f5bd214fbed356a
	.quad 0xd842132040c84300, 0x668f6165da7fffff
	.quad 0x16f4ff98fefd19fb, 0x41a85f7a7ff2ff7b
	.quad 0xb14bbf0dfacfa696, 0x801a2953b1e2acf6
	.quad 0x3ed44c7319a36944, 0xbcb57a6249200000
	.quad 0x4022800000000000, 0xa4ff15879fa77b8d
	.quad 0xffa9803e7fe7bae7, 0x3fc95a3cc02e8573
	.quad 0x14f308bcb32b7700, 0x0000000000000000
	.quad 0x1abdca09ffc00000, 0x7f000000ffc00000
	.quad 0x7f6b49e540d80000, 0x3609c33d0dd37e00
	.quad 0xd61322f423d33803, 0x1d5105f1b5eff569
	.quad 0x8000000080000000, 0xbaf4f0d3dffffffe
	.quad 0x137b9b68feeff9b6, 0xbf8a47f22c5d4cf4
	.quad 0x800d90bee4acdab8, 0x7c865669e253a400
	.quad 0xf5de80b9d5ebdd58, 0x3f5c000000000000
seed2:
	.quad 0x013911f4a8236251
	.quad 0xffffffffff2038e6
	.quad 0xfffffffffffc8634
	.quad 0xfcc114c8f27a4967
	.quad 0x0ac9a043b70f41c4
	.quad 0xfff066fa9649ffc6
	.quad 0xffffffffff8fe112
	.quad 0xfffffffffffffd34
	.quad 0xffffffffc2be975e
	.quad 0xffbd3a5995d5cf1a
	.quad 0xf30e5886a90ab6e1
	.quad 0xbd1a47fad43491c4
	.quad 0xffffffffffffffb6
	.quad 0x8000000000000000
	.quad 0xfffffe7ead1ce1a1
	.quad 0xb1388371c424267d
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x7fa858a440daa7e9, 0xbfc7ed1fd5d24232
	.quad 0xff9015eabb070000, 0xb74e34af505a3e1c
	.quad 0x8b7c6467d9456220, 0x71d16249b6a00000
	.quad 0x1d8393b14277c9b1, 0x448c005bcc8d4800
	.quad 0xc2d9acc348b80000, 0xff8000007effffff
	.quad 0x8c7fa74415b3fc00, 0x7fe37b3ac30775c0
	.quad 0x9bc083185ab77c29, 0x1236dc9afff95e40
	.quad 0x7fc00000c063598c, 0x4240692d406a6ed3
	.quad 0x7ffe358e6fb56ec2, 0xdba3a406891998ae
	.quad 0x485c3b6202c14640, 0x40cc0000ff800000
	.quad 0xd37f500bfda7efec, 0x24aae9669fdffefd
	.quad 0xb9406c4dffc19000, 0x5c4e4f8fdfffffff
	.quad 0xc0f7578eff8eec73, 0xffdfffffffffffff
	.quad 0xfe6a0a43fb00b0d4, 0x1e62d67f98127dbc
	.quad 0x00a233fdc0153a5e, 0xfff16d111d5a5514
	.quad 0x40539472dc8a8e54, 0x00000000a93f435b
	.quad 0xc7800000ff958c3e, 0xbccfbc5abf7ffbff
	.quad 0x4040000000000000, 0xc3e0000000000000
	.quad 0x402891f544994cbf, 0x7fd7520d3dd7d39a
	.quad 0x9e66bbeade9be570, 0x08f2df85f7e70000
	.quad 0x4fffffffff800000, 0xec3bda08b2ead492
	.quad 0x7ecc5a5f5a51a16f, 0x7f800000479605e3
	.quad 0x7ff9202714df6076, 0xffba48c6ff800000
	.quad 0xd19f0ea6beff9fcf, 0x0010000000000000
	.quad 0xff8ebce2ff800000, 0x9059579b840e3f15
	.quad 0x2c5c282b59fffffe, 0xc7457419bb9ab021
	.quad 0xb94bd864cc0dfcd0, 0x4d98f5a6095dce3a
	.quad 0x9845a74104346f11, 0x6e7be5737f800000
	.quad 0xaae533d8bf6a4ac4, 0x406000007fc00000
	.quad 0xfffda56300de5294, 0xdb00e68cce15d99b
	.quad 0x610da137e178da23, 0xdb120b2ecfb87801
	.quad 0x268dbab4effb7844, 0xb4cddc3db1fc7c00
seed3:
	.quad 0xfd7524c03556d9a8
	.quad 0xa7cf30fba0c7ba8f
	.quad 0x00000000000002f4
	.quad 0xffffffe751f73236
	.quad 0xd1dcb69cacfb0534
	.quad 0x0000000100000000
	.quad 0x000000000b04ba29
	.quad 0xfffffffffffffc36
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0xb5851aef58320bac
	.quad 0x0000000000000000
	.quad 0xfffffffffffffdc2
	.quad 0x00000000ffffffff
	.quad 0x00000000000000ec
	.quad 0xe24ec1cb5eda4c81
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xc1800000c095acc0, 0x7c387a593501f400
	.quad 0x7ffdb61bc30888a3, 0xc03313caecea7e11
	.quad 0xffc000007fb91333, 0xc34b3a4bf7b79cf2
	.quad 0x3d1313ecffebfccf, 0xf7091ca4c7ff05f7
	.quad 0x0d2353de7fe1003c, 0x7fd0682fd67ca7aa
	.quad 0x47d8000080000000, 0x8000000000000000
	.quad 0x6faa519480000000, 0x3fe2f23a5d3539c9
	.quad 0x70b89373755343fe, 0xaf9a2d17e5ffab9c
	.quad 0x4075c69076f8e562, 0xc3380000c0880000
	.quad 0x7ff924b054a59ce8, 0xfffc08504c9ff04e
	.quad 0x55d44af0e7a40800, 0x0053f14a1409ff34
	.quad 0x4059381fff946b6b, 0x72aff84efb3ff92e
	.quad 0xffb33582c0d40000, 0xef91e990fa077a50
	.quad 0x3d7000007fc00000, 0xc0425aa061274e17
	.quad 0xc7f240df80a9ab83, 0x81bcd9f7e0b51f3a
	.quad 0x53fffffebb95365b, 0xbffa66a8b27582e6
	.quad 0x16c8592254ae5a9c, 0x3f4c0d1b7f800000
	.quad 0x56442e85b0177c00, 0x7f98c3748876c9a6
	.quad 0x6cd7f85a7f800000, 0x02ac3dc906b49ac5
	.quad 0x3f85f74f5c5054bf, 0x2b29f909c6b00000
	.quad 0x806242d7039a7c82, 0x7fefffffffffffff
	.quad 0x83a3a1d6a5f48de4, 0xeb10f8d105bd7bfa
	.quad 0x4396bad77f91fc00, 0xffb6c6a3c09e0000
	.quad 0x67437549ffbf3e7b, 0x3ff5c31c7eef7cc4
	.quad 0x7c4ea025196648f9, 0xb005ae9a42d2c100
	.quad 0x991d6d5d44664d6c, 0x96c0375495047f45
	.quad 0x5db0c0c92ba17c00, 0x0000000000000000
	.quad 0xfd848b099673f455, 0xdc3aa53b8dbcac58
	.quad 0xff9c1dc37f800000, 0x8e8c8ead80000000
	.quad 0xfbd248d0092cd1c6, 0x43940000ffca4e25
	.quad 0x7e0f8d101bfc6617, 0x823704ce316e0197
	.quad 0x6b7bf18cf4f2b951, 0xffcb940f7f7b0c10
seed4:
	.quad 0xffffffffffffffff
	.quad 0xf3bf080ef65b2e61
	.quad 0xfffffffdddbf80c2
	.quad 0x0000000000000005
	.quad 0x0000000013e360cb
	.quad 0xb7640e3a9f2c7d56
	.quad 0x0000000014dbf95d
	.quad 0x0000000001000001
	.quad 0x1a407f45f588fbef
	.quad 0x000000034ee88a15
	.quad 0x53ba6783d6161808
	.quad 0xa2d0857ce7169a41
	.quad 0xfffff9b973773efd
	.quad 0xfdf164db493cbaee
	.quad 0xfffffffffffffff1
	.quad 0xfffffffffff2227f
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0x3ffffffe403e9b8e, 0xaa747b7cffab9e77
	.quad 0x0008000000000000, 0xbfb3400000000000
	.quad 0x7e134824244dffeb, 0xff9773d47fa0c275
	.quad 0x38ce16b4dfdf7d61, 0x12c8db4fde717759
	.quad 0x45bedb983a922796, 0x108775f385853a18
	.quad 0x01ecb358fe166f46, 0xe2e4460ee553ebdf
	.quad 0x3fbc96267691c450, 0x803f670196056fc5
	.quad 0x80c21ff141140000, 0x007fffff7b97bfd1
	.quad 0x3f80000000000000, 0x3f10000000000000
	.quad 0xfff8000000000000, 0xbff0000000000000
	.quad 0xbfb8000000000000, 0xc1f090ab3e1b527f
	.quad 0x2e774f4c4f6ed011, 0x91eeabd79bc72885
	.quad 0xcddfcd6a0033d4f3, 0x57f224e200c34e9f
	.quad 0x5637c5cbaeff3194, 0x407e9b969a7501f4
	.quad 0x8000000000000000, 0xbea364443d7b79f9
	.quad 0x7fafe8400078070b, 0xf0a7e25f8bd3c5ec
	.quad 0x04aa098880000000, 0xbf86000000000000
	.quad 0xc007a313389e02f0, 0xbfdb000000000000
	.quad 0xfff0000000000000, 0xced8f347972c1b53
	.quad 0xff8061e4c0700000, 0xe0d868f63df00000
	.quad 0x66ea440b34c40000, 0x39e1f996fff37a96
	.quad 0xc1e120ab41280558, 0x769e0cb88fd4389d
	.quad 0xc0923be34c43b6d7, 0x0050d62bff800000
	.quad 0x403b31483aa1d041, 0xc0e0000080000000
	.quad 0x46857ceeff6dbffb, 0x7ef9c481b3e0dc56
	.quad 0x3d9b2c9b9c1e23e6, 0x7ff0000000000000
	.quad 0x7fa9a6de17d4e80a, 0x8000000000000000
	.quad 0x075d13793d529095, 0xbc7471a34aa586de
	.quad 0x8080000043f85708, 0x9200c114cd1fa8da
	.quad 0x7c659ccdfffdb7eb, 0x435496af3e08395c
	.quad 0x3e0eddfffe725600, 0xaf2e2ddec3307f7e
	.quad 0xa48d326324c00000, 0x7f8a041147b71a83
seed5:
	.quad 0x0000000080000000
	.quad 0x000000357f444398
	.quad 0xfffffffff057ec86
	.quad 0x9f5bfe0844307584
	.quad 0x5c87c964b9c3aa38
	.quad 0x0000000000000000
	.quad 0xffffffffffffff9d
	.quad 0xdc18f598cc416a6c
	.quad 0xaa6ac517aaf2e10d
	.quad 0xd01911089bd62154
	.quad 0x0000000000000194
	.quad 0x63e24368bdae89c0
	.quad 0x2ff49a928637d271
	.quad 0x0000000000000301
	.quad 0x0000000000000009
	.quad 0xfffff988ee3aecc4
	.quad 0x01000000
	.quad 0x80000000
	.quad 0x059d05541607ede4, 0xfd0c02f598cc47c0
	.quad 0x550e9b77ff8b1b50, 0x7ac13383ffaf6cd3
	.quad 0xbcd8833a3ceb0541, 0xfff0000000000000
	.quad 0x00bcd61632a05282, 0x413d000000000000
	.quad 0x3f93710d69778719, 0xc01c000000000000
	.quad 0x01f284a7ffd07bc1, 0x57800000ff31cbbe
	.quad 0xc0e0000000000000, 0x7ff0000000000000
	.quad 0xe032f22afd7ffb75, 0x73f4ac63c1056338
	.quad 0xc02a1acd80000000, 0x800a71431be06d65
	.quad 0x48526419f329436d, 0x7e800000bc88cef1
	.quad 0x43567d1e0058a43e, 0x4e07389c9c9f944f
	.quad 0xa8b320453fa3fcf5, 0x80ffffffdffffffe
	.quad 0x43ee4ce7003e33ee, 0x5d732c70fff6f9bc
	.quad 0xff800000c1cb895b, 0x7ff8000000000000
	.quad 0x27bcecef2149356e, 0x59036b10c6d142bd
	.quad 0x9c94a442a9c9e65e, 0x7e8000005f000000
	.quad 0xf1933c080d8e3c01, 0xd9ffffff4fb6c96f
	.quad 0x7ff0000000000000, 0x1e65816a9161fc1a
	.quad 0x759e5d10fb2b0908, 0xbaaf74791f20d358
	.quad 0x881c501096f17c00, 0x0002a92b00000000
	.quad 0xc075bdbd60ccd183, 0xcb123d87b5dc1239
	.quad 0x3ae00000b9a80000, 0x41fffffffffffffe
	.quad 0x8284967957fe7c00, 0xc346a33d5fa64880
	.quad 0xc157b0e5ef3ddf3f, 0xb2614f9273eff996
	.quad 0x7fc00000bcbe0273, 0x000b3a1f05113385
	.quad 0xbfd585a4b989a2c2, 0x4ec1a807c60279aa
	.quad 0xb5d61fc4962d7fe5, 0x80000001ffa307eb
	.quad 0x020d2a297cbaface, 0xaadd30d2e3921c08
	.quad 0x3e1345f6c0f00000, 0xd24d596903b88e40
	.quad 0xa925fb88ffd7fe00, 0x933ed7d34dc30335
	.quad 0x268656e6b067d7d5, 0x449716e8a8fae57b
	.quad 0xfa57a9e1ea29feb8, 0xdc625bf462a65fdb
seed6:
	.quad 0xffffd26b131301ec
	.quad 0xffffbde3b0a7b4c5
	.quad 0x20659dd52b38de91
	.quad 0x0000000080000000
	.quad 0x0000000000000001
	.quad 0x95e39bbbe8f5d92a
	.quad 0x6748a2a4273b958a
	.quad 0x10df0bd10246852c
	.quad 0xfffe8a06f0fb73f4
	.quad 0xfffffffff0aa2d85
	.quad 0xfffffee7d0b5788a
	.quad 0xffffd44ed3f893a1
	.quad 0x339144a985535106
	.quad 0xffffb4be537e1f14
	.quad 0xb9e9c8b2a0923c9e
	.quad 0x000000000004bd3d
	.quad 0x04400000
	.quad 0x70000000
	.quad 0x7fa8823b32ad374c, 0xbccd32c17fc4bd5e
	.quad 0x9e0409e206ee427a, 0xae80e946f57fbed6
	.quad 0x40f4000080310869, 0x0e33f9675fb86b83
	.quad 0x007c66837fab73f0, 0xfdd326efbf6fdbff
	.quad 0x1df07d4620927c00, 0xc017000000000000
	.quad 0x7526c0810070b73d, 0x7fc0000080000000
	.quad 0x7ff0000000000000, 0x7f8b218d426d09ae
	.quad 0x001a30d87ecefc00, 0x7ed93b463db4df62
	.quad 0x5d05f584fab64780, 0xc078b6cd14cac018
	.quad 0x26796715fffaff72, 0x3d473e439718ff2a
	.quad 0xc2ce80c5beceaad8, 0x5f303493f3c966ba
	.quad 0x80400000c0260000, 0xc0b00000804fd325
	.quad 0xc3effffffffffffe, 0xd2931a49f6af08b5
	.quad 0xf1d09c967a9fbf33, 0xfdc901a95c6b6740
	.quad 0xc015000000000000, 0x96e0ee51d76d0800
	.quad 0x1472d750ffde7b95, 0x0339a0df5b6b4643
	.quad 0x023f857054f2b144, 0xb77cfee6fd67ff89
	.quad 0x1c74b734044ffe00, 0xfdf892a6bb3b4a1c
	.quad 0x16c30917fcac276d, 0x8acc71bf7944fe82
	.quad 0x4afe9afdffbdfffb, 0xfbd0d2e1fd751fdf
	.quad 0x40194bb2844dd923, 0xc002000000000000
	.quad 0x004000007f917470, 0x7ff8000000000000
	.quad 0xbb30a95cd4b0a503, 0x324d1093f65b7feb
	.quad 0x76d4ec6fceadff30, 0x0304cfa6c2da7bce
	.quad 0xd049e9b77fc7ea13, 0xa63a3fea0cff0510
	.quad 0x0e6176aff4fb7970, 0xc19a7798fcf7fef4
	.quad 0x415617fc3c593d7c, 0x6e9fe45e03b2b328
	.quad 0x7f80000080000000, 0xffc00000da7ffffe
	.quad 0x0350f504cf90993c, 0x7ffaf8e7c39dae6a
	.quad 0x6da382717edffbf7, 0x73efcedd1d9ddbe5
	.quad 0x422649613f9f1773, 0xffcb1ee4246a24e9
	.quad 0xc1ffffffffffffff, 0x7720a96cd4febf33
seed7:
	.quad 0x3652efb545045a8e
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x000000001891eac4
	.quad 0x0004361df4ee1f68
	.quad 0xfffa24c7df745cb5
	.quad 0xdd24c13551c6ef0f
	.quad 0x009870714dbd8531
	.quad 0xffffffffffffff56
	.quad 0x2d135aa5cee732c5
	.quad 0xe6f30f3b23bb8247
	.quad 0xffffffb035540367
	.quad 0xea635561070a8103
	.quad 0xde168f7583df9cd9
	.quad 0x0111949c31781e4c
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x53f1ed207a6e7c00, 0x729299ed3fcfbffe
	.quad 0x78383f31ff800000, 0x0029e38e9b34f0b3
	.quad 0x832b7965b64e8171, 0x3edad1bf7fc00000
	.quad 0xc0380000ff36bc59, 0xbfb000001b6c1e46
	.quad 0xc0b8000000e4a29f, 0x00064e5e67c7e88d
	.quad 0x7fc000006069e543, 0xff80000036c00000
	.quad 0xbf9b10a375388902, 0xdc3e337561fadc6d
	.quad 0x3f70ea4489ea2059, 0x0587af60b1a5b063
	.quad 0x3fcb7322e7df7fdd, 0x610ba5f97effffff
	.quad 0x8010000000000000, 0xc06cc00000000000
	.quad 0x9ad1216a618a46ad, 0x7fc0000000000000
	.quad 0x7ff0000000000000, 0xc2000000ff95e9f3
	.quad 0xa5102e512e68449d, 0xc4e3f3df7ea2c142
	.quad 0xa4f29b2ecdf92c7e, 0x0000000000000000
	.quad 0x7ff5d807090fff9a, 0x63d500afa28efc00
	.quad 0x4045bfb49df8e1b9, 0x336a6ba9af894a95
	.quad 0x0e3fc7fb29074671, 0xb6498a5daf636220
	.quad 0xc01fa0cf7a087ec3, 0x560b49ba200387db
	.quad 0x83411b043b027e34, 0x3f96000000000000
	.quad 0x80098293b03a1ff0, 0x80000000c58bf05f
	.quad 0xfff0000000000000, 0x0010000000000000
	.quad 0x72c071d6bf6acb78, 0x5563cbd37f6d051d
	.quad 0xd06dfccb2c42dbe0, 0x8d5b7b2236ec7256
	.quad 0x4ffffffebd259cdb, 0x3fb4000000000000
	.quad 0xf41fe66cc08b440c, 0x8000a578d814da12
	.quad 0xd0faf87246aeca00, 0x271388d506f7630f
	.quad 0xa102c1776c63bf75, 0xca1a062c145f35a9
	.quad 0x3af0dc27a2c4d512, 0x9bae2f2dfff6d3ff
	.quad 0x59800001c1913116, 0xfbb49fa5e868fe00
	.quad 0x01751580dfe23d7a, 0xc018fe85ffd3c0ee
	.quad 0xc07ffffe170b8352, 0xc0e63235b2a2d005
	.quad 0x5af20a71e92d174a, 0xc00fff1f54beba79
seed8:
	.quad 0x4a05e8a4b69f61bb
	.quad 0x17a69db00ab37aec
	.quad 0xc318834d5e42b867
	.quad 0x4bcbf9b964ad9069
	.quad 0xa59acf51e6a3aa44
	.quad 0xfffffffdea068b00
	.quad 0xffffffffffffffff
	.quad 0x000000000003c267
	.quad 0xfffffffffffeb253
	.quad 0x00000000005560f4
	.quad 0xd96d9dc928b0d4df
	.quad 0x980a0be47a437055
	.quad 0x8bb36aaf5fd05b60
	.quad 0x0000000000005f43
	.quad 0xdcd86df7556080c3
	.quad 0xfffffffffffbb6a2
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xc9aa363ab1ffc000, 0xcf1b7a96ffaa3df2
	.quad 0x0008bb506ace374e, 0x76452666a1c5fc8d
	.quad 0x0000000000000000, 0x029315e180000000
	.quad 0x00041c61b3d68a0d, 0xffd7490dc9601de7
	.quad 0xbeda4c10ffe227db, 0xfff0000000000000
	.quad 0x800fffffffffffff, 0x0e677980eff1d56d
	.quad 0x6c7615efaab7a279, 0x71d000d480209de4
	.quad 0x800f6a7376da9491, 0xfff242dd6910812a
	.quad 0xdbafd80dc484b8d3, 0x12d29909aeaa886e
	.quad 0xf36e1f3e402a0938, 0xec390ac57f7fffff
	.quad 0x6f7b6940c0400000, 0xb740000080400000
	.quad 0x7fb47aa97f800000, 0x7ffc80b5aeb08ed4
	.quad 0x6b5ee601bd4dfa36, 0x400dda5ae5306e42
	.quad 0xbf783aad00000000, 0x3dc77e6a00000000
	.quad 0xc03b6c35a0446eb7, 0xc0f0000000000001
	.quad 0x3f782053b503b92b, 0x0505994afffffd41
	.quad 0x8e5eaf58fddaf3f7, 0x40880000186e057f
	.quad 0xee0e33bf682e46bc, 0xdec7f92fffb0fd47
	.quad 0x035df81e136aae3f, 0x935a34130115bdd2
	.quad 0xaffe497dffbaadd2, 0x3f5148595f800000
	.quad 0x7fe0000000000000, 0xbfacd48bd5142717
	.quad 0x404cf15600000000, 0x0000000000000000
	.quad 0x8000000000000000, 0x800bfec6f4923241
	.quad 0xfff063d97fa7ecf2, 0x73cf7bc000400000
	.quad 0x28d27973baef45c0, 0x3ff24046b7ca3d27
	.quad 0x76912740f3fc7ec8, 0x000fa8eb817fffff
	.quad 0x00000000c0700000, 0xfff0000000000000
	.quad 0x81f1b39495ab441c, 0xfff57939e92d7673
	.quad 0xff80000080400000, 0x7ed61631421df6a3
	.quad 0xffaf1c347f800000, 0x408b600000000000
	.quad 0xfff0000000000000, 0x800056c7d270bb4a
	.quad 0x95438b19c176c560, 0x8a003f57ff98cec8
seed9:
	.quad 0x84521ebbfa025613
	.quad 0x0000000000000342
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xffffffffff8a3aa7
	.quad 0x0020000000000001
	.quad 0x0000000000000369
	.quad 0xffffffed790af639
	.quad 0xb33c4ba34270eb3c
	.quad 0xf7a1d5018beed872
	.quad 0xffffffffffffffea
	.quad 0x81a38dc8fe728efc
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcf4
	.quad 0x450e7dcd813da3a9
	.quad 0x000000000000006f
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x80ec682f7f800000, 0xbbeadb8880000000
	.quad 0xfcfb4a195ffffffe, 0xff948909002ec1e5
	.quad 0xfff0000000000000, 0xffc00000c6e00000
	.quad 0xf1bfc615291efbae, 0x3b8196bb427a5452
	.quad 0xc390a7fb7a5a575b, 0x0000000000000000
	.quad 0x7393ef1300000000, 0x0000000000000000
	.quad 0xab86a32d4fffffff, 0x3fe000005a000000
	.quad 0x0ba2e97980000000, 0x8052483958fffffe
	.quad 0xff9e2dadcee75464, 0x2200caf6fffb87ff
	.quad 0xc2133961b5b40000, 0xbfb7ad6d24883fc9
	.quad 0xfdd77b9970e78f80, 0x46f403b4780ff1a9
	.quad 0xff7fffffb0a6c30f, 0x7ff06e9dabe3ce32
	.quad 0xfe3fc89f99dfbdb5, 0x2bdb86f5ffbec301
	.quad 0xfff0000000000000, 0x6df36de8e1eeb482
	.quad 0x7ff5d57e542bbbc9, 0x3b200000802a45de
	.quad 0x800e2701bc8d5e80, 0x64e4274b01fca526
	.quad 0x33a18734a0622909, 0x00152b707f800000
	.quad 0x4040000080000000, 0xf830daa5f840142b
	.quad 0xbf9b1e20efecdfe7, 0x78f2c7aebd5b9571
	.quad 0x3f84d73d1a419b2c, 0x4014000000000000
	.quad 0xc07da0c8df800000, 0xe05598d807687c00
	.quad 0x3ffd5f8591f9f919, 0xdbd8fa3f23b58000
	.quad 0x2f9ada68bd2b09e8, 0xbc07f8557f863e39
	.quad 0x7ef906020750ef18, 0xaeb1ebd0ff99a717
	.quad 0xefee9ce2dc3049de, 0xf27b4c36fb93ff3d
	.quad 0x3c970102bfffffff, 0x000000007f800000
	.quad 0x518b68b0d3fd27ff, 0xfff0000000000000
	.quad 0x42413813fd2bfee5, 0xfff2c777c7b8c431
	.quad 0x8e4091b54efcd40b, 0x8437a8a63c680000
	.quad 0x002de6b4d7a2751f, 0xbd365499ffa77dac
	.quad 0xc04e098f7f8e4f31, 0x7f2c0600fa6d9e41
	.quad 0x737417c3745c84fc, 0x0000000000000000
seed10:
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffda6
	.quad 0xffea56758a868865
	.quad 0x0000000080000000
	.quad 0x0000000000000058
	.quad 0x01450a47f6fe7fba
	.quad 0x000000000000001f
	.quad 0x0000000000000201
	.quad 0xcf3637e2e166bb00
	.quad 0xfffffffffff81789
	.quad 0xfffffffffffffde5
	.quad 0x8000000000000000
	.quad 0x41778d357740e43e
	.quad 0xbb429392db62e9a8
	.quad 0xfffffffff920ce8e
	.quad 0x0000000000000001
	.quad 0x05400000
	.quad 0xe0000000
	.quad 0x7494a6538fda3cd1, 0x3131fd42d1334d06
	.quad 0x3fd6d449a0b7dd04, 0x64ff40cca7790207
	.quad 0x83d40adeffbdf48f, 0xc1efffffffffffff
	.quad 0xf15ee5a97db4ffcb, 0x4052533ebbe1eb55
	.quad 0x0bffbf37be877de8, 0xc015000000000000
	.quad 0x7f800000c1040000, 0x07e68907ffffbe78
	.quad 0xc069765d5389f3a6, 0xc6f43b3940500000
	.quad 0xc0efffffffffffff, 0xdbcc87a17bd0b8e5
	.quad 0x5bae7f1ef1eb7c00, 0x68d2c68f37efe212
	.quad 0xee02c5c1c5947aac, 0xf561c4d2f583c500
	.quad 0xff8000007fac3ab0, 0x41f0000000000001
	.quad 0xbfa040df9f273f72, 0x034301281ed9953b
	.quad 0x7fc0000040980000, 0x59fffffe7faaeb1d
	.quad 0x7ff91862e4d11b6c, 0x97d116f70afa7e40
	.quad 0x800cd829f7e06c71, 0x76b5e7befffe9449
	.quad 0xee1c21dfd78d84b4, 0x00000000c0390000
	.quad 0xc034ad5940dc0000, 0x000551a61a9948c5
	.quad 0x56ffffff7e800000, 0x7e808bb3bfe211f0
	.quad 0xebed30d0cf8b39fb, 0xb6600000411a0000
	.quad 0x991ded94585c7df6, 0x8319a9ba7b236b33
	.quad 0x7dc3eec93f7a7ff9, 0x74512e69fe86b24e
	.quad 0xb980b3663b61eb40, 0xff77cc39b6530602
	.quad 0x00449a90cb2583a4, 0xfffe94d00d8de43e
	.quad 0x74b987ba7f8de5df, 0xf2552254c5810257
	.quad 0x3cdb521cff800000, 0x0000000000000000
	.quad 0x1833e32b7506220b, 0x780d8eb936111777
	.quad 0xdcf7c22840b00000, 0x4050000000000000
	.quad 0x8cadedcf9507f400, 0x4a097b20df7787ff
	.quad 0xbf1301597f800000, 0xbdfc81a67fe90212
	.quad 0x2e44754fce33f129, 0x4e4dc52df9de7eff
	.quad 0x5b66f343271ffd98, 0x7e08d801be77c8c0
	.quad 0xca43313ef773b400, 0x9514b649df48d2d4
seed11:
	.quad 0x992a17a05ec09cac
	.quad 0xc08caa603a77b35e
	.quad 0xffffffffffffb782
	.quad 0x2343760bb137ce3d
	.quad 0x5b02d23f7e775994
	.quad 0x0000000080000000
	.quad 0xffffffffffffff0e
	.quad 0x00000000000002b7
	.quad 0x2fa8bea176278738
	.quad 0x0ecc45a32a26ce8b
	.quad 0x000000000000024d
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc32
	.quad 0x3999048d3c1c6edf
	.quad 0xffffffffffffffc1
	.quad 0x0000000000000030
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x3fd328188a7edc7a, 0xc069faac9947a8c4
	.quad 0xffad670cb7800000, 0xfff3d16e85de4db8
	.quad 0x80000000bea8cfd8, 0x5d9f84782b8a77a7
	.quad 0x3fe7687b74f77076, 0xbb0a5dc8c26b6f23
	.quad 0xecd1a356ff7fffff, 0x8680b3fbb842b6ef
	.quad 0x85182d0700fa5893, 0x204f85ac304c07ff
	.quad 0x0000000042b47af0, 0x02407c2a1fb757d0
	.quad 0x381be6a837900000, 0x8000000000000000
	.quad 0x2ed599aef377e2bc, 0x296fdbcc2f9ab9b7
	.quad 0x800000007feedaa6, 0x3ffe800000000000
	.quad 0xbfe7dd68d4a4c231, 0xc8a46966ef46edca
	.quad 0xa58007e15686c380, 0x2998f666ff800000
	.quad 0x80000000df2a46b7, 0x01000000438ba7e1
	.quad 0x017fffff817fffff, 0x8000000000000000
	.quad 0x2651d28b565d16f7, 0x0000000000000000
	.quad 0x5f07d2213e900000, 0x11f7d52df7f6febd
	.quad 0xe1bcbf3718c65c39, 0x3ec8261481000000
	.quad 0xfff0000000000000, 0x4013000000000000
	.quad 0x7f0843c887c2b53b, 0xd762cf85e5570000
	.quad 0x724ba0bd437dcfd7, 0x7fe05187026346d3
	.quad 0xc33ffffffffffffe, 0x7fff7cce80000000
	.quad 0x30b869a58e48b75e, 0x3fc8000000000000
	.quad 0xc34ffffffffffffe, 0xffefa7000818facb
	.quad 0xfff8000000000000, 0x7ff0000000000000
	.quad 0x6646a9519a827c00, 0x2bc145fd609c0b1a
	.quad 0x7fdfffffffffffff, 0x69a9ecf17f9bfb7f
	.quad 0x002da5400e51beb5, 0x38e000007f800000
	.quad 0x9052b7804c470000, 0x82401b6e2538ac8f
	.quad 0x7f2bb0b47f800000, 0x439795e990070aea
	.quad 0x3f40000041994591, 0xbbbd5ea980000000
	.quad 0x2c1735dddfefaf7f, 0x76f00deeff800000
	.quad 0x5b17e456fe7f7e00, 0x025ac5c774610865
seed12:
	.quad 0xa668020c1f67d0f4
	.quad 0x0000000000000003
	.quad 0xfffffffffffffd12
	.quad 0x0000000000000000
	.quad 0xfcdaad605d7422d6
	.quad 0xfffffffffffffd4a
	.quad 0xf8446cf71f7ab16e
	.quad 0x0000000000afd3d5
	.quad 0xffffffffff4beec8
	.quad 0x31b85df2a5934967
	.quad 0x7fffffffffffffff
	.quad 0x000000000000005a
	.quad 0x19779c0a45430740
	.quad 0x771be5846aec3b5c
	.quad 0xfffa6477fe19fce1
	.quad 0x000000000000011f
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xffb617be8052dbb4, 0x99c557925bfa77ff
	.quad 0x2f20e805fd337c00, 0x0010000000000000
	.quad 0xe7a70ca57fafb9ed, 0x16a96808fff7bf6f
	.quad 0x1a00fb53bfd5fc4e, 0x42065206fed4b8ab
	.quad 0xff2cddade7b57d2d, 0x40272ef9de7b8524
	.quad 0x4000000000000001, 0xbec0354de3ff7ca3
	.quad 0x40f0000000000001, 0xc384361741dbcfb9
	.quad 0xbd72fe274000289a, 0x41b0de8b40500000
	.quad 0xbfa000007dea0333, 0x3f84000000000000
	.quad 0x646a886adf2982c0, 0xc7600000c028d363
	.quad 0xff8000003fcc4a9b, 0xa98f3eb8c14ffd89
	.quad 0x000000006f070711, 0x12862351bf858000
	.quad 0x292d5a8ca4577e00, 0x5b4da7f7859d56bd
	.quad 0xddfc33c3ccbc7c00, 0x7e800000bc0aeeca
	.quad 0x40290b82c176f86d, 0x800bcdb0ba19dc19
	.quad 0x400c000000000000, 0x8000000000000001
	.quad 0x19f938bcc2c99c5c, 0x8000000000000000
	.quad 0x7fc0000000000000, 0xb1c25c7a7fe37ffa
	.quad 0x6719d43855c01c9f, 0xc037689fa1561a1a
	.quad 0x7ff8000000000000, 0x30e96c12a049e68c
	.quad 0xdd0bf7a3120e0000, 0x3ff0f6f1f9dc47db
	.quad 0x0000000000000000, 0x8240e25a62145dde
	.quad 0x298a4f4543a10000, 0xa7fd764beb38f77c
	.quad 0x801c6ae8a930fd48, 0x0048371abd0a0000
	.quad 0x2694b769e7ca7ffe, 0xf54bb77f3cbf30c6
	.quad 0x76b362fff7f3fbbe, 0x27904a20d5fbfffa
	.quad 0xffc00000ffbe4581, 0xff800000010c7697
	.quad 0x7d5cb7476410bf84, 0x9c564ab3ffd50480
	.quad 0x4e7daddf7f3b0000, 0x01b61475ccee33e7
	.quad 0x7fa29efabe9b361c, 0x00011fa3c664a7d6
	.quad 0x03804d65fbbdc999, 0x44980000d9fffffe
	.quad 0x421b6ce767574800, 0x03190a27beecfae9
seed13:
	.quad 0x6e3ac5954f415d55
	.quad 0xfffffffeb60e668a
	.quad 0xffffffff80000000
	.quad 0xfffffffffb519503
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0xbef4f2aa263c09a8
	.quad 0x8238b9c46f289fbf
	.quad 0x00000000000002db
	.quad 0xffffffffffffffe2
	.quad 0xfe2576777b01d8a4
	.quad 0xbf4ef62517cb9ea8
	.quad 0x0eedea2a0dc3234a
	.quad 0x0000000080000000
	.quad 0x000000000000024d
	.quad 0xffffffffffa208bf
	.quad 0x02000000
	.quad 0x30000000
	.quad 0x3d0f252f7057b518, 0x028c4bb3b3047ae9
	.quad 0x7fb52d9931fc53d4, 0xc016000000000000
	.quad 0x7ffed693bef698eb, 0x4022800000000000
	.quad 0xffc0000080000000, 0xf9047750d15d8000
	.quad 0x1697d68dff9d7e00, 0x7ff0000000000000
	.quad 0xff8000003c1f9775, 0xfeae40c661017b74
	.quad 0x800000000b042d77, 0x817ffffffecf1373
	.quad 0x612c8d845bf2012f, 0xbbea1bb3bc9f4d0c
	.quad 0x4093c105ffed4cd9, 0xe4472f9871890339
	.quad 0xdf7ffffe3d2e0000, 0x6efd3576fdb3fe00
	.quad 0x48540000c316965e, 0x40282df13b70991c
	.quad 0x7d0a2b544f000000, 0x3fd0c339a3da9fc6
	.quad 0x7f83a9f445500000, 0xa65d20d36ca75876
	.quad 0xa4b7c65973e7fffb, 0x8a2d058960a54d1f
	.quad 0xd76af06bfafefbbd, 0xaa5a862ffca37dfa
	.quad 0xc03aeb53b485721b, 0x69295dabec275de4
	.quad 0x42684bd4054eb282, 0x9ccfa515eea9b6fc
	.quad 0xfe19e5161d7e0374, 0x800fffffffffffff
	.quad 0x7d0d55e6c3625106, 0xffd93845641c6be1
	.quad 0x6fc56b1e0e31a356, 0x0000000100076f77
	.quad 0x3c4783cfbff4084c, 0xc3bd7ce27f683f52
	.quad 0xfff0000000000000, 0xab4c46e83efd6ffd
	.quad 0xd3582edfffa59fff, 0x3ee374e740900000
	.quad 0x7fe5fe3ac8c5241a, 0x011ecfe08d5152d8
	.quad 0x7f41616040d80000, 0x7f84e9ad39ffff7d
	.quad 0xff80000097241de8, 0x7ff0000000000000
	.quad 0x545f94f7410318c1, 0x7ff0000000000000
	.quad 0x800b3db8de828cc4, 0x808dad69278d49fa
	.quad 0xd3b40d1939204d3c, 0x7cc44048cbbedacd
	.quad 0xbf38f00000000000, 0x4117000000000000
	.quad 0x0067a4067c0ff85b, 0xff8000008d799544
	.quad 0xe391e60c7f88398b, 0xfa18ae8effdfff95
seed14:
	.quad 0xfffffffffe069923
	.quad 0x0000000000000017
	.quad 0xffffffffffff4a3b
	.quad 0x0000007909c96a0e
	.quad 0xfffffffffffffffb
	.quad 0xfffffffdb12f07a5
	.quad 0xffffffe6e6c7a949
	.quad 0x21d05c616c7635e3
	.quad 0xffff3c5dd48c488e
	.quad 0x0000000001000001
	.quad 0x000000b031b59f61
	.quad 0x64c7560d13127023
	.quad 0x7fffffffffffffff
	.quad 0xffffffc66dcb9c9e
	.quad 0xa2cc69c91502570f
	.quad 0xffffffffffffffe5
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xc0b00000ffd12d7c, 0xc30af759ff800000
	.quad 0x00020a644069c73a, 0xb2c46502fffbfe86
	.quad 0x81a83bb417d1b1b1, 0xfff0000000000000
	.quad 0x4f8000017fbfe877, 0xfffb18c03c5261b7
	.quad 0xc7355ec0fff56028, 0x3ff2d1e50fc5ccc5
	.quad 0x7fde4ee69f260ecb, 0x0002188714317aec
	.quad 0xffbab62632450fb7, 0x3ff14adc41236fb5
	.quad 0xfff0000000000000, 0x32da71dc43b250e5
	.quad 0x3dd1502ab2040855, 0x3eb3c00000000000
	.quad 0x4a41c2cdff848183, 0x153e97d92ee8488e
	.quad 0x8394cd40514ffda2, 0xedade108d2577e00
	.quad 0x40ac000000000000, 0xff8000009c5c00bf
	.quad 0x40880000c7000000, 0x805c0a0f3c5d35ab
	.quad 0xbcb0000086fa2614, 0xfe8000007fd0599d
	.quad 0x43489a21c8c80000, 0x0010000000000000
	.quad 0xafc5c8f5eef6ffbf, 0x401d000000000000
	.quad 0xc353cfcc815cbc95, 0xa63ee660de5f8fca
	.quad 0x897853bdf0284d67, 0x40700000ff884aac
	.quad 0x404bfc16443683c6, 0xceec53eb7fccb0ef
	.quad 0xd9148b7e916f5cc6, 0x00c6800b192c564b
	.quad 0xc0b00000ffc00000, 0x42028b71807fffff
	.quad 0x5a183a9bcaffffff, 0x3ff8a6d62f558040
	.quad 0x7e88ad8b4aa04e1c, 0xf7ef09305b307c00
	.quad 0x8367d12d8666f986, 0xfff0000000000000
	.quad 0x8000000041814091, 0x0efafab2fe9c9026
	.quad 0x42632a67d1d1e286, 0x48264c7ae9d60bff
	.quad 0xf2449a4507f07e00, 0x3080577250665bfa
	.quad 0x00400000017fffff, 0x7ff0ade933a61b96
	.quad 0x63b4178e4fd3fec9, 0x0000000000000000
	.quad 0x388204e5907133e5, 0x19a2149e754247af
	.quad 0x7793e453b6ce2c5f, 0xf252974e7f6fa50f
	.quad 0x983b4b55ddbad672, 0x3fc6fbbc4aa9b367
seed15:
	.quad 0xf88196b2e7b85cc5
	.quad 0x00000f2d7789d2a1
	.quad 0x0003f1d99304e51c
	.quad 0xffffffff04c89e0a
	.quad 0x000000008f1c3133
	.quad 0xd4b78c3dae497f21
	.quad 0xffffffbbccb3f23c
	.quad 0x0000000100000000
	.quad 0xfffffffffe9c888d
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000d9
	.quad 0x0000000080000000
	.quad 0xfffffffe733fbff2
	.quad 0xd98ad1c5737a4e93
	.quad 0xfff3f84113927319
	.quad 0xfffffffa18dfdc6c
	.quad 0x04800000
	.quad 0x00000000
	.quad 0xddd7fe3d69bbf11f, 0x72761e6180000000
	.quad 0xff8000003d4f0e70, 0x0000000000000000
	.quad 0x82df49b23d32143e, 0xde71b36b5346f68b
	.quad 0xb6c000003fac8000, 0x603caca5fddfe2df
	.quad 0xafa305d2cf9a1030, 0xc3e0000000000001
	.quad 0x43ffdbedcfc08000, 0x4b845e5f7ffdbd01
	.quad 0x121d6725d190c0e5, 0xc631de33afcc7c00
	.quad 0x801be6580023889b, 0x59a336668445fa90
	.quad 0x5dd7de1f7fc5fdff, 0xbbd4ad6e3e23b475
	.quad 0x800bd3e1ab92c7cb, 0x845061c61f92c31b
	.quad 0x8079cce983344052, 0x801ab8de70c905d4
	.quad 0xe005f07cfff7fa3e, 0xfff8000000000000
	.quad 0xea4208e3ffedff3f, 0x4d64556e709e04a3
	.quad 0x26cad4ef21b097fc, 0xfeaef6a7cdc0c73a
	.quad 0x4015800000000000, 0x056e411378fefdfc
	.quad 0xb28636866b837c00, 0x8b0b0c16c5191522
	.quad 0x02f7212c7c204cb6, 0x8ffe0710d50303b2
	.quad 0x9fe15659bd484d20, 0xfbaca42a4307419a
	.quad 0x8028b452c69d885f, 0xbfc00000c5000000
	.quad 0x1a1f9809b79d4e2e, 0xbf95423918a3ebdc
	.quad 0x4f7fffff40900000, 0xe72c3818c1ae0000
	.quad 0xc00a000000000000, 0xffc000007fb2941f
	.quad 0xed7c1dc3bcf32100, 0x0fc3161ebc3c0000
	.quad 0xd5cafc14ff99f82b, 0x93cf50fcffeffff2
	.quad 0x7c796f3aff800000, 0xe8ac3eb8d3653afa
	.quad 0x41f0000000000000, 0x0000000000000000
	.quad 0x3c2b5112f7ff9686, 0xc5af69b3d2deedcd
	.quad 0xfff8000000000000, 0x7fc00000414d22ba
	.quad 0x93a60a42ff939e88, 0x9bca94beff85f7df
	.quad 0x77da699bbbd06ff0, 0xbffed057e9b1369b
	.quad 0x7f583dcf80800000, 0xbf98000000000000
	.quad 0x7a5412c213d9a6f4, 0xc019794fe90135c6
seed16:
	.quad 0xe2820d74210340db
	.quad 0x0000000000000001
	.quad 0xe66c450bbc6a8d55
	.quad 0xffffffbe180f823f
	.quad 0x0000000000001d1c
	.quad 0x000000000000006b
	.quad 0xa480ea15340f00c1
	.quad 0xfffffe7b5b7b6220
	.quad 0x0000000000000297
	.quad 0x0000000000000000
	.quad 0x00000000000003d2
	.quad 0x8000000000000000
	.quad 0xfbc646fe307f2dd0
	.quad 0xfffffffffffffd4c
	.quad 0xffffffffffff360c
	.quad 0xfff3788f2292e5e9
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0xbe1a2049ff800000, 0xedbc271e7f8c294a
	.quad 0x32e784f84cc215fc, 0x1cd4ebf5fffeff01
	.quad 0x801e89a800800000, 0x8000000000000000
	.quad 0x7ff609078cde3798, 0xd3a48cf5fa0dfa3b
	.quad 0xffd0000000000000, 0x4f80000140980000
	.quad 0xc007000000000000, 0x8000000000000000
	.quad 0x7effffff7f800000, 0x0e64235c6fd2f8b4
	.quad 0xbfc5a806063cc665, 0x7ff225232c9b35d9
	.quad 0x7ebdd69e82f2a77b, 0x7ff0000000000000
	.quad 0xc0d4000080000000, 0x6d9200b57f92a27c
	.quad 0xfec64fe6c6e85055, 0xbbe1cdb4c5600000
	.quad 0x91d20270fffa5f42, 0xc01b000000000000
	.quad 0xc0e0000000000000, 0x005de5c505f73d6e
	.quad 0xa41ab428ffff4bff, 0x40a000004f000000
	.quad 0x0f8794467ac4ab70, 0x000fffffffffffff
	.quad 0x7ff0000000000000, 0x46d000003c64011a
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x7df23fa3fbf4ff7f, 0xc0f0000000000001
	.quad 0x5d1557e18051f403, 0x0000000000000000
	.quad 0x7e2e7e5e32284a31, 0x4044d0ed813ebe92
	.quad 0xdcc9ff4e7dbbeeff, 0x3e0990f4c24d62d1
	.quad 0xc04ca86f307267f1, 0xbfc3c3752018d8c9
	.quad 0x00000000474d0000, 0x80290f27cf60b42c
	.quad 0xbff9e2593731826b, 0x19dc59f2be76ffff
	.quad 0x9957276e4e122dee, 0x401d000000000000
	.quad 0xb8a0000072391ded, 0x7f800000c24a4557
	.quad 0x3ff75ff5ba840000, 0x2f0a1163fdfaffb5
	.quad 0x40c959fcfeffffff, 0x7a4ecf67b26b6ffc
	.quad 0x8ad2771a7ff54351, 0xec782945c8340a8c
	.quad 0xc04c4226b5a2c067, 0x582c79b17eb7dff3
	.quad 0x3fbfb2892f349ae8, 0xff932fa9698bde57
	.quad 0x40b54439bba3d974, 0x036338a14ad08109
seed17:
	.quad 0x0000000058c15a1c
	.quad 0x7edc17d9e57ec151
	.quad 0x000000000000009a
	.quad 0x00000000000003d8
	.quad 0x0020000000000001
	.quad 0xffffffffffffffe5
	.quad 0x000000000000001f
	.quad 0x0000000bea59e34a
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffb8687
	.quad 0x7fffffffffffffff
	.quad 0xdbb17a48e515c3ec
	.quad 0xdf0c0f017870985e
	.quad 0x0003a31b8cfd6ffa
	.quad 0xfffd747bcdddcb8f
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xa30d2d2dfeac7c00, 0xb9280000427b942c
	.quad 0x2894327affdfb59b, 0x5d1613a6ff9ffc6e
	.quad 0x4070000084495dce, 0x5d3dcce7dd5208c4
	.quad 0xffbfb73e75cc6454, 0xed1c556120a13ec2
	.quad 0xfe7b3db5af6b0f4c, 0xa8cb122be676035a
	.quad 0x4162ca2e80000000, 0x40e80000ff800000
	.quad 0x001fffffffffffff, 0xe88ad62cff91db17
	.quad 0x064eced160f34181, 0x905b3519549edc7f
	.quad 0x420aa10f100605a2, 0xb9b8ae4efb564583
	.quad 0xeeeee205fff08340, 0xc6c3d8347ff001de
	.quad 0x3ec9000000000000, 0x0cb1fade8d45b685
	.quad 0xf7e3d6c47e2f9f3f, 0xff800000b4fee4b5
	.quad 0x47b469be40ac0000, 0xffc000007f800000
	.quad 0x6c398ffdff3fff0a, 0xce73e575eeff27ea
	.quad 0x823de161adf01ed9, 0xfff05db748008163
	.quad 0xaa74d2c697b99708, 0x2148d7e2bf7db7fe
	.quad 0x7fca2631d9800001, 0x1ec24d2bf91ccf3c
	.quad 0x7baba9707fdbee3a, 0xfff258bb46a0f129
	.quad 0x04775a23ffbbfff8, 0xa737943583beec31
	.quad 0xbfd14d09b7ff5561, 0x9ba222650212b52d
	.quad 0x00000001c7800000, 0xbfa5135fcec7acd0
	.quad 0x3e0bc8249345a384, 0x00ad6947bfb7f9dd
	.quad 0x0464b2a54efedfe1, 0x0b43e640ffde2ec9
	.quad 0xc61769293f9fc963, 0x0000000000000000
	.quad 0x8020000000000000, 0xfffea0507e65f25b
	.quad 0x80033d16cd8cd5a6, 0xc861045997bdfaba
	.quad 0x3cfabd9c5f7af86c, 0x3ccdc467c07ffffe
	.quad 0x3fa52ad459dce13e, 0x28e09596e7f88065
	.quad 0xc3b88ff3c1140000, 0x95aed2095a000879
	.quad 0xda0e08b8f7cf0bff, 0x3cb96fd2584aabed
	.quad 0xde3da21a0fd2c080, 0xef5f5d4b7f863d73
	.quad 0x65792cc91de67c00, 0x404a19902bde40d5
seed18:
	.quad 0x66bbd74f5ec1ee4e
	.quad 0x00000000000002c7
	.quad 0x21c1c6f71f63cd9b
	.quad 0xd307614a11aeb5e5
	.quad 0x42f2fec1637602b7
	.quad 0xffef782cc25c4f37
	.quad 0x0000000000000154
	.quad 0x0000000000000827
	.quad 0x000000000003b58a
	.quad 0xfffffffffffffd18
	.quad 0x76caddcb8f1849fc
	.quad 0x1372fe969532b79f
	.quad 0xf7a34c347971d122
	.quad 0x000000007fffffff
	.quad 0x1ea483357f4ad415
	.quad 0x0000000100000000
	.quad 0x01800000
	.quad 0x00000000
	.quad 0x975791a7001e2e91, 0xed4c15d1cd032d0c
	.quad 0x13da18697f800000, 0xbf405c61c023c8ec
	.quad 0x49d97b8977feff6f, 0xe62bc51b8190446f
	.quad 0xc0f23367525f9434, 0xbc9b24bfc5e00000
	.quad 0x7ff5a52994a38b47, 0xc01b19e3ad2c79bd
	.quad 0xf34f78b70875b322, 0x7ff0000000000000
	.quad 0x3dc000003f6059f0, 0xa0b3ea0fbd6a481e
	.quad 0x81000000404000a9, 0x005aa25cff800000
	.quad 0xed46cf6868dadb69, 0x400c000000000000
	.quad 0x33ea252a6d720679, 0x7090ffcb41140000
	.quad 0x59fffffeffc00000, 0xce4bf480d523274d
	.quad 0x83c92cd0db167558, 0xacdef5a56b8bfc00
	.quad 0x81b03cbc69a91ed9, 0x800a11a3b00e6a9b
	.quad 0x0008437e4368d701, 0xc06e19a2bf4c0000
	.quad 0x7915297648fd865c, 0x02b18b08016bfe5e
	.quad 0x4017fa5580000000, 0x9ce29bb971330000
	.quad 0x3fb8cd1256ce0b79, 0xc108000000000000
	.quad 0xc013000000000000, 0xfff379493902d990
	.quad 0x7f8000007f55c04b, 0x0000000000000000
	.quad 0xa5a2a349fff7f277, 0x0028c7a8945342da
	.quad 0xd18fcba9b1f0c540, 0x7ff354f9d9f9125c
	.quad 0xbfc857b3983a652a, 0x5bc60e5a877eb2cf
	.quad 0x5aae7630dbea92f8, 0xbfd1cd74f15800b1
	.quad 0xeac4cb193e1ca2aa, 0xffb9d3ecc0ad1356
	.quad 0x12795551eee7fc4f, 0xbec000005fc058c5
	.quad 0xff8000003d000000, 0xee6de7d9c19b36b7
	.quad 0x2f83b451d657f8a2, 0x7f83a23e3ed114e7
	.quad 0xbe64062e80000000, 0xfa7cb12a7cb71ad0
	.quad 0x3fef1237c425fdac, 0xbfe5061a82c52039
	.quad 0xbd7593b441020000, 0xe6d87544e56230c0
	.quad 0x31cff2d8befe64da, 0x11924eff744b78da
	.quad 0xed22eb6269808000, 0xcbd5eb53c25b65ee
seed19:
	.quad 0x2db0d901e897cec4
	.quad 0xffffffffffffffff
	.quad 0x0000000000105651
	.quad 0x683f9e5b5bf426e1
	.quad 0xfd695381ae8ed4eb
	.quad 0xffffffffffffff3e
	.quad 0x0000000001000001
	.quad 0xffffffffffe52e33
	.quad 0x000000000001fa4a
	.quad 0x5ae0a7af7d5e68ac
	.quad 0x000000000000036b
	.quad 0x00000000ffffffff
	.quad 0x0000000000000450
	.quad 0xda60d761371785b9
	.quad 0xcf457fb96c937322
	.quad 0xffffffffffffffff
	.quad 0x04c00000
	.quad 0xd0000000
	.quad 0xdefdb83a16b6fc00, 0x000e35a3d29ad77c
	.quad 0xc002440f9b2e36b9, 0xfff8000000000000
	.quad 0xe64f6af3bcbff98d, 0xc0f91424c2b2ef45
	.quad 0x3a3bf04fdd5c7d10, 0xf9fadb7df3fd4e1b
	.quad 0x54628b735bff7bfd, 0xbfddc8cbb0903c3f
	.quad 0x1e016b96bc157e00, 0xae8cf7cd7f651dde
	.quad 0xeaf870bbbfbf1120, 0x313ba1db6e250000
	.quad 0x68cc3d5796effdfb, 0x758474b737fffd95
	.quad 0xbd873d12ffb11a48, 0xf0fa0bd26befdf7b
	.quad 0xfff0000000000000, 0x41999d5547800001
	.quad 0x10a40072f858fdeb, 0x5980000197ea2458
	.quad 0x0000000000000000, 0x7f8f49a07f800000
	.quad 0x229b721c7fdffe43, 0x267dabcf287ce0bb
	.quad 0xc06904d9c2d8dde4, 0x7f598248412f454f
	.quad 0x770b0a16d9fffffe, 0x7b1fd019ffffff96
	.quad 0x32eb4a8efe9788fc, 0x97fb0c310e7ddffd
	.quad 0xc0c519d03bcde376, 0x9936265441b70f32
	.quad 0x0000e2427fe71c72, 0x4024400000000000
	.quad 0x7f7f5c97003575dd, 0x0008000000000000
	.quad 0xa15d0c43f82ffe00, 0x7f8000008143b928
	.quad 0xf4b348289ddfffed, 0xba0fe487fffffffe
	.quad 0x7fc00000c5ea0000, 0xbba4792c004aa7d3
	.quad 0xfff377764cf20484, 0x8a17943cf9e65e18
	.quad 0x5e21a36d938b0000, 0x8000000000000001
	.quad 0x9788321effc00000, 0x800309a992078462
	.quad 0xac7286507acd0000, 0x81000000c07fffff
	.quad 0xabf7b0363cbb150a, 0xff800000c0200000
	.quad 0xa143dc5ef044d85e, 0x7f8000000a679bd4
	.quad 0xc01b800000000000, 0xda8660b5fa6f2c5d
	.quad 0x7f800000ff800000, 0xc038000000000000
	.quad 0x7fb19c2bff800000, 0xef160f02b23b47f4
	.quad 0x5937fb4ba0cdf737, 0xe3dabeab6fbda79f
seed20:
	.quad 0x6f0204a52698a6e0
	.quad 0x0000000100000000
	.quad 0xc4746a5a268cdb54
	.quad 0x92ab464e8bd3b897
	.quad 0x370608fb36e3a949
	.quad 0xe78a90a863e3beda
	.quad 0x0000000000000207
	.quad 0xffffffffffffff85
	.quad 0xffffffe5c1beab21
	.quad 0x5df9adbfaac50283
	.quad 0x0000000000000001
	.quad 0x6d43eab9e74ef12f
	.quad 0x0000000001000001
	.quad 0x35d72ababf7b5311
	.quad 0x0000000100000000
	.quad 0x0000077e8f576495
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xbebd000000000000, 0x402c5e53d8a11f90
	.quad 0x00183e0ca369acb5, 0x5a997a1489557c00
	.quad 0xbe6f0532ffb4ecd8, 0x0b5b73d99d88c11c
	.quad 0xbfce8d0e5f51576f, 0xdb75bcffffa1694b
	.quad 0x4908dcd44bb87ad7, 0x26897789fd84e7f7
	.quad 0x9d3c39dddafb84dd, 0x14f0f5cf11675cea
	.quad 0xff8000007f2d0def, 0x9a8f50d1fffa7f9d
	.quad 0xdf800000f2b976fb, 0x458e0000ed9c98f0
	.quad 0x378000000a01098a, 0x7fc000007fce7e68
	.quad 0xbbab262f7f89fe0e, 0xff86f74effd25517
	.quad 0x3fecb20857db8136, 0x3f20ad82968a489a
	.quad 0xcb3564bc80c75713, 0xb7cbf90480000000
	.quad 0x448800f9cbe7e399, 0x03ed7c6dafb5a32f
	.quad 0x65d3eb7afffafefe, 0x8515c7e1ff928627
	.quad 0x7fbb8254f5df7065, 0x761d76990099ae81
	.quad 0x1234b49fdee7fe4d, 0x7ff0000000000000
	.quad 0xff80000040b80000, 0x0ae0827b5d4dfd38
	.quad 0x43bcfcf53f293673, 0x3fad2eb4cffa133f
	.quad 0x7ee8c25d992d0e17, 0x81cd828af6ae91d8
	.quad 0x957737ad59a6f89d, 0xdc9acbd1f9dcdf5f
	.quad 0x3f9e2c65e320118c, 0xbf8b18fa320cb2ba
	.quad 0x3f949ed34ccb02f9, 0xc63e34ad357ac000
	.quad 0x2a92cdebc2f0ab45, 0xc010000000000000
	.quad 0xffc00000c7000001, 0xbff7e4e6504a74c7
	.quad 0x3e633a8680000000, 0xffc68b0bf09ecb29
	.quad 0x59d72f4fcf7dffb3, 0xbc6c9800e82afd59
	.quad 0x804000003e9635c8, 0xc0c00000c2a5f843
	.quad 0xa3572b38fffffe5d, 0x9f79cb35fb4e7300
	.quad 0xa84f4783c1fb9b1e, 0x7fcc8bda43fed185
	.quad 0x32514307bcdbfff7, 0x7ff0000000000000
	.quad 0x92e1fa64838f0000, 0xbdc927797f800000
	.quad 0x00bc44cd06738200, 0x7f0bda2ae9ae5c1c
seed21:
	.quad 0x000000000078a27c
	.quad 0xfffffcb89cd04ccc
	.quad 0xfffffffffffffd56
	.quad 0xff9e01d3704ba299
	.quad 0x0000000080000000
	.quad 0x0000000000000057
	.quad 0xfc58b515b41dff71
	.quad 0x00001ab901f93ee0
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd40
	.quad 0x42ff994f035e98af
	.quad 0x0000000000000061
	.quad 0xff359c8b629e8924
	.quad 0xfffffffffffffff1
	.quad 0x02000000
	.quad 0x10000000
	.quad 0x402abebd7fbc1439, 0x41180000c4ef08e1
	.quad 0x1a98b126bfcee76f, 0xbc1c80007ff60c78
	.quad 0xfff621662706ffa0, 0x0bf1860f53969f0b
	.quad 0x4c54d6f81f7345ef, 0x00000000c90b08fa
	.quad 0x6435e06207dccf3d, 0xc087400000000000
	.quad 0x035f014fa0288d71, 0x5c5f8f0c7fefef4f
	.quad 0x1eeeef3800800000, 0xbfd5a845a4bd4722
	.quad 0xbf14a20b60075847, 0xb5e879ad425c36e0
	.quad 0xed992e5cc3dc6e13, 0x1f2700658036f767
	.quad 0x68998ba7fa4c5967, 0x9cd865357fc604e0
	.quad 0xc138000000000000, 0x97ebcb0f7d6ab5cd
	.quad 0x4008000000000000, 0x43fffffe428e48e7
	.quad 0x6fc8f8523f53b0c6, 0x3ffffffffffffffe
	.quad 0x00800000c1ade4c4, 0xfbec01a5af2db29e
	.quad 0x77db135c758ae974, 0x0cd7a6f8feefb7d7
	.quad 0x285dec8a76f4031e, 0x257e515cccf29032
	.quad 0x0000000080000000, 0x3fbe000000000000
	.quad 0xc1000000c21a974e, 0x660dde2b01b99fde
	.quad 0x5c9fff3affebdfba, 0x3f348882cf25c762
	.quad 0xd9faf4f68f29a446, 0x40600000c3640000
	.quad 0xd113ac86c7657cab, 0xbd6c24997f800000
	.quad 0x40043ca04e201274, 0xef498caa2e9f77fb
	.quad 0x0014d4691d234f1d, 0x320dc904ffde60c7
	.quad 0x06b9d775ffe3ff75, 0x3c4d137eff800000
	.quad 0x94c6d345de88f9be, 0xbfef3edc916c1d8e
	.quad 0x7dd2271312fcb261, 0x40fffffffffffffe
	.quad 0x0000000000000000, 0x0147027642c3582b
	.quad 0x7fb28c845f800001, 0xfff7b3d539a95b53
	.quad 0x24aea5dcba401aed, 0x0e758e087bde2cb0
	.quad 0xcbb97877ab98fc01, 0x7f800000243ccc27
	.quad 0x94f7199094db6f5a, 0x7ff0000000000000
	.quad 0x3fe8000000000000, 0xff835c8d7ffff398
seed22:
	.quad 0x0000000000000001
	.quad 0xb042f23a7db25a06
	.quad 0xfffffffffffffffa
	.quad 0x000000000000021e
	.quad 0xfffffffffffffcbb
	.quad 0x0000007baf958db5
	.quad 0x0000000000000000
	.quad 0x0000000000000007
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe71
	.quad 0xfffffffffffffc2a
	.quad 0x3c9e2f18ccf48c4f
	.quad 0x9049c1b11f707229
	.quad 0x001ad7d55741ec7e
	.quad 0x000001e00c2adb3e
	.quad 0x756d769e06564560
	.quad 0x01000000
	.quad 0x00000000
	.quad 0xfff0000000000000, 0x4109f1f2927d7887
	.quad 0xa39eb019ff8effff, 0xff7456bb322037e2
	.quad 0x7fde5fe9fc8a5fb9, 0x758a8b5aa2e5789d
	.quad 0x3fa16e88a51b945c, 0x7f800000c11c0000
	.quad 0xfff0000000000000, 0xe802407453043669
	.quad 0xf77c0a7a64fa0000, 0xd450fff13c03f800
	.quad 0x3bcfd2a0279ac4e5, 0x7fc00000b18d1f9c
	.quad 0x7f800000ffc00000, 0x324f3c6edf3afe3b
	.quad 0x3e61f0315eb8fad8, 0x06faf749bff5eba9
	.quad 0x605dbed2e6320800, 0xdfadcedb46354680
	.quad 0xb8acba9ec73fffb0, 0xc98faf59b1fefbaf
	.quad 0x9edeeb48ffaa04f1, 0x4102000000000000
	.quad 0x8000000000000000, 0xc02dc255aa7773c5
	.quad 0x406192c0f0a7ad07, 0xdae806090dfd7fbf
	.quad 0x80057cb777a1c271, 0x4044e589343f69c1
	.quad 0x9a5e960027427ddf, 0x800f20350052ef04
	.quad 0xfff5a54368ddec87, 0xa90ee5437f9bf7f7
	.quad 0xc12e1343c07d3547, 0xc009e9c69b5f2321
	.quad 0xef59ff56d1624280, 0x6ce8d661ff800000
	.quad 0xff9c36400c8109c5, 0x5a6f35604f67ff45
	.quad 0xd498fd7e92eab400, 0x65b65373fff9bc00
	.quad 0x000000008ab64c86, 0xc746fc0cff9a788c
	.quad 0x4013d807af505236, 0x017b6803eaad4cc5
	.quad 0xc013000000000000, 0xbfeee3a77495f055
	.quad 0x7ff3cefb58711ab4, 0xbfcfe814765fe572
	.quad 0x4896bf8cf01ad174, 0xff700d4b32ad5050
	.quad 0x20820828ffafb8e3, 0xdffffffeddfd3bc9
	.quad 0x800e2e9c85c017e3, 0xce843da7343c7a0b
	.quad 0x44270000c033493e, 0x45813ac9ffffffff
	.quad 0xc015000000000000, 0xf76e08cdcef75ad2
	.quad 0x3df7ab9fffa034a6, 0x5bf43bee022b77ff
	.quad 0xfff8000000000000, 0x7ff709cc0049bfd1
seed23:
	.quad 0xa6326c57c5ef8bd7
	.quad 0xb10982b46090e489
	.quad 0x0020000000000001
	.quad 0x25f74622aeab285f
	.quad 0x000000007fffffff
	.quad 0x0000000000000252
	.quad 0x00000000000000c0
	.quad 0xfffffffffffffcdf
	.quad 0x7e808510bfce5ebc
	.quad 0x0003f8e0bd92d257
	.quad 0x6ffc3043865a5c4a
	.quad 0x0020000000000001
	.quad 0xfffffffffffff0ca
	.quad 0x0000000080000000
	.quad 0xfd6416980479bc4e
	.quad 0xff929bfc2b08bc5b
	.quad 0x05000000
	.quad 0x20000000
	.quad 0xfff1f530c14cb459, 0x000b188b891c7180
	.quad 0x43d479ed45f00000, 0x7c8fdcc23c880000
	.quad 0x433a4ab04cffae6a, 0xc0659627ad16ea99
	.quad 0x0f50d80b5f8e79b7, 0xf2a54f73d6b479a0
	.quad 0xdf0000007cd6ccf9, 0x40099201035843de
	.quad 0xadc16ba3b625fc00, 0x4164c289eeb0da69
	.quad 0x3fd9d278f4b80000, 0x96c4129a9551c400
	.quad 0x415d202aff7fffff, 0x401c800000000000
	.quad 0x81bda5caf8fa0494, 0xc02ff7df7bfe8400
	.quad 0x4066a0f0ccc0faa8, 0x8000000000000000
	.quad 0x076abacac0ec0619, 0x0377458e14f1f2ac
	.quad 0xfff4f2f2ce36cf39, 0xe04128c7b054a3e6
	.quad 0x7ffd4df3e9a18ded, 0x405a298e63e633e0
	.quad 0x84e51dd96d3e6125, 0x7129233ccedbff3b
	.quad 0xfff488ee4217d7cb, 0xa3b1b44ffffdfdcf
	.quad 0x3ff8635c24a4558d, 0x5e42a97dffffffff
	.quad 0x8b3669a5271016c7, 0x3c4088a6ffba6249
	.quad 0xffcd48b1407fffff, 0xff9733a1bb07f5a4
	.quad 0xb5415a57ff7bfeff, 0x4022000000000000
	.quad 0x3bff8c19ed8da50d, 0xc07d3982b189295d
	.quad 0x3fd8000000000000, 0x8000000000000000
	.quad 0xdb7fffffc0947bde, 0x80a9dd270eabbdb7
	.quad 0x2bd7a21c7f87bfff, 0x428feefa3c9fd2cd
	.quad 0xc77ffffe80400000, 0x000000007fb1ec33
	.quad 0x97567942a1faf4f3, 0x6864c21bc3ffa4f6
	.quad 0x33518118ffaf7fbf, 0x406d67773ff12ba0
	.quad 0x3ce1ec26ffb0eb49, 0x3fd4f820b9c00000
	.quad 0xa0eda44ddfffffff, 0x7ff0000000000000
	.quad 0xddc2d71d6c6aee83, 0xfff0000000000000
	.quad 0xf57bb018bff31577, 0x67b52dd30f38f400
	.quad 0x0ba6e128ffc00000, 0x40089ea9385d1e71
	.quad 0x0da3874000000000, 0x7e74aa93ffc00000
seed24:
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc32
	.quad 0xffffffffffffffe7
	.quad 0xfffffffffffffd2c
	.quad 0x00000000006ca7c0
	.quad 0xf6266435be0924e0
	.quad 0xffffe16c03a5115f
	.quad 0xfffffffffffffce4
	.quad 0x9b225218cae51cea
	.quad 0xc8d34f4e0ef6e7e2
	.quad 0x0000000000000177
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe1e
	.quad 0x3b52f94e577938a8
	.quad 0xffffdf9994837d34
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x151861b9b0fb8d08, 0x7fea028621895b76
	.quad 0x3e1a113c00000001, 0x7a5af6c1ff8fff98
	.quad 0x80034a4cc1ecb6d4, 0x3d5dab6c16d912c3
	.quad 0xb7f639b9fdb7cde0, 0x40be0294fbaeeb50
	.quad 0x83a31a474ee70000, 0x84d6fa13f560ff49
	.quad 0x95ac2f9cd1bac4e8, 0xff110ac4fff6bfcf
	.quad 0x8000000014490fc4, 0x7f8000004cb181e0
	.quad 0x1915842ebe8dffeb, 0x0297a604d2e810b7
	.quad 0xffd0000000000000, 0x80033097e6c7506d
	.quad 0x7fbce7d600657089, 0x0000000000000000
	.quad 0x80000000739921cd, 0xfd985cfff583f315
	.quad 0x800fffffffffffff, 0xc0a000005a6d936f
	.quad 0x000000006f795558, 0x8132b6c8497d4206
	.quad 0xd13921537fe7fe98, 0xcf000000f264287e
	.quad 0x7fa3af9cce8b4577, 0x4fffffffc1040000
	.quad 0xffc000002908c33f, 0xbf3b600000000000
	.quad 0x7f8000001ece3b84, 0x534f41fbeffff0fb
	.quad 0x90c3bb189c4aceeb, 0x0051c00bce73cd35
	.quad 0x71ebd411bfa00000, 0x361725da7ee1dc8a
	.quad 0xc01c000000000000, 0xcdcc43a8fcff6472
	.quad 0xf7271db15fffffff, 0x000d7ad2ba54271d
	.quad 0x400bc3f22cdbc6a3, 0xb9200000c10c0000
	.quad 0x82de2cf99383415b, 0x801b2d821e68bcd3
	.quad 0xbedca88c96bea452, 0x7f00f03eff800000
	.quad 0x7f800000bba5a0f1, 0xc0f80000c0d00000
	.quad 0x7e222ba218190214, 0x3d65648d3f35afaf
	.quad 0x0027d9c6c2a893af, 0x4016000000000000
	.quad 0x4082000000000000, 0xcb65a01ba7e3cb39
	.quad 0x3fa50148884d0a3a, 0x8000000000000000
	.quad 0x4420000080000001, 0xc2273cb2bdeeecf5
	.quad 0x3c8b809e3ee80e2a, 0x087b35bcffe2f81a
	.quad 0xfff5249c7f1893e3, 0x0000000000000000
seed25:
	.quad 0xabbf3ec7c3634e3b
	.quad 0x9081e88b5ef6b26a
	.quad 0xa49e19aa551ac908
	.quad 0x00b84e7a69354b92
	.quad 0x34d02e41127f7923
	.quad 0xfffffffffffffe85
	.quad 0xfffffffffffffe9e
	.quad 0xfffffffffe41b549
	.quad 0xffffffffffffffce
	.quad 0x000007af337ec9be
	.quad 0x3fa378ec508667e8
	.quad 0x0f1cd4c6e0fed391
	.quad 0x20c02fd0370ac77c
	.quad 0xfffffffffffffd9f
	.quad 0x07a9c8c9c733c5e5
	.quad 0x1352a9f093cf53a9
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x530c26165dfff7fa, 0xd8e9010277d7f27f
	.quad 0xbf9bd4188eace37f, 0x801fffffffffffff
	.quad 0x807ffffff71f8b4f, 0x7ede0d5bb5ffda91
	.quad 0x40000000807fffff, 0xff893fe3e0000000
	.quad 0x01cb207963b947c8, 0x7f8000006c8f339e
	.quad 0xc4100000034153ba, 0x3d420de0910ac759
	.quad 0xc081000000000000, 0x59fffffe7fc00000
	.quad 0x7d877e1ac0e03e7d, 0x7fc00000ff800000
	.quad 0x3fbc74ce7d4e6553, 0xfcb7b0b8b77f7f76
	.quad 0xc1040000ecce565b, 0x75ef0a7eff8ffef5
	.quad 0xfe1f3dff9dad83f7, 0xc78000003e5640b2
	.quad 0x206a88e6e02c027e, 0x4398e20a8c4f37b9
	.quad 0x7fd0000000000000, 0x93cff538ac7580d0
	.quad 0xc020000000000000, 0xbfb1a043b05b1fb8
	.quad 0x5a3892ce1b2c5369, 0xfff0000000000000
	.quad 0x06c06952ff7fffff, 0x401bacd203bfb6ed
	.quad 0x407b675d0149e177, 0x504ebff0c05e4880
	.quad 0x4021800000000000, 0x40c0eb0478584fb5
	.quad 0x548db55ce910489a, 0xfc9abf0a7fdddd9e
	.quad 0x7ff0000000000000, 0xab70ad968badb311
	.quad 0x1d0e229c56d54eb9, 0x00b5a84fc0cbfd03
	.quad 0xe3134b1ef297bff7, 0x78d84dea4198c84f
	.quad 0x4119d63343e34fd9, 0x51a8aca6487ecd96
	.quad 0x062743d408753bc7, 0xbf9a186a40988cf6
	.quad 0xff80000066a4cdb5, 0xbc8bcde9c3634fa9
	.quad 0xadc52558be85e729, 0x800000007f848f19
	.quad 0xfd7c46b1f0c5a096, 0x5f530f92b80442f6
	.quad 0x49332ec21ac33060, 0xffc373ec336a6b62
	.quad 0x14a0a620d71dc0b6, 0x5d7f626d8b9fb260
	.quad 0x8000000094673b94, 0x65531264de1c8700
	.quad 0x23994c547fa2e719, 0xc7cc6fa3b73ea5d1
	.quad 0x80084bdf9761ece3, 0x8ac29390b69c0000
seed26:
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x00000000000002e0
	.quad 0x0000000000000270
	.quad 0x0000000000000365
	.quad 0xffffc206420bd1b7
	.quad 0x00000000000002e3
	.quad 0x7618b5ab260532f0
	.quad 0xdbe961fd50007938
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc34
	.quad 0xfffffffffffffffa
	.quad 0xffffffffffffffff
	.quad 0xfffd7c96b628e704
	.quad 0x0000000006dd531f
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0xbdbc4e8a405fd093, 0x7ff44ac647800000
	.quad 0x7ee1fedc00400000, 0xfff693f400000000
	.quad 0xb56719c1b05119d7, 0xd41a60bd98ec8000
	.quad 0x4b80000041266ad9, 0x8e75eb25184f154c
	.quad 0xbfb4000000000000, 0x0000000000000000
	.quad 0xfff159d691cd6168, 0x3ce28dd67f73168b
	.quad 0x7ff8000000000000, 0x9916e186b52f5221
	.quad 0x41e0000000000000, 0xe1f5040e3c375a00
	.quad 0xb720a21d4f287dcb, 0x5df750e3d4cf3c0e
	.quad 0x800d664f280b4857, 0x4f53845372bcb23b
	.quad 0x8000000000000001, 0x7b48b10b7e9c3d1c
	.quad 0x04e4457dffd27de1, 0x0000000000000000
	.quad 0x0007a83e96ca695e, 0x7fc00000911a4b6c
	.quad 0xfff0000000000000, 0xc00ff72c8dd6db37
	.quad 0xcf00000017318e1e, 0x4009dfde1d0f8c91
	.quad 0x5518c44dcfffffff, 0x0db02f7a7f800000
	.quad 0x80000000c3835358, 0xffe2d5adb5e78000
	.quad 0xfff8000000000000, 0xa70a463ee77dfe1a
	.quad 0x5aa996c8a9b07c00, 0x6a393b09c1c60800
	.quad 0x4160396cdf800001, 0x7f4f34f4e82fa8e6
	.quad 0x3faf4c121599dc00, 0x50854cc82c082113
	.quad 0x9eba20fcffd2d051, 0x6177f82a7f82f967
	.quad 0x8005953d0ffffd1a, 0x0bc28e8213e75236
	.quad 0x95093550c7800001, 0x70c76072ee487c3c
	.quad 0x360b120eed7fffff, 0xca9ad3c22740ac6b
	.quad 0x80000000c1d08c09, 0x369a2e4ec175494c
	.quad 0xfff4041fca4e31b5, 0x990e342dff853765
	.quad 0xc036fc98b5933936, 0xebbfcd01218eb510
	.quad 0x6069e7ee1765c0f8, 0xfff0d2645aa7fe40
	.quad 0xc021800000000000, 0x360ddb348ffbebb3
	.quad 0x6cce90cfc37d4d52, 0xcadb90bdeffd7c00
	.quad 0x3f6a029f3ae00000, 0x3fd521c80f4743ff
seed27:
	.quad 0x62993e3c70c9410c
	.quad 0xd83781a2ad2e719e
	.quad 0x0000000000000223
	.quad 0x00000985eba62766
	.quad 0x0000000000000071
	.quad 0x0000068310f7372a
	.quad 0xfffffffffffffe79
	.quad 0xffffffffffffff4c
	.quad 0x0000000001000001
	.quad 0x003ea6f0df5a0435
	.quad 0x45e529295330bf49
	.quad 0xfffffffffffffd82
	.quad 0xb5d34015ae5a03a6
	.quad 0x0000000000f6a51f
	.quad 0xeadee671b713a796
	.quad 0x000005fd82d914f3
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0xd8e3d946190f0000, 0x0c33b35a46a8fc65
	.quad 0xc17405227fdf7bff, 0x800f6a4ad694979f
	.quad 0xc023800000000000, 0x8024aae54aa752bb
	.quad 0xbec0000000000000, 0xbfc22dfbd835fd0e
	.quad 0xf8acf85d7f947527, 0x5949f00fe1838200
	.quad 0x915097d3e354e9f3, 0xe429bf29a349fc00
	.quad 0xfe21cc5fea4251e6, 0xffc00000ed569154
	.quad 0x7ffe870e445978dd, 0xd22a19f3a97af924
	.quad 0x5bbdb9876c483b11, 0x390c000009661af9
	.quad 0x4206f9feff249c06, 0x7fd2a3e544b6deca
	.quad 0xfffbf21d00000001, 0x7ef9363194d95772
	.quad 0xff91365843b68e43, 0xc066800000000000
	.quad 0xf73f49858880048b, 0x004e94ed9e692ab8
	.quad 0xdee1bdad264b5b7e, 0x3b06a180bf1ef5b5
	.quad 0x7f1c0120ab9aa69a, 0xbff83def32cc3d82
	.quad 0x817af8fc7f800000, 0x0e313b0dee59e243
	.quad 0x09f7514c57f76a37, 0x84922165ffb3919d
	.quad 0x58f21b10dcfd5b29, 0x7ff92123d70823b1
	.quad 0x7a543c5d00aa1e4b, 0x613cf747ebef2eb7
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0x0000000000000000, 0x135341b340000001
	.quad 0xd157001cf6db8000, 0xff9df79f72d3c916
	.quad 0xfdef427419460203, 0xc01c418447091da7
	.quad 0x005eab1c8324b66d, 0x3fcbcdc83e0d149a
	.quad 0x5761eea33fe00000, 0x010000001cbd8666
	.quad 0xc02a3915bd4bd1d1, 0xa06721988fd08000
	.quad 0xff40cde95ffffffe, 0x00000000dbcc0f44
	.quad 0x6e133380d4011c81, 0x7e90da404356dda5
	.quad 0x534094670f21255f, 0xbfe9dd958eaf77d5
	.quad 0x06e754ddffcd068c, 0x4b152f3bb2d22acd
	.quad 0x00000000ee74e950, 0xde0e94bc8780ca15
	.quad 0x82c040c02ff6c8fb, 0xc015800000000000
seed28:
	.quad 0xfffc2566e17863c9
	.quad 0xffffffffffffff86
	.quad 0x1b8d3e5c139ccd49
	.quad 0x484b531c181a5d63
	.quad 0xfffffffffffffcf3
	.quad 0x5be083c12d09399e
	.quad 0x7471046502c26eb5
	.quad 0x0000000000000001
	.quad 0x0000000001e8c692
	.quad 0xffb3bbe33baba374
	.quad 0x00000000014f09ee
	.quad 0x00000000000002d9
	.quad 0x6b4703706d8c4ba1
	.quad 0xffffffffffffff94
	.quad 0x55feadb3c65f3c0b
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x9535693d8d0c62b3, 0x002eb14e80ffffff
	.quad 0x4f0000010a5cea41, 0xff800000752a271d
	.quad 0x7fa74e7fb3b4f9d1, 0x12fcf03f7ffffdff
	.quad 0x3fa000007f800000, 0x9c28098900000001
	.quad 0xac8af42fd0f47c00, 0xe68d05401161c640
	.quad 0xae2626ee226b7e00, 0xe484dbb53b600000
	.quad 0xffc0000015917ffd, 0x8000000000000000
	.quad 0x492d8639a68846f0, 0x06635662c1fc9b33
	.quad 0x2596e350c19229cb, 0x4904000000c4297a
	.quad 0xc1ad935de4cac1f3, 0x483c3d9795ffffff
	.quad 0x62dd7e68cb54fce8, 0x80a0ee2b3f800000
	.quad 0x7fc0000000000000, 0x86f243dee2cf83ed
	.quad 0xbfa5d588471ae4ae, 0xffff871d690f1130
	.quad 0x039d68dc8179b88a, 0x9504df42ff7fffff
	.quad 0x913c3d9d00238000, 0x0020000000000000
	.quad 0x08e6647d72b5a5c8, 0x83dc8bdf65cbaa11
	.quad 0x25e8d25b69fffdef, 0x40a417fb60be3767
	.quad 0xc0e0bff5fcf3fe29, 0x7fd0000000000000
	.quad 0xff800000c1080000, 0x7ff4fedb8958fb01
	.quad 0x7ff0cffc571cc83a, 0x4b0e95b80ef8b30c
	.quad 0x8000000000000000, 0x6b24284c93626a26
	.quad 0x7fc00000b60e47b7, 0x5b621104fffffcb3
	.quad 0xc328653f00400000, 0xf41ed1ad8db8a86a
	.quad 0x600f1563398bfc63, 0xeaef6662a2c2ca08
	.quad 0x79bfe07059ffffff, 0xab15a604e771adc9
	.quad 0x5489d89d4c687d7f, 0x42ee8bde80000001
	.quad 0xffbea7bb59ffffff, 0x7f559ab97fc00000
	.quad 0x4f6934867fc00000, 0xc00ce8d0ae20700c
	.quad 0xa6c867d1453afdee, 0x002fffffffffffff
	.quad 0x00502e653fbb261d, 0x3fdef3b0663faf7b
	.quad 0xfffb9a6e9d32cc50, 0x03a7dc4b64048ac6
	.quad 0xfff0000000000000, 0x2583f045e546497a
seed29:
	.quad 0x0000000000000033
	.quad 0xffffffffffffffdd
	.quad 0x7fffffffffffffff
	.quad 0x0000000002a4cefd
	.quad 0xdc18fa66db29ef78
	.quad 0x9f589db4b3dec443
	.quad 0x4f990f6cb65ae222
	.quad 0xfffffffffffffdca
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x51a3f815d10b5074
	.quad 0x4bff0384291da84c
	.quad 0xffff135fc2cce32e
	.quad 0xffffffffcd12f4b8
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd30
	.quad 0x04000000
	.quad 0x60000000
	.quad 0xe839d19ebf5e8121, 0x97a4d4f50a2b8000
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0x7fb6fe01007fffff, 0x40effffffffffffe
	.quad 0xbfe0000000000000, 0xf7c4a17180f7d3f6
	.quad 0xca42d9cbee5d2970, 0x4002000000000000
	.quad 0x8315442997631d90, 0x8b0cf25f7b77f275
	.quad 0x7ff9cb58d19e495d, 0x1be4ddcef86896b8
	.quad 0x016ea3e270a71775, 0x8078fcd27df7890e
	.quad 0x00d265a35a10dd4c, 0xf94e4602d6137400
	.quad 0x207e4196d67fdf18, 0x9d141e1cd1274732
	.quad 0xcf8cf37a6c967e00, 0x800fd269156daaa5
	.quad 0x7c1e029d3e17115c, 0xfc9c0c5b00ac317b
	.quad 0xffc0000080249928, 0xae9e2b18ffbefa41
	.quad 0x4a9e049e2c6b35ff, 0x238afc6817c888d0
	.quad 0xfff0000000000000, 0x98dcbeb98068f132
	.quad 0x6c745decb0efa691, 0xffc000007fcaac7c
	.quad 0x8000000000000001, 0x37850d9afee7fcd3
	.quad 0x43406c086a0a29ef, 0xc6269ee27a628200
	.quad 0x877ee23cdbedfcca, 0x0008000000000000
	.quad 0xbe1ff9dac2c004dd, 0x3fb330170eec8417
	.quad 0xdcb55428767c928d, 0x7fa38ceebc8175dd
	.quad 0x3dc6e09e0b309ad1, 0xc07daf9db839a456
	.quad 0x3f900000ff800000, 0x4ffffffe7f506207
	.quad 0x0000000000000000, 0x7fc00000fe255692
	.quad 0xbff0e66ddfdb1015, 0xfff0000000000000
	.quad 0x536913bc7fffffff, 0x3efdf00000000000
	.quad 0xd925f08fa62b7c00, 0x7666c0aa6a6e20fd
	.quad 0x7ff41d947a33624e, 0xcf5da03d8b170400
	.quad 0x0000000000000000, 0xc343efac2f6546c0
	.quad 0x9b8164e53f5fe35d, 0xe4a1f75ba98c9dee
	.quad 0x7fb78eca40f7c2fa, 0xf7d6d66fffcd7b42
	.quad 0xfd92f227cd8ab371, 0xc5b7426aff800032
seed30:
	.quad 0x00000007625ad256
	.quad 0xfffffffffffffcaa
	.quad 0xc5d0bdb91c2f5bf2
	.quad 0xc683211963fc3b18
	.quad 0xfffffffffffffdf7
	.quad 0x7314679d32cbd7bb
	.quad 0x491acfa1743d01b9
	.quad 0x2e883e8a0ff139e5
	.quad 0x6b935e815d550924
	.quad 0x0020000000000001
	.quad 0xa685a1c2facb278b
	.quad 0x000000000000b165
	.quad 0x003e8cc25fee0f34
	.quad 0x00000000000000f3
	.quad 0x4e0881741346dc31
	.quad 0xaf830b3a2eaa34d8
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0x7ed8de62edad6bb4, 0x436f3bcf80400000
	.quad 0xbffd483758742b51, 0xb318531abd797fc4
	.quad 0xff8000008fb0fe97, 0x3e8a000031fda2a0
	.quad 0x800269aa0019b79e, 0x3f66000000000000
	.quad 0x000a5318ffb9a3c9, 0x249b6be97dbdfe80
	.quad 0xb7d00000555bfb0b, 0xfdfe70a8899e82a9
	.quad 0x8000000000000000, 0xc062d03e3dea550a
	.quad 0x4e414762ebfcd09b, 0x73b09af67eca562b
	.quad 0x0522dd5bbe318c44, 0xfdb33d233e0aa9b1
	.quad 0xbed0000000000000, 0xcf7ffffffed08125
	.quad 0x5ca8262133cdfd63, 0xffc7be337fc00000
	.quad 0x88ce0bc4e72cf8f2, 0x406484e2543624b4
	.quad 0xb32ed930007fffff, 0x7df25819dfc995e5
	.quad 0x763280b51d04a117, 0x6cc2b6b0b5d52453
	.quad 0x5a76b0e0d1c18000, 0xb0d1e10ab23ffcc9
	.quad 0xfb2930eaf20c83ff, 0x43b112cf3d9d6b04
	.quad 0xef2040d1ac4891bf, 0xb4ac0ea57ffbda8f
	.quad 0xa6ccadb4b01c778e, 0xfff3b20636edb2d0
	.quad 0x02480106fe757fc3, 0xf10a10d76ac47c00
	.quad 0xb6fcd44dfdddffdf, 0x001352cfa6ffa2ae
	.quad 0xc3fdb3d61279edc4, 0x62736900d1e47e36
	.quad 0xffee2f5200000000, 0x0009f016e843f35e
	.quad 0x9312fd1bf166e9be, 0x428a0f69c1080000
	.quad 0x7fb9ad3fe91d9ab9, 0xf4f6afa280000000
	.quad 0xc02db0212bb05642, 0x0c8892d07bbefcb9
	.quad 0xe2c433cd39f17c00, 0x5ca34a67ffad7e00
	.quad 0xffc00000feed1f7a, 0x008a73aeba6b0000
	.quad 0x800000007fc00000, 0xa9340a1a66a1bc6f
	.quad 0xb11a8fd065158000, 0xff8000003dbe7f85
	.quad 0xe9310405d3dcbb02, 0x928fd514ffc00000
	.quad 0x620bfea22fd9f697, 0x3bc201a29bb99d43
	.quad 0x0227ed9001f5c52e, 0x4112000000000000
seed31:
	.quad 0xef49e0b3b8a4709f
	.quad 0x0000000000000009
	.quad 0xffffffffffffff9b
	.quad 0x4bfd95dcaad9250a
	.quad 0xffffff7b41dfa6ef
	.quad 0xffffffffffffffe4
	.quad 0xfffffffffffffe4b
	.quad 0xfcc0dd96598f76a2
	.quad 0x00000000000001d0
	.quad 0x000000007192c41d
	.quad 0xd0190ae962279b4e
	.quad 0x67c21c65a073418c
	.quad 0x000000000616914b
	.quad 0x0000000000000000
	.quad 0x025857a379283997
	.quad 0x0000000000000022
	.quad 0x01800000
	.quad 0x90000000
	.quad 0x567b4176dd2dcf9b, 0x16558cf49904ef16
	.quad 0x7fea59ef1d579ad2, 0x01aec0508fe9dd60
	.quad 0x4600000040100000, 0x8000000000000000
	.quad 0xbe80000080000000, 0xf43e6b2ba9c87677
	.quad 0xff80000040500000, 0xc020b2e68be11a0a
	.quad 0x99c17c5fbde8a3c8, 0x20f7835a3427c5c0
	.quad 0x7dd34a10f3e94def, 0xc390087948400000
	.quad 0x41ffffffffffffff, 0x742b1ff81a3c627b
	.quad 0x0000000000000000, 0x000d1b19e78bc04d
	.quad 0x7fb95d450081336f, 0xbbda9cb2f7e94e00
	.quad 0x7fc7f8d65b6eec72, 0x8da3831680000000
	.quad 0x316926619ff7af5f, 0x2e7044e8bf3b8160
	.quad 0x8d5b3e217fed9c96, 0xff80000002bb3a16
	.quad 0x00000000c0500000, 0x800000017e800000
	.quad 0xe137a7477de9a50b, 0xc3efd35526346dbb
	.quad 0xbf70000000000000, 0xfff8000000000000
	.quad 0x7fdadd3050e707ce, 0x40d80000c0e7e593
	.quad 0xd49bd5aaff9e426f, 0xf7c053b0ffe1f9fd
	.quad 0x827b0d819f6f1fa2, 0x4018000000000000
	.quad 0x1c354931ff800000, 0xa0877a023894f749
	.quad 0x7aff23944a29d31c, 0xf353b363d654c3d0
	.quad 0x95d170ece6490001, 0xc6c78513e8f80000
	.quad 0x407240eeb5f359b1, 0x3ffffffffffffffe
	.quad 0x6ccc910e7fcf81f2, 0x365b6b95fa5b7fb1
	.quad 0x8000000000000000, 0x7b858b92ffc97c00
	.quad 0x362f4b9d1dc883c6, 0x3c173d5c06132bed
	.quad 0x3c20d2c7f3417e00, 0x95d09c457fcf7812
	.quad 0x000000013e000000, 0x9ce67697f53d2433
	.quad 0x80000000fbbe71af, 0x4032683e33028caf
	.quad 0xcd75513dad258800, 0xa6e76a6b4f64fb83
	.quad 0x0341717be2f4786d, 0xdf7ffffe00000000
	.quad 0x8000000040d6c247, 0x08989e5cda7fffff
seed32:
	.quad 0xc6a3fb743a752170
	.quad 0x00000000155cf6a4
	.quad 0x0000000001000001
	.quad 0x000000000000030e
	.quad 0x0000000000000792
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000002de1
	.quad 0xffffffffb613303f
	.quad 0xd676e1a0500fdaf8
	.quad 0xffffffffffce6a0a
	.quad 0x64791b8376e55648
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xf87d3ac1e6b710aa
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x6b4fd706ebfaa2b3, 0x101e752600c0906a
	.quad 0x3e573e543fc4e866, 0x105d6c66c038c5ab
	.quad 0x920c5ec17ffbbb12, 0x13dae7b957ef8ee8
	.quad 0xf4b44327bf100000, 0x517344587a9cdd1e
	.quad 0x0104cd9bffd0a4b1, 0x33f139e5061e3e00
	.quad 0xff83be7e368c0000, 0x94176a2cba030ff1
	.quad 0x51701f6b56a764cd, 0x0c75b3b834a27921
	.quad 0x8000000000000000, 0xbff7002abbff25f0
	.quad 0x16be434bfbfb7fa9, 0x3450f057b5e7cbfe
	.quad 0x83ed8669fff087a3, 0xfff3c2e1c33114ce
	.quad 0x7f800000d9ffffff, 0x7062e5a3c0023db7
	.quad 0xd26c63615f982ba5, 0xfffd003f2e51a3d2
	.quad 0xbcaad1fe7f87570e, 0x65b319a93586699d
	.quad 0x828fb160d86d2735, 0xfff0000000000000
	.quad 0x987ee4ea7fcb7e00, 0xda00000080275792
	.quad 0xdb0afa89be6f7cae, 0x8ce4163400000000
	.quad 0x53b89ae39b3dfbff, 0xef739340dec7ffda
	.quad 0xf5fcbdf1ff7fbe7f, 0x49355773e86ac8fa
	.quad 0x0e4bcbd6102f77f7, 0xd24066992f11c081
	.quad 0x58a0631feef55b76, 0x801c8e46ff800000
	.quad 0x8e65bd1a97a5226c, 0xc09664a714ff127f
	.quad 0xc04f7262ae136509, 0x0000000000000001
	.quad 0x7fc95f38ffa8ad9f, 0x58bd680af057cfa5
	.quad 0xc6600000fffcaeb7, 0xfff627b5312fb8f6
	.quad 0xbff4000000000000, 0xfff0000000000000
	.quad 0x8249d9460b57eeb1, 0x8769ab7f8427b4ea
	.quad 0x9d251c7245687c00, 0xb54b016c35cba8c0
	.quad 0x810000002b7238ac, 0xc0fc000000000000
	.quad 0x36e6c68937300200, 0xbf447fa4e6dc7d43
	.quad 0xfb6230d4a4e20bff, 0x8005d0c8897ef23a
	.quad 0x2c0ad146a86a594d, 0x4008000000000000
	.quad 0x5a6652b64daaf800, 0x6bedaa3d37fbfc00
seed33:
	.quad 0x000000000000008a
	.quad 0x0125a1279e67b3a2
	.quad 0xb08d4a738706ebf6
	.quad 0x29af53a2f29c7d17
	.quad 0x0020000000000001
	.quad 0x515d5e65af242d9e
	.quad 0x0000000100000000
	.quad 0x0000000075604d84
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xf3490f4221142c5c
	.quad 0x000000000000007d
	.quad 0x00000000000000fa
	.quad 0xfffffffffffffffc
	.quad 0xee55a088b2fd585c
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xd5092c947c3c0800, 0xbd01a105c10a0000
	.quad 0xac4e8cf3683c0000, 0x22cc85b0eefbb9fb
	.quad 0x4d82e7bc67a2d04a, 0x0be4f7349a234a96
	.quad 0x06ada9803fedffec, 0xa158ccdfc28feb0b
	.quad 0x00000000ff91e9ab, 0xad6d7a24c1bbbffe
	.quad 0x837d4bf61d1fffef, 0x1d6fdd363482c440
	.quad 0x5dee89afcb714b3c, 0x7041e387260889f1
	.quad 0x119481aca9abfaa6, 0x3f77192c712049eb
	.quad 0xbc30dde2c8e4fbff, 0x016731508088b337
	.quad 0xc021400000000000, 0xbdf9fe9b80ffffff
	.quad 0xee6272a5bf6dff79, 0x3fbe55d2f79246ec
	.quad 0xbfb51251d78056d8, 0xbf92f4c97956865f
	.quad 0xbfd0b596033ed469, 0xfff0000000000000
	.quad 0x3f7c67b878418793, 0x00574db94132df33
	.quad 0x8000000107ff5252, 0x0259f08cb506025e
	.quad 0x7f800000c0d00000, 0x8158a3863ce55017
	.quad 0x3f3ee084bfec0287, 0x3f9e000000000000
	.quad 0xff85cccf82029126, 0x466401dfffe4d36e
	.quad 0xbdb927fe801747e8, 0xff80000000000001
	.quad 0xfc6fd29c40b00000, 0xbfbed41ec8a75c5d
	.quad 0x0058d12abb3b0000, 0x802bd9e116c9eaed
	.quad 0x982eb3707da88a81, 0x800000007fd01eb2
	.quad 0xffbfd78affc00000, 0x8fbac613ffff97ff
	.quad 0x94ebf360feffffff, 0x401000003dd193d4
	.quad 0x830d2170fd7c3f4a, 0x33723a752ded822f
	.quad 0x6934325f1a8fb26f, 0x349705538d0a262d
	.quad 0x80d97cab3c3d7c4d, 0x5bfffffef9a6193b
	.quad 0x80dabce451c3cd3f, 0x1060f30b2ea942ec
	.quad 0x7ff69ac4df61a780, 0x43eab7b05c8aaa4b
	.quad 0x000000005fffffff, 0xc37b004380000000
	.quad 0xc013000000000000, 0xc0e494fa9cfb4626
	.quad 0xb71ffb9efd427813, 0x800b3b00dd3bfc02
seed34:
	.quad 0x00000000000003b6
	.quad 0xffffffffffffff71
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffa08
	.quad 0xfffffffffffffca5
	.quad 0xffffffffffffffff
	.quad 0xf4efbeab1be14ac6
	.quad 0x0277165d2c2e014d
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x51fa304c9aa802dd
	.quad 0xbca5528121089b4a
	.quad 0xfffffffffffffc1a
	.quad 0x00000009450a4be3
	.quad 0x7fffffffffffffff
	.quad 0x9da1ed3230a3d33f
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xef7c0da1bffe4c87, 0x81ec037212d9541d
	.quad 0x8040440b4a55d5a0, 0x8000000000000000
	.quad 0x40ffffffffffffff, 0x0275f88b19137223
	.quad 0x727e59c0368fb199, 0x7fb51ec8ff800000
	.quad 0x2e9acc494a35b9f9, 0xfff0000000000000
	.quad 0x0137547e34d55860, 0x72c718bda4d08000
	.quad 0x1ebe0c7646dfd73e, 0xbe09ea9342af012a
	.quad 0xc10321e43fa496f0, 0x0063c3a7bec00000
	.quad 0x73371d3fa96ea484, 0xbfd5460020fb477a
	.quad 0x6f8dce95466a4846, 0xd2a80414d42dbe1e
	.quad 0x8582af47fdf3a777, 0xa1caa8987f4ff6be
	.quad 0xaab552bbc91a54ed, 0xc01397cfff952bc7
	.quad 0x810000005f7ffffe, 0x7ff8000000000000
	.quad 0x2c7eef49ffff56b2, 0xb2bb4c7d80000000
	.quad 0x7c62eb1d9bf8bd21, 0x4dd9d92f659e2e00
	.quad 0xfea31efa00800000, 0x0008000000000000
	.quad 0x401eb8462bbb49f9, 0x3fe538617f8ede5d
	.quad 0xde1082bd08790318, 0xc1d935fd4297e39f
	.quad 0xc109666511261e8f, 0x5a3b14fc3c8da962
	.quad 0xd2c7ed46d722b1f8, 0x0000000000000000
	.quad 0x65649fbffff38db8, 0x7e90d059ed236ac9
	.quad 0x4afecf91fb2ad565, 0xbfa1f50fed21bbc0
	.quad 0xcb22dc28e8270768, 0xff88763cff800000
	.quad 0x75be1ae383e55502, 0x3df7d0efcfffffff
	.quad 0xbf8a5b5448eef86e, 0x7e4e934b66618001
	.quad 0xbda06d6db6a00000, 0x752ac4e3cc200734
	.quad 0x9becb8a1ebf0b2ba, 0xbfe0de848f56c14f
	.quad 0x000859d8f7abb6fe, 0x3fdda5676ab076be
	.quad 0xc07800004216ec6d, 0xbef2800000000000
	.quad 0xffdfd6d729d1dbff, 0x834e2fb4f7246f7f
	.quad 0x01bc03009804b168, 0xc3d2a4073f800000
	.quad 0x3de14891ff481329, 0x3fd0000000000000
seed35:
	.quad 0x12c9e83357b7d8f9
	.quad 0x0020000000000001
	.quad 0xffffffa10f5f48bb
	.quad 0xfffffffffcbb3e13
	.quad 0xfffffffffffffcc6
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd14
	.quad 0x0eb8a6890a400f45
	.quad 0x6b4dab7e3e8b8aa8
	.quad 0xad7908d2909eaed4
	.quad 0xc0a9ab605208f2fe
	.quad 0xde6116fb925c16f0
	.quad 0xbbdea5612aa6676b
	.quad 0xffffff7562d54de6
	.quad 0xa4099596b3dd3656
	.quad 0xf7c24971711b4cf7
	.quad 0x03c00000
	.quad 0xa0000000
	.quad 0x80dcb5a1ec1362c8, 0xd5da9549ffecfe00
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xfcdc0c327c167de2, 0x41d19918be5e69c5
	.quad 0x97aa70d8418e456b, 0x024ca1147b20162b
	.quad 0x61c5dbbfb32effb7, 0x40e0000000000001
	.quad 0x18c8b27e60c04115, 0xbf8c2457d99d1312
	.quad 0xbae27a02cc897d41, 0x8000000000000000
	.quad 0x804ef91d7faac8b1, 0x5e10a7a5e42a4340
	.quad 0xffd35531b2bd2d11, 0x4310000043caaf81
	.quad 0xff9ca289ffe578c0, 0x60733d3b7c8e7a34
	.quad 0x36c00000c347a28d, 0x7ffe5bf6b7b5304a
	.quad 0x0251cece0355ebd1, 0x34d490b615404300
	.quad 0xcb8b10117e094be5, 0x430cba2b3beeba56
	.quad 0x1082ba4b7ffffa1c, 0x3fa35c1d3d096ead
	.quad 0xacc8f5fdff5fbeff, 0x400aadded49365cb
	.quad 0x43e0000000000000, 0xee2c92f4ffb9e7bb
	.quad 0x8040000000400000, 0x3a0d86cfed6f7bfd
	.quad 0xee1951f63cfa3321, 0x00000000ffc00000
	.quad 0xc82d69c4e6445299, 0xff80000086a73a72
	.quad 0x97361656716b8891, 0x3dcff1da4386192c
	.quad 0xfff8000000000000, 0x7ff0532affbf3aed
	.quad 0xffe4dd3d1b8a4979, 0x40b000007f800000
	.quad 0xc35e10dabce8edff, 0x8000000000000000
	.quad 0x3cb261214f2ddaac, 0x7d6e0e9b03167af3
	.quad 0xbc26569ad37b77ff, 0xbf4fa9fa1ba3a031
	.quad 0x0e629f86c6ffeebc, 0x0a48f6363f636bf7
	.quad 0x40f563e89a3e5702, 0x0000000000000000
	.quad 0x3e9bb8f5fffef86b, 0xb595f20dafc1abe8
	.quad 0x1b847e8b807fffff, 0xffc000003ec734cc
	.quad 0xb29deba71ad42120, 0x3ffbfcd8af0282a9
	.quad 0xab4eead741ee7ccf, 0x073903ebffca77ff
	.quad 0x7faea520c085c1f5, 0x1f07ad5ea55cb48c
seed36:
	.quad 0x660759dc997f9bf5
	.quad 0xe2c3068d51ce199d
	.quad 0x98473f95c42ed8ad
	.quad 0x0000000100000000
	.quad 0x0fc2e60507a9e595
	.quad 0xfffffffffffffe14
	.quad 0xfffffffffa0473a3
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x000000000001d1b6
	.quad 0x000000000000032b
	.quad 0xfffffffffffffe6d
	.quad 0x000000000000001d
	.quad 0x0000000000000000
	.quad 0x28c47f326541232b
	.quad 0x0000000000000309
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x023cf375fd7dff48, 0xde66a9c72bff7e34
	.quad 0x40edf9c91a293696, 0x80000000bf3cc47b
	.quad 0x8100000076f12f2b, 0xfff504a47a0f85ee
	.quad 0x7fc000007fb4346d, 0x3d18643f61c57b1a
	.quad 0x00400000ff800000, 0x0000000000000000
	.quad 0x817fffff477ffffe, 0xbc24bea3c4680000
	.quad 0x2edaa4efd7f7adc2, 0xf7db24738a174808
	.quad 0xc1efffffffffffff, 0x000000000068c0ad
	.quad 0xf2c5654b23c6fd63, 0x93d4908d23a7b54b
	.quad 0x25cdd3f32befb1ff, 0x3c1cc7737f7fffff
	.quad 0xff8000000012db1e, 0x919c91b9f332f55e
	.quad 0x406c000000000000, 0x00ffffffbb000000
	.quad 0x15b9f1735fcc8001, 0xbf8d692d97da7c01
	.quad 0x82b2dc7056d68000, 0x2056797fffffba8c
	.quad 0xbf7b000000000000, 0x7f1ec661ff9aa063
	.quad 0xc2bf84d63cfa38f8, 0x522e17d3d69ebcff
	.quad 0x42728817c06fe8f5, 0x3f70c3da5e318e86
	.quad 0x8223ab98eca6c027, 0x97f0a4d56606fe00
	.quad 0xffaaccd580000000, 0x0000000000000000
	.quad 0xff800000c1080000, 0x3eb491f42271b8a6
	.quad 0x9d15de11fdc73eeb, 0xed9ecbfeda82b24d
	.quad 0x6e1386877f89f2f2, 0x7fc00000bfc0a03c
	.quad 0x401adb74408ef7d9, 0x80000000726cedd3
	.quad 0xac9f816cf3ddf3ab, 0x0002a3a6fe7f83b0
	.quad 0x7db06cd48dce19a9, 0xff8000000028db79
	.quad 0x025de3624311d680, 0x7ff16523c90125a7
	.quad 0x53f4a25ecffeed76, 0x8010000000000000
	.quad 0x950f814383dd0b47, 0xf7443039c05a8fae
	.quad 0x9481add16fbf7e17, 0x4324d1e593c0ee14
	.quad 0xadc6d5a2c9dfcb2f, 0x9cac7d6ed72a205d
	.quad 0x378400fa47e23cb5, 0x3eeb3a9408ccf6b4
	.quad 0x7ebc48715c7c0211, 0x00a6388eed2d6998
seed37:
	.quad 0xfffffffffdf96a0e
	.quad 0xfff026d6033b10a4
	.quad 0x00000000000000a6
	.quad 0x00000000000001c2
	.quad 0x01cf728211cdd49e
	.quad 0xffffffffffffffda
	.quad 0x07d8422c0093f998
	.quad 0xf7f4e013d67ad99b
	.quad 0xffffffa03c184f3d
	.quad 0x00004857c7b35bc8
	.quad 0xa0d6119aca08f094
	.quad 0x8000000000000000
	.quad 0x000000000007008a
	.quad 0x9ddd976308254229
	.quad 0xb6cd8ade83334f62
	.quad 0x00000000000000b5
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x03e0c960239986b8, 0xc006539c1633390b
	.quad 0xe9bedd2417a011be, 0xfff51baa2b21313d
	.quad 0x496d4c97bffeaff5, 0xcfffffff7f800000
	.quad 0x7ff537e865f8e48a, 0xc023800000000000
	.quad 0xcf00000080000000, 0x51e82c909ff3bf2e
	.quad 0xbed5800000000000, 0x630d511030cc3c55
	.quad 0x5f6ef2d63fb00000, 0x8000000000000000
	.quad 0xbc0610097fc22dcf, 0x001fd0bdf8adbbd1
	.quad 0x7edf3ea8dfd6ea93, 0xfff9539aae941848
	.quad 0xff800000000f0de3, 0x7ff68314798fa8ed
	.quad 0xbd0a969673cb6dd7, 0x4545451bd248f20d
	.quad 0x806b35c82ea66dd7, 0xc0020000807da706
	.quad 0xffba1808d236e575, 0xbfab6db9ffc00000
	.quad 0x80000000a84088f0, 0x04605fd64317c1c7
	.quad 0x4a017625579e0000, 0x107f11dadaa9ffff
	.quad 0x00000000bda55e89, 0x7fc0000000195720
	.quad 0x71a4c8732d830aef, 0x0000000000000000
	.quad 0xbef5692fe3dc0000, 0xc108000000000000
	.quad 0x0d1d2594bb7fffff, 0x0000000000000000
	.quad 0xc7800001c32fc3a1, 0x77741d5eb6b77ddd
	.quad 0xfff3305cb9c5ddfa, 0xffc0000000ffffff
	.quad 0x0026bfe54aeaa286, 0x406c1d850a3aa50c
	.quad 0x4340000000000001, 0xa3dd449467d773f5
	.quad 0x278b4d90beebda8f, 0x05aa9b7eeabf28c9
	.quad 0x7fdefb09ff7310a6, 0xde5ee3f3857f0001
	.quad 0xbfb3aff13fe312f8, 0x645709ebe0f447c0
	.quad 0x7def8d1c6e0c5fe0, 0x68e50c74d4fa79f6
	.quad 0x0000000000000000, 0x7d4b409bffab7ec2
	.quad 0x8000000080800000, 0xffc1d7c38b851b8e
	.quad 0x7d9f2b664ab99d52, 0x8000000000000000
	.quad 0x40572ba2d709c458, 0xb1cbc612fdf780ce
	.quad 0x3cd8000080f0df87, 0x3fbf3f657fe1980f
seed38:
	.quad 0xffffffffffffffa1
	.quad 0xffffffe0f19b535c
	.quad 0xfffffffffffffe0f
	.quad 0x4f07e5155b6f387d
	.quad 0xd9948daa44f44ca9
	.quad 0x60bde1158bfda9f3
	.quad 0x0000000000000000
	.quad 0xfffffffffffffce2
	.quad 0xaffa1947ddbad0ae
	.quad 0x0458a1441a962d80
	.quad 0x0000000000000016
	.quad 0x000001d22bafbf9d
	.quad 0x7fffffffffffffff
	.quad 0x0000000370d649dd
	.quad 0xffff604274c67d0d
	.quad 0x03792aaca8ae15d7
	.quad 0x01000000
	.quad 0x00000000
	.quad 0xbf9a210877bfefd8, 0xe4c69abac91d7e3a
	.quad 0x7ff8000000000000, 0x0027f6488a60c992
	.quad 0x525943a573a93400, 0xc5e71dcaf53aee66
	.quad 0x10b4896cfef65700, 0x3d2b227b9eb3a37b
	.quad 0xfa38e17575755950, 0x38a4295ff0d77ab4
	.quad 0xa487c78387efd867, 0x35e7d160ffef851d
	.quad 0xfc92965afff7c0dd, 0x16675a028cc8becc
	.quad 0x3ecaa00000000000, 0xc01b000000000000
	.quad 0xbf8a800000000000, 0xa780559adbf2fb25
	.quad 0x400ff4b52def837c, 0xc456be33ffaffbf6
	.quad 0xfff660dc7ef1b24a, 0xe11c526ef52992a9
	.quad 0x4b7788133fbfb902, 0xf5768c1ebffd6c63
	.quad 0x5101f40ed75e3da1, 0x9ed00910ffffffff
	.quad 0x4000000000000000, 0x1d210fc3afc02e1c
	.quad 0x6c6ad4837fa6afc0, 0x40fffffffffffffe
	.quad 0x80280feaaf08ee79, 0x806c472440dc0000
	.quad 0xffc000007fa56ae0, 0x3b86b14cdf4ffc23
	.quad 0xb8a373a66e9dfc00, 0x63d8feac65d1cbd6
	.quad 0x8ec25fea2a3cff85, 0x616455d1957cd2d1
	.quad 0xc2291f77c15232f7, 0xfdea1c37feff7e46
	.quad 0x1f57d50cb2721321, 0x075f1a5e36ba7bf4
	.quad 0x94be2ea5f5ff5cd7, 0xa4f934f6a02679f4
	.quad 0x7f80000012852a22, 0x1549dd0940e8f969
	.quad 0xf82e9ee35e93151f, 0xc0559e5b02f77454
	.quad 0xce162a367efdcfff, 0xfffe86867ea1887b
	.quad 0x7f6245fc1795d71d, 0xb7aa1c325ae2fa60
	.quad 0x944c3373efd09db2, 0xf9f49f5bd743766d
	.quad 0xc46414bceecebfbe, 0x89067433bae72101
	.quad 0x0000000000000000, 0xaf328406cc03c9b7
	.quad 0x0000000040b80000, 0x80000000bcbe6b79
	.quad 0x9f072baaffdf7edb, 0x4021800000000000
	.quad 0xffa705e580000000, 0x036771e7beef7efb
seed39:
	.quad 0x670097f5165f8509
	.quad 0x0000000001000001
	.quad 0x7b1ffa5a5f5891be
	.quad 0x00000000000000d4
	.quad 0xfffffffffffffd58
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x2043ced8ae7cec00
	.quad 0x41f85f3afcfc1026
	.quad 0xfffffffffffffeab
	.quad 0xca722773430d9c21
	.quad 0x0020000000000001
	.quad 0x65441e190d29350c
	.quad 0x9bf082b0df75632a
	.quad 0x0000000000000001
	.quad 0xb1817e30cc56b758
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0xb5985261386240c1, 0x55af0fceff7cf9fe
	.quad 0x0117bab6ffd34ad4, 0x6f42c086ff7b6f64
	.quad 0x1596926c5b69f811, 0x7b529d4e7f800000
	.quad 0x72f29314ebb9f984, 0xc00c000000000000
	.quad 0x84c880ba3e05fec9, 0x4102d003296c9fff
	.quad 0x1446db15224c3c80, 0x416449f846301feb
	.quad 0x5021af5d85d98214, 0x50886fc9f9db7d12
	.quad 0xbf3c000000000000, 0xff94795600000000
	.quad 0x3f96f0cfa81ea22c, 0x02581027187538b5
	.quad 0xfd56075f8b2edfc8, 0xc1a9acda0176fc78
	.quad 0x3ff8000000000000, 0x44c15c630124c540
	.quad 0x422f3cac41824cff, 0x4bbc1dc5ffffdbfd
	.quad 0xffdef3f94f022eee, 0x650b06aaffff7d05
	.quad 0xbf876b311969b7a8, 0xbfe1fceb1119782c
	.quad 0xe629e400da276ed2, 0xd8840b71efeefe3e
	.quad 0x0000000000000000, 0x8048e74d40540000
	.quad 0xffc06facbfd48255, 0x810d6f210bc8f84e
	.quad 0x7e52b375b3fb410d, 0x960c2bb5e98581f7
	.quad 0x70816142fd87afe3, 0x292a5802b58086d4
	.quad 0x3f9905e5c7d0fb9a, 0x6683baf68eead19d
	.quad 0x7fc0000041ffd5ab, 0xc45e979445560000
	.quad 0xffdff76409bb7931, 0x9dfe0d31753a2dff
	.quad 0x836f6a4b84192d93, 0xfff8000000000000
	.quad 0x75419bdcfc5bdf7f, 0x6127e5e590d970c3
	.quad 0xbfabd1a57837fbff, 0x800956516feb20a9
	.quad 0xee14a77f2d8219b0, 0x4090000068119ce1
	.quad 0x7821c757bac00000, 0xb35cf746fb7dfdef
	.quad 0x1d2d3e6a574248f0, 0xa2d129c17f800000
	.quad 0xde8e3cf650394e70, 0x1fe0724d80000000
	.quad 0x3ba44925b7600000, 0xfff0000000000000
	.quad 0xc031502b780e05ac, 0x7fb0a433361e8000
	.quad 0x345f3d139f56fc00, 0x497200003f80eee8
seed40:
	.quad 0xffffffffffffffe1
	.quad 0x72ae90002332cf79
	.quad 0x38e4e09958a270c3
	.quad 0x00000000003ae69b
	.quad 0xfffffffffffffc5d
	.quad 0xffffdc0f800255d5
	.quad 0x0000001ad98245a1
	.quad 0xffff616d4f485155
	.quad 0xffffffffffffff9b
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0xfffffffffffff109
	.quad 0x38213a4a4ebdf21c
	.quad 0xfffffffffffe02b6
	.quad 0xfffffffffffffe11
	.quad 0xffffffffe91bff14
	.quad 0x02000000
	.quad 0x60000000
	.quad 0x6f98613f4218a8ab, 0xfff0000000000000
	.quad 0xee3d7a4de787c43f, 0x7ffeb5cf576769c6
	.quad 0x8000000000000000, 0x40efffffffffffff
	.quad 0x86b74390ffc00000, 0x80000000c0f00000
	.quad 0x7ff14a301e60bbcd, 0xfe800000c16e8e36
	.quad 0x8000000050b0725f, 0xf4fac5b7c0a80000
	.quad 0x68493d1b5532f400, 0xc2e0000034d1592f
	.quad 0xf7bfa2ad9df150a1, 0x19c8ef3eff773fff
	.quad 0x8028d075d110fc35, 0xeb31f5d50c4bc580
	.quad 0xbdaf0c9f7d72796a, 0xa472f993c31e5921
	.quad 0x7a842648e9bbbf80, 0xbfb189238b138c29
	.quad 0x78321168ffe5f679, 0x71374c72ef8bb086
	.quad 0x01872b993d17c4bd, 0x817fffff75fb3d8f
	.quad 0x804fea98b8c53c28, 0x004097368c3c36b9
	.quad 0x800fffffffffffff, 0x6e67f569be5725ad
	.quad 0xff80000099a355ac, 0x9a175207535c7c50
	.quad 0x1e76c105e1a66777, 0xc7903e3f51c0840a
	.quad 0xffff42b306df74e0, 0x73dae51e735fc4e0
	.quad 0x01d51aafd80b34fb, 0x7efed0f8c39a0000
	.quad 0xa062ae40299717cc, 0x9d31c011eace14e6
	.quad 0x3f6c000000000000, 0x6028ff7a9d52bc80
	.quad 0x8000000000000000, 0x7fd0ae6618ee03f3
	.quad 0x5ffb6d88e8edfbb6, 0x3e2738ee30710fdf
	.quad 0x25c80d6b413c97b8, 0x1106f91d0eca3f7b
	.quad 0x3c6cfdb2ed06039b, 0xfed9d129a32d3788
	.quad 0x3f1efe82ff000000, 0x03f82fa7ebc7fb57
	.quad 0xc0342cf74a2e39db, 0x4008000000000000
	.quad 0x7ff132ae4d7a05d4, 0x368ea53836c9abcd
	.quad 0xc0980000ff800000, 0xc01845dce1f05bdd
	.quad 0x4038f8f9c1f4c06d, 0x3fdaf19c12911431
	.quad 0xeda818d5804e1581, 0x45db84e354dfffbe
	.quad 0x0d77b6116f175792, 0x7fb01697a58c0967
seed41:
	.quad 0x000000000023c184
	.quad 0x000000000000004b
	.quad 0x515ec6a9385dd921
	.quad 0x017738b4acf58059
	.quad 0xffffffffff31ee87
	.quad 0xfffffffffffffe4c
	.quad 0xffffe2c5c3467670
	.quad 0x00000000000002ca
	.quad 0x4b117bad70e0eb1d
	.quad 0x0000000000000200
	.quad 0x0020000000000001
	.quad 0xffffffffffffff82
	.quad 0xffffffffffffffff
	.quad 0x7e2f79085a883ccc
	.quad 0x23b91f766453d001
	.quad 0x0000000031097f52
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0xff6cedec80000000, 0xff800000c37047a3
	.quad 0x8000000000000000, 0x7e8487b7d50d5889
	.quad 0xb02fd2359475f800, 0x3ffffffe9332fb46
	.quad 0x4397242b7fa0ddcc, 0x4058000080257582
	.quad 0x56bc29d3bdf673ad, 0xbf8fc4d2ef889843
	.quad 0x6ec1dbd8ae1a06de, 0x6ba81068c9affd0c
	.quad 0xbb72646b1af50200, 0xfa3fbaf941427c00
	.quad 0x6e0e57d50f0bc900, 0x5a60f186001f7619
	.quad 0x882a816080000000, 0x6c396de7ffe64c8f
	.quad 0x7ff102a954543524, 0x000b469476d9a92f
	.quad 0x51512705463713b9, 0x5b4e86e10032867b
	.quad 0xe199eb15e57dfe00, 0xff800000c27e0000
	.quad 0x75f3e3a80d1bfc00, 0xc6e7b043805a6ab3
	.quad 0x7aa16f649ec220db, 0x5a4fc41600000001
	.quad 0xc33a3a06b3574d20, 0x127d929d703d0680
	.quad 0x80000000be7cb1f4, 0x7ff41d12cf239fbd
	.quad 0xff8b4a653fe80000, 0x3ffc000000000000
	.quad 0x1104c362306280e2, 0xfff8000000000000
	.quad 0xcc08a5bba9c67c00, 0xd72a5159bc542c65
	.quad 0x800ae6d1eec9f192, 0x7fb78e41c6ccb4a1
	.quad 0xbf18936c066e4910, 0x4a07c7a739000000
	.quad 0x49d3119034bfef6f, 0x8000000073675a34
	.quad 0x4f2ce55d9de74dc1, 0x1a8a0042ffb7fd5f
	.quad 0xee78edd57f800000, 0x001de195ebaa3be8
	.quad 0xc07fffffe1fffffe, 0x4017800000000000
	.quad 0xe025ad975b70f9b8, 0x827bb18819ed00fd
	.quad 0x40d80000ff800000, 0x800b21685c3d8620
	.quad 0x7ff38422a37df0e4, 0xe686fbdcfc997431
	.quad 0xee61ccb3bdbfffed, 0xbc03fcb5007fffff
	.quad 0xc011000000000000, 0x3fbec1f978c4abe0
	.quad 0x7d5d5b7b7f800000, 0x92169838ddd442f0
	.quad 0x3f8afb5e2d459103, 0x15e03d67d6a0b22e
seed42:
	.quad 0x28e1909edf39193f
	.quad 0x543b7077cc1682e4
	.quad 0x00000000005a28c2
	.quad 0x8000000000000000
	.quad 0x022d91cd4e0f722a
	.quad 0xb24530cfec21c5f7
	.quad 0x540265683197b8ef
	.quad 0xf6e9af2d803a4ebc
	.quad 0x61cda8349760d5ec
	.quad 0x003b6b68dd0304bb
	.quad 0xffffffffd43d496d
	.quad 0x00000000000000a5
	.quad 0xffffffff80000000
	.quad 0xae50cbd7886ffc6d
	.quad 0x530e10bc705136f9
	.quad 0x00074a2afd3eaa8b
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x702e5a36f9a6f625, 0xc9e091187f7ff3df
	.quad 0x8d9c3d627fc2c280, 0xb7228742bccc45d0
	.quad 0x9bd227b5ffeeffb4, 0x829a4a9d7fbe5696
	.quad 0x5153ea80ef77a5db, 0xefdfcd47d8f51153
	.quad 0x18a39d359d33aef5, 0x7f9b53c77f8133c7
	.quad 0xff945f13ffcb6ee8, 0xfff71abd013ab114
	.quad 0xe50bb9a0061328ab, 0x80f207a2181d0b52
	.quad 0x5b1eba21c0c9fb4b, 0x96b12908f789fe00
	.quad 0xc021800000000000, 0x802fffffffffffff
	.quad 0xbfe00000df9d8926, 0x216ebdcadffffffe
	.quad 0x36c35717ffd77c8a, 0x8073911eb10ca3eb
	.quad 0xfe184c970b17c045, 0x2331129391fbfe75
	.quad 0x836c6f66a5f0186b, 0x8000000000000000
	.quad 0xfdc1919f59c5f9d6, 0x4140000042e7026b
	.quad 0x1d9ee4e18159032a, 0x8d47d7a73d0db2e9
	.quad 0xbe1b312ae178248a, 0x800353b9bbbf12e5
	.quad 0x3da68000fc1f3f3d, 0xea5619c59aae1247
	.quad 0xfee1b17e40300000, 0xaf69c0f0df767fc9
	.quad 0x2b5e665c89d9607a, 0x58a51dd9ffff70a0
	.quad 0x4060000000000000, 0x000457b7811b20b1
	.quad 0x7ff8000000000000, 0x0abaaf8fc4fedb7b
	.quad 0x7f8000003d6d88c3, 0x552fddff07426ee0
	.quad 0xb03e426abdd94971, 0x7632c1f30ef4c6a0
	.quad 0xcc51890ea873622e, 0x2ca4e8f8c7b9fedb
	.quad 0x8009f3ea81859250, 0x877e9c2a3c62e102
	.quad 0x012a99cd00000000, 0x3cb19ba670afc5d7
	.quad 0x1df74f66a336bfa2, 0x09ee955ae3743a00
	.quad 0x65663d2f002afe00, 0x926d8a68bcda32ff
	.quad 0x0406c9de431ce14d, 0x6d87975b00000000
	.quad 0xc08b800000000000, 0x38000000ff819ee1
	.quad 0x9813e482089bcd48, 0x804000007f800000
	.quad 0x41edeef0363d5be6, 0x817fffff08844897
seed43:
	.quad 0x8b3e95a2ec940142
	.quad 0x0000000000000349
	.quad 0xfffffffffffffc86
	.quad 0xff973d006d00f117
	.quad 0x000000000000004d
	.quad 0x000000007fffffff
	.quad 0xffffe4f4ee7e0711
	.quad 0xdae1f195b187fe80
	.quad 0x9bcf466c87b1bded
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0x231d895b91e7e5b4
	.quad 0xa42c9798d7d045df
	.quad 0xf35f229831670baa
	.quad 0xfffffffffffffcd1
	.quad 0xacdec603ad94527f
	.quad 0x03000000
	.quad 0x30000000
	.quad 0xbffc000000000000, 0xffedc900be4ee952
	.quad 0x8008f49e76da08ea, 0x7ff57ea2890cf9d5
	.quad 0x0397441ad00c8958, 0xfb560740ffa1dcd8
	.quad 0xc02800003b5b0000, 0x3f1e000000000000
	.quad 0x6776d3e2ffedfa6d, 0x3d40000047a1dfd6
	.quad 0x70ac172fdb310000, 0x69b258edfc7c40c0
	.quad 0x4310000000000001, 0xef490b597db6c3cc
	.quad 0x5ec6c3d80253ab5c, 0xf078bf2d06fafff6
	.quad 0xdf800001c02d2bdb, 0x4013000000000000
	.quad 0xbf2dbc1911114a85, 0x27d6d060edf57fdf
	.quad 0x7688cfa901be4760, 0x3c81d87fff800000
	.quad 0x3fcb8f82d3eaba60, 0x6ee490c8bf9b6f4a
	.quad 0x182ab3ea7fe6a324, 0x437f8ceadfdf7eef
	.quad 0x7db851ec7fdd6ef5, 0xff95ce050ad8ff78
	.quad 0x5d3c8f74adde8e84, 0xbc42f32fc0480000
	.quad 0xb62e4b6a32d0fbb5, 0x096402c63ea00000
	.quad 0x41180000bc1727aa, 0x30a33d88f3c30c97
	.quad 0x3e800000e3f55430, 0x3e2a09ed714d879b
	.quad 0x7f870793ff800000, 0xd4ddf353019a56e8
	.quad 0x7f800000ff800000, 0xfff8000000000000
	.quad 0xc1f0000000000001, 0xfda9b3b58ff0062b
	.quad 0xa7cf1dac93253c60, 0x7ff0000000000000
	.quad 0x3fd1e1fb6b9e5e34, 0xf3647f1fbf7fffff
	.quad 0x8000000000000000, 0x3f773c22626c01d3
	.quad 0x80000000804262dc, 0x7fe91d9b40180000
	.quad 0x5a7fffff00000000, 0xc0c65702fccd3bf6
	.quad 0xc3423fa336400000, 0x3b897dfae1fec820
	.quad 0xbfadc12ae9a1d541, 0x0d9d0b41408a67d5
	.quad 0x4af5aea6fc4b7ac6, 0xb1622b26fa388441
	.quad 0xf0b520ef80400000, 0xaa4e68c3bb15fcd1
	.quad 0x00000000ffee3f29, 0xff80000009446c90
	.quad 0xc0ffffffffffffff, 0x7e8c688972f388b3
seed44:
	.quad 0x21839fa084da1010
	.quad 0x3c293dd56638f6de
	.quad 0x0000000080000000
	.quad 0x0000000cae0844f7
	.quad 0x0000000000000128
	.quad 0x0000000000000046
	.quad 0xfffffffffffff29a
	.quad 0xaf23929c0d98241d
	.quad 0xfffffffffffffe46
	.quad 0x7b10fc69d0822adc
	.quad 0x5e80cab57d2d16d6
	.quad 0x0000000100000000
	.quad 0x00003ae3a97a5e39
	.quad 0x8ceb65da9a8de973
	.quad 0xbc4a12f192b221b7
	.quad 0x0001add38c1114f4
	.quad 0x00800000
	.quad 0x30000000
	.quad 0xbe44bfec7cb76724, 0x089032507906f7d4
	.quad 0xff800000bd1622ee, 0x7fe1e153fd439a45
	.quad 0x003346ee7da3635c, 0x63d78bdcb4210000
	.quad 0x21def85bbcdf93f5, 0xfff0000000000000
	.quad 0xe5c671e562158000, 0xf3523941cfffffff
	.quad 0x93b3a7f001035ab0, 0x7f9e52e32e02f500
	.quad 0x5260ca5ba08723d5, 0x7fc000000e253ba5
	.quad 0xc033c00000000000, 0x1e22e8d8a1596ae3
	.quad 0x42f22ab4c17ee17a, 0x8000000000000000
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0xff800000015b42ba, 0x7ff0000000000000
	.quad 0xbcac000080000000, 0xc050985b56f6ff2d
	.quad 0xb8a00000bd282279, 0xc50000007f800000
	.quad 0x17218531d7d70000, 0xffc000004f7ffffe
	.quad 0xfb110de4bddff2fd, 0x000496e4d92fa3fa
	.quad 0x4014000000000000, 0x40f0000000000000
	.quad 0x411c000000800000, 0x7fada670bfa00000
	.quad 0xd72dbe18a45f2331, 0xb3132218cab4bc80
	.quad 0xb45663ce1a59ad46, 0x83cf5ee9af5f7fdf
	.quad 0xc2c6c2e1464ba5c5, 0x0bbf7a663c2f140f
	.quad 0x69774a057f800000, 0xc2d2999cde8de3ec
	.quad 0x3fcaf20f9d346b45, 0xff8259b0b2491f7b
	.quad 0xfd02505ec57f5f7d, 0x7d87b8cf64a73138
	.quad 0xff1f76e2a77f6fe3, 0xc044000000000000
	.quad 0x7f800000fdef9fe2, 0x9d60d590bb78bbc3
	.quad 0xc010000000000000, 0xe02a1013beac31fd
	.quad 0x003cd42d4391a3f1, 0x85b40f682b55553f
	.quad 0xa86428c948000000, 0x3d47c48affbfbed9
	.quad 0xfb03ce67119f4300, 0x4aa7eec81193526e
	.quad 0x23cd5a90dffeaeff, 0x800000000e92b228
	.quad 0x3d0196e556800000, 0x8de3e464fc66cf5a
	.quad 0xeac6714c3dce2c1b, 0x03a777fa56f58038
seed45:
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x15c29b40a8c81822
	.quad 0x41b91712aeb1e410
	.quad 0x000000000e8fb7ca
	.quad 0x0000000001000001
	.quad 0x0000000000000020
	.quad 0xfffffffffffffde2
	.quad 0xffecd65ed7d84782
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffff3
	.quad 0xfffffffffffffc23
	.quad 0x7fffffffffffffff
	.quad 0xb87493dab13689a9
	.quad 0x00003c685d218c5c
	.quad 0x49f7ffde225ea486
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xbfd896b1818ddd60, 0xc0dfbe8200000000
	.quad 0x0c33a1f8c8f17cd5, 0x9da28a584cbdfc00
	.quad 0xcad6adb63fbfbd5f, 0xbf800000b8540000
	.quad 0x7fcc479289399b94, 0xbfd1325c9c75a3d4
	.quad 0xfe2ed9864f6386da, 0xfff02d7028fa3c3f
	.quad 0x7effffff5f187353, 0xc8740e5cf52860d5
	.quad 0xa3a99438bfd6c580, 0xbf4b18e43a000000
	.quad 0x24b74974b2568a7f, 0x4fd5792b7fee2da5
	.quad 0xb5699e0d636c7400, 0xffa4b62d69746df1
	.quad 0x9333d430c702353d, 0x42a8dbe50e405ed8
	.quad 0x141741bfc1000000, 0x53cb0a9e0f5abb52
	.quad 0xc0424f3bfa8dcca9, 0xff8000007fc00000
	.quad 0x80a2da274d441bc1, 0x1dce347318e4fcea
	.quad 0x87f36e450020cc0f, 0xdc47b2e761119d99
	.quad 0xc02e8d66f06e08d1, 0x7fefffffffffffff
	.quad 0x800000000070104e, 0xa13798c27f9bc562
	.quad 0x0290fbc1a2d4f0a6, 0x848fbf6be2f585a6
	.quad 0x54b73f1e57fca547, 0x4074000000000000
	.quad 0xff1ee94aed5239b1, 0xd2ced8e000e53074
	.quad 0x80000000ffd01fdd, 0xa0b412f7682cfdde
	.quad 0xfb3448c088ae8b02, 0xa95c32578fe7f982
	.quad 0x004000005f800000, 0xd4846d0430430000
	.quad 0xc01b800000000000, 0x7ee9408f1537e8ce
	.quad 0xcfd34b60f1ef5f5e, 0xf8bb05f5bd17c9df
	.quad 0xc700000153b4b738, 0x8906c0cbae6e3660
	.quad 0x72516ee2a848b75b, 0x3f87a90bacd7a410
	.quad 0x2536cb08a213f8ae, 0x8efe7766d9effffa
	.quad 0x90fbba67ff3b7fef, 0xee3a6bfb3f000000
	.quad 0xbfe4000000000000, 0x3f4000007e800000
	.quad 0xc9db46647fffffff, 0x88e0d4b559ab4b78
	.quad 0x0004523100000001, 0xc349e7353c5814a4
	.quad 0x11178d23df3d5ffb, 0xc34ffffffffffffe
seed46:
	.quad 0xffffffffffffffc2
	.quad 0xe7c0eb40436f799a
	.quad 0xfffffffffffffefc
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffc5
	.quad 0x7ca90c7a9ffe9c55
	.quad 0x4cc97e1ce59ce766
	.quad 0x8dcaa7766d81c193
	.quad 0xfffffffcdc61339d
	.quad 0x0000000000001292
	.quad 0x000000007fffffff
	.quad 0x57ed61cde7ccf328
	.quad 0xfffffe8e06c00c1b
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x013eec58f69941dd, 0x3fe2c04cc8188e23
	.quad 0x7f36a84bbc394f39, 0xffda510a3bba24cf
	.quad 0x7f4068a5faa0c096, 0x434ba804c0880000
	.quad 0x0370bc361908d798, 0x3f9c6655a04d0a30
	.quad 0xff8fea6c401ef8d0, 0x004719c42f864e0d
	.quad 0x7fd2ee27fd3c982a, 0x7361e487d65eff94
	.quad 0x7bd942c1ff8e1863, 0xfff0000000000000
	.quad 0x6c6de9de3be1fdfd, 0x1ed4f9ed3c5a7eb5
	.quad 0xb7e993729ff6f7a3, 0x7ff92f6aefb41726
	.quad 0xf8698787807fffff, 0x8e3710bd7fc00000
	.quad 0x7fa6d66088694100, 0x3ffa76a0d45bb61c
	.quad 0x3f9f178e84bd1303, 0x0000000000000001
	.quad 0x5726161dbdfffe25, 0x81463b11bd177a32
	.quad 0xfee8c3267dbda877, 0x4083d471641afe00
	.quad 0x7f7fffff011d7d16, 0x0000000000000000
	.quad 0xe4d5d18efffbdbfe, 0x7fac9f417f800000
	.quad 0x3ffffffe41020000, 0x02ef0f4c74fb921b
	.quad 0xc13bd3c8ffc00000, 0xc38b08b1038916a2
	.quad 0x80258db17fc00000, 0xec97ed23fec0ba12
	.quad 0xaf469080ffbdcd70, 0x7f009fe2ed2b281d
	.quad 0x80ffffff3b9e0000, 0x9c532a835c927e00
	.quad 0xe1faf28f58abfc00, 0x88681cf8a4ae7e00
	.quad 0xbdcc8f1a94fac001, 0x014fdfa60dcfaea9
	.quad 0x5e462e63b9468000, 0xf08da019f6a27d88
	.quad 0x79c2776fd43b5dfd, 0xff7fffff7fc00000
	.quad 0xffc0000043b0d2e6, 0xce2a3345fffdfc00
	.quad 0x6d54fc006e845d80, 0x81b072f5caff6506
	.quad 0x69fb68956215fc00, 0x4322f47b377483c3
	.quad 0xafc21bcf99dbdf7d, 0x9841c5538250da49
	.quad 0x7fefd75a5201d7f8, 0xfc78999e3dfec100
	.quad 0xbfba1a6407503c43, 0x26817dd9ecdf2675
	.quad 0xcf28df28ff0ffff7, 0xa039446b43e90750
seed47:
	.quad 0xfffffffffffffff1
	.quad 0x03af2305043449ad
	.quad 0x0000000080000000
	.quad 0xad1d884c3508a9e3
	.quad 0x0000000080000000
	.quad 0x90dea426eff188fe
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xd7a7971a58ceac7f
	.quad 0xfffffffffffffffb
	.quad 0xfffffffffffffd08
	.quad 0xaa1097d410e5b796
	.quad 0xfe2494de1cb28dba
	.quad 0xfffffffffffffe72
	.quad 0xffffffffffffffff
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x7ff0000000000000, 0xb6d800007fc00000
	.quad 0x832d47ead02a546c, 0xbfc8f2f06e83c603
	.quad 0x004a6bfe42172ed6, 0xbbdb650d4eb37d78
	.quad 0xcbf5304714357dcc, 0x8013dd811119a699
	.quad 0x55ca66f5ff973b37, 0xff9628c17f9b4d7e
	.quad 0x434931ddbc78b376, 0xa217d6147f800000
	.quad 0x931a0955feffffff, 0x400479f122558d9d
	.quad 0x3da6fae23d387e32, 0x338107ec834d89ee
	.quad 0x2bd4cd9fc1effcb7, 0xc20d00017fa90f01
	.quad 0x7ff54c618f1e24a0, 0x40f0000047950000
	.quad 0x4027f6e9174116d0, 0xffe750eaf5edfabd
	.quad 0x000fffffffffffff, 0x2f5b88b47b470000
	.quad 0xfff8000000000000, 0xd37107c9f345fdf4
	.quad 0x8000000000000000, 0x409000006ef0325e
	.quad 0x6cffc3237fc57c31, 0xcef4951affdffee5
	.quad 0x5f7fcf63ffad23e3, 0x85c87dbfcadffff2
	.quad 0x80000000b5b6c85d, 0xbef291db11dc37d3
	.quad 0x29b6b02b707b7a75, 0xec43167bfe800000
	.quad 0x2252f96dcad2320b, 0xff800000c37bd663
	.quad 0x4012f251e4bbbd8c, 0xc0800000c77ffffe
	.quad 0x3fe700ee4246aa03, 0xc3a00faaff852542
	.quad 0xd0bd0056e83017f3, 0xa22f1f1ebfff0000
	.quad 0x80000000bbf90000, 0x3ff7159c282206cf
	.quad 0x7472bbbffbeffeff, 0xc0495fd6be800000
	.quad 0x39735f4c16ffc440, 0xc1a1b3757ff2e87f
	.quad 0x606b22919db3909d, 0xb4a5b8a0ff8c7c00
	.quad 0x7f475fa8b9644b91, 0x8747564fff8d1bf0
	.quad 0x1b14cf49f19dc3fe, 0x7ff0ef9f099ebbf6
	.quad 0x7ff56ade7118e092, 0x939f2597a12a829e
	.quad 0x04c5d9f7262337c4, 0xbc4f37b580000001
	.quad 0x7f2f76e981513e74, 0x2639df9e223a425f
	.quad 0xa532c7119dcf23e8, 0x2bfb79c6ffefb68c
seed48:
	.quad 0x0000000000001ded
	.quad 0xd51e28ed2e49460d
	.quad 0x273283a51ec427fc
	.quad 0xfffffffffc074183
	.quad 0x000069dd75aae788
	.quad 0x5f2abeae44258c26
	.quad 0xfbcbf4c5d7514c22
	.quad 0x0000000000227f58
	.quad 0xfffffffffffe3a85
	.quad 0xffffffff80000000
	.quad 0xc3b9dbe6d96d6363
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x1df9037d9feb1c07
	.quad 0x12bbaa11a59870cc
	.quad 0xfffffffffffdc0e1
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0xf7be59bd7fc00000, 0xfe1cff114417bb64
	.quad 0x730de7f7e2ffffff, 0x0b0b4f68b1a400b2
	.quad 0x7ff8000000000000, 0x3f7362cce76e08b6
	.quad 0xdc0b79417a37be8f, 0xf2c24103d348ae25
	.quad 0x3f4000004ffffffe, 0x08899934c6a37d0f
	.quad 0x26807689657b0001, 0x8491cc12fd98588d
	.quad 0x40325ba095986ee2, 0x28f09b076f7eff10
	.quad 0x424b20dbffb0c2a6, 0xbbf1756900000000
	.quad 0x7ff111fb6bd55f98, 0x4a6ea392baed21b0
	.quad 0x7b22f4c14378d2f5, 0x686acce8ffe28392
	.quad 0x8760b2ebbfa2d3e6, 0xc014000000000000
	.quad 0xc00c8bfd18852867, 0x422681bec24a68de
	.quad 0x53f27cb6f7ceffe1, 0x7ff0529052de87a1
	.quad 0x7fdfffffffffffff, 0x7f8124f380f3971c
	.quad 0xfffea108db3c8b6b, 0xf27d87d6eebb4a3c
	.quad 0x7fc00000bc603898, 0xfff0000000000000
	.quad 0x8140bc63c1fce916, 0xff81699c00000000
	.quad 0xebb76261ffc00000, 0x2c51c417732b56df
	.quad 0x3f94823b0343e77b, 0x07de54de82a51f7c
	.quad 0x0000000000000000, 0xbef1400000000000
	.quad 0xbf82a90882af4075, 0x7e04c9773f11d592
	.quad 0x3f88000000000000, 0x808ecac54437c0e7
	.quad 0x801476aa7fe046c2, 0x991a852580000000
	.quad 0x0152b29484dfff7d, 0x4236309cc1991d08
	.quad 0xad073fe800813432, 0x0020000000000000
	.quad 0x3bed652b00000000, 0x3f830efea83c5611
	.quad 0x1e0f00cc7fc00000, 0x8079578d0b1e5bac
	.quad 0x800973931b48c6ac, 0x3fe496a9eb7f76f6
	.quad 0x7fefffffffffffff, 0xfe71ab5b17b6a053
	.quad 0xa0c43f05ff85411a, 0x800fffffffffffff
	.quad 0x7ff8000000000000, 0xbfffffffffffffff
	.quad 0x407000005ed10c68, 0x8159f78c7f800000
seed49:
	.quad 0x14e893bd48f3a5a4
	.quad 0x000000007fffffff
	.quad 0x000000000000018e
	.quad 0xffff1fd8fe4e4073
	.quad 0x0000000000074530
	.quad 0xa83eb42f4b16faeb
	.quad 0xffd4f56c80664581
	.quad 0x0000000000000001
	.quad 0x00004141adb58e5e
	.quad 0x074740929cde7583
	.quad 0x08baf71ade663c09
	.quad 0x02ae046b3465f4fb
	.quad 0xffffffffffffffe2
	.quad 0x97f14aacfe6d8ee4
	.quad 0x0000000000000001
	.quad 0x00000000000001e4
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x91d44f40eef0c99d, 0xa31999b9feffffff
	.quad 0x7ae7d443ef8d7c00, 0xfff8000000000000
	.quad 0x4340000000000000, 0x0f3e67924a395fc5
	.quad 0x7f821f99bda3ee55, 0x810000000ec6cb5b
	.quad 0xb75e9da1d4957e99, 0x5caca0be4377ca68
	.quad 0xbff6ddbf940f7f79, 0x387f39b40f8a0800
	.quad 0xc05f0e7ad2ffcc4f, 0xc0e0d33dc5a7b10c
	.quad 0x31a9d4404bd9fc9c, 0x806ec92cef058599
	.quad 0xd160e642713e7f2f, 0x8a1a04527ee87ab5
	.quad 0x013a1e6400973bef, 0x3c978fc3fba614c8
	.quad 0x8028b814ffa0aec5, 0xfff8000000000000
	.quad 0x0000000000000000, 0xfff1654a249b49d5
	.quad 0x3d74cdaa7f800000, 0x2394d4a88cabb89b
	.quad 0x801fffffffffffff, 0x22817627e8667b00
	.quad 0x230a3a0713990000, 0x41f0000000000001
	.quad 0xac130c6993e60000, 0x7ff0000000000000
	.quad 0xfff679a8827b7bac, 0x800000007fe2f37e
	.quad 0x8135e0c7d8814de7, 0x3bc1fc8c6c63918e
	.quad 0xffc00000ff800000, 0xae08c2b3ff9a7d98
	.quad 0x8000000080000000, 0x3ff4000000000000
	.quad 0x6c6ce3bfda40796f, 0xffc084b9801a3165
	.quad 0x654e5ee3e564b0bd, 0x3f5a5f3fffe362bd
	.quad 0xba1c5766f65f2239, 0xecd2ed7c9e713a00
	.quad 0xc3e0000000000001, 0xbe37c202e3cdffa8
	.quad 0xada3467cffc00000, 0x7ff6c39d3b317a97
	.quad 0x3fa663c48824e675, 0x6a49566dffcefc53
	.quad 0x433800007d04e1b2, 0xb54da4609b5d7dc2
	.quad 0xbff6a6b90078a80d, 0x3f07c97c69a30000
	.quad 0xa32cd46b017fffff, 0x702e617e7fde5f35
	.quad 0x66bf7f716fe999b8, 0xa8b232cdff9a0a68
	.quad 0x3fd3098157b0ffec, 0x0006dc6510d65b54
	.quad 0xf658a341079afdcc, 0x008cf669feeaa87f
seed50:
	.quad 0x00000055ca107d61
	.quad 0xd522650d97eb287e
	.quad 0xc58e07b1d15235df
	.quad 0xffffffffffffff67
	.quad 0x006fd9ed59495c6a
	.quad 0xfffffffff758d3a1
	.quad 0x0000000100000000
	.quad 0x00000000000023ed
	.quad 0xffff45d5a5ad64ab
	.quad 0x03bd0402eee71901
	.quad 0x0000000001000001
	.quad 0xffd589ba83887136
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x000000000000019f
	.quad 0xd87bbb3ade703da0
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x49052fcdff9e0a8c, 0xae197efc7ee3fd7f
	.quad 0x2ede1aaefd9a7bff, 0xf753a6007ffc2165
	.quad 0xbf89feb3c1846dcd, 0xdf00000080000000
	.quad 0x4b1c09b4bf816336, 0xbfd299508e3f3ed6
	.quad 0xc3e4a8e0b4341957, 0xc0f800007fc00000
	.quad 0xcc83157140980000, 0x80053655c73af668
	.quad 0x2be275dff5307e00, 0xdfc1d79773f2ffd2
	.quad 0xc3604b76c3aa56c2, 0xb8036f19dcc5ff26
	.quad 0x801fffffffffffff, 0xfe748b1839818000
	.quad 0x7fb01023a1b32102, 0x7ff1c1dc4304c303
	.quad 0x72ce5e21eb45294f, 0x2b91d5487fe68000
	.quad 0x17b47a3f78b87c00, 0xbf10380efeffffff
	.quad 0x7ff6cdc731bc7e78, 0x404b2ad18a6c02d5
	.quad 0x002bcc36e2ca4146, 0x3428f45a66ee3318
	.quad 0x7cdf37b49d7dd95f, 0x0000000000000000
	.quad 0x7f8000007f000000, 0xd225b9c89eeee73f
	.quad 0xfff69512c77fffff, 0x5a919d9c00000000
	.quad 0xca4415c1945200e8, 0x000dcb2374a012c4
	.quad 0x7f9987bc08cb6dae, 0x6ce10933fef7fede
	.quad 0xc7ffffff2b3dc419, 0x3f94ea877e8f4b6e
	.quad 0x7fb7e86d13b457f3, 0x90e17b1fffc00000
	.quad 0x0000000000000000, 0x3452be2a85fd0000
	.quad 0xfff70fb8312794b2, 0x00199dd40cce3890
	.quad 0xffc0000014d7dd65, 0x7fe0000000000000
	.quad 0x3fa3f9c5ee485f5f, 0x49a514acf6d7d67a
	.quad 0x80b18ed0c32433d4, 0x7ff44924cc68e771
	.quad 0xffff665eff4c04d5, 0x1d87a9ae46730bff
	.quad 0xfe8000003fd12c40, 0xff800000c11c0000
	.quad 0x624637277ef3ff75, 0xc3f0000000000000
	.quad 0x3341c19aad5dffab, 0x0000000000000000
	.quad 0xc00eaad08760dee8, 0xdb9492e3f169cf9d
	.quad 0x3d9ca599bad626eb, 0x0f25608ff17a56f2
seed51:
	.quad 0x0000000000000178
	.quad 0xffffffffff6819ac
	.quad 0xffffffffffffffe4
	.quad 0x00990cefffd93405
	.quad 0x0d36d6422fe02075
	.quad 0x000000000000025d
	.quad 0xffffffffffffff21
	.quad 0x0000000000000001
	.quad 0x00688a6c1020ba3c
	.quad 0xffffffffffff04e4
	.quad 0xfffffffffffffc33
	.quad 0xfffffffec6e47261
	.quad 0x49a572bf876a4581
	.quad 0x005af1388be5e2fa
	.quad 0x00000000000003bb
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x795a2f035e660000, 0x31e8cb6fa86c03aa
	.quad 0x3fa47ecb0a9fdcc4, 0xc010000000000000
	.quad 0xd1d6efa662fda3af, 0xbfd65b3e818192e1
	.quad 0x0011c9b83d8f2434, 0x7716f186ffc00000
	.quad 0xbf8f3bdd0a76ae66, 0x2dfe5254d991c3f4
	.quad 0x4015000000000000, 0x405edf69ffdf03ff
	.quad 0x5411933fda6ffdde, 0x169e3f1c6f0128e1
	.quad 0x22e2e58fc80d0d6d, 0xe804c679dffecfed
	.quad 0x827fb08048ddc46d, 0x97d8ac60ba0ffe00
	.quad 0x3f7e410666cc6ff4, 0x598000007ff8984d
	.quad 0x7f800000436c868b, 0xf332909d2994b459
	.quad 0x4008c335c6ce7d2b, 0x24046ea3ad54084d
	.quad 0xf943ade78fe11e92, 0x039cb79511c54000
	.quad 0x0100000080426bc0, 0x800f3299d797ff4d
	.quad 0x3feb86f3035b4b55, 0x004000008a96078b
	.quad 0xf8f8507dcbbe8179, 0x3fc6c00000000000
	.quad 0xffc718beffdce31a, 0x000f430ea96463b5
	.quad 0xf8e2d08efe438d0a, 0x4295f14f3d25ed10
	.quad 0xe531372b7c232705, 0x81f873bcfffffffe
	.quad 0x1b6e6ac56fea7a2b, 0x3e94ae029225dd99
	.quad 0x4071661200000000, 0x8d06ce27abfdfe81
	.quad 0xc020000000000000, 0xd9ffffff80000000
	.quad 0x7f80000047800001, 0xc0400000afd95559
	.quad 0x3ce51837c0a3f07f, 0xbc04000045500000
	.quad 0x8000000000000001, 0x79e7649e18a94826
	.quad 0x8709ab84b9277ed4, 0x80000000c36c0000
	.quad 0x403cdbfedf0ae480, 0x5f7fffff01cf9767
	.quad 0xc07c000000000000, 0x7fd0000000000000
	.quad 0xbc56cb26a9422438, 0x005053ff7fa3084f
	.quad 0xc10fe00000000000, 0x2d56e2d0ff922969
	.quad 0x2a6e1e53ffd707b8, 0xfe5f4eb65b1b5a21
	.quad 0xc2d2f3f640c00000, 0x0000000042064ed5
seed52:
	.quad 0xfffffffffffffdb6
	.quad 0x0003ea40c8a948a1
	.quad 0x811d9e3a71d86c90
	.quad 0x6b2c169ed6e66ed2
	.quad 0xaaee15baddbdde3a
	.quad 0x446891cf6f67905d
	.quad 0x97edc636a0ac1e4b
	.quad 0xc627410bb6d6faf6
	.quad 0x8000000000000000
	.quad 0xcdbfbe298bdd2d7a
	.quad 0xfffffffffffffdd5
	.quad 0x44a7498b84fdc024
	.quad 0x0000000001000001
	.quad 0x26eb08eaac7c6c40
	.quad 0x24845e76b73cf22f
	.quad 0xd8e35f7cd72a61d6
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x9ba328a5d41b7bfc, 0x3fc2aa72f129154c
	.quad 0xbfe48924448b0daf, 0xc1a2fc4a7fe73681
	.quad 0xe2b1176a8a456bf7, 0x430f8cab80352c98
	.quad 0x1bb62ca57ff3a80c, 0x1b4db2fd7976a640
	.quad 0x811a597debe6ea3e, 0xc030fa5241f8ab64
	.quad 0x4acd18103ea27c00, 0x3fc15e9c7bc9a24e
	.quad 0x1523e09bc397906b, 0x7f4d03c1c0d4c8dd
	.quad 0x4035963751ebd10e, 0x47c000006c508381
	.quad 0x93db4846e7ff7f73, 0x5f7ffffe7f9a6ebd
	.quad 0xbca178ca3d7eaf2b, 0x817fffff80000000
	.quad 0xc01b000000000000, 0x433ffffffffffffe
	.quad 0xff8f775380000000, 0x7ff8000000000000
	.quad 0xccc4e1737f7fffff, 0x4edb69948c8b7d41
	.quad 0xfff666b8c5b0c454, 0xeaeba532545b750f
	.quad 0x7ecf9d4e49baa04f, 0xe58e860b7feff7ff
	.quad 0xc3076399c7ac1b97, 0xfeb4f1060a0461c8
	.quad 0xe0d0de60d42f7c00, 0xbf90457c69f3dd43
	.quad 0xc0ffffffffffffff, 0x419e73d291eb031e
	.quad 0x7e5f103efef73193, 0x4f3ff19053e576b9
	.quad 0x0fb3b133e2b0fe71, 0xab01acedffeff5df
	.quad 0x0000000082ca20d9, 0x361c876c59e5e7c0
	.quad 0xb26004ddca1d33bd, 0xa35703db2b60fcad
	.quad 0xc10e5fc0a51dd200, 0x7d9f6af192ceda6c
	.quad 0x3c2993797f800000, 0xc7ea54d5d197d6cd
	.quad 0x7ff9ad8c4bd16795, 0xbd0883f5ffea55e2
	.quad 0x06a4d112db67fc00, 0x465ee3d60d0c78f5
	.quad 0x0ddb739affef70bd, 0x7ff0000000000000
	.quad 0x1a574e745ae9ddf6, 0x3fb6a8d81814ef9a
	.quad 0xacfd28cca52e831c, 0x38040edeffaeff6f
	.quad 0x4250604ab373e94d, 0x3f1e002b7ff372bb
	.quad 0xa05ce3562a43838d, 0x5fcc59086bf07c00
	.quad 0xb6d56cf8fe7dbf3f, 0x8016c5fec27c03e6
seed53:
	.quad 0x000000000000001a
	.quad 0x0192cee31ff9b87a
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe32
	.quad 0x0000000000e6399c
	.quad 0x00000000000002b5
	.quad 0x59ac34803b14ccb0
	.quad 0xffffffffe9f0f5d6
	.quad 0x0000000001000001
	.quad 0xffff24fd6060f46a
	.quad 0xfffffeda9b24ae05
	.quad 0x00005a59346a857e
	.quad 0x00000000ffffffff
	.quad 0xfffffffffff85146
	.quad 0xfffffffe46409f8f
	.quad 0x0000000000000018
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x6120d8218c73381a, 0xffc0000000000000
	.quad 0xffa772d818a7c89f, 0xc3c2b9687fc00000
	.quad 0x036ad6e1ea5291f0, 0xc002000000000000
	.quad 0x403880e47315c15b, 0x7ff4949c136a15ea
	.quad 0x7ff64cc645ad7e90, 0x40275aab603b92ca
	.quad 0x1437bdbfd93487d8, 0x912ca52b7effffff
	.quad 0xbc759f7e6b2882bb, 0xc008000000000000
	.quad 0x7f8000003c8cc636, 0x7ff6d987119b2d2b
	.quad 0xbf93af3b05d75bfe, 0xffc000004359919e
	.quad 0x3f01d7f7f0e5c41e, 0xb9b6000057689e9a
	.quad 0x4015800000000000, 0x4f962283c2afa411
	.quad 0x7ff3c5bbbeeec715, 0x40200000ff800000
	.quad 0x41d2134f83055cf7, 0xb6c000005f46e6ff
	.quad 0x08315f5dc32c6fad, 0xa7a35a1ec0640000
	.quad 0xc01c3bd73d8a0000, 0x4007d62e4f9997b1
	.quad 0x0decd84ae8fdc346, 0x80000000407fffff
	.quad 0x7fc0fe417f96be7b, 0xffe4953f353c06a1
	.quad 0xbf9cc2d084c21c2a, 0xbc1492e7b5b00000
	.quad 0x405714569f031785, 0xbf0e000000000000
	.quad 0x7effffff3d9cba8d, 0xffb5e144718b54f8
	.quad 0xbcff42b8cfbf7af2, 0x76a078d541100000
	.quad 0x837e7536ab606be0, 0x6c7089747afbdbfb
	.quad 0x430e24327bbdaff7, 0x99ecdb9d6fcdcd65
	.quad 0xdb57938ce6cd4b58, 0x0000000000000000
	.quad 0xc07000007f800000, 0xc91c3c507fffffff
	.quad 0xb5c7276cffef2b88, 0x0000000000000000
	.quad 0x8def6e034f2ea345, 0x3fcafaecf1d01a6c
	.quad 0xeee67b0d5f18c268, 0xfff0000000000000
	.quad 0xe349160089152f80, 0x8008000000000000
	.quad 0xfea167297dbb1ce1, 0x28941edb79183921
	.quad 0xffff765a8d8679e3, 0x715e533bcffe7e87
	.quad 0xbff3aa3718e37b5b, 0x07577104ecd78000
seed54:
	.quad 0xffffffffffffffdc
	.quad 0x4b7f7116bb2dd436
	.quad 0xfffa6baf5dbd965a
	.quad 0x9502dfb2f46e730a
	.quad 0x00000000000275a3
	.quad 0xffffffffffffffe0
	.quad 0x8693c70f295961e9
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd23
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe4d
	.quad 0x0000000000000328
	.quad 0xf029d4d9a4fb54da
	.quad 0xfffe75958e29f315
	.quad 0xffffffffffffffff
	.quad 0x02400000
	.quad 0x40000000
	.quad 0x7ff8000000000000, 0x7ff95d8943ff5377
	.quad 0x7ff35ecf80004641, 0xc024000000000000
	.quad 0x3ca1c7454113b3c0, 0xc14fbc6fbc6b4da9
	.quad 0xfe80000080104f23, 0x6049c20cfff9880e
	.quad 0x001fffffffffffff, 0xc02d087af58dde48
	.quad 0x82f18ab974573d6c, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xf93a24f753ee58d9
	.quad 0xfff0000000000000, 0xf90a72caff9f7bfd
	.quad 0x8f31059dbfbf4664, 0xc00fffffffffffff
	.quad 0xfffb00cc38c2e729, 0x7ff230569b2b4341
	.quad 0x67f1c376d23bff1f, 0x40500000ff800000
	.quad 0xfe519b50125ccafe, 0xc8674a934fc4ba00
	.quad 0x7fbe5f98bf8fffe9, 0xc03bf1ec0cf5649b
	.quad 0x95956707a7c97800, 0xf078139b22172799
	.quad 0x6146b6957d3d5f25, 0xc016000000000000
	.quad 0xc07ffffe00043c28, 0xa8d89aba944f209f
	.quad 0xb4678e1cdff5787f, 0x9eb5b527ffffffff
	.quad 0x80232d41f230094c, 0x02c70120012c7f27
	.quad 0x54c58fc7ff77fbff, 0x3ef4000000000000
	.quad 0x4dc8ff225b15bee0, 0x7f394dbb7bfea974
	.quad 0x008bc3f15855dee8, 0xe21daac91d66be97
	.quad 0xfd4bbbcef2f1fdff, 0x7ffac1217c6a1526
	.quad 0x3bd614467f923c84, 0x7fa8715180000000
	.quad 0x7fe4dc5842cbe3e7, 0xc553bbb43fb70f5f
	.quad 0x40206d782b61a5d0, 0x1363ce9fc7ffff7e
	.quad 0xbfbf400000000000, 0x40bf000000000000
	.quad 0xda801c79ffffdffd, 0xc0584820e1f98000
	.quad 0xf788df8c6c518000, 0x40380000c3281cb7
	.quad 0xa1cc7b6e37fddeec, 0xffc000001a826f58
	.quad 0x4084000040b80000, 0xad9ed269ffb1e38d
	.quad 0x280975583c5f89ab, 0x4022800000000000
	.quad 0x6d75b41b80000000, 0xfff0000000000000
seed55:
	.quad 0xde9c4f83614cb13f
	.quad 0x7fffffffffffffff
	.quad 0xaa23892176622266
	.quad 0xfffffffff9f537eb
	.quad 0x6a4c5b41089ab614
	.quad 0x596d9bbb0674c9af
	.quad 0x0000003febdf9aa2
	.quad 0xfffffffffffffe0f
	.quad 0xffffe8f14af15d6e
	.quad 0x000006e84071c25a
	.quad 0xfffffffffffffffe
	.quad 0xffffffff9a10430a
	.quad 0xfffe194b5bf918aa
	.quad 0x0000000000000108
	.quad 0xffffffffffe0f360
	.quad 0x952f3fb6a1d45994
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x9ed37ec5ffeb7f7b, 0x817a4b68869536c0
	.quad 0xc111600000000000, 0x4610000040bf6a43
	.quad 0x961462981944de80, 0x800fffffffffffff
	.quad 0x806f460fffc00000, 0xbfd66c7a944e5b60
	.quad 0xfff0000000000000, 0xff8000007f984137
	.quad 0x8001e3a51b9fda5a, 0x00736e0ac6030000
	.quad 0xbf40000042800000, 0xebec8ed1807fffff
	.quad 0xecc74564c31f793c, 0xc0f4000080000000
	.quad 0x3edb1d7ad1f78000, 0x54995f4c1929ce8b
	.quad 0x83497cd110e48f05, 0x7fc00000ff8a52d8
	.quad 0xae6448044dc93c00, 0x8edabc08823fac85
	.quad 0x40efffffffffffff, 0xf7a220db82f27fb0
	.quad 0xac276e2affbbfdff, 0x228f7eb97192fc00
	.quad 0xb7b0000040e00000, 0x411e0000c0f9c25c
	.quad 0x00001a1353381469, 0x3e46663349d8d698
	.quad 0xfffeb479125c95fc, 0x3d4779953ea80000
	.quad 0x413e1b5ec3f25678, 0xfeffffff006907fd
	.quad 0x0ae0341efff35400, 0xc0495deb631251c5
	.quad 0xf0951bed8308f80a, 0xee51f16b7fc00000
	.quad 0x1419f0459effffff, 0x801fffffffffffff
	.quad 0x782191210986c82b, 0xff7ffffff550c8e7
	.quad 0xffc00000c5800000, 0x40d2debffbd47f06
	.quad 0x8415488e9efdfea9, 0xc47fffff7f800000
	.quad 0x4700000080000000, 0x50aa7af97cfdcfb0
	.quad 0x8000000000000000, 0x212318559524351a
	.quad 0xfffe219d632946f0, 0x806c261497a403ff
	.quad 0xbdaf488e13369588, 0x8c812051bf2955d3
	.quad 0xc3effffffffffffe, 0xd95b75da9ec7eefe
	.quad 0x3fd0000000000000, 0xbffb1aeae22f8755
	.quad 0xba9f7f5ed1964986, 0xf54c0f27d59edd7c
	.quad 0xb7579b290eb102be, 0xa55fa54dffd97c00
	.quad 0x0046afdeaf7bfc00, 0x3edebba30604243d
seed56:
	.quad 0x77455d9351d24454
	.quad 0xdc32bf674614cc42
	.quad 0xfffffffe4e1269fb
	.quad 0x00000000ffffffff
	.quad 0x5ec084fef962dfcf
	.quad 0x000000000000022f
	.quad 0x045afb305e6b4216
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffae298
	.quad 0x456b7f147ed0ae72
	.quad 0x82ac164fbeefa3b4
	.quad 0x6ea2aba36c2ec0a7
	.quad 0x7b87f375bd46035e
	.quad 0xf5fd5601e8bb2ae9
	.quad 0xd11856cba5c74bf5
	.quad 0xa0da10973fb25a8f
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0xdbecf5d9ffb75ffd, 0x7ff2c345af247895
	.quad 0xde37b6e0368e6053, 0x80000000ff800000
	.quad 0x7fe0000000000000, 0x00000001bbae42d0
	.quad 0xffb13454ffb2b5c1, 0xc9bca2964db07a28
	.quad 0x99010b44e79af779, 0x0000000000000000
	.quad 0xffe0000000000000, 0xd2b6e089dffedf9b
	.quad 0xbffffffef67b1f5d, 0xfff34b997f800000
	.quad 0x3fdc35dfe187fe9a, 0x30bef07980000001
	.quad 0x5239efa4f9a6fdf5, 0xbe777a1bc1105d46
	.quad 0x026660f4ac5b9bca, 0x000fffffffffffff
	.quad 0xb1271327477e546b, 0x8250ae1fee34672f
	.quad 0xff9358b0c0549f34, 0x3d615fb2c36b5ea5
	.quad 0x83ccc42aecb736b3, 0x7fffb53bb320e7dd
	.quad 0x7f800000ff800000, 0xbc0f2489c971f7ff
	.quad 0x007fffff88a097bb, 0x811e3f3c2b699b12
	.quad 0x45af44ceffe3e085, 0x3fcd2d32b8ea3c37
	.quad 0x40824bc397bbc527, 0xc298a18fbf800000
	.quad 0x7fe0000000000000, 0xbf4f13a7d4f93c0e
	.quad 0x529de0db3e293d27, 0xb81bf409b26d3ad4
	.quad 0x8000000000000000, 0x3eb6daa5bdc29ff6
	.quad 0x9bdd9e5a273b7eaa, 0x19a42f1c9be7d340
	.quad 0xc040000080400000, 0x3f9d0b5d7dfe43b3
	.quad 0x3d5846a63c8aa42f, 0x982505d58504cda8
	.quad 0xbb210000becd7449, 0x86e106108538570c
	.quad 0x3c01577c00ffffff, 0x7c8617c6fffcdedf
	.quad 0x3fffffffffffffff, 0x7ff8000000000000
	.quad 0xc07863440f5e32cc, 0x815ea2f2ff8de287
	.quad 0xd2657f44c3daf6f7, 0x355f8d4b0c55a0aa
	.quad 0x803556928b990000, 0xa282da1c3daaa3fc
	.quad 0x8008000000000000, 0xbbfb0a4bf8214ae9
	.quad 0x408800007fcf0c22, 0xdad446102fdb7d16
	.quad 0x7ff9cfe12afbde2b, 0x312c94d160efb6ba
seed57:
	.quad 0xfffffff0e65cbef4
	.quad 0x38af1f1eab47d9e6
	.quad 0x0000000000000000
	.quad 0xa8d580b9f0577f86
	.quad 0xdc91fcb9600254c8
	.quad 0x0000000080000000
	.quad 0x9ec6d1d3428ea1ce
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0xfffd4d8d8cba4cc6
	.quad 0xffffffffffffffff
	.quad 0x05c99265661f5786
	.quad 0x000000000000023b
	.quad 0x00005e30c2ef7a63
	.quad 0xc47f35026c39fddb
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xff984f017ff59ed8, 0xc4dbf630e43e1e00
	.quad 0xc7800001bbad004f, 0x873ee5544092cfe9
	.quad 0x7ff1d9b821042599, 0xaea4f30573440000
	.quad 0xff8000007fe0e688, 0x4e1d4f55d17c3ea1
	.quad 0x400f7100148b7145, 0x804000000eaac4df
	.quad 0xff865e09bfa3727b, 0xffc00000c1120000
	.quad 0x3fd0000000000000, 0xbfe6f5adafa9264f
	.quad 0x7fd0000000000000, 0x40effffffffffffe
	.quad 0x8000000000000000, 0x4f800001aa8149b1
	.quad 0x83fc2fe400000000, 0x00ccc7f235266d45
	.quad 0xc147ebe042f2f356, 0x817fffffbf8650c0
	.quad 0x1226050b4f800000, 0x3250ff215f71600f
	.quad 0xb8d3ce7702d391e6, 0xfcede11bffc00000
	.quad 0xbf0e78c0ffa69d18, 0x0000000000000000
	.quad 0xbf80000059800000, 0xc00419ca087e4e98
	.quad 0x00207dcc00f97e52, 0x7fc0000008c020fd
	.quad 0xe582f058af092e69, 0x8243e56e7d593971
	.quad 0x3fe42854159a8905, 0x888d940a430c8605
	.quad 0xc00da9d79cfa7271, 0xcc4a845888ec4481
	.quad 0x7ff66db990ded979, 0x3ff5bac8fe878d88
	.quad 0x3e5126ef3e9f38c7, 0xff9a3ebf76005bf3
	.quad 0x00800000bdfe20d6, 0xbe3e06d2428ea2ae
	.quad 0x9197375e9cdbb32e, 0xcf415fba3fc331e2
	.quad 0x2f1340ad647f7800, 0x801d8034d2b01e07
	.quad 0x409fcbf4dfffffff, 0x7fe0000000000000
	.quad 0x817fffffbf800001, 0x00000000ffbc97c5
	.quad 0x3ef2600000000000, 0x7ff0000000000000
	.quad 0x41060000120921e0, 0xbf97cee788baaab4
	.quad 0x1eb1f8e4bdba4a8e, 0xfa5b767900ffffff
	.quad 0x695e7e62eb9fe367, 0xfff0000000000000
	.quad 0x47fd260ca15583ff, 0xfff211080416ac6b
	.quad 0x0110b5fbfefff2cf, 0x021d7c2affffeffe
seed58:
	.quad 0x0008b755c9600f27
	.quad 0xe58cc034fd472bd4
	.quad 0x0000000000457e2a
	.quad 0x8000000000000000
	.quad 0x00000000000007b3
	.quad 0x0f59314c3d1c9cf9
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff5d
	.quad 0x0000000080000000
	.quad 0x48fb306c4c1808cf
	.quad 0xfc31abcdf110f655
	.quad 0xab40133f57817e8b
	.quad 0xffffffffffe11b9d
	.quad 0xfffffffffffffee4
	.quad 0x7fffffffffffffff
	.quad 0x000000000011f063
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xc2f51c3ae3bafdc5, 0x3bb52762ff800000
	.quad 0xbc800045780d9b28, 0x4021800000000000
	.quad 0x710592637f9abd53, 0x7ff71a8e86e5f5bc
	.quad 0xff800000ff800000, 0x29305c5f4d4043fe
	.quad 0x439b6d11ffc00000, 0x4013000000000000
	.quad 0x3f777e417ed3aada, 0x405b5edf0fcaa77d
	.quad 0xfffb9bd887249516, 0xd611d8b0ce7fdc7e
	.quad 0x1df36256bf351553, 0xfff0000000000000
	.quad 0xf11c4b20e9e7dff9, 0x8000000000000000
	.quad 0x0000a69fff6321b1, 0x8b452feded76f6d6
	.quad 0xbfc8e910aee8b1b3, 0x7ff02935a76af7a4
	.quad 0x407ffffe00709a09, 0xbe1229cec23c6e44
	.quad 0x7fe8801abb49cfc8, 0x43d648f67e800000
	.quad 0x4584defec1200000, 0x11caadb83137f77a
	.quad 0x4fc63038f67ef775, 0x005198f7007fffff
	.quad 0x41b1f9584102b528, 0x7fff676ec9f1824e
	.quad 0xc0ffffffffffffff, 0xcec23a21bf6a9d50
	.quad 0xbcca0b66b7760000, 0xc11fc00000000000
	.quad 0xf1af94271675f919, 0x7f80000043718c9c
	.quad 0xfd7ab8d240000001, 0x8000000074a4d8d2
	.quad 0x80712272feffffff, 0xffdb034181000000
	.quad 0x7debf26b40b00000, 0x805167e547800000
	.quad 0x7ea01c2ce1385e58, 0xff8000003e92e21f
	.quad 0xeec33795ff800000, 0xe56c53630feefddc
	.quad 0x18e1773b7f8ee483, 0xfff8000000000000
	.quad 0x00000000c19f899f, 0x7d09a2ec50e4c051
	.quad 0x6d844ab8e33582cd, 0xfff0000000000000
	.quad 0xc03df4199bd05cfb, 0xc02e51c0144f3922
	.quad 0x433f9a74127ddb0a, 0x105f9721dbcb3e25
	.quad 0xc153a14a61d691d4, 0x8016ee2d6317eb5d
	.quad 0x38e5c045acf6967f, 0x5a8dfe57ffc00000
	.quad 0x410600007a867da9, 0xfff0000000000000
seed59:
	.quad 0xc436d4f58fa7a68e
	.quad 0x000000214784e630
	.quad 0x49fd6897731a8c1d
	.quad 0x0e15c9673bc66b6f
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000285
	.quad 0x311194d87103c605
	.quad 0xffffffffd7ce4d39
	.quad 0x0d71cd9f0ba967a5
	.quad 0xf9839c7bbc52ac09
	.quad 0x293a0992957cbaf7
	.quad 0xa30a970c7a22a8e4
	.quad 0xaff699f0989285b8
	.quad 0x5edcecdb0281db5b
	.quad 0xfffffffffffffd13
	.quad 0x01a0c7ae304829ce
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xc2a5ebcbc138fdfb, 0xe7cb80ae7f90cb0d
	.quad 0x7ff0000000000000, 0x40493dce3799dc54
	.quad 0x804000001fe1ada4, 0x000000008007f9e5
	.quad 0x800b93dd109cdb81, 0x40a00000005b29e3
	.quad 0x5b7eeb98f0400604, 0x18b329d57fb3b9a0
	.quad 0xf0ebc99f4966987e, 0xfffbb1fd7f9cafc9
	.quad 0xe436edcf8128fe00, 0x3ffb31561826ec45
	.quad 0x012f5e64a4de57c2, 0x8006dd77be5c6b55
	.quad 0x8000000047800000, 0x3fe2bc973f8a83e1
	.quad 0x80000000fec056eb, 0x0000000000000000
	.quad 0x763712a334124700, 0xc0600000a61af54e
	.quad 0xa7816a8f79d9a5c1, 0x12bfca8c9cdf35e8
	.quad 0x10a8d44fe91aa103, 0x4065f26b126d1295
	.quad 0x80000000c09c8afd, 0x4e1d025340d27703
	.quad 0x3fb5226f9c9eb3ab, 0x7f80000000000001
	.quad 0x7fc00000ff800000, 0x77de5211fba6f5e3
	.quad 0xc2c00bf29a4d4393, 0x5627c2f27f800000
	.quad 0xfff0000000000000, 0x40680000ff800000
	.quad 0x9b6c62b09dfd9bfe, 0xc046f3a27609371f
	.quad 0xf9c4dd1ba95956a4, 0x36c100d8bbeecefb
	.quad 0x9c30504c2cdee4b8, 0x8000000070012c7a
	.quad 0xffc80672c26c502b, 0xffde6433e7326a22
	.quad 0xe3b088a8bcfeffca, 0x40f0000000000001
	.quad 0x7ad48deac3e90000, 0x5c6e15807950bfad
	.quad 0x9af87a4a96eade30, 0x523d6e1d089178a6
	.quad 0x80f92562c10c0000, 0x32d02d82e34e8000
	.quad 0x41280000ff800000, 0xe02be69ac191b3f7
	.quad 0xfff0000000000000, 0x976f5aa10f826800
	.quad 0x2bf5625e7b630000, 0x0017699ec1de4c9a
	.quad 0x40529e73fe635c70, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc3a6ba733dff17f4
	.quad 0x9d578e3721b34748, 0x825ba65d8977fc00
seed60:
	.quad 0x48fd5a6608d6393c
	.quad 0x0000000000000001
	.quad 0x000000002b84ee77
	.quad 0x86944d456ba18a23
	.quad 0x95387e02379e8baf
	.quad 0x87e261aeb9493612
	.quad 0x00000000000002e0
	.quad 0x000000000000014e
	.quad 0xfffffffffb87cb0f
	.quad 0x00000000000001b4
	.quad 0x279327e8c14f80f0
	.quad 0xffffffffffe89d58
	.quad 0xfffffc9f65c3d5fb
	.quad 0x0020000000000001
	.quad 0xb6fbb1ca644a873d
	.quad 0x00000007cbc47300
	.quad 0x05400000
	.quad 0x90000000
	.quad 0x5a094908f627788e, 0x04d6f4729df15659
	.quad 0xc21bb7f9dffffffe, 0x248cecee9a9c5181
	.quad 0xc0733088e6ca12f2, 0xffe26335ec43a2a1
	.quad 0xc0536be6f6b1f504, 0x8d9dea1a41c5ec90
	.quad 0x7f800000bdbcf9e3, 0x7ff0000000000000
	.quad 0xc005800000000000, 0xfff256f8dd619ff2
	.quad 0x1cbb87f8e4e98052, 0xbf8dec5e66fa65bd
	.quad 0x5614c74deefdfebf, 0x46420b2000405820
	.quad 0xc00000007dec623c, 0x7ff0000000000000
	.quad 0x65efe820eccbdb74, 0x41ffffffffffffff
	.quad 0x0000000000000001, 0x4a8474d33364f416
	.quad 0xae12d8c36fa4334a, 0x40c0000080000000
	.quad 0xc1e0000000000001, 0xff0a5c02691e67e0
	.quad 0xedd7574e8bdff7fc, 0xbcdcbe9a3ec623f6
	.quad 0x8000000000000000, 0xbf4abedbbd1b2b02
	.quad 0x80ecd51c43f2a00e, 0x3f42000000000000
	.quad 0x4010800000000000, 0xfe04a7ccbd4078d6
	.quad 0xb0fc3cbeb23e5ad5, 0x7fc1cd81da43a18c
	.quad 0x7ff0000000000000, 0xe974b5ae37c0caca
	.quad 0xc00bd705876ffb92, 0x8dd9ee2bdef8ffa5
	.quad 0x0ca4ada0001b83c3, 0xc0192136c9ae15cb
	.quad 0x017fffff95d4272a, 0x46a29be42b52783d
	.quad 0xc48000007fc00000, 0x6d6d679bc10c0000
	.quad 0x0000000000000000, 0x1ab29a4605479600
	.quad 0xfcc34d5173543d08, 0x79aa497f1991c9c9
	.quad 0x2e1a5596f9faffad, 0xba4212a0e0346084
	.quad 0xfad099dc15e89bd1, 0x7f000000c1080000
	.quad 0x7fb91ac5fff919e1, 0x7f8000007fccbb8e
	.quad 0x000710fed7a380a3, 0x197d12a5803908d5
	.quad 0x401720d5e3bea380, 0x62f892b5607045c0
	.quad 0x10782e4db3dfff35, 0x267b9ef5025b15a5
	.quad 0xdcb728dcf16b3632, 0xff80000042409bdb
seed61:
	.quad 0x00000000000003a7
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x766208083f252995
	.quad 0xfffffffffffffe78
	.quad 0x0000000000028ad9
	.quad 0x0000000067485dd5
	.quad 0x7fffffffffffffff
	.quad 0xffffffff11a59676
	.quad 0x28814170fd0e5281
	.quad 0x79831923c3ba9bfc
	.quad 0xfffffffffffffe02
	.quad 0x21104acd47fbd1fa
	.quad 0xd360ef9997621ab2
	.quad 0x00003967824db26e
	.quad 0x00000000000002ce
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0xfdbb5489be9df88b, 0x41d2f6ed4234edb8
	.quad 0x1597c02cb94550b5, 0xff80000079bb65b2
	.quad 0xbd14d99cc0200000, 0xc0d00000c146a008
	.quad 0x800fd092f22bfecb, 0x0b55b53374cdb854
	.quad 0xc0ffffffffffffff, 0x7fc000007fb3966e
	.quad 0xbb53eea1bf6f67ad, 0x8000000093e796c3
	.quad 0x60583edf0bf78400, 0x69692a6e5fc2a1d3
	.quad 0x5ac0763dd66ff9df, 0x414ac81845a00000
	.quad 0x3f3aacbd3ffc8a4e, 0x3f32a00000000000
	.quad 0x46080000c0680000, 0xbc80079b9ce3d74e
	.quad 0x7fb3bc4e7fc00000, 0x9288cfb0f78e0f5b
	.quad 0x5f1b1c91bc7fffff, 0xc02f37640ee2c916
	.quad 0x3ffffffffffffffe, 0x113670b3ff000000
	.quad 0x7ff1f301364a11e4, 0x00000001c8e00000
	.quad 0xd458cfa6ffaefd6e, 0x42ab5f55f4b34679
	.quad 0x8eec94cfeefbe75e, 0xfff3aacf0201e592
	.quad 0xe5958cda354fbf00, 0x915ca335fea37a56
	.quad 0xe7b0c63cbcc68000, 0x7fc00000ff800000
	.quad 0x80b731267f800000, 0x47f5c7c63e4f4474
	.quad 0xe30530d0f8bcfbea, 0x3f6885cbc1060000
	.quad 0xa5cddd4dffddde7f, 0xbd58ee503f4146a1
	.quad 0xc118000000ffffff, 0xc781e0b184bf2f77
	.quad 0x3c700000da000000, 0xfff4c7abdc8ea6b1
	.quad 0xc020000000000000, 0x4018000000000000
	.quad 0x0568e43cdd8d83a4, 0xbf8821f404debb7a
	.quad 0x94e9556defb44581, 0x7ff3ff5438359b67
	.quad 0x7f800000ffaedda9, 0x80000000c6890000
	.quad 0x0080c2d6e829b396, 0xc36b3eb80b29e7fe
	.quad 0x8000000000000000, 0x7f98ab75c18a4660
	.quad 0x9d4b1790eeef7d6b, 0x89077772ffa4b34a
	.quad 0xa7e4880a4fdde73b, 0x3eb1c00000000000
	.quad 0x6e34a4b4e1ffffc7, 0xfff603487fbf4ace
seed62:
	.quad 0xfdf0fce950f1d81f
	.quad 0x0a719ab36686ab31
	.quad 0x00000000000000e6
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x00005903debb4154
	.quad 0xfffffffffffffe1f
	.quad 0xffffe4678acf204e
	.quad 0xbf7eedc589831672
	.quad 0x8835a51a05428136
	.quad 0xfffffffffffff0c1
	.quad 0x000000000000014f
	.quad 0x13448350adf9f4d1
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0xd39b9612cb7f0401, 0xbff9000000000000
	.quad 0xbfdedfb76a769a37, 0xfe319e050159d2f8
	.quad 0xfff0000000000000, 0x80000000008379ee
	.quad 0x7ee3059dff800000, 0x83b704593f727f2f
	.quad 0x84528bf0422b4f50, 0x8030d3b0b8940000
	.quad 0xbfc66f3ce36bb22f, 0xc331c115c7000000
	.quad 0xffa377761c44aa8f, 0xff73be287fc00000
	.quad 0x3fc28471ca45e914, 0xd5f5393f13ff9f1f
	.quad 0xc90e9c76c50efe00, 0x99290aeffefe82ef
	.quad 0xafbb0fc1da000000, 0x7ffcdd4f3175ad49
	.quad 0x0110b5c4bc93255c, 0x7d6b04f7fffbbfbf
	.quad 0x4008000000000000, 0x287cea676d32f95c
	.quad 0x7fc0000000000001, 0x80291eda80000000
	.quad 0xdf80000080000000, 0x4075d3da0370dd5f
	.quad 0x0f9fa6a5ffe4dd24, 0x5b8f3d72fc34fc60
	.quad 0xffd3756dbec1ad45, 0x4f8000005cadaf67
	.quad 0xbf74444c4d5fd332, 0x84cf491b3721b283
	.quad 0x5e0d2b1f9620cca6, 0x8ad0451e5b78bcdd
	.quad 0x6d9a36636dffffff, 0x007fffffd26e806f
	.quad 0xfff0000000000000, 0x7fa655b496d63de2
	.quad 0xc012000000000000, 0xc6800000804d9615
	.quad 0x336e3c147824c65e, 0xff800000c08c0000
	.quad 0xc01d800000000000, 0x56e7aacadf31cc94
	.quad 0x9aa3395eb5fbeeef, 0x0000000080000000
	.quad 0x00ffffffc03713f9, 0x7b324f9b5f800000
	.quad 0x2800db38ff800000, 0x410000001380cc83
	.quad 0x11edd71754d2f800, 0x416ee361c0245b1e
	.quad 0x477fffffbce5f867, 0x58d0fd2fff87d9be
	.quad 0xfd6cf7dcf9ed7dfe, 0x4040000080000000
	.quad 0xa47add2658020b77, 0xfb47037508752809
	.quad 0xbff2000000000000, 0xbfc0000000000000
	.quad 0x4028ac7b37d926d5, 0x1e9a34f7ea440500
seed63:
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x00000000000002a5
	.quad 0x00000000000ee2f0
	.quad 0xfffffffffff54042
	.quad 0xfff8fd1572efa9c0
	.quad 0xafbe586801186c6e
	.quad 0x3a807ef66f3231ac
	.quad 0x00000293930dd7d2
	.quad 0x0000001b52a3d081
	.quad 0xe0ec399de1f35244
	.quad 0x0020000000000001
	.quad 0x00000000000002fc
	.quad 0xfffffffffffffc20
	.quad 0xb8470a347e57b8cb
	.quad 0xb94b1c67fdff46d9
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xf8d32ab9ff7fffff, 0x1b7a534cfe652da1
	.quad 0x5812d272e9d1fc24, 0x3ff127d89dd963c7
	.quad 0x40d40000bfa00000, 0x7633eb4bffdc8000
	.quad 0xffe4a57094b2ba66, 0x420fffffffffffff
	.quad 0x40ce000000000000, 0xfffe6fad4c4386bd
	.quad 0xae56616809abedf5, 0xfe01f9fe7fc00000
	.quad 0xb9b714b6158afb0f, 0x42197fb97e33ffff
	.quad 0xbf7d72ea8b5c3dad, 0xffc000007fa0434c
	.quad 0x407fffff007df894, 0xe97fb56cbfbbffd7
	.quad 0x3fb8000019a93a3a, 0x49c95992c0d00000
	.quad 0x7d95ffd1c0d0e3c1, 0x573a7206b1dfd5ed
	.quad 0x000a3b9f30840141, 0x802a5c197fb2f9cc
	.quad 0xb1ac2e77cd47af9f, 0x0000000000000000
	.quad 0x38dc00007ca7e63f, 0xbfa5e5e991dae0d1
	.quad 0x72ecac573d71b912, 0xef393396ee9f8e6a
	.quad 0x10bdf3944d9700fb, 0xffc000007f8829d3
	.quad 0xff8d798802310738, 0xbcd79144cd4dff1d
	.quad 0x80f5351807aa2545, 0x801d19820db99030
	.quad 0x7fe262a83daf1509, 0x544ff672b1ab6c99
	.quad 0x37eb876b8bd85610, 0x69b811f1bfffeffb
	.quad 0xda7ffffe00000000, 0x2299bb6db9deb14c
	.quad 0x3131adcfb75ed000, 0xc018800000000000
	.quad 0xffe5838b129963ab, 0x0000000000000000
	.quad 0xc039600000000000, 0x420fd9e159ffffff
	.quad 0x3cb96f9d80000000, 0xa5c0054f6d42c74a
	.quad 0x09ca22adef5445c4, 0x20c16b25851a3e3c
	.quad 0xffc000008703f373, 0x8a36d85d40800000
	.quad 0x46884d8fdf5fef5f, 0xed1f0669fffbfdc3
	.quad 0x0000000000000001, 0x54dec540bef7d619
	.quad 0xff9bc2e299b2a306, 0x4f0000007f9226b6
	.quad 0x0000000000000000, 0x4332d8f37f294eb1
	.quad 0xfb5f3bf4b935fe00, 0xbfd1ccd600330065
