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
	.inst 0x1e200020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d78d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b0974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e661976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f40e5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7901ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa3185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c85f
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
	.inst 0x2eaec450
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
	.inst 0x7f31e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e3833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0a9c74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee3d5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e219958
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
	.inst 0x1e6c101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e60014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f2ae61c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f67fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2ed51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eebd57f
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
	.inst 0x4fcf11f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61d931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c5952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6179b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea18a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e628a95
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
	.inst 0x6e61c9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f889918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c2310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ce43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7900cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6dc5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20c1ff
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
	.inst 0x1ee24030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f082211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee7ec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8b51d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f293655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea9ecf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30da17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fce1818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f7afc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6102aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0e9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e03addc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61cc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e664a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e38ff
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
	.inst 0x1e230990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43f871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c3a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e633953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e586da4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6241b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0554b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e66fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03d0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e24ce79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e186c6a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f43a51b
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
	.inst 0x2e2cfcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e194f6f
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
	.inst 0x6ea1d490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b79f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d7df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e227013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1ba14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f61fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e268816
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
	.inst 0x9e280248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e213899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6200fa
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
	.inst 0x1f2cc8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e65ef3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b0b1f
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
	.inst 0x1f481070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc41971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f641212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e700043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e20fc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6b91d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f26fd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6308d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e341019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2168fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0f8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e27d41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a1b9f
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
	.inst 0x1e670990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21b8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e618a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4fcc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0e8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3420d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e43f198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5eabfdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e30b55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc2917c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c35d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6200df
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
	.inst 0x5e20dc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e028d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30d833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21b9f4
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
	.inst 0x1e2200d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59b5c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f742998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea3fe39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66191a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f61fe7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f21a55f
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
	.inst 0x1f6089d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6aec51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f51fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0fa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e618974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d1975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61b856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e18bd07
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6cfdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f2ce71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee18a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25433c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61bade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61785f
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
	.inst 0x1e3001e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e5995c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e1e54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fac59b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e33e4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c31a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e283a9f
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
	.inst 0x7e29e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e266911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2800c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2178d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e588c47
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7800e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22ac79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e762b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21d41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e0395bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e436c7f
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
	.inst 0x6eb0f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea19a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e31c453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2199b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f5041f5
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
	.inst 0x1e6000c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6209f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6101c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eb3fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f20e6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2440bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f88911e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eebeddf
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
	.inst 0x4fc110d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e706492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0298f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eeec493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f28b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea4fcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2cb1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0940d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fa21098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7349fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2fb01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e683601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29010f
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
	.inst 0x1e6b4870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7020c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e641a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2dec53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f7414d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3100a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c2d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f35fe7a
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
	.inst 0x4f7cfc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e22d47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39012f
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
	.inst 0x1e58d540
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2afdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58f9e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e286d94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1f855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8a9238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21c93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fad5adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f18e93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e2ddd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea189de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e618bbf
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
	.inst 0x1ee2c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e680081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f71a254
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
	.inst 0x5ee7fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1a977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f56c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e262190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3100cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e65c69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2501cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c09f
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
	.inst 0x6eb0f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e707972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea2f4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2948f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e70f555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f45ac56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3800c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f2dff3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2322db
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
	.inst 0x1f010dbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020b0
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
	.inst 0x1e659010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61a871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6928d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e37d013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f6be474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e34f455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee199d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fce9017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e300228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6cb979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a3dba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58858b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4ba95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21795d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2ec4ff
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
	.inst 0x1e231970
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
	.inst 0x7e6ce5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e65e414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1b9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6faab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc69197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f29fe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e26fcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35389a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0819fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea3c53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60020d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2990be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2200df
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
	.inst 0x5e25dc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f57e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5cc32
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
	.inst 0x1e6858b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6300b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2239f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21ba57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d5898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0f879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6ed49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e76dc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e48dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0cb5e
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
	.inst 0x1e240180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6301f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6bfd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66c4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f58f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6ac477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c1f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e250129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d893a
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
	.inst 0x1e61c0dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e723abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3315be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f49053f
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
	.inst 0x1e19a960
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e280141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e306812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d19d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea6d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e219956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21a917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e59e1e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eaaceb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e77285a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2740fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2818bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6cbd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6966b2
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
	.inst 0x1e6274ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e654234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e614155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f5afc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee8ec97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fb25039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fd090ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a7486
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61699c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0fa5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeeee7f
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
	.inst 0x6e619990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f611d33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eadf634
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
	.inst 0x1e241936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f79f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a0898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630119
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
	.inst 0x2f8491bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7800cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeefcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3902ef
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
	.inst 0x4e28c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f4971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fa210b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f06b5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e73fcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb3ce15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee4d4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f3be6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c2878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d5a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22007a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e37301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61987d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e636424
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
	.inst 0x1e2f3950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fcb50b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2101e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e616a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb3e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd29055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e654196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f64fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0d9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f48b179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4d015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1da1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e692360
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
	.inst 0x1f00845e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c1df
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
	.inst 0x5fa611d0
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
	.inst 0x5f24fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21d8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6ed5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e62a496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2101c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e240068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2ecdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3115ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70d91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee9c75d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0e819f
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
	.inst 0x1e6188d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2101c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2bc5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc91913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2428d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4f3595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e275ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f7afc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6ac4ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19142a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39024b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2984fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0602fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1ec5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3a08bf
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
	.inst 0x6eb0f8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2359b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea0d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b1518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc39875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f37fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fcf9837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3900a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3928da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc8101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f79fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78024d
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
	.inst 0x1e25c01f
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
	.inst 0x9e597c20
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e263a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f26e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f53fe14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6300f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fa65156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee5fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e261a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e642300
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e617a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e296d7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6001fd
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
	.inst 0x1e23015f
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
	.inst 0x6e30c8d0
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
	.inst 0x6e64ec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e241a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e321895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f20a237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e2dfc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e29d019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f39fd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e26c5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59c76c
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
	.inst 0x1e233b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67411f
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
	.inst 0x4ea5c4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f078d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e68ac12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c88f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e65fe14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eeed415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c7016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e647af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23589c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e27c49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f6a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f42e49f
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
	.inst 0x1e2b29b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e58de01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e662892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0faf5113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e65fc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e201876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1da57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e29fdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0c819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25f4a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19240b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f7aaa9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e616b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e690afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68599f
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
	.inst 0x1e22c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e251db1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f279612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e264075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58d5c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2300f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7900e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e58d88a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e63f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeaed7f
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
	.inst 0x1e2b3910
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
	.inst 0x1e623cf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e32258d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eaeedd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e222a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eacc676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e600268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e218a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f279e9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e71006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1ba1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6300ff
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
	.inst 0x1e3800c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70e5e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e59bc42
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02cc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e623914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee9c4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e244216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6900a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2178b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e1019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1a8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61c81d
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
	.inst 0x6ee0cbdf
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
	.inst 0x6e6168b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0e4d1
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
	.inst 0x7ea9d4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19d185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f610a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2542f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6540ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc298fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2cfc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61cbbf
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
	.inst 0x1e620090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43bc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea9e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f062613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e599844
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e261815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03bcb6
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
	.inst 0x4f36fc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e608a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e683b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f3de45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6cfc7f
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
	.inst 0x1e204523
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b6891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70c932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea0fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25ed15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea5ccb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6642d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea18918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e208a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2201ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e72e57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02ad9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea0d5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e272160
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
	.inst 0x1f0e8c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e02ec51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e193122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e0557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eb0cdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcf5196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0e9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6500e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e42bcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6afc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eebf49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c1bf
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
	.inst 0x9e423d10
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
	.inst 0x1e2e8932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc71a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc99894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6afc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e217916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e6168f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2141f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f39e6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c295b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e310b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eabedfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e21a83f
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
	.inst 0x1e7800e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2d4432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e728a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0a99f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3900ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f77ff3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee1d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eabd63e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2828ff
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
	.inst 0x1e59c4c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e7c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee3ecb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea3ee54
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
	.inst 0x1e2022a8
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
	.inst 0x1e64c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6edc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd4909c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea8fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eafed5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b9bf
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
	.inst 0x1e63c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2bfdd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b1873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6ddc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e590d66
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2199d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e262080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a1859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb2f51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e62e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20e5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c89f
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
	.inst 0x6f50fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70ed11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e62e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e66dcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eabcdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e1854a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f857
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
	.inst 0x1e6f0979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f42321a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23cd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20581e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6319df
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
	.inst 0x1e6720b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f7d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e20e492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e42c114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6258d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6329b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30d999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eecd75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e637abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2239fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020e8
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
	.inst 0x1e2d49d0
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
	.inst 0x1e707972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21b934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e243935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7902c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19ec49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc658ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21ca9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4fa11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6accfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6aff3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29ddbf
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
	.inst 0x0e219930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61a8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e5990e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f229136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e326c57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fd79138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea198b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27793a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602318
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6cfd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6afc3d
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
	.inst 0x6eb6d45f
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
	.inst 0x0f24e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e623931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0c9b4
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
	.inst 0x6f34e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f28fd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e200149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2440bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f493d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61691e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6441bf
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
	.inst 0x1e380000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee240b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea2c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6740b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e32e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61a816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63264c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea7fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fab1919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eaed45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee19abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2fa690be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2218bf
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
	.inst 0x1e640100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e69e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e72c513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee7d574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e63ecd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a59f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c977
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
	.inst 0x7e616859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f391a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20295b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eabed3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e28fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2800ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21c83f
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
	.inst 0x1e63a5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2ff533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f102e15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e25e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1b978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e35d539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f54fe5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202028
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
	.inst 0x6f7be61d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22593e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c0bf
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
	.inst 0x1e2d5010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e646811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f25fd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4a4233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea19a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e740a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2420b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61ca18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e75dc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcd1a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e5991ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24091c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f26ac1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6801ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1a8bf
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
	.inst 0x7e2bec50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6cbc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e282090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f328c33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e9014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602158
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
	.inst 0x1ee24237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e74edf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f8b9919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e65012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e39d43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1a93d
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
	.inst 0x7eb0fbdf
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
	.inst 0x1e2a29b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee3cc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f70b953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f46e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e70f616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee9edf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e736999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef6c49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d55d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62005f
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
	.inst 0x7ea1b8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6801a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc19854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b38d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d6896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2525c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6441d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c3019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0385ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e21010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69b71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e77d4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6be59f
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
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f3ae4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3108f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e34cdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1a999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f62fdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f8f91db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee4ecfc
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
	.inst 0x1ee2425e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e73dcdf
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
	.inst 0x1e6458d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e642210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e632a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb2cdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4ec414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6a4016
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
	.inst 0x7e70f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c1979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eaefcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29e49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c0dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e30e51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2141fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f50fcbf
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
	.inst 0x1e226990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0f25f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2178f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2b3c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea0d934
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
	.inst 0x1e310146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e263837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea0f898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5eb5fdb9
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
	.inst 0x1f40161b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a2110
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
	.inst 0x5ea0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61141e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd218b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70f8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e305876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f33e437
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
	.inst 0x9e380169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6100aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e20e47c
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
	.inst 0x1e22019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f07bc5f
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
	.inst 0x1e630150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e7931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3bb012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7268f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0d0534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e652190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0e8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee0e9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0f979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f181a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29dcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee1b83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e5814ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e62cdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c07f
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
	.inst 0x9e1898e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef3e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6200d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6301f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0e8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42b539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f75e47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f4cfefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62405c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6ff4be
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
	.inst 0x1e66343a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6b0e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1b872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fca51f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0fa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e221a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2ff656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e31d4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e218a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43c11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6301be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38016f
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
	.quad 0x02ea868d3a430710
	.quad 0x0000000000000049
	.quad 0xfffffffffffffe2f
	.quad 0xff73132b71db3c0a
	.quad 0x0000000000000018
	.quad 0x0000d6c4bdc52200
	.quad 0x7fffffffffffffff
	.quad 0x0000000082b0c82a
	.quad 0xc13f635171af8de3
	.quad 0xffffffffffffff30
	.quad 0xce8fa9db410f54ee
	.quad 0xeed6b1a124ad53b6
	.quad 0x65d3bfee73ef2e92
	.quad 0x000001ec053994dc
	.quad 0x59d00af336efed55
	.quad 0xfffffc6127c26b14
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x408b1ee3ffc00000, 0x804000007f000000
	.quad 0x7f6f4d64bca91e1d, 0x6a711bcde7f0b43b
	.quad 0xc00a9fe241080000, 0xc18dfbf1c4ad6288
	.quad 0xdfaf10aa8077bbc4, 0x2e36f1a55e3edb87
	.quad 0x4022800000000000, 0x0023baa4625cb0fe
	.quad 0x8000000046300000, 0x3bf3f23b65d38b4c
	.quad 0xaac5d4893f7f75c3, 0xc340000000000001
	.quad 0xc9340430522bd038, 0xaf4136570eaf0001
	.quad 0xffab166bbf000000, 0x4f000000ff800000
	.quad 0x892e92b44c24e5a3, 0x76746fffee5af435
	.quad 0x00800000ff800000, 0xfffdfd3b1b576210
	.quad 0xdd80c97836d451e4, 0xbf30775287c87a12
	.quad 0xc045f00000000000, 0x7ff1a4e1edec0c05
	.quad 0xc01a000000000000, 0xc5cf3576c5d81aac
	.quad 0x4571b4187fbd9d5d, 0xc0204e0fffe27e00
	.quad 0xfb6e0ddfdef3fb7e, 0xb1b8f383a6a54300
	.quad 0x7352cee8c99caa82, 0x004000009937004f
	.quad 0xc0f0000000000001, 0xe8849fd870ea87fc
	.quad 0x47d47049d44eda00, 0x0aa72ae081129087
	.quad 0x5c2f3b90554ef7ff, 0xff8279e741afddb0
	.quad 0xa5a48b01014539da, 0x95069c94b36cfaff
	.quad 0xb49736d142f95dd6, 0xffe0dd4291328a1c
	.quad 0xc04396c38c12c314, 0x0d80bf1e1ed78000
	.quad 0x01000000ff604243, 0xfe797d5a1eaf4da8
	.quad 0x9568f16aff7fc1a9, 0x7fb8904c40840000
	.quad 0x4150136d8120e7dd, 0x5382bcddff85fbda
	.quad 0x034e069a58750330, 0xffb1282a7fc00000
	.quad 0x18a64bba2a28e502, 0x0352f30ceac2a509
	.quad 0x92810ecef1220806, 0xa2a96d1bd5f6ffa8
	.quad 0x0e51bd2f7f800000, 0xbff0000000000001
	.quad 0x7ff0000000000000, 0xda7ffffe7f800000
	.quad 0x3f70883f6f232ebc, 0x68d6e130ae29e535
seed1:
	.quad 0x32d56e72f8c93a14
	.quad 0xfffffffffffffda7
	.quad 0x0000000000000001
	.quad 0xc9489dbf74d45372
	.quad 0x0000000000000108
	.quad 0x00000000000b97e5
	.quad 0x0000000000000306
	.quad 0x007c10d18755b606
	.quad 0x0000000000000001
	.quad 0x79a6560bdf9062e8
	.quad 0xfffffffffffffe4a
	.quad 0xfffed90954138acf
	.quad 0x2e67ab2dfde5b54c
	.quad 0xffffffffffffffba
	.quad 0x4a71c9ef2d2dde2f
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xbf8000017f800000, 0xbcdf9682ffbccade
	.quad 0xbbc11fdf66ab0001, 0x71e52f757d53f954
	.quad 0xbfaac282ff800000, 0x1f52257f76fb8354
	.quad 0x0318bda9f75e15cd, 0xcc19fb30e5bd7aff
	.quad 0x4c51441a97487c00, 0x0000000000000000
	.quad 0xbea00000ff800000, 0x4002000000000000
	.quad 0xc1fffffffffffffe, 0x7edbaad9ac7dd6ea
	.quad 0x171eb63f7fbd4fc6, 0x0000000000000000
	.quad 0x800000009e783e4f, 0x410c0000c8800000
	.quad 0xbaf800007eba4bf3, 0x58782884cb7c00ec
	.quad 0x3fe8000000000000, 0x517558ace3f7fef4
	.quad 0xc82af7cdf9f28400, 0x2c55716f29437e00
	.quad 0xff9c6325401e38fc, 0xdb5294c68016b154
	.quad 0xfe800000f154f390, 0x3f800000bcc1fae9
	.quad 0x401bfa3a0feb4217, 0xbfabd24c5c30d016
	.quad 0x804141caff97983e, 0x008000007f800000
	.quad 0x2963f9d6cfbc0ff0, 0xc1888708ffab4c82
	.quad 0x7f000000044ab7d4, 0x9ac949b980000001
	.quad 0xa8bd344fffc5bb9f, 0xbebb8057c29705e0
	.quad 0x800fffffffffffff, 0x60f84d3c7fd2ca16
	.quad 0xd9d4802452d27e00, 0x4027c00000000000
	.quad 0x7ff0000000000000, 0x00bb48bcf0d9c658
	.quad 0x8008000000000000, 0x5282f99e973fb5b3
	.quad 0x7ff39a75df6c655b, 0x2c36f9e67ddf4aa5
	.quad 0x9946a842ddf7fc2a, 0x800fffffffffffff
	.quad 0x60723acd7fd47c00, 0x14ce1f2cc6612a75
	.quad 0x7ff0000000000000, 0xba7b52a7ffeafc9d
	.quad 0xbf34000000000000, 0xb3dc9c2aefdf4b28
	.quad 0xfb588632f3a6a81e, 0x43ffffffffffffff
	.quad 0x4f80000080287cbf, 0xa45a33ddc7fcfebf
	.quad 0x20fa9dc3994b57c6, 0xf67b98763f800001
	.quad 0x40effffffffffffe, 0xc6fcac77d2f74bbd
seed2:
	.quad 0x12694dab4235a37d
	.quad 0x0d1bebece0aa149a
	.quad 0xbcc6d82f7e2168d8
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0e1e4b2334d06fee
	.quad 0xff6aa156054c2cbd
	.quad 0xdcc01dfc8176a8ae
	.quad 0xfffffffffffeb9b5
	.quad 0xfffffffffff8d34f
	.quad 0xfffffeab458509f3
	.quad 0x3932becff9027a53
	.quad 0x0000000000000ea9
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x732398c4fe04ee41
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x7fa1bd500841f8f9, 0x282fd7efb44dafff
	.quad 0xfff0000000000000, 0xc700000080000000
	.quad 0xfdd649fee6df6b58, 0xc109000000000000
	.quad 0x45dc000000c8d3eb, 0xbabc00003be80000
	.quad 0x1181be3eebff7cc0, 0x80c6dddbff800000
	.quad 0x25bc239fafcffe00, 0x802be1ea00000000
	.quad 0xfff0000000000000, 0xb809dbb946db6e4d
	.quad 0xbfc9c5d9c3c00000, 0xd6df52d2ffb2fdfe
	.quad 0x34846b1dcd5e0571, 0x62a22eeb7ff477ff
	.quad 0x671bf56717d97c00, 0xc023800000000000
	.quad 0x80967a40beb89d76, 0xd48d6fa2404774c5
	.quad 0xd98000017f800000, 0x6ce7f4fe838c8000
	.quad 0x5364bc827fdeffff, 0xfff3a6b0de0c6cbf
	.quad 0xc206a855be416dc1, 0xb3c51c28c7000001
	.quad 0x99cf4332a7a7de00, 0xf58a556e26eefbb6
	.quad 0x7f986021425b5b45, 0xff812c0a005b790b
	.quad 0x4306d1274ff7c6c0, 0x9686fcb08cc50800
	.quad 0xfff2d664d7c8ee27, 0x493e01e855ad0000
	.quad 0xffb3baa57fd7fdff, 0x4020000000000000
	.quad 0x3eb0000000000000, 0x40fffffffffffffe
	.quad 0xcc21a4a0cb0afbbf, 0x7034ec3fd7ff4952
	.quad 0xe49ebd5e654d5661, 0xfba4b91347bbd825
	.quad 0x7b71e53fc867b8e4, 0xc392b467da6a9ce0
	.quad 0x4200d4e1b712bd80, 0x0856355993fd5d27
	.quad 0x421ac4dce35bde3e, 0x7e62cb78ff5fa48e
	.quad 0x7fc000002038ad08, 0x13d9cdc9407a6b7b
	.quad 0x764d35aafffffdb7, 0x43f0000000000001
	.quad 0xfec66c80bb87d08f, 0xfff8000000000000
	.quad 0xbde69ea03beae6f6, 0x00000000f84a5eaa
	.quad 0xc05d28384245c43e, 0xbfa9f0dc1b992566
	.quad 0x4004000000000000, 0x419c60fa3d6dbef7
	.quad 0xffc0000039800000, 0x6cfbf1601d2e8c39
seed3:
	.quad 0xffffffffe6608acf
	.quad 0x0000000080000000
	.quad 0xb5e10689ed6eadef
	.quad 0xfffffffffffa54d6
	.quad 0x00000000000000a7
	.quad 0x30ccfee79b2732ea
	.quad 0x0000000029662743
	.quad 0x0000000100000000
	.quad 0x000000000000559b
	.quad 0xfffffffffffffeda
	.quad 0x97820ce5c7ec6d7b
	.quad 0x3dbb4cefe3bece17
	.quad 0x70cc16da3f4371b1
	.quad 0xfffffe071143a83f
	.quad 0x00000000003548e3
	.quad 0x00000000000000a6
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xc128d11907009e6a, 0x3ba683d4c07ffffe
	.quad 0x2f26164e4e90a0d1, 0x1ae74bdd37664018
	.quad 0x7ef8a46740b16938, 0x158afab6ff800000
	.quad 0xeaf2d960737a82b6, 0x205fd202cdff092e
	.quad 0xc1a000007fb3c086, 0x822647faf0d133ad
	.quad 0xce7fffff0b9b846e, 0xdaa7ba46b9d90000
	.quad 0x43e0000000000001, 0x4008000000000000
	.quad 0x401cdccf9e322429, 0xbc9eab5f80ffffff
	.quad 0x800bda7f5b027319, 0x8000000000000000
	.quad 0xb9457739ff800000, 0x0000000000000000
	.quad 0xeb736a37d5130000, 0x00c3ead909925366
	.quad 0x8328868718c33cf6, 0x3b93f692ad877934
	.quad 0x80000000408c0000, 0x87953c9fd7a9bc65
	.quad 0xfff0000000000000, 0x875160edc4c802ee
	.quad 0xe8bf3a00bcf2e002, 0x1844872b01000000
	.quad 0xc1ba0b0480400000, 0xbf68200000000000
	.quad 0xbd0434a6c2fffd7b, 0x7ffd7d39fc37f65a
	.quad 0x80000000ffc00000, 0xffaf2eb5c1abfa29
	.quad 0xbfea69ea4c62ca1e, 0x959183ebbddb1e80
	.quad 0x40411989c1b86dd7, 0x0000000000000000
	.quad 0x1f80c4abfffcb7a6, 0x47c000007f7fffff
	.quad 0xbac0203f60e2d9f7, 0x800fffffffffffff
	.quad 0x001af6a003cb39ed, 0x81a762b3fb5feeda
	.quad 0x4206811d3e574a43, 0x8010000000000000
	.quad 0x468cafd5b2d347f2, 0x2c45e10a05c5fb86
	.quad 0x19948c65ff99db03, 0xe64ea01ca22682fa
	.quad 0xdfc66b1dda8dc666, 0x4516ec195beafc00
	.quad 0x5f49e46bced9fcbf, 0x43e0000000000000
	.quad 0xeb4caa1fd2e77ffc, 0xd78f1007ae06fe00
	.quad 0x3adb36a2ffcc0000, 0xed8c01db7ee02669
	.quad 0xc980000041100000, 0x0000000000000000
	.quad 0xfff0000000000000, 0x7ff0e33920b30e59
seed4:
	.quad 0x0000000000000000
	.quad 0x42aa39f12b55813d
	.quad 0x8901bae4eb02dc17
	.quad 0xffffff3d361ff41a
	.quad 0x3eb531637fbd08c0
	.quad 0xad1b33e3e0c9bd2c
	.quad 0xfffffffff45d248d
	.quad 0x000000007fffffff
	.quad 0x6ad393bfc831aa09
	.quad 0x0228141e4b098a06
	.quad 0x09a6743449a5ab80
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe23
	.quad 0x5309ab82e27b4137
	.quad 0xfffffffffffffdf2
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x0000000000000000, 0xc34eb6ccffc00000
	.quad 0xe0a6e49006fe5a93, 0xa0a8d1ce3f17cfb2
	.quad 0x404b179978b5a74c, 0xe56d0f41fff7fbe7
	.quad 0x82f341190485df75, 0x403dd1c44f3be141
	.quad 0xc3676801587ffffe, 0x3f8dfc7b39ef31e2
	.quad 0xc30000001699fcd2, 0x4f84c613a8d50314
	.quad 0x40f0000000000000, 0xbff9000000000000
	.quad 0xffc00000803b0d56, 0x58c6b4b99a530000
	.quad 0xb2d8d0398e8bbd0a, 0x3fe8000000000000
	.quad 0x3f76b58aa7526a2a, 0x9fdb1013fc73fbbf
	.quad 0xfff0000000000000, 0xff06a20321d1184f
	.quad 0x8008000000000000, 0x5a7ffffe8104bdeb
	.quad 0xe2800c75c7fb6bb4, 0xfff0000000000000
	.quad 0xffb82bf2d0d45b76, 0x84d44a2d7fff7e45
	.quad 0x7f9a0bc1bf8cf931, 0x801fffffffffffff
	.quad 0x80730d6c3c658000, 0x3d66fb8adda27fcf
	.quad 0xf54cd21eb8efdc06, 0x801fffffffffffff
	.quad 0xc0c0d638ff950817, 0x12ef8307b7ff7ce2
	.quad 0x55d55ac78742a8dd, 0xc8b60000b7600000
	.quad 0xff99b477bd92ed42, 0xbd4c5f40ff794adf
	.quad 0xc00000017fa59273, 0xd582751a4937bc01
	.quad 0x406bdb3a52776ed8, 0x8001b04e393eea48
	.quad 0xc1fffffffffffffe, 0xfff0000000000000
	.quad 0x4af67a3dbd62a14d, 0xffed6239dd796975
	.quad 0x80ffffff49840000, 0xc048929d7f800000
	.quad 0xd2bea08db93bffff, 0xfffe5b4251a84243
	.quad 0xbe80e97699adb2b9, 0x7f7fffff800c50b6
	.quad 0x7ff8000000000000, 0x0c2a8e6a9bc98001
	.quad 0x7ff58d914b11d839, 0x7ff369702c5cff7b
	.quad 0x0e734f9a0d921a2a, 0xbcea2a9d300e535f
	.quad 0x4278546d4f1a6b4e, 0x8009a37916522576
	.quad 0x401a800000000000, 0x7ff562466b46a232
