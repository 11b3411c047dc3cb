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
	.inst 0x1e6e39f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee4f611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd11072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc491f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f6fe514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61c436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee3d479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0b499a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e28c43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6820d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22015f
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
	.inst 0x1e2c20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0d831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1a9f2
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
	.inst 0x2ea3ec54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f70e536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4a2d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f23fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8e58fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea6ec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3621c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f3ae6bf
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
	.inst 0x1e295870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e198121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc31952
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
	.inst 0x9e42b134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e251955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03ec16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e60fcb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eacc6d8
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
	.inst 0x4fd1599a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8f50bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e59b40c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea7e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6141de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65008f
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
	.inst 0x1e25c0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb019b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6300d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d4a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43ec35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b15ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f51e577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e31749a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6720f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fb6501e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f2efc5f
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
	.inst 0x1e218990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1b891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea1ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f6ee453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f291197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f522638
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
	.inst 0x1f4c909a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e629ebb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea6e6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c28dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e71018f
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
	.inst 0x6ea1d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0020f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f58e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea0f413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e5995e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f7935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e613d76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e42e119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0481fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24413b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ebbf59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20cddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e60c57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fcc199f
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
	.inst 0x1f002d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f64fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f23c4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6949f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e4877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e65f5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e19db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eefc5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1889d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2200be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0c93f
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
	.inst 0x7e70d9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e700201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc39992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7158b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea19975
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
	.inst 0x1e210857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2239d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1d45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e26ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea7d59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd1115d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e72f41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0cd75f
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
	.inst 0x0e216870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2301b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f65e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18d9e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee2ed95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2168d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2169d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef6ceda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64281b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c2360
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27409d
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
	.inst 0x1e64016f
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
	.inst 0x5ea1d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21c931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e18ac02
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e313933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2ac5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef3d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e69f416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0b3817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea5f499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6318ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e24c6dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e215d1f
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
	.inst 0x2ea1b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e196801
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e262190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e0225f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f28b5
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
	.inst 0x1e59fd67
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fae5878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e269444
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1989c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66d43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3718be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e31dc9f
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
	.inst 0x1e6d49b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0fdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1a8b2
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
	.inst 0x1f45c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea1b855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea8cc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e645957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee3feb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e69c459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21687b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a1a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eaff5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c33e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e60024f
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
	.inst 0x1e6c5990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e239013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f522a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e692835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6620a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c6df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6201d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21d9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6401ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b48db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea198bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6bd4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2eb99e
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
	.inst 0x1e42ecf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6500e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6fde32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee19a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e1e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6fe515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e259017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6422b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b0919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66415a
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
	.inst 0x4ea0e93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e39bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e23c5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28183f
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
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2641f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6188b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e638dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea4d635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e23fcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f25fd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2221f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc4183a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3901ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea8c49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e333a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc3139f
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
	.inst 0x7ea9ed70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fab1a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fcb1933
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
	.inst 0x1e343a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0c476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e71d417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7528d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2938d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e20dd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eaefd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0e81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc5983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e22fd5f
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
	.inst 0x1e637990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4e3193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f044116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3628b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e33c5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e76085a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee4f43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64693c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64413e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61c97f
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
	.inst 0x1e230050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f302a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e18f462
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e31f452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3c3014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4a85d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e647837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2000a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f32e41a
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
	.inst 0x1e63c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e342150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e251c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e29d4df
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
	.inst 0x1e267970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e1911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30ed32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee7d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f464036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6102c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3901c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea3c579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c33c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c35d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f240dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31012f
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
	.inst 0x4fc490f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e217992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f061c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f6935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb1fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1d997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e20e518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2289f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2109ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e265d7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e25004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e392120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fb8119f
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
	.inst 0x1e2d2870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0a3171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee19852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e4220d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03bdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e616957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b7651
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a7919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f86905a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eaaf59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d0476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6401cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61089e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31002f
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
	.inst 0x6e30f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea9e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f2ae514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0fa95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6ec6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee0d857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2dc558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e64cd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e262070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eabfdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e216a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f46017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e26fe3f
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
	.inst 0x1f450430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f60aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee188d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30ca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6200d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f71e597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f75e498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2bd019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6909da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e718c9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0cb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f35e43f
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
	.inst 0x4e2179d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b1011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70fa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6201d4
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
	.inst 0x1e2e3936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2bf698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21b919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6142fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f62d4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e0395fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e672ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f587f
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
	.inst 0x9e7001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea2c431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e68fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eefe494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f2a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8e91d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e030817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f75b159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3d101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4f90db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60251c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2520e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee4f4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f081f
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
	.inst 0x4e2169d0
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
	.inst 0x9e220152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f48d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e63fcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e68263a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0ebd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6cd599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61985a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f172c5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0f879d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f276dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0d8bf
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
	.inst 0x9e650080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f42e591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64d013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eefd5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e22d5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f69a536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6718d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea9c598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e69deb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eedcd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2808fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0cb17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc3917d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6441fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f29e43f
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
	.inst 0x0fad9150
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
	.inst 0x1e662952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6199b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7f9014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e42c516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e18d827
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2bccf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b2939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02899a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fa9981b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c1fd
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
	.inst 0x1e65693f
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
	.inst 0x6ee0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3101e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620013
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
	.inst 0x4ee2f4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e253896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e379017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0c3238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21d819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb5ec1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e76301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61381c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f69a29d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e242070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67191f
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
	.inst 0x1e265810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6100c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d5892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e312090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f2ffcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2168d5
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
	.inst 0x1e6b0a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e634998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6742d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63093a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e34581b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1b93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc698fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6918bf
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
	.inst 0x1e2d09f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c4971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6dc612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2bfe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f1a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e662010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6638f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290958
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
	.inst 0x1e2201fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fb3989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e184a0c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21c9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6339fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b487f
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
	.inst 0x6e27d530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c0d1
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
	.inst 0x1e2a0833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e698816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e71f5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e32cc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61baf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6d953b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27293c
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
	.inst 0x1e3a6a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e286adf
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
	.inst 0x0ea199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e219991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f4fe533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f72ce34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e73fc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e74dc16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3001c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eafc438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b5839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2301db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f35fcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1d8bf
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
	.inst 0x4e6bc4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f75e4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e600023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7228d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e34e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e66c557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e650009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a883a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e23fc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23883c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e22f4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2740fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61407f
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
	.inst 0x1e63c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eebd611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f39e5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4985b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f4afc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fad5935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61a956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6748d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e693a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f268c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e617a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e76f55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58818d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f06c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61883f
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
	.inst 0x1f41a990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2af63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e26ecd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a6894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3489d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33c516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e741837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e35e498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcf5019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21a91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29587b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7229dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21781d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1d91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c0df
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
	.inst 0x9e310020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e65fd52
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
	.inst 0x1e380024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e619836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d7d37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fa25959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e25c77d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a5bdf
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
	.inst 0x6ee1ec30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e678992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254cf3
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
	.inst 0x6ee0d835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e67f457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e68dc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30fa9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2188bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2540de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c19f
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
	.inst 0x9e424810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e2ec451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6829f2
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
	.inst 0x1e300224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e203855
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
	.inst 0x5f66fcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e218978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6ef439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc950fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67309d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f9a903e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21012f
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
	.inst 0x7f2afc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea3d4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f713c12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2fc4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e647014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef1f455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee6d479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e22fdba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eefd53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0e813d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7101ef
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
	.inst 0x4e21a890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb1ec12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1d813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2aae14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e25e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6640d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620199
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
	.inst 0x9e6301db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f34955c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d6a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67383e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62423f
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
	.inst 0x6fcd9130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2201d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee19892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc21853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e616834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4e10d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2fb59ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e19d1c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2979f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0ca39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0d93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e75397b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0c0d7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e616b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0fb5f
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
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e24e4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcb9073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f33bd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e217815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee3d5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea2d6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2659d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42bd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f62fcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f66ee7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6669fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee3f43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef6c5bf
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
	.inst 0x5ea1b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f312412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f27b933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0c9054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fab1a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e242568
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea2cdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea19939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202318
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef9e4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2200bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fba19be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28c735
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
	.inst 0x9e230010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e641011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6300f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b2a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e198a08
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e660919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6300ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21bafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19c40c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1897d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e38e59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e605c9f
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
	.inst 0x1e2409d0
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
	.inst 0x1e300812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f05bcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e349016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a9d57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc69999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e39d4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0629fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79301c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e74ddde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25415f
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
	.inst 0x1e650120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70560b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f35e413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c48d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f819056
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
	.inst 0x1e223cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f8991d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcb58da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70ee1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20154a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee3c47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e77c45f
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
	.inst 0x1e620130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e711932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f31a233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f460e14
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
	.inst 0x5ea0ca96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e210047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b7a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f745c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6938da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e252abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ba97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e33c5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e61004f
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
	.inst 0x1e2029b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f7ce491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea19912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e43d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e68f534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f34b495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1f536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f122d77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21b9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61a9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02a09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2201db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6520d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e77087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62001f
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
	.inst 0x1e630190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f61a131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21c8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e380243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc89894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a2876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc059f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e70c4e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21a83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2cbd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f19fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2200bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a1c9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f2de4ff
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
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eaefd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e264052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1a9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcd1034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaac5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2c0996
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
	.inst 0x1e752120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0caba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c0fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2300fd
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
	.inst 0x9e2301df
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
	.inst 0x1e2dc5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e18c021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e20e4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb1e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7000c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e24dc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e631816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6cdd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f285118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e386a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f1950db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea7c67c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e616add
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e231b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7e3b1f
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
	.inst 0x7e70f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21c8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2100a3
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
	.inst 0x1e6008f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7101e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea18ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3802c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2141b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e67f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6ddd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66431f
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
	.inst 0x4ee8f470
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
	.inst 0x1e3039b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0c835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21c8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e623694
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f09a4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6621f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea5f57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66093e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b5a5f
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
	.inst 0x6e6de4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e19b8a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fa390f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7c3013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f680915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e589ce7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f23fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc298b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea6f63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6901eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21899c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e27e51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d295e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3609bf
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
	.inst 0x1e230130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6199d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2809f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea2c453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f23ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f268835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e213016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19d449
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25299a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2ee51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e64d63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7901ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ddebf
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
	.inst 0x5e23e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc91872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e217db4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6140d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e29e416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e0389b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2519f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e64ddda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f8a51db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee1d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b2a9f
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
	.inst 0x4e216890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e600101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c053
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
	.inst 0x6eb0c935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21a9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6442b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2901ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6926db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea5c5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6200dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30701e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e262dff
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
	.inst 0x0e2ddd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6108d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e69de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f8c1275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee6c556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e668817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e310068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fc618d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc5185b
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
	.inst 0x1e63017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7b083e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64000f
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
	.inst 0x2ea7c590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e365011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f042432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e712893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e272834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e65e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e303896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e760a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7768b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30faf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee2fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e646a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2198bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeef4bf
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
	.inst 0x1e755010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6e2151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e62fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fa55013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e642020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b2a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4f88d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a0a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e65fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61aa9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea1f51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21797d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3801cf
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
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4914b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0d9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e59b265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3121c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e222130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22d439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6801ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a495c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eecd43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c8bf
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
	.inst 0x6e63fc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6240b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e204a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e218a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fa79034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e692895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230157
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
	.inst 0x5f869179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e242130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6300fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e294b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021f8
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
	.inst 0x1e23c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e648851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e20c452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f805a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6300b5
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
	.inst 0x4ea0e877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f4bfd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62007a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21cb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eb2e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e28c6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f8c993e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fc4987f
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
	.quad 0xffffffffffff7b5d
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x07aae40f7dbec79b
	.quad 0x00000000000007ec
	.quad 0x59d5b4ac0ca97bd8
	.quad 0xffff66baa1096a42
	.quad 0xffffffffff9157fa
	.quad 0xc1ab262d00d8a6c0
	.quad 0x7fffffffffffffff
	.quad 0xffffffa3494fecb7
	.quad 0xfffffffffffffc9c
	.quad 0xfffffffffffffd34
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x00000000000121ae
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xc020800000000000, 0x954ea356ff800000
	.quad 0xc000d70000000000, 0x573254a52e38f8be
	.quad 0xa03da460ffb77aef, 0x74a58a123b400000
	.quad 0xf121703826f2e78a, 0xfff8000000000000
	.quad 0x53381478fbd8f286, 0x6d37ca93fffb039d
	.quad 0x2124e0c0f6e8b300, 0xef2192bb3ccec8c0
	.quad 0x41180000c7000000, 0x8080000000ffffff
	.quad 0x0000000044c00000, 0x7ff0000000000000
	.quad 0xd719972c8df3fe76, 0x03a9b0d70cdb43f2
	.quad 0x7978d4f1f2e7ff5f, 0xc6ee0ecdb99e4040
	.quad 0xff80000000000000, 0xccbfd74a651c7c45
	.quad 0xa9a4903cf842c280, 0x1d17670fd27cf21f
	.quad 0x0b93071230aa7f48, 0x3efc000000000000
	.quad 0x01f510f1f1601e64, 0x3ee30000bb994239
	.quad 0x3cb8cd3ac1258efc, 0xc02ffc83f226a8ab
	.quad 0xc004ff7bd65bb31c, 0xf1e5fb7f80000000
	.quad 0xfff0000000000000, 0x9ff499cc53d31619
	.quad 0xfd385b0e7ff6fcad, 0x5d35e93a01867c00
	.quad 0xcadf0b0cffb62fde, 0x82a6de71ec73992a
	.quad 0x4117200f41140000, 0x8000000000000000
	.quad 0x424530cd7f95e4e5, 0xfff0000000000000
	.quad 0x403266b3b502882b, 0x3ffffffe59b3707c
	.quad 0xd22533bbdffffffe, 0x0377ccf186872203
	.quad 0x9a959015ff86f8cf, 0xfea6418b00000000
	.quad 0x85568420fe4bf849, 0xf80abfceffc81260
	.quad 0xc2725fce00b7f45d, 0x0d03a511ab66feff
	.quad 0x7ff4ceec7ee80ecd, 0x60df5a36ffff7df7
	.quad 0x3db78fff8d234e7a, 0x424e991e81fe89f3
	.quad 0xfe48f072dbfcedfb, 0xd9eac4cd7ffb417e
	.quad 0xbfbf83661e06746d, 0xbf76000000000000
	.quad 0xff939e42ed3834e0, 0x39c8f636fff54f71
	.quad 0x9062dda5ffe6b3ff, 0x42864e5eff800000
seed1:
	.quad 0x15ca5c27c7fd62f2
	.quad 0x0000ef53b9b35eb9
	.quad 0xf99533fb119452e9
	.quad 0x01f6c5aff2ad3a9e
	.quad 0xfffffe71f50b5025
	.quad 0x0000000004357d3f
	.quad 0x82e3a586de87b1fe
	.quad 0x0000000000000005
	.quad 0x0002d0b061a0e8b6
	.quad 0xfffffffffffffc73
	.quad 0x0000001fc9f21172
	.quad 0x0000000000000001
	.quad 0x000025ff102e5c05
	.quad 0xffffffff80000000
	.quad 0xd1bf7b557b0a41b5
	.quad 0x00000000000001f2
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xf5bd9ce9a3dc450b, 0xb4c2be9deffffffe
	.quad 0x771a60249257c880, 0x4013000000000000
	.quad 0xff3d111484d971e2, 0xd9f06b27411c0000
	.quad 0xfff8000000000000, 0x1200ca087a828e86
	.quad 0xaba72849217e336e, 0x3fd7ba07184e4550
	.quad 0x4b41b92bff23dadd, 0xcc718ac472fdfc00
	.quad 0x400bfaf63ee3b288, 0x661c4a18ff76f13d
	.quad 0xc018000000000000, 0x0000000000000000
	.quad 0xdf800001bd3b0000, 0x7f800000ff134b0f
	.quad 0x308e9805b7ff5d2f, 0x7ff6383bb10701eb
	.quad 0x000ff51b213340ad, 0x400048efc196c8bb
	.quad 0x7ff0000000000000, 0xec42c01a80000000
	.quad 0x0040000098d91f8c, 0x9daa94b7a963994f
	.quad 0xff980fdc774e55d6, 0xfff0000000000000
	.quad 0x867c235f278b265b, 0xc390000000000000
	.quad 0xb1113aa0cd2d7e52, 0x85bed6b63df3cea9
	.quad 0xf10c79d3fe800000, 0xf9a4c88900e5ea04
	.quad 0x4050000072e95d32, 0x456a751d007fffff
	.quad 0x8000000000000000, 0xff7fffff7fc00000
	.quad 0x724e687537cf8000, 0x0009b75ada69bfcd
	.quad 0xe4107316c995bbb2, 0x82b4260e7f8a75b9
	.quad 0xb8640a213fbe7fcb, 0x9b687386d38bc006
	.quad 0xc100000000000000, 0xed3068de1cef71cd
	.quad 0x55a39314cde07d85, 0x0901d29680000000
	.quad 0x8008000000000000, 0x10b599ecc6f8b000
	.quad 0x5aee76f047217e00, 0x6663f9218c90fd02
	.quad 0xc0187f332c9f6e75, 0x3f08cce0ccfa0000
	.quad 0x3fe8000000000000, 0x40500000bd980365
	.quad 0xbf911089aef9546e, 0x36e55d3c113d7c00
	.quad 0x69f1a36ef5b06ee0, 0xacbcb3b47fe1befe
	.quad 0xff87baf10cde445f, 0xc3fffffffffffffe
	.quad 0x470000017f91fbf9, 0x8a420db1969a7d16
seed2:
	.quad 0x0000000000000356
	.quad 0x00000874476478f9
	.quad 0x1f7c22d74ff2648e
	.quad 0xfffffffffffffca5
	.quad 0x000000000003ea0a
	.quad 0xe41ee4a8bfa3c608
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x000000000000000a
	.quad 0x0000000000012e2e
	.quad 0x1dcac84da2120f7a
	.quad 0xd4d150e32919399b
	.quad 0x0000000000000335
	.quad 0xfb734c13d707b0a6
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xfff78631bd89c952, 0xc367f14c9b50a9cc
	.quad 0x6c37396bbfc00000, 0x36edaed0febbb9ee
	.quad 0xffb621a9fff9b65a, 0x65f2ced7a210ddca
	.quad 0xfff14e3e7a4cb4e7, 0xbb6000007f800000
	.quad 0x329fa43bdfad7d5a, 0x75410d0aff800000
	.quad 0xc32b675700000000, 0x2e2da9acf7ffa67a
	.quad 0xae873d65c33f96c9, 0x41be032fbf9272cf
	.quad 0x5fed506dd978a457, 0xf52da0143d7a4c38
	.quad 0x3fa966c2525f0a30, 0xcf7fffff3e507760
	.quad 0x380bc9a693094f5a, 0x015060ff1efd4e02
	.quad 0xb834e29a4dae0001, 0xffd3820000be6c85
	.quad 0xc8e983a00c45be00, 0x4fe29f917f800000
	.quad 0xd183c898affeb57f, 0xdfd1ceae40900000
	.quad 0xf9fd966ffffd99bd, 0xc0e1d5126d74abdf
	.quad 0xff9403077f5719da, 0xdce6dbf4acb871d8
	.quad 0x685ae11115bee313, 0x73b2dd1582f2e218
	.quad 0x783752fcff800000, 0x4252a7c5fd7f7f71
	.quad 0x40315ced0a8c44e5, 0x45e13893d35dffc7
	.quad 0xfd998b096a55d6ca, 0x7941815b9a39c000
	.quad 0xa803d28bff310000, 0x00d60aa5d5419edf
	.quad 0xec9fafd383127c46, 0x8f90765f74f6e8ac
	.quad 0x013ae8e0ffeb73af, 0xffb87ab4841eb88a
	.quad 0x7e800000c3a52f86, 0x1bd2cd7fc2459bd6
	.quad 0xff8000009231b74a, 0xff8000007fc00000
	.quad 0x3c86abb15f81ab23, 0xbbf923c981000000
	.quad 0x7fc00000ff85e5af, 0x7ff0000000000000
	.quad 0xc3fffffffffffffe, 0xfff6326bb88e9e7b
	.quad 0x408be00000000000, 0x7fa8e5e6ff923d2b
	.quad 0xb54adb725a56eb08, 0x3589536312b27e00
	.quad 0x7ff0000000000000, 0x00000000df000000
	.quad 0x3d0059427fffffff, 0xb851c251bc0bf3e4
	.quad 0x4230b598374efe7c, 0x111c5993aeca1d67
seed3:
	.quad 0x1d06ff82f0cb9484
	.quad 0x832633b61d5e0ecb
	.quad 0xd5ff29c0e8a0afd4
	.quad 0xfffffffffffbcd08
	.quad 0xffffffffffff9301
	.quad 0xfffffffffffffd5c
	.quad 0x79bb4ae84ea4dbcb
	.quad 0x000417b38cb7c287
	.quad 0x01d034deaa1de1e3
	.quad 0x8000000000000000
	.quad 0x0000000000000011
	.quad 0x0000000000000015
	.quad 0x0000000000000000
	.quad 0xffffffffffffff22
	.quad 0xfffffffffffffda3
	.quad 0x0000000000000001
	.quad 0x02800000
	.quad 0x10000000
	.quad 0x8000000080000000, 0x00067371ff800000
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xd512c57ce59f7c45, 0xbf90fcb57ff45047
	.quad 0xf0819a5067f6491a, 0xff0d701d4886531a
	.quad 0xe7b87f4721805210, 0xff800000c071ac52
	.quad 0x18bc774affcfcfbc, 0x5aee4e66cca8fd09
	.quad 0x437797ad0067e530, 0xf080983761f0fe00
	.quad 0x000746105f13737a, 0xa26dd83cfdcc7832
	.quad 0xbfb13932e7e53472, 0xff855ba467b50000
	.quad 0x1358033bc0000000, 0x68015e6b4748d192
	.quad 0x0000000000000000, 0x7ff8624f841ec0d3
	.quad 0xc000185e6b9eb4f8, 0x7ff8000000000000
	.quad 0xc1859217c1620000, 0x43e0000000000001
	.quad 0x000cfe93343a5851, 0xfff8000000000000
	.quad 0x4866eeaabffffffe, 0x8926fe6023ee7800
	.quad 0x9b39904c92f8bcd8, 0xb454318d3bb600a5
	.quad 0x91e3ab58ff866976, 0xeb5d10af5f3805ad
	.quad 0x4ea8c67f7fa73244, 0x7ff8000000000000
	.quad 0x825cc69f8ceb8e3a, 0xc6c0000047480000
	.quad 0x8317410e905f2693, 0xbcb2861285553f94
	.quad 0x7fdd8110d9fffffe, 0x6330aa81b682fe00
	.quad 0xbfa79977a9c9ec71, 0xffb6c5b94330dca4
	.quad 0xbf9937d31f993a4b, 0xffb43fae003504cb
	.quad 0x36f4633bfbdb574f, 0x574227caa57fbc00
	.quad 0x145fda48ffe2ff6d, 0x8010000000000000
	.quad 0x401b000000000000, 0xaf64b3f8608f8526
	.quad 0x11ca367efcdcfffd, 0x0040000004cb616a
	.quad 0xff172e717de6eeba, 0xfe3c7ffcc297a070
	.quad 0x75842b7464f755a2, 0x861deaba45218000
	.quad 0x54e6b2a9866f0000, 0x8000000000000000
	.quad 0x1024fe4da9921e34, 0x000000007efb66b9
	.quad 0x352f031f56843f56, 0x4d938e5dcf7feffd
seed4:
	.quad 0x1487ef13b9b92045
	.quad 0xffffffff457afb0a
	.quad 0xffffffffffffffff
	.quad 0x0000039039917a83
	.quad 0xfffffffffffffc3b
	.quad 0x6f13128896ad5422
	.quad 0x0000000100000000
	.quad 0xfffffffffffff913
	.quad 0xfffffffffffffe44
	.quad 0xc70740329f1c9cb9
	.quad 0xcb0df69a28d88664
	.quad 0x000000080868c272
	.quad 0x90545e650140eb9f
	.quad 0xffffffffffffffbe
	.quad 0xffffcee97e802e7b
	.quad 0x000000000059234d
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0x0004ed4f524746bd, 0x05e3c41ce51d4f18
	.quad 0xf3136e693fddf9fc, 0xc01c000000000000
	.quad 0x68d0594980000000, 0xcd398ed8fa9f7c00
	.quad 0x8bcc14499cf98000, 0xf60f2b64c136d943
	.quad 0x18462db7c0385876, 0xe427dbb0cb9fe015
	.quad 0xf61585fcf77ffbc9, 0x03c5ad0db5fe7800
	.quad 0xffb4e6cbbc900000, 0x1e44412e402b47c0
	.quad 0x80000000ff800000, 0x000000007a06add3
	.quad 0xbf733d0f8dd39f5b, 0x00041263053ea50b
	.quad 0x43f0000000000001, 0x25f8dc2fc25034f4
	.quad 0x3f7101fd56e4841f, 0xffc00000007fffff
	.quad 0x7fd32a617fc00000, 0xc00c000000000000
	.quad 0x7fc00000ebd60824, 0x3ede7eb2bf800001
	.quad 0x7ff8000000000000, 0xfff707831f7c311e
	.quad 0x7f7c9f3cce198ee1, 0x4114000070accf52
	.quad 0x653fbc31e274de60, 0xaec26a4aabe281d5
	.quad 0x809c8052010bb7f4, 0x857b2e1191e484e3
	.quad 0x7c54236effeffd1b, 0xd53a6433be165f6e
	.quad 0x46e2dbab88db5f46, 0x1ead766a87f7beb2
	.quad 0x8000000000000000, 0x4120000000000000
	.quad 0x35aed9e9e5e90f5d, 0x6fa45f7c9752264f
	.quad 0x3d5d86a9ffc3f8bd, 0xe8c052d5fdf9f7fd
	.quad 0x7ff8000000000000, 0x16d0df1dc8fc371a
	.quad 0x3db0d0e494eae942, 0xc09000008110c9b8
	.quad 0xc012c02595d3fdf0, 0x7fbce5dc47a35ac0
	.quad 0xff150894aa67e88c, 0xc4db1f69dc4a2af1
	.quad 0x171b82d45c8cff94, 0xc1c1d42940200000
	.quad 0xcfbe4b6b4d9ffc00, 0xa8723ec9e7b4d17f
	.quad 0xc0132b30090c9d3b, 0x3f80000100000000
	.quad 0x00000000ff85b61e, 0x0000000000000000
	.quad 0x933f592e80000000, 0x83512902fb7e793d
	.quad 0x3fb26a0298f64a45, 0xc0748567514ee700