seed5:
	.quad 0x4cb6f20ef241a618
	.quad 0x000000000002a493
	.quad 0x1c700911cbf737ca
	.quad 0x98eb7c0af425accd
	.quad 0xffffffffffffffff
	.quad 0x9605d98c0d3e73af
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0xfeaa233464280f8c
	.quad 0x0020000000000001
	.quad 0xfffffffffffffef0
	.quad 0x194663074f770ef2
	.quad 0x00000000ffffffff
	.quad 0x0000000000b100d3
	.quad 0xffffffffffffffb1
	.quad 0x0000000001000001
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x426890297faf2cc2, 0x406130621c6f82d4
	.quad 0xbfa5a6259ce5523e, 0xc0f80000bd39126c
	.quad 0xe838de78c7aff1ff, 0x42d07a12ece36871
	.quad 0x77116ed04f99e0e9, 0x7ff0000000000000
	.quad 0x40f0000000000000, 0xfdc0de2ee49032e8
	.quad 0xbe503a7e7cbffdf5, 0x090111baef7606b7
	.quad 0xbffffffffffffffe, 0x7ffdf152701ef095
	.quad 0x80000000d058833c, 0x5c3c8af714ddc740
	.quad 0x2cea71682f261c4f, 0xe9cf4670bfffffff
	.quad 0x35bd0717eb1acf5e, 0x400f818ebdddfe57
	.quad 0x44200000aff11479, 0xde0002a359b08400
	.quad 0xc0118ecf32364fd7, 0x6d8fe72de51fa3fa
	.quad 0x093eb2ab80000000, 0xffe0000000000000
	.quad 0x69527daf9a7ffe4a, 0x02e186c7d6b81154
	.quad 0x34ffb4c242e4812a, 0xc3990bbfe6ec24fd
	.quad 0x93f87f8edb7fffff, 0x36a04c8a553e1ee5
	.quad 0xc2aef6ccbd0215fc, 0x45821cb67c27c946
	.quad 0x723f641dbfffffff, 0x2f2ecb454aff7fdd
	.quad 0xc188c14d450d7c00, 0x3d4bbf917f800000
	.quad 0x80390fe3430fc858, 0xfff0000000000000
	.quad 0x0010000000000000, 0x827887e0e6326953
	.quad 0xdba6d57bd8003400, 0xffc55f891c843cb6
	.quad 0x280957c0c01afe00, 0x55dff5856bbffdbf
	.quad 0x7fc00000f5806e5a, 0x0f3e21e1f8cabe86
	.quad 0x8000000000000000, 0x3fc000007fc5d4b0
	.quad 0x7e1a39dda0e56d76, 0x7dc088982b4c0fee
	.quad 0x0143d99c80400000, 0xc1100000b6ce4a48
	.quad 0x8026f79af616173a, 0x7f22050bffa47b0e
	.quad 0xc767f0967fc5dc9a, 0xfe3e0bb58210760b
	.quad 0xbe3ab5d974e27e1e, 0xcf15f6554f0590c3
	.quad 0xffd0000000000000, 0x077037095fe57df1
	.quad 0x2201c7028e7d7d5b, 0xff800000c6800000
seed6:
	.quad 0x0000000000001577
	.quad 0xd4a71ffe7f5394ec
	.quad 0x0024a86a4cf58fd5
	.quad 0x0000000000000009
	.quad 0x00000000000663bb
	.quad 0xe774d3da8cf52728
	.quad 0xffffffff80000000
	.quad 0xe67d92c43e4d66a9
	.quad 0x0020000000000001
	.quad 0x000000000000008e
	.quad 0x0000000000000381
	.quad 0xfffffffffffd3959
	.quad 0x000000008fe0901e
	.quad 0xccc419b43d4bf6ae
	.quad 0x699bba90ee0c462f
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xe070dc71ba9ac5b8, 0x8031def3c0a00000
	.quad 0x9e8326fee3dffee8, 0xfff7b63efe134294
	.quad 0x706cf243fff17c43, 0xbfececa7ae68ec83
	.quad 0x00ffffff0015c23e, 0x8e02738aff6dbf78
	.quad 0xc350d82bfc154318, 0x3ed05a10f329dedf
	.quad 0xf51ea227a84eff41, 0xc6d5e263ff800000
	.quad 0xc002000000000000, 0xbfda004d1b16f24a
	.quad 0x40c40000c1000000, 0x41de1f43ff9c088c
	.quad 0xff800000fffca180, 0x32e29388fdeae315
	.quad 0xfff8000000000000, 0x9881978afe29b7ef
	.quad 0xca0a06b8a8737e00, 0x66ac7d46ffded36d
	.quad 0x41845f7c3cbe8a5f, 0xdfd999bbbdafd066
	.quad 0x00ffffff423379f7, 0x3f9fa34257ff6aec
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x0da884c100000000, 0xffb3a9d949bbdf95
	.quad 0x002fffffffffffff, 0x000000008cd90867
	.quad 0x80289bd1005375d0, 0x658b76c6af00df14
	.quad 0x4c49a45fe3db4700, 0x0080000000000000
	.quad 0x5f80000100000000, 0x89d56cbbfd517e00
	.quad 0xff800000ffa62469, 0x7e822703d3fd10c0
	.quad 0x8000000000000000, 0xb2b8952cfe9eac29
	.quad 0x2b0b2765f7c3d4f3, 0xfff67d62cc6a00d6
	.quad 0x7f8bb8f197268353, 0x3d1bede3bc186590
	.quad 0x0078e53f80797b84, 0xfffcd7e883cbeb69
	.quad 0x8008000000000000, 0x5e1d224513a48b1d
	.quad 0xc09800007fc00000, 0x20e4d97b7fde7c0c
	.quad 0x769df6459ad71b49, 0x091027335d9d8ae0
	.quad 0xcb7006bb7fd04820, 0x6ded4035f43bcbff
	.quad 0x004d718c80400000, 0x41f0000000000000
	.quad 0x7dcd0cbafc09809a, 0xeb0b4844146eb8ae
	.quad 0x80000001ff843586, 0x9cd19cbed31f63f2
	.quad 0x80800000ff800000, 0x07a42d1a6068b74e
seed7:
	.quad 0x000000000000019e
	.quad 0x9fc8e62a39aa123e
	.quad 0xffffffffffffffff
	.quad 0x02a149bf35a5761d
	.quad 0xc40f5f05239fd24b
	.quad 0xe9bd4a40d599bb8a
	.quad 0x4a955a803dd6bd0b
	.quad 0x1e02364278e92dd5
	.quad 0xb918bd61e9f3d418
	.quad 0xffffffffffffb2d2
	.quad 0xffffffff14c9a98a
	.quad 0xdc401e59ccbbc914
	.quad 0x52f1dd0d770a55b3
	.quad 0xfffffffffffffc4f
	.quad 0xa0e602c994a3183b
	.quad 0x0000000000000006
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x83820be5af08a718, 0x9eaeb100f8602ed1
	.quad 0x80000000f9c75a32, 0x7f3c7705a0ddc8c0
	.quad 0x5f000000f6764a5c, 0xc0ef47317fc00000
	.quad 0x3fe5e1b1ed9c9370, 0x3a61c530f7e2375e
	.quad 0xffa372e8c9130000, 0x8b4e1b2b7030ab6b
	.quad 0x70b5eeb84b4206f3, 0xc0812a35bf3df9e7
	.quad 0xcf63bb0e7a25f674, 0x0b47a03effd96fdd
	.quad 0x6dfe765d40000000, 0x5e52f66f81694b86
	.quad 0x6b15e8b2ef51fc00, 0xb9e800007fc00000
	.quad 0xffa747cc009bc927, 0xff80000049500000
	.quad 0x806e7a16b5f60000, 0x705a59a0bffffffe
	.quad 0x8000000000000000, 0x404dd2d5367bb78e
	.quad 0xb812bd2fa20fe050, 0x7fe07e65d9c35f10
	.quad 0x5d71ea0d13ff8000, 0xfff1784c5f1f3de3
	.quad 0x2a4ce8adcd9ac516, 0x40d8000036780000
	.quad 0x7ff10f13158be802, 0x47000000c2216cde
	.quad 0x5bdaddceeba59b58, 0x790ff129636cf952
	.quad 0xc00a000000000000, 0x7a85734c7f800000
	.quad 0xc057a46b0c3cd5aa, 0xbfd000007f800000
	.quad 0x15a0b92083e57c00, 0x3f1f000000000000
	.quad 0x7ff852bb327b1dd8, 0x0008ae8536ec4850
	.quad 0x4741681bffcfc7fc, 0x000fffffffffffff
	.quad 0xa3fadb34195f75b0, 0x3fc0000000000000
	.quad 0x42c0000000000001, 0x724d01e34ffffffe
	.quad 0xffdc22c72a889f5d, 0x1b7307ea47380000
	.quad 0x8000000000000000, 0x788cb8817f800000
	.quad 0x40a9cf4ebe901f36, 0xfff0000000000000
	.quad 0x401163e010c70c34, 0x0d620b4ac7fa62f2
	.quad 0x3fffffff0a446d12, 0x01894f418ff59d84
	.quad 0xc0a000007a54d603, 0xf52be55bff8c781b
	.quad 0x41cafb91bf81dfa9, 0x3fb4a1f87fe5ec96
	.quad 0x8df63ecfff6f82f5, 0x5a91c0c212f283ff
seed8:
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffde8
	.quad 0xfffffffffffffff9
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x445b5abef30dec50
	.quad 0xaaea91e6decf52f5
	.quad 0xfffffffffffffe14
	.quad 0x12383ee8e1e60784
	.quad 0xfffffffeb46aef1b
	.quad 0x606b78d583182b1f
	.quad 0x9f36a4d92faff330
	.quad 0xffffffffffff0bcc
	.quad 0x000000000000002c
	.quad 0xfffffffffffffcb5
	.quad 0x00000000000002c0
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xbac000003dda6b02, 0xa62626a8280bcca5
	.quad 0x09cf3de635be0000, 0xcd18e49280000000
	.quad 0x0d55eb40970d5c5d, 0xea38a4c1313ecc36
	.quad 0x93384164da7ffffe, 0x394761aa167afc00
	.quad 0xe8a39f13fa9ef800, 0x689e5f5c7ffb30d2
	.quad 0x84e808d9ff9be568, 0xfff0000000000000
	.quad 0x4014000000000000, 0x8000000000000000
	.quad 0xbf5e400000000000, 0xc2fdc9a0e5036728
	.quad 0xe9753d4782d188e4, 0xbfb4b95c4a760715
	.quad 0x0008000000000000, 0x7fa7aeb4ffc7f6dc
	.quad 0x7ff01d0471ee62ea, 0xfc9e99bd41bc0000
	.quad 0xc0d52afbb28cbb7b, 0x0000000000000000
	.quad 0xff80000080000000, 0x800ea10c714a794e
	.quad 0xa62d06adffd787ff, 0xf89c650e25b2df0c
	.quad 0xac8fc38109991680, 0x1565a400fff54300
	.quad 0x40f0000000000001, 0xa06945cacb72c180
	.quad 0x1f5ecd3c223fcbdb, 0x7d7d137f73db346e
	.quad 0x1a856325c3c9c10b, 0xfff0000000000000
	.quad 0x20a2333275a7c940, 0x4055a8e70e2c4520
	.quad 0xfff0000000000000, 0x8388e0e7d38d4900
	.quad 0x8000000000000000, 0x7ffab46a109cbd1c
	.quad 0x7f80000080000000, 0x7fc0000000000000
	.quad 0x7e4a5bbb8c4d5f86, 0xbf00000000000000
	.quad 0x7fc00000ff800000, 0x4344509378d9cf6b
	.quad 0xbd44000038d60000, 0xffc000007fc00000
	.quad 0x0633952a7ff7fff7, 0xf55c463957f7a32d
	.quad 0x7e540e1ccec23aa9, 0xbf7db6ffa218d2d0
	.quad 0xc02c1493c7000000, 0xa664d0e57f9ffc3b
	.quad 0xa1be8d2d815c3d00, 0x59d02aef802bbbf6
	.quad 0x004633d37c7c05d9, 0xbd2341b8cf000000
	.quad 0x7646bad91629db86, 0xc2d7a0247fe59ecd
	.quad 0xfeb0b6bf807fffff, 0xd74147e3dfa389c3
seed9:
	.quad 0x0000000000000a96
	.quad 0x78473e2badc35a18
	.quad 0xfffffffffffffff1
	.quad 0x0000000100000000
	.quad 0xffffedca48a23c87
	.quad 0x00002bc3f1508240
	.quad 0x07127480ed5e8baa
	.quad 0x0000000000000305
	.quad 0xbc0eaa3a04d1dec9
	.quad 0xffffffffffffff74
	.quad 0xb4777e955a9ec944
	.quad 0x00000000000003de
	.quad 0xffffffffffffc2ed
	.quad 0xe3d3b87484e81f1c
	.quad 0xfffffffffffffd66
	.quad 0x000000000039b771
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x1cc3ee78ff800000, 0xc99ecdb3ff859845
	.quad 0xd96ece617e415f35, 0x406c976d1b490b7e
	.quad 0x7f80000041900000, 0xd90f327199058f2d
	.quad 0xa80c227a24297180, 0xc110000000000000
	.quad 0x02c7194870bec889, 0x6b7b4a49763bec49
	.quad 0x7fe633697e1cc3f7, 0x41fd1a7b84e2c821
	.quad 0x5d9b4ffb6bf80000, 0x0218ea04fc307a3e
	.quad 0xc04000007efa905d, 0xb3f8099f7f800000
	.quad 0x81341d127f800000, 0xeb96155368fb5ba7
	.quad 0xb33f69e2084748a0, 0x8000000000000000
	.quad 0x0000000000000000, 0x9c86ac64be3e7bbf
	.quad 0x7f8000007f9dfbad, 0x40effffffffffffe
	.quad 0xc0019d4d40d40000, 0x780c0972bedfff1e
	.quad 0x7fb07968e4e0f800, 0x038adc9b336e7879
	.quad 0x7ece74af46e7496c, 0xf2a54d015eed2e50
	.quad 0x7aab1025fa90c2d0, 0x021f43b07ff70800
	.quad 0xf1f0cea467ddfc00, 0x00020ee4047bb2f4
	.quad 0x7fe52b27335613a2, 0xff800000ffa8d98a
	.quad 0xf72511b5f2a9502d, 0xfff0000000000000
	.quad 0x8566f623ff9669b3, 0x5195b79da7041490
	.quad 0xff1988ed4f040aca, 0xffa3fc2dc24a91cc
	.quad 0xffdf86f880319e2f, 0x980430cf5a63a55e
	.quad 0xc33fffffffffffff, 0xa6e4e562efeba143
	.quad 0x1fd71b9675691e03, 0xffe4146a7f800000
	.quad 0x8000000000000000, 0xfc4fd60c182c8000
	.quad 0x406b11998193518e, 0x48e09e3ffef9bdff
	.quad 0xc000000000000001, 0x000241a9d68d36dc
	.quad 0x4020000000000000, 0x5f6cb2efcd91ff46
	.quad 0x8000000000000000, 0x3d40370146fe7aa7
	.quad 0x7fe0000000000000, 0xc0b4a25bbe45af01
	.quad 0x8010000000000000, 0x0ca466f0ffaff2df
	.quad 0x8152bc4ae5d3ba30, 0xbc8000007f000000
seed10:
	.quad 0x082dbb2411f1a2db
	.quad 0x00000008f6a769ef
	.quad 0xfffffffffffffee3
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe9a
	.quad 0x000000020ba63cc7
	.quad 0x001f2e3f28ab2947
	.quad 0x65ff63d7e3577944
	.quad 0xebe8ce4ef28b6b61
	.quad 0xffffffffffffff0c
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff9c
	.quad 0xeb86b6f2eaec30f1
	.quad 0x8abae398efe14a99
	.quad 0xfffffffffb646b9e
	.quad 0x00000023e586dfb2
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xc07c000041a2d5db, 0x8000000000000000
	.quad 0x28c6a4265b0dfc58, 0xc039856181ea519d
	.quad 0x2bfe9e7a4a7a74b5, 0x7ff96782a90c63e6
	.quad 0xbccb20112c32722c, 0xc02a0cfb58dbb33d
	.quad 0x7fbde4a343300000, 0x40f0000000000000
	.quad 0x000be6d92d0a579d, 0x9082f4fdeffd77cd
	.quad 0x7e576f9fe8ec4cda, 0x3f000000ffeab37f
	.quad 0x002b749370c4566c, 0x767b92d6bb8c633e
	.quad 0x3ddbeda33fd7ea4b, 0xffa5287bb6a00000
	.quad 0x70df5056f57fffff, 0x5ffff6f275096cc2
	.quad 0x1e0043c3ed56b786, 0xc06d5aefe3b08164
	.quad 0x6c1f8630b5389ce0, 0x3c5990eeb55e7d8f
	.quad 0x4023000000000000, 0xf35ff101586cc900
	.quad 0x7ff680d3d8e4b93b, 0xfc125c608e2f7b1e
	.quad 0xd399943200000000, 0xc00a000000000000
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x6f1442767efd8066, 0x92ee2bca7faddaa3
	.quad 0xe950a2df3b3e89fe, 0xc9bf90557fa560bb
	.quad 0xfff8000000000000, 0xa9f99623ed24cec4
	.quad 0xc0ffffffffffffff, 0x80000001ff800000
	.quad 0x401c000000000000, 0x2a8c5a39792c7f8a
	.quad 0x2ffe126bf77c476d, 0xcb7eaf17fc5a85e7
	.quad 0x7ff8000000000000, 0x224dba3dcc45fc00
	.quad 0x8000000000000000, 0xbe0c3a4b00000000
	.quad 0x0003a202a6264c64, 0xa5598ad99f4efc00
	.quad 0xb8cc0000ffc9e239, 0xc03b74aa0413b10a
	.quad 0x0a193acab67bd2cd, 0x92582435a11e8000
	.quad 0xbfcd3c35ff800000, 0xa9b6c019ca7c82ac
	.quad 0x8020000000000000, 0xf3143132bb9efcff
	.quad 0x7de54091be51f700, 0x851e6ff71a9d8657
	.quad 0xbda87d3bbc5c9743, 0xff80000080000000
	.quad 0xc050000000000000, 0x59d76351e1be3f02
seed11:
	.quad 0xfffffffffffffe7d
	.quad 0x0000000001000001
	.quad 0xfffffffffffffced
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xffffffd1f41c0e91
	.quad 0x000000004c97dfe2
	.quad 0x7fffffffffffffff
	.quad 0x52800e492bac08cf
	.quad 0x0000000000000192
	.quad 0xffffaac6bf9960a6
	.quad 0x000000000000006f
	.quad 0x000000004118dac4
	.quad 0x8000000000000000
	.quad 0xfffff28867f07a32
	.quad 0xfffffff68fd9c820
	.quad 0x01c00000
	.quad 0x40000000
	.quad 0x92e50733d6317e00, 0x31e5a624eecc8200
	.quad 0x3f08000000000000, 0x40e0000000000000
	.quad 0x68af9c3fd1e5e5b2, 0xbff3ffdce1e2aecd
	.quad 0x0000000000000000, 0x4011000000000000
	.quad 0xc0f0000000000001, 0x8fae39fbb55fbfdf
	.quad 0x0007967fca7aee53, 0x7ffd74f3328743da
	.quad 0xd0a44b6ebfeace50, 0x8f545f7ed2030000
	.quad 0x0a2c08e8de0ffc80, 0xa7a0a3855a8b8da8
	.quad 0x3bfca93f19c2fc1a, 0x8020000000000000
	.quad 0x8015cc96b88181bb, 0x000b9d8840b00000
	.quad 0x7effffff53000001, 0x4e479049f922b25d
	.quad 0x12b313ea7fb341a7, 0x7ff8000000000000
	.quad 0xc01e83a47e5a0f1f, 0xff65120cc3e73264
	.quad 0xfffe12e2c5a00000, 0x3c8ce2e3bf400000
	.quad 0x4023e7c058bcd6c3, 0xe36364757fbe7f7f
	.quad 0x8000000080400000, 0x2a2e004dd9f5fc94
	.quad 0x55e859d1bc15b226, 0x4df5839a76970000
	.quad 0xbfb7200000000000, 0x008000007fc00000
	.quad 0x433f52dcbb4b4e00, 0xc3f15bbae0d98c5e
	.quad 0xbfc75231c16b9735, 0xf930362b807fffff
	.quad 0xbf7c000000000000, 0xff8000007f000000
	.quad 0x604b20b6f7f3f6bd, 0x000d62ec40956c1c
	.quad 0x0092f7f443b00000, 0x072dcbb7574fffff
	.quad 0xc094ae7fbe38096f, 0xfa64e1ac104a5bb2
	.quad 0x0432266cff07bd06, 0x7ea21ac2fc033b48
	.quad 0xfffc1ab6aa35ca5e, 0x04971c99f6850268
	.quad 0xeeff2a0d3e9b8026, 0x7f845831017fffff
	.quad 0x0000000000000000, 0xff65a9c283149099
	.quad 0x8000000000000001, 0xf7240806fbee7d8c
	.quad 0xffc00000ff871cd7, 0x9cb3df4b46c974b0
	.quad 0x1281bab6da0c7c00, 0xbbbdcd5d007fffff
	.quad 0x800a10f5c6b436a9, 0x2e736d19cf534180
seed12:
	.quad 0xd91804683afd2466
	.quad 0x000000000000011c
	.quad 0x687b555b81020e49
	.quad 0x461477a4dac2a024
	.quad 0x0000000018d9235a
	.quad 0xfffffffff178c7e0
	.quad 0xfffc197838bb5165
	.quad 0x3b14f23ba1930b1f
	.quad 0x0000000000000000
	.quad 0x3f67ce5e4841686a
	.quad 0xffffffffffffffff
	.quad 0x00000000000003e2
	.quad 0x7862fa1ea6a011e5
	.quad 0x73096c8f72cf561f
	.quad 0x505f7516a45127f2
	.quad 0x0000000001c6b95d
	.quad 0x02800000
	.quad 0x30000000
	.quad 0xeb35e43655199978, 0xc0660e0bf97d37f9
	.quad 0xc34fffffffffffff, 0x7efad735bb887cb7
	.quad 0xbf30500000000000, 0xbf2138c0be800000
	.quad 0x80800000cf800000, 0xfff91eb5142161e7
	.quad 0x7ff0000000000000, 0xc250a305bb9a8000
	.quad 0x618ae72cdd7b0ab9, 0x8bf07f75d27a40e0
	.quad 0x5e792fcf7f8466be, 0x4073a6011eb3a5d8
	.quad 0x401f000000000000, 0x40e0000000000001
	.quad 0x9437c60c413f0000, 0x40d80000802025b5
	.quad 0xbfd1644fd7690dbe, 0x80000000bffffffe
	.quad 0x3f0cd498fefdeba0, 0x09e14a79aa769a9a
	.quad 0x541777dc88ce8b80, 0x75bedafdc78aca00
	.quad 0x7f800000bcd116e2, 0x186a2a4b5fcb7faf
	.quad 0x0074db52ff000000, 0x4bdd7e6578fa1595
	.quad 0x407ffffeffc00000, 0x76261e6df1fafb7f
	.quad 0x266d3e45fad624dd, 0x19e1ebee41727e00
	.quad 0xbffa000000000000, 0xfd882b7b228af1cb
	.quad 0x3b8200007fa2f417, 0xc06f44a03ee9a444
	.quad 0x8bbf22cd08d8b0de, 0xfff4928277518caf
	.quad 0xc8ee54d577bfce22, 0x6f772e5441fe003b
	.quad 0x920a7aab13fbfc00, 0x7ff6a1cb9b1bb243
	.quad 0xc0a00000c07c6a8a, 0x6c249ad9ffbfbbd6
	.quad 0xff7fffff37e00000, 0x7ff8000000000000
	.quad 0x724dcdcaee6effb6, 0xc013000000000000
	.quad 0x384f99f113a68000, 0x66728b0bfff7aeef
	.quad 0x803499aa3f4c0e68, 0xfff0000000000000
	.quad 0x8276bf7b80eb7ec3, 0x0cdceda5bc12e4a5
	.quad 0x8000000000000000, 0x85fee7db04757a24
	.quad 0xc077988229ef61cb, 0xe86fc7717df7d2ef
	.quad 0x802fedf9f9b261aa, 0x40d000007f800000
	.quad 0x42f9de47016c3940, 0xbb9f199fffb05568
	.quad 0x11b2e733d49c6e91, 0xc702a5f8dde9fb7f