seed5:
	.quad 0x7d6fd815b5fe5376
	.quad 0x65c9d7cfa337a3fa
	.quad 0x0000000080000000
	.quad 0xfdba40c00c05e946
	.quad 0x8000000000000000
	.quad 0xf7a5f5f3f5c4d7cf
	.quad 0x00ef42b0f45843d9
	.quad 0x02b722b153c1ef5a
	.quad 0x0020000000000001
	.quad 0x0000000000000236
	.quad 0x29df3b3b8512e575
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffde2
	.quad 0x0000000000000970
	.quad 0x0000000000000041
	.quad 0xd5bd47882aaf4eb0
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0xc05000007fc00000, 0x5353473dfeffffff
	.quad 0x002fffffffffffff, 0x47b22769bf3b7b00
	.quad 0x4fffffff7f800000, 0x82282ba1fb01f29d
	.quad 0x261262409b3cba00, 0x2bcc4728aa7afebb
	.quad 0x7fdc482b57a5b87b, 0x4e80e387807fffff
	.quad 0xe623df8abd9fecfa, 0xfd03cea31cc9bea7
	.quad 0xbf948dca9c89cfdf, 0xa4e10c7498b37f7f
	.quad 0x8dfcb7c0f0ef9fdd, 0x5c20a59617ba0405
	.quad 0x40779464836889c1, 0xc6d551d6fac246c0
	.quad 0xbd4fd0febda9c1fc, 0x4000000000000001
	.quad 0x45a6815f7f217e00, 0x3de9c81cff800000
	.quad 0x36b00000c11c0000, 0xc008000000000000
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x3df900001938f6a6, 0xfa6b7e810036b10b
	.quad 0x84beea8e47937c00, 0xb688c720ff7b8235
	.quad 0x00b2079d627a487c, 0x1e38e87c1b65d41c
	.quad 0x0000000000000000, 0xf53aa323199db2da
	.quad 0x2254f048c04864f6, 0xc0fffffffffffffe
	.quad 0xdb6abcb07ebb3cd7, 0x6a8c7952fcbb5fc8
	.quad 0xa1ed577b4ffffffe, 0x3fceb793bfbf18a2
	.quad 0xdff103f21173f504, 0x3f10000000000000
	.quad 0x9892dfe3c348e893, 0x0028470476ccaabb
	.quad 0x4014e2cbffe470b2, 0xf78dea831228a75f
	.quad 0xc0737540f714a75f, 0xf8c04d2700000000
	.quad 0xff7cb592f227b43b, 0x2f6dd875ffc00000
	.quad 0xbf0000007fad69c0, 0x40316df9df6c3de2
	.quad 0xc4b2f09cc9fe0000, 0xdf0b529cffde27fe
	.quad 0xc010000000000000, 0x0004a24c7fb6b577
	.quad 0x7bc15998ffb21cba, 0x800000003fd7a139
	.quad 0x825c802286229fcc, 0x47a416e0b64e08a3
	.quad 0x80e30629b2ffffff, 0xa6d9e9937ed5ffdd
	.quad 0xa0fdfa8b11a37c00, 0xfff0000000000000
seed6:
	.quad 0x00eac130976ea1d8
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffe
	.quad 0xfffffffffffffc6e
	.quad 0x000000000000029d
	.quad 0x0000000000015df0
	.quad 0x00000000018d90c1
	.quad 0xffffffffffffeb7b
	.quad 0x0000000000000397
	.quad 0x0000000000000001
	.quad 0xffffc7d1abae0c2b
	.quad 0x0000000000000000
	.quad 0xfffffffffffffec6
	.quad 0xffffffffffffcd54
	.quad 0xffffff27cb907c72
	.quad 0xd432330f217d1837
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x7ff0000000000000, 0x8028c5db8263eda9
	.quad 0xfdbede747493355e, 0x40f8000000000000
	.quad 0x7fdfffffffffffff, 0x472800007e86cc90
	.quad 0x6344b51641ee8200, 0x7ff41c034dfd4f42
	.quad 0x790b5225d7a72825, 0x3fb4b6210321ab08
	.quad 0x41f1941fff355304, 0x470000018bb0e608
	.quad 0x4013000000000000, 0x8571233aff5ffe6b
	.quad 0xf2d2da856ffffd09, 0x44c000003dc9127e
	.quad 0x8ccaa395a2cc8200, 0x42523c3b7d904300
	.quad 0x796dc07a48400000, 0x809716e0f12efe77
	.quad 0x80459df0fe800000, 0x6b0cf9531b7fffff
	.quad 0x936faff1bf0b1330, 0x1a63baf2dbfc0080
	.quad 0xb809446f172ffd2a, 0xaf56f97d1e0b02bd
	.quad 0xadb981e09bb00000, 0xcffe31b46ef1e125
	.quad 0x9ef76c444bd3b98d, 0xbae00000ff800000
	.quad 0xffb3b7c493ce37bc, 0x2c5004a3f3eff773
	.quad 0xc00e000000000000, 0xffa7824b1b6a76d4
	.quad 0x7f98c10a82354970, 0x738552a75c689bc0
	.quad 0xc0d8d1147dd07c00, 0x00000000b5ac8000
	.quad 0x0286284816855296, 0x41f6057f410e0000
	.quad 0x7faba2f8802ddf9e, 0x7284e2e750caa994
	.quad 0xc279dc0b7fa39ed5, 0x403ba8fd1b8ebc34
	.quad 0x802fffffffffffff, 0x0000000000000000
	.quad 0xbfb03018bdbd09ae, 0x3cf0dd62bcca7bd1
	.quad 0xffc000007ffdf891, 0x7ff29c9086868e30
	.quad 0x7f5b79eedc4d837c, 0x49d4b13a1e5c3c00
	.quad 0x108725da7f800000, 0x38c24dd8dbd19c21
	.quad 0x0723cfaefee4fdfb, 0x25663263bd333ffe
	.quad 0x9ca1855186f1e794, 0xde7ce4d7fdfbc57a
	.quad 0xc071021c6c5550a4, 0xfff8000000000000
	.quad 0x086c7ec6ffc00000, 0x401bf94d9f2b3800
	.quad 0x3f9791c391d2ed1f, 0xc2c1b28a4364df86
seed7:
	.quad 0x073358001621cee2
	.quad 0x0000000000000000
	.quad 0x000003d1c465c022
	.quad 0xfffd8a70f1294bbc
	.quad 0xfffffffffffffe3a
	.quad 0xfffffff8837f3601
	.quad 0xfffffffffffffe62
	.quad 0x0000000001000001
	.quad 0x00000040aec96e91
	.quad 0xf66f92d3b185ebb5
	.quad 0x708d60cab7b44498
	.quad 0x171f6c2f7a9b61a2
	.quad 0x0020000000000001
	.quad 0x0000000000006684
	.quad 0xfffffffffffffccb
	.quad 0xe7f20dcd7ae4c51c
	.quad 0x04400000
	.quad 0xe0000000
	.quad 0x203b4423febefff4, 0x8008000000000000
	.quad 0x9e0cad95c1ee919a, 0x57c0373cbf600000
	.quad 0xdf000001ffc00000, 0x001d554d638f2d90
	.quad 0x0cb4648cdfdd5cfa, 0xfff7fec1a7f911a9
	.quad 0xc0b40000b7780000, 0x89e823ff05cb475f
	.quad 0x4780000040acc5ef, 0xc56dd38569446abc
	.quad 0xf06b360bbec21de8, 0x54e265305025d30f
	.quad 0x763b2c74fffa3bf4, 0xc3effffffffffffe
	.quad 0xd32a41b82797fbbb, 0x403348fbab091c74
	.quad 0xc2eb0000ee9c7f2f, 0xfff0000000000000
	.quad 0xe51d67789ec80000, 0xf56838cf63c39ce3
	.quad 0x8dfb9b5e3e7346f4, 0x6f2dc9563a23f800
	.quad 0x3d600a396d4e35ea, 0x809f9e0b9e6efdef
	.quad 0x3fb6800000000000, 0xb742575851d0e4f5
	.quad 0x4a739a1bf8d4756e, 0xffc3cf2a0f41e878
	.quad 0xbf09f09e8a8b384d, 0x184e516f0ae14400
	.quad 0x5426d98f4a9882a8, 0xeaf54e1d7ff1d0fe
	.quad 0x80085da03d4ad8af, 0x74c5586fcfea0b29
	.quad 0xbd4619081d442722, 0x8000000000000000
	.quad 0xf988aade223548d6, 0x7054f248426bd24d
	.quad 0x803e98c2fcd77954, 0xd165b8c3fdd76afd
	.quad 0x81605bd6f4fdd731, 0xf4c2e0659ab20119
	.quad 0x3ffcd51edeced554, 0xffffa04b3d0a34fc
	.quad 0xedddf28b8efdbb00, 0x6fc00a1e003dbef6
	.quad 0x0235c28444d8306c, 0x4004000000000000
	.quad 0xbf3f685a5ffffffe, 0xe86d2649b2b7fc00
	.quad 0xd70c816a10868000, 0xc02d100000000000
	.quad 0xa4f92d5fff945c40, 0x523f64988411fc00
	.quad 0x80000000a1f14999, 0x0000000000000001
	.quad 0x0000000141fc0000, 0x795ba5b9ffdf7eff
	.quad 0x3fec8baefe230f98, 0x41000000914aaaef
	.quad 0x405346bea29c8383, 0xf957ce71bfecfe44
seed8:
	.quad 0xffffffffffffffd9
	.quad 0xffffffffffffff72
	.quad 0x5982e1dd1042d768
	.quad 0x0000000000000008
	.quad 0xffffffffffffffdf
	.quad 0xffffffffffffd811
	.quad 0x615a8cfa82add344
	.quad 0xffec1dc5e1b0e7d7
	.quad 0x74f0f2e57e8c338b
	.quad 0x0000004954b18001
	.quad 0x0000000080000000
	.quad 0x00000000000000e9
	.quad 0xffffffffffffff99
	.quad 0xffffffff80000000
	.quad 0x1f7907a5e89616d7
	.quad 0xfffff29bda9b1979
	.quad 0x04400000
	.quad 0x40000000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xb810d7f30385eabf, 0xd85eebc9469d0400
	.quad 0x843a5847b3487e1e, 0x51e25c3bffffff33
	.quad 0x5a126f697efddff0, 0xb85f88215331c66f
	.quad 0xc008000000000000, 0xa6da9492cd513f80
	.quad 0x7ff8000000000000, 0xfff6fc73df249df8
	.quad 0xf7ea1c604a4b0303, 0x87fadf1ed6394dc0
	.quad 0x4016000000000000, 0x7f80000042ea8cbd
	.quad 0xc015000000000000, 0x3fc9e00000000000
	.quad 0xd4d856cb3a6ea37b, 0xc0424689baeee7d9
	.quad 0x0fcbd60d7b0931f8, 0x2fc4c98a7ff67eac
	.quad 0x5b9d123b132a8400, 0x3239cee5c1e62d6c
	.quad 0x6992d5cece7cc9ea, 0x55486470ff6efc00
	.quad 0xef02c84a81000000, 0xe33bb738c2725810
	.quad 0x3f1f18e87fc00000, 0xede981b4cf9c3f01
	.quad 0x0000000000000001, 0x41e0000000000001
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0xc01593a7986631a2, 0xbf58ab18000aec23
	.quad 0xbc460000805b9b9f, 0x77291691670c1e27
	.quad 0x0099c0baeefe39d8, 0x7f8000008be3a27e
	.quad 0x9212f4d2926e1feb, 0xc3304d23fec201d3
	.quad 0xbf939668929f1788, 0xdf8000003e4cb2d1
	.quad 0xc700000180ffffff, 0xbee800003c468be1
	.quad 0x42ea8e797fa64754, 0xfedc844954880745
	.quad 0xc340000000000001, 0x4f035953ffcfffff
	.quad 0x973d6bbcffc00000, 0xc2b80000b8d90000
	.quad 0x4028a71beb0a8691, 0xff901ff27fbfe664
	.quad 0x800b0c470e01fced, 0x40071d23a1c51dc7
	.quad 0x9e230ef7d7d882bc, 0x65e6666effd3cc70
	.quad 0x75d9a682fcbb8780, 0x3f8ed199fea4d65c
	.quad 0x1a2fefb049797ba0, 0x4008000011e60f59
	.quad 0xa1a9c981e7c8a9ad, 0xfa01989cffd5aeb3
seed9:
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xaac21b73e2c6c452
	.quad 0x000000000000008d
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe43
	.quad 0xfffffffffffffff7
	.quad 0x88d6e0ffd83b9733
	.quad 0x5822490a90eaa48d
	.quad 0x00000000000000d6
	.quad 0x0000000100000000
	.quad 0x2dd8f3aae2c887c8
	.quad 0xffff0e1b3631ec6b
	.quad 0x811220fc95544f29
	.quad 0x0000000000000079
	.quad 0x4528a087b6d83efa
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x3767429fbe6bf01b, 0xa30a1194ff9c8000
	.quad 0x7fdb89557f810dd2, 0x1247a6b140e3032e
	.quad 0xf36f7026f8328000, 0x4a6eac22e43f148c
	.quad 0x80ffffff7e6c94c5, 0x7bf781aafcbfbfdb
	.quad 0x7ffbfffc42c6bc14, 0xc021800000000000
	.quad 0x42c6b1ca98f6fd7e, 0x7f8a659d82899322
	.quad 0x38a887209275c300, 0xc01668cf16279e98
	.quad 0x4b94030d2f30a7f6, 0xb79000007ebac7e5
	.quad 0xd2562daeffffffff, 0x40d000003f62d685
	.quad 0x62abefc8fff33dfc, 0x4d5478ffa2aef800
	.quad 0x84e900007ba9fe2a, 0x0bc23e6dbfec0000
	.quad 0x955e002b461ec407, 0xffdd7d63843d0ae0
	.quad 0xc05bd558aafa148d, 0xcc3f294476df77ff
	.quad 0x3f68000000000000, 0x3fa1c9c2504faba8
	.quad 0x001a3f57341060e8, 0xb2838aecc9bd2cb3
	.quad 0x40f0000000000001, 0xd16231be3ff7f2fe
	.quad 0x4f5a7b397f07d4e8, 0x402fed6bc1a791ae
	.quad 0xfcbc8c5780000000, 0x3d2e947cffccf4ba
	.quad 0x425ec44078635370, 0xda1367a600c21433
	.quad 0xfff63bb416c0740c, 0xc006000000000000
	.quad 0x40e9e66a00000000, 0xfff73a9df4716102
	.quad 0x8000000000000000, 0xaa7ecdeb4cf1a66e
	.quad 0x4110000081000000, 0x5c49f9a58dfffe71
	.quad 0x000fffffffffffff, 0xb31b3a7898d1fd16
	.quad 0xcf2ad93cbf5cfeef, 0x16349680fff7fffd
	.quad 0x3f9000003bc1697c, 0xbf800000ff800000
	.quad 0x411d400000000000, 0x2166c823d3ffffff
	.quad 0xfff8000000000000, 0xf516d23f40a80000
	.quad 0x7fefffffffffffff, 0x800fa532f0ce6c80
	.quad 0x0000000000000000, 0x9cf94df8fca73892
	.quad 0xa44688fd8b7ffc00, 0xffc000007fc00000
	.quad 0xbf81c00000000000, 0x22f923bb09708305
seed10:
	.quad 0xf98d60d7014e125f
	.quad 0xfffffffffffffca0
	.quad 0xfffffffbb99e8744
	.quad 0xd1ca6e0664c86210
	.quad 0xb0a474c9e187f947
	.quad 0x4c4e32796cc12efd
	.quad 0x0000000100000000
	.quad 0x2f7f8b8023ebd4d4
	.quad 0x653f23eb6252aed6
	.quad 0x0000000000000089
	.quad 0x000000000000014b
	.quad 0x0000000001000001
	.quad 0x6c76c6b3a5428591
	.quad 0x59ca9c76765a9d05
	.quad 0x0000000000000003
	.quad 0x0000000000000399
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x40742f81839c68a0, 0x51c362d36efefda3
	.quad 0x3fac290edb908415, 0x8010000000000000
	.quad 0x7ff2ce072308da1f, 0xe4597c1c7bf77c08
	.quad 0x47fffffe00000000, 0xd49ba4d2fc45c9af
	.quad 0xa5c95d0e407ca4e8, 0x8357568069041844
	.quad 0x41784b357f000000, 0xff8edf1aef798a11
	.quad 0x3f8665453876f408, 0xdfffffff80000000
	.quad 0x00a5f9c14af48e83, 0xc07aa47aaa65a21a
	.quad 0x00000001bbb52ca9, 0x3c800000c0b00000
	.quad 0x071b52a77a3ceba8, 0xffcae3f115c27088
	.quad 0x048811e164ba9e89, 0xc72d70fc7fbea072
	.quad 0xe79072b50383fc00, 0x3fe4000000000000
	.quad 0xc0e0000000000001, 0x12998b264e774680
	.quad 0x7177d8b69609da67, 0x7c8cde796ea3fc00
	.quad 0xf4fdd6e97fb1bfc7, 0xecfdc5927ff37e87
	.quad 0x3cde55fdffb5fdff, 0x80ae688a67057574
	.quad 0x4084b00000000000, 0x41886ff13fb00000
	.quad 0xfff5987f3ffffffe, 0xfef264974b9e1b64
	.quad 0x2d5b1ffcdeffcf5e, 0xd7257abfd1114e19
	.quad 0x4022a644186f1134, 0x35f78000815810bf
	.quad 0x804b36c47f800000, 0xafbc216a51e686bf
	.quad 0x67ba4b7ab1d8cff6, 0x9bfa964b7fc00000
	.quad 0xd7b26a89664ef8df, 0xdad517736293f221
	.quad 0x4710f78800000000, 0x6a15497be7ddfb5f
	.quad 0x274858406192f900, 0xc835637fed16a838
	.quad 0x2f21deecf6f5ff67, 0xff800000c77ffffe
	.quad 0x162249a894c02e32, 0x7f80000000800000
	.quad 0x0f2181c84101131c, 0x860f75adfda35734
	.quad 0xfff0000000000000, 0x84fd04f5805b1bd0
	.quad 0x1f8ff8455d4a1d73, 0xbfda4c7aaa86010d
	.quad 0x7ff8000000000000, 0xffc0000047fffffe
	.quad 0xc0078fc35e86a865, 0xc0e0000000000000
seed11:
	.quad 0x09ee512f5d0bf32f
	.quad 0xfffffffffffffdb7
	.quad 0xffffffff80000000
	.quad 0x6e0c2ee63b431cf7
	.quad 0xffffffffffffff1d
	.quad 0x00000000000000cc
	.quad 0xfffffc80c35e106f
	.quad 0x0000000001000001
	.quad 0x00000000000000b9
	.quad 0x000194bf4906bc3c
	.quad 0xa1ecaa761d844a4c
	.quad 0xfffffffffffffeb5
	.quad 0xeef63143c0d44aef
	.quad 0x3febe8ded2f2f2d4
	.quad 0xfccdfd56d5352d9f
	.quad 0x49522a49597c953f
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0xdb00bea99e6bfffb, 0xf59ca3b9ffef59ff
	.quad 0x7f9ae66fc1421cff, 0x7221a4d7acf7d496
	.quad 0xc0e0d38d477ffffe, 0xc02fac0e80000000
	.quad 0xa5d2de22faf7fd05, 0x2e555864c3057f6c
	.quad 0xc1225b50c19e8a71, 0x3f99f8c145faa5f8
	.quad 0x3889bec7d5e1a84a, 0x00a6764b303620b8
	.quad 0x406bc00000000000, 0xbe7600005ffffffe
	.quad 0x707bb5be7ffb8000, 0x80000000f42846e1
	.quad 0x12e9653600000000, 0x51be1d857f8c65cd
	.quad 0x7f80000080800000, 0x46322f885cdff7ff
	.quad 0x0000000000000000, 0x754b297ecba90176
	.quad 0xc77fffff7c88fb7b, 0xbd2f24ad41140000
	.quad 0xdbfa6b83a0838978, 0x4031105ef7befeff
	.quad 0xbfbfcd9fdc54a143, 0x400dc9a81efa9dee
	.quad 0x80ed00c71350aaf9, 0x4ac4dad17c710207
	.quad 0x73d30ee416f67c00, 0xce77f5c28de24679
	.quad 0x000fe682ac4ec50b, 0x417519ca402c0000
	.quad 0xffc00000412e0af8, 0x7fc0000042902cd3
	.quad 0x6deb58d47fc00000, 0x24cff747e55802c9
	.quad 0x816ba1284ae789cd, 0x8000000000000000
	.quad 0x8ef6cd1a5acc317a, 0xee132d02c0280000
	.quad 0x4d6652f3f8e2adc0, 0x7e56ce01507b0345
	.quad 0xbb9e0000bd5aeabf, 0x7eb2556604c8700f
	.quad 0x0000000000000000, 0xc137000000000000
	.quad 0x7f800000f9996dcb, 0xc0f813a8ff2e1a0a
	.quad 0x8000000000000000, 0x007edcb0001f0b60
	.quad 0x7fdcd295fb2eb0e8, 0x98c06e1daf5e50fb
	.quad 0xffbf9d87007ccd34, 0xff000000ff800000
	.quad 0x0020c06c58000001, 0x2e50046900000000
	.quad 0x7ff46827cf21fad7, 0xb6ef418d80000000
	.quad 0x7fffe0ee3d5e1613, 0xff8000003e5d7f6c
	.quad 0xc341e6e1ffc00000, 0xd7f294d319b1fba9
seed12:
	.quad 0x0000000000001308
	.quad 0x816829fca41bf87d
	.quad 0x9715ba221111e276
	.quad 0x00000001dd6bcda2
	.quad 0x9b51c9a352d36ff9
	.quad 0x000000000000018c
	.quad 0xffffffffffffffff
	.quad 0x91179d6ef8b88be9
	.quad 0x0000000001000001
	.quad 0xffffffffffffff7c
	.quad 0x00000000000002f8
	.quad 0xaea224c627440d94
	.quad 0x00000000000000ec
	.quad 0xffffffffffffff6b
	.quad 0xfffffffffffffdde
	.quad 0xffeb4813d62d0c09
	.quad 0x06800000
	.quad 0x20000000
	.quad 0x00d2d7c3c0d80000, 0xcb39b86eb2781c19
	.quad 0x3fb91c5fd9eee9fb, 0x8096df7b9c44397f
	.quad 0xb75a064c0fe66974, 0x24faaed157d241c0
	.quad 0xc11c00003d7f6713, 0x3f8435ed28459e7b
	.quad 0x403cc2c3f8b6678b, 0x8000000000000000
	.quad 0x814d47cea197a5f5, 0x7ff0000000000000
	.quad 0x3ec5a4ea80000000, 0x8ac1e79bff800000
	.quad 0x3f8a5aee81585e7d, 0x1f9c168cef8e57f6
	.quad 0x3f16fac000000000, 0xfd9fbceb9783b62b
	.quad 0xfe353af2a6396fed, 0xff800000b7d48000
	.quad 0x181d75c506650200, 0x7f800000ffc00000
	.quad 0xfff8000000000000, 0x4a84d13a0e14d4a3
	.quad 0xff800000c22d7a55, 0x04014ee87d670000
	.quad 0xdfa5ef1f69c069d8, 0xde8ad70ae233c740
	.quad 0xbbe3c72e1959bcf2, 0xffc00000cecfa410
	.quad 0x3f7e749451194fd6, 0xd8953e92fff7fb3b
	.quad 0x159b7da9737dfffc, 0x4017000000000000
	.quad 0xfff44fdd5360cb84, 0xeda7cf69ffb31b15
	.quad 0x9f1fc235ad8f74c9, 0x3f8196e4b5f4c900
	.quad 0xd4f08e053fcfcf6b, 0x5ee3a7acf18a5f8c
	.quad 0xf95f98220fec5b04, 0xfe3b33c8bf77fcf7
	.quad 0x80176120e253d1b2, 0x7f800000f0d45134
	.quad 0x20154d1bfdca8314, 0xc2b2e9a5424725c3
	.quad 0xc06c452b78ba00cd, 0x8008ebe2efd8140c
	.quad 0x7a79a4676bd5fdbe, 0xc046bb865fc9957d
	.quad 0x817fffff01e3c68e, 0xf715c23cdcb88400
	.quad 0x110b6e776d6a1c5f, 0xfff0000000000000
	.quad 0x7f8000008f48e6d2, 0xc32618c1865fa37d
	.quad 0xfff0000000000000, 0x4007e05891f6b9fd
	.quad 0xb436cd110e523f8f, 0xc0cc0000fd8c9bb1
	.quad 0xffebd83016b950d0, 0xffe206d6284f0c90
	.quad 0x0000000000000000, 0x7f8ff78dff800000
seed13:
	.quad 0x00000000000003a6
	.quad 0x0000000000000054
	.quad 0xc3852f27d2df7a26
	.quad 0x0020000000000001
	.quad 0xffffe605a5b0df5b
	.quad 0xffffffffd38b5803
	.quad 0x8000000000000000
	.quad 0xffffffffffffff3a
	.quad 0xfffffffffffffccf
	.quad 0x00000126d73d1799
	.quad 0xfc44e510134d0caa
	.quad 0x95230f805d3cf72b
	.quad 0x8107f1700037480e
	.quad 0x69ec0887ece1a1ec
	.quad 0xfffffbe0e6d7baee
	.quad 0xfffffffffa806f43
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x80000001fe1597d6, 0x7ff0000000000000
	.quad 0x8296bbd1c75d0000, 0x6ca8a25fcf7fbbe4
	.quad 0x6eea3dad0d73ecd0, 0x08b5f4437fb3ffc3
	.quad 0x3199fb4c34abd0db, 0x40eb400000000000
	.quad 0x6c08a43ec795adbf, 0x33a4ba73bf082700
	.quad 0x09ffad3c71ee02c3, 0x4d7dd2827d3731ca
	.quad 0x27cb5e51ba135846, 0x1bd0d8e379d7843f
	.quad 0x7fe1c657d1d944b8, 0xac0f688ffffb6bd3
	.quad 0xff96b62173e8feef, 0xfd39e6104be71e04
	.quad 0x7f8000001be9966a, 0x403ffffffffffffe
	.quad 0x3f1413662755f04f, 0x3ff5c7efff8ec88e
	.quad 0x0000000000000000, 0x0ab1ff39ebfdfbef
	.quad 0x7f8000007fc00000, 0xa00f580cfff13267
	.quad 0xff7fffff80569a08, 0xade314f0fffebecd
	.quad 0x40600000ff800000, 0xbdd2ec09fbada134
	.quad 0x56d21f9ccfd3fe15, 0xf2ed596fc09c0000
	.quad 0xc3560001c9c80000, 0xd103cb91f75bcffe
	.quad 0x43b0000000000000, 0xff8000007fbaf106
	.quad 0xff7b26c2805e5f85, 0xd68f03dfaf1daea5
	.quad 0xff800000ffbd520f, 0x00094e015b5478bd
	.quad 0x80400000005b9f14, 0xc4b000003fc80000
	.quad 0x58d52a02341ba73a, 0x0c4bcc475f7ffffe
	.quad 0x400c000000000000, 0x3faede339aa41ca7
	.quad 0x655fe77abbe577ff, 0x000000008026284f
	.quad 0x3e700000b5a25fb0, 0xbfb5bc72a958162a
	.quad 0x221917cf00000000, 0xe8e8e322cf70e4e2
	.quad 0x7bec2b90c1929437, 0x0376801881e1b24d
	.quad 0x8b3644fac9fe07ff, 0xd9fffffe3f8a7d85
	.quad 0x3f4b800000000000, 0x4d8d8ba0d2c18200
	.quad 0x079406bdf53f7ddd, 0x083b943a81fff3be
	.quad 0xbf88367b8a4139bc, 0xc3000000df800000
	.quad 0xc9458ba0fd7ff4d3, 0xc3e0000000000000
seed14:
	.quad 0x00000000ffffffff
	.quad 0x0000d0252b44c8ca
	.quad 0xc3cfe7dd659266a8
	.quad 0xffffffffffffffff
	.quad 0x02097d8720570248
	.quad 0xfffffffffffffee6
	.quad 0x1813412e9ceddf64
	.quad 0x00000000000001ae
	.quad 0xf10bc11a44d4533c
	.quad 0x7f3749f46b7ffc94
	.quad 0x00000000000007fb
	.quad 0x24a0734ce4d32942
	.quad 0xced6c9b8502b7d17
	.quad 0xfffffffffffc48db
	.quad 0xfff9bb3c2d19ccc8
	.quad 0x0000000000000385
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xd3f46cd87cca8878, 0x7f800000eeff8148
	.quad 0x801fffffffffffff, 0x7fe6e5292061ebcf
	.quad 0xffff4ea5fd4b650c, 0x0d197dbff637fa2a
	.quad 0xc1f0000000000001, 0x7f800000003b0ed4
	.quad 0x5e5bcf87ffef755e, 0xfda28817d8fe5f9a
	.quad 0x3b9f21b8117de8e7, 0x141c233fbebe18aa
	.quad 0x800beebd360e16ae, 0x734641f2be888d66
	.quad 0x4b357bba1f3659e9, 0xffc000007f800000
	.quad 0xc0630511dff7fed7, 0x06dc93aaf7f88f20
	.quad 0xec96d02d7f800000, 0xa8408c1dc1080000
	.quad 0x814c5c4d2e22e83d, 0x3c9f3c413bb28fc0
	.quad 0x4f000000d9fffffe, 0x00000000ffb58a14
	.quad 0xf9f7f15b7f800000, 0xbf9a14fc1ab19438
	.quad 0x7fef5672b41c6e92, 0x8117f6cdc1577342
	.quad 0x8238e7507fb3140c, 0xfeb11b5340c80000
	.quad 0x02952dd6c21c5661, 0x434ffffffffffffe
	.quad 0xbdbe0000c07fffff, 0x04ed62ddffd58fc8
	.quad 0xff80000000ffffff, 0xf38a98b8a533fc00
	.quad 0xceef38b5ff9d7ef1, 0x142a76c3cffcfc95
	.quad 0xf4a4853697e69ecc, 0xff800000c8a00000
	.quad 0xeca254c83ddefe00, 0x3fd548c2f6f2b01e
	.quad 0x0a2de9749081025c, 0x97a3304cd8a779c9
	.quad 0xc0400949a4e4ed6f, 0x44d7028adf7ca7fb
	.quad 0x7fff22811166f170, 0xff8000007c7ff598
	.quad 0xc110fec01d91053e, 0xe33b94a180000000
	.quad 0x20d85ad7e95fdd6f, 0xfff43390c721d4f4
	.quad 0xa0b8755afff7fc00, 0x82e48d6ea6a2161a
	.quad 0x3f5e300000000000, 0x007bfa8a01db1408
	.quad 0xbeedf8a4c06bae3e, 0x66d502b7bd4a3117
	.quad 0xc77ffffe6cc92a8d, 0x002fa7c9fbe309f5
	.quad 0xc0144c90fd4bf3a5, 0x5c5910f6cf800000
	.quad 0x2b3d0f6217ccfaa7, 0xd74ed151cfd1ffe6
seed15:
	.quad 0xfffffffffffffcf9
	.quad 0xfffffffffffffdc5
	.quad 0xfffffffffff6a1e2
	.quad 0x04333a505b8854d2
	.quad 0xfffffffffd0a369d
	.quad 0x0000000000000001
	.quad 0xffffffffffffff0b
	.quad 0xffffffffffffffc5
	.quad 0x9296b3778970404b
	.quad 0xf9891b21c7fefdaa
	.quad 0xfffffd7a7c5b838c
	.quad 0x000000359f577dcc
	.quad 0x123c6773c72eba1b
	.quad 0x1f256664c2bd4f6c
	.quad 0x0431c99f51347e13
	.quad 0x05e9cee659949001
	.quad 0x06000000
	.quad 0xa0000000
	.quad 0x200f34a2bfd54c93, 0x97a65bc4d1c29440
	.quad 0x8015306dff800000, 0x3f513d0b022d7d19
	.quad 0x3fb9f897cc83ab18, 0x9d91b249805a891d
	.quad 0x6e7f4c24b6aac867, 0x7ff0000000000000
	.quad 0xa22f2eb6f1b3fe00, 0x8000000000000001
	.quad 0x8000000000000000, 0xc2eca69d39f496d1
	.quad 0x1e728ca1c2e7d7a1, 0x0fecc0e4feab7e23
	.quad 0xc10c000000000000, 0xd5bc55612becb984
	.quad 0xffff0c5180400000, 0x7f00000065d0f364
	.quad 0x59167c8bee7dfd22, 0x8e8b972bd7e3328b
	.quad 0x4800000080000000, 0xa4e4e50ad7137c00
	.quad 0x455e7eecb035885c, 0x807fffff2434763f
	.quad 0xc415bccac0acc254, 0xc1ec00005f000000
	.quad 0xffc00000bca09a73, 0x37f18fa11d50f801
	.quad 0xc017d9999977e2ee, 0xcd0300b7ff5e7d7e
	.quad 0xeb80fe84802ceec0, 0x802464b161dff873
	.quad 0x6fb619babff7e57b, 0xc6955aa922be4400
	.quad 0xc21cd9af5a10edbe, 0xbf5fcd82df7fffff
	.quad 0xf94cc4a89867ec8f, 0xc26c0a14ff800000
	.quad 0x9f183302b53f2d8f, 0xa62f034e28c9f9e1
	.quad 0xff8000002aa5b2d6, 0x6da7c1518cbcd1a0
	.quad 0x00708bb1407ffffe, 0x7ff8000000000000
	.quad 0xb649f09409360efc, 0xbff47551f757e0b3
	.quad 0xc0b67c183d157490, 0xb75224ccdd5db7f5
	.quad 0x00befd7efdf766b4, 0xbf8000013d20df30
	.quad 0xc05a26f5ab31984b, 0xfe73d26fdbc24486
	.quad 0x4a1a0bc567bdd31a, 0xa8cf2dfaface407a
	.quad 0x47a11b20ff800000, 0xc0395e17bd799ebb
	.quad 0x82817ea6fe800000, 0xb7b800007ff44ed7
	.quad 0x368d922af4c57c00, 0x7fd0000000000000
	.quad 0xbed8000000000000, 0x7ed72a55741fc95d
	.quad 0xf6079ea78ffb326f, 0x7977f418022be6a7
seed16:
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd0e
	.quad 0x0000000000000004
	.quad 0x0000341cb0e5644b
	.quad 0x000000000004b680
	.quad 0x003fdd0cd6243fbb
	.quad 0x50993c6ac3dd4200
	.quad 0x976d0d0aca4caa6a
	.quad 0xfffffffffffffdef
	.quad 0xff7bec703c043b3e
	.quad 0x021e42f2904912e1
	.quad 0x4727272dcda43f46
	.quad 0xbd398193d3b91005
	.quad 0x000000000086a96c
	.quad 0x0000016d0571d130
	.quad 0x0000000000000362
	.quad 0x01800000
	.quad 0x00000000
	.quad 0x69b37a8069c8bfff, 0x4088000000000000
	.quad 0x99af204bff94b1fc, 0x58a62d43ca42f71b
	.quad 0x41e000000011eaf8, 0x5b38b73e7f6a4b34
	.quad 0x5a6ad64134ca0b25, 0x70aceef38e037238
	.quad 0xf041de41de5280b1, 0xfff80382b7ff93ba
	.quad 0x7fc00000bb86a9bd, 0xc0e0000000000001
	.quad 0x95f660bc2a9ee30c, 0x089db8d1d3f10000
	.quad 0x736b3fd833a4668e, 0xbdfbb56212267a34
	.quad 0x8a7a6ac8c3c883b0, 0xffc00000b434dc81
	.quad 0x3ed0800000000000, 0x611b4b7eb5ef0000
	.quad 0x0040000045500000, 0x7fdb07de31c63f2d
	.quad 0xcbb0113210106237, 0x9dad8028a3e5c22a
	.quad 0x9d2deb0780400000, 0xeee6b26cbf1c4c0c
	.quad 0xd01ea7b0f7d327f1, 0x779b81fb2631d080
	.quad 0xc08f8ef640aaa4f3, 0x14a07515ffc00000
	.quad 0xc16ef673c10a0000, 0xbf9293dbc92b4163
	.quad 0x8c741ef45db87dd4, 0x017fffff3f5bc84c
	.quad 0x8045210ebb901409, 0x83a29517518cff17
	.quad 0x918bc24fffc4c180, 0xd37a8fe57daa7889
	.quad 0x2f009652cf7fffff, 0x8117496d40c40000
	.quad 0x7eb00e4a9d36155a, 0x000fffffffffffff
	.quad 0x42070160f1cb4433, 0x76084434e09b11a0
	.quad 0x3744000041622b88, 0x3ff0000000000000
	.quad 0x3f84000000000000, 0x01f0909d5bdf61c3
	.quad 0xcb2c35ec0e561f08, 0x000000013fffffff
	.quad 0xfc296623d31d8b00, 0xbadd6c65699a0a4f
	.quad 0x3e8000007effffff, 0xff514988fea7afe7
	.quad 0x4f8786f62a6b7b94, 0x4746bbc7ffb4edf7
	.quad 0xc9693a2687bcfe00, 0x4400000080000000
	.quad 0x426fab3ddf800001, 0xfe887d6d3dc4ef1e
	.quad 0x7fdfffffffffffff, 0x1b0bb74aec0ecaeb
	.quad 0x3fa298a11483584e, 0x47d71a6074407d77
seed17:
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xadac9ff11da27a21
	.quad 0x000000044fe21141
	.quad 0x34e08ec5b04705d2
	.quad 0x0000000080000000
	.quad 0x7e3bd3e3dc84e2c1
	.quad 0x2333c8ead8f1fd21
	.quad 0x4fcc6d7f73f9b450
	.quad 0x0020000000000001
	.quad 0x7fffffffffffffff
	.quad 0xe24fb36acdaa997d
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x5b7f3d86e48105b1
	.quad 0x0000000000000004
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x82f7e8c7ad460684, 0xf05119aaffce3d0d
	.quad 0x82feae66dd553b7d, 0x8000000000000000
	.quad 0x46d0000080776cfe, 0x7fe0000000000000
	.quad 0x80244b228931d662, 0xf4b5d7eb2bcd3a36
	.quad 0x2a238e6fff9ecd50, 0x67f1bd423a0f0000
	.quad 0xc9b346b5e8b7eb3c, 0x7ef14d928889f5df
	.quad 0xbf7fe00000000000, 0xe57a4685d5fb8ffb
	.quad 0x8029cd00ffffdfbf, 0x800000007269cb6e
	.quad 0x6930753775b84580, 0x2047792ea530fbea
	.quad 0xdc8f3ab94140a20a, 0xfff52b1076983ed4
	.quad 0xf32c14fb480f7c00, 0xc74dc2395dbd7c00
	.quad 0x6ee1ba24ffdfbffe, 0xd8ab9462b9f881fb
	.quad 0xff000000f1f4392f, 0xf676d630e2757b81
	.quad 0xa77a1540c86a03f8, 0x7ff0000000000000
	.quad 0x7de47f62cb60c227, 0x0008000000000000
	.quad 0x3c343fa7eb9e7b6a, 0xcf000000bbfc8508
	.quad 0xe29f04761d19841f, 0xff99485a0bfcb6d4
	.quad 0x8816f3c717430748, 0xfdfa5df529711a9a
	.quad 0x80000000c4900000, 0x41f0000000000001
	.quad 0xc28820387fc00000, 0xffdc270b00000000
	.quad 0x2e1a3d994f2c4587, 0xfff8000000000000
	.quad 0x3fe6c535c0f91f76, 0xf820252f9abd8849
	.quad 0x7ff0000000000000, 0x7fbe954680000000
	.quad 0x0000000000000000, 0xbf8e29997896afb1
	.quad 0xd1fc74fe9167fcff, 0xe0777306dcd37e00
	.quad 0x6b2eec4430f17ead, 0xf055166ab83300b8
	.quad 0x8000000000000000, 0xd689babcc9708200
	.quad 0xc0246338c2773a95, 0x804465f180000001
	.quad 0x907c478c41ef20b0, 0xfff0000000000000
	.quad 0xbed5000000000000, 0xf13c7e6aaf595bea
	.quad 0x64ea951c3ac5f19f, 0x0fc76b56cbfbc814
	.quad 0x7c10ba6be0982473, 0x2bafa086c6589294
seed18:
	.quad 0x000000000000019b
	.quad 0xf95546105e226020
	.quad 0xfffffe9bf9acf587
	.quad 0x00000000000001ea
	.quad 0x32ed54aac4c37885
	.quad 0x2c9b29d231fcbdc9
	.quad 0xfffffffffffa234f
	.quad 0x6ef9efb6d551e148
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff71
	.quad 0x1d2558897269691f
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x4c0e53a500185312
	.quad 0xffffc8e3c7883a05
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x3da2c4b73efce60a, 0x134e3803f979c2c4
	.quad 0x6c8ad268e5e1227e, 0xfe446a1abae692a2
	.quad 0x3fd4c1a42ebf2346, 0xfff16a179e79cb27
	.quad 0x7f800000804b2a01, 0x11e74feadf5effff
	.quad 0x8790278ec7680000, 0xffed760a75a5189d
	.quad 0xaaa82ffdbeda9c16, 0x7ff8000000000000
	.quad 0xc3776431b037d0d6, 0x7e8a12ed0078f9bc
	.quad 0x5975ea757f514be2, 0x7f800000ff800000
	.quad 0xcf52e3fcfffafdfd, 0x4354000033e557ac
	.quad 0x7ede972cb1901ea4, 0xf94780e6fffffeff
	.quad 0xff80000081201bca, 0x80269271e9b758f3
	.quad 0x7f737387803d7317, 0x8daa730600000000
	.quad 0x3f9d1cf2eafdbef5, 0x8fd6db1635cec8e0
	.quad 0xc0468bbfff50dc2e, 0xabf86affffb22d8e
	.quad 0x3e158d882053ab78, 0x4330000000000000
	.quad 0xffb989c683b653af, 0x80dc0ed8e1a6286d
	.quad 0x0000000000000000, 0x1c1e537d083bfe00
	.quad 0x7fa2cd9bbeb2b060, 0xfff19d237188ffa8
	.quad 0xcd474d8efbb8b900, 0xb6ed2d3de3578bff
	.quad 0x4045644c01400b13, 0x3bc2e8573e9fdead
	.quad 0x0f556bd040680000, 0x675344ecf5fddbff
	.quad 0xd2c223d00869cf05, 0x817fffff2b9ef840
	.quad 0xc2d9488d807fffff, 0x0be820da8d327801
	.quad 0x7ff8000000000000, 0x22b1ee80ac8c5b3c
	.quad 0x71b059fdfcd54640, 0x7fa80e0380000000
	.quad 0x5fa3b159fffbff8b, 0x007fffffff800000
	.quad 0x0000000000000000, 0xc77ffffff2218451
	.quad 0x401b000000000000, 0xe01e199fffef7dff
	.quad 0xff96c48ebdf24b59, 0x3baf16d7414cf933
	.quad 0xa7992b0dff733b9f, 0xc08800005278aba9
	.quad 0x9686692b895b3903, 0xa9936f7ac844bbc3
	.quad 0xbdeac5358cc0edad, 0x00000000fd26a017
seed19:
	.quad 0x0000000000000065
	.quad 0xffffffffffffffff
	.quad 0x63353b0c8066928c
	.quad 0x00000bd9ec41763e
	.quad 0xfffffffffe1b56f1
	.quad 0x19262dbce935e8c7
	.quad 0x07dab97e92d9ead7
	.quad 0x0000000000000089
	.quad 0xf3f1fbbdde986c28
	.quad 0xfffffffffffffe95
	.quad 0xfffffaf1fbb54d43
	.quad 0xfe1563890dc3ba3b
	.quad 0x0000000000000372
	.quad 0x57cdba77860cc2c9
	.quad 0x0020000000000001
	.quad 0x4143c7aa5baf8ca7
	.quad 0x01800000
	.quad 0x90000000
	.quad 0xffb09db8fffc1b27, 0x41f000007ede745a
	.quad 0xfff4c34310f067eb, 0xc18448123fd00000
	.quad 0x94f713c15a9640e1, 0x1d6b027e80000000
	.quad 0xe0874dabaabcffae, 0x81308d519cd3120c
	.quad 0x5a7fffff39400000, 0x3255ddcfbdfbffe7
	.quad 0x1ae922defbc7019a, 0x89cacab6d171fb2e
	.quad 0x2d87040ff3cefc00, 0x5282c9a07d9fa5af
	.quad 0xfff0000000000000, 0x02033b60fb6fbfde
	.quad 0xfe07f549193c3edc, 0xef75e4e940200000
	.quad 0x7d9620cb7bdffb6d, 0x530da56e50d9ac8c
	.quad 0x800000007f4d3e2b, 0x8000000000000000
	.quad 0x7fff40b5d41eef53, 0x3f6828137f6e8bb2
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0x79259c3fbffedbdb
	.quad 0x0008f4775dc8d702, 0x000a9770ba8158f8
	.quad 0x8c36596303311ece, 0xc1000000c31d11eb
	.quad 0x0f912e4cffb3d4e6, 0x86d1d656813b5bed
	.quad 0x00a9b3c8818b4ee0, 0xffe0000000000000
	.quad 0x78ae9e1411db7a59, 0x33e2ab9d0f770200
	.quad 0xbf2c20b58b64b8b4, 0x60e11d7daf7279f3
	.quad 0xbf4fda197fdb9e8d, 0xfff8000000000000
	.quad 0x17f8612fc85f9db8, 0x0226f8dee1713d61
	.quad 0x00bd5700ffb5e9ee, 0xc9ac66d500000000
	.quad 0xffb185eb8e238db9, 0xbffffffe80bddf67
	.quad 0x7e800000fee6df24, 0x80000001becff5c4
	.quad 0x3dacf9f680000000, 0x80800000041066f5
	.quad 0x8115b888770e17bb, 0x924a6e1a6f2a2c60
	.quad 0x12df7affc61df4d4, 0xe24a65b3ff3e6d6b
	.quad 0xfff5a5259fee0279, 0x3a35e902ffadff71
	.quad 0xbcfa00000023b586, 0x40bc000000000000
	.quad 0x40f80000d9800001, 0xc59900003ebac23c
	.quad 0x10d40fa97fd9c6a1, 0xbc397d59409367be
seed20:
	.quad 0x21e04e1115900543
	.quad 0x0000000000000033
	.quad 0x0000000000081f41
	.quad 0xfffffffffffffdfd
	.quad 0x000000000000008e
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0xfc5e1565a885d09c
	.quad 0x8000000000000000
	.quad 0xea69f0f859e7337c
	.quad 0xbfbf487eddfe2f57
	.quad 0x0000000000013361
	.quad 0xd7be147d8389c2cb
	.quad 0xd62e3b8888ae0684
	.quad 0xfffffffffffffe0b
	.quad 0xe73956d32069c691
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xffb4c6887f800000, 0xd86991e3bc7f267f
	.quad 0xff80000008a71a1f, 0xffc0000042e8aa16
	.quad 0x800140bbaec13777, 0x3d4978d27fa207ff
	.quad 0x401b000000000000, 0xbffc000000000000
	.quad 0xb61b7b60d7537ffd, 0xbfbe6b733573543d
	.quad 0x777a97a3ffa7b8e9, 0xaba8116a9cc0f400
	.quad 0x7ffa3485f8a605b1, 0x7ff02e6e1fa901d2
	.quad 0x10aa1070fd3f4780, 0x7cf21217c46e7c7f
	.quad 0x411f600000000000, 0x4280a48f00000000
	.quad 0x3fe2e507c76bea7a, 0xff800000ffc00000
	.quad 0x0b4a1192bddc349c, 0xfea7ca603e78100d
	.quad 0xc3b02d391d3880f7, 0x3f80000000000000
	.quad 0x00000000bfa2f804, 0xb29bb1a97fbfff7f
	.quad 0x71a3ffdf7f800000, 0x8000000106beb6aa
	.quad 0x8000000000000000, 0x43fffffffffffffe
	.quad 0xfa8942489794d396, 0xbfdf47f775f01a18
	.quad 0xc020400000000000, 0xfe855027c0800000
	.quad 0x0912ec3cb88ffc00, 0x0d7e4eeb6616bc01
	.quad 0xe6bf43d683912ccb, 0x7ff86bb8ea83d7d0
	.quad 0x7f800000407fffff, 0x8fc2f993bf7dff7e
	.quad 0x1b05c09abd340538, 0x817fc373b71282a7
	.quad 0x887bc742ca7d3251, 0x1c5ad2363e5633d1
	.quad 0xc00df5d5e6dd9a83, 0xc0a8000000000000
	.quad 0x44a06845bee57381, 0x23a9ddd2c57f8000
	.quad 0x7fc00000c3b99bc1, 0x80000000c3214fe7
	.quad 0x8056dc9500000000, 0xfffdb6cdc30a286f
	.quad 0x000ce8ba37499ee0, 0x7f8000007f997ec7
	.quad 0xfff8000000000000, 0x3a426484baed592f
	.quad 0x7ff3f8adb563ece4, 0xbf16d442af539f8c
	.quad 0xb2ebce2efaaba893, 0xc033ebb5050a951e
	.quad 0xc0b400001bc0e65f, 0xbfbaa6d580000000
	.quad 0xfff0000000000000, 0xffce55d37fa4d9c8
seed21:
	.quad 0x0000000000000136
	.quad 0xfffffffffffffd41
	.quad 0xff026ae6911fe998
	.quad 0x000000000000024c
	.quad 0xfffffffffffffcdb
	.quad 0x0467679cd0a35bf0
	.quad 0x6af1ad0c957485f8
	.quad 0xfffffffffffffcbe
	.quad 0x197b7f2365ed1515
	.quad 0x0000000000000003
	.quad 0xfffffffffffffbc7
	.quad 0x00000006dd715bf0
	.quad 0xfffffffffffffd01
	.quad 0xc19e400a3c03abbd
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xc23c01417b5213ad, 0xa1ced5783e5dfe00
	.quad 0x3d7a9f3dc07fffff, 0x8000000000000000
	.quad 0x1c88eca57ffa9bb6, 0x59d442a6747fe1f4
	.quad 0xfff5a04c7452034b, 0xf1bd3fdd40a8f8ad
	.quad 0x0000000049b638eb, 0xb1fd7061e6afebff
	.quad 0xf78d4a895afab795, 0xbfd00000bc8f0fc9
	.quad 0x40f8000040f00000, 0xc00000003c4fdbe9
	.quad 0xde1f8981f1cd7c00, 0x40063538a3a1faee
	.quad 0x00000000efd18ab5, 0x3fd4793a670b70d7
	.quad 0x96f0cae9540f533e, 0x3f8a000000000000
	.quad 0x8000000000000000, 0xc340000000000000
	.quad 0x401d000000000000, 0xc25c55c122cc828a
	.quad 0xfff0000000000000, 0x39acfae9feb58000
	.quad 0xbe1d12097fa84fbf, 0x98ccd83efffb8efd
	.quad 0x00000000807fffff, 0x3be75386c0c9e027
	.quad 0xe1226aafc990da9f, 0xbf656021c2540000
	.quad 0xc5909cacff77afe7, 0xd2149f210efd4786
	.quad 0xfe8b86c6fb476331, 0xfff8000000000000
	.quad 0xc0185ca011034f05, 0x4f0000017f800000
	.quad 0x7eca30965dd83da1, 0x99c5a963d33febe3
	.quad 0x007fffff00000000, 0x9f208b15f76ff6ec
	.quad 0x998fe4ec71051073, 0x039792e82c360791
	.quad 0xbfa2367c64e5264b, 0x7ff0000000000000
	.quad 0x7ff6dd1d144c19ca, 0x87676e43eda59bd7
	.quad 0x16ab33410063a363, 0xc0b80000ffad2e3f
	.quad 0x686530c9b4580000, 0xb5eb3863b39d73fa
	.quad 0x1bcccb2b895487ff, 0xbf9625828e6f47df
	.quad 0x8020000000000000, 0x80542160410c0000
	.quad 0x80000000af72d45d, 0x7f800000c0000000
	.quad 0x4018000000000000, 0x66b7c3bf0aa0149a
	.quad 0x804000000043735a, 0x7ff0000000000000
	.quad 0x16167f5165da7c00, 0xbfa4b00000000000