seed13:
	.quad 0x00000000000000b9
	.quad 0xffffffffffffff87
	.quad 0x43c325ea38ed5eb6
	.quad 0x00000000ffffffff
	.quad 0x00000000000000aa
	.quad 0xfffffffffffff63d
	.quad 0x0000000080000000
	.quad 0xebb6fabc44c400f3
	.quad 0x0ecf5d29017b7043
	.quad 0xffffffffce3fbcd0
	.quad 0x0000000000000125
	.quad 0x0000000000000195
	.quad 0xffffffffffffaf81
	.quad 0x1513357c8b64878f
	.quad 0xffffff4076b9f3a9
	.quad 0xffe23908ab4fe74a
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xfff3df1fc2f4e8ab, 0x7feabeeb0ef5ba97
	.quad 0x3659e38a912d23d7, 0xec19d4a30d427e00
	.quad 0xbfb963dab4f8e4d0, 0x41ffffffffffffff
	.quad 0xc1d6b040bde4bf0a, 0xc00497c9ec8f49cc
	.quad 0xa226b6d999fd9a27, 0x7ff0000000000000
	.quad 0x002b18797b8aec9b, 0x00015f067fb9a77c
	.quad 0xc01e000000000000, 0xc7ffcfdebfac8000
	.quad 0x710ca272ffe95a40, 0xc1a37406f7239829
	.quad 0x4fa2b1abffab0aec, 0xa14d0151c6d7fc00
	.quad 0xfdd54d2ddb1990c7, 0x4fffffff741d909e
	.quad 0x3bdc30017fc00000, 0x4114000000000000
	.quad 0x42b811a87effffff, 0x0000000000000000
	.quad 0x19b7427eb13344af, 0xfff6d851f43c68f5
	.quad 0xcf5ddc4097a46f50, 0xff8493c1df013823
	.quad 0x800c64fbedafc52d, 0xef30a781af809541
	.quad 0xea0c78ecc6140000, 0x3e0f4b4a1bbccfcb
	.quad 0x017d14306a638e85, 0x000795d23aad7925
	.quad 0xb8fc0000c3800000, 0xc0a5cdd5357fffff
	.quad 0x351a7483ce3ce860, 0xa46cc0296ff27e85
	.quad 0x0418f313b4b93269, 0x3fbda28d79bd7e00
	.quad 0xf2e850d6dcdcfddd, 0x5e98b53ed2eb7d3d
	.quad 0xbff0000000000000, 0xcc85531dffb821e7
	.quad 0xfe0db6e71bfcf80a, 0x254d60310b4e2c54
	.quad 0x191e98291172a750, 0x0000000000000000
	.quad 0x8040e490bdfd5862, 0xb686b97eff559f56
	.quad 0xfff0000000000000, 0x8a8ab3eaa11283c6
	.quad 0x000b744b0c57fd6d, 0x7a577cd600000000
	.quad 0x7ffca67240800000, 0x470ac576b8a80000
	.quad 0xfff0000000000000, 0x3ff58ca809b11c7b
	.quad 0xfff723bbafcb19e5, 0x675ffed4ffe20600
	.quad 0xc33fffffffffffff, 0x3f880e947c19c4ad
	.quad 0xfed008b230f464ee, 0xfeb69632b4f112a6
seed14:
	.quad 0xfffffffffffffc3b
	.quad 0xb5377c8726b2dff9
	.quad 0x4f1bd1d9705ef60d
	.quad 0xe11844fd97f37425
	.quad 0x0fe9d4241c543713
	.quad 0xfffffffffffffeb3
	.quad 0x00000000099dde58
	.quad 0xffeee5128099b482
	.quad 0xfffffffffffffffc
	.quad 0x8000000000000000
	.quad 0xff25e7d87cea412e
	.quad 0xfffffffffffffd83
	.quad 0x4cc0ffca06df2022
	.quad 0x0000000000000000
	.quad 0xffffffffce80ce63
	.quad 0x003097315eb62ce4
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x8000000040800000, 0x5b494900ffffffff
	.quad 0xffb784fe79c004d4, 0x00000000ffc00000
	.quad 0x76078f1ae9d5a631, 0xbfa070a65cde8754
	.quad 0x4d577aa215d9bdc9, 0xc0c66d25ff7bfeff
	.quad 0x3b1d9762002dcf28, 0x4f7fffff83f1eb0a
	.quad 0xbf88013317dcb8c0, 0xb0b846cb97c1cc7c
	.quad 0x031185b3a77a6b64, 0x007fffffffc00000
	.quad 0x81122507c39b843f, 0x406669acfbba348b
	.quad 0x958192653fe5e792, 0x15dd23eb3701c5bb
	.quad 0x000f796e4d3ff2c2, 0x5fa05737ef3543b6
	.quad 0x712759faf8d1a5c8, 0x48426510fec5de53
	.quad 0xfff0000000000000, 0xffa2bb56c0400000
	.quad 0x4ffffffedf06d8c7, 0xeba73f66299000dd
	.quad 0x5dc951544041a09f, 0xd3093a68f5548000
	.quad 0xff7fffff9fb2782f, 0x00057ff8950e0025
	.quad 0x756582ffff8ffaea, 0xab1ebdc318694140
	.quad 0x8020000000000000, 0xfff784d7ca3fd124
	.quad 0xc5a884d7feacff1c, 0xb654e0fe63ea8000
	.quad 0x800a44cef87bd4b4, 0x0000000044560000
	.quad 0xfeffffffe17ee1d5, 0x75eba1535a5ffc28
	.quad 0xf15a9390fbbfff70, 0xffd0000000000000
	.quad 0xbfdf016e80000000, 0x41fffffffffffffe
	.quad 0xa79938b5e97fffff, 0xc3184333007af297
	.quad 0xfff0000000000000, 0x9e5c96b77fd7ff49
	.quad 0xbf62700000000000, 0x478000007fe83ac1
	.quad 0x8182bd5bd7f8ffdf, 0x000000004375b517
	.quad 0xd541f6bfd1e83117, 0xfff0000000000000
	.quad 0xb97ef8b4fdfc8fc3, 0xbfe26389107bcfc0
	.quad 0x00340cc37e0e7d52, 0x017fffff82d7ccbf
	.quad 0x7f8000007f800000, 0xcb24dabe2a830e0b
	.quad 0xbf76190f6d1245e2, 0x0ea00a0dd4fe7cf3
	.quad 0xffecf78a7c414477, 0x082f2015b7e92753
seed15:
	.quad 0xac39a564aedc09b6
	.quad 0xffffffffff70fb45
	.quad 0x0000000000000326
	.quad 0x3d48b96e41c4a40d
	.quad 0xfffffffffffffeb2
	.quad 0x9d4c93059e61a19b
	.quad 0xffffc2e37c88592d
	.quad 0xfffffac8e9defd0d
	.quad 0x000000000000039d
	.quad 0x3382ff548daed42c
	.quad 0x00000000000000d9
	.quad 0x1c138a5720562369
	.quad 0x000058834faf9705
	.quad 0x00000000000000c0
	.quad 0xd8a5953a86fbb3e1
	.quad 0xffff952a38061b42
	.quad 0x00000000
	.quad 0x60000000
	.quad 0xff95415a00000000, 0xc1f6ea3f80000000
	.quad 0x00e54db4d98467c0, 0x47a0141352f57cd7
	.quad 0xd4a631f1409cfe8b, 0x017ffffff7fdad0c
	.quad 0x41384c50c084233c, 0xd74ccdf1f065fc00
	.quad 0x00000000bcd50000, 0xc0b0000080800000
	.quad 0xfeffffff80000000, 0xdb93f71aff9487f9
	.quad 0x7ff8000000000000, 0xf084312acad48000
	.quad 0x80fb2d8351992a7a, 0x7fdb557500000000
	.quad 0x43ffffffffffffff, 0x43d00000c0280000
	.quad 0x7ff0000000000000, 0x8f4956f07fbb7e00
	.quad 0x001fffffffffffff, 0x8000000000000000
	.quad 0xffc00000001db78b, 0x404110c57f800000
	.quad 0x3ed0000000000000, 0xc700000042281494
	.quad 0x4116000000000000, 0x8d7ece88ffaefd67
	.quad 0x45bf02603f1f7eff, 0xfff0000000000000
	.quad 0x37d000001dc0e5b0, 0xfff0000000000000
	.quad 0x4da0961153e1fd3c, 0x5f0000007fd22edb
	.quad 0xd9ffffff91e03a2a, 0x51fffffe00000000
	.quad 0x213b17633918fcd4, 0x8000000000000000
	.quad 0xc11c0000c2a21531, 0x5f0000013eeb9ba7
	.quad 0xffe0990aff800000, 0xff80000000164b9e
	.quad 0xf763e40febebffe7, 0xe645bf432bec7cfb
	.quad 0x1ecaf5fcffb987a7, 0xbe6f2bc6bebdc96f
	.quad 0xcce7fa64ab3c9f31, 0xff692b772d43331f
	.quad 0x0712433f1ced117c, 0xdc8bc52a555c3a76
	.quad 0xfe471ad0b3a4905f, 0x269e332b8178c400
	.quad 0x3fec629ea1ff4671, 0x5c04c728c5190f61
	.quad 0x7fd0000000000000, 0xc015e8e6534948b8
	.quad 0x3cfa29857ff4dd8d, 0xb83334f3d3c7a0fc
	.quad 0x7991c111fd7f1436, 0x000000007fb4235f
	.quad 0x0000000000000000, 0xc3c49b193fbdace5
	.quad 0xffb8b5303c800000, 0xfff0000000000000
seed16:
	.quad 0x0000000001000001
	.quad 0x0330ac6733df384d
	.quad 0x00000000000003d0
	.quad 0xd6a18b527482481a
	.quad 0x0000000000000001
	.quad 0xfc0244e676513d5e
	.quad 0x12d6ad228409c6c8
	.quad 0x000e4cc147fd2dd1
	.quad 0x8000000000000000
	.quad 0x0000000000000113
	.quad 0x37d9452a2d886ea8
	.quad 0x0000043a7137bf25
	.quad 0xf15786a256bec8d7
	.quad 0xfffffffffffffc73
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd92
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0x0000000000400000, 0x7e1a5526a62a470a
	.quad 0x6bd2fe5f93307a00, 0xfebfe07340000001
	.quad 0xf966238d80000001, 0x693009ceffbeffd2
	.quad 0xc378feaa00751705, 0x5f7ffffe8863e829
	.quad 0x80013f7dc1040000, 0x7ff0000000000000
	.quad 0x836ffa12df2871d2, 0xff5841a9abbb0605
	.quad 0x00000000c1285a5c, 0x800fffffffffffff
	.quad 0x7ff8000000000000, 0xfdaafb579d04a4ba
	.quad 0x02d2dd31171003b9, 0x800f67f1dd81e1d6
	.quad 0xca652ded15f38000, 0x7ff43009969bb90d
	.quad 0xc0537873b7c51afc, 0x92b773fdbf63c65b
	.quad 0x0000000000000000, 0x4009418bf5b14e5a
	.quad 0x6d0b796e79d422cb, 0xffdfffffffffffff
	.quad 0x8000000099348080, 0x7fc000007fc813f9
	.quad 0x7ea93d71832b1452, 0x7fe0000000000000
	.quad 0xfff8000000000000, 0xc0493db7a13bb4f8
	.quad 0xc00d9651e9632917, 0x715b2f5ac96822cf
	.quad 0xbff992d239a2d31e, 0xf6c9a1b838338000
	.quad 0x1f512d78ae3a8db6, 0x11e7eeadc05a1e4b
	.quad 0x8000000080000000, 0x2f160ac5ff8d05f0
	.quad 0xbea000007f800000, 0x40d8000042000000
	.quad 0x406800003fd94b1c, 0xc1f22162fffffbbf
	.quad 0xa3184582b11b64a8, 0xffd0000000000000
	.quad 0x40796b613db0fb4d, 0x000dc57053bf2d25
	.quad 0x004000006f4b307d, 0xc0028185a2ab3f0e
	.quad 0x7fe0000000000000, 0xbfd0f2e0c75db73c
	.quad 0x7ff050f317aa964a, 0x55b02209f123fc00
	.quad 0xf770b9e1c47c7ff7, 0x24aa6a1b7f359340
	.quad 0x3fa2eef16546b469, 0x936b8119805cc4dd
	.quad 0x489961ee4e5f7bff, 0x4bf3b0e03b8cdf9d
	.quad 0xc074516f4442016b, 0x0831bbe5fbf3dc34
	.quad 0x7ff3ace34007aeb2, 0xa756a944fa423ecd
seed17:
	.quad 0x000000007fffffff
	.quad 0xe0ad73b9dfc48303
	.quad 0x00000000362696cd
	.quad 0xb546a06eb695a1ce
	.quad 0x13696a0cdb352ce9
	.quad 0xffe814652c5ff20c
	.quad 0xfd8b0e88d35cf5c4
	.quad 0xb3450d7b4d426e5d
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff97
	.quad 0xa34b6ae9835fd3fe
	.quad 0x17e763404212592f
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0xffeda994cf087f10
	.quad 0x00000000000002d1
	.quad 0x02000000
	.quad 0x90000000
	.quad 0x8ace119d8cc4bfc7, 0x7fc58b4e3f10ff68
	.quad 0xd9fffffeedb39df9, 0x315b2c29ffbddb00
	.quad 0xfe02df789f73dcb4, 0xc0bc0000c7738000
	.quad 0xbff7000000000000, 0xd9fffffefe3fa2b7
	.quad 0x8000000000000001, 0x77e6c9c7fcf6df7d
	.quad 0x0265b4432af5fddc, 0xb27b2ef1cf7ffffe
	.quad 0xc04641745e90f67d, 0xbbfdba1d80000000
	.quad 0x4cf1c48c79faffd5, 0x004e573c978fc6d1
	.quad 0x1988b1b13120fc56, 0xef87fc00804ffc00
	.quad 0xcb44cd49bffed1f3, 0x0008000000000000
	.quad 0x473000008b083a46, 0x7f800000664417d7
	.quad 0x3b3b4740d2124839, 0x1de602eadbf4c214
	.quad 0xb4757f10eb6fae6e, 0x055a99f5bb549fa2
	.quad 0xfffb555906ac4d6b, 0x01c9f2f2f99bdfff
	.quad 0x40753ccc93965ce6, 0x7b6bac014c65f9b9
	.quad 0x7ff540c19a61ee20, 0x5b88d0e760717c00
	.quad 0xc7a45a7be4d72d6a, 0x61ce6c0453f99de1
	.quad 0xbffa800000000000, 0xd4bc75067b36c5f9
	.quad 0x3e99603580000001, 0x40d9800000000000
	.quad 0x26420df81cc89bb2, 0x800b6ef0e87ea883
	.quad 0x4298b94c6f30fe9f, 0x7ff6f87bc4a3be2b
	.quad 0x9e455dd3f34845c0, 0x400e8710ff800000
	.quad 0x147c9ee23ffffffe, 0x17be4e31e8cf52b2
	.quad 0x268205f37fab7f6a, 0x5a690443feadf3ab
	.quad 0xf23dae9a7fea7e47, 0x8008098b21275da5
	.quad 0x800a199c5277e303, 0x638913f17f992013
	.quad 0x40e9cab040e80000, 0x8052ec1619697c5a
	.quad 0x1065b2dfdd6826e7, 0x01000000ff800000
	.quad 0xbf804a909dcbe039, 0x90f5e9c7a7ffffff
	.quad 0xc5b53935b1ffffff, 0xfff0000000000000
	.quad 0xe4e1dcbdabe63cd3, 0x8000000000000000
	.quad 0x8b9ed815aa94aab8, 0xfb1c7a2195db4580
seed18:
	.quad 0x00000000000001fc
	.quad 0x000000000000010a
	.quad 0x3716c7c4e28c3c4e
	.quad 0x0000000080000000
	.quad 0x000000000000191f
	.quad 0x000000007fffffff
	.quad 0x00000000000003bb
	.quad 0x0020000000000001
	.quad 0x00000000000001a8
	.quad 0xfa23093699f39334
	.quad 0xffffffffffffff0d
	.quad 0xd28bd825c66c95d9
	.quad 0xfffffffffffffd7d
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x048d91de96909cbe
	.quad 0x05400000
	.quad 0x50000000
	.quad 0x4d79e2eaeea55df8, 0x4002000000000000
	.quad 0x05167f29ff800000, 0x01ddfee88ef2032a
	.quad 0xc014000000000000, 0x001c75fefbc047d7
	.quad 0xbfc0d58e67180c44, 0x0009887c4b3db6bc
	.quad 0x7ff809f80a843138, 0x97f3b1c9f39efcfd
	.quad 0x002fffffffffffff, 0x7fc0000008a14f70
	.quad 0xfffc6209c3a4f80a, 0x7f8000004392548a
	.quad 0xffdfffffffffffff, 0xbfd00000bd57cd4d
	.quad 0x7ff0000000000000, 0x91a7e33cd6b14f0b
	.quad 0xb3c03a7fffc5a0bb, 0xfaac2827feffffff
	.quad 0xc3b0817ebe5b0000, 0xcc29b44c7eef7cf8
	.quad 0x8020e443a49194f8, 0x0000000043da07b6
	.quad 0x4a9da5e275acc3ff, 0xf848793300000000
	.quad 0xffc000007fb53202, 0xf4cce03d7fdb8400
	.quad 0x0000000000000000, 0xc32e30fc007fffff
	.quad 0x3d2bec83ffd3a86f, 0x3fbe532178ae1d33
	.quad 0xb314a7438e233067, 0x0000000080000000
	.quad 0xff8000007f800000, 0xc269034173b8fc13
	.quad 0xbddb41427fbe573c, 0xb391d519feff99e3
	.quad 0xab08bcfdb43d7600, 0x0aa8ca2365b99262
	.quad 0xbee58e5ae013bd21, 0x2d1f2a79edffc820
	.quad 0x3ffc000000000000, 0x001454f99b053388
	.quad 0x632604676d4ffc00, 0x793a6d0f89c53258
	.quad 0x4018000000000000, 0x60038d02f97eff2e
	.quad 0x407cfb95433da98d, 0x526a1b997fbd287c
	.quad 0x00000000c11c0000, 0x2bc55eac877c60f9
	.quad 0xc0b8000000000000, 0xc0c8000001000000
	.quad 0xfea8c9da701ad486, 0xfff16561ff908665
	.quad 0x34225c4ffe8ba505, 0x80fb3867edc7a4be
	.quad 0xe4ecff13e7ff77bb, 0xcaed0bbcdaec8503
	.quad 0x7ff0000000000000, 0xbfe0000000000000
	.quad 0xc0a80000bba6e830, 0xbeef600000000000
seed19:
	.quad 0x958150b406f72df4
	.quad 0xffffffffd42ac903
	.quad 0xfffffe33443a581d
	.quad 0x00013ab99a604eef
	.quad 0x00000000000001e9
	.quad 0xfffffffff8ffd89c
	.quad 0xfffffffffffffc44
	.quad 0xfffffffe6c0822f6
	.quad 0xceb9ee9545efa9f9
	.quad 0xffffffffffffff14
	.quad 0x000000000000012b
	.quad 0x7fffffffffffffff
	.quad 0xffffff0ec2cbfe85
	.quad 0x7e7afdbce9c6e705
	.quad 0x0000000000775e1f
	.quad 0xfffffffffffffd43
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x7fc1d244ce2cb84d, 0x004d9daf80000000
	.quad 0x36293d307f800000, 0xff800000bfae1b1e
	.quad 0xfadbbc5140080000, 0x3f7fd1dd7c400ad9
	.quad 0xff8aefcdbb8fcfc9, 0xbf7c595bb91e5f41
	.quad 0x6ca4801e47800001, 0x0008000000000000
	.quad 0x4211da1abc5b1267, 0xfc2d559f423fd7cd
	.quad 0x7ff8000000000000, 0x30b4ba736ef501a2
	.quad 0xffebe90c3cc00000, 0x9cfa0d5fff37bf3d
	.quad 0xde1b39abae482c49, 0x9297b8166e876cf6
	.quad 0xc4d1a34dff7fffff, 0xb10c3f039d8b9240
	.quad 0x7e67c328fa45f74e, 0x37416c06b878d278
	.quad 0xc069d72a7f80dbe5, 0x800440e8824963fe
	.quad 0xb849adef700a5d81, 0xe3d14628b2815ef6
	.quad 0x7eaf556e8513e112, 0xc33fffffffffffff
	.quad 0x42952dfb7f97e71a, 0x000000007e800000
	.quad 0x40200000379b8000, 0x43d0000000000000
	.quad 0x46daf2987f800000, 0x41100000c357a493
	.quad 0x0000000010c542b8, 0x8064354780800000
	.quad 0x0fbee5523edffa20, 0x7ff0000000000000
	.quad 0x3d524535a6c6ac79, 0xe8bf089267dfffdf
	.quad 0xff92131380000000, 0xfef96f2d2a6e1d33
	.quad 0x41effffffffffffe, 0xc569d777be7ff17e
	.quad 0x7fd46e20bb53e612, 0xbd86b5e0b422930f
	.quad 0x80400000bfd7ec92, 0xdb105427ff90b81a
	.quad 0xf3c11be225f277ff, 0xbfc95f6bfba6f6e5
	.quad 0x4006000073e9c078, 0x1e8b4d87cfe23062
	.quad 0x8000000000000000, 0xd22bc122dbfed50c
	.quad 0x7e8b57741811a127, 0x4047956e03adb713
	.quad 0x48047070c462f20f, 0xfe44b3dad4af727d
	.quad 0x40f3aad7d7c30291, 0x40880000c3069b05
	.quad 0x40efffffffffffff, 0x0000f8d258c344a8
	.quad 0xf83e14d607f7ffbf, 0xb2a53913d010cdc7
seed20:
	.quad 0x000000001aa098ae
	.quad 0x3144e035d16ebe64
	.quad 0x0000000001000001
	.quad 0xe513b7c147f331c3
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x000000000000038e
	.quad 0x000000000000001a
	.quad 0x0000000000000000
	.quad 0x07e461e725deaee8
	.quad 0xfffffffffffe6c1e
	.quad 0x5559996da3725223
	.quad 0xf55bd1f5edd46215
	.quad 0xb2b03204678a1962
	.quad 0x0000000080000000
	.quad 0xffffffffffffffca
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x4002b295ddfe14ee, 0xc25f7246355209ef
	.quad 0x37afec42f9f320f4, 0xfff5ff282e05b218
	.quad 0x410d13ca40020000, 0x32bda0f53a130000
	.quad 0x3fbebc2b8042ee89, 0x3d4f5ac76eeeb402
	.quad 0x000fffffffffffff, 0x9797362ba6a7bef8
	.quad 0xc070400000000000, 0x4077ae8b63fed804
	.quad 0xf1aa82b22ba18368, 0xc5718000f5073e9e
	.quad 0x43f61ad280000000, 0x7c9df4c1c0727ab3
	.quad 0x010000005e72baa2, 0x8b8add01fffefd7f
	.quad 0xbff0791cc7a8d9d5, 0xd9ca7ac11a9d0000
	.quad 0xff800000e56ede5a, 0x32392a37ffde47c0
	.quad 0x518502d84917d0e8, 0x2ddf131f7fed7ed6
	.quad 0x7ff483c8ef8a2a67, 0x11676ab87e60f13c
	.quad 0x4b800000bfa38000, 0x80000000bce56c72
	.quad 0x477fffff9b7283eb, 0xb406b80d7991f7ff
	.quad 0x5533957e68dd7c00, 0x1d3be16b6f824200
	.quad 0x2a53b13f8ad73b00, 0x23c68d7eb6dbf800
	.quad 0xc0e0000000000001, 0xe773ea55f07e2e52
	.quad 0x0000000080d90c56, 0xe8a2ad3f5a7ef7ff
	.quad 0xffa26f55017fffff, 0x3f80000000000000
	.quad 0xc1df3b7200400000, 0x80000000c1120000
	.quad 0xc27a5f6780ffffff, 0x7ff7bbf2813fc578
	.quad 0x76d584b1d1b27400, 0x03c52c6e99a30d4b
	.quad 0x7ff94661ff1dcea8, 0xfff0000000000000
	.quad 0xa020896dffab4480, 0xa03ba8a7f9670000
	.quad 0x7fd1be7200400000, 0x3e600000c1040000
	.quad 0x8d685a42a1f9780e, 0x3f772a8fc9963e00
	.quad 0x8394339df14b78d4, 0x0008000000000000
	.quad 0xbff84a1a9c36e9c0, 0xc0cda3835d323d76
	.quad 0x72c4bc21ffd37d3c, 0x43c4039480000000
	.quad 0x279ba3f6f26f2def, 0xc0ffffffffffffff
	.quad 0x6cd5c869efb64680, 0x2d5db0453deb1f49
seed21:
	.quad 0x4530c0e432fc0a6a
	.quad 0x0000000000000021
	.quad 0xfffffffffffffe64
	.quad 0xee2a021f1fea8e21
	.quad 0x00000000004eab2c
	.quad 0x000000000000039d
	.quad 0xe331ff17d0bf52a5
	.quad 0x8000000000000000
	.quad 0xfffffffca60cc6a4
	.quad 0x000000000000026a
	.quad 0x0000000001000001
	.quad 0xb1b8e4c3d7a35d1e
	.quad 0x00000000000001ba
	.quad 0xfffffffffff15894
	.quad 0x00000003e6b58ba5
	.quad 0x00a4bae780a537cd
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0x7f9db6cddfd9bea9, 0xd9ffffff0028ad5f
	.quad 0x34d26b8557787b19, 0xedd8cb75b6817c76
	.quad 0x7fe9d1117893c8f9, 0x4046684b74fcc1a6
	.quad 0x0000000000000000, 0xbce41e087fcc47b9
	.quad 0x3c36bfa8ca6699d5, 0x1c1b5e38ffb8744c
	.quad 0x00800000bdabe515, 0xfff0000000000000
	.quad 0x801e5c3fc488caad, 0xfff8000000000000
	.quad 0x52e560fb1f9bbf9e, 0x5ceae931c5f94280
	.quad 0x1a24c48c455a83ff, 0xb75e0000c20712e7
	.quad 0xeafccad2b1d05423, 0x45d5470c12ba7999
	.quad 0xd903e59dd37d26b4, 0x00800000befee34a
	.quad 0x7fa16bdcc1dbf8e6, 0xc331397dc0f0202b
	.quad 0x80204e6c3faf1959, 0x3fd701c8d2138e8a
	.quad 0xcea7406bac8b3e3e, 0x74d8fedde5ebb41b
	.quad 0x000fffffffffffff, 0xbf9565b26cb88454
	.quad 0x3fd0000000000000, 0x00059ce08f69a789
	.quad 0xd439f06557460551, 0xfffb672d927e7ece
	.quad 0xff800000392d0000, 0x7dec23458c7164c8
	.quad 0x071a7fc7ffd7f7ff, 0x75a9d5e0c4048000
	.quad 0xe5455487fa0659c4, 0xff8ab59bc10b5b79
	.quad 0x7fbdb7d247988354, 0xc008000000000000
	.quad 0x5f3de16effc00000, 0xdcd8bb6e0d6a07a5
	.quad 0x60d4dc6c006c07ff, 0xd030811ef977fc3b
	.quad 0xfff0000000000000, 0x80000000ffe27cd1
	.quad 0xa06c651f5ef5a340, 0x000fffffffffffff
	.quad 0xe84f808c67fffffe, 0x3fde7c6c90fb5627
	.quad 0x91fa97d33a3c7bff, 0x0000000000000000
	.quad 0xcf7cbd68c77fffff, 0x8008b756e4bee7f0
	.quad 0xd330c06578afae4f, 0xbc4e800070cde676
	.quad 0x3f706ff8e2d65b4d, 0x7e8000004798c5b9
	.quad 0xfff430c38df05c1d, 0xf6e1dad97fb8010f
	.quad 0x482e050525d65fb3, 0x1334697a54ecfdb2