seed22:
	.quad 0xb95d23244eae81a3
	.quad 0x000000000000b7a7
	.quad 0xfd15053c4d79ccc5
	.quad 0xffffffffff4d8634
	.quad 0xb96334c68c8e9a87
	.quad 0x001dc1ef16374965
	.quad 0x000000007fffffff
	.quad 0xfffffb9c85f70c62
	.quad 0x0000931eab9e1bea
	.quad 0x00000000000002d9
	.quad 0x712da59cf6f65fd1
	.quad 0xfffffffffffff962
	.quad 0x000057a380238e34
	.quad 0x0000000000000001
	.quad 0x85a3b6aa8f00a14b
	.quad 0x4c8cc17f5ae10233
	.quad 0x03400000
	.quad 0xb0000000
	.quad 0x8000000000000000, 0x3ff7a486ca0499a0
	.quad 0xcfaed46231a67c00, 0xbbc3127143d58768
	.quad 0xbf33800000000000, 0xd10b22656df7d565
	.quad 0xc000000041160000, 0x157a440bd6067400
	.quad 0x8059c0598ef4f297, 0x00e10b777feacffc
	.quad 0x66e5f56e0cd38078, 0x7bea5ad3b30a0ad4
	.quad 0x7ff0ee819a587b47, 0x807fffff42c7e9da
	.quad 0xff31aa03b4f01808, 0x1e7ad74ed7410537
	.quad 0xbcd84347ffbff39f, 0xe7ff2fdf886d4140
	.quad 0x4021000000000000, 0x7f8e2d78ff846448
	.quad 0x000000007fad1b04, 0xbe4faa893eb67fb5
	.quad 0x1f349dee7f9bb59c, 0x4118000000ce7810
	.quad 0xcad383197ffdfadf, 0xbffddcc0f54f9d8b
	.quad 0xc017000000000000, 0xc088000009a76edf
	.quad 0x7577d28a3faf9b7c, 0x7b591c957fd60992
	.quad 0xfe020f9ca3aca5e8, 0xbd155420fb3fbb9f
	.quad 0x3ea87d177f000000, 0xb043a8559abbfbfe
	.quad 0xfdf42f310266f0d8, 0xd2a0b25f3bcd8000
	.quad 0x5ea360eca5daffde, 0x044553913ffbf765
	.quad 0xd68c1cae5d5116e6, 0x4feb5366ffafffd3
	.quad 0x80e7716a921a9a38, 0x7f83dc588008eec8
	.quad 0xaaff77397fed6fff, 0x0000000000000000
	.quad 0x139450f60ef50000, 0xf12795bed279fffb
	.quad 0x40737fc0c580ade9, 0x708ea78d542f41ad
	.quad 0x8000000043131b50, 0x3d30cef301197d57
	.quad 0xcf3001aec1efcd73, 0x80a13f116d1b2154
	.quad 0x6b068686f00d7c69, 0xb283a7b37cc67ca5
	.quad 0x9db9289893329749, 0x8000000000000000
	.quad 0x0f3862a19690feb8, 0x9ca4d66f5b35fbdb
	.quad 0x4ac3b6bdcf380399, 0x2910f13661470b9c
	.quad 0x839d54519a6d190e, 0xffcf09263c29b2c1
	.quad 0x802abb75a5c36f7c, 0x7f6be7060f6b42b2
seed23:
	.quad 0x50a0b7335d88bd60
	.quad 0x01a2b7ce2fe8bfe3
	.quad 0xfffffffffffffe41
	.quad 0x00000003d9889e43
	.quad 0x0000024378c13287
	.quad 0x62e1dd69cbe33b19
	.quad 0x0020000000000001
	.quad 0x000000000000000b
	.quad 0xfffe9dadf43ed948
	.quad 0xfffffff9213203b9
	.quad 0x0000000000000239
	.quad 0xc393e9a1bc905788
	.quad 0x0ff4201ec7512ea1
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0xffffffffffffff00
	.quad 0x01000000
	.quad 0x40000000
	.quad 0xbf29db47007fffff, 0x800000007fc00000
	.quad 0x8062edf5c0dc0000, 0x800fffffffffffff
	.quad 0xd236a9f9615ff64a, 0x05afbc6f40900000
	.quad 0x7fc0000080000000, 0xba0c74dbef5b01d6
	.quad 0x07e4b4dce842718b, 0x017c887c7f800000
	.quad 0x40426aa948c95885, 0x401d7a09f34ecb4c
	.quad 0x8008000000000000, 0x3f94000000000000
	.quad 0x7fc0000047460000, 0x6987390e9926c46f
	.quad 0xeabf0e423fa51d1b, 0x0000000000000000
	.quad 0xff800000bfb00000, 0xcfef5384b841541d
	.quad 0x840dd0a6ffc50001, 0x7de28a4139ec346f
	.quad 0xf04eeb53d8814fe8, 0xe4ef49f5ffd65f58
	.quad 0xf963501e00000000, 0x4012000000000000
	.quad 0xff52483f006c7630, 0x0046a62f80000000
	.quad 0x72ec27e4f5ae4569, 0x69857e9a1b3faed1
	.quad 0xb5e61cce40200000, 0xc1f0000000000000
	.quad 0xff800000ff747fbd, 0x8008000000000000
	.quad 0x1d82df1139c00000, 0xfdc35b20a4c4fd70
	.quad 0x00048a884280610e, 0x2ecb5ed1b5937cae
	.quad 0xc04f82d4d0160a38, 0xc018000000000000
	.quad 0xb601efdc388a08db, 0x42400000c0035f92
	.quad 0x8349ac2c097b287f, 0xa5835a808a6fb8a3
	.quad 0x4574479672eede91, 0x40702bd9f2051a24
	.quad 0xc2d74cddfe3a5eef, 0x733c9a4fffdeed7e
	.quad 0x000fffffffffffff, 0x3f9890b257555d3c
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x03955aba1e00d6bf, 0x80400000ff800000
	.quad 0x0c5ffe7c2cb57b4a, 0x43b6209cbbbc975f
	.quad 0xd426c7a141905f36, 0x101cee47bfc107ff
	.quad 0xc0047e3e0597ddcb, 0xfae4bb8d24035ac3
	.quad 0x405f4396cfe3a81e, 0x8000000000000000
	.quad 0x7da46935c392555a, 0xffaccf657fc00000
seed24:
	.quad 0x0000000100000000
	.quad 0x00000000000000ff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x57564c75878d4121
	.quad 0x0000000000000024
	.quad 0xe6247c7d57f952a9
	.quad 0xffffffffffffffeb
	.quad 0x8000000000000000
	.quad 0x482896ba76dc4394
	.quad 0x00000000000001e5
	.quad 0x0000000000002dda
	.quad 0x30f09bd4581bbbec
	.quad 0xe52545638198fc02
	.quad 0x0000000001000001
	.quad 0xc498e894b661a544
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xf24d405f462dd863, 0x43cb95be80000000
	.quad 0x3c7b83fb7b124840, 0x7f89cdc441cbe959
	.quad 0x7fbae1ff919d5d0b, 0x8000000000000000
	.quad 0x9e816ee3e597ee59, 0xb9ed55d4e5fa8f7f
	.quad 0x7541871e6849a9e2, 0x8b8b5072ffcd483f
	.quad 0xff80000040d80000, 0x188dcfa973d5fc63
	.quad 0x0006c61e6cabc61a, 0xe140018b07f647fe
	.quad 0xae26e1acb8ff3fee, 0x008000003ac40000
	.quad 0xbc3b152980800000, 0xa1962b183d8c38a8
	.quad 0x7effffffbbd536ae, 0x5e8c80257ffcbed4
	.quad 0x3b89cb651109de65, 0x7ff0000000000000
	.quad 0xdca8fe2153fbfd4d, 0xb4bd5f6880541cae
	.quad 0x0a73a213ffe9f8e0, 0x4fdd1663b322f834
	.quad 0x1a800047007a82d6, 0xff1f100b937a86a3
	.quad 0x7c7fc15bdbdbffb7, 0xbf281d225dcd5406
	.quad 0x826cdc1e6e82ec9c, 0x5a0000003efc0000
	.quad 0x8010000000000000, 0x40efffffffffffff
	.quad 0xa43d212ef78addb3, 0x7f5de1dabcc8a470
	.quad 0x48e000007ede9c2c, 0x800cd89614e63c90
	.quad 0x43f0000000000000, 0xcb68c93ff1f3cad5
	.quad 0x86e15ec9a2dffffb, 0xc00de8cdcd9d0b62
	.quad 0xd008061979ca7c00, 0x02b66a003594b2f4
	.quad 0x71b26fa6017fffff, 0x7f8000005f800001
	.quad 0x7fd34273afea8cf5, 0x0f6e9be24a94f887
	.quad 0x7fd56426050febd2, 0x7ff0000000000000
	.quad 0xc070000000000000, 0x6b0ad7a541d53397
	.quad 0xffdefe3d4401d04c, 0xfe50243f14598f09
	.quad 0x7f800000bfa91e6b, 0x80000000804479e3
	.quad 0x612e8d0c7fdbbbee, 0x262cb88ec0b52da9
	.quad 0xfffa31c0e86ec163, 0x4026f3e79ebe8efb
	.quad 0xf416f03d71c74798, 0xe1a8c22584269f5d
	.quad 0xad7b85277f000000, 0x7ff0000000000000
seed25:
	.quad 0xf8706b21ee0bf452
	.quad 0x00000000000000db
	.quad 0x00000000000dbdee
	.quad 0x0000000100000000
	.quad 0xffffffffe3aae2dd
	.quad 0x00000000000001c8
	.quad 0xfffffffffffffe19
	.quad 0x0000000000000000
	.quad 0x8eb5737e326a8c7d
	.quad 0xffffffffffffffe2
	.quad 0x79ad8a6d50b7c973
	.quad 0x3a40dbd6f71f3d4c
	.quad 0x1e310e20853c0de0
	.quad 0xffffffffffff42d1
	.quad 0x93169c58656f33db
	.quad 0xebc1568a31856880
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0xbff1f06eaef8b0b1, 0x31d51dbdf7ff7d57
	.quad 0xe3d6b6bbe5818000, 0xb734000080000000
	.quad 0x0009ab3b912749db, 0xe6f23d7b9d43722a
	.quad 0x5921936806e02e3a, 0x187e875426d87c00
	.quad 0x401a000000000000, 0xffe0000000000000
	.quad 0x8000000000000000, 0xfab6a69afff6d7fc
	.quad 0xbf21ecad02c14568, 0xb1f7b82105c447e0
	.quad 0x8bada8938bfff6f9, 0xbfcbd654828c7285
	.quad 0xc49e000054aa30d3, 0x3fb6ab415591e6f5
	.quad 0xed9d812ae39a5756, 0x520586c6c33ffeff
	.quad 0x3ebe400000000000, 0x0005c3b71b1e2b07
	.quad 0xcf139dfdbfffce7f, 0x800aced96af228de
	.quad 0xc3fe20d3807a9ba4, 0x560cd3f0bfdcbe80
	.quad 0x850df0b1ffd2c000, 0xdd8e07d2bdefd9d9
	.quad 0x62e63891fdb935bd, 0x3e61d46f007fffff
	.quad 0x7efe181b4f000001, 0x002d7e684038c80e
	.quad 0x15d3b38cfde5cd5e, 0xab84ed6c837bffcf
	.quad 0x40ec382deb8d75e2, 0x7f0bbe70000d1dc0
	.quad 0x0000000000000001, 0x7fff4ef57f000000
	.quad 0xf3bb265f7fc4b0fe, 0xe4bc5a3dff61e60e
	.quad 0x5ece353dc7cfa3fa, 0x1aceb1cc00744578
	.quad 0x4abf8b08e1f4a18f, 0xff80000000b2d7fe
	.quad 0x3ffc000000000000, 0x09b9fd48c0800000
	.quad 0x7f57b5196b22ad31, 0x106e85c9006dbe90
	.quad 0xbe6eefc7c0500000, 0x000cd9616afb332b
	.quad 0x7d651502cdda2e8f, 0x09dd5d396b0ef591
	.quad 0x5b149376787d8000, 0x8000000022db33d6
	.quad 0xdb73583acda43c00, 0x4f00000143511a9e
	.quad 0x156dd0669ba1ad28, 0x7f800000be67a5b7
	.quad 0x579fb6878bdfd16b, 0x0598ff197fc00000
	.quad 0xd991644050ceb25b, 0xc058312dc3673175
	.quad 0x3d38411f78b0e11c, 0xf9a1afe958390b44
seed26:
	.quad 0xffffffffffffd401
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff17
	.quad 0x6e5aa556713926db
	.quad 0x000000000000000f
	.quad 0x00000000000001c4
	.quad 0x0001c1bd1d215746
	.quad 0x641fbf2ad5821b92
	.quad 0xfffffffffffffef3
	.quad 0x50a87a95ccaa85a5
	.quad 0x1c82f044e2e9d53f
	.quad 0x0000000000000052
	.quad 0xffffffffffffffc2
	.quad 0x8000000000000000
	.quad 0xfffffffe7ab5eda9
	.quad 0x03400000
	.quad 0x60000000
	.quad 0xbb26771e2b4b5a80, 0xb26dcbe1284d5191
	.quad 0x491379a90f4b8fa6, 0xed9ea41f9357592e
	.quad 0xca6fcee07dbcba72, 0x0dc78334fc79f5fa
	.quad 0xc113052e6dbcbcf5, 0xe364b5f1e1ffffff
	.quad 0x7687b6f5b6d80000, 0xdcb2d765ca3df44b
	.quad 0x7f800000002fb277, 0x7ff8000000000000
	.quad 0x54deb6aa64c9aaaa, 0xfda5f97e81f39f7b
	.quad 0xfff0000000000000, 0x3baf0c2c5b97fbfe
	.quad 0x800fffffffffffff, 0x381407eae55d2308
	.quad 0x7fd6eadc7358f653, 0xd02450eda9e693dd
	.quad 0x24ca79be676eef66, 0x22db04feffbf75bf
	.quad 0xb1333814f16d2c82, 0xfebfa6d706f1b69e
	.quad 0x9aab3596e37b3723, 0xbe4e02a35f000001
	.quad 0x3f95e6a8a63ccadb, 0x7f7b0564103bcb39
	.quad 0x007fffff5ffffffe, 0xdc272d4245ac76c4
	.quad 0x59fffffec1160000, 0xbb3df0c0d82f2f7a
	.quad 0xf9fbe72cbb600000, 0x6ddc498b3f96c9e2
	.quad 0x43ef70bd3bc4e07a, 0x7f7ffffffa732bd7
	.quad 0x7e60f241d5fd7e00, 0xfe10535c99e034da
	.quad 0x4000000000000000, 0xfe02d05c467fd7d9
	.quad 0x14b86f1ca4b32979, 0x801d3816722f1b6e
	.quad 0x000a3306945fec7f, 0x331d94bfe3fefe00
	.quad 0xa0644a4da75b8000, 0x98cdd43cc007c6bd
	.quad 0x7ff83fcdcf32dc4e, 0x406abbb48bc84c63
	.quad 0x7f80000052ad5d38, 0x80180cc00d6c8486
	.quad 0xc0e8000040466d30, 0x059296cfce741e4d
	.quad 0xf29e963dffd4980e, 0x4bed25608f238200
	.quad 0x4000000000000000, 0x3f2c000000000000
	.quad 0x0257b962e86fe267, 0x4bad76befffffe00
	.quad 0x6839baf4ffdcefeb, 0x9c32f6bf01470001
	.quad 0x37b986203eafb590, 0x14301268ff9cbe00
	.quad 0xcfcc4b737bbb0001, 0x105bd8befaff7e7f
seed27:
	.quad 0x806031591c69286b
	.quad 0x0020000000000001
	.quad 0xf242b99f1f260f19
	.quad 0x68b931de010493ad
	.quad 0x67afdb52032c1768
	.quad 0x000000007fffffff
	.quad 0x33f7546b7e2bf96c
	.quad 0x8797b7132b7af6d6
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x000000000007c07e
	.quad 0xfffe77c02cc713c6
	.quad 0x000000bea1d0deb3
	.quad 0x8295ea573c9d0252
	.quad 0x3d761ce26d95d088
	.quad 0xfffffb00ba0d081a
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x607cc659be6ffbf9, 0xfcdd292777ffe7ff
	.quad 0x94a683f1fffbfdd2, 0x800000007effffff
	.quad 0x7f80000080000001, 0xbfd110b33ea122b5
	.quad 0x7f800000ff800000, 0x5fa003190ebc75d0
	.quad 0xbfd71c248abf0af5, 0xdb734835cb7fb844
	.quad 0x9b373111ffc00000, 0x21deac70bdfff9f7
	.quad 0xd1bd4d3b7ffd7d8d, 0x8020000000000000
	.quad 0x81d9bb30584ceae7, 0xb0b1d9cc5f4fa43f
	.quad 0x5aa04c71a687b400, 0xadeff088ffb9cd81
	.quad 0x479000008ef33b92, 0x9d6653bb8bf00258
	.quad 0x7dda3e92f363d1b3, 0x800000003dc955aa
	.quad 0xfe80000080000000, 0x40f1b50fc122c3ff
	.quad 0xc7c633d4750ea601, 0x8000000000000000
	.quad 0x3fe094d16bacbc16, 0x7d7a905dcbafffbf
	.quad 0x05613f54c34fbc41, 0xc3b9b16640c00000
	.quad 0x8795c9abffd7edb6, 0x40000001be3d791b
	.quad 0xc06000004285f588, 0x532c26a87fd7c1ff
	.quad 0x4351769ca1b9cb81, 0x9961e101da9ca968
	.quad 0x410000000155a9e9, 0x99803184ff71dcaf
	.quad 0xffc901ffb32f06fb, 0x40f0000000000001
	.quad 0x2abc24bee7b3fc00, 0xb78600007f800000
	.quad 0x3d2000007fbd6bf6, 0x8015a68835c1de46
	.quad 0xffec3140bdb70000, 0x771cfc9ffdfff9db
	.quad 0x09601ebddfffffff, 0xbe8426e965f537e7
	.quad 0x43f0000000000001, 0x00000000c2100000
	.quad 0x3f943218b680bc92, 0xc1ffffffffffffff
	.quad 0x3aa000003ffffffe, 0x40095e7900000000
	.quad 0x7feae815df4c33fe, 0xbc6d8418ae70b2eb
	.quad 0x558c96b5455d0e6c, 0x7ff8000000000000
	.quad 0xc38ad0b300000000, 0x7fa8ab65c32209f2
	.quad 0x3fa8f00000000000, 0xbf4679d2bfefafeb
	.quad 0x88a75874cdd42752, 0xf9e6818c6bf81317
seed28:
	.quad 0x0000000000000001
	.quad 0x30a5bf125ae71329
	.quad 0xfffffffffffffdbd
	.quad 0xfffffffffffffcd6
	.quad 0x0000000001000001
	.quad 0x5da1bdc14ce1b3c3
	.quad 0x0000000080000000
	.quad 0x9967fab52c55b4b0
	.quad 0xdbafaf9fd32c2df6
	.quad 0xadd3e2f54a70670c
	.quad 0x2dddb8a8dec350b6
	.quad 0x0000000000000380
	.quad 0x4031d315d77cbfad
	.quad 0x0134f866eea882f6
	.quad 0xebcbb625b9c333e8
	.quad 0xfffffffffffffc53
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x3f4c4c899915d905, 0xee4701b17ffefebf
	.quad 0x4029e76840200000, 0xef6983846cfafbfc
	.quad 0x4df813fd90ba54fe, 0x0008000000000000
	.quad 0xffb8d3c0727bcc82, 0xafcecf8e2e658000
	.quad 0x7f800000df000001, 0xe8ae1be80eabf75d
	.quad 0xf18093bb23fafc96, 0x3fc0000074137f70
	.quad 0x106d72bdff800000, 0x7ffab567fff590ca
	.quad 0x3624d1ec1f7602f6, 0xffc832ff3cac5d3e
	.quad 0xf39e72ae28827e14, 0x404f9f05a840c6a5
	.quad 0x7fc000007f800000, 0xb82d40fc8c2c73f1
	.quad 0x00000000362c0000, 0x804dea5c7f800000
	.quad 0x7ff0000000000000, 0x815610fb4e03f3a2
	.quad 0xc10800007fa3ec23, 0x061df80e233f7a8d
	.quad 0xbbf8192ddf800000, 0x62863b7bd9dfdf76
	.quad 0xc0d00000b46dfc63, 0xff8000007f9ccab7
	.quad 0xaca5a89b9d7fbff3, 0xfff0000000000000
	.quad 0xe57348c8785d1780, 0xfffedd949ad4abc8
	.quad 0x81485e969df526cb, 0xc02000003f800001
	.quad 0xc0f0000000000000, 0xcdffffff7f9ada72
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x356dffbeac739ba9, 0x9e9528e0fffdd6df
	.quad 0x7fc0000080ffffff, 0x7ff765928f069e0c
	.quad 0xfff0000000000000, 0xf8f84a4956bf78d2
	.quad 0xb258da95ebaf3dbb, 0xbfa5eaf822e46fa0
	.quad 0x9cf9cf1963c709f9, 0x43874e05401dc975
	.quad 0x7a171052c7000000, 0x0008000000000000
	.quad 0x367ed8c1f339985c, 0xbf203d3272ddf3a8
	.quad 0xa13e93b6dfddf1a6, 0x8000000000000000
	.quad 0x3c5959b7c1763ef6, 0xc0fa7534eda4659d
	.quad 0x6f8f8a8529afee00, 0x3c17a7ff61d22c7c
	.quad 0x02e7e0d35084abee, 0x4217ffde9acfa021
	.quad 0x7f8da3a3c0100000, 0x9c9041b1fa7d2729
seed29:
	.quad 0xffffffffffffffb0
	.quad 0x000000000000011c
	.quad 0x0000000000d9fd9c
	.quad 0xd86a1a13a2bd3663
	.quad 0x2c0af23575fcfae8
	.quad 0x4652a8310cf54609
	.quad 0x000000000001fe1e
	.quad 0xc7665ddcbd59ce6e
	.quad 0x7e833663aae3bb12
	.quad 0xffffffff9954671a
	.quad 0xfffffe38ebf6f289
	.quad 0x000000007fffffff
	.quad 0xfffffffffb014814
	.quad 0xfebd4e55f2bbea70
	.quad 0xfffffffffffffdcd
	.quad 0xd74384484aa54428
	.quad 0x01800000
	.quad 0x20000000
	.quad 0x017fffff00000000, 0x738d765a6e69698e
	.quad 0x4189e6c290562ccd, 0x15753f75f2a87adb
	.quad 0xf72c345670c083ff, 0x008f52c34f7ffffe
	.quad 0x3fa00000bcd054db, 0x007336842620dff5
	.quad 0xaaaa668a8061eea5, 0xc3fe142743a426a1
	.quad 0x00285cbca361e196, 0x814f3dd41de66f34
	.quad 0x2b2138007f15d759, 0x80400000f5a2e326
	.quad 0xff9ad67d3f1c94fb, 0x8fd92b4ddebc65a6
	.quad 0x1ab9bd87e9e05451, 0x40150c6d38fc5344
	.quad 0xfff0000000000000, 0xf494ff4810c8c720
	.quad 0xbddb3741dafbeb7b, 0xab4919ceffa3beef
	.quad 0x3fa5a21f1e9dd469, 0xc06c752711cc6acd
	.quad 0x7e2b3bd88824c35d, 0x5509c82effb3fe94
	.quad 0xbe1d2b078044f173, 0x8000000000000000
	.quad 0xbfe409ab2d1acffa, 0xc79000004319fc5d
	.quad 0x7f2d28599e9e793f, 0x94d27a80140446c0
	.quad 0x00a565959bb9f111, 0xbeff14ff87486eab
	.quad 0xe13841d9f3a603ff, 0xbff5ba0a4c7d6dfb
	.quad 0x08e7e749ded6dbdf, 0x77f8a5537d17395c
	.quad 0x7ffbea068dd523e8, 0x4a5819a847bb7edf
	.quad 0x20ea2389c087162e, 0x7ff5496507f34338
	.quad 0xc07ffffe599c10fe, 0x0469d1f47fc00000
	.quad 0x47000001c2c55ca5, 0xc8fdf58b10c09c55
	.quad 0x4014906411cab8fb, 0x4fffffff7f000000
	.quad 0x8387efaf7b210400, 0x74f9f5b873b346a8
	.quad 0x5dd5baacc764439a, 0xb6dab5e0fbbddff9
	.quad 0x002fffffffffffff, 0x40c8000000000000
	.quad 0x68daa984ff76fb1f, 0x6ac1f51082fe0000
	.quad 0x407ffffebf7c01b1, 0x8000000000000000
	.quad 0xbcf003237f800000, 0x70bf55e4dfa2ffbe
	.quad 0x4010800000000000, 0xb838659b15e94001
	.quad 0x42af6e9effee27bf, 0xc340000000000001