seed22:
	.quad 0xffffffffffffffff
	.quad 0xedf45fed585a5343
	.quad 0x0000000000000077
	.quad 0x0070d7bb5e588b55
	.quad 0x00000000000002be
	.quad 0x00000000000d9f0a
	.quad 0x0000000075b89581
	.quad 0xf8f3ac2d139db77f
	.quad 0x7564bf7dbf63f631
	.quad 0xfffa36f6fc8cf642
	.quad 0x58b482dbaaca5f30
	.quad 0x000000000008d466
	.quad 0x000000000000000d
	.quad 0x050051a9a61295f4
	.quad 0x0020000000000001
	.quad 0x00000007a3e049ae
	.quad 0x06000000
	.quad 0xa0000000
	.quad 0x800d45a8d2b72c72, 0x7f8000000b9ab22e
	.quad 0x7ff1978d5cba842e, 0xbce9d252ff95a4d8
	.quad 0xb6300000cf5e9919, 0xf55c549a32db6003
	.quad 0x7be56246b6620000, 0xbfbe3bd3fcd76ac0
	.quad 0xff8000004ff597bd, 0x7f87bc357fe4941a
	.quad 0xfec0f426676db45c, 0x7ff0000000000000
	.quad 0x16b5c6e70b42ff51, 0x7ee0cce37704860a
	.quad 0x7005fb739e7b01b2, 0xfc4e431343fd038d
	.quad 0x02acfbd87ffefc7e, 0xf06b31b57e39d3b0
	.quad 0x313579df9d87d5f8, 0xff8ebe597fabda91
	.quad 0xfffacf17393926b8, 0xbb3c3ea0ebdff5fd
	.quad 0x84bc28637fb97c00, 0xdc627d52e9e5bbdf
	.quad 0x8b3fa7403bd50000, 0x3bf1743b430dc72b
	.quad 0x7ff0000000000000, 0xbf93309dbffffffe
	.quad 0x517ffffe007fffff, 0x855bb9cbdb6dfc00
	.quad 0xaa7a72adfd6b3b3d, 0x7ff8000000000000
	.quad 0x8431fd8ec9bedc60, 0xc0600000bd1e7792
	.quad 0xc1a3d5083e0a0000, 0xfff8000000000000
	.quad 0xdbb26417ffa38028, 0x3b09f820d0038727
	.quad 0x16768a7d14c7f3d9, 0xfd3e44913d8e105e
	.quad 0xff9d68d5f165f541, 0xc00fffffffffffff
	.quad 0x004000003e86e4b9, 0xbdbe4a5dffb807d5
	.quad 0x3f71000000000000, 0x83a5c3ae33079895
	.quad 0x77556aef16578600, 0xbffffffffffffffe
	.quad 0xbf7315ec5ebba9c3, 0xbfe0000000000000
	.quad 0xff800000701795fa, 0x4000000000000000
	.quad 0xca3660bd7ab4c003, 0x815b6920ff800000
	.quad 0xbfffcd2d1cc6c3ce, 0xf00b96c1ffcdd1ad
	.quad 0x437e2a24778b0055, 0xffa18fed34e82e53
	.quad 0xa94abca8c95b04ae, 0xc0269564b575117d
	.quad 0x2da0713750070000, 0x8020000000000000
	.quad 0x9724ae74ccca56c8, 0xc070d4eefe4f711f
seed23:
	.quad 0xffe6da57cc69354f
	.quad 0xfffffffffffff476
	.quad 0x000000000008d867
	.quad 0xfffffffffffb02e6
	.quad 0x17b7f65f5544f450
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x530819c2f884b7cd
	.quad 0x00000000000000d9
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0xfffffebb508b024a
	.quad 0xfffffffffffffff8
	.quad 0x000000000537f0af
	.quad 0x4c23103833747523
	.quad 0xffffffffffff15a7
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x0000000059800000, 0x4022400000000000
	.quad 0xfac57d5e54c26e68, 0x1408ce677fccff02
	.quad 0x1303791b0059acc2, 0x7ff9fc64d3d89bbd
	.quad 0x802fffffffffffff, 0x603faaeded2a2d55
	.quad 0x38edcd78befcc874, 0x7f8ecdd7002ae678
	.quad 0xfc352edb16ddff65, 0xfff0000000000000
	.quad 0x9b3af964bffe0000, 0xf5abbe59ff800000
	.quad 0xbf9c3b8ed21af51d, 0x610e79032b2d5006
	.quad 0xff800000ff97d207, 0xc751312efcabe7af
	.quad 0x9739ad0bff3acec3, 0x80ca7d30072f87ff
	.quad 0x81262634ca651c06, 0x08de2b67ff96feb8
	.quad 0x217d1c4d8ba07f62, 0x8000000000000001
	.quad 0x40f54eae7253c189, 0x40394fb4d67ef1c6
	.quad 0xbfd0000000000000, 0xbb800000c7a00000
	.quad 0x7f8f02a5cad9465f, 0xcbbfa828b0120700
	.quad 0x34a7c8013c800000, 0x400b92e3975df632
	.quad 0x800000007fa2e97e, 0x7f8000007f7644c8
	.quad 0xfff2255ccfffffff, 0xeaf5b7eefbdeeee5
	.quad 0x2789cd79da5c7ffd, 0xa28b01863eb5fe00
	.quad 0x410fb960c1100000, 0xc1efffffffffffff
	.quad 0xd94661fdb69c63a1, 0xffc000007f800000
	.quad 0xfff5d2efb72ebb30, 0x4059e01d7d7249d6
	.quad 0x431102a981000000, 0xff000000ffc00000
	.quad 0x7fa90b1cffb90ba5, 0x8d4b9b28ffde69e6
	.quad 0x1f728e38ef4fbbff, 0xfff0000000000000
	.quad 0xce6b306dfff7b7fe, 0x0d130da4d3ba7c00
	.quad 0x7ff0000000000000, 0xbd872cc07fce1e7a
	.quad 0xfff7e4827b89d2b0, 0x4cb70efb356e8000
	.quad 0x140846a2d2d6424b, 0x004000007f920a97
	.quad 0x3f8ba91b73e03b97, 0xc76ebbd7c905c640
	.quad 0x8000000000000000, 0xa1e4bf914fdb33a6
	.quad 0x553540fb49db4404, 0x3bdbfd990463c096
seed24:
	.quad 0x6dd46da47eceda1e
	.quad 0xd88ff3f50281056e
	.quad 0x33be1271ba22760c
	.quad 0x2e03ec6730b9e4ca
	.quad 0x0000000002a81172
	.quad 0x0000000000000001
	.quad 0xeb510273159f5409
	.quad 0xffffffff80000000
	.quad 0x136135b970db4cf6
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffea
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffeb1
	.quad 0xfffffffffffffc23
	.quad 0xffffffff5461bc1f
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x2b8f37b67eedf6f7, 0x0f4514b3ffe5a602
	.quad 0x6280bc207f13fc00, 0x45bff812054b8000
	.quad 0x7ff0000000000000, 0x4749052f006993bb
	.quad 0x498fcc2246334284, 0xff8294e67f800000
	.quad 0xfffdfcaa6eeedd27, 0x7ff8000000000000
	.quad 0xbfad84c7bd312002, 0xc0c00000805fee30
	.quad 0xc938000080000000, 0x726d4a2bd831be10
	.quad 0x3ff22a7600d081fa, 0x43fffffffffffffe
	.quad 0x02a99cda4160b08e, 0x8000000000000001
	.quad 0x043944cd4bbe9a5e, 0xc07fffffc1140000
	.quad 0xff800000ffae38f7, 0x498c1c455ea2d122
	.quad 0xf72f193fc3800000, 0x406b31a0dbc4748e
	.quad 0x3ff76f9b39a08a12, 0xc9acc630ffcf04bd
	.quad 0x43f0000000000001, 0xbbf80000c07c0000
	.quad 0xfff0000000000000, 0x47986394f7cf66ff
	.quad 0xc2ce9354fff6fc00, 0xc2ce31eec1000000
	.quad 0x7ff8000000000000, 0xc00f176f843df374
	.quad 0xde9802dcb72efc00, 0x718316b200000000
	.quad 0x8149fa78ffceac0c, 0x8010000000000000
	.quad 0x38407434b6feaa2c, 0x8397b8e6520d76b9
	.quad 0xedf3d26300000000, 0x6ec8134ac3e0a220
	.quad 0xfb007a0100000000, 0xb164e5e4bf7df7fc
	.quad 0x55038a350603fd4b, 0x056c3f357fe2fc5b
	.quad 0xf17d8e70be7ddf93, 0x3f7db7a37fb36bfa
	.quad 0x8010000000000000, 0x2eb35362af80f1b7
	.quad 0x7fa15c72c235ea66, 0xbdfe7744413c2d87
	.quad 0x7fefffffffffffff, 0xfff0000000000000
	.quad 0x30d8dd507e064ddd, 0x75602dad5fc8fe01
	.quad 0xba533e7df5abfe4b, 0x49042c204e06c7c3
	.quad 0xb53e001a7eea2a3b, 0x00062afd55743893
	.quad 0x98277914ff1bfc78, 0x7fce9412e843bdfa
	.quad 0x3fd1eb1ffc9955d0, 0x5758a7c2b47fffff
seed25:
	.quad 0xfeffbe6838fa3c24
	.quad 0xfffffffffffffff2
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0xffffff5779d2c5b6
	.quad 0xfff66de7f5b6aef6
	.quad 0xfffffffffffffe0e
	.quad 0xfffffffffffffd59
	.quad 0x481e9d8c08532d82
	.quad 0x00000000000001f9
	.quad 0x7fffffffffffffff
	.quad 0xf943228a11b9ea93
	.quad 0xf2191be75b9d0310
	.quad 0x640d045b597f57c5
	.quad 0x9ca67b945d59fbcd
	.quad 0x9213e334088bfb79
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xff042513ffdda7cb, 0xc39eff5317a796a0
	.quad 0x00c81894ff9a0196, 0x017fffff81571acc
	.quad 0x7fdafc4bdc6bcedd, 0xdcf30e5a65c8fc00
	.quad 0x7f800000b93f0000, 0x80222c8ddfe181d2
	.quad 0x7e0cd9a5df984eab, 0x63cf2cf7fffeba7d
	.quad 0xfdd4f7cb1ed30000, 0xbfc984bad3b7da96
	.quad 0x7e6d219de1f5fc74, 0x3798e3417caea249
	.quad 0x40644d4a7c936168, 0x36800000fe9c1cdc
	.quad 0x76d7f9dabf76f2e7, 0x79a903d0bde67c00
	.quad 0xbfbfeb002166d0a0, 0xda0000007c157824
	.quad 0x1aaf2aaa7807fe00, 0xec4f210e303408e3
	.quad 0x800b674c38bcddab, 0xb7eed6087162d70c
	.quad 0x6da7f8bfec2784e0, 0x419d11ee7fc00000
	.quad 0x45c196184f6126db, 0x3ed2fa59dbdef7fe
	.quad 0x7fab73517e819fd1, 0xdd87d768bcff4e0e
	.quad 0xf1d8356bbd9bfef0, 0xb1b53ca6ad2cb985
	.quad 0x3f6038d55a000000, 0x7f2b7a918e9e68d5
	.quad 0x7ff76e3649000000, 0xdc142256f340fe9a
	.quad 0xfff0a678fe6fb3bc, 0x0217b835c63425e6
	.quad 0x36d74531be1dcb5c, 0x0467eadfffd53c01
	.quad 0x7fa41f9680a12508, 0x3fa4882a9664e7b6
	.quad 0x7f800000ffc00000, 0x28958d01fffdfefe
	.quad 0x00000000ff9791b3, 0x833c1e302310fbe0
	.quad 0xa19f782e5af37c00, 0x0c74af20cc8d3ec7
	.quad 0xff9b9e8bffc00209, 0xff9fddad40d7c33e
	.quad 0x8000000000000001, 0x91c412ab4097fbf8
	.quad 0x3f4fce98057680da, 0x1a8dcca1ffffc380
	.quad 0x746bdd60da7cfcbb, 0x8c83bd3e00000000
	.quad 0xffc00000fa61ed2d, 0xd69b9971d09fa1e2
	.quad 0x967ea540ff6dbbdf, 0xfffbaa59fa3d03ee
	.quad 0x5d1d810cbff93010, 0x433536c8c13ad598
	.quad 0xc0700000be800000, 0xc03f9e01623c1b9b
seed26:
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0xffffb461b46b717b
	.quad 0x8000000000000000
	.quad 0x1a18ef5505483d1c
	.quad 0xe8c2ea7999fafc87
	.quad 0xfffffffffffffe26
	.quad 0xffffffffff3a2b7b
	.quad 0xfffffffffffffd22
	.quad 0xffffffffffffff0f
	.quad 0x0000000000000001
	.quad 0x4d92f2e1da05ec3a
	.quad 0x9b5132999305b4fc
	.quad 0xfffffffffffe770e
	.quad 0x00000000000008f2
	.quad 0x00e63241066cb413
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xd0ec0846518581c4, 0x3edc000000000000
	.quad 0xcb0bd0b2c3071833, 0xfa95474fff800000
	.quad 0x95b004ead889bdd9, 0x28f23e969acc7daf
	.quad 0x7ea9c527bc51f83b, 0x22d073d9241d227a
	.quad 0xc38017b941fde4bf, 0x800000003c7daf31
	.quad 0xbedeaf9d3fc00000, 0x782e3f1bd59777a5
	.quad 0x74cfb51dffab1ce6, 0x0ccc0d3c2b787d91
	.quad 0xc1064eb6b8100000, 0x006a31f78058113a
	.quad 0x8295e270d44726c7, 0x7df362b4d6cd7c04
	.quad 0x9960e7d0ebedafbf, 0x80000000f0176329
	.quad 0x7f8f5a893c600000, 0x8000000000000000
	.quad 0x3f738d0623b3a5fc, 0xbdac8342befc76fa
	.quad 0x96decb05fffc5e61, 0x7e17ecb4da4cf63c
	.quad 0x3fe507067a767cb0, 0x5e6ba2f990adc890
	.quad 0x3fed43955841ac4e, 0x3f07c973293b699b
	.quad 0xfbf0cb98fc32353b, 0x0037a14900000001
	.quad 0xf2bfaf13c2752a10, 0xbfce116d73eca8ac
	.quad 0x812e2cb2ce052648, 0xfff1be1ceb7a4bf6
	.quad 0x40900000003ad545, 0xc00bb79cf298e285
	.quad 0x4c12c2b9fffeffeb, 0x111719f89d8fb50f
	.quad 0xbfc404b839db18cd, 0xfb52ed9de0b3f309
	.quad 0xbfebf1ba262080bb, 0x3f99a0354513c962
	.quad 0x9d36d3441b5230aa, 0xbf8a5221c7df4708
	.quad 0xf66c5078fdb2dbe2, 0xe92c7be711478a52
	.quad 0xc26bad73ff800000, 0x7f8d2c1a80000000
	.quad 0xc023800000000000, 0x67731e86ef91b271
	.quad 0xe5c5e5512f5a41dc, 0x43ffffffffffffff
	.quad 0x4000000000000000, 0x0000000042eb8ff5
	.quad 0xffd7e30ee7b3aac0, 0xbf7eb053712139ac
	.quad 0x8000000005f22bca, 0xc38716d280000000
	.quad 0xdfbdde3252e30a3e, 0xffc00000b417e37f
	.quad 0x90bcf6e47f800000, 0xc017b193e3a4a1b8
seed27:
	.quad 0x7446599a11564843
	.quad 0xffffffffffe9cc37
	.quad 0x502b43e4c1130955
	.quad 0xcc0527f24b052ce9
	.quad 0x0000000000006896
	.quad 0xffffffffffc738da
	.quad 0xf1ae10cc19dddb37
	.quad 0x0000000000000360
	.quad 0x0000000052706db7
	.quad 0x00000000010296a4
	.quad 0x0000000000006da3
	.quad 0x22a5d70b0c516fb4
	.quad 0x0000000000000168
	.quad 0x84c2cf7bf4a1de3d
	.quad 0x0000000000000184
	.quad 0x00000000007cc8b6
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x1618e0dadfffffff, 0x8012bdc0157eb39e
	.quad 0xbd1d000049800000, 0x0dc20815fef953bc
	.quad 0xdb6bc0051c2d8000, 0x800000007fb6803b
	.quad 0xbbac7c0c367c3b96, 0x5c1e54cebedbac9c
	.quad 0xbd2aae12bfb4d97f, 0xe1c056c889aefffd
	.quad 0xcdc76887ffa8690a, 0xe5fc892e86c682d2
	.quad 0x3f75352c33e50563, 0xacf85e291d6949ad
	.quad 0xfff0000000000000, 0xe40344e40f7b8000
	.quad 0x5ac2a26fffdde3e5, 0xfac81400eac1a219
	.quad 0x401b458208d32291, 0x3feb4c12643106a0
	.quad 0xc016000000000000, 0xbfa168b12c3b1947
	.quad 0x4a89c7f86b7adef7, 0x80e7abe780775a4c
	.quad 0x9221d5ec5f1534f4, 0xbc9cf1d1b32d2ef6
	.quad 0x7d18dd55b3a2fc00, 0x7e5c60b800000000
	.quad 0x98fe81c9bffdfae8, 0x7faa5152f27541d8
	.quad 0xfe325866df7fffff, 0x039f7340ffdac780
	.quad 0xff56b4f9ffffffff, 0x7e729490cf7fffff
	.quad 0x3ff1c9e3b1353845, 0x023cef19026eec8a
	.quad 0x807fffffdffffffe, 0x461582bbfffd4d6f
	.quad 0x7de8838978ca7545, 0x6b41c1c348300000
	.quad 0xfe873e0d410aabb7, 0x3ff776767f18c63e
	.quad 0xc3836b62ffc00000, 0x3f879cffd7f797ea
	.quad 0xc0a4000000576d41, 0x69408ef0bad20000
	.quad 0x010000007fed4019, 0xc022aaaaffc00000
	.quad 0xcb900a5c1f2f78bc, 0x4035702eb478f4fc
	.quad 0x9133e7de4529fcb6, 0x7eea0c3a6914666f
	.quad 0x45d6efcefb8dfc46, 0xb7f4b2e9f981fe00
	.quad 0x41a30f2740ec0000, 0xd5a14ee04ba243fe
	.quad 0xc023c00000000000, 0xc3dc5a9d7f800000
	.quad 0xfb0479873cfbbf77, 0x2cf83717d7fcc9b0
	.quad 0x0010000000000000, 0xfeaa82c638ea983f
	.quad 0xff1dffae2dad87b3, 0x6a90a561caf3b145
seed28:
	.quad 0x000000000000018a
	.quad 0xff2cff87edf94547
	.quad 0xf1a0317418541ba0
	.quad 0xffffffffffffc7ed
	.quad 0xffffffffffffff3f
	.quad 0x0000000002d98726
	.quad 0x0000000100000000
	.quad 0x0000059cb846e566
	.quad 0x00000000000000e1
	.quad 0x96d729c226db861f
	.quad 0x66300de51e258335
	.quad 0x0000000000000000
	.quad 0xfffffffffffffda9
	.quad 0xfffffffffffff7c2
	.quad 0xbb8373144738ce0e
	.quad 0x80b3266fd50df719
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x4018000000000000, 0xf80899edece98043
	.quad 0x3fe8d63b1425ccbc, 0x684f0748f3f648d0
	.quad 0xff7d48ce7f800000, 0x1b8b1060fbbdabe4
	.quad 0x806cb31c77fd145e, 0x41ffffffffffffff
	.quad 0x80400000bd9cf31c, 0x78b00ab8a4397c0c
	.quad 0x7466f334c3caf320, 0xbcb22e3299e07c00
	.quad 0x40e181d380800000, 0xf41caf9cfab3f7fc
	.quad 0x144f09947b1efd96, 0x6d213d47a8a07e00
	.quad 0xd07727ceffdffc5b, 0x9a5558b6fff96bd6
	.quad 0xffffb1fd1706a277, 0x9341656d93befc27
	.quad 0xe1097bb5ffffffff, 0x4a3596fafd8ba805
	.quad 0x4731958644330ead, 0xb1e634629cdd0000
	.quad 0x43e0000000000000, 0xd5072aa013fda629
	.quad 0x143c7f4d00187a4e, 0xc0580000807fffff
	.quad 0xac264791ffc00000, 0xc023849833d5fccb
	.quad 0xbfb99c59ae5c0d52, 0x0000000040080000
	.quad 0xc11c0000ff800000, 0x407bc12a28362478
	.quad 0x7eac9df4808a8c97, 0x228e424f4c06abb9
	.quad 0x8684cd0201a92800, 0x40200000800d1e63
	.quad 0x43effffffffffffe, 0xc626455ae5de8b69
	.quad 0x2724d48bff7dffff, 0x7ff0000000000000
	.quad 0xd21a548ad1bc4f87, 0xc01f000000000000
	.quad 0xc0fc0000be670000, 0x8000000000000000
	.quad 0xfff0000000000000, 0xc3f0000000000000
	.quad 0xbe0800004a145d4b, 0xbdf6c75b80000000
	.quad 0x45dd091abffe778a, 0xfff0000000000000
	.quad 0xfe2c0c079e368a6b, 0x43d726d6c2bbedd2
	.quad 0xc03904cb950e3a58, 0x017fffff40c00000
	.quad 0x436deb837f800000, 0xdf77255000000000
	.quad 0x406b60f0071334e9, 0x52fa8ed629c1014d
	.quad 0x01a0fbd92996b038, 0x5aaeb7d872a28000
	.quad 0x40b00000c1080000, 0xbf97fb75fe5dc26e
seed29:
	.quad 0x0000000061a416d7
	.quad 0xe1f951264f281da8
	.quad 0xffffffffffffff61
	.quad 0xfffffffffffe74c7
	.quad 0xfffffffffffffff4
	.quad 0xb1d3ced5d2355b4c
	.quad 0x0000000000000147
	.quad 0x000000000000024f
	.quad 0x85c1f2c0a4719a11
	.quad 0x7071deeb957d5edd
	.quad 0xc43af287ba212d3d
	.quad 0x0000000000000340
	.quad 0x3ba5966116fe85db
	.quad 0x7e2f512b22b73532
	.quad 0x0000000000000060
	.quad 0xa097d61d8f7c4844
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x9cabde602acb8b1f, 0xbd23d874407fffff
	.quad 0xc8264b8d30817ca4, 0x401d800000000000
	.quad 0xff0000003dbe743d, 0x7f8fa7344f800000
	.quad 0x7ff0000000000000, 0x5e73978d7cfa8993
	.quad 0xc022c00000000000, 0xffd0000000000000
	.quad 0x40940000c0700000, 0x442e4c7b4fcdb808
	.quad 0xa8814cbfd2e79fff, 0x8498a63ffffe7193
	.quad 0x122e8e88f740a265, 0x3f1daead5402b955
	.quad 0xa94bbf18fffb780f, 0x34f09c47db150000
	.quad 0xff9af7213811187a, 0x83dc2fe24ee8e089
	.quad 0x6e6e321e9fcfff96, 0xc446617b1e2ab5ca
	.quad 0x4de87fa9ffe53e19, 0xc1040000f611bbc7
	.quad 0x720da1570f2f00f1, 0x4078ef39dd4d99ff
	.quad 0x40ef11b4d946e383, 0x9c2a5071e27ffffe
	.quad 0xdb39fb35e79603ff, 0x7f967cd6817c5597
	.quad 0x3f8f83e72d024e8f, 0x40664a1109e3cac0
	.quad 0x9e95705a41b5064e, 0xffa9b6c2feba66ce
	.quad 0x911f4a27142198c0, 0x37e600000065cf28
	.quad 0xff9dcf5867a444b9, 0x5b3439c17ee94a24
	.quad 0xb5e1dc44738ac169, 0xf8c00dbdb8ee4593
	.quad 0xfff3a2812b01b36c, 0x00000000ffe4cc55
	.quad 0xc01c000000000000, 0x7e3d83aa4e32ab9e
	.quad 0xb0aa449ffffff7dd, 0x512dffe8ffc553e3
	.quad 0x7ff8000000000000, 0x300b52f8fffcffee
	.quad 0xc11c00007f800000, 0xfd0dbcbebf3ffc28
	.quad 0x7844746bff927c00, 0x893514127fd37bff
	.quad 0xfffa29e127e8d0dc, 0x7c505b5c7fce8e7b
	.quad 0x7f821ed67fbf72c5, 0xf773615cdff6fff7
	.quad 0xe6533773ef6d1333, 0xffd187725a83f8de
	.quad 0xfd36fcc73d8ed597, 0xbfa293ccfdeb1151
	.quad 0x756a00e4f4043331, 0x87552c70b42a48c0
	.quad 0xff800000bdfa19f7, 0x3f9dd40a8eb338bf
seed30:
	.quad 0x000000000000298b
	.quad 0x898f97c2e233d801
	.quad 0x000000051fd4b80b
	.quad 0x8763fdb523846851
	.quad 0xfffffffffffffcb3
	.quad 0x62dd2378ca22b3b1
	.quad 0x0000000000000007
	.quad 0xfffffffffffffc3d
	.quad 0xf18ee1e9c86f0b7d
	.quad 0xfffea5b0aaf8cbcf
	.quad 0x0000000000f242c4
	.quad 0xffffffffffffff13
	.quad 0xfffffffffffac6db
	.quad 0x0000000001000001
	.quad 0x0000000000000111
	.quad 0x00000028d6264350
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x9af66290adbefff7, 0x00ce8f17f3eb91b4
	.quad 0x12172272f98a7de3, 0x7d82381f43f49f7c
	.quad 0xc04000007f800000, 0xcfa7c5ade0fe0000
	.quad 0x7fb8fc657f8ec89d, 0x1297fce5c77fffff
	.quad 0xbe26b1b77fc00000, 0xffd7a449ff9e75aa
	.quad 0xc02e74f888c3db45, 0xb951876c7efbffe3
	.quad 0xc25f000070a58532, 0x800fffffffffffff
	.quad 0xffef898c7fa0acd9, 0xbfe338104f000001
	.quad 0xbef2b2e7be6bab7e, 0x4007000000000000
	.quad 0x00000000ffaaf0c4, 0xbf7a7d3a10f461ea
	.quad 0x77026d3814f258fc, 0xeb2149a97d81fc49
	.quad 0xc06000004f0db6a8, 0xc75df779bdeffffb
	.quad 0x3ba00000007fffff, 0xfff6715442bea202
	.quad 0x7ffad39b74537ce8, 0x12c31468ffffffff
	.quad 0x407174415cfc0000, 0xbe45fdb6bc03c94c
	.quad 0x74ea5eb16e1afbb5, 0x7ff0000000000000
	.quad 0x000000007fc37ce3, 0xfff8000000000000
	.quad 0xff982147598a4884, 0x66b9031873b1a00c
	.quad 0xf58485ec102103fe, 0x43efffffffffffff
	.quad 0x400724708d09eaf1, 0x3fd31d16d01b0be5
	.quad 0x800fffffffffffff, 0xfff5c0de98608598
	.quad 0x121bfdb4d04f8668, 0x43e0000000000000
	.quad 0xbebe800000000000, 0xe2d4d740c7fffffd
	.quad 0x7f89ec1142d386ad, 0xbf9b650e25f301e9
	.quad 0xae29840eeffa4505, 0xff83adc2a791cf3b
	.quad 0x87094ad4efcfe784, 0x40a00000fc6840f7
	.quad 0x0dd9022cf93e7caa, 0xffe8c45b7fcd3475
	.quad 0x4be16c443724f595, 0x21eecba47cbc844c
	.quad 0xc223d647c0500000, 0x80000000411e0000
	.quad 0x4147445a6b905dcd, 0x18797b15ca560355
	.quad 0xfff83ca6a090c22e, 0x7fa996e07f800000
	.quad 0xc11a0000f5bc21bf, 0x3f740a04efa419b3
seed31:
	.quad 0x000a36fe075d2583
	.quad 0x00000001692157e5
	.quad 0xa4d80f6905a550bd
	.quad 0x86905251f9570577
	.quad 0x000000007fffffff
	.quad 0x00000000000000fc
	.quad 0x99f123a5eff4d6b4
	.quad 0xfffffffffffc8e98
	.quad 0x599a87f742df91fc
	.quad 0xfffffffffffffc55
	.quad 0xfff0874d73acbd65
	.quad 0x0000000080000000
	.quad 0xfffffffffffbcc32
	.quad 0xffffffffffffa256
	.quad 0xffea826df3479ed1
	.quad 0xfffffffffffe237e
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x80072e520f48e100, 0xebdbcafdff7fffff
	.quad 0x40370b8ef2b3529e, 0xd244409a48d6c300
	.quad 0x35c1db03238839e7, 0x989dbc576befedce
	.quad 0xfff8000000000000, 0x00000000bfd670fe
	.quad 0x4053ecc54c2122dd, 0x29074608ddb0f952
	.quad 0x14bccab51fc0c2c5, 0xc0f3ee4c320d4c94
	.quad 0x40737bca402e22a6, 0xc008000000000000
	.quad 0x43da9327ffcfa7f7, 0x7d08319f2a9943f5
	.quad 0x0000000000000000, 0x4395769f811a0182
	.quad 0x0000000000000000, 0x82060c516a6966ae
	.quad 0x7f80000080800000, 0x4b0b0ac2753e7917
	.quad 0x4337d083ffe6cdb2, 0x0051dcc2f2a59636
	.quad 0xd2d226eabdbff5b6, 0xfff8000000000000
	.quad 0x81fa6bcbb1951e0f, 0x0000000040700000
	.quad 0x00238d313dedd23c, 0x4022800000000000
	.quad 0xffff73eda7e61dc7, 0x90a5e81e43be9218
	.quad 0x3ea195f27c135e5b, 0x000d32869c15a80b
	.quad 0x40e0000000000001, 0x7ff8000000000000
	.quad 0x4792a8a4dd7dafec, 0x1149707dff9adeca
	.quad 0xdd50dea73ce7b6e2, 0x86f05bc8c1c9c100
	.quad 0xff000000c1673442, 0x8009f05c39bbd106
	.quad 0xc02dbf62b1c761d6, 0x7f00000085f7f2f0
	.quad 0x4ec2c97816c74511, 0x7e0faf604f7befd2
	.quad 0x93171d0dba500000, 0x3601b2171f6a2b7d
	.quad 0x00089f0834d3bcd2, 0x616a4fa3118fab59
	.quad 0x00000001ad445fbe, 0x3f6d917e72d60000
	.quad 0xff11c3d5a82b7069, 0x784fc048ff800000
	.quad 0x3ffffffffffffffe, 0x85a5e250c00d55d8
	.quad 0x0746e5917863d3f6, 0xbd198026ff5386c0
	.quad 0x7f96e48dfff9fea8, 0x60de4a0df79d4fcf
	.quad 0x4287987fc0200000, 0xb0bef3b5f9ffa99b
	.quad 0x0000000000000000, 0x7e3e5bccd3dab9ba
seed32:
	.quad 0xfffffffffef9e7b6
	.quad 0x000002c3e64e4aca
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe35
	.quad 0x1c744b15e7fa6b82
	.quad 0xfffffffffffffe65
	.quad 0xa43696e802901da0
	.quad 0x00000000000000ea
	.quad 0x905eeaf03ab4fb7f
	.quad 0x91e4fe4ce1a6b74f
	.quad 0xfffffffffffffffd
	.quad 0x00003a1aa2bc88ca
	.quad 0x8000000000000000
	.quad 0x00000316089759fb
	.quad 0xff1a396df9d286ea
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xbc8d250b7fc00000, 0x5f01edfa1e1cc860
	.quad 0x0135446baaf3e790, 0x9d159b70ab47c447
	.quad 0xc07b6aec1001805b, 0xf2946204fefbeb77
	.quad 0x3ec2800000000000, 0x3ce20b969fe5141f
	.quad 0x804000000026438d, 0xf68d9bbbca5fffbf
	.quad 0x4030000000000000, 0x7e11e8f5d9c49ba7
	.quad 0x1772e0a400800000, 0x26dc9abe8fef5746
	.quad 0xfdc2e05aff8650b0, 0x42d26336cbefdfff
	.quad 0x41d80000799996aa, 0xae3e6236ff0783cd
	.quad 0x3f07605cf3d97f22, 0x7f9ea8cb45980000
	.quad 0x43821a82c1558551, 0x94105d06c952bbb0
	.quad 0xbfcb5d12177ffe02, 0x7fc00000ff85613c
	.quad 0xcfffffff80000000, 0xdac455907fa17c00
	.quad 0x000fac7322954362, 0x0e675fe0ff8749b2
	.quad 0x3ce427847fc00000, 0xbbf1259380000000
	.quad 0xba07840416cdcd43, 0xbc1463681747798a
	.quad 0x42f00000da7ffffe, 0x61bed5275bfc2e82
	.quad 0x4000000000000000, 0x83631ceba575ed4d
	.quad 0xc044c53b55523525, 0x7ff19356b0e646f2
	.quad 0x5ecb4795bcc6ff5a, 0xb0e7b7adbf900000
	.quad 0x4c09373e443a4f4c, 0x40677dced82f2fa2
	.quad 0x401a000000000000, 0x96446756b4277cc8
	.quad 0x00000000dffffffe, 0x7fa8e3a1be9bd0b8
	.quad 0xc1efffffffffffff, 0xf8bfdd6a7fb6fe00
	.quad 0xaac6ebe104e6fbd0, 0x4009000000000000
	.quad 0x5ebfdc00db57fc02, 0xc08c0000002868df
	.quad 0xbef9000000000000, 0x40ab40caff800000
	.quad 0x7fc000001ae333c5, 0x11bb467980000001
	.quad 0x7fd0000000000000, 0x9a6be29a64450bff
	.quad 0x7ffad20ba6321aac, 0x7fbf72acff94e174
	.quad 0xf68436a7995c683f, 0x4162ee02fff3b7fa
	.quad 0x408a700000000000, 0xc025000000000000
seed33:
	.quad 0x3d389579f1ecb2c9
	.quad 0xffffffffffffff91
	.quad 0x2d6f786b6811963a
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0x000000000000017e
	.quad 0xffffaccf8037ccf0
	.quad 0x0000017a7cf29088
	.quad 0x63e5bdad1db48600
	.quad 0x1531058b27d4db16
	.quad 0xffffffffffffffff
	.quad 0xe503a6ec11624ad4
	.quad 0x7a556b923680a5d2
	.quad 0x00000000179a26c7
	.quad 0xfffffffffffffc9f
	.quad 0x044b6c65433dced2
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x406f8fd979e04000, 0x40ec00007ec7466b
	.quad 0xc2f0ecd75a7fe4ad, 0x0000000000000000
	.quad 0xbf800001b9600000, 0xffa5453da0b68191
	.quad 0x7f8fedb34f800001, 0xbc9b92d420609cf2
	.quad 0xbfc07d3887ab811b, 0x7bcfe7153d10257e
	.quad 0x4014e57c6aa35289, 0xc33056d985013031
	.quad 0x8035496825ebdb52, 0x1220e6c1716ff865
	.quad 0x8e1371b292057dec, 0x000000007f800000
	.quad 0x3f757e42be4a2d9c, 0xd2df04e0ffeffd7f
	.quad 0xc02924ab4883a3c0, 0xcf7fffffc0eb6269
	.quad 0x4b4e7e08fff695db, 0xf25eb640f723fc9b
	.quad 0x9713b244c7ac7d9b, 0xd8d4ea4bd9800001
	.quad 0xc340000000000001, 0x3cc34031d968c1ef
	.quad 0x00514002f323081f, 0x00053c751943ea68
	.quad 0xff2b17dc12860000, 0xd4b7beecf7001e45
	.quad 0x4ebd0add72217409, 0x65810cd5dd6c5373
	.quad 0x27d837a4cffffffe, 0xbd6c477200000000
	.quad 0xce0e1e00ffbf06c0, 0xc00000013b96e0e9
	.quad 0xff800000ff800000, 0xff819a0c47800000
	.quad 0x3ff6800000000000, 0x00d5cdcfbf800001
	.quad 0x81ccae844d3dd54a, 0x5f000001cf800000
	.quad 0xffe868b52602f132, 0xc735b32182c892e8
	.quad 0xc1ba6e07c0700000, 0x14b019470574af59
	.quad 0x3f85c0b38d1e4960, 0x0008000000000000
	.quad 0x6c568a183dfffe0f, 0xf02c848a4e1561d9
	.quad 0xda49cb5e3f800000, 0x560d95e1174dae4b
	.quad 0x024ce1629c0b8918, 0x000000007bc9ba23
	.quad 0x4006000000000000, 0x31b2398cc2517f31
	.quad 0xffc00000000e0073, 0x7d477e99fefcdfbf
	.quad 0x598000015e4fbf98, 0xd5b8279bff11f800
	.quad 0x0293748fe495e4f8, 0x8000000000000000
	.quad 0x8e71280cfbddfdc1, 0x0000000000000000
seed34:
	.quad 0x000000000000036f
	.quad 0x6b8e10ddc174f8e9
	.quad 0x0000000000000215
	.quad 0x4d0097db44f43a24
	.quad 0xffffffffffffff97
	.quad 0x0000000000000081
	.quad 0xd28590415f58ba52
	.quad 0xfffffffffffffe70
	.quad 0x000000000000002b
	.quad 0x0000000000000018
	.quad 0x41549a1f5a4304a6
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffeed
	.quad 0xffffffffffffff85
	.quad 0x3341a07c295020c8
	.quad 0x647cdb7a55f93b25
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x96e428214fe1b83b, 0x3c060000bfd00000
	.quad 0xc34ad7685a7fffff, 0xfe9360682422472f
	.quad 0x000592a92d5f7a83, 0xff897763c1080000
	.quad 0x173d74979f5dc959, 0x6ad20d1ec4b3fc01
	.quad 0x33740e65430ca912, 0x13f606140209bd00
	.quad 0x800000004fffffff, 0xaf4d1da4dd3791c8
	.quad 0xa38e5af07db98000, 0x3ef3000000000000
	.quad 0x0034c54a7fe085f4, 0xa409667eec72a254
	.quad 0x822036285043920d, 0x445c0000bc0ccda8
	.quad 0x07849d7ffe8f6e69, 0xc05cf6dd41000000
	.quad 0xcfb3535bbfbff53d, 0x4038c3c843913991
	.quad 0x0000000000000000, 0xff33570300ce1a33
	.quad 0xac0bb389fcc1df55, 0x580fdcc67a7f6977
	.quad 0x1c307c0ac96d7bc8, 0x8000000000000000
	.quad 0x80491b5841e60000, 0xeecd37c67ff6200c
	.quad 0xc0f350fc7437f8c1, 0x410200002b2b0370
	.quad 0x40fffffffffffffe, 0x801629f4cfb56bb7
	.quad 0x401d63747b41fc10, 0x00000000ba600000
	.quad 0x210d09256e6efd33, 0x7fa9f36f90f9ffc8
	.quad 0x64288d65d889c2f6, 0xda00000140a00000
	.quad 0x248ef5852585b097, 0x7d9b33da89142a3a
	.quad 0x802395d431262cd6, 0xfc2145104ca36085
	.quad 0xa6f974e6ebf80000, 0x019b74623eb7488c
	.quad 0xbff8000000000000, 0x43a094a2bf2087ea
	.quad 0x800ca2d97835f8d2, 0x4255b8585349ada2
	.quad 0x967ba596ff800000, 0xbfe77cce39c80000
	.quad 0xfae1d19fcc1c0000, 0xc0ec000000000000
	.quad 0x52bdafedebbc7061, 0x1ee0db517bcde658
	.quad 0x4d07b670c0e9d5f7, 0xd0149caa9955b1e6
	.quad 0xfe6e8e97f4b47c59, 0xc11f4102c183270d
	.quad 0x4060000043981c33, 0x9bf7649c7fabf7fd
	.quad 0xfffbf16c77fb6ca5, 0x450c5f90566c8133
seed35:
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x538b1618bfc6e0ba
	.quad 0xffec91ab0a1fe091
	.quad 0x3661eafc75c59639
	.quad 0xfffffffffffffd8d
	.quad 0x000000000000021a
	.quad 0x0000000000000000
	.quad 0x0000001fc8a3a06c
	.quad 0xfff620480b49ffc5
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x000000012a52c0e2
	.quad 0x0000000100000000
	.quad 0x00400000
	.quad 0x90000000
	.quad 0xbcd1dfdd7f88a3f4, 0xbfa720919f10eac6
	.quad 0x51b3acbdd0ff7bd4, 0xc021400000000000
	.quad 0x17d2a56f80000000, 0x5a44eb068ffe7e05
	.quad 0xbf000000ff800000, 0x0e8e593bc37ddcc4
	.quad 0x80800000428626ab, 0xfff8000000000000
	.quad 0xc340000000000000, 0x808e238333637be5
	.quad 0xc348642d80000000, 0xa9e729a073759ef6
	.quad 0x3ff0000000000000, 0x09e369e7f1ec869d
	.quad 0xfff0000000000000, 0x7a73dcb8ff8c4555
	.quad 0x19d3ac7bfe77ffff, 0x41efffffffffffff
	.quad 0xf54b054a8408d5e7, 0x7ff0000000000000
	.quad 0xffd0000000000000, 0xff800000a5bd0a08
	.quad 0xffed29c53d31717d, 0xfff0000000000000
	.quad 0xbf800000e7ba690c, 0x40ba400000000000
	.quad 0xc22c0000ff80358f, 0x36897146fada8701
	.quad 0x4210a46942c81764, 0x7f857173bea00000
	.quad 0x5f0864e97fb777ed, 0xfea988d1bec908b1
	.quad 0xff0d6334948d19ce, 0x43ecaa1e70628c0f
	.quad 0x42df90f1e2ea9285, 0xff80000000000000
	.quad 0x400801109756276a, 0xc1375e7c5e3b657f
	.quad 0xf611b62cbc9204a2, 0x40f67f71860bbb30
	.quad 0x800000003c415318, 0xbbc1ea6341a74e52
	.quad 0x8020000000000000, 0x78f02d77ff800000
	.quad 0x77bc023787080000, 0x0000000000000000
	.quad 0x5c277562bbe9dedf, 0x7f800000ff861b43
	.quad 0xbf8ecf3a7c52d230, 0x410c0000bfe3b1a4
	.quad 0x23c55921edcf40b8, 0x7ffa0e15ab3515a7
	.quad 0x401f000000000000, 0xc0785a8d3b0bb7ae
	.quad 0xffac3729ff800000, 0xc313f1d240e00000
	.quad 0x7868dd5d892cfc3f, 0xac10292210987c00
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x3fcd3daff54604f9, 0x40000000c0d00000
seed36:
	.quad 0xd8d1cf0cab3206ed
	.quad 0xf4a3bf9a77970ac9
	.quad 0x000000000000002e
	.quad 0xfffffffffffffe80
	.quad 0xfffffffffffffc9f
	.quad 0x000000000000000b
	.quad 0x00000000000057a2
	.quad 0x86388b9934595265
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd30
	.quad 0xd683d82f8974560b
	.quad 0x5d3aec2bbf057e14
	.quad 0x00000000000002f9
	.quad 0x07e9fe50c35a422e
	.quad 0x0000000000000002
	.quad 0x00000000000001c4
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x3f730352f5481844, 0x1059fcddc26acfac
	.quad 0x7f6901d16d2e381c, 0x000064078f4a371a
	.quad 0xee9d9982e5ea2355, 0xb957f3527fca2eef
	.quad 0x8d792c53e68b1abc, 0x9e17e5d1ceeee8ff
	.quad 0xba6727b0bfbf7e55, 0x7809318881721746
	.quad 0xf4cf92c0ff5dfcbb, 0xf41c192894277bdc
	.quad 0xf161380fc0c02054, 0xc01f21932e618ef8
	.quad 0x36d9fdc4fd3d4840, 0x0009382563971c46
	.quad 0x7f02514fa5c49e41, 0x19b58e0ee30791e7
	.quad 0xfc8fd775391fc6fe, 0xbfc00000ff9abd32
	.quad 0x219177e4191f7f86, 0xc700000180000000
	.quad 0x3c06f88f56a678cd, 0x5f0093c53d79d0fc
	.quad 0x40effffffffffffe, 0x2b38a577ffdfffd9
	.quad 0x41200000378a0000, 0xa6ef7f2a134b06f5
	.quad 0x5ffffffefff22831, 0x0221f58516bb15e6
	.quad 0xafc408a56e229719, 0x901302a05f3ec8bf
	.quad 0x000c9eda9aea5810, 0xff000000bfa829f7
	.quad 0xff80000000000000, 0xda7fffffff90dcaa
	.quad 0xfffa1e0362162592, 0xe77307fbfffd7c8f
	.quad 0xaae496ecffabff6e, 0x0000000000000000
	.quad 0x7ffc66fa4e4282a0, 0xa300c4a5f795ffa4
	.quad 0x7fd276cac1e06b8b, 0x8000000000000000
	.quad 0x7c2c509940df9a52, 0x2caeec0aa561fe00
	.quad 0xbeb4957b407fffff, 0xc05dba02d6b5ed4f
	.quad 0x0000000081000000, 0xe01626a4eb17b6d4
	.quad 0x006bffc24328b5aa, 0xd76a999c94e45849
	.quad 0x82ba2cb2a68f7301, 0x56a7d54ac9afbb9b
	.quad 0xec9267b7f1bfc6b4, 0xc022b327cbce81c8
	.quad 0xe39607109104bec4, 0x10e2ed29bbff2594
	.quad 0x5d800001be9d2cf0, 0x966cef57fffffadf
	.quad 0xd3b8cd41043a8000, 0x40d80000df800001
	.quad 0x73f5b24fff800000, 0x7e350a887f800000
seed37:
	.quad 0xfffffffffffffe7d
	.quad 0xffffffffffffffae
	.quad 0xe5a49ecc8145ed37
	.quad 0xffffff9398680c7d
	.quad 0x870aedc2b8846ac8
	.quad 0xfffffffffffffea8
	.quad 0x00000000005d8006
	.quad 0xffffffffffffffe6
	.quad 0x00000000000001a6
	.quad 0xfffffffffffffebf
	.quad 0x0000000080000000
	.quad 0x22043ef0390e273d
	.quad 0x000000000000009f
	.quad 0x00000000ffffffff
	.quad 0xfffffffff84def29
	.quad 0x0000000000000241
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0xfdbc65ab344077ed, 0x43e3bb050f3e4689
	.quad 0x4023000000000000, 0x1aabee4f9c65b436
	.quad 0xfff0000000000000, 0x4340000000000000
	.quad 0x7f800000c26f9147, 0x3e0a00001ace1121
	.quad 0xffd3561de39ce119, 0xee838f96b181b226
	.quad 0x017493b9430cf4b2, 0x80800000c1100000
	.quad 0x8020000000000000, 0x3d73b40cf1ba0f0b
	.quad 0x405c750d5cc65ebb, 0xffd6b35630e132f7
	.quad 0xff5b1f0b652ef3dc, 0x0007350355ab0717
	.quad 0xcae9fb387ff9fef9, 0x41e0000000000001
	.quad 0x75af2bf1d76bfffb, 0xc01d602d79e24202
	.quad 0x3d7efa7f987baf84, 0xce28e8fdf2eefffd
	.quad 0xbfdbb45c3fa65357, 0x01dde1a8c023ad1b
	.quad 0x7f800000fc293316, 0xbfd59f1d31c892f8
	.quad 0xc03990dbbc7bf8b4, 0x7ff5957b65f935fb
	.quad 0x1707688cfd45ecf7, 0x5a8286ecfff6feea
	.quad 0x011428036a9c8fe0, 0x912ed92334d10685
	.quad 0x88ab365b96f22f53, 0x8000000000000000
	.quad 0x594df7f84c9e7bff, 0xfff9a418c421a8c6
	.quad 0xff8d49aac9dc0000, 0x00023fb3613919ad
	.quad 0x1b86a6034122f351, 0xc07a27d080488e67
	.quad 0x8001c809989ec095, 0x43705d89baf00000
	.quad 0xf8fb090f8c9ed400, 0x007a8bc1dfcf3725
	.quad 0x7fb8e239ffce7534, 0x3ca963c67f854226
	.quad 0x7f80000095711c44, 0x47fc122cf2d72072
	.quad 0x9afc5a7873a7fc00, 0x13391d363c6f0000
	.quad 0xffc000003cd5e8b2, 0xfffd39f9514db06b
	.quad 0xaaae7217fd8e44cf, 0xb6662f907ff9ef6f
	.quad 0x3c210000ff800000, 0x8ec99689cd1787ff
	.quad 0x00ffffffff800000, 0x1fe5edd27f800000
	.quad 0xafa4564088ae7951, 0x2a54b001fb638000
	.quad 0xf597e6439d017d3a, 0x7f8000003c89ca58
seed38:
	.quad 0xffffffffffffffff
	.quad 0x00000000000000ba
	.quad 0x9f1502b6fc62432f
	.quad 0xfffffffffffffd55
	.quad 0x00000037c85bfda1
	.quad 0xffffffffff9c9de3
	.quad 0x0d99c065b9b84bb8
	.quad 0x65cca2f16328a744
	.quad 0xffffffffffffffff
	.quad 0xd47ef0cfb74fa976
	.quad 0xfffffffffffffd67
	.quad 0x0020000000000001
	.quad 0xffffffffffffff8f
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc9c
	.quad 0xffffffff80000000
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x3a718084c00f9760, 0x400d000000000000
	.quad 0xfff0000000000000, 0xe8bc126f7b11d7b7
	.quad 0x00dbde56f4c5dbfc, 0xbc730c7f8010daf8
	.quad 0xc12cbdee3f60c24f, 0x04442ae9911d79cd
	.quad 0x156d65783fc00000, 0x8000000000000000
	.quad 0xc0e0572440f00000, 0x8039c55060a3fb0e
	.quad 0xec281d13a51f8800, 0xab788c1336597e00
	.quad 0x3613743fff948000, 0x80058ea2fd0df243
	.quad 0x4f0000007f80c874, 0x013bee3613576973
	.quad 0xbc895e02ffc97a4a, 0x0000000000000000
	.quad 0xbf829c6364d548e9, 0xc118000000000000
	.quad 0xc0c0000059800000, 0xffd25e71685e9bda
	.quad 0x7fc00000ffc25585, 0x7ff0875f692f46a3
	.quad 0x5e6358de593dfd4e, 0x193a24a8017e762e
	.quad 0x70fbd7b6d5c87ee1, 0x67f6f7be1502dd3c
	.quad 0x0b512a49f1ee7be7, 0x3faca6fdfff6d6f3
	.quad 0x000000007fc00000, 0x6df1977cf41df8f8
	.quad 0xc0b97728c23419df, 0x00000000d9a8397e
	.quad 0x822e59cedb1c6cbd, 0x401b0f77020cec5a
	.quad 0x48492da9ffbdff7e, 0x62a838126eadd002
	.quad 0x0038be1dffb14537, 0xfff1b07c5ddbbdd7
	.quad 0x80000000fe800000, 0xffda0789facaf45c
	.quad 0x8000000000000000, 0x4070a1aa52c41da1
	.quad 0xbbfcc175fffe7f3d, 0xb9d185cdffa4c459
	.quad 0xff71d2a10f197b8e, 0x7f800000708a770c
	.quad 0x7f2f7d77c3000000, 0xb848a8e618de5dbf
	.quad 0x08900a7b3f553fab, 0x0d232c317ff86a9a
	.quad 0x774c6299c5de17cb, 0x29632d01f080e8dc
	.quad 0x7d7323efd3fffd7d, 0x406dbf30ffc00000
	.quad 0x3fc799587c6e1fa2, 0xf284ac4e74337f4c
	.quad 0xa68b1d1cf9f7fdd4, 0x3fe0000000000000
	.quad 0x3fda8ac905b896c6, 0x2dbf9f78709e251f