seed30:
	.quad 0x7cb9cc0b9abc85da
	.quad 0xfffffff8f5bfe52c
	.quad 0x0000000019f5f119
	.quad 0xb1bf78dcebb1ad97
	.quad 0xff79ba579d077aa6
	.quad 0x0000000080000000
	.quad 0x0018c15517e10fe8
	.quad 0xfffffffffffffc43
	.quad 0x7fffffffffffffff
	.quad 0xfffffffdd90e02e6
	.quad 0xaaf49e531ad3052a
	.quad 0x1bf191943a4c131c
	.quad 0xfffffffffffffdc2
	.quad 0xffffffffffffffdf
	.quad 0xa6dcc71baa4bd04a
	.quad 0x5d418824b47fb053
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xc0880000fa51acee, 0x6855633dffd22fe4
	.quad 0xbe04335242f0b7c0, 0xb088cfed968957dd
	.quad 0x044df3003773fc61, 0x3c57eda0c0c80000
	.quad 0xe4e1431bebf37fff, 0x80000000c0680000
	.quad 0xce6c791b7b2eefe3, 0x02b13cfd71290265
	.quad 0xc0ec0000ff0afaee, 0x7f00000063d93435
	.quad 0xbf40000041c19625, 0x6dff05e8ff2a5eaf
	.quad 0x3cf1c088ffc00000, 0xbfb615e67d4d479f
	.quad 0x236173cd7fff9fef, 0x02fc6d9b40940000
	.quad 0x7ff0000000000000, 0x73878bd0ffe7fefb
	.quad 0x4f1dde547f800000, 0x94614da7943fc8db
	.quad 0x0000000000000000, 0xc33b2709c10c0000
	.quad 0x802fffffffffffff, 0xc028000000000000
	.quad 0x181372ea8b2e8bff, 0xa0f8f23ccdffffff
	.quad 0x8cb5171af6ec16a7, 0x6c4896b09d4747c0
	.quad 0x0f759029ae3c83d2, 0xae46f7a7fffd0e05
	.quad 0x953e8a45f9bffc00, 0x25f69de07f7fffff
	.quad 0x0038c061c2b0f0d6, 0xbf90008c2f17643d
	.quad 0xbf4cc1677ffa283a, 0x27a9a68a7ffd21ef
	.quad 0xb0098a9efff2fe5d, 0xdb6728c49119e98b
	.quad 0x3d480000807fffff, 0xffc139fbffb82d32
	.quad 0xfff0000000000000, 0x9e6120723fc80b61
	.quad 0x7f369af6c9ca0e4d, 0x3843c95f81a2466c
	.quad 0x0000000000000000, 0x62da5f22d4a55cfd
	.quad 0x0000000000000000, 0x00000000be01d5f6
	.quad 0xfc7cccd43f900000, 0x4961bcdde8feddb8
	.quad 0x80400000ff4aeeb0, 0xffc00000ff93c514
	.quad 0x4cd3b1fcc6052895, 0x054ed578fe7f1cce
	.quad 0xc61d415ed7bab2b3, 0xc010000000000000
	.quad 0x7ff710abcbe23dd7, 0x42674526bf8316dd
	.quad 0xa7ce564ed4fb8f79, 0xffced65a47ffffff
	.quad 0xfff8000000000000, 0x1f51530f00000000
seed31:
	.quad 0xba795bf0f04f8502
	.quad 0xfb9d528a67c14836
	.quad 0x0000000100000000
	.quad 0xca75d193ba0c0711
	.quad 0x79d9eba0c16a1405
	.quad 0x0000000000000350
	.quad 0x0000000100000000
	.quad 0xe857804e66c8e995
	.quad 0xffffffffdda250c6
	.quad 0xfffffffffffffc7c
	.quad 0x8e51172171c933cb
	.quad 0x0000000000000002
	.quad 0x15dfcbc7ca6ba9d5
	.quad 0x21e6a5d4cb1cca81
	.quad 0xfffffffffffff20d
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x40effffffffffffe, 0x25b743c7fbf7be61
	.quad 0xc065a6c0d35a282a, 0x7853e1a301a50500
	.quad 0xe18037cd51357c75, 0xe2c0742bf4a85f60
	.quad 0xc020c00000000000, 0xc00a000000000000
	.quad 0xc06e99d5d73838f8, 0xbe48d944438e0000
	.quad 0x40cc0000c8c2a6a0, 0x39648cefa35780d9
	.quad 0xc0e3d61201f8e409, 0x800b8a2d48888098
	.quad 0xd269898dfffbc840, 0xf1d93d3cd7effaaf
	.quad 0xff8000004369e816, 0xffce3ed4807dd7ca
	.quad 0xea1d8c471aed5f7f, 0xbe98f59e4aa3ebeb
	.quad 0xcfffffffff800000, 0xb790509ad99fcf01
	.quad 0x004b7fdf8138b246, 0xfaac1c2dffcffdf4
	.quad 0xbfd0000000000000, 0x38c3dfc403feb8c6
	.quad 0xfceabf8deba58000, 0xbf9e62aed0067235
	.quad 0xc022800000000000, 0x7ff454f0838125e9
	.quad 0xce26735d7709d32d, 0x00140d03247975e6
	.quad 0xf50ba9849040fec7, 0x000000007e800000
	.quad 0x7ff0000000000000, 0xfff089bad575216f
	.quad 0x067a16effff978ff, 0x7f8000007f87a881
	.quad 0x35fdfb99d5f52c07, 0xd0649031fdddfcfb
	.quad 0xfe800000c21d9ccb, 0x2910d5a5f9bbfc89
	.quad 0xc08a0753ff800000, 0x38b4b193eb7fffff
	.quad 0x0000000000000000, 0xa0d9de597fb8d771
	.quad 0xbd65c4b1c0d00000, 0x422df35dc2e54bf0
	.quad 0xfff2b363ed976009, 0x70d4b8abdfdef7dd
	.quad 0x434fffffffffffff, 0xbd37fd9500304b29
	.quad 0xc0e9c080049d3da7, 0x1eb3de5dd93a2046
	.quad 0x401a000000000000, 0x709c87d7fffef59c
	.quad 0x7fbc4f20ff9b81f7, 0xc0f80000464c048d
	.quad 0x7fe17458cd244b61, 0xbeb5bacdffe4dca8
	.quad 0xffdeccdc2d9cc183, 0xbd75bf9304707893
	.quad 0xbca4cc41c6e400e3, 0xa9820058ba87b940
seed32:
	.quad 0xffffffffffffff96
	.quad 0x7601529b69f0d471
	.quad 0xf9dcb2f662d3af54
	.quad 0x773bb0e5384c6d57
	.quad 0x000000000008926f
	.quad 0x00000b05498982f5
	.quad 0xfffffffffffffe5e
	.quad 0x013daa4e6cf0db8b
	.quad 0xfffffffffffffcec
	.quad 0x5781a521509ce267
	.quad 0x289b83ff79f9ded2
	.quad 0xffff8b9da850b98a
	.quad 0xffffffffffffffc4
	.quad 0x0000000000000000
	.quad 0x0000000009f80ab8
	.quad 0xfffffffffffffeea
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x0cc1187ed1503994, 0xbf80000159ffffff
	.quad 0x2719c7d4d7e8d3a1, 0x3cc39541ffdafe00
	.quad 0x43bb766a1e074f77, 0xfb94c237678a734f
	.quad 0x8000000000000000, 0xe5b36922bb8097ea
	.quad 0x411d6518bf6b78f5, 0x7f800000fb1e9bc4
	.quad 0xffd22fb9c63e0000, 0x3fdac5dd221f657d
	.quad 0x80000000363ee4b8, 0xc050db5b5df5a239
	.quad 0x4219d844ef78afef, 0xfff0000000000000
	.quad 0xbebdc86f31da5de3, 0x0acba4476af61e4b
	.quad 0xbee6b17bffa11167, 0xcda5f6344d40d052
	.quad 0x413a000000000000, 0x7fc0000072454a48
	.quad 0xbcfd33cd7ff02a43, 0xa8b251f9b7bd7f7c
	.quad 0x68365739b2cfda8f, 0xc0a800003e800000
	.quad 0xfff01de178b318d2, 0x017fffffff800000
	.quad 0x1b045dc857bdff17, 0xee3538047287b7d8
	.quad 0x000519eeea6dda06, 0x3fbe5e35c400ec98
	.quad 0x7f0000007fabaa81, 0xd682d008ddd1f98a
	.quad 0x40e7fc012642bede, 0x4133cc157fc00000
	.quad 0x7e2dee1cffd7212c, 0x1cdeda603bf03477
	.quad 0x0ccf3998a2bc8800, 0x6f9ae5494c1a9392
	.quad 0x016ec842a975e476, 0xbfd581d98482c296
	.quad 0x35c8efd67effffff, 0x9b30f4501f58fe00
	.quad 0x39239060e033c524, 0x7fbd701aff800000
	.quad 0xbf79ed3384b54588, 0x0f38a42fffcb801f
	.quad 0x8000000000000000, 0x86c970fbb117a53f
	.quad 0x6f8092c4df6eafa0, 0x234802ea7fefffe0
	.quad 0x30c9a706d1bc7c00, 0x672c9bdf7a458200
	.quad 0x41ef569040c00000, 0x7fb713132f3a3035
	.quad 0xbb8064384f000001, 0x94fa245abdf48400
	.quad 0xfc8565fb00000000, 0x80077c3b43f667f6
	.quad 0x43d85becff8c29fc, 0x438e35ff99636545
	.quad 0x00a1075effaedbfd, 0xff54d2d97c600fd9
seed33:
	.quad 0xfffffffffffffd83
	.quad 0xffffffffeb5ab994
	.quad 0x2edf2af7edf0a5cd
	.quad 0xffffa23157bc0375
	.quad 0xffffffffffffff4e
	.quad 0x0000000000000151
	.quad 0x00000000003a62b4
	.quad 0x0000000100000000
	.quad 0x85ae121eb022c0f5
	.quad 0xff71f4d2ca70856d
	.quad 0xfffffffffffffffc
	.quad 0x017bb6eb40400bb2
	.quad 0x05a0b5f09332fcf8
	.quad 0xe75f49c7e003fc9e
	.quad 0x3160b02fe4540e52
	.quad 0x35581e2df9444c17
	.quad 0x04000000
	.quad 0x30000000
	.quad 0x032db703401dcc0c, 0xec282c7cf7027bf1
	.quad 0x7e8b6478681150ce, 0x808f73a3806f99d5
	.quad 0xa33fa0dcffc00000, 0x40d80000796f179b
	.quad 0xc8be11daab5182ab, 0xec7f971bb30839df
	.quad 0xbe19d249ff8020e9, 0x7ff8000000000000
	.quad 0x66dc7fb019330580, 0xca0e658a5c524d52
	.quad 0xbffffffffffffffe, 0x80032772bf429870
	.quad 0xfde440203e9492ec, 0xf3033a83bf902c42
	.quad 0xbfb0d29008d9dee0, 0x5d31b4f939000000
	.quad 0x390d2396e544adf2, 0xacb2bba3cfa39801
	.quad 0x2426c7cd5dcf12fc, 0x2c27dc4149bbfbd2
	.quad 0x036a57cbc551e908, 0x601907c1040de2a1
	.quad 0x5effffff41ce2328, 0x37445a33e9f4ff4f
	.quad 0xc008000000000000, 0xc2978359bdb03624
	.quad 0x400f71ec41175c59, 0xfffd220995ff176b
	.quad 0x8000000000000000, 0xc007157525578e4c
	.quad 0x4000000000000000, 0x8008000000000000
	.quad 0xffcdb54d40400000, 0x7fd0000000000000
	.quad 0xc023000000000000, 0x019c60f8a4a79003
	.quad 0x7fbbfbaf7fb3cbd5, 0x4011000000000000
	.quad 0x65edd3b13ae746c0, 0x5d5afa177fdec9bf
	.quad 0xd738727cd4374840, 0xc05c783a97643911
	.quad 0x7a5a7550b79d928d, 0x24fdd3886f7ffffe
	.quad 0xdf6c6cc3c9410000, 0x7fbae12fff800000
	.quad 0x3054d597f3dffc00, 0x0008000000000000
	.quad 0x001fffffffffffff, 0x77ea6264084c41aa
	.quad 0x0a8ad5c0efed7de7, 0x7fe77ff0ff800000
	.quad 0x30a962fc2601fe32, 0x7fda7a405192b306
	.quad 0x4045c9730d7d2d71, 0xfff0000000000000
	.quad 0xc111400000000000, 0x009c01bc94803359
	.quad 0x00000000ffc00000, 0x6c0349ec51f3ad34
	.quad 0x746e645065ebc780, 0xbbad800000000000
seed34:
	.quad 0xffffffffffffffff
	.quad 0x4f56c0c6b2ef540f
	.quad 0x0000000000000266
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xed247afb1e4bbd90
	.quad 0xfffffffffffffef9
	.quad 0x00075735aaccedc4
	.quad 0xb608e8e53536d1c4
	.quad 0x188618b82e34ef6d
	.quad 0xc994349c0f359f31
	.quad 0xfffff7a99b25fa41
	.quad 0xc375a6aebbad6155
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0x570b5c567ae7dfda
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0x601889a8d3531a18, 0xf152878cbe6e8971
	.quad 0xd0916bf683ff2ecf, 0x7fc0000040500000
	.quad 0x5ca6890ce7adfcbd, 0x545b2258d6fe7877
	.quad 0x7e5e98fbe459c4c0, 0xfe866f122cf334f4
	.quad 0x404800007f800000, 0x01c820d5a63ee663
	.quad 0x8f8ccd35d51eeb3e, 0x06dba2f1fefb5ff7
	.quad 0x3ceb3de4717db21c, 0x7ff0e54b08518bcf
	.quad 0x9820f4f6a9a1dc85, 0x3d58bbc7db7ffee7
	.quad 0x0000000000000000, 0xea5ff2265ffffffe
	.quad 0x7fd46acb3dd44fc6, 0xeef7e9e47fff6fbf
	.quad 0x623dfbe9d6fffb7f, 0x1eab0954b5360000
	.quad 0x48a000003c771ff7, 0xd26956b1a2c5781d
	.quad 0x2d9c9e1089548f10, 0xff800000fe800000
	.quad 0xf40838982c5d0595, 0x7ffa0f825e799b03
	.quad 0xfff6f59eef9905d4, 0xff6a6d4835af9374
	.quad 0xd70d29fe5fffffff, 0x3f7ff822589e60b9
	.quad 0x3fa4132802dceb02, 0xf3afb4762d64a43d
	.quad 0x11ed43f57fd1090c, 0x90be4ee8ce30683d
	.quad 0x4044e40700c506f4, 0x4950d3432fffde7d
	.quad 0x4f0b99c82065fdaa, 0x57d0d59be39eea3e
	.quad 0xbfb4eee478c1d307, 0x6eaccc09da224d22
	.quad 0x6e030ffb410e0000, 0x758e9d87fcefbb50
	.quad 0xc607000000364824, 0xfff4df674ab4f2d0
	.quad 0x7ff0000000000000, 0x73785d06c5bbb029
	.quad 0x7ff8000000000000, 0x7221a2ec93ba4a5c
	.quad 0x4090400000000000, 0x477fffffff6ec8ef
	.quad 0x4006fd0a71c9425b, 0xc005a15a67273192
	.quad 0x3e54c27b3f67df6a, 0xbe316ca580d8a1fc
	.quad 0x3ed07bb8fffbaf7f, 0x3c20ac31bfe7d031
	.quad 0x7aca240ccbda3f80, 0xb7690000ffbc1f93
	.quad 0x22528ceda34a07ff, 0xef1c46ad80000000
	.quad 0xffa3f89f91a07caf, 0x3d178f4e803a06f0
seed35:
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd67
	.quad 0xa5e42e3e220029df
	.quad 0x9e32901d23b44dde
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x5d2b1b66302d9f1a
	.quad 0x0000000000ba5930
	.quad 0xf182368eb799f30a
	.quad 0xffffffffffffffff
	.quad 0x00000008c3e2d9d4
	.quad 0xb6b6936cab6e396b
	.quad 0xfffffffffffffd19
	.quad 0xf55850c18936f0df
	.quad 0x0000000000000002
	.quad 0xff69a04e0980b37b
	.quad 0x00400000
	.quad 0x90000000
	.quad 0xc011000000000000, 0x3fe6f1fd1b717484
	.quad 0xb65020fe42a7f274, 0xfdaa24c110c4cbe4
	.quad 0x000e15519f12f9f3, 0x41000000c044151f
	.quad 0x4088000000000000, 0x0d513ed7feead3bb
	.quad 0x7e568da5fdbdddff, 0x4d69df03ffe7dd7a
	.quad 0x7ff79ba9ddcf31d9, 0x2ac2fb49ffb9ffe5
	.quad 0x3fcb2fc0b9076b21, 0xbc300000c1882f9d
	.quad 0xa93d0964efa00001, 0xb8847632ffbe0f50
	.quad 0xc3bd8220d3670000, 0xc0880000c0900000
	.quad 0x7ec7368cffba57f0, 0x2d1dede1fffb6093
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0xf9213778c7708800, 0x8e66c04bbe9c0000
	.quad 0xc8d4e7143d5edfef, 0xc0a7caaaeff2f46b
	.quad 0xc1fddb533eafd497, 0x0d132713f973fc00
	.quad 0x0000000000000000, 0x4de0068556b057c4
	.quad 0xe200d9a3bfdf4b5f, 0xc0583e344d2b8139
	.quad 0x2a07cc95a1c345e4, 0xff8000003f0a9101
	.quad 0x8029bf6bff9a3405, 0xffa2a0077f800000
	.quad 0xc0a4000090065686, 0x87f230c3df052742
	.quad 0xffc000008b407b15, 0x3ef9000000000000
	.quad 0x3fcaa65eda2a3d47, 0xd6afe793ffb9362c
	.quad 0x7f8000007fc00000, 0xcf69e8a8599b0a4e
	.quad 0x7f88445f477ffffe, 0x3e197bf7c10c0000
	.quad 0x802fffffffffffff, 0x0000000000000000
	.quad 0x982609cad78383e7, 0x4545a321e91fa720
	.quad 0x7ff23942c8be8f2a, 0xc0324dd04ff8c58e
	.quad 0x707b04b12cd6f800, 0xc2c31f42c4f37950
	.quad 0x0000000039510000, 0xff85ad92c0a8c8bc
	.quad 0x400a000000000000, 0xc4a2883fac3ec5a0
	.quad 0x0702460331990000, 0xff0a208a57a7df2a
	.quad 0xc01de7d09413aae8, 0xfff8000000000000
	.quad 0xbfa1a98e3b9e4ae9, 0xecede16780400000
seed36:
	.quad 0xffffffffffffea6f
	.quad 0x00c443f2c1780742
	.quad 0xffffffffffffffff
	.quad 0x00000000ad91ad0e
	.quad 0x0000000000000001
	.quad 0x000000043125d9e3
	.quad 0xc549fd9f3b6c8e9f
	.quad 0x0f91a5cf11e7b077
	.quad 0x1b75b5618d46534b
	.quad 0x0000000100000000
	.quad 0xf84daa9c9227bd80
	.quad 0x0000000001000001
	.quad 0x000000000000020c
	.quad 0xcbeb24b302fbb505
	.quad 0x000006214b74861c
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x45dba0c0d1e1f535, 0x0000000000000000
	.quad 0xa3ea2f469c914f7c, 0x403212ec009893b8
	.quad 0x7ff6cb6678d022d7, 0xfb95bf048f1379a1
	.quad 0x4000000000000000, 0xffd8aa947fd90ff1
	.quad 0xffd0000000000000, 0x00000000003dfca9
	.quad 0x0b5a3b69c3da829d, 0x62251c5d88a07ab6
	.quad 0x802f398100000000, 0x8df016f02bf57e7f
	.quad 0x0bb1909977c7164b, 0x6c01be18c124fe03
	.quad 0xc069527266270dcf, 0xe07fffffc0d5c6b5
	.quad 0xbff12dc28c01c76c, 0xac490920302ad60c
	.quad 0x83ba8dafc23e1a5d, 0x0040000080800000
	.quad 0xdea3936bf7f293cd, 0x8000000000000000
	.quad 0xd32575a54f8a0000, 0xb7e29c1047c3fa74
	.quad 0xf830d0495fa2ffca, 0x002e2e2979ebe5d6
	.quad 0x00000000ef1918b2, 0x807c66047f34b516
	.quad 0x0777982f7bf153da, 0x00295ab5d24068a2
	.quad 0x99cd2bafaff9c14f, 0xf05ee6bedbeaaf6d
	.quad 0x8614401e80400000, 0x6bb1f3bb807fffff
	.quad 0xff800000dffffffe, 0xfdae85aa8beba818
	.quad 0xfd9d2c3dd1f014ef, 0x32841a5ffaff1ff4
	.quad 0x900fc830a80b38f5, 0x80f96d8afec5f76f
	.quad 0x27c61b347ffefed5, 0x42255f16d730428b
	.quad 0x4b37e39c8061f3ff, 0xfffecb88c3e38a9b
	.quad 0x75e3f4c9ff5851f5, 0xfc179393eb0aff6c
	.quad 0xf57daa8f3c72d695, 0x82f62db1e7209762
	.quad 0x0000000000000000, 0x40980000ffc00000
	.quad 0x7ff131236781b677, 0x0a3bf3ae3f400000
	.quad 0x0f8323a63fe00000, 0x87f34b59e8f7ed8d
	.quad 0x3fbf753dff8f0d94, 0xc0a40000bb1e0000
	.quad 0x05faf1f797fce0cd, 0x0000000000000000
	.quad 0xbf80000080365b60, 0x6af02147fffbf7ff
	.quad 0x4028af98b8c9b00a, 0x4eb1e2a83cb445a0
seed37:
	.quad 0x00000000ffffffff
	.quad 0x0020000000000001
	.quad 0xbbe3a6a6aba42fe5
	.quad 0xffffffffee389232
	.quad 0x0000000041a8fe92
	.quad 0xffffffffd48cdf51
	.quad 0xffffffff80000000
	.quad 0xc7d7bdd147fbd20a
	.quad 0xdfb43f1a046aca9b
	.quad 0xa29dbc03ad6a691f
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xffffffffffffff91
	.quad 0x000000000bed526e
	.quad 0xa52717d99047d50e
	.quad 0x00000000000001aa
	.quad 0x03000000
	.quad 0x80000000
	.quad 0xaa704388f3ebdbf3, 0x0a50579ebff55906
	.quad 0x8000000035800000, 0xfad076a14f951b50
	.quad 0x000e70fe29a0f442, 0x96dcc01180000000
	.quad 0xc039a2fbe839ff36, 0x40640ecead4d5c47
	.quad 0xfc3a3f21ffc00000, 0x3bc55145aaecb304
	.quad 0x860a7adc7fd3fdff, 0xff800000febd7219
	.quad 0xc01a15e0999961a0, 0x0000000000000001
	.quad 0x7a9920d8fff63f9e, 0x40e80000ffc00000
	.quad 0xc00cde723e4df19f, 0x7fb4641eff7fffff
	.quad 0x98c6cd2d788d02cb, 0x85a8dda2974a3d00
	.quad 0xff000000bf000000, 0x088774db01000000
	.quad 0xc340000000000001, 0x00400000ffa36f7b
	.quad 0xc22183c1ed319e4b, 0x81a8529cf2873ab7
	.quad 0xfff0000000000000, 0xbfec426c39142846
	.quad 0x895d05648e88548e, 0x01980a5352046bb0
	.quad 0xdef344257dc66ee5, 0xc340000000000001
	.quad 0x7fd81d5600000000, 0x58f3050dc680c8a0
	.quad 0x7f8279fd41fe002a, 0xa380c1e1ea2deeb4
	.quad 0x4031d101f322e8db, 0x8000000000000000
	.quad 0x37860fbe4a150b85, 0xb830d838bfed807a
	.quad 0xe1f5f243ffc00000, 0xba12237733902ad2
	.quad 0x011fae3d0c121edb, 0xc2ac5bac992d5c02
	.quad 0xc257afa7c19de593, 0x800890dd9977e0f5
	.quad 0xfd650c75fafd90be, 0x3fe751758c1c16e1
	.quad 0xd9800001769f475b, 0x008000003fc30000
	.quad 0x7c343da43c8cf990, 0xdd3e6cb3f818f8e9
	.quad 0x8302f06a4380ce31, 0x4023c00000000000
	.quad 0xc0700000ffc42926, 0x19c7908065193b2f
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0xc02f7980751d624a, 0xc5fce480292b1381
	.quad 0x00025572726950d0, 0x2a7e4e73c3cb8ca6
	.quad 0xaff2eec939960200, 0xeb1b3ce6ffcaf8dd
seed38:
	.quad 0xffffffff6ef793b8
	.quad 0x0000000000000003
	.quad 0xcbf1aaf4e5b25917
	.quad 0x00000157487bbdbf
	.quad 0xfffffffffffffd6e
	.quad 0x0000000000000000
	.quad 0x000095e0ada125e8
	.quad 0x0001367bdf3f8893
	.quad 0xfffffaf26b961ddf
	.quad 0x53aa06d13d014d9f
	.quad 0xdbc0048b132ba678
	.quad 0x000000000000006a
	.quad 0x9327491106918d7a
	.quad 0x003ff18b28a26fe0
	.quad 0x008fa03af0681df1
	.quad 0x00000000000000ca
	.quad 0x03000000
	.quad 0x70000000
	.quad 0x1e7ff656ffdbfcff, 0xff7fffff817fffff
	.quad 0x3ffffffeff800000, 0x0000000000000000
	.quad 0x35bb6d0d7cbffc77, 0x403c000000000000
	.quad 0xc003000000000000, 0x430f86eafeffffff
	.quad 0xbeb7f70280000000, 0xaf361ea60fde7d45
	.quad 0x787c53267fc00000, 0x4c171c8c04953ca1
	.quad 0x4022800000000000, 0x4190000000663d47
	.quad 0x01b48a9f78dd6d47, 0xbfe5e00bc1915d71
	.quad 0xf1e28287cba18f29, 0x8294b54dd0ebf81d
	.quad 0x6ce4355bfe1e8c29, 0xc00ff9dcd66acc67
	.quad 0x0d5af3c576d737bf, 0xbf57000000000000
	.quad 0xff800000c3b4350a, 0x0150f1f59f41c9f7
	.quad 0xbec00000972a0946, 0xe90959b7bbfffffd
	.quad 0x100ff8d0ae36fdff, 0x4157eb60bd4a8000
	.quad 0x0000000000000000, 0xbfc0ca3aca693953
	.quad 0x2bf5a39ee27a8921, 0xd442b96f2be25508
	.quad 0x4f7ffffec0c80000, 0xfff1a356bfd2c17f
	.quad 0x7ff0000000000000, 0xb26cc62f7fef7771
	.quad 0x7f8000007f800000, 0x7fe0000000000000
	.quad 0x3fb67ae688fda657, 0xc37fffff80400000
	.quad 0x83ca995741200000, 0x40e80000ff800000
	.quad 0xecc951b08a8bbd87, 0x7f8000000ddfa69d
	.quad 0x0000000000000000, 0xc9c298477d03d7e8
	.quad 0x5130a57bde337b0c, 0x66c926a97616c600
	.quad 0xa391d54310385d83, 0x8cb0d579ff83887b
	.quad 0xc57c000030c1176f, 0xcd8a4b85de7b2014
	.quad 0x021b80908cd1a02e, 0x541720d1a15a7c00
	.quad 0x973aef8128c85030, 0x3e72c66940fced57
	.quad 0x773e7d12fd35faf5, 0xf6b7ba0480d9c7f3
	.quad 0x5021a8403cee24fb, 0x81f57b91c5c9e764
	.quad 0xc963f471f8a62f6a, 0x31752818fbfeff0e
	.quad 0x3cc00000c0263f90, 0xbf78b4d729242d9e
seed39:
	.quad 0xffff6025b0b02223
	.quad 0x86e8a7c7be5ea47a
	.quad 0xfa2823cae834bddd
	.quad 0xfffff3a6323a3894
	.quad 0x8c6bcf3821c9a8d5
	.quad 0xffffffffffffff24
	.quad 0xfffffffffffffd02
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x3483da5411eb1efe
	.quad 0xfffffffffffffd88
	.quad 0x0003a5303c173373
	.quad 0xc4d760b225173915
	.quad 0x000000000236be2b
	.quad 0x00001b07425caba5
	.quad 0xffffffffffe8ab3c
	.quad 0x05800000
	.quad 0xe0000000
	.quad 0xd2062e8e655246c0, 0xca50af1dff8a76f5
	.quad 0x017fffffc0e40000, 0x406224feb03b0dcb
	.quad 0x7ff0d6b72877c2fc, 0x3e680ec99e8d7dfd
	.quad 0xc0668b12b64173c8, 0xc7334b99b64ffbee
	.quad 0x004b9cac8375895b, 0xf920c469cfc25fa9
	.quad 0xffbdd9bd846c7c00, 0xc5a90d6866aa2e9c
	.quad 0xc989d13d6f2bc942, 0xd8306bf7e8fefc00
	.quad 0xc022400000000000, 0x81a0275fffdf6f7d
	.quad 0x7fc0000011b863bd, 0x2138c6917746d310
	.quad 0xff9598dbff800000, 0x0137ce04ebc4db2f
	.quad 0xa2c4f7be7fdae97b, 0x3ffc000000000000
	.quad 0x81b17f0bff9058a3, 0x16aa286b521f068a
	.quad 0x43caef2163536599, 0x00000000c1b2d1d2
	.quad 0x8008bdd619330dfa, 0xfc40f1d5d4975ab3
	.quad 0x3fffffffffffffff, 0xff8c458442786bc0
	.quad 0x00624a496c457047, 0x4101800000000000
	.quad 0xfe78a88affa9286d, 0x491c664a7ffd7d08
	.quad 0xbf88000000000000, 0xc003335c7f91417f
	.quad 0x004fdfdd2f374240, 0x42f9dc1239600000
	.quad 0xffc00000bc5e0820, 0x3dd5126a2daa08cc
	.quad 0x773d108d96d8fc00, 0xf37ed6e7d9ff7fed
	.quad 0xc7900000c3779e38, 0xa3c59244bcc7ffef
	.quad 0x85292bc443ff25f5, 0x0ecd05b1e96878d9
	.quad 0xead182630d409134, 0x7e10918c59e8314b
	.quad 0x6f2020fcd7ed70d0, 0xfb9b30b0ffe3ff1d
	.quad 0xee6a6eb8820f8a41, 0xc06e297719c0787e
	.quad 0xfff30104b90de877, 0xffc0000043f20000
	.quad 0x0015d882f8922c8d, 0x4373e01c7fdfb455
	.quad 0x0000000000000000, 0x47b0a38647440000
	.quad 0xcadab62e1a085dd5, 0xfff812a536eedd2e
	.quad 0xbfa75b5d768970cf, 0x74845a0c00000000
	.quad 0xfff6de1241140000, 0xb76600003b680000
seed40:
	.quad 0xffffc5f19bfd8937
	.quad 0xfc9f30e97638535a
	.quad 0x5f60eed93cbe16c4
	.quad 0x5a6159b7f148e0fb
	.quad 0xffffffffffffffff
	.quad 0xfff2b448acb1797c
	.quad 0x00051c621feafea0
	.quad 0x23e8fec388d35d5f
	.quad 0xfffb43367b5da60a
	.quad 0x000000000000038e
	.quad 0x000000000000005a
	.quad 0x0000000000000308
	.quad 0xfffffffffd9d0d1c
	.quad 0xffffffffffffffff
	.quad 0x00000000003f1188
	.quad 0x4b2cc32ad4dc62f4
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x7dd0df9cc0700000, 0x726bc452ccdf2ff9
	.quad 0x5b116409df64a20b, 0x95d307027fd03046
	.quad 0x800d4885cbe09182, 0x838958f2e6774eb2
	.quad 0xb4117f497b487b58, 0xb2735798bf3c78b5
	.quad 0x7f80000065a0f99a, 0x7fdfffffffffffff
	.quad 0x82dd3a98de1fc06b, 0x7ff73dce1feea98f
	.quad 0x402964d1acd1cd61, 0xbf77cce8100d2e1c
	.quad 0x2d5799f254f9fc00, 0x0000000000000000
	.quad 0x7ad2d83899df62c0, 0xff5cf1f63f900000
	.quad 0xbfcb951c4f02ef57, 0x3d98e6e11a824e03
	.quad 0x3fbf400000000000, 0x06e830dc14154bc8
	.quad 0x7f4c55527f0239a0, 0x3d8d1f7c11b9d10c
	.quad 0xd9dbabd34955441a, 0x26767f254daf559f
	.quad 0x5f52947edbff3de4, 0xbd357d14f5b33556
	.quad 0xbd97d2a740d80000, 0xad5936d242abc3a4
	.quad 0x320c82badfdb5cb1, 0x7fd2855ed5ce5f97
	.quad 0x2a5e5225ffebcf1f, 0x7bf0d0d77fdb240c
	.quad 0x046148f647f15fff, 0xc3fffffffffffffe
	.quad 0xc32000003ea72a8d, 0xbc4cd794fff825c2
	.quad 0xaded48cca4155dd1, 0x0057747c7f801c7e
	.quad 0x2b4140ff217a5327, 0xaf457e88ffd516f9
	.quad 0x407c1e6339c49505, 0xdf7ffffe00000000
	.quad 0xa4b8774d2ac6501b, 0x0000000000000000
	.quad 0x7f800000ffdb8635, 0xfff0000000000000
	.quad 0xb0ab395b7fe77f5f, 0x3f7e4c86f5337845
	.quad 0x925f75a80a96bb00, 0x6ec027898e0a5989
	.quad 0x6f4672a6fb481251, 0x80fe42c13fdd37f6
	.quad 0x000f505d8116d475, 0x80276db0097c435d
	.quad 0xff80000063a8ca90, 0x6fc0cd4cff079f48
	.quad 0xc03332dcee52b1bd, 0x3fc83acb2a20b34e
	.quad 0x043e1c96376470fd, 0xf428e72e060eb2cc
	.quad 0x8a7fae817ff5baff, 0x3a39bea2d7ff3fbe
seed41:
	.quad 0xffffffffff103502
	.quad 0xfffffffffffffe1f
	.quad 0x00000000000003b8
	.quad 0x00000000006bc65e
	.quad 0x50a075ba0f0f512a
	.quad 0xf9e5439481d5831b
	.quad 0x0000000000000360
	.quad 0x74f47b5fea669f2f
	.quad 0x0000000000000000
	.quad 0xfffffffffff4a978
	.quad 0xc52e1d9afa951246
	.quad 0xffffeece2c88358c
	.quad 0x8000000000000000
	.quad 0x0000000000000176
	.quad 0x38606ec55484a9cb
	.quad 0x0000000a1311a2e4
	.quad 0x03c00000
	.quad 0xd0000000
	.quad 0x711138dfeec0d59f, 0x3ede84e068a8fc00
	.quad 0xfff0000000000000, 0xbfbbf7cce6b2c697
	.quad 0x8178f039c000a9c6, 0x561b12e3bffffffe
	.quad 0x721e038bda582555, 0x7ffa153e2ae3d39a
	.quad 0x7ed5ed8eee50afc2, 0x2889ac9b43a682a6
	.quad 0x53a07ef566677e00, 0xfff4c2f648948fe6
	.quad 0xffac85a3e0d070c7, 0x8dcbf378ffdb7936
	.quad 0x000fffffffffffff, 0x821a265745224767
	.quad 0x42e85e4cbc11f25c, 0x42882692c1fd0000
	.quad 0x00000000ff87915c, 0x0000000000000000
	.quad 0x4182159cc15ab276, 0x5f000000bcdb0ae8
	.quad 0x56ef554d06d0eb29, 0xc4090000beba5bea
	.quad 0x00000000004bba7f, 0x869c056cffbbfaf5
	.quad 0x89be73dada504c16, 0x62a4ac79dfc67d8d
	.quad 0x3fa000007fc00000, 0x26e3d4cb3f2d3173
	.quad 0x82113da73e9611a2, 0xbf09e4a340d40000
	.quad 0x7d6db0abcf7fffff, 0x0abf225cff000000
	.quad 0xdedc99703fbfffeb, 0x3cad100280000000
	.quad 0x69acc6cbfffffefb, 0x0000000000000000
	.quad 0xfca1268d3f234554, 0xbfcea12cb9141506
	.quad 0x8000000000000000, 0x7ff23088b7cf1059
	.quad 0xe3bb143c68db6917, 0x85a1b6bf2fc4fc00
	.quad 0xfeffffff3ce087e9, 0xc538236ade33fd11
	.quad 0x42ecffb900000000, 0x7ff574d71b8de5ac
	.quad 0x000000017fad3d50, 0x7ee3332cbb3ffa69
	.quad 0x205ab313dfce7cd7, 0x8e10c6a3be017ca5
	.quad 0x463b5145ce087d40, 0x5cd69116793f555e
	.quad 0xfe80000080000000, 0x7ff0000000000000
	.quad 0x3aed5dc02ec2fc00, 0x3f800001d56e83d0
	.quad 0x9c15c0c4bf048ea5, 0x15b12668ff078f51
	.quad 0x00a85d0a97d99ed0, 0x45c970347fe57c00
	.quad 0x0000000000000000, 0x3fcbac90ef6bfebb
seed42:
	.quad 0x184fe9b20f95694f
	.quad 0xffffd51519725321
	.quad 0xffffffffffffffff
	.quad 0xdb7d1fa8ada7b9a6
	.quad 0x0000000000000890
	.quad 0xfffffffffffffe83
	.quad 0x359f674657dd73d8
	.quad 0x0000000004cefe63
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0xc9df8a81099c6d1e
	.quad 0x0000000100000000
	.quad 0x69b623641f8f01e5
	.quad 0x57d089945699dde3
	.quad 0xa42d63bc1554af8a
	.quad 0x50fdbd1f874cff53
	.quad 0x03c00000
	.quad 0x40000000
	.quad 0x0d3b5235fd4f7cfc, 0x079a6930d1c49238
	.quad 0x4a20479d5b247e9b, 0x5b4ffbec2da65997
	.quad 0x14be77e18cd7f7ff, 0x80400000c11a490f
	.quad 0x8000000000000000, 0x5ffb356c19d690c1
	.quad 0xbf87a764d15b4834, 0xfff0000000000000
	.quad 0x909299b24bb3c8ca, 0x3f76cea3ac67491a
	.quad 0xe3ef8225f7dffbff, 0x2b9118f8c4125e13
	.quad 0x96ede2e03ae67e00, 0xf0be9ed6b3d313da
	.quad 0x59d4dde89d4fc742, 0xce4910d984a58000
	.quad 0x0ecfcd6609c2a43d, 0x00beac7744a2ec20
	.quad 0xbfcf4e0e9d4d7ddd, 0x7ff0000000000000
	.quad 0x40b2000000000000, 0x80000000c7000000
	.quad 0x004c140a50d7a98e, 0x7632b2e87f800000
	.quad 0x80144d20f33d85a0, 0x7e328829a04c7338
	.quad 0x804a8046c2000000, 0x1600674dd1ab7dab
	.quad 0x411f000000000000, 0xbe8f5790c0e00000
	.quad 0x000311d00bd0d53b, 0xcb083db1e9590001
	.quad 0xba00000000271d0b, 0x80000000ffab40d4
	.quad 0x7ff0000000000000, 0x800b70ae389e5746
	.quad 0x000e26bbb653bbca, 0xbfd25783ab58b9a2
	.quad 0x3f7ca4fde908cc09, 0x46955e63fbbfbe22
	.quad 0xbfe4000000000000, 0xc8ef338b2ba2bb78
	.quad 0x7541efe0007fffff, 0xb6e000008835ebb2
	.quad 0xc34ffffffffffffe, 0xc3ffffffffffffff
	.quad 0xedb545b1079d0001, 0x10f38c869d7df6fb
	.quad 0x933d82e2f5a59e02, 0x407f9682fcfe10fb
	.quad 0x4016000000000000, 0x7fe304ddebb6ada8
	.quad 0x472e2642ffe57cf9, 0x5232ef24460ea411
	.quad 0x004c2508ffc00000, 0x068b613ee023a9d5
	.quad 0x7fe8043f62ccf128, 0x1f92c0697fc00000
	.quad 0x3602fe93e5e1ba00, 0xffb9ee1aff6c0b6c
	.quad 0xff800000ff800000, 0x9b02bd7ccf771df6
seed43:
	.quad 0xffffffffffb15c94
	.quad 0x00000055c7d27eaf
	.quad 0xffffffffffff8978
	.quad 0x65d66ca0e8de0a87
	.quad 0xfffffffffffffda4
	.quad 0xfffffffffffffec3
	.quad 0x232569fc4ecf74b8
	.quad 0x2efd68df653cfa3a
	.quad 0x00000000000000d3
	.quad 0x76e36c61985c8ca3
	.quad 0xfffffc156a35d2cf
	.quad 0x0000000000002da5
	.quad 0xfffffffffffffcee
	.quad 0x2c76369818de8d8f
	.quad 0xffffffffffffffe3
	.quad 0xd68f318b5193ccb7
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x8aa163d9fdfdd550, 0x3dda6a6143140000
	.quad 0x901970925b7d2de3, 0x4013000000000000
	.quad 0x9a17aa0ae2fa0200, 0xff800000bba834a8
	.quad 0xc53882e9b2a5b3c4, 0x1fe0658cd1e66575
	.quad 0x5b86366ecfcfbdef, 0xd3bde215e3eeff44
	.quad 0xb3f9d77777434780, 0x40f0000000000000
	.quad 0xfffab533879e83dc, 0x7ff13d3859420377
	.quad 0x403285a92f38920d, 0x8037eddd3f800001
	.quad 0x028be8ababd0dae0, 0xd823be73f5dfdff0
	.quad 0x0000000000000001, 0x084e2ecabfffffff
	.quad 0x5244cf41ffb6768a, 0xbffdbf60e35b2528
	.quad 0xaab69e6692ad45c9, 0xb7e80000c2dd6ac5
	.quad 0x2e41ba25ffecfffe, 0x8000000000000000
	.quad 0x009877477f800000, 0x40e0000000000000
	.quad 0x35b064aa4b5482e8, 0x6a7e41067f800000
	.quad 0x004000004040e254, 0xc09c4966ef1f4c72
	.quad 0x6f1004d04a19fbea, 0x4022400000000000
	.quad 0x4dd8c99bc99ec9d8, 0x3c0a6efe8047fe95
	.quad 0x00f975d8ef00c471, 0xfad9c76fe04bf53f
	.quad 0x7eb239ef1360714a, 0x8e540fce003b475c
	.quad 0xc8429ac64bed2224, 0xbfd555d9dbfa0741
	.quad 0xc6c55f05b531cbe4, 0x405accf7ab76c89f
	.quad 0xc606a2414c5575f7, 0xfedb8eb3671d83f5
	.quad 0xc14ffffffffffffe, 0x3f12800000000000
	.quad 0x00000000048b2071, 0x7f22df406776a031
	.quad 0xb311427e2627a425, 0x8000000000000000
	.quad 0x7da62240b63423aa, 0xfae7ba2480000000
	.quad 0xdb5eec64407fffff, 0x03369f4966f0419c
	.quad 0x42f908b07375aa70, 0xc0f6bb411c12227b
	.quad 0x400a000000000000, 0x53cc63046c371f6f
	.quad 0x53a9fe767fc00000, 0xbe3a86601aef891b
	.quad 0x18428f3af0976cff, 0x09f42fdae11a6ef8
seed44:
	.quad 0x238f4f988443050a
	.quad 0x993296d30271a937
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffff7d9c
	.quad 0x54de6dbccee454e4
	.quad 0xffffffffffff1a03
	.quad 0xfffffffffe6075b5
	.quad 0xfffffde991c38276
	.quad 0x675e7fdd026fe885
	.quad 0xd94f44e6fc14b130
	.quad 0xb47c913862d06722
	.quad 0xaca77752442ab8cf
	.quad 0xb87bca2b166f785b
	.quad 0x0044f556f0a2e117
	.quad 0x788069daf9711e32
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x7fbae2ed3f800000, 0x96fd6e65fffd5cf3
	.quad 0x8f82800700000000, 0x69349dc135144c57
	.quad 0x8000000080000000, 0x8000000000000000
	.quad 0x80d878c56637ec49, 0x38ba0000c065a1e3
	.quad 0xc06cf288a94473c8, 0x00400000fb1f2696
	.quad 0x848e5ebf5ffdfe58, 0x2c85b17f3d837c00
	.quad 0xc569939055997c49, 0x7f8000007ffb75a0
	.quad 0x419e6b5578eefdf0, 0x77492fcfd31e2999
	.quad 0xbbb5d53e3dca6afa, 0x7e250aedb4bbba2c
	.quad 0x8d17cfba745fd49b, 0x00000000ffae2dd6
	.quad 0x006bbe6e41c81e6a, 0x7ff03306d979010e
	.quad 0x3ffc707f0d1070e2, 0x8020000000000000
	.quad 0xbe08810240b00000, 0xc067f53c4288ac70
	.quad 0xc008d03e4a25f39d, 0xfff0000000000000
	.quad 0x3cee0000805837c4, 0xebf1c977d64f4409
	.quad 0xbf71cd9d89fde3a6, 0x7dd17ef83a07daef
	.quad 0x3f9e0a0e5221f577, 0x81cf71fa49c45878
	.quad 0xc3f0000000000000, 0x91eab0231898d2ab
	.quad 0xec28d47cff147c67, 0x7ff8000000000000
	.quad 0x7ea17e27ebf8394a, 0x7ff0000000000000
	.quad 0x079d658de5688000, 0x0010000000000000
	.quad 0x433fffffffffffff, 0xa02f7143549a48a0
	.quad 0xb2ea502fedec3a94, 0xb4bc910dfffdbefe
	.quad 0x478000017e800000, 0x7fe97e3dff81ed71
	.quad 0x0001211d774af7ed, 0x035e614964a5e34d
	.quad 0x891f01403fb7bb56, 0x3e6b583481547de4
	.quad 0x7fc0000000000000, 0x2ef0594c1bb49bbd
	.quad 0x141d058dedf9bfbf, 0xbf40700000000000
	.quad 0xbcce3700ffc00000, 0xc11c000000000000
	.quad 0x7fd15337007fffff, 0x4f000001ffc00000
	.quad 0x62c0d54afffa83ff, 0x003c0336c1300000
	.quad 0x8cb90dd2e4ec0518, 0x8002790a85409c6e
seed45:
	.quad 0x0000000000000292
	.quad 0xfffffffc9ada7b71
	.quad 0x00000000cc99ba5e
	.quad 0x94d1e4d1b5ebe56f
	.quad 0x0000000000000989
	.quad 0x0f704f99c3ed53a2
	.quad 0x00000000004eeade
	.quad 0xfffffffffffffdd6
	.quad 0x25585baf79ad7925
	.quad 0xfffffffd8356a0b5
	.quad 0x173e12eb77e1885e
	.quad 0x3fb141d16521de38
	.quad 0x000000000000020d
	.quad 0xffffff443cfc02e0
	.quad 0x3a0728b040b13c4c
	.quad 0x0000000000000000
	.quad 0x01400000
	.quad 0xd0000000
	.quad 0x9206a8c87fc5c800, 0x2176a6ba75ed829a
	.quad 0x7fc0000040880000, 0x1be8b545ffdc7ce2
	.quad 0x8000000000000000, 0x6e09821f596b7e00
	.quad 0xc66095f7ecc507ba, 0x285e1f178066e44d
	.quad 0x9325961f31bd7c00, 0xe270affdfc2e3d4e
	.quad 0x8b90b461ffef47e8, 0x7d767582111d4b2d
	.quad 0x7f98afa700000000, 0x3f7d74cf42200000
	.quad 0x815a983280ffffff, 0x0140877401742714
	.quad 0x1b795a95923b00d7, 0x00000000ff3f99a0
	.quad 0x9d14b20af2b25400, 0x7f800000c7000001
	.quad 0x21b89f1d7fac5fda, 0x36f900007fc00000
	.quad 0x3fdf7b6ebc80852a, 0xc299bb237f7fffff
	.quad 0x1e95ecf697f4df95, 0xad7bff986c5d8000
	.quad 0x73dc1ab4bf65933d, 0x152e741e80877b9a
	.quad 0xbfa6a269c58215c2, 0xd611b410efbfff6d
	.quad 0xe1175ec5eafdc82f, 0x12deda8267ebc5e7
	.quad 0xf01bffe48041f96d, 0x8000000000000000
	.quad 0x8000000080000000, 0x41f1cdb63cecc5bc
	.quad 0xff800000f84a29cb, 0x0000000001000000
	.quad 0xffe4266a389875b0, 0x3bb8a1e57fb9bbfa
	.quad 0x9031937eb247db89, 0xfe53476fd10da111
	.quad 0x3ed8000000000000, 0x1cb5692044500000
	.quad 0xc176f5d93ee8a389, 0x9c0af64a24a8401a
	.quad 0x2972b7a4fffc0311, 0xc063ff2eb7ae4abb
	.quad 0xbdac4778c0880000, 0x86132738be80eb56
	.quad 0xad8f6df5f7ef21e6, 0x3dae5207df7ffffe
	.quad 0x37b1bc7295e82e92, 0x406272b0f5159f64
	.quad 0x75244b4c80000000, 0x453c6810a69d0be5
	.quad 0x4271159d3ad60000, 0x7eb549173ba180af
	.quad 0x407a000000000000, 0x40aa600000000000
	.quad 0x84ae96daff9a3201, 0x7ff0000000000000
	.quad 0xd2ac3a35feffffff, 0x1374f6b73bdb8000
seed46:
	.quad 0x63978930121d2a5a
	.quad 0x0000000000001994
	.quad 0x003d9b674586a90b
	.quad 0xd7cde02acc8e51e9
	.quad 0xffffffffffffffc4
	.quad 0xffffffffffffff3c
	.quad 0x000000163c85afa1
	.quad 0xffffffff80000000
	.quad 0xae87318675dfde60
	.quad 0x0000000000000001
	.quad 0x5ff1e99daa95a1a8
	.quad 0xfffffffffffffde6
	.quad 0x8000000000000000
	.quad 0x423a466b83315c14
	.quad 0x04661f79ecc1c90a
	.quad 0x9d962949cd0105ae
	.quad 0x02800000
	.quad 0x70000000
	.quad 0xff800000fda9d5aa, 0x059e7d74f1fedddb
	.quad 0xff800000251fc414, 0x801d79a2cfbe52ab
	.quad 0x7f65f2a4c11c38d5, 0x8000000000000000
	.quad 0xa29616312adec760, 0x7ff8000000000000
	.quad 0x88570a033e98c100, 0x3f8fa0b647c18788
	.quad 0x7f8000003ce38969, 0x805ad38c9d47d1a5
	.quad 0x6a2ebae6a4d4fadf, 0xfffb8695b54d9a4c
	.quad 0x13b4bcbc7f4cffcb, 0xd0aed9188ecaa545
	.quad 0xff6565f48e0574a2, 0x42d05cb347000001
	.quad 0xbae57ed840b80000, 0x8001865a8563db71
	.quad 0x4155265f0b9f986c, 0xc03b3e05f487a7bb
	.quad 0x40fa53903faa1b0d, 0x3faa2f9082f3f78c
	.quad 0x8010000000000000, 0x9377eddddcbcfae7
	.quad 0xfff8000000000000, 0x5b48a5ea7ff7ffee
	.quad 0x3cd1e229faded6e3, 0x7ff8000000000000
	.quad 0xc05000003ba23a96, 0x7ff0000000000000
	.quad 0x7e04ebd2917019f0, 0xbadbb32c06885d98
	.quad 0xb92b4569a9ad5f52, 0x34ecb79d8b1703c3
	.quad 0x9f670c2441eb30ca, 0x4014000000000000
	.quad 0x7f9ce8657ff2a552, 0x807b946c00400000
	.quad 0x7ffd17d4015221ac, 0xbd261eae3d7ff6e1
	.quad 0xc08c0000803a6ae5, 0x748be8047fe5f128
	.quad 0xb5c20b777b7fffff, 0xc0f12c48c0e00000
	.quad 0xbf97a00000000000, 0xea8472cbff23fa6b
	.quad 0xc0f0000000000000, 0xbf965e7649f5899b
	.quad 0x7feab3498052cd4f, 0x0a2b80a2a6887e00
	.quad 0xc013000000000000, 0x426cca5bffa0c6b8
	.quad 0xbfa41d11a1f7fe77, 0x10ec878439c30001
	.quad 0x97248e9cbdeb7400, 0x6cccb618bfffffff
	.quad 0x7f8024977f997889, 0x75a88bb6c0f80000
	.quad 0x9d8d5b8e7fbfe7ff, 0xc84c201fffffffff
	.quad 0x0046ac664f800000, 0xc10e5712c00f3c2e