seed39:
	.quad 0xfffffffffffffd3a
	.quad 0x0000000285ab169b
	.quad 0x44d2bebc7befdc02
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x000000108f195de2
	.quad 0xe3623f9f004ce976
	.quad 0x037ff88903369bfa
	.quad 0xffffffffffffffc2
	.quad 0x0000000000000001
	.quad 0x563624e70685ba73
	.quad 0xffffffffffffffff
	.quad 0x20d69f21975ddc0e
	.quad 0x1113f8d6040bdefb
	.quad 0xfffffffffffffea8
	.quad 0xfffffffffffe7d50
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x81228c933ea72d83, 0x0000000000000000
	.quad 0xc014000000000000, 0xfeec023040700000
	.quad 0xfe755ed54fac35c0, 0xdab516bcbb99d36c
	.quad 0x007c316b2071f0e2, 0x3dec83f5cf7ffdf5
	.quad 0xaae90b21dee9a606, 0x4118000000000000
	.quad 0xba9d8a1941ec536f, 0x85c03cc6c0d80000
	.quad 0x5d13445c508b0000, 0x0219a2f6bc2237bb
	.quad 0xff8000007fc00000, 0x6e674e0c09c5acc9
	.quad 0x3ff0000000000000, 0xc0b800003c2f753d
	.quad 0xd9ffffff47800001, 0x7170402f5654b5fc
	.quad 0x04e44fe2e81a8000, 0xc14ffffffffffffe
	.quad 0x9f8b810d079f7e00, 0x85f940837fb37fff
	.quad 0xab1480fb2bd3d27c, 0x803db1d1c394d8c1
	.quad 0xf85f98ea877fffff, 0xff3483374b54e948
	.quad 0x7fd00cc9728c108d, 0xbc418fd2be708ecb
	.quad 0x4b40c2d3785d4ede, 0x0b0190896dde9c1f
	.quad 0x7ff75211705c4069, 0x464e0ce2b2962e38
	.quad 0xf40dc2b4ffff83ff, 0xdd019a85ffdfafc7
	.quad 0x400e000000000000, 0x1c5035ccb8d2f8bb
	.quad 0x3fab688408015f6f, 0x7500dbf8ffa37c3b
	.quad 0xfed7c2f9c2b0cd17, 0x8c888b5c86d83fe2
	.quad 0x3ff9e02540b91b3e, 0xf15ea88fc104a9f6
	.quad 0xbf4000001759f38f, 0x43e549327fc00000
	.quad 0x8002d7819a52fcf5, 0x7e909bb9edfa7d7b
	.quad 0xbd69fd7a3ed8576d, 0xc9f4b0cefffdfedf
	.quad 0x9c678db03de9a6fa, 0x000de9da7b9c3191
	.quad 0x7def4a15aba3805d, 0x50c4be74fd7ddffb
	.quad 0x59800000ffab4424, 0xbf074c2b00000000
	.quad 0x12210a8bdfe5ffaf, 0xa11eee99cfffffff
	.quad 0x7e906623c3950000, 0xbe80000040082bb5
	.quad 0x45dadd8400096448, 0x7f7fcc5ada127255
	.quad 0x79d40ababec9dabb, 0x7fe9fbf7c8c57d0d
seed40:
	.quad 0xa35ca6cb9c6a9fea
	.quad 0x7fffffffffffffff
	.quad 0x2f969ca406c34010
	.quad 0x000000000007c7db
	.quad 0x00000000ffffffff
	.quad 0xfffffffffd73b56d
	.quad 0x00000001b890b4bb
	.quad 0xea492e1637aa7c95
	.quad 0x0000000000001795
	.quad 0x563b5fcb51fe55e6
	.quad 0xa1a4f47f25daf70b
	.quad 0x81cfa17ec7c33ca5
	.quad 0x7fffffffffffffff
	.quad 0x0000ccc726197381
	.quad 0x8000000000000000
	.quad 0x000000000001cdac
	.quad 0x06800000
	.quad 0xe0000000
	.quad 0x8000000000000000, 0xf4899aa38b7e48a0
	.quad 0x7dafff5c909064a7, 0xc06000007f800000
	.quad 0xc0e80000ffc00000, 0x40b80000ffba7b48
	.quad 0x62b594f1a3860752, 0x839b1501c91842fc
	.quad 0xc08e000000000000, 0xb98f14a2f3effeff
	.quad 0x40efffffffffffff, 0x401d800000000000
	.quad 0x0451be78ffbd1f6e, 0x3fa9fefa1ff107f1
	.quad 0xc0f800003ef4f233, 0x7ffc71db930a03d0
	.quad 0xff90816a7ef8a9c3, 0xbd09ffce79c97bfe
	.quad 0x4030a555b1b81f56, 0xa661017700ffffff
	.quad 0x3c598eb180000000, 0x1f364fe5b1fe57f0
	.quad 0x8000000080007650, 0x806463621c6f54d6
	.quad 0x74d7fea7ff9e6fd0, 0xff80000000000001
	.quad 0xfd83be6ebda5d027, 0x8374cc9b8ddaa995
	.quad 0x0008000000000000, 0x7ea1f11f80000000
	.quad 0xffffa6d380000000, 0xbfef02ef94d8ff2f
	.quad 0xc30767c74fba3ed9, 0x066ce116feefe9ae
	.quad 0x88f17d333b7a88b5, 0xff800000c27899b6
	.quad 0x7f99bbbbd9ffffff, 0xc2d5e5747fc00000
	.quad 0xff8b9696908fcf57, 0xbd0d53a5ffc0d426
	.quad 0xa82228e07fdf7f99, 0xc78000007f800000
	.quad 0x7f8d62173cca0366, 0x7ff0000000000000
	.quad 0x76dda156ffffffff, 0x0166cc7a205baa4b
	.quad 0xfff0000000000000, 0x3764cba8f9de0000
	.quad 0x008e216eefbda2c9, 0x80099ab3feff97ea
	.quad 0x8c07124d35c1fc00, 0x7ff8000000000000
	.quad 0x17f0425ac3460000, 0x48ff945d9aa89f72
	.quad 0x408d000000000000, 0x73608d1c9a52392d
	.quad 0x3fc8e3ad58aa1eb5, 0xc000000000000000
	.quad 0xe0fd9c8eb5756bb5, 0xff800000431d8fd9
	.quad 0x5f6eaaa3b8d57d62, 0x3fabbe5b8c2b2ed8
	.quad 0xcf326352834bc51c, 0x8da0009effef7ea9
seed41:
	.quad 0xfcdfd5986f58c5d4
	.quad 0x00000000000003d6
	.quad 0x9823260679727b8c
	.quad 0x0000000000000017
	.quad 0x06fa23d87afd34de
	.quad 0x0000000000000007
	.quad 0xffffffffffffffc0
	.quad 0x00000000000f0550
	.quad 0xe2afd0975c0c2d7e
	.quad 0x00000000000002bb
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x00000000000001d6
	.quad 0x000000000000030a
	.quad 0x13a5fda40c409c04
	.quad 0x00000000000001f7
	.quad 0x02800000
	.quad 0x40000000
	.quad 0x91233b49cc1e77d7, 0x40218337eb5ed665
	.quad 0x40f800004d4d844b, 0x1679dd4ed2dffd51
	.quad 0x6ef074d6b756fe00, 0x7ff8000000000000
	.quad 0x0077f86100fb1270, 0xa7641e873b95fce2
	.quad 0x001fffffffffffff, 0xf6236aeb7fb79dd0
	.quad 0x24d0b6c9ffec9ff9, 0x7ffbee2a770e903f
	.quad 0xc3669d8c3e323f92, 0xc017903ae579aafd
	.quad 0xc14095c6bd14e614, 0x400d000000000000
	.quad 0xa170f3a0695dffff, 0x0241d6960fe21cc7
	.quad 0x160b6aa0fdba2c80, 0x0776411b38368da1
	.quad 0xdfc22ef065be26fe, 0x817f48dcbc8ecf6e
	.quad 0x8be8032289fec7bf, 0x404c7a9392f7e218
	.quad 0xe969e10de8c7d0de, 0x457a8ff6bfe9ffe3
	.quad 0x496ba0ffffb2ffdf, 0x1cb20a2cbfafffde
	.quad 0xb5e7cc836abd03d9, 0x6bba6f992968cc4f
	.quad 0xd575f27f3d93f7fb, 0x40ae4a5bff800000
	.quad 0x25638eccd6573ff5, 0x80c856dc3d829895
	.quad 0x81c735707929ee50, 0x513d6ae2c73af9da
	.quad 0xc11c00007f800000, 0x3b6000003ec00000
	.quad 0x44b300007fa35c0c, 0x3c9cf19c2ffdff9d
	.quad 0xffefffffffffffff, 0x7f800000bf333f26
	.quad 0x16a949123e418f0e, 0x7ff7e84c691af390
	.quad 0x45672cea31555514, 0x3ca13da343650f45
	.quad 0x4019000000000000, 0xbfc981bb3bbbe2ef
	.quad 0xc19da4e95a000001, 0xc0efffffffffffff
	.quad 0xbf36000000000000, 0x487c00007fc1cfa4
	.quad 0x985bc7d82f4c4830, 0xebbd40efeaa82368
	.quad 0x0000000080000000, 0x3f333ce4e3bf2fe8
	.quad 0xbf874fa67b9aa471, 0xe44055efdfeeac1d
	.quad 0xf6bdeef101000000, 0x59225b20febe7ffe
	.quad 0x8000000000000000, 0x7c377a19b7463d00
	.quad 0x4237bd5f3f88a7e0, 0xae1cde26fd1fa0c1
seed42:
	.quad 0xfffffffffffffcf8
	.quad 0xec121fbdba27d410
	.quad 0xffffffff12a92ba2
	.quad 0x588e323488863a6a
	.quad 0x000000000105824d
	.quad 0xfffffffffffffe79
	.quad 0xaeb1398dc529444c
	.quad 0xd0db12aa6061d1ed
	.quad 0xffffffffffe3e16a
	.quad 0x817e00cbe7b2535a
	.quad 0xfffffffffffebebf
	.quad 0xffffffffffff117b
	.quad 0x00000000000002bb
	.quad 0xfffffffffd23a42b
	.quad 0xff50929cfcbfcc2c
	.quad 0x647e86ed9a1ad276
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xfd689b65e7357357, 0x02e7257e8d520ed9
	.quad 0x61e4f008bfb9ff96, 0xa697c85123bf7fb0
	.quad 0x035f387acbac1b46, 0x212a2bbc14730c85
	.quad 0xc05c7cb748c7bd0f, 0x548f29ffff877be6
	.quad 0x7c13b85094bd1123, 0x01b90cd6ffa7fd2e
	.quad 0x7fad806854fd2d2b, 0x81bb6eda11c6c8cb
	.quad 0x1239d9977dfafbfe, 0x026ebd21ffbeffb5
	.quad 0xa133809a26da5241, 0xe7edd6f6930b3166
	.quad 0xfff8000000000000, 0x802fffffffffffff
	.quad 0xecdd7328347f8200, 0x80217277ea31fd2e
	.quad 0x8007c47a40a6fcf1, 0x1fbb66ba1674fc00
	.quad 0xf092332f00750803, 0xff8000007cc5c0eb
	.quad 0x476700007fc00000, 0xc0000000c0700000
	.quad 0x5896ea70c375ff78, 0x8000000000000000
	.quad 0xf912f1f63f0c6cb9, 0x81b022f7b7070102
	.quad 0x532e260bfffd4757, 0xe569ac02ffdd78ef
	.quad 0xc331ca6a7f800000, 0xc232fe22bd03b151
	.quad 0x404383f02fc3c313, 0x25974e4779b30000
	.quad 0x16854fed7fc577f3, 0xffa89fe575504b21
	.quad 0xb8f6a67911fe7dff, 0x804e93957f800000
	.quad 0x63617f8cfc77ceed, 0xbd106d618040387c
	.quad 0x31567ad040517796, 0xff9ce56b4e579e22
	.quad 0x0000000000000001, 0x7fc00000ff800000
	.quad 0xfc24eb226b3ebce1, 0x8483794e4df47b55
	.quad 0xe1cc672d005e7ad7, 0xc000000000000000
	.quad 0x0c4aee07f07e918c, 0x7fab5d967f8665b5
	.quad 0xcdef0225dfd6a163, 0xfff0000000000000
	.quad 0xbfcd400000000000, 0x7ff13a776d4b20e0
	.quad 0x7feb2b5d743ae94f, 0x3fa89379ff800000
	.quad 0x81033426adcce8c8, 0xc016000000000000
	.quad 0xbbf36d83cfa10a95, 0x4ebe24b3fffd4ea6
	.quad 0x7b66fc73411c0000, 0xc5ee0000f18ee028
seed43:
	.quad 0x0000000100000000
	.quad 0xfffffffffffdd24a
	.quad 0x99a79adba9236313
	.quad 0xa55a809a673f62df
	.quad 0xffffffffffffffe7
	.quad 0x0000000000000100
	.quad 0xfffffffffffffdb2
	.quad 0x50510f88a6ddebaa
	.quad 0x0fed94ab992b926c
	.quad 0x01cae60f58949585
	.quad 0xfffc811ffb7c0bd4
	.quad 0xddec4763bd177e7f
	.quad 0xfffffffffffffd23
	.quad 0x00000f12feaca6ba
	.quad 0x0000000005f4eaae
	.quad 0x0000000100000000
	.quad 0x07c00000
	.quad 0xf0000000
	.quad 0x00a40b45bfa7bda8, 0x000cca6a7ec887e3
	.quad 0x7f7cfebd6f33af46, 0xc9a38085ed2a59aa
	.quad 0xc330000000000000, 0x48b800003be0873d
	.quad 0x579db90946d39be4, 0x42cffffffffffffe
	.quad 0xcbbf0a217fa633a0, 0x009fff3a672d2e13
	.quad 0x3dee2a1279122b9f, 0x9a8e34a1bff77d1b
	.quad 0xbca7f7fcf3e61eff, 0x89cee509a5fcbfbe
	.quad 0x00ffffffbfd00000, 0xf9a2e8947fffffff
	.quad 0xc00fffffffffffff, 0xe240fb42b526fc00
	.quad 0xffc000003ece9cf4, 0x4264252f00fdaeeb
	.quad 0x4b37db67fddeb77f, 0x3ff0000000000001
	.quad 0x16e991dbcc52fc00, 0x1210d89285f7ffcb
	.quad 0x91a82dc63aac8000, 0x7df4a0e677c1c212
	.quad 0xc25aa8aa1dc18744, 0x1dabbd84ff9f7e04
	.quad 0x97214df042e00000, 0xffc0000040880000
	.quad 0x3e49467f35880000, 0x254322f2ffff147e
	.quad 0x1677117b037bdd7f, 0xe93af959fbf88b3c
	.quad 0x7ffac6ea418a0c70, 0x2bbc9baa91a5647f
	.quad 0x189ce7bbfa90feca, 0x10c842c5ffbb7aaf
	.quad 0xef4ee5a00b97ff1f, 0x5b62eb4eee87805c
	.quad 0x00000000400656b7, 0x767cf77fffffffff
	.quad 0x9a637e559937bf6c, 0x80000000e77b061b
	.quad 0x3fb9270fe09c8072, 0x8d05583b00000000
	.quad 0x832e2de0990eb087, 0x2e0dc993ed5afe05
	.quad 0xbd8979ce3c536e9b, 0xffff64d9c240d5cf
	.quad 0x4d2dca1448e2854e, 0x3eba4025eb5adeeb
	.quad 0xbe9cd7b5ffd841a8, 0xc01a000000000000
	.quad 0x0c374a3a5f4bf800, 0xc010000000000000
	.quad 0x7f37d9147e84ab08, 0xbb05143282c00b66
	.quad 0xfe3c4aab274e465a, 0x3cfc54b77f8818c1
	.quad 0x885f06fdbbf7b1ab, 0x3feaea186693e911
	.quad 0xf0e4a52c836dfc00, 0x81000000ff34b115
seed44:
	.quad 0x10a3f94f90e82c00
	.quad 0x000000000000015d
	.quad 0x35eda7db11f92034
	.quad 0x0000000000000333
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x000000001cd98d50
	.quad 0xffffb095b8608b15
	.quad 0x611137daa92c3b40
	.quad 0x000000000009016e
	.quad 0xfffffffff8ef747a
	.quad 0xbe8906c40169f36a
	.quad 0xfffffffffff6df71
	.quad 0x00000000b6ffcdf9
	.quad 0xefb1a318cbe6c7ad
	.quad 0xfffffe0a7437398c
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0x28a7299d3ab25642, 0x7ff1efdc66e23fef
	.quad 0xffc000008000e89f, 0x329d6211beffdf98
	.quad 0x200dfa03ddfffffe, 0x4d35ff6624dfed31
	.quad 0x152d1952923408da, 0xc78000003e6e9921
	.quad 0xc088000000000000, 0x7fd0000000000000
	.quad 0xffc00000477ffffe, 0xbb1e9a9b3964dac3
	.quad 0x051d818a37ba3838, 0xfff48a64384195d7
	.quad 0xff8000003ee6dc57, 0x7fc0000080000000
	.quad 0xc7fffffe40e00000, 0xbfe8000000000000
	.quad 0xf367e3b3bdd9b3fa, 0x2e9f0c88b67a0000
	.quad 0x0d64946abc5afb56, 0x6eb1ac1f00862cd2
	.quad 0xcc7832c19b425160, 0x4fa6a01382e23bf7
	.quad 0x0020000000000000, 0x04be3ccafff9a56e
	.quad 0x58e83fa95d82108f, 0xbf9041dc268afb85
	.quad 0xc2c9ee30776690e1, 0xeaa2bf1dcbdae56c
	.quad 0xfff0000000000000, 0x2fd0704894fe5071
	.quad 0x8fb2ea02ebd7cc61, 0xfffb51bf44db6ffb
	.quad 0x4045becafb51ceb5, 0xf79b2f30bfa00000
	.quad 0xc1fffffffffffffe, 0x3ff0000000000000
	.quad 0x8008000000000000, 0x8059c9694dcdf981
	.quad 0xc0000001bdc2cd1e, 0x504135d6b9bafdc9
	.quad 0x237ba6b7fdfffffd, 0xefa28372feb948af
	.quad 0xb2c94009cc837aeb, 0x4034fbcd7e800000
	.quad 0x92654483f7537c00, 0xf0b2aaef7fffacf6
	.quad 0x0000000000000000, 0x000f9e18459711cd
	.quad 0xff800000422415f1, 0x3ee3000000000000
	.quad 0x8d323f47958e3b9d, 0x606e21e3fbec2c40
	.quad 0xbed1600000000000, 0xfff4da0feb65bbc2
	.quad 0xe55a7f867ff2fffe, 0xbbbb92c200510e98
	.quad 0xc02412c2ebd11743, 0xc254f858df000001
	.quad 0xdeb778d680ba2bd7, 0x8a1f94a24fffffff
	.quad 0x4cea75ce946e62a2, 0x7ebfa844e2c85a6b
seed45:
	.quad 0x00000000000000f2
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd0a
	.quad 0x05944ac64317d17f
	.quad 0x000000eaee13d09c
	.quad 0x3e2245f278001188
	.quad 0x227732616658805d
	.quad 0xffffffff80000000
	.quad 0x0576d6ee9dea09f7
	.quad 0x0000000100000000
	.quad 0x000baee2d18d5311
	.quad 0xb8fd0e0760ba3f23
	.quad 0x00000000003de127
	.quad 0x0afdd8ee75572be0
	.quad 0x30f98258ce44af41
	.quad 0xfffaf8d74ea6f415
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x0dbc04eb4134ead8, 0x3f53a5fd3f2c25a3
	.quad 0x4a95c65d5ffffffe, 0xaa1377cb8a27547c
	.quad 0x65109e7a3a4aff0b, 0x7ff0000000000000
	.quad 0x91242e017fdf270e, 0x1bb52759ebdc2fbe
	.quad 0x4f7fffff003475d6, 0x5c92815bd2bffbfd
	.quad 0x7fc000006c07fd9b, 0x402cf4167bb14ffe
	.quad 0xffc0000001000000, 0xf5362f1698070f09
	.quad 0xb65650e5ff982bc5, 0xead277c1dc5b4c89
	.quad 0x7f8000007f858e02, 0x8000000000000000
	.quad 0x4d1b57637ffabfdb, 0x7f800000ff7d399c
	.quad 0x800000003c2b642b, 0xa7602cd7c9a27b20
	.quad 0x000fffffffffffff, 0xc1e76a997f800000
	.quad 0x4f800000f6fffbc1, 0x0b27fa0df5b87d17
	.quad 0x7f80000001000000, 0x797ff6086c367c79
	.quad 0x8d37f31f7f800000, 0x4029477ab8bc7f84
	.quad 0xddd955dcdbcafe00, 0xff9d3db3c0a00000
	.quad 0x0000000000000000, 0x7f800000ff80ae01
	.quad 0x40180000c9969b8d, 0xbf800000875771cd
	.quad 0xc023000000000000, 0x0b76848399a2a594
	.quad 0xc01a800000000000, 0xc040000000000000
	.quad 0x8000000000000001, 0x015d9d92ca3f8482
	.quad 0x418d93ccfd9e4fc5, 0x4a80af92a6d8fb7b
	.quad 0x7ffc45b23714607c, 0xc0b4f9c339b148c3
	.quad 0x73dc547ec12d0000, 0x331010fb1190daa5
	.quad 0x7e4563ccdf7d65db, 0xbe6070a1bf800000
	.quad 0xbfb8ed348372f303, 0xc1231ed5afef1e99
	.quad 0x2e5ef038ddbce7c7, 0x4006000000000000
	.quad 0xa30bc2245ed64740, 0xbfb5391d111b13ad
	.quad 0x4558c2019fbe7f52, 0x4fa045c9ceffffbd
	.quad 0xfb7f5aef3fc1b236, 0xc063e316df3a0ed8
	.quad 0x3f5d526fb8a68106, 0x001fffffffffffff
	.quad 0x7e800000ffc00000, 0x40980000f77252d7
seed46:
	.quad 0x0fa36fbd40f69f47
	.quad 0x498de3e8f47dcf2a
	.quad 0xfffffffffffffffe
	.quad 0x0000000080000000
	.quad 0xa008b20aa87ab0e7
	.quad 0x00000000000000af
	.quad 0xffffffa9d9918181
	.quad 0x8000000000000000
	.quad 0x0000000000000d74
	.quad 0xfefc9c201ae665e6
	.quad 0xfffffffffffffff3
	.quad 0x00b77130a8c8ea9b
	.quad 0x8dcc0b2a4117d010
	.quad 0xffffffffffffff50
	.quad 0x56cc3f4384c62c88
	.quad 0xfffffffffffffd81
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x80000000bedd3f71, 0xf3e551c0fef07e00
	.quad 0x4e5b627d76fa4280, 0x3f5e0000c1bae455
	.quad 0xbfb2ddc77a1e1195, 0x9ba64356f1b88000
	.quad 0xeac8551e8d94ab16, 0x2f29c28dbe32affd
	.quad 0x16dbd3cc9ed7d5f6, 0x000000007fb6a65a
	.quad 0xfd9ea5d2bfa00000, 0x7d302f9a7f9f954f
	.quad 0xc01c800000000000, 0x3fdd869400a4db7e
	.quad 0x4ab4b05bffa54600, 0x8001162b03f34cb7
	.quad 0xc521a0d8bcbae000, 0xc06fbf6fc354556d
	.quad 0x6f19d9b2da97fd9c, 0x93dda4d6f9447400
	.quad 0x00000000c113beba, 0x7e1b49c3c43fb975
	.quad 0x80000000ff7095ac, 0xffc0000094f11fa1
	.quad 0xf54a90143f0088f8, 0x402c85ddaa42909d
	.quad 0x8d561fcebff8fe02, 0xfc011d1cbcb9e868
	.quad 0x7ff1e12acf18d5fc, 0x4021800000000000
	.quad 0xfff2c474b0dcc0b9, 0x5549226267dde10f
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xfff9b6c36a2ca6ee, 0xc0b625c7c3e60ab4
	.quad 0x002d8bdd64ae4c3a, 0xc0068ba9c2638ec2
	.quad 0xc03e7afc1e76d1dc, 0xd4c82e1c02886581
	.quad 0xd2c9ec4bb973fdff, 0x1549502a9a0b8c54
	.quad 0x6d9eb14bcefafb6a, 0x3b731f21a93bfecb
	.quad 0x0000000044f00000, 0x3940000080400000
	.quad 0x45b800007f800000, 0xbf7d000000000000
	.quad 0x8a12a6f2323f4001, 0x9d14d138daf79b22
	.quad 0x41efffffffffffff, 0x99185991ef920348
	.quad 0x85907d9f7df4ddfd, 0xfdb8d0a1768a1584
	.quad 0x2f10b0c6ff82795a, 0xbfd0000000000000
	.quad 0xffa537e4c9733a78, 0x4041000000000000
	.quad 0x00ffffffb088158f, 0x562b8d3fffa54b59
	.quad 0x216b00d768084800, 0x7ffe06859a9f340d
	.quad 0x939e863897aada0d, 0x82a2627bbe251dbd
seed47:
	.quad 0x00000000000002ab
	.quad 0x00000000ffffffff
	.quad 0x6d56b89113c5b30a
	.quad 0xdca1864c9bc58611
	.quad 0xffff16301aeafcc0
	.quad 0x8e738ed7320cb705
	.quad 0x1b7480511a795778
	.quad 0x000000000001d5f5
	.quad 0x05e7735983e88da9
	.quad 0x609512fda82f62ee
	.quad 0xfffffffffffffecf
	.quad 0xf9134642bf5652ec
	.quad 0x5bb490fe8510f2d7
	.quad 0xffffff990c42cdf1
	.quad 0x6cca05ce6eea8ae0
	.quad 0x1f9b43f492093ca2
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xfff0000000000000, 0x3856ef9f738f2515
	.quad 0x9702f58340a3bd0a, 0xc49e787fdeffffff
	.quad 0x3f29d5a271a45b24, 0x80183de96f68fe66
	.quad 0xc068000006ffa8ce, 0x36942977479afc00
	.quad 0x81978c8d7eb1891d, 0x6d2dea073faefaf2
	.quad 0xffc000009d3a3cde, 0xc0f05aad7b0985f7
	.quad 0xffefffffffffffff, 0xf5d95965b8154420
	.quad 0xfff8000000000000, 0x14648eb2eeffea7f
	.quad 0x40ce9f2946400000, 0xc0f0000000000000
	.quad 0xc9fd855bfbffcbeb, 0xfff0000000000000
	.quad 0x416e1c0cfa7effdd, 0x7d02c7eaee633fd6
	.quad 0x7ff6ad8505fe587f, 0xbcc836fd800d378d
	.quad 0x002c9ea57fe3ea11, 0x7f9dfc8cffa3fd1e
	.quad 0x4ee14c0846d13a10, 0x400897338652f582
	.quad 0xc688085c7f7fffff, 0x013f4be0a3517c00
	.quad 0x3f72200000000000, 0x1db247937fd8c1be
	.quad 0x7ff436d4d4a911cc, 0x2465e455ff904860
	.quad 0x81ebd359617a31d1, 0x3f8a2aeb3e77af42
	.quad 0xc11a000000000000, 0x800000005dbdc496
	.quad 0xffdbd46387ea4289, 0x3de8d04d7c2ee92d
	.quad 0xfe0077f0a94dfcd5, 0xc020800000000000
	.quad 0x92549a6efd7ff7c6, 0x0025c775c224ddb1
	.quad 0x059ebb5effa57bff, 0x4013a580d81334cf
	.quad 0x8000000000000000, 0x7684cca364a4f869
	.quad 0xb8530242def1df5f, 0x0ced349180348d79
	.quad 0x7ff8a3efe4963e88, 0xfe036320471676e8
	.quad 0x406331398d981f23, 0x50364939db4a7a86
	.quad 0x5471366eee417407, 0x8020000000000000
	.quad 0xcffa84bf8067ffc2, 0xb1ff295824a02ab6
	.quad 0x9edb3a43c1ffffff, 0x5812d46cebf10000
	.quad 0x7fef9aba7daab074, 0x0000000000000001
	.quad 0xfff0000000000000, 0xbfd36c3d55bf7dda
seed48:
	.quad 0x4bfa33f81f3c16da
	.quad 0x0000000000000155
	.quad 0x0000000000000a56
	.quad 0x54badfe25e072c06
	.quad 0x0000000080000000
	.quad 0x1b8221f321642d25
	.quad 0xb7202dff7d9fc026
	.quad 0x18ecb4c0b3118db4
	.quad 0x0000000000000394
	.quad 0x62b5e0c457fa5990
	.quad 0xffffffb1f5c87534
	.quad 0x000156f740c15a56
	.quad 0xfffffffffffffe1f
	.quad 0xfffffffffffffd79
	.quad 0xcdd01c9f11899f34
	.quad 0xffffffffff6ec382
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0xd96d02025b0b4800, 0x7699198c596783ff
	.quad 0xbdf30f117fc00000, 0xc07b1bf9d47539d9
	.quad 0xc0c80000c0e00000, 0x3f0726933cfa7004
	.quad 0x21f82633950d7a69, 0x922516d90aa0f413
	.quad 0x9257bebeff3ffc29, 0xd2e7dde040300000
	.quad 0xfec54583dafd9c91, 0x7e1ab639a360cd59
	.quad 0x05707733fff3910a, 0xc068abfd3fb05471
	.quad 0xbc368b6c1e127dda, 0x8000000000000000
	.quad 0x7ff132ed1feb5ea4, 0xbfa00000ffaa02e9
	.quad 0xffb5cbd4544a912e, 0x7f80000046310000
	.quad 0x9c5ef3957fa7db9e, 0x000fffffffffffff
	.quad 0x86219a45ffcd8000, 0xbfd0000041dc4869
	.quad 0x8005f929867eb5dc, 0xd7922a3606b22587
	.quad 0xfff2235f76762a11, 0x7ff8000000000000
	.quad 0x02dc322d7fe099bf, 0xffc0000083a01157
	.quad 0x04ec47edfc7ebdff, 0x3ff0000000000000
	.quad 0x0000000000000000, 0xfff8000000000000
	.quad 0xff80000000000000, 0x7f800000c29832ce
	.quad 0x47000000421b71c2, 0x4cd3134219ddaa85
	.quad 0xed2e43a17ff1862d, 0x084cc001c206da24
	.quad 0xc01d000000000000, 0x4625669bbfbe8dfb
	.quad 0x4215d3dd7ed5ce27, 0xf46cb936fdf57f70
	.quad 0x40000000cffffffe, 0x0000000000000001
	.quad 0x7ff84dceabc21eab, 0x75b5678e0feb2e05
	.quad 0x08dda7d4d8287957, 0xfde4e6778cf2f9ce
	.quad 0xffe307a7ad7fd06f, 0x9a4109bf59f0fc00
	.quad 0x8c7a61ae5212ff40, 0x4d23d1750bf1989d
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xb94f37fea44ecf74, 0x801e7cdd41238000
	.quad 0x221c66917ffafd15, 0x1a34ca7f3f6b185a
	.quad 0x0000000080000000, 0xd398a7063f9ffe52
	.quad 0xdb09835bd2d68800, 0x7ff617f7e7a47e75
seed49:
	.quad 0x000000000000006d
	.quad 0xe02824afaa6b8d09
	.quad 0xf929c9a1bcb4e330
	.quad 0x1d92b2dda0438619
	.quad 0x7bd2d876b6552c90
	.quad 0x8ee2d842628d4473
	.quad 0xfffffffffff08862
	.quad 0xf79a00605f86003b
	.quad 0xfffffffffffffd67
	.quad 0x000000000214ccaa
	.quad 0x411f17f321364a4a
	.quad 0xa089f768e66b702b
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0xffffffffffffffb4
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x3f25800000000000, 0xfff8000000000000
	.quad 0xbfbd603fb1e5a4ec, 0xfffdf6aeffc014d9
	.quad 0xbf7c000000000000, 0xe0690bb4c16389a3
	.quad 0xbfc62ed8f7d8b7be, 0xbf800001010d8ee5
	.quad 0xb611f7f50ef007ff, 0x09a58979be1efb76
	.quad 0xa956335796bf6825, 0x7aee5e6bb6fd7d87
	.quad 0xc3e0000000000001, 0x6284e414d91bfc00
	.quad 0x4013eb612523545f, 0x7fc000003d000000
	.quad 0x7f80000081000000, 0x7dfafecd661c6d14
	.quad 0x450000007f800000, 0x0000000000000000
	.quad 0x7a2b4be23e557d69, 0x181d4c313d2e53f5
	.quad 0x672d36adffae6fff, 0xdfb9a63fbb7b6a00
	.quad 0x804672e380400000, 0x0000000000000001
	.quad 0x37102edc3a52fc92, 0x007fffff1b90b8ab
	.quad 0x41effffffffffffe, 0xc7e23fb03e6e6461
	.quad 0x82be2c977ba9832e, 0xc0f800008951921f
	.quad 0x0c231bb3ccfc4e5f, 0x016127318befaeb5
	.quad 0x405d34baf71188dd, 0x405e2b1db3818a29
	.quad 0x38500000ffadaf0c, 0xff80000080000000
	.quad 0x71fbed3bb324ac00, 0xc337abf1d53a2145
	.quad 0x3b8343a1dcdf340d, 0xc021c00000000000
	.quad 0x89ab6d02c10c0000, 0x46eb8f87d364fa00
	.quad 0xd1de89fcf84d7e00, 0x7ff4396cf02acc91
	.quad 0x8de6c61c22a954f6, 0x36c10000c1120000
	.quad 0x7ff0000000000000, 0x4dcb5ca81eca80a1
	.quad 0x52e2ac39a8adbfc9, 0x0586338fd2ceff0d
	.quad 0x0227f1dec6df56ca, 0xb9c70cb2fd39d1b6
	.quad 0xc3e0000000000001, 0xa09fa94d199157c5
	.quad 0xc412cc9c038acdb0, 0x6e843337c11c0000
	.quad 0x01439e8e40f5924f, 0x3d200000c0166967
	.quad 0xff808362c6400000, 0x7ffa4ab14b8d37b7
	.quad 0xd3adc691fffbff3b, 0x477fffffc3ca306e
seed50:
	.quad 0x3f650453c3b55364
	.quad 0xff94841519c008f0
	.quad 0x003df72c1da55c4a
	.quad 0x96bda458acffa29d
	.quad 0x00000000000000eb
	.quad 0xfffffffedf765331
	.quad 0x000bd909d467fd86
	.quad 0x76c37cfc9646de5c
	.quad 0xe3037b59737c9ce0
	.quad 0x0000000021cf60f1
	.quad 0x0000000000000003
	.quad 0x000000000000003a
	.quad 0xffffffffffffef33
	.quad 0x0000000080000000
	.quad 0x677c4b533eb5e049
	.quad 0xf1e24af979e8058d
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x3f94613b7e800000, 0xc50b2ac4f3258b73
	.quad 0x40d8000080437bcf, 0x80aa3f6ef120c70c
	.quad 0x6dcba5a500800000, 0x7f80000087971c49
	.quad 0x7ff0000000000000, 0xc0783a0e1a765347
	.quad 0x0a1e4d5e1137fc87, 0x3ffc000000000000
	.quad 0x001eb64dbcc0ac5a, 0xba2efea300400000
	.quad 0x40221cfed55fba3f, 0x75e7f93f80000000
	.quad 0x705bf1ff7fbfffdb, 0xc0a7a00000000000
	.quad 0x407ffffebe3a7fa6, 0xd570dd9400d47149
	.quad 0xb8f04493ff800000, 0x7f98e076ee0dfa49
	.quad 0x2ae04c7520ae372e, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x5cf0dc7abf77fb7e
	.quad 0xc023400000000000, 0x40e2000000000000
	.quad 0xc00ffffffffffffe, 0x607b7c37486d0b00
	.quad 0x82de682b35da0043, 0x34644a4e1b7223b6
	.quad 0x036568a6b37dce66, 0x00fe9de5c0419f9a
	.quad 0x000e7b6cb3491583, 0x98c63e5e8b3229c2
	.quad 0xf192b9da7f936fc8, 0x5fd0bd13c6e00000
	.quad 0x0a08a9df6680a36b, 0xc0d9f070c3f00000
	.quad 0x79062831b4f8fa77, 0x007f209e38400000
	.quad 0x4056000000000000, 0x0140290900000000
	.quad 0x7ff61d4bbc45233a, 0xc021b49f8d51366e
	.quad 0xbfe119d500ff74ad, 0xbcffaec68038c9de
	.quad 0xb3a4e5ba9b49fdd9, 0x4128f9a58047e83e
	.quad 0x5ae6d664cfb82877, 0xbfe0000000000000
	.quad 0xc122000000000000, 0xbd858119bfff80ec
	.quad 0x804e0647423dc42d, 0x3c6635cae6a15d96
	.quad 0xb119b87b61f72f7b, 0x80130a0055c429b0
	.quad 0xa11439e97f8bfe58, 0x40ffffffffffffff
	.quad 0x3f405da4c54087e3, 0x9edab661a788815f
	.quad 0x2032deb4ffef07bf, 0x3fdcdb7e9a00ffb0
	.quad 0xfc34c8b41510fc00, 0xc03bed7a45188e2b
seed51:
	.quad 0xffff6c2dbce119f6
	.quad 0xfffffffbf1b5703a
	.quad 0x0000000000000001
	.quad 0x0000000003675afe
	.quad 0x0000000000006945
	.quad 0xd65634e9a5e03a73
	.quad 0xfffffffffffffdfd
	.quad 0xfffffffffffffe21
	.quad 0xffffd1e2efa2b5e4
	.quad 0x0000000000000189
	.quad 0x00000000000002d5
	.quad 0xc054725f29d59ef6
	.quad 0xfffdb9f7ecdb6953
	.quad 0xffffffffff3c19e6
	.quad 0x48999b0cddc7dc36
	.quad 0xfff135885e40a700
	.quad 0x05800000
	.quad 0xc0000000
	.quad 0x8d237d70ae375beb, 0xbfcf9086980192ad
	.quad 0x3d295c9dc7000001, 0x400000007f89eb01
	.quad 0x7ee22230ff800000, 0x7fdd76e9a04df554
	.quad 0x43f44b2f17723620, 0x800000000152b0b8
	.quad 0xc330000000000000, 0xd1814d83f73f7bc3
	.quad 0x4f80000100000000, 0x901347c1c73bd7e4
	.quad 0xbfaadac603032dda, 0x9ae0102efcfffde2
	.quad 0x7fa996887fa06f94, 0x402b8f5fff9851e7
	.quad 0xf9a98806e4d9aab2, 0x36baabec00000000
	.quad 0xff80000080000000, 0x3f7c42347ab0b803
	.quad 0x4683000000000000, 0xbf06bd79ff800000
	.quad 0x066703b1ffffbbed, 0xa64be4d9486d5ee2
	.quad 0x1e5c1bc0dafe7f7d, 0x80000000bfc86075
	.quad 0x4037440207847dc6, 0xa8e9772e55df79d4
	.quad 0x8f4a6fdfd51de82b, 0xffa01ce2bf222690
	.quad 0xde9cc16c2ee2a6b5, 0xc29fffffffffffff
	.quad 0xb716c2417687e217, 0x39d4000080000000
	.quad 0xffc00000811f73e4, 0xbf94000000000000
	.quad 0xd7133b2974fe8145, 0xffa6d5e1c096e3ae
	.quad 0x80262addffc00000, 0xbd5f4f7d7f8fa16e
	.quad 0xd64920c571d47c00, 0x3958c829fd7e8000
	.quad 0x7ff8000000000000, 0xff9c5e5e7e9b5da4
	.quad 0x3217cf2d4eedda15, 0x408470e2f2dd46f1
	.quad 0xc00b000000000000, 0x80000000143755c9
	.quad 0xc130e00000000000, 0x7a4c8edcfbeabdfd
	.quad 0x7edcc63d46bc575a, 0x7ff279c549800000
	.quad 0xae7714a5ba1f2bf0, 0x401a000000000000
	.quad 0x7515d038bff37e00, 0x716be6835ad431a9
	.quad 0x7ee185bfa586cf23, 0xc2fbac12c9779503
	.quad 0x406bc00000000000, 0xbfa5830cfd406f7d
	.quad 0xc069bd2b4e7d470b, 0xbbc5f1f301000000
	.quad 0x7f433968f2348930, 0xc073edadb0bc78c9
seed52:
	.quad 0x8000000000000000
	.quad 0xffffffffffffaff6
	.quad 0x9e8b916aa63bc943
	.quad 0x59d5a512c5ff299f
	.quad 0x0000000100000000
	.quad 0xfffffffffffffca9
	.quad 0xfffffffedf7c9cd7
	.quad 0xfffffffffffffc90
	.quad 0xc0d84f4ce28900a7
	.quad 0x66b11daa4e4c2fe4
	.quad 0x0000000000000007
	.quad 0x000000000000026e
	.quad 0x663467dd81a67623
	.quad 0xfffffffffffffe52
	.quad 0xb5167e2ede2ce865
	.quad 0x000000000016d1b6
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xfff8000000000000, 0xffa36181802d4779
	.quad 0xdf000000ff800000, 0x9a8d4815d5b23c62
	.quad 0x7ff0e79380000000, 0x4050000008698f24
	.quad 0x0007aa2377ec16ee, 0xc6b850e1ebbedbfd
	.quad 0xad422f47aa71dc3d, 0x406124e62413806d
	.quad 0x8000000001e1e772, 0xc0451f513abffa52
	.quad 0x40d0000000000000, 0x97faf1a5ffa95d7b
	.quad 0x0000060fb9f09332, 0x64121b13270683ff
	.quad 0x2cad021491ab9fde, 0x0000000000000000
	.quad 0x411a00007f815424, 0xc00a000000000000
	.quad 0xf37a66d4f304244a, 0x80011f0241c23036
	.quad 0x137f59315b232400, 0x80630fcafee0d16f
	.quad 0x008000000d2829a2, 0x757f1971ddffffff
	.quad 0x3fe0df4fd377594c, 0x848b54464740dec0
	.quad 0x7f7fffff40300000, 0x8000000000000000
	.quad 0xfff01ed5b474cb9f, 0xb423e612c0800000
	.quad 0xf29260bdffbcfbff, 0x36a00d19a4237400
	.quad 0xfff3de034e89e948, 0xc023800000000000
	.quad 0x3e3d9c8bde9bf28b, 0xd8471a7f63f75d5d
	.quad 0x9e479ce3392b8208, 0x7ff4cdd1cf7ac531
	.quad 0x801fffffffffffff, 0x0000000000000000
	.quad 0x2001e16dd94a7e00, 0x00000000ffa146b7
	.quad 0xff800000c0d80000, 0x0000000000000000
	.quad 0x017ffffffeffffff, 0x12016258fffffffe
	.quad 0xde0f0e9c3b79fc62, 0xfff282cf294e6b3e
	.quad 0xc70000019688f5b3, 0xc0ee8313c1100000
	.quad 0x8108a593417dfdda, 0x3f874f5e89ef73dc
	.quad 0x4cddf7a693a68041, 0x802b94965a000000
	.quad 0xf8815188bfbdf3e9, 0xff8000008d7b1a4e
	.quad 0x0000000000000000, 0x419000007f9bcf0e
	.quad 0x3fe8000000000000, 0xbf807b8839680000
	.quad 0x61044b5acdfd252b, 0x7f8f74648040d0aa
seed53:
	.quad 0xffffffff80000000
	.quad 0xd2be716eaabf4fdd
	.quad 0x00000007bb1d1f5b
	.quad 0xfffffffffffffe35
	.quad 0xffffffffcea6ff21
	.quad 0xf8dc6907bd0a6a25
	.quad 0x000000000000013e
	.quad 0xfffffffffffffdc4
	.quad 0x58a1103cd000496b
	.quad 0xc123646c91b13793
	.quad 0x0000000000000001
	.quad 0x0003c8dda65afbcd
	.quad 0x08de5acf5117cc82
	.quad 0xfffffffffffffe6d
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc3c
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xfd2dba93fbc6df47, 0x40f0000000000000
	.quad 0x7f80000080370dfe, 0x31b84bb044000000
	.quad 0x753e232ac0700000, 0xff7fffff00000000
	.quad 0xbf80000041e394b6, 0xc068000000000000
	.quad 0xc3a92af552bbfedf, 0xff800000c0d42d0e
	.quad 0x29f6a8dcf1df0ffd, 0xc022000000000000
	.quad 0xa5289bb736a8e10b, 0x3ad4a8ff5a16de6f
	.quad 0xc01481ad2486bc97, 0xbf9358d62e8d4a97
	.quad 0xc02d8d5c2a210fca, 0x52c646a6ff49400b
	.quad 0x3ffdfcd1ff4b8b93, 0x3f07800000000000
	.quad 0x36b4a61bc7fec836, 0x7fbb5906f74ffaf6
	.quad 0x6f0a46f7e95bfff2, 0x000b0f3643c02e95
	.quad 0xc285000000000001, 0x429647617faf9014
	.quad 0x7fbe2b6f42d5fc76, 0x3f7f18c08833e628
	.quad 0x427131d1bfa00000, 0x10aaa2bf7a2fc5f0
	.quad 0xe6e410b1017fffff, 0x1128cd4e7fe97960
	.quad 0x629c1dc57d967fff, 0x81000000000c204f
	.quad 0x9d460f5ef7cbb900, 0xbf5319aa6b3b38d4
	.quad 0x3fa0000099e6bbc1, 0x4d86beb693245fa1
	.quad 0xfff0000000000000, 0x80227455c11c0000
	.quad 0xa14a82d5162b6f53, 0xc39fcf7080063004
	.quad 0x800ea9afa8912d65, 0xff80000080000000
	.quad 0x0a94bc53736200d2, 0x401447809038b053
	.quad 0xf7a2210abee27868, 0x3ff0000000000000
	.quad 0x479148ac7fbdbe05, 0x03a3923d633ce97a
	.quad 0x8284b7303c3df606, 0xc3effffffffffffe
	.quad 0x15eaf4ff2534ffca, 0x2b7ac2e2fffdddfd
	.quad 0x7fc00000f4d0b84f, 0x8b2bdde8c8e47942
	.quad 0x00000000e611c3bc, 0xc1000000ff800000
	.quad 0xaf5e44b5f77a4bff, 0x40e8fba518bf7b56
	.quad 0x10edfe263f000000, 0x80004a93c0200000
	.quad 0xc1e0000000000001, 0x96d88955bedef9fe
seed54:
	.quad 0x1844bd87f7dda30c
	.quad 0x0000000000169d20
	.quad 0x6225398e0b337683
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff29
	.quad 0x0000000080000000
	.quad 0x0000000000000169
	.quad 0x1dca748475c840b1
	.quad 0xf360c566e8adee13
	.quad 0x000000008251eb48
	.quad 0xa8292925a5499647
	.quad 0xc06761fe021635bc
	.quad 0x00000000000000fd
	.quad 0x29b8e31c12497629
	.quad 0x0096ab810111647f
	.quad 0x000000000000316d
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xd3fffffe00000000, 0x3f78000000000000
	.quad 0x991312128aa27b9c, 0xc96500317ffbef2f
	.quad 0x7fe4812d00000000, 0x25f1c72fffcc7da4
	.quad 0x54aeead6d67ab2a9, 0x75b4f3e4ffc00000
	.quad 0xfffdec2bc82686cf, 0x7ee5a77bbd6e96e5
	.quad 0x4420000000000000, 0xa63c26c7fbd65f59
	.quad 0xfdebc03f4e7ba46c, 0x5ceeb5c5bdceffde
	.quad 0xcf7ffffe80000001, 0x835642c47ffdd6b5
	.quad 0x502a376d3fb2411a, 0xfddd56048243f8d8
	.quad 0xff80000080800000, 0x00072951eb1bf839
	.quad 0x7faddca9c2fe23ca, 0xaf1d085a15f93624
	.quad 0xc03d0b36a5fef0e1, 0x422bafc7c026fb83
	.quad 0x75279e117f800000, 0xfff0000000000000
	.quad 0x0002db77c2cb131e, 0xd56b97b77c020000
	.quad 0x7fa331b57fa96b88, 0xc721ea751a4c8035
	.quad 0xbd8f323d408a3d3f, 0xc13bb980d683ad7b
	.quad 0x87d1231356b9cbf4, 0xc082c00000000000
	.quad 0xab2c248affe07b4c, 0x433fffffffffffff
	.quad 0xf6f223a3c9e60000, 0x10dfd463ffbbfc37
	.quad 0x6ad297250ff5ad6f, 0x65414438ff96549c
	.quad 0x17f1cd78f2cc3ad3, 0xff800000bc351fb6
	.quad 0x47dc000043b40000, 0xf8509e74ffc56840
	.quad 0x134692c4fffffef9, 0xf781289040ac0000
	.quad 0x000fffffffffffff, 0x404e1abb734f70b0
	.quad 0x7fe449a6b0f419a2, 0xfff8000000000000
	.quad 0x8020000000000000, 0x3c574959428a432d
	.quad 0xcf62c94b7fe24341, 0xdf1a88d4fffe7fff
	.quad 0xc0e6b7867f85261d, 0x2ef3c6baffbfdff7
	.quad 0x5f0fca2f0e03a39a, 0x1aa2dbe5fedd6bf5
	.quad 0xcfa8639c57fffffa, 0x8008000000000000
	.quad 0x64d9fdb33144fe00, 0x0000000083613152
	.quad 0x7f000000ff800000, 0xff8ce8f8ffc00000
seed55:
	.quad 0xf154dbb7deafffa3
	.quad 0x0000000000000302
	.quad 0xffffffffffffff55
	.quad 0xfffffffffff826b6
	.quad 0x00000000b13757df
	.quad 0x5ef83002bb71239e
	.quad 0xfffffffffffffec4
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x00000000005c57d1
	.quad 0x000000000000000d
	.quad 0xffffffffffffffff
	.quad 0x7b5d5cc7c5fe2c6c
	.quad 0xfffffffffffd18f2
	.quad 0xfffffe7f89157057
	.quad 0x000000000022b367
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x8020000000000000, 0xbf6197e7fdffef7c
	.quad 0xfff23d895025cd00, 0x7ff4d0003d5aa9c2
	.quad 0x7f82b13180ffffff, 0x41effffffffffffe
	.quad 0xc47116b83e898000, 0x7f15c1424ecf0c0a
	.quad 0x2df3336f5f7fffff, 0x133fab99ff79c9f2
	.quad 0xc29dad8941fecd01, 0xc113800000000000
	.quad 0x80048ae515cc286e, 0x7f80000070f1df82
	.quad 0xec99bffef118b816, 0x60b4dc2ebffbacdd
	.quad 0xedea92a9bd6fbe07, 0xbb38f8a5d73cfc33
	.quad 0xc0a8000000000000, 0x403a60f017b87987
	.quad 0xa18cf6d6bc3a79df, 0x5b8d90320e427d7f
	.quad 0x7ff0000000000000, 0x5f2302b1491ffa1b
	.quad 0x00000000bf400000, 0x49830ea1bff3fdff
	.quad 0x920349f343a61f4c, 0x4d4ab5d4e4d2fc00
	.quad 0xcb37a89afa2bfc94, 0xfe4b93d97493266d
	.quad 0x7f01633f7fc00000, 0x588b9429fec4210e
	.quad 0x4e705916fb44f404, 0x7485784196d1ab32
	.quad 0x51a52c5812f0b020, 0x3f65df033d0f3e36
	.quad 0xb828c474913dd1c3, 0x63c64eb3db18018f
	.quad 0x5bcf851457ffd7ef, 0x38c00000807fffff
	.quad 0xc0150acaaa2ae0b5, 0x80b7c139771b5345
	.quad 0x3ff6000000000000, 0x70c36a98a051a733
	.quad 0x410e3c997fa064b6, 0x9e99c6f440ff1d30
	.quad 0x0000000047800001, 0x7fc00000bc4e8c0f
	.quad 0xdf22537939e45577, 0x51f8eecf7f800000
	.quad 0x3e16503696768542, 0x819a61697a5793c0
	.quad 0x8000000000000000, 0x1f7cd3ab50013228
	.quad 0xc00e000000000000, 0x00000000ff800000
	.quad 0x64b47bfc3ac97ae4, 0xbbd0c6e701f13ace
	.quad 0x00026e7b989122a4, 0x415c0c4bd3fbebdf
	.quad 0x57c26cefde3dfe00, 0x2a2574085f03fafe
	.quad 0xfff8000000000000, 0xfea94046c8be46bb