seed47:
	.quad 0xfffffffffffffc60
	.quad 0xfffffffffffffdc4
	.quad 0x00033fe9ee854cb4
	.quad 0x000000007fffffff
	.quad 0xffffffffad958315
	.quad 0xfffffffffffffe5f
	.quad 0xfffb7cf69fbc5af4
	.quad 0x7fffffffffffffff
	.quad 0x000000000000027d
	.quad 0x00008c9c9648a618
	.quad 0x00001a88aae52923
	.quad 0x26ac202be0233b05
	.quad 0x533dcfa3639eb62a
	.quad 0xffc6cd7bad8ee009
	.quad 0x000000007fffffff
	.quad 0xfffffffffda5bab1
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x3869914ebb717f04, 0xb368910bffe774bf
	.quad 0x4017000000000000, 0x111438fc5f550f80
	.quad 0xff800000ff7fffff, 0xabe7c33e7166618a
	.quad 0x5ddcfcd244fa8000, 0xecbc2dd54a7ac8d0
	.quad 0xff000000ffc9fce6, 0xbf96c4637fc00000
	.quad 0x6915e90fffeffffa, 0x4a8f51d4cac155b7
	.quad 0x38389f79c7397d55, 0xc033a7e644bfc90e
	.quad 0xf87bc233ff72fc00, 0xef7ba1ee00000000
	.quad 0xbe9730d0079e90ea, 0xbee0000000000000
	.quad 0xbebf400000000000, 0x7ff365a085d5a3eb
	.quad 0x4039c30acc6af404, 0x00000001ff866184
	.quad 0x68245dced2cb42ce, 0x5a7ffffe3c44c3f3
	.quad 0xa0d0af296df288ae, 0x2cca13efffa54ddf
	.quad 0x38ec00003f77f6fe, 0x4f6c8f3a7f800000
	.quad 0x70435eb1efb3ffcd, 0xed9a4e9a218f8bff
	.quad 0xea3ea2897df7eeed, 0x5b8ee52442258f65
	.quad 0xcdabe1b8aae7a4c4, 0xbfcba1cb628abd62
	.quad 0x398fb0c639a77fff, 0x6efe5fac3fbefbcf
	.quad 0x80ffffff7f9ffc9a, 0xff800000c00b4f57
	.quad 0x42546d38f2698580, 0xc0393570120b32cc
	.quad 0xffc00000efd2b032, 0xed186f076fb0f801
	.quad 0x002217627f800000, 0x801fffffffffffff
	.quad 0x456e8aee0e2d8000, 0xc6174736ef7efcb6
	.quad 0x7fb4b266147b1794, 0xa2fc5c781d3da610
	.quad 0x40f000004ffffffe, 0x2c828a91c0300000
	.quad 0xc37d87e5df7ffffe, 0x69082da1df98ff11
	.quad 0xc00c814c8f17dded, 0xb76b3e1fffbf7fda
	.quad 0x001ef92bc1080000, 0x5921895622a7a8ff
	.quad 0x7ff8000000000000, 0xb37e28cbfa9482d6
	.quad 0x7fd0000000000000, 0x7fc00000ca49132e
	.quad 0x7ed6a2c80bf8c201, 0x017fffff89f797d0
	.quad 0xcba57d91aeffffff, 0xd667793395b0d8f3
seed48:
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffff2b26bd863
	.quad 0x0000001833fbd629
	.quad 0xffffffffffffffe0
	.quad 0xffffffe9e7d64aa1
	.quad 0x0020000000000001
	.quad 0x000000002970fa4d
	.quad 0xadee58cf718442aa
	.quad 0x4e150878636d3cf2
	.quad 0xfffffffffff40b04
	.quad 0xffff9fdddf13b2d0
	.quad 0xffffffffffffffff
	.quad 0xb2e9b7477dd87f51
	.quad 0x00000000000002bb
	.quad 0x1224a241cee67841
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x7ff3b893d6dd1f69, 0x03412610b6b40000
	.quad 0xffbdb29861167208, 0x3fe000003d31d454
	.quad 0x4efb07f363997c00, 0x7e69b41a361feca2
	.quad 0x000fffffffffffff, 0x41f0000000000000
	.quad 0xdfc10ec6346b0bb8, 0x37e55741673757c9
	.quad 0xcf47a09c734dc814, 0xfaf03ca7f3bf3b97
	.quad 0x05dd2b6c15f7fc00, 0xd7508031fde259ca
	.quad 0xff5ce91a7f800000, 0xd58dd44883897a00
	.quad 0x0008d7d03ffffffe, 0x7f1b7362d3d491ad
	.quad 0xc61f62b8ff3fff3d, 0x7f80000000400000
	.quad 0xccbe0f6b7af03c00, 0x791d5bb4475bc106
	.quad 0x40f08e4ddd7ef14f, 0x41f0000000000000
	.quad 0xcffffffeec22b1c7, 0xa039f496526174ac
	.quad 0xe46f5b03ad947e00, 0x80000000406bd97f
	.quad 0xfff0000000000000, 0x85689d117f800000
	.quad 0x190cd2b3d68cc32b, 0x70f63708f5bc0400
	.quad 0x6b4327ca7ddffebc, 0x4152de62ff9b7fc5
	.quad 0x00000001412ad2e1, 0x407507e2641fe645
	.quad 0x8253a7804f1eb5a0, 0x81c7f126484f2381
	.quad 0x3bbe33897f8378ce, 0x39000000ff81b8fd
	.quad 0x2528bd227faf7a72, 0x8000000000000000
	.quad 0xee02693240085b61, 0x330934252fec7c5a
	.quad 0x0100000041100000, 0x008387a8001798e9
	.quad 0x0c1511558fb87adb, 0x6b41eaa81fb37205
	.quad 0x001a617e6ad424b6, 0x38141eb490634f94
	.quad 0xbe772ee5c1c00000, 0x7f969c083ccbb908
	.quad 0x7f0df748e2542659, 0x046f1b4b7ecd0000
	.quad 0xa47cbcf20e46f890, 0x40466f1d00f15ff7
	.quad 0x83fbecfc5a3e58b4, 0xbd85e4fa7fc00000
	.quad 0x80000000bdf38f92, 0x4088000000000000
	.quad 0x127e297bf3682d13, 0x8051c7cc3f121136
	.quad 0xe87d16cfb493fcaa, 0x922e9da9b7400000
seed49:
	.quad 0x0000000000000047
	.quad 0xd270ec35e5554689
	.quad 0x000000000000016a
	.quad 0x0000000000000071
	.quad 0xb232bc0a61d264da
	.quad 0xfffffffffffffeb1
	.quad 0xffffffffffffff2f
	.quad 0xfffffffffffffe3a
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff2e
	.quad 0x90d77b28d22be79b
	.quad 0x000000000000000c
	.quad 0x6f0a41448d9687f8
	.quad 0x000000000000009a
	.quad 0x000000000000007f
	.quad 0x02000000
	.quad 0x00000000
	.quad 0x7f8000009332b1cf, 0x77f1ebf6d26157c2
	.quad 0x0170c3567f800000, 0x0f6dea11fd7fff21
	.quad 0x400f000000000000, 0xffdb6576362f6449
	.quad 0x2d9c474e8adb8660, 0xffabc5d7c1a84df7
	.quad 0x3e5b5c8880000001, 0xfc7fef1cdd463252
	.quad 0x7fc551257f800000, 0x7f8fc09fffc00000
	.quad 0x40b800007fc00000, 0x9d7dddd5ff8d7d01
	.quad 0xa5d1fc9fc2e76bdc, 0x3ff16234c688e4e1
	.quad 0xfffb93e9045182ef, 0x3fbb3ac99343f7c5
	.quad 0xbfa0000048b80000, 0xb8bfeae7bd5ad325
	.quad 0x7ff0000000000000, 0xffa2553f00000000
	.quad 0x850b874b00000000, 0x405ae0d71e0c46c4
	.quad 0x5c8c0b11a535bd38, 0x41040000c0aab1de
	.quad 0x4020800000000000, 0xde4b80c2570dc847
	.quad 0x7ff0000000000000, 0x0003b8fe8ce1ec3a
	.quad 0xa668dca33ef1a331, 0xfe800000d17d84d3
	.quad 0xfff52dfe5b9e385c, 0x48cf61e4ffb37c32
	.quad 0x4017800000000000, 0xbed1600000000000
	.quad 0x6cdc9c1305caf800, 0x47f680003fad4aaa
	.quad 0x00291e45d7f2257c, 0x92dd075cffbc10c3
	.quad 0x40c800007fe8b40b, 0x7ff71792f688e34b
	.quad 0x5c9528f3cb324732, 0x9b320a3d7ff69fff
	.quad 0x3ff8000000000000, 0x96615270ffbbe427
	.quad 0x889d64b2efe0fef7, 0x7b59c784fbc26347
	.quad 0x9fc174eac2fee657, 0x6f9beb159beae30a
	.quad 0x8000000080000000, 0x1cd8bcd1bff78728
	.quad 0x3f875fc7ebe3a7cc, 0xc6a27f247fffdeff
	.quad 0x5f050c879e8e7e00, 0xbf8000007fa3cec7
	.quad 0xffc00000f90661fb, 0x164054423cfbd698
	.quad 0x71082137ff5e9d26, 0x7f8f72a9bf515886
	.quad 0x000bf17f22e24708, 0x4bc940fd00400000
	.quad 0x7e9e5bad40b00000, 0x45c0000080058daa
seed50:
	.quad 0xc06b730cf080a77d
	.quad 0xf7e8c7cfde2a593a
	.quad 0x663e86bb63433a50
	.quad 0x0000000000000040
	.quad 0xfffffffffffffd1a
	.quad 0x0000000080000000
	.quad 0x586be82ef1510ee5
	.quad 0xffffffffffffffff
	.quad 0x68f421ddb66451a9
	.quad 0x00000019b455a159
	.quad 0x83524b3299a45df9
	.quad 0x0000000000000003
	.quad 0x5fb2c5b4cf9f2ea9
	.quad 0x000002f03bfb04c9
	.quad 0x8000000000000000
	.quad 0x00000000000000c6
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0xe14f1a5ead193182, 0xc3c6e0bb77818c39
	.quad 0x17d77abbfd668169, 0x9866b08f001c05fc
	.quad 0x9ae611f99fffbfbd, 0x14fd290fd7ee8ffe
	.quad 0x7f7fffff59ffffff, 0xff8548007fb4df74
	.quad 0xaeaafa63def17e00, 0x8000000000000000
	.quad 0x8b76716a09c2e459, 0x4001b066d4da05bf
	.quad 0x27b4c4eeeff800ab, 0x7df07745003758fc
	.quad 0x007fffff3e392790, 0xfebb08d0c08a1901
	.quad 0x4130000000000000, 0x3f7a46a3837e71a1
	.quad 0x49d8dd1a8cb93485, 0x807b596100000000
	.quad 0x7f988cabffc00000, 0xdaffef761391ff6a
	.quad 0x78e9deef5d7d731d, 0xbeb8000000000000
	.quad 0x3f000000c7800000, 0xfff6e23fdf82dbe9
	.quad 0x14acf9dc32f25356, 0x07644683ffe29711
	.quad 0x7ff63fa7cc70a460, 0xfffd233c9981c98a
	.quad 0x0daa775ced4e7959, 0xc333f757ffbcfff3
	.quad 0xbf7e546309abd5f1, 0x40e50000004d227c
	.quad 0x7ff0e4771f1fcc68, 0xe328b41a40d059e3
	.quad 0xfff0000000000000, 0xf93a5b94fc7ee78a
	.quad 0xff3baea9f2c7b034, 0xc0dc0000477ffffe
	.quad 0xcc766826efea0000, 0x349684e7062bfe12
	.quad 0x43efffffffffffff, 0x667ff582e9255258
	.quad 0x7fc00000c1700000, 0x3d5808f3718ffdd0
	.quad 0x80017acf7c263a10, 0x3fa145b6f887d321
	.quad 0x0000000043c9d82d, 0x7ff0b402e3663452
	.quad 0x935c213cfc1f9c95, 0x538b280d1d65ffbf
	.quad 0x7eee2749406a2d90, 0xc08eef303943025c
	.quad 0x56f8b8bdfee7fffd, 0x0131fb741d979158
	.quad 0x42c3012ec0880000, 0x4decb56658d50f35
	.quad 0x6eb1bd4ecff40000, 0xc33bdd6bf2e2947b
	.quad 0x0d819630bc4b5a82, 0x56904b089af721f0
	.quad 0x7feb426044c62ac7, 0xff80000046c00000
seed51:
	.quad 0x3f891e9d7b23ed93
	.quad 0xffffffffffffffd4
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd25
	.quad 0x6d2e7f574fcd1dfc
	.quad 0x00000000000000d6
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0x1bdcc74c3e1fd8b8
	.quad 0x0000000003215425
	.quad 0xffffffe3fce7bbb4
	.quad 0xfffffffae17708a8
	.quad 0x0000000000000001
	.quad 0x5230358f9b245cf7
	.quad 0x000000000000001a
	.quad 0x3142361331ad86e1
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0x89fd2282ffffa4f1, 0x8005e0395ed61da6
	.quad 0x4330000000000000, 0x8643d1a680000000
	.quad 0xc065885e2f9d4934, 0x0000000000000000
	.quad 0xc3a47fbabe2cf5b7, 0x3fd0000000000000
	.quad 0xbfa6134d96b0af29, 0xbffe643e3f400000
	.quad 0xc00fffffffffffff, 0xfba28b2df7b7ffe2
	.quad 0xbea404503ec00000, 0x9738a311b9df8000
	.quad 0xb576793affc53e52, 0xbdf938c27fc9bb8e
	.quad 0x3e5ed1b580800000, 0x417d3e767fcf90c1
	.quad 0xf48684b17e800000, 0x4daa75ccffead0de
	.quad 0xc1c0000046700000, 0x7fa679ae1a544b41
	.quad 0x3aa00000266e10c6, 0x3f800001bd9256a6
	.quad 0xbf04000000000000, 0xfaf97dcac3e7ffeb
	.quad 0xc3b0000000000000, 0xfffc66b7fffefed9
	.quad 0xaf17bcb610b17eb5, 0x00000000437e6dc5
	.quad 0x40c4e9d74be57c00, 0x451be856b772c5b0
	.quad 0x6fa5828580000000, 0x2d88ef07de41f451
	.quad 0xbfb800007eb7b327, 0xffd7226706b3c53f
	.quad 0x5a3a430389dd3f5a, 0x53f7ae8d540c7c00
	.quad 0x5e9951c5e5d07e00, 0xd42ab22afe243c2a
	.quad 0xc31249e9ff000000, 0xbf52a09cff800000
	.quad 0x5e9182b9fffd3bce, 0x93d5b0de7ff253ad
	.quad 0x8001dedddd48dd0b, 0x72436a4b7fbfb785
	.quad 0x23859c36ffcb4f3d, 0xc00d8073a52ff0e9
	.quad 0xbecaba89be9c0a87, 0xc1e06ac1ffc00000
	.quad 0xc319ce47ce800001, 0xc022400000000000
	.quad 0x7ef081d98798e94d, 0x6780f1c5554e3df7
	.quad 0x7f8000000a174333, 0xbfbbac5c5d8515b2
	.quad 0x7906781d43904c3e, 0x3e9454a17ff546f9
	.quad 0x007fffff7fc00000, 0xb3d890b6be7effb7
	.quad 0x09f94a92ffc3fb7f, 0x1d01bd75bec843ed
seed52:
	.quad 0x0003765fc0c6ec25
	.quad 0x00000000000004ba
	.quad 0xfffffffffffffdbb
	.quad 0x4b20d6bc49e160c7
	.quad 0x743b626d83c09942
	.quad 0x88c56be286c6cc36
	.quad 0xf5c6a3c3ecc388cf
	.quad 0x0000000100000000
	.quad 0x1b3fd0e25137084d
	.quad 0x0000000000000000
	.quad 0xffffe8108261e5af
	.quad 0x7fffffffffffffff
	.quad 0x0000003de74209a8
	.quad 0xfffffffffffffe5b
	.quad 0x000000000000014a
	.quad 0x00000000000c2bde
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x9f7d1401ff9e0afb, 0x4280000018e0c575
	.quad 0xdffffffff8b7d28e, 0x92b6375df9cbfebe
	.quad 0xe154cbe2ce850273, 0x24a8f97b57e9c634
	.quad 0x0b488fd57f800000, 0x6f67e03340a00000
	.quad 0xaba0644156d5fdcd, 0xffefffffffffffff
	.quad 0xde87eca1d9037fdf, 0x44166f57c362e14f
	.quad 0x0f3057d1d67c7aee, 0x0000000000000000
	.quad 0xfffc7280e7f59d9b, 0x8000000000000000
	.quad 0x498135b26f231836, 0x41e000007fb1e842
	.quad 0xb30b91d375b269f6, 0x000be21b4b263acb
	.quad 0xbbb236147effffff, 0x406000007eb898f2
	.quad 0x000000007f800000, 0x40cb1413cfc02671
	.quad 0x5894e23f7cf7fddf, 0xbffefbe305cae1bd
	.quad 0xfffeb250fa77e5e2, 0x8937d5e60acca97d
	.quad 0x7e180c94bc26e6c2, 0xcfde893abf246d2c
	.quad 0x3f31bfe8ff9ddbf0, 0xc02a440a8a6d1166
	.quad 0xbf9ec69c36b08b06, 0xafea6c2271adac8b
	.quad 0x5f8000007fc00000, 0x643f55ad7ef346bf
	.quad 0x3f78717cd105b340, 0x002fffffffffffff
	.quad 0x70907b0089918000, 0x8365b9a80bd4a320
	.quad 0x3de99276ff800000, 0xade8287baa701b5b
	.quad 0x80727f6bcaaf8d54, 0x0000000000000000
	.quad 0x2963d97dd95a011e, 0x3f88000000000000
	.quad 0xc33ffffffffffffe, 0x969108e0fd7fffff
	.quad 0x6dfaac3ea4e00000, 0x80041f1b606fe8fc
	.quad 0x7f27b57173e2dcd4, 0x9cd210df7ffdce6f
	.quad 0x401a02a9d7a69825, 0xf518c29875e0d80b
	.quad 0x190eb77a0275fbff, 0x7ffac7d3cc87499c
	.quad 0xdfcd7d9a7badee4b, 0x17c449499f8fc7f7
	.quad 0x570cbabc7fe055a9, 0x87bbc576ffd35600
	.quad 0x3fdfd5b920cb6023, 0xee2bdd39fffe7f3f
	.quad 0x9408d53e8f4ae6e5, 0xff81a8ab00000000
seed53:
	.quad 0xffffffffffffffff
	.quad 0x00000000000003e6
	.quad 0xde359d074452b701
	.quad 0x6fcdc5b7e3e7589a
	.quad 0x000000000000008d
	.quad 0x0000048f690c541a
	.quad 0x00000000fd76ec96
	.quad 0xfffffffffffffe64
	.quad 0x6fa9e20ca91fcb10
	.quad 0x00000001769b4874
	.quad 0xfffffffffffffe34
	.quad 0x00000000ffffffff
	.quad 0x000000000001bde6
	.quad 0xffffffffffffff06
	.quad 0x0000000080000000
	.quad 0x48eaa27857b0483f
	.quad 0x04400000
	.quad 0xf0000000
	.quad 0xd27155a9f97ffffe, 0x8d7830b57fc8b363
	.quad 0xbf36fc0180000000, 0x80282b522390090d
	.quad 0xc1398000ffbd8a4f, 0xf566ef89d1ed7d31
	.quad 0xb94f000019532f4e, 0x3fa3f43154d8624b
	.quad 0x8f4db68283367c00, 0x800dac84c0da6eef
	.quad 0xfff15dd97f800000, 0x3f75391f93981176
	.quad 0x7fb89bcdbda00000, 0xf55f2e0e7fba86ef
	.quad 0x3bce000080000000, 0x7ff8000000000000
	.quad 0x7ff0000000000000, 0x5f24db035ba50000
	.quad 0x7fd716819b039574, 0x3f5ec6a2bfffffff
	.quad 0xffefffffffffffff, 0x0000000000000000
	.quad 0x581a6381de4da18c, 0x0000000000000000
	.quad 0xd9fffffe7f800000, 0xc0b8000000000000
	.quad 0xbe000000594ecdf7, 0xc1fffffffffffffe
	.quad 0x67f23db6c76afc53, 0xffc4a83800002a4c
	.quad 0x9b112a73c2b2bfb9, 0x7084e96efff37bba
	.quad 0x7ff8000000000000, 0xbf73000000000000
	.quad 0xce044f32140d0d63, 0x7fde4902ba8dce96
	.quad 0x807fffffffca67f4, 0xbf8482e042dce5a5
	.quad 0x40100000421ee8d6, 0xfffba707425b5c31
	.quad 0x8ccab0ad8931ff60, 0xc052240b41a89c0a
	.quad 0xbd723e958d3df9ec, 0xc02b7e5b349f966d
	.quad 0x292146a5f78cd54e, 0xf3d921c98e0b573a
	.quad 0x51f87cca9dc5fbff, 0x85164af2bfe00000
	.quad 0xced0b04ec7feff6f, 0x3fd8000000000000
	.quad 0x7f793237feedb81c, 0x01138316162f5a96
	.quad 0x07ae470a00000000, 0x251ff483ffe55bf7
	.quad 0x7ff8000000000000, 0xf0199078aadc4900
	.quad 0x3f941bed9493f9a6, 0x00000000c0000000
	.quad 0x92cd16bee705c000, 0xf191fc08f8437da4
	.quad 0x5b5a3525db370000, 0xdd1c85233a212cd1
	.quad 0x8ac80030bbd2c4d5, 0xc7fe9b08e976bd38
seed54:
	.quad 0xffffffffffcb1700
	.quad 0x0000000000000349
	.quad 0xd6025fd64c11796e
	.quad 0x627339b2411254dc
	.quad 0x0000000000000300
	.quad 0x00000000000000ba
	.quad 0x000007b08fd5d47a
	.quad 0xfffffffffffffd01
	.quad 0x7fffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffe9b07f4231892
	.quad 0x0000000100000000
	.quad 0x000000000000018e
	.quad 0x408cbe50d26b1f08
	.quad 0x41241f4d8685313a
	.quad 0x3c4ad38ac32d3784
	.quad 0x03800000
	.quad 0x70000000
	.quad 0x3d6a5858de8f7a7b, 0xb5c3ae98fe2e7b98
	.quad 0xfea3997776c03000, 0xfed5654dd9b77067
	.quad 0x8000000000000000, 0x812ff155f311a2d0
	.quad 0x3cbd17fbffa7eeec, 0x0ce58163a9458000
	.quad 0x95e810d1ffeeffdb, 0xffcfc4f0ff879200
	.quad 0x0002e01a7f7fdefc, 0x218902a5a2f79ff0
	.quad 0x8000000000000000, 0xdd547ed56ce77e8a
	.quad 0x81ed57c52ecb0001, 0x7fc0000043ab210f
	.quad 0xe717c92d5f279cf6, 0x78b1462770f40000
	.quad 0x7ffd82debbf32ceb, 0x7fccf1a45477ff6b
	.quad 0x7ff8000000000000, 0xff8000001435b4c5
	.quad 0xffc00000c1ff4612, 0x8000000000000001
	.quad 0x800c1102ff800000, 0xbf2c659bc1100000
	.quad 0x7c9454d6767777ff, 0xc8760000ff800000
	.quad 0xa8f620e504d3fe00, 0xfffdd12742f7f35f
	.quad 0xf62e229590ffffff, 0x0000000000000000
	.quad 0x7fa7d7f0c0100000, 0xf54408db542f6468
	.quad 0x3fa0655c94eeb400, 0x1b1f141cbee4920a
	.quad 0xdebb44680e9ad92e, 0x41f5bc192ecdd67b
	.quad 0x423ffffffffffffe, 0xab7537a3bf3770ae
	.quad 0x7ff0000000000000, 0xc40c67e6dff1fe27
	.quad 0x505c23307bf7fb2f, 0xbf042d343ac00000
	.quad 0x0bebd27c5c638261, 0x3fcf023ff29f8ec1
	.quad 0x810000007f824c42, 0x6d3f552fbfffffff
	.quad 0x7fa76ce1ed93cbeb, 0x088bade18ccdfe00
	.quad 0xe81b69cb6139f0d8, 0xc7c000007fc00000
	.quad 0x7e0dcb8e082b0000, 0xd980000002fce39a
	.quad 0x43e650fe4655f5b9, 0xbf775c350312e4a0
	.quad 0x3f99cb19da7336c5, 0x450000003f023878
	.quad 0xc09000006f4b60e4, 0x9d810e277fc00000
	.quad 0x800a9e1b7728d6c8, 0xffcf51223eb00000
	.quad 0x8000000000000000, 0xc0354dc8fd743805
seed55:
	.quad 0xffffffffffffff73
	.quad 0x00000000004e7d15
	.quad 0x903644fbe2fe136a
	.quad 0xffffffffffffff83
	.quad 0xe8fbe3bd8c1ac619
	.quad 0xda056bdf67e7c43c
	.quad 0x9b6224597479c000
	.quad 0xa826a6eb541b017e
	.quad 0x32a434066b42fcb0
	.quad 0xfffffffffffe275b
	.quad 0xc12c48e8d2f236ce
	.quad 0xfffffffffff72e6b
	.quad 0xf12bac2433fb1fce
	.quad 0x09bb459b9a2a3cd2
	.quad 0x01cad0842cf42f6e
	.quad 0x000000d9b459386f
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0x8000e1483257495e, 0x73c714d0c6000000
	.quad 0x296e6988fe827a1b, 0xc1a733003e48824b
	.quad 0x65366d82d2f50214, 0x7ff34a953d25eb4f
	.quad 0x0000000000000000, 0x06668a465aad3fd8
	.quad 0xfffeb394146669cf, 0xb4bbb4d8217fffff
	.quad 0x8d9185130a818000, 0x005224eb6f1b279c
	.quad 0x9462ba8f303743fe, 0x3f20000080000000
	.quad 0xfea0748480000000, 0xc0beb58843984b15
	.quad 0xfff1ec0241d9b1cc, 0xe8d5e880d4fdffd3
	.quad 0xfff34ecb16bc4c90, 0x7da92720c399e375
	.quad 0xff1d110680000000, 0xb8c125129c673c00
	.quad 0x7197a9e844600000, 0x42ba9276401d1d94
	.quad 0x4ffffffeff99def2, 0x3c05dee3ff800000
	.quad 0xe59791e1ffc5f000, 0x7e7deafd807fffff
	.quad 0xbfd060d672b35527, 0x0000000079afef46
	.quad 0x818a4e635dae4a0d, 0xc7ea7887efeafee7
	.quad 0x3b1f17a65fbb8000, 0xfff0000000000000
	.quad 0x22bf37a0bf9bdc6f, 0x193bb9e9c0d4fb7c
	.quad 0x372a9c934f800001, 0x7ff0000000000000
	.quad 0x57e2b5805e52f54c, 0x0685d96a9ca57d74
	.quad 0xfff012cc059208e2, 0xc0a00000ff800000
	.quad 0x612479437ade0000, 0xbd3cefcdf7a8ea44
	.quad 0x7f9796187f800000, 0x5d16f6e9411ba572
	.quad 0x4008800000000000, 0xc13067c100000000
	.quad 0x4018011bbc2b1d79, 0x800fffffffffffff
	.quad 0x43b1133bffeba6e6, 0xd158a731ff267f1f
	.quad 0xc0334e15375f9f43, 0xbf34000000000000
	.quad 0x06bf76053bb73a9a, 0x066038c6ba59fd81
	.quad 0xc6087853ffc81154, 0x2dac3393fff77f4e
	.quad 0x0000000040d75488, 0x8000000000000000
	.quad 0xdc7470ecaf8c0202, 0x2b9f5171c5fffffe
	.quad 0x3fddd4428099ee9c, 0xfd876cdeaa7c5e33