seed56:
	.quad 0x000000001cf094c1
	.quad 0x0000000e54a52325
	.quad 0xabb0ec68f0a22713
	.quad 0xe32292cf14949d34
	.quad 0x00004de9aaa42eb2
	.quad 0x307eb4ceed84b2cb
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x28b8cbeec7520bff
	.quad 0xfeb96af8676abc02
	.quad 0xb9880dbb3d13e398
	.quad 0x2282abd2ada06379
	.quad 0xffffffffffffffdb
	.quad 0x0000000000000005
	.quad 0x00000000000003da
	.quad 0xffffff12c099fde5
	.quad 0x02000000
	.quad 0x50000000
	.quad 0xd29868d4feb777e4, 0xfe8000009772f503
	.quad 0x7ff0000000000000, 0x41a99d3b80000000
	.quad 0xf15b462580000000, 0xdc05a78e626ffffe
	.quad 0xeffe7e4c9d4575a5, 0xb610f2cadcb4c860
	.quad 0x3b96f8fcff800000, 0x7f8dbf2543f0ba39
	.quad 0x43e0000000000001, 0x1a56510734fac680
	.quad 0x4021400000000000, 0xc75d32cf7f800000
	.quad 0x0003c7ba7064f327, 0x0699f67ce0501a9e
	.quad 0x7bb94d9db43607ff, 0x7f8000003ea288e2
	.quad 0xc02086115efbaff8, 0x7f800000c55529d3
	.quad 0xc3bca5967f9f202d, 0x804000007fa78a43
	.quad 0xffa50072d9bf41a6, 0x0000000040a80000
	.quad 0x238b4d0ff6f33ebf, 0x007978b5805d1edf
	.quad 0x145d5f372bfb0000, 0x4019000000000000
	.quad 0xfb7a5b6f1c390000, 0xfdf89d419b85055c
	.quad 0xbf8eaae88fdddd33, 0x46e513ecb6cc5eda
	.quad 0x80c9673b38389807, 0x19403e6180000000
	.quad 0xcfd01fdba45cfe00, 0x83984737f91cea45
	.quad 0x0000000000000000, 0x8bf7eb98f7b9d66d
	.quad 0x7ff6c7c7ab137523, 0x41dcba28f121fce6
	.quad 0xfc1ab9ea7fa401e8, 0x3c0831827fc00000
	.quad 0xffd0000000000000, 0xf449fa34fffd6f4b
	.quad 0x843b62e1ffb6c100, 0xfff0000000000000
	.quad 0x40e1137438480000, 0x42a42b6e3c9b454c
	.quad 0x0000000000000000, 0x000309b83b772de4
	.quad 0xcf7d8f4fba27dca9, 0x7fc000007f953008
	.quad 0x9e4e19f814deeced, 0xffc00000993c32b4
	.quad 0xbf800001802c1f34, 0xbf727aa33522c3ad
	.quad 0x89c7b311ff8ef300, 0x7dbc4d2ee7d4f013
	.quad 0xd67d42a93d86aba4, 0xc03d000000000000
	.quad 0x209e99007763d748, 0x40135dfa6bc9a7cd
	.quad 0xc1e0f0313ac00000, 0x5d69618cfff37ffd
seed57:
	.quad 0x0000000000003cb2
	.quad 0x189615f0a9978f39
	.quad 0x00000001108f832d
	.quad 0xc1b50ff4c01b8769
	.quad 0x0000000000000000
	.quad 0x2a5a9105106aa234
	.quad 0x00000000000000c9
	.quad 0x0000002c33940f6a
	.quad 0x0000000000189296
	.quad 0xffffffffffff8c44
	.quad 0x00000000000002fa
	.quad 0xcbb62d549e929525
	.quad 0xfffffffffffe6618
	.quad 0x0b1f9e75902d1ca4
	.quad 0x0000000000000c6d
	.quad 0xfffffffffffffea0
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x80792a59ff9927ca, 0xefb646b16aff853b
	.quad 0xad98dfeffffc778e, 0x4f7ffffe96b5a5b9
	.quad 0x6fe30478f49ad29c, 0x7fbf3ae9fb491f1e
	.quad 0x26d52e53f3a77ece, 0xbfc5611d72eff963
	.quad 0x2978670adb73bf7e, 0xda7ffffe8aa4ebe2
	.quad 0x8000000000000000, 0x401e000000000000
	.quad 0x032a1b8a7ed2f27f, 0x80000000f3bad471
	.quad 0x8018f8a703b59b5a, 0x969110d3f3be3946
	.quad 0x000000007fa098fb, 0x0a7fdaf5cb8c2bed
	.quad 0x40500000c239af0d, 0x8000000080370190
	.quad 0x40a8000080000000, 0x5fd32bdd817fffff
	.quad 0x367f3bf2f5ff77bf, 0x4d3779bcffdf7e4f
	.quad 0x7255ec937e9e24aa, 0xdf7ffffeffc00000
	.quad 0x80280398a55843ed, 0xf9bd1c0520d1288e
	.quad 0xec18213f08baba06, 0x8000000000000000
	.quad 0x3ffb3779bdb3a894, 0xbfd0489ec504fd04
	.quad 0x983f52a60072d249, 0x9528bfd32dde5cdb
	.quad 0x402000008062ce4f, 0x3cc420ec8b6e4740
	.quad 0x42141bbb003652af, 0x3ffd3e0b8ae7b7d9
	.quad 0x79aeed05bc83214e, 0x3fd4576158d0ff4d
	.quad 0x1c6a6179fff2faf7, 0x0cde93ff7fc00000
	.quad 0x56e87141ff8d7e00, 0x3fcb7430d6761964
	.quad 0x3bf841b644700000, 0x691bf948e7ff7ffb
	.quad 0x92b42a02d3e6fe86, 0x2b4e3111cb63524a
	.quad 0x53c9d0affff17fee, 0x7fa2890674138e82
	.quad 0x480b44b3ed530987, 0x76e32ac09cbc4a4e
	.quad 0xc0542672438a80c3, 0x8204d7cecae3b324
	.quad 0x4ba93c205794fc00, 0x3f7b800000000001
	.quad 0xc1180000f4e9be0f, 0x82c2da9ddc66ccca
	.quad 0x7fdfffffffffffff, 0x80772c2804209c97
	.quad 0xac372d5a00e44080, 0xdf80000140e00000
	.quad 0xc7280000feba5a72, 0xe515f077c3f4fefa
seed58:
	.quad 0xffffffffffb799f5
	.quad 0x00000000001a8762
	.quad 0xc9f7fa243c18dc63
	.quad 0x01e294c341947a82
	.quad 0x4c9456cea244fe41
	.quad 0xfffffffffffffdb3
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x00000009acf227ea
	.quad 0x000ec95cde4b2f37
	.quad 0xfb6ff05e4357cbe4
	.quad 0xffffffffb18b9fa6
	.quad 0x9aa2812be0a88bdd
	.quad 0x00000012d5412a98
	.quad 0x35339f7d82583c81
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0xff823824c0df38cd, 0x8000000080000000
	.quad 0xc046fba203105477, 0xb21e2d92bfb7f7ff
	.quad 0x0e3f0f12bfffffff, 0x3534439cb894cf32
	.quad 0xffdc23613f1be8d9, 0x002fffffffffffff
	.quad 0xd83aadf32217f9d9, 0x38e000003ea02ebe
	.quad 0x8004e2e02e9973e9, 0x4050000000000000
	.quad 0x4f01ab238d9d8af6, 0x7f800000c8c00000
	.quad 0x8038e1c9439e4b0a, 0x3f37c00000000000
	.quad 0x8100000000000001, 0x4064a769f7217449
	.quad 0xf8e8ada514a28200, 0x2e6d8b094073fd28
	.quad 0x39e200007f000000, 0xc305ce1d295a1fe3
	.quad 0x497134085ffddeb7, 0x01000000fe6b3225
	.quad 0x7fc000009f7bf725, 0xb5492fda8fb03c1c
	.quad 0x80181685349d7b27, 0x67908a5ef06a4b6e
	.quad 0xc0efffffffffffff, 0xfc3cc12a91426640
	.quad 0x2f8876d5bd8f3fdf, 0x0e3d539d080cfc00
	.quad 0x7fc00000bf93ce3a, 0x5130cc977fc00000
	.quad 0xc04641ff15d41e08, 0xf96472a4bee33ab8
	.quad 0x6e2962a2fefffcff, 0xb11f347f2736be15
	.quad 0xc20000007fbe57bf, 0x07215967b54bbfc8
	.quad 0xffe1008d009b7c81, 0x8000000000000000
	.quad 0x8e6d198e7fa411f9, 0x4122d2157ea7ef6f
	.quad 0x913b1aa600000000, 0xf1eec880baed16b3
	.quad 0x09fe41ef6ef27b7d, 0xede82aa3fcffffee
	.quad 0x648342c4bfc7ffa7, 0xfff618c23f000000
	.quad 0xf29e5197d5fffe1c, 0x3fde55c4c5f62f26
	.quad 0x3fa1d5060bce8aba, 0x28919603924cfc00
	.quad 0xd8a06d07bf031b16, 0xff373b3210ffc593
	.quad 0x80055337ebc6bf22, 0x598000011b29e626
	.quad 0x8000000000000000, 0x6b3d470095393bff
	.quad 0x80400000bb400000, 0xa846f9dc473fb7ff
	.quad 0xfebd39dbffcfbba6, 0x0011c4c63e2b173d
seed59:
	.quad 0x3b3ca2e4d9cde534
	.quad 0x0000000000000103
	.quad 0xffffff18c559f4a6
	.quad 0x000000000000905f
	.quad 0xffffffffffe42091
	.quad 0x33b3711a56cb596e
	.quad 0x000000000000002b
	.quad 0x0000000000000127
	.quad 0x2f5019141f6b4d65
	.quad 0x674a7144dde531dc
	.quad 0x7fffffffffffffff
	.quad 0xffffffe8c020aae6
	.quad 0x000000000000018b
	.quad 0x00000000000000f6
	.quad 0x17db0e96d67f756c
	.quad 0xfffffffffffffc70
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0x4330000000000001, 0x915d1b07be9769fd
	.quad 0x8000000000000000, 0xc018000000000000
	.quad 0xc05000009dfd3244, 0x06399afbbf7ffe5d
	.quad 0xdecce2fbfff29d8f, 0x32fc35f1297d6991
	.quad 0x3fe000003bbc4c05, 0x40fffffffffffffe
	.quad 0xeb062664fa6a373c, 0xb2211de36cdf5bf7
	.quad 0xffc00000bca85882, 0x4357327d7441ab8e
	.quad 0xffaaef54026708cb, 0xff1b991d3f11c612
	.quad 0xfd01d5429b96fe00, 0xffc00000bc47fccb
	.quad 0x93e0d8b3559a6600, 0x003d71a8fecab237
	.quad 0x7f3489cf5abd3b97, 0x7ebc3722f3484518
	.quad 0xb388799ffffd8000, 0xd420bc3f6f9d5dbe
	.quad 0x470eec637fffffff, 0x07892558f330ec98
	.quad 0x8c49fb92ffc00000, 0x2b899c7483739f28
	.quad 0x7ff8000000000000, 0x8144c4de20601a13
	.quad 0x87848087befa7fcd, 0x47984af950b0f987
	.quad 0x44b71fca1c8d8000, 0xc34fffffffffffff
	.quad 0x31669c77ab42bdb5, 0x022bf1c85d478163
	.quad 0x8000000080000000, 0x7ff0000000000000
	.quad 0xbf89400000000000, 0x7ab0d9b904d78613
	.quad 0xdc6dc122cc4c41e8, 0xe6b77e08817fffff
	.quad 0x40e0000000000001, 0xc028000000000000
	.quad 0x33c43c249f352100, 0xb132137991e9bcd9
	.quad 0xfff8000000000000, 0x16e2fcc1bfffffff
	.quad 0x3479beb8d8effe6f, 0x3e404b0177297800
	.quad 0x4ff6dee561fd9ef4, 0xd6347b0668464200
	.quad 0xc141bf8e5bddb3f0, 0xbfba70af19e0656e
	.quad 0x285dc0074b653ffe, 0xff8000007fc00000
	.quad 0xbe66a518c3210201, 0x5d59c7f5fffdc4e6
	.quad 0x21ef205dfbffabff, 0xc06304fa8f3327cc
	.quad 0x00000000007fffff, 0xc4a8a03d919609f7
	.quad 0x007b322d5f2bc165, 0x3f094b3140180000
seed60:
	.quad 0x0000000000000001
	.quad 0x29c3247067fd3837
	.quad 0x9ecfc7895154bcd0
	.quad 0xfffffffffffe9c33
	.quad 0x0000000000030208
	.quad 0x0000000001000001
	.quad 0xff9766b638e78d0a
	.quad 0xbe77398abdf9c713
	.quad 0xfffffffffffffef4
	.quad 0x20f8db5044477032
	.quad 0xfffffffffffffd4b
	.quad 0x000000000000033c
	.quad 0x848531bf4ec1c37d
	.quad 0x9dd66a680d325081
	.quad 0x94f4a48ea4f7ff18
	.quad 0x01ee67b08eddb993
	.quad 0x03000000
	.quad 0x60000000
	.quad 0xfff0000000000000, 0x27d660f780c23cfb
	.quad 0xa79fab48ffe69b00, 0x42e0000000000001
	.quad 0x47500000ff5c3b8b, 0xccdd224d23f03a5b
	.quad 0x5757fa84ffb7e9ef, 0x9b757222ae72feec
	.quad 0xc1ffffffffffffff, 0x98c0e54d84c7fa8a
	.quad 0xaaffd2e17fb6f996, 0x43fffffffffffffe
	.quad 0xff00000080589d7c, 0xae5e30d2ffdf8871
	.quad 0xc0effffffffffffe, 0xfbf030057bebdf9b
	.quad 0x5d08022fc2019d1d, 0xc014000000000000
	.quad 0x1065deaaff800000, 0xc0dc000000000000
	.quad 0x7e78d7bcbd411672, 0x00a99ef6ffd428a5
	.quad 0xe9662394a233fffa, 0xff8a531d0ce24530
	.quad 0xe3f5bbcf44fe801e, 0x41effffffffffffe
	.quad 0xc02fd4bd3c04dbca, 0xc059000000000000
	.quad 0x0add3d1f43a6e4c6, 0x7fd26604d2770b3f
	.quad 0x026cda6605c727ac, 0x43a80000bfffffff
	.quad 0x7fcb16207feabf52, 0x2f9bccedfdffffb9
	.quad 0xfff08a85a5ca9d05, 0x80a3a0f1dbadf89a
	.quad 0x0239f7c16b2f2bf5, 0xff20e110347c9317
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0xbffe1a50f7466492, 0x0c2083e78b53eac1
	.quad 0x7ff1b84e2e93fe2f, 0xbfc268a3380bdf7b
	.quad 0x270af06b48d400ef, 0x757388f6c1a57c7a
	.quad 0xc0200000422e46e5, 0xb0bc8b2582b5d2a7
	.quad 0x01cc473c57fcfbfb, 0x3dbaa28ebf7f6685
	.quad 0x0000000000000000, 0x3f26000000000000
	.quad 0xbf970bf194c99b29, 0xbe39206ec0b00000
	.quad 0x5d8c22d7f712c680, 0x3edf000000000000
	.quad 0x7ec19cc83bf80000, 0x41180000c6680c58
	.quad 0xa0007faba729b58e, 0x27fa31fdf3edd963
	.quad 0x3ff6000000000000, 0x408000003da3de63
	.quad 0xfff0000000000000, 0x67d8fad93bd6c841
seed61:
	.quad 0x000000000000036e
	.quad 0xfffffeb5435d8612
	.quad 0x0003c8fc408199c4
	.quad 0x0000000000000024
	.quad 0xb711b60b768ed221
	.quad 0x7f644c74209537e6
	.quad 0xffffff6c8e0122f9
	.quad 0x0000000000000330
	.quad 0x000000000000009f
	.quad 0x7fffffffffffffff
	.quad 0xffffcb53b81ad7ee
	.quad 0xfffffffffffffce3
	.quad 0xb5d07c8badb361e8
	.quad 0xfffffffffffffcff
	.quad 0x00000000000000d1
	.quad 0x000000000000030a
	.quad 0x02000000
	.quad 0x60000000
	.quad 0x41cbf728268d229d, 0x2e1378e6ff828766
	.quad 0xfe734aa0e3ffe97e, 0x4010000000000000
	.quad 0x41f7756f9509a442, 0x8006fc48c232ed09
	.quad 0xb8d05496922e0000, 0x46bc12abc0fdd3f7
	.quad 0x7f000000fcaf09e9, 0x4fc06af0fcdb77be
	.quad 0xd0b8bcecb67fbbff, 0x498f7951ffdffb23
	.quad 0x7ff0000000000000, 0xbb78f7e9a6ccffe9
	.quad 0x7f80000040ca9f2c, 0xffffaf341b1d5df6
	.quad 0xf29dcdd040300000, 0x4780000100800000
	.quad 0xff800000c5400000, 0x808000003bd1d662
	.quad 0xc22b0c8adf4b694c, 0xc12523ef3ff28f1c
	.quad 0x4090000080000000, 0xbfb8d7b4b2bf56d1
	.quad 0xbd2df9f0ffc00000, 0xda0000007fd10cd4
	.quad 0xff7fffff803d51b8, 0x7f8000007f8b56b3
	.quad 0x0adeab6acff431ff, 0x433dc14299570770
	.quad 0xc8d4e3aa5386788c, 0xc359f87641ce8039
	.quad 0xfffec9f51af87a80, 0x7f80000080800000
	.quad 0x3fae000000000000, 0xfe800000677f2c22
	.quad 0x35f7dd4bf9ffeefe, 0x727a497e3ff665df
	.quad 0x5e1df277ffca7b86, 0x3c14526a734cfe92
	.quad 0x3f4017b3ff5cdefc, 0x7fc00000bdfbb1b1
	.quad 0x3bd4941d7f96ebd7, 0xe3d5ccb7fbcb4680
	.quad 0xff8000003b28fe60, 0x3fe7e418803922b9
	.quad 0x3288783effe7dfbd, 0xef984bc07ffefd9e
	.quad 0x4a617b36ff7ebe77, 0x53a905b7ffbfb7b8
	.quad 0x256c4b3583602c76, 0x7ff1f4eac4870c54
	.quad 0xff825e7680667e77, 0xac15921cc7800000
	.quad 0x7cb3279cd97fa7ec, 0xfffc5fd37133b437
	.quad 0xc7f0d40e8a07fe00, 0xc7eec5c000000000
	.quad 0x7336ea6747800000, 0x7fbaafc67fa75e9b
	.quad 0xbf4f98f8807fffff, 0xffee3fe99f54d8d1
	.quad 0x8a06b340beee0000, 0x2fe6c38a3ed5c627
seed62:
	.quad 0xffffffffffffffee
	.quad 0xffffffffffffff07
	.quad 0xfffffffffffffdce
	.quad 0x866ec5218452d7ca
	.quad 0xffffffff0fba34e7
	.quad 0xfffffffffff6b072
	.quad 0x000051a5076803e7
	.quad 0xfffffffffffffe32
	.quad 0x00000000000043ac
	.quad 0x3003adae3d72ba97
	.quad 0xc327ad9c6fed2731
	.quad 0xfffffffff5a006a0
	.quad 0xffffffff80000000
	.quad 0x08d93ebf80677df1
	.quad 0xffff40168368d889
	.quad 0x013ff12f4e75f923
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xfffc7d17cea82257, 0xe7489bce081a38f7
	.quad 0xbf9ac29656d039bd, 0x4f5b76dffcdede92
	.quad 0x7e20c4093bc150a0, 0xffaef3be576586e6
	.quad 0x007fffff010d408f, 0xffab4f3751fd5c3f
	.quad 0x8000000000000001, 0x4022800000000000
	.quad 0x41f66cdfff800000, 0xbfa0d3f848de863d
	.quad 0xc013000000000000, 0xc0fffffffffffffe
	.quad 0x6f10def06ddeffff, 0x7799293bc7800000
	.quad 0xb7b80000feb8a71c, 0x7fe651e6bfe00000
	.quad 0xc05dc247736666b9, 0x7ff0000000000000
	.quad 0x3f44e00000000000, 0x426c096b3e800000
	.quad 0x0000000000000000, 0x37b70000c38efdbc
	.quad 0x3fc1b422370a9f7d, 0x3feb8b6bc2f2c1c8
	.quad 0x8000000000000001, 0x6e1f616947ed7e00
	.quad 0x826d6fcbfbf94a55, 0x43f0000000000000
	.quad 0xf8110ba6410e5da9, 0xfff5d1d7b3a2efab
	.quad 0xf0652ee4511e1e47, 0x0257430dc48efd5b
	.quad 0xfff8000000000000, 0x434dfea19ced93b4
	.quad 0x8000000000000000, 0xc084a599412f92c2
	.quad 0xff8000007f0f02ef, 0x9b8522cc7fb5d54d
	.quad 0x424c0000000cf2d6, 0x075e0b35f01e7de2
	.quad 0xd1ea343ded93b5f5, 0xc2d4dc2d80400000
	.quad 0x0e5dbd460b8cf04d, 0x667048427cffffde
	.quad 0x3fc1000000000000, 0x9c5d341af7e94000
	.quad 0x81bca70d1eb288ea, 0x4019800000000000
	.quad 0xbb824b55bc7af7ba, 0x7fdc0492594bbf7d
	.quad 0xc05183ab2a1cb2ee, 0x7f80000000000000
	.quad 0xc051598a768b2a32, 0x80000000003e4c3a
	.quad 0xc74ea22e8e492d65, 0xfff0000000000000
	.quad 0x7757a249ff800000, 0x4830c69638f6bf90
	.quad 0xbbc7bcd270fdc840, 0x40a80000ff800000
	.quad 0xffefffffffffffff, 0x00000000fdccf31a
seed63:
	.quad 0xfffffffffffc9de4
	.quad 0x00000000000009e9
	.quad 0x0000000000000000
	.quad 0x9e3755df8800697f
	.quad 0xffffffffffffffa1
	.quad 0x00001c080a1e59bc
	.quad 0xffffffffffffff61
	.quad 0x0ca464787283b6ef
	.quad 0xffffffffffffff91
	.quad 0xfffffffffffffe82
	.quad 0x000000007fffffff
	.quad 0xcdebf0bdcda57a5f
	.quad 0x0000000000000353
	.quad 0xfffffffffb920a62
	.quad 0x0000000000000007
	.quad 0x4914cbcc1cbc3069
	.quad 0x03400000
	.quad 0x20000000
	.quad 0x3e2b25657494f9f6, 0x41fc4fa8bd97935d
	.quad 0x3f814dbbe7b920d0, 0x7fd9189570ed9b9e
	.quad 0x5ce2966b97ec09ad, 0x811da9fc843c3f28
	.quad 0xe53d0bf4fa7bfdfe, 0x840146c1ac4c4039
	.quad 0x1c80508f0415736a, 0xff8e0cac3d3933f1
	.quad 0xc0d00000f0ddde4d, 0x06d5975e753d4f6c
	.quad 0xebdb8780f239feb6, 0x000184f72256616c
	.quad 0xf5bca1a5598aee69, 0x6e1860a5ec7a7f6f
	.quad 0xb513b2c334da9bb5, 0x903882ac3cfafe00
	.quad 0x0000000080221cc0, 0xbe8ab020c1c69d1e
	.quad 0xc00c5f6cf4fe6223, 0x89f9b210cc40cb02
	.quad 0x85ba3cc1beae34c6, 0x8000000000000000
	.quad 0xc33fffffffffffff, 0x40100000ff7dabe6
	.quad 0x7ff0000000000000, 0x1d115676f3d9fb65
	.quad 0x742e38ce8fb88000, 0xc03c7ecaa0b15bcd
	.quad 0x800000007b46e217, 0xbf852bd20d8ebb3b
	.quad 0xccc892b17de178cf, 0x3c93f0d9e86a1362
	.quad 0xfff0000000000000, 0xbc1de07280f05d98
	.quad 0x97186223fdef78d7, 0x3faa4671bb800000
	.quad 0xfbd5b0a051169162, 0x7f9638c67f9a84a1
	.quad 0x8270bf5269474480, 0x46c458dbc5fd08c1
	.quad 0x8904c3958bd5aafe, 0x7fd98819fef5a694
	.quad 0x9f91103f45097c00, 0x4013000000000000
	.quad 0xc0368dc5abde79b7, 0x477dfcafefb9f9be
	.quad 0x83a8dc76b74931df, 0xb3cfd08bc1aaa1f1
	.quad 0x1a6020dbe38b8000, 0x7f050d3a3f304c0b
	.quad 0x1ef1a4889cd4fc00, 0x40407b3cf7fb2d75
	.quad 0x7ff0000000000000, 0x7ff504938163158b
	.quad 0xeb52ecd7d1f7bfe0, 0xaa71ecd6c6fbfc00
	.quad 0x8e2d85518f7fffff, 0xa18b9364e8d4fc01
	.quad 0x9ea7844d3d59f39b, 0xf49ff313a3a218d8
	.quad 0xffe9ed407fc00000, 0x7fd2d3703a5a8a0d