seed56:
	.quad 0x0000000000000001
	.quad 0x313f313367a5f037
	.quad 0x00000000fbdc4271
	.quad 0x9325c3c862c49dab
	.quad 0x7fffffffffffffff
	.quad 0xfffff4ba30420126
	.quad 0x360ca5c3a40e90b8
	.quad 0x3f2a0ca3f206c66a
	.quad 0x0000000000000066
	.quad 0x0000000000000003
	.quad 0x8000000000000000
	.quad 0xcc83124e1285da1e
	.quad 0xad2ee3d924ecea8e
	.quad 0x0231dd0fea459efe
	.quad 0x108d1d2cfbe795a3
	.quad 0x0000002c487ef9b2
	.quad 0x04000000
	.quad 0x70000000
	.quad 0x0ccf4693681f7d1c, 0xec8870bf4bebd2f0
	.quad 0xec47832943b3126e, 0xc3e0000000000001
	.quad 0x8077c0513c400000, 0x530c9324a2aa7be7
	.quad 0xbf71770c1c9dd03c, 0xa77e59b2b1b6d515
	.quad 0x419a6c10ff83fcd3, 0x810000003f7d2cd7
	.quad 0xc114000023cc8621, 0x00415ce830de94e9
	.quad 0xb22943bf84660000, 0xbb3000007f800000
	.quad 0x80ffffffa588f747, 0x8000000000000001
	.quad 0x31e03edc89980e4b, 0x7fc000007f800000
	.quad 0xffc0000080d01316, 0x615e19666eb65591
	.quad 0xf3ebbdbc7fc00000, 0x3d57df883e09a520
	.quad 0x800f6ac35dc5b1f6, 0x4138000000000000
	.quad 0xffb259747f800000, 0x7e8000007fc00000
	.quad 0xad3aa4b23c07413d, 0x35ca2c607f800000
	.quad 0xf1ce690bffd53d76, 0x7ff3261b27fa0adf
	.quad 0x80000000bdd8fe7e, 0x5ee588c97f117ea0
	.quad 0xfef11e12c477277e, 0x0010000000000000
	.quad 0x5ff1fd35d9aefe00, 0xc54fa498e631df7c
	.quad 0x8000000000000000, 0x7f0000004017b78a
	.quad 0x5a76ddd7ffaf2bf5, 0x4b65b58785507d71
	.quad 0xff9729643ca9ac60, 0x76db8b887f8c64d1
	.quad 0xa537b68dd80607ff, 0x800000007fc00000
	.quad 0x3d8567c3c3fc0591, 0x7ff3db2afd14a746
	.quad 0xbf7a810e0efa80e7, 0xc0fffffffffffffe
	.quad 0x7fb5aa9500000000, 0x7f99800ec0d80000
	.quad 0x0000000000000000, 0xbf9722421a7033ee
	.quad 0x000000006be88ea4, 0xc700000040000000
	.quad 0xbc72b467c0280000, 0x63f6dabafffdfe17
	.quad 0x0f6489e3c2c90001, 0xfdfaa4ae861ffe00
	.quad 0xfc97ccb729385687, 0x6890953af5c59356
	.quad 0x1a24d2bebafce3cc, 0xe5ae869cfcdeffe7
	.quad 0x52202b9f3fa00000, 0xff80000040000000
seed57:
	.quad 0x3ec679ac8206c83e
	.quad 0x00000000000003f2
	.quad 0xbf37f4369cfcbfb0
	.quad 0x254b07fbfa38cb3a
	.quad 0x00000000000001a8
	.quad 0x2cc4e7704d517e59
	.quad 0x0000000000000044
	.quad 0x72c5f50e3af7bf64
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x76786b6cd2413170
	.quad 0xffffcea37de48ba7
	.quad 0xb07f06fa94b3d05f
	.quad 0x00000000000000df
	.quad 0x322ff9eaf49d6780
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0x2a537303eaac9b79, 0x12988debf7ff7fea
	.quad 0x8000000000000000, 0x0b0e7aa7d15a984d
	.quad 0xfff78c3f31633293, 0xfffb1e7c5688c76c
	.quad 0x79b1daeaff83e600, 0xce0ad6b8d31d76e1
	.quad 0x947c89ab4273eaa7, 0xbbb80691058d05e8
	.quad 0x3fd18c888d4962e8, 0x46451931d3ffffff
	.quad 0x000ceeca014f5ba7, 0x62c0f933ff97f805
	.quad 0x000000008714cf63, 0x28d4725ad5ff87df
	.quad 0x497b7d2a135f7c00, 0xfff8000000000000
	.quad 0x76ba1b5ec0f80000, 0xfff0000000000000
	.quad 0x5d6ecaca5c0e0a3d, 0x2ba187127fe27c00
	.quad 0xbecbfc39ff8aef4b, 0xfff8000000000000
	.quad 0xfcbc97532903f065, 0xc020800000000000
	.quad 0x3f4000000034e342, 0x3f30caaffaa83467
	.quad 0x7126d80a4153d6ee, 0xa98682b7be2f1011
	.quad 0xbff4be5116fe7995, 0x7ff0000000000000
	.quad 0x596084340468dcc6, 0xf5cca3a6bda80000
	.quad 0x8122a042483edd56, 0x3bbad1b67fc00000
	.quad 0x422892ba7f800000, 0x821e26c0e1bb6f2e
	.quad 0x406800000a39c43b, 0x69a26133f65e8062
	.quad 0x2c1a8d1ce6daa7f5, 0x73300d4a7fc00000
	.quad 0xff80000073049b70, 0x7f800000cf23ffc9
	.quad 0xbfdc1e87ecdfcc61, 0xe1a115ee7f800000
	.quad 0xffc0000080ffffff, 0x8009d8f814710331
	.quad 0x462857daffd58316, 0x80d3738ffeffffff
	.quad 0x767aab0a7ffdfefe, 0x80000000995e71e2
	.quad 0x76f693a149d0fc00, 0x29cd8fb1bd235799
	.quad 0xc012000000000000, 0x34833d44548bd6e7
	.quad 0xe9928086c2abff6d, 0x7ff0000000000000
	.quad 0x922e33320b0e509c, 0x00060f100577988f
	.quad 0xbef047274864fa18, 0x3f0d114276cb992f
	.quad 0x577f0d29fdaffadb, 0xf3f41b0c80eaad13
seed58:
	.quad 0x8635cf455b481895
	.quad 0xfffffe0a16b51e73
	.quad 0x0000000000026967
	.quad 0x00000000000000e7
	.quad 0x0000000080000000
	.quad 0x575b82d572287cb6
	.quad 0x7bb5580c82af2a88
	.quad 0x10b4abd1c7794601
	.quad 0x0000000000001314
	.quad 0xfffffffffffffff7
	.quad 0xfffffffffb5e9f1a
	.quad 0xc84cbbf40ac8db78
	.quad 0xffffffffffffff87
	.quad 0xfffffffffffffc98
	.quad 0xff885a3bcbec0e60
	.quad 0xffffffffffffffff
	.quad 0x01800000
	.quad 0x10000000
	.quad 0xc022000000000000, 0xc014000000000000
	.quad 0x18c43b813ef96e8a, 0xfff51d1db44d1838
	.quad 0xc33c853cff8e1876, 0xcbf6eefdfffbffcf
	.quad 0xbf70f01de2150aac, 0x95e063b62866df00
	.quad 0x1c79d878418d34c7, 0x803a5c4cff800000
	.quad 0x405eb8798486ab15, 0xb9c5dfdbc272bb10
	.quad 0x400229b23faf3ed5, 0xe41e7e655634fe00
	.quad 0x7f8000003dcf8c3f, 0x8000000000000000
	.quad 0xfff0000000000000, 0xbf80ab5c72bba4e2
	.quad 0xd8bbd6b37946c3d6, 0x801480f130b55786
	.quad 0x4002000000000000, 0x820c2cb9f7bafef2
	.quad 0x3de000007f800000, 0x9899c0c01b9305d0
	.quad 0x1955a5037d4ad15b, 0x0000000000000001
	.quad 0xfb451250e3ceaa8b, 0x2a2983bc501a3b30
	.quad 0xa9221b737fbcc9f9, 0x74cfbf87dedbbfdf
	.quad 0x810000008057f3a8, 0xfff2cc2dfa86b2db
	.quad 0x3f8a424c761d2234, 0xc02257e583ae27b2
	.quad 0xc0b00000c0580000, 0xc23cfc767fa89265
	.quad 0x5f6521bd9b35a0e0, 0x18db1aa1ffc10994
	.quad 0x8010000000000000, 0xfe63b86c916e7c00
	.quad 0x002f0184c0c505af, 0x57e0fe6c90750db7
	.quad 0xff7fffff890e2ccf, 0x6b12a5a7598e00dd
	.quad 0x67ec34e1ffa6fe00, 0xfff0000000000000
	.quad 0xc0c0000000b4c1cb, 0x001b13fc936b94fe
	.quad 0xaa3e5e9291d62561, 0xbca38a5d8d5a4b08
	.quad 0x3d0f9b1171df99b3, 0x0808951f775adfc8
	.quad 0xa7e02d9ffbb9fdf2, 0x619e36ac9a4e4dd6
	.quad 0x7fbc73a6ffc00000, 0x80000000816cfeb0
	.quad 0x5cb31e0a282ede0a, 0x002fffffffffffff
	.quad 0x000f71f9d4645dec, 0xaaec432a5b254900
	.quad 0x7e668d0137626bad, 0x45d492ace32eba61
	.quad 0x0000000017d1db20, 0x4063c4f1e2f288d8
seed59:
	.quad 0xb0285540949ffc7b
	.quad 0xee18cdc01a8e76a3
	.quad 0xcd22a3b90b81b2a0
	.quad 0x00000000ffffffff
	.quad 0x6fe693cc91642dab
	.quad 0x037e9b3b1f9f057a
	.quad 0x4c287b314dac13cb
	.quad 0x000001c969d4cd87
	.quad 0xffffffffffffff8c
	.quad 0x99333cb49fc9fe0e
	.quad 0x0000000001000001
	.quad 0xff5cfbf59b10fed4
	.quad 0x0000000000000000
	.quad 0x0044ae6b49410e52
	.quad 0x0000434f54465bda
	.quad 0x44f7ecb6ba249b7c
	.quad 0x03000000
	.quad 0xc0000000
	.quad 0x7ff0000000000000, 0x72501f917fbd06be
	.quad 0x1f0366c7d48ce6a2, 0xb674c7d7fbff4064
	.quad 0xd16c8c50257ff791, 0x05a2e19e9fd3bf7b
	.quad 0x660faab173e310ed, 0x296d79ffffd6e545
	.quad 0x6593a855ffc2b8bd, 0x000fffffffffffff
	.quad 0xc1f0000000000001, 0x40168d39f26396c2
	.quad 0xffbf5bdcbefba49f, 0x404f1d9202a473c5
	.quad 0x4b3d664855cc7c01, 0x8000000000000000
	.quad 0x47164e65ff737bf9, 0xb81b17e3eecfff51
	.quad 0xc11e7fe6cfffffff, 0x0000000059ffffff
	.quad 0x3f32f15e3cc2098c, 0x435d2646c75a028e
	.quad 0xc044d4a2fb212e21, 0xf90a7769c0687b51
	.quad 0xd66a42097fad0800, 0x42b8194fc0000000
	.quad 0x0045138f7cb2d0cf, 0x3fc756039a376ac9
	.quad 0xd980000100000000, 0x000000018021f892
	.quad 0x6e43df2e7effffff, 0x249a6dcd7cddf919
	.quad 0xfc32f1649df05127, 0xc152655e2a10aa50
	.quad 0xeee38ded4b3b2bad, 0x2a3f09deec69a775
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x42ea18f698b0ed51, 0xa76c08b4ffffb783
	.quad 0xfff67e681f990eb5, 0x16ae632ec07fffff
	.quad 0xcf000001873cda32, 0x996d9ded3d6673a7
	.quad 0xe7c9ab2a75c7c440, 0xff80000080d22d11
	.quad 0x00058fe1094d77e9, 0x3ffe50b05bdaf2a0
	.quad 0x43bf37a8eda37c00, 0xc0efffffffffffff
	.quad 0x7fe0000000000000, 0x64057075ffde95db
	.quad 0x9879beee5f7ffffe, 0xec81b9d129d50bd1
	.quad 0x8000000000000000, 0xbfd56072a590b3ec
	.quad 0xecca3518569c37af, 0x05a31b4912a10000
	.quad 0x3ff2e9ff91962ae2, 0x8f557c2dd6c87c00
	.quad 0x1bcb2863eff3c041, 0x997b8338ff8be91b
	.quad 0x91ac1b1dffc77902, 0x4013800000000000
seed60:
	.quad 0x4ba936c3d8880c62
	.quad 0xd70eb85ebd57dfbb
	.quad 0xf42edfdb30f37bc2
	.quad 0xa8da2faac5463ca5
	.quad 0x0f4e9c105af2a9f9
	.quad 0xfb0c199bae0055f0
	.quad 0xfffffffffffffe0a
	.quad 0xfffffff1def46d38
	.quad 0x3597d6b1468e0891
	.quad 0x0f082c58e468c5fb
	.quad 0xffffffffffffffff
	.quad 0x000000000000c0e5
	.quad 0xfffed67283d80876
	.quad 0x000000049e33db82
	.quad 0x0000000100000000
	.quad 0x8ddf9333d657e32e
	.quad 0x04400000
	.quad 0x60000000
	.quad 0xfaa244f1dffffffe, 0x5d82f96fdf561ff6
	.quad 0x3c205aca80000000, 0x0002f631da330810
	.quad 0x3fcc639e8de71ef2, 0xf8a95e7adcd702b7
	.quad 0xbba71c694d9a6430, 0x93c6b9b6551f7e00
	.quad 0x7f800000fe8f441a, 0x402e130aa87a7463
	.quad 0x7ff21144edae75fc, 0xfff8000000000000
	.quad 0xc023000000000000, 0xfff7868eec810558
	.quad 0x406b453e6ad3210f, 0x40ffffffffffffff
	.quad 0xc3425bd794361f00, 0x90b3e44faa9c95b9
	.quad 0xffdfffffffffffff, 0x5a394d1a318e808b
	.quad 0x8221d50f8dc2a16a, 0xc018b640178b4678
	.quad 0x800cd8dc47123950, 0x253a5ef8c65e63b0
	.quad 0x003a4a21ffeffc84, 0x9b53a066c011ad2f
	.quad 0x04f97b445f59592e, 0x0020000000000000
	.quad 0xf85b442070e60b6d, 0x4105c00000000000
	.quad 0x7fc000007f800000, 0x7fd5b9747e3984f9
	.quad 0xeef92cb02c483ac7, 0x9e8077e94cd10600
	.quad 0x4d23edd0bfeec3cc, 0x003d11253b000000
	.quad 0x1f5a82ccb1a1b0b4, 0x4753bc9dffcf0500
	.quad 0xc24ff8b9529c3800, 0x80000000c0b80000
	.quad 0x747a2a9a5b3ffdfe, 0xfff2b9aad6eee440
	.quad 0xc3368146bec5990c, 0x8f94a0cb0915d29c
	.quad 0x800000004252d59c, 0x000fffffffffffff
	.quad 0xd7762d4d65e67c00, 0x7f800000ffc00000
	.quad 0x408a000000000000, 0xa3f8150294e3a31d
	.quad 0x308e728e80000000, 0xfa6351f3f082c2cf
	.quad 0xc3fffffffffffffe, 0x40ca160abdbe55fd
	.quad 0x752ac12387b8340c, 0x265a5feee12b63fe
	.quad 0x15358b1f80000000, 0xff000000c161478f
	.quad 0xecc628231b827a63, 0xc10e0000005f566c
	.quad 0x61caf1747e7cfbfb, 0xbfc0fe142eb09d99
	.quad 0x23b2e28685e1c04f, 0xbed117e5d715f20f
seed61:
	.quad 0x0020000000000001
	.quad 0x5bcb1fbba1a86c66
	.quad 0x0000000001000001
	.quad 0x0000000e671868b2
	.quad 0x0000000000000365
	.quad 0x0000000080000000
	.quad 0x000000000000018e
	.quad 0x0000000052f4698e
	.quad 0xfffffffffffffce0
	.quad 0x2eb0b534afb33a9b
	.quad 0x75a21a40c58a707f
	.quad 0x0000000002869e9e
	.quad 0xffeda57d862a5e3a
	.quad 0x0000000000000182
	.quad 0x000000007fffffff
	.quad 0x0000000000000206
	.quad 0x07400000
	.quad 0x50000000
	.quad 0x7f80000012ca5b6a, 0x7ff0000000000000
	.quad 0xff800000bce58000, 0xd4ddc5d2ff7afbbb
	.quad 0x00e5ac286b947a90, 0xffbd3accffa142b3
	.quad 0xcbefc87740980000, 0xc3989a8e43d9784e
	.quad 0xcf61552e6d894b69, 0xe7ff0d048fdcfc89
	.quad 0xc2e88c403c293cd3, 0x2083992eb2c7fe00
	.quad 0x28f978197211d9c1, 0x7feb02244305cc15
	.quad 0x3bbe984b6436ad26, 0x1e8d0425bdafa2b3
	.quad 0x7ff2ef41e7e04f93, 0x674a33747fd87c53
	.quad 0x7ff0000000000000, 0x3d205d806b48fc00
	.quad 0xc1752265b3a7331a, 0x5defa7381515a6b1
	.quad 0xbd600000bcbc164e, 0xfffe389de2dccee1
	.quad 0x0c4bfe32e77d44a0, 0xd31fa6bebfff3241
	.quad 0x5d0ef807ffa6c110, 0x9455325740180000
	.quad 0x8379e97c324043c6, 0x03324f286b1cc302
	.quad 0x7f8000007ec1bb72, 0x800000007c580c32
	.quad 0x44f7f51effcbfc00, 0x80000000bf711edb
	.quad 0x7ab52182cfed3e00, 0x81000000ff938f73
	.quad 0x9cca66a37fc7fc00, 0xf881ee34ffe277fb
	.quad 0x0018581c7badbc01, 0xbf58000000000000
	.quad 0xffb48370ff800000, 0x80a406c4c5004f9a
	.quad 0x7ff50b4006baed09, 0x1ed02dcac0388b8c
	.quad 0x5269f2797ff26244, 0x87e0010c42f4ec20
	.quad 0xff95f29e3f6e5b5c, 0x987359d637e1b9bf
	.quad 0xa566e7f827e5fa1e, 0xf8cc5b259df80000
	.quad 0xa8a967dedd8e7c00, 0x404f5fdd52ed03e4
	.quad 0xbfa1a6c947e5a85a, 0xff389597c7170000
	.quad 0x80000000ff800000, 0x7cf94804375b4709
	.quad 0x417fffff0017e655, 0xff8000005a000000
	.quad 0xc07d88434fb26453, 0x801db4a3000276eb
	.quad 0x3fffffffffffffff, 0x38a3d19cb4b595a3
	.quad 0xfff8a7c7f5c1be0f, 0x80d6bef1c194fbfc
seed62:
	.quad 0x00008e99e16eb018
	.quad 0xffffffff80000000
	.quad 0xfdc21cd384b94430
	.quad 0x522c36c3933ff57e
	.quad 0xa9dc6c55bacaede0
	.quad 0x8000000000000000
	.quad 0xffffff74f20262e9
	.quad 0x1ba0ed854c68b464
	.quad 0xffffffffcbc50e87
	.quad 0x000000000000d3a2
	.quad 0x00000000001c5810
	.quad 0xe67a3cddcac031a9
	.quad 0xffffffe02faaadd7
	.quad 0x573c2f7f19ff17f1
	.quad 0x9232f0b152701ada
	.quad 0xfffffffffffffffe
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xc1ec3c8119036cba, 0x8b7aaf7afd4ff9eb
	.quad 0x9e1d109834086fd8, 0xebc83ba8cf0cffe7
	.quad 0x5f800000ef19fc89, 0xfff441d38705eaa6
	.quad 0x12751fd80095d2c6, 0x55bc96e78d90c800
	.quad 0x1b0a69e0b32c08b9, 0xf1c797a641bb7463
	.quad 0xfff0000000000000, 0x41ffffffffffffff
	.quad 0xdc5740577f8f3a07, 0x5d2b129fbf6ffebd
	.quad 0x0000000000000001, 0x80000000c0ac5d3a
	.quad 0xbee0000000000000, 0xb4bbdfb4df4d7ca9
	.quad 0x63d8aadb6feabb76, 0xa39875ec13f21cb9
	.quad 0x1e4a49b472d58000, 0xfe200c008488acf3
	.quad 0x8000000073fe8a32, 0x3fd4e0622d1051ef
	.quad 0xad8c9c86e396bbea, 0xb9d7be257fe62d89
	.quad 0x95724879bfa1ff96, 0x5de08ee564c234e2
	.quad 0xb81e104890a76b00, 0x7f8000003df35bf4
	.quad 0x30a19b47aedfd3fe, 0x808000007f800000
	.quad 0x30aff1a780000000, 0x40f0000059b2cb0f
	.quad 0x7f864ae141a40000, 0x66ba7e6a3853d6a8
	.quad 0xedd6b5ec7f800000, 0xbbaecae98c9f94ab
	.quad 0x71928677ff800000, 0x43c66b7e7effffff
	.quad 0xd523b6ddd5a523a8, 0x7f800000ff4aa521
	.quad 0x71f577617340781a, 0x402dd0db7f1c6427
	.quad 0xfff9471568f160c0, 0x78327c9f62673b1a
	.quad 0x0000000000000000, 0x4065d7cb977dc8ea
	.quad 0xe80e1ca9e1d96d24, 0xfff0000000000000
	.quad 0xc20fffffffffffff, 0xd68133fe56b8bb95
	.quad 0x7fa617e67fc00000, 0x7ff8bfa913e821a0
	.quad 0x41e0000000000001, 0x80114f0b51213994
	.quad 0x80000000c39232e1, 0x8010000000000000
	.quad 0xffe458dd7fe9e12b, 0xab050f65bf6f2f5d
	.quad 0x40ffffffffffffff, 0xfb71b39fffb448e4
	.quad 0xad4865a2a270d600, 0x5727cdb4771fc120
seed63:
	.quad 0xec2069b3971d33cb
	.quad 0xfffffdc40ebf11f6
	.quad 0xfffffffffffffc47
	.quad 0xf8829823da425daa
	.quad 0x00000000000001ef
	.quad 0x2bdd8e55ed3b0561
	.quad 0x3412503a06b3238b
	.quad 0xfffffffffffffc71
	.quad 0x000000007fffffff
	.quad 0x00000000000001cb
	.quad 0x8000000000000000
	.quad 0xf51ae6be507e9152
	.quad 0x07c66d64c08d9b6a
	.quad 0xfffffffffff11310
	.quad 0xed2dcd9e38c52412
	.quad 0x0000000080000000
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x9dff5174fdb60000, 0x402f3b20e00a448d
	.quad 0x000000004042244f, 0x8001f4cf3dde994f
	.quad 0xff926d497f8c00f1, 0xadb383e4bf78cf5a
	.quad 0xba324ae0ff9fb4aa, 0x800000007fc00000
	.quad 0xbf53000000000000, 0x41effffffffffffe
	.quad 0xdfa4d37643a00000, 0xff352855bb100000
	.quad 0x43c87e76bec00000, 0x7fc00000c65d0000
	.quad 0x401c800000000000, 0xdf9d4d06e3839f33
	.quad 0xbb5caa14779b7c1e, 0x43efffffffffffff
	.quad 0x7a3f580e7f800000, 0x7d12510fa881d31d
	.quad 0x7f8000006bec1a2e, 0x7ff0000000000000
	.quad 0xadd0490f68f0cdec, 0x505e038ba89714bf
	.quad 0xbff2aacd2bfeb5f7, 0xc4308000da012e48
	.quad 0xffe87f9be6c44226, 0xc034000000000000
	.quad 0x4017000000000000, 0x40ac000041c5481c
	.quad 0x043e1af3fb343855, 0xdf1a5c38ffc850fc
	.quad 0x0000000000000000, 0xbff0000000000000
	.quad 0xb4573cc23fbffdfb, 0xa958305615abc119
	.quad 0xe73286589cdc4200, 0xe651c1102cb19100
	.quad 0x80ffffffc833408f, 0xd041063bffffffff
	.quad 0xda7fffff3fffffff, 0x8000000000000000
	.quad 0xbd40a83cfdefff4d, 0xb777a0cd7f800000
	.quad 0x40800000801b8118, 0x7f9a5b8e6afd873e
	.quad 0x7ff0000000000000, 0xf06952fbbf8c8400
	.quad 0x85afccd0e0d47c00, 0xedd981ae317a749c
	.quad 0xfffb40869ad52e71, 0x7ff0000000000000
	.quad 0x90e683d6ffba5661, 0xbfd00000bf5bb7b1
	.quad 0x9925d0430a4db4c5, 0xffdb6afef163db21
	.quad 0xfff0000000000000, 0x007fffff90947838
	.quad 0xc127800000000000, 0x83d65ea47effffff
	.quad 0x36a0000081bed2e0, 0xb67a3146f5fefce7
	.quad 0x1c3937f5b7cff87a, 0x169d368bf1110f5b
