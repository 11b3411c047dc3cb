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
	.inst 0x1e24141d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3801a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e43f9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e59c203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fcd9974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e70fdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2da54f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e25c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f001018
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
	.inst 0x6e616afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03999b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e25ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea1fa3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eb9e53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42101f
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
	.inst 0x4f7afd50
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
	.inst 0x1f4b4552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e28ddf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67fc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eeec496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee4d417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e73b5c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f631879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e22dcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20024e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65008f
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
	.inst 0x2ea0f810
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
	.inst 0x4e6168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e27d613
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
	.inst 0x1e683915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e19da26
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e603877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea0f919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2178da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eb9fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2301bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61b9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1995f
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
	.inst 0x6ea8ed10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6ced71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6838b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21ba34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e218875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4431d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f058df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc899f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3408d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6afd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63399b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b28dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20783d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4a12de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee5f5ff
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
	.inst 0x1f0eb9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eefe451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6169b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcf9835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eaec5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1a877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e210919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6b065b
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
	.inst 0x1e6a093d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b581e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3901cf
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
	.inst 0x1e3000a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0c8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e32f674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f35fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f38e436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7801c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e318819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f5be5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18e4ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6408fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03ad1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f428fbf
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
	.inst 0x6eedd5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e234a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fa490b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f70a033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea2ecd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2bf515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1a959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc3989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2189fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eebf49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e235557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e58fcaf
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
	.inst 0x1e2148d0
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
	.inst 0x1e6a8a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e680063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3018d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2200f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ffc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e640879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f26885a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21d91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18e2ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e37189e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23011f
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
	.inst 0x5fcd5850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e216871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21c8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6038f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e244115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcd19f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e32cc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e270998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e300129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a595a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2bf01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21ef7f
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
	.inst 0x1e680160
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
	.inst 0x4f891212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cf4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2ee45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e653895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea4f616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc35097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eead4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21781a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d29bb
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
	.inst 0x9e021c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e42b91f
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
	.inst 0x5ea0c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d78b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6738d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f499e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6198b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f705175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f8659f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f258898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3b5019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e78032c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61ca1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e69034e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1ba3f
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
	.inst 0x5e24fd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e6169b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4c45f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f26fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3320e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e29067b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c1c77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71499a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6802eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e758c9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c95f
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
	.inst 0x9e280160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e42a031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f250192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e720c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4f41d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f4ae615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fb451b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2549f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef2d6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25403a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e383b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f43e4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0c8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f4cfc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21433f
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
	.inst 0x5e6fe550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c132
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
	.inst 0x1e722914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e75dc76
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
	.inst 0x9e3801c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21ba1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1da5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e63cdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d495f
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
	.inst 0x1e2ee4c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6158d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb2e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02c4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3319b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eabc59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b5b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fcd12dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b29de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a199f
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
	.inst 0x1e6bb010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0e991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2fc4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e218853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e270a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e436935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee189b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e20ecf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fb898d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24f46a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2cd41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f740a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1db7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c13f
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
	.inst 0x1e626810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6640b1
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
	.inst 0x4e616953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f74c576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea198f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3900e9
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
	.inst 0x1e61885b
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
	.inst 0x7ef0c83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7101ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1b9df
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
	.inst 0x9e610060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f511e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc859b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2800c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eede498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c785a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18e22b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb3d4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1fb5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2628be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f603dff
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
	.inst 0x4e69e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee241f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21a8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18c603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2518d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef5d4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e24c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1b918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e66cdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7059ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21b9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e6168bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21587f
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
	.inst 0x4e66e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f20c5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2179b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58ea65
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea19896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e27fc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3901e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70da9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eeaed3c
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
	.inst 0x2e6168fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f27e41f
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
	.inst 0x6ee6e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59a802
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e240264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a38b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e309c96
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
	.inst 0x9e193a88
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7479d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6b5c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6e149b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6800ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0c59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea0da1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f72b8bf
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
	.inst 0x1e300180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6fc611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e42c5f2
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
	.inst 0x1e703874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e1a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f643417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f609278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f62bd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69785b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4419fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a48de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63003f
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
	.inst 0x0f8991d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6508b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03a874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e747955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fcd5296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1b9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e381019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eaded1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea6f41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63489f
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
	.inst 0x9e780000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e28edb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcc99d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1a9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f761aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7800eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6138dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc190dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e685b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21008f
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
	.inst 0x1f628010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3801a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b1504
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea19a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea19a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e589407
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6401a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e281a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eaed5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30c8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2af53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0d9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69185f
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
	.inst 0x1e244090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e724c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f509e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e23ed35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202d56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e684628
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f811958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6448d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea3f53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1d83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e20fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f21e5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3b593e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6949bf
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
	.inst 0x1ee24050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2618d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2640d2
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
	.inst 0x1e6201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea3c695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f031476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f2a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e221a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea1c5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3508fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e6adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e74ec7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e65fd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee0e9df
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
	.inst 0x6e30f830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61c9f1
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
	.inst 0x1e6a1913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e19fc84
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6200b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e612190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e3997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2201b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3018b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f252c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2edd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7a8a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f62df5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c1ff
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
	.inst 0x1e2829f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6189d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f76fc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a4914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e022515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f3039d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f76ad17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e28b018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2002aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65197b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19cf6c
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
	.inst 0x5fbc507e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee4c5df
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
	.inst 0x1e2a3930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21b832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3209b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f25b1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6140b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1a896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6102a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6fcdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef0c4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e25fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21787c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eacc4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f07011f
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
	.inst 0x1e6fbc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1a854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e305438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e631876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6242b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5eabfd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e390109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e70016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e37f01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a5545
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f33ff9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25299e
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
	.inst 0x9e690120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e673a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e29f5ef
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e63cd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc29819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61d9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e63fe9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2440fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e1868cf
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
	.inst 0x1e2a1970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e619871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e19bc23
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f312c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f080236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e33ddf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e1989c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a081a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2478dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2fa500
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
	.inst 0x1e2458d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd09a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e252813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f00c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fad1175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e75ddb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eafe518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0e8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7186fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30c9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d5d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e663afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2120a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602158
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
	.inst 0x4ee1d910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e653a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f512c12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcc9a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2188b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4e9136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eead4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30dab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f4a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0d95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21a8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e70e53f
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
	.inst 0x7e70f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2fdc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3148f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e71fc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e683816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f460537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21bb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78ec7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6100ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2740ff
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
	.inst 0x1f0920f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2001a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a3975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e294cd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d4937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e211999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f18bd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e188c0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e189f6c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e641a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202228
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
	.inst 0x1f6e91f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea9fc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e240062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21a973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e250127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2738d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f265d1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e71fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4e903d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e292100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6201ff
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
	.inst 0x6ea1b930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fd059d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21b912
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
	.inst 0x1e58ce04
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f661455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e26f456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea4e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e616958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f60fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fd398da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22013c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e781d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e273f7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2300df
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
	.inst 0x6e60ec70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e18c501
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2120a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef4f4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e038096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e0360b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61c9b9
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
	.inst 0x1f2d4dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2401c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e272010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f68915e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70d81f
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
	.inst 0x1e6c0970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6438b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6501b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3019f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6188b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e213018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f679719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fad99fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb4ec9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e4371bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b299e
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
	.inst 0x1f4ba430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6440f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eaad612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3001e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e60d5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e62fd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e20c637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e272878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e68f5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1a91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1ab5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e63d51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eefc49f
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
	.inst 0x1e65c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f21fe12
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
	.inst 0x1e65c134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e380065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea2c576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2cf532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e261cb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eaff499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e740b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f62bcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d1b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3802cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602000
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
	.inst 0x1e6d5950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee241b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c032
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
	.inst 0x9e6901e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e67f5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea5f656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e29dd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e182828
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f69feb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6421c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e68ef1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2ca52e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1d83f
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
	.inst 0x1e7900e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e29354b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb3d594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2d1e96
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
	.inst 0x1e6d2898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21d9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f43311a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21da9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eeed41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee7e73d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2849de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e63fdff
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
	.inst 0x1e600830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f709cb1
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
	.inst 0x1e18e5e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e292974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e338895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2301d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0f878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e283959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20089a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eaff41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc9109c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6278de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7e489f
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
	.inst 0x4e6199f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30ed51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e262050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e618918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3802e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62283b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e68ec7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c2fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68897e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2ef5bf
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
	.inst 0x1e230090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e637831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f720e33
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
	.inst 0x1e7168f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616836
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
	.inst 0x1f273cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee4e539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21683b
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
	.inst 0x5e71dc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6199de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3002ef
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
	.inst 0x1e22c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eebe491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0d814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2ef415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0e996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1ec77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e34dd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e613a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f973a
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
	.inst 0x5e69fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c3a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc3997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0c8df
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
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2ec611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee8d5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e583066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e617937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ecef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e617a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e028d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f30febb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e354c3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43849d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67189e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e7aecbf
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
	.inst 0x9e021570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65a425
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1a973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea8ec74
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
	.inst 0x9e290026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6642f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e290a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6cb53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea0d9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fb41bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f183f
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
	.inst 0x1e2b6930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea9f4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e030972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e729014
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
	.inst 0x5f811916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee1a9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6139d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e249595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c181b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65087c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f41085e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6621b0
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
	.inst 0x5ea1d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f919092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea6d4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20d014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e28455c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e310246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6321c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d8a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e298879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f789a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7138bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7478fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea198dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e619a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc798ff
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
	.inst 0x1e23c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3e3011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61a8b2
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
	.inst 0x1e235974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f1230b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f67e677
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
	.inst 0x7e70c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3800aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d297b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c487c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fa499bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f35fedf
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
	.inst 0x6f21fd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f3dfd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e228874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f2ee5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6500c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34281a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2ee53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc290bf
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
	.inst 0x1e65753a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2068f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f39fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2904d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6300d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0f8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f2afd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc119fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e241adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e292170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c07f
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
	.inst 0x1f249550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6001a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2168f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3ed014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc551d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eaaed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f919137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6189f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa650f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70d93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e28036c
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
	.inst 0x0f34ff1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23009f
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
	.inst 0x0e22d530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea2fcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e25e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e21a9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f8958f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e712ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3008f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0e95b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f7089f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c5559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f081b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19e60c
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
	.inst 0x1f0eac9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39014f
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
	.inst 0x1e624130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7801c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7801a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e969f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f088217
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
	.inst 0x5eb2fd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b599a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0fade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21b95f
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
	.inst 0x9e580cc0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e631a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f3000f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e790043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e780204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea3d575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e305836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e62d4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e4298f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6169da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c29b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7649dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f28149e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201df
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
	.inst 0x1f44a550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3028f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e323813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67ce54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f27fdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e311016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2eecb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a7979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e6169ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e237c3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e691b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee241fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30f9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f359d7f
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
	.inst 0x6e6ae5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2029b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e60e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6201d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f829176
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
	.inst 0x9e6301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6129d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1feda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e02947b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e70f43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e614541
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc3909e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3029df
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
	.inst 0x7eb0c8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0d04f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f23e412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e67e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e0634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21ba55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f740e18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc71239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea199ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d68bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc4109c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eaff53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0fabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d19df
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
	.inst 0x1e60c1f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7bf012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fb21093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fb05154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f62fd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0eef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21d81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f18bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66c6b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e29022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fb5593e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee0ea3f
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
	.quad 0x000000000033835e
	.quad 0xc31afb94d94e6b7a
	.quad 0x00000012da0d1de7
	.quad 0x000001f744bc884a
	.quad 0x0000000000000000
	.quad 0x0000000000000142
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0xfffffffffcecf777
	.quad 0x00000000ffffffff
	.quad 0x00024a7f2ae38177
	.quad 0xfc4737c0f7d120bc
	.quad 0x0000000100000000
	.quad 0x0000000007a92609
	.quad 0xa405d7936c924ba4
	.quad 0xeaa1caf3a99deb92
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0x29e2b7cb705b0b95, 0x163b7c617fefdf6e
	.quad 0x47fffffe80223414, 0x00425c0a00000000
	.quad 0x7f80000081000000, 0xc034cb400078a230
	.quad 0xba62bf6df29ea2aa, 0xda4e8ca5ff807a0f
	.quad 0x3fdfed525a3a2d2c, 0xbd71f8baff063011
	.quad 0xcf000001ee3b50df, 0x3bc1163d00000000
	.quad 0xa14c93ddf8ab1161, 0xb7c60000ff8fefd5
	.quad 0x41cd792dc07ffffe, 0x8000000000000000
	.quad 0x168028cafedffbbe, 0x00ae331357f80001
	.quad 0xff800000421d1f7f, 0x035d71d189cfe05b
	.quad 0xde51e239bfeb7f5f, 0xc266154c41414bc5
	.quad 0x79b1a6c2fcd70500, 0x00000000b7320000
	.quad 0x725d45a46eeffefe, 0xbf8fdffe72566151
	.quad 0x59174cf2bf922d0e, 0xfe9cd940025128a6
	.quad 0xffc230862c20dad9, 0xd407868eaded4740
	.quad 0xbfdc000000000000, 0x0005b6627fc00000
	.quad 0x598000013fa6195b, 0xacb7270897ffc62e
	.quad 0xff7eaadbb68b0000, 0xc1e0000000000000
	.quad 0x32868740cb1a5299, 0x0dc7d04c09827c00
	.quad 0x521556ef55f5399b, 0x82bd67113aafb0f1
	.quad 0x00000000ffc00000, 0xbf4c000000dd2e0a
	.quad 0xff800000871f0319, 0xc0fbc6660c57076d
	.quad 0xc49cccb14251f0c4, 0x5460082cbffd8a57
	.quad 0xe082a227aa59fc00, 0x3e217cf047b07e0c
	.quad 0x17034fd7e7be3fff, 0x40780000c14f110a
	.quad 0xbf4fa00000000000, 0x7dce3c59ffdfffe4
	.quad 0x051e21b96f757ea6, 0xcfaf8912ebebf11d
	.quad 0xd8b81a9fce982ae0, 0x0132980e2bdb1387
	.quad 0x5f7fffff7f9d0349, 0x801fffffffffffff
	.quad 0x55e07b2a5e508000, 0xc038306105f2f6d4
	.quad 0x7ee93a6dbe2c40a8, 0x4fa612a0fddbfdfe
	.quad 0xf72bc83ebff7e427, 0x7ff02a4eccf3d4b6
seed1:
	.quad 0xcdbaf021aecadb05
	.quad 0x031bde4f62f64e4d
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe9c
	.quad 0xcee87b99b25da2d8
	.quad 0xfffffffffffffef1
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffff9
	.quad 0xf93f05f9a704763f
	.quad 0xad21169ff404b71d
	.quad 0x00000000000001b7
	.quad 0x000000000000028d
	.quad 0x798cca4376769476
	.quad 0xe07221c9a7c9f862
	.quad 0x53c398106b5b6903
	.quad 0x0000000000093611
	.quad 0x05800000
	.quad 0x50000000
	.quad 0x001fffffffffffff, 0x00000000ffb6a627
	.quad 0xfd219da38391486d, 0x7576307e17c63513
	.quad 0x2bff755c7f71ef17, 0xffc00000aec7dd09
	.quad 0xc06e65494079c8ee, 0x805715eddf7fffff
	.quad 0x7fc000007f800000, 0x9f9c8376ffeb1bf4
	.quad 0x98333434bb81c9db, 0xefa1bc8952c5fd51
	.quad 0x5c1e2500fd57de97, 0x401c000000000000
	.quad 0xbfcf200000000000, 0xcfdee4780893ea00
	.quad 0xc12c3f6cc0180000, 0xffbac9488cd60536
	.quad 0x47bd32b3c4600000, 0x036755c03a32e181
	.quad 0x74f0320bf0dfcb60, 0x0c46e9917fda7ee5
	.quad 0x420e6b163e20ab6c, 0xc08c00003e7ad3c8
	.quad 0xbf51866effe9cd93, 0x35800000da7fffff
	.quad 0xfff530c4c44f378d, 0xd790874891b59ee5
	.quad 0xdff74e6effb927df, 0x6f0add9be9fb8000
	.quad 0x3fdb7831373558eb, 0xc3d96fc000000001
	.quad 0x6822e519bf5efbf2, 0x7487900fffa9b69d
	.quad 0x7ff0000000000000, 0x40f8000040bc0000
	.quad 0x7baa22cd7ff3f433, 0xfffee7edef6a3e43
	.quad 0xc12f5df688684170, 0xfe977f5cc88f8000
	.quad 0x40d0e00000000000, 0xbfdaa94942e1afab
	.quad 0x8009cb6d258f5168, 0xc940000000000000
	.quad 0x024eda2616794887, 0xffc0000004f3cd38
	.quad 0xbd553e8467e3d268, 0x3fb412aa6ce36daf
	.quad 0xfff0000000000000, 0x7fe2311800000001
	.quad 0xc201482f7f800000, 0xc0b6393ecee9126d
	.quad 0x6a9d4257acf67ab2, 0x8075fea9d9fffffe
	.quad 0xfff99e6ca06ca43e, 0xfff07c13b0f1c770
	.quad 0x5d0ecdd629b50178, 0xffdfffffffffffff
	.quad 0x07adbe36877fffff, 0xb9122add81faffd6
	.quad 0xd22961da897949a0, 0xe39340e6cffffffe
	.quad 0x6a66c5f8d373effe, 0xc0b000008a9a8cfd
seed2:
	.quad 0x541fd4a4327993b8
	.quad 0x081941969c924092
	.quad 0x0000000000000003
	.quad 0xffffffffffef2dc4
	.quad 0xfffffffffc2c89c5
	.quad 0xfef56eee34971fb8
	.quad 0x35fdf0d1648b34ad
	.quad 0x2c3ff94cfc382524
	.quad 0x00000034b6243f68
	.quad 0x0000000000000131
	.quad 0x000000015929c2ff
	.quad 0xfffffffffffffe7a
	.quad 0x465d16cb39539d18
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x03000000
	.quad 0xa0000000
	.quad 0x51cd92807f91fd6f, 0x7f7fffff807fffff
	.quad 0x5682464bc9f1df58, 0x802142b0f0f50f91
	.quad 0x2ba7c402bedfffa0, 0x99967d034ea77f72
	.quad 0xc8ec62a4fb9a6ecc, 0x4358a451ff9cc5bd
	.quad 0x6dac16dd79094f29, 0xbf97b418c0953392
	.quad 0x7eaf5ed0f680688c, 0x00ee520dd2cfe0c2
	.quad 0x2f352b27b4ce7e0d, 0x001797ae7ff10ee1
	.quad 0x43cd8f19d05ef99e, 0x282af465fff6fbff
	.quad 0xb70fadc79ed8a934, 0x70aaae8d59caf93f
	.quad 0xb06ba2c7bfffdcdf, 0xebe67e34dfef8b9f
	.quad 0x76c69b0ce4ac805a, 0x43e0000000000001
	.quad 0xb5fd32be7083adfc, 0xc42400003fe00000
	.quad 0xed1c246ae33c7d7c, 0xff8e72f4971d7f3f
	.quad 0x14cf635a34c69ea0, 0xab5fba44c0825e6c
	.quad 0x80000000c1c7a8d4, 0x8044af39006a0880
	.quad 0xffd00686ffd8ad96, 0x7ff0000000000000
	.quad 0x15ba0e32d9bdbb80, 0xb494dab05a6c8000
	.quad 0x42fe167eff800000, 0x0008935f137a59dc
	.quad 0x87bcc310f1ad8477, 0x7fc00000c0c72f9b
	.quad 0xd9b9850df31a4d82, 0xf70c8a7425a4fc02
	.quad 0xff800000ffe141ce, 0x1adeb3ea51a62f58
	.quad 0x090f5bbeb2877e00, 0x6be27399eba06c9a
	.quad 0x803955530a135680, 0xffc0000000000000
	.quad 0xbf193071b7f957c0, 0x27d12d54fb0728b4
	.quad 0xc0a0000000000000, 0x001fffffffffffff
	.quad 0xb6c7fac27ffefdb9, 0x1b04a9bcf3795505
	.quad 0x0f13031cd7b746fc, 0xda169480bfe52293
	.quad 0xaf8e403ee4282fe9, 0x74fcf687b662ea1a
	.quad 0x003720b1c3a1fad7, 0xc00a000000000000
	.quad 0xf6a7408ee472b374, 0xe54dacfc75b1fc70
	.quad 0x723eed3980000000, 0x0000000000000000
	.quad 0xbf84f747440bc66d, 0x80071ad4d6cb92b9
seed3:
	.quad 0x1b0f524eb6708018
	.quad 0x8000000000000000
	.quad 0xd67b603027965576
	.quad 0x0000000000000070
	.quad 0x000000000000005d
	.quad 0xce98d478ab62894b
	.quad 0xb696c0445c62a58a
	.quad 0x0000000000054f81
	.quad 0xfffffffffffffdb7
	.quad 0xffffffffffffff1a
	.quad 0xfffffffffffffcd1
	.quad 0x5e37720e409fc981
	.quad 0x04e9e832d7a7f344
	.quad 0xd539d8b0643a1313
	.quad 0x00000000074f719d
	.quad 0xd822ad79573ca94f
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x0b9ae972ca8a359e, 0x7fc000007f800000
	.quad 0xc05a041e2c341aae, 0x000fffffffffffff
	.quad 0x7ff02d90d0253f89, 0x1bc05afca27fffff
	.quad 0x944ce230c22ba089, 0x92830b2f8b51f9ab
	.quad 0xf3ba90a54fa0c205, 0x401c000000000000
	.quad 0xd82e0926777debdf, 0x801fffffffffffff
	.quad 0xbf8c800000000000, 0x0bda73a0407dfd31
	.quad 0xffc000009176ee60, 0xffc000007f800000
	.quad 0x4002ed6a207de1a5, 0xfe80000010250e6d
	.quad 0xc81000003ffffffe, 0x40c80000da000000
	.quad 0xc86648e3ffe98000, 0xc14fa3e00745bc00
	.quad 0x74727dbd004d21cb, 0x8000425148686173
	.quad 0x4133f24ebf800000, 0x7ff0000000000000
	.quad 0xcf5f90949fb5feff, 0x400449d99e2413ed
	.quad 0x80ffffffc16b1e7a, 0xfff0d83f38e56e76
	.quad 0xaee71938296a1ec2, 0xa26a3c00ff6fff9f
	.quad 0xffcdf6e9ff800000, 0x800000017f800000
	.quad 0x017c06ee129083e2, 0x3f635a50fa5fdbff
	.quad 0x7fefffffffffffff, 0x802a8ce701760994
	.quad 0x80776b53014c2500, 0xbecf000000000000
	.quad 0x47fffffe3e206c9a, 0x7f8000000ebcef32
	.quad 0x4987a51dffc20bbf, 0xb9540d88796efd49
	.quad 0x401e000000000000, 0x8490a95f5f000000
	.quad 0xff8c415740800000, 0xff8000007f49e8ab
	.quad 0x405e8a36e9a6bb9f, 0xf13783da7f800000
	.quad 0xfff1edde455c0000, 0x27fae29abf277c00
	.quad 0x5440cd9541140000, 0x00000000bd766f0e
	.quad 0x9d388f7efeffefef, 0x2c27e2fc8eccfd61
	.quad 0xc108c00000000000, 0x7ff3eaa15df8851e
	.quad 0x96eb0601de4600f2, 0x80400000bc800000
	.quad 0xbfe9ff3bb22114e1, 0x40650bda78c54432
	.quad 0xf84d6e63419e8334, 0x23f75a63e3868187
seed4:
	.quad 0xf087f3f5b07bd790
	.quad 0x000000c01edfea3e
	.quad 0x000000000019d216
	.quad 0x0f69b995a35273ca
	.quad 0xffffffffffffff97
	.quad 0xfffffffffffffe15
	.quad 0xffffffffe28d364c
	.quad 0x6b345e8f345b4b6f
	.quad 0xffffffffffffff70
	.quad 0x00000000ffffffff
	.quad 0xfffffef98c11a840
	.quad 0x0020000000000001
	.quad 0x000b9b038734682a
	.quad 0x5cf8165e130279fc
	.quad 0x00004c50aa30c924
	.quad 0x00003c6bbb45ce13
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xbe8e10a3fffb7df8, 0xf90e5df5bc9ec759
	.quad 0xc27a3d6affc00000, 0xfb4316d968fbcaee
	.quad 0xbfc0000000000000, 0xacd3a271feb803dc
	.quad 0xbfef11581bf4bce7, 0xb3a9b811b388f64c
	.quad 0xc1a5d43bc8368000, 0xfff029d3e60268f5
	.quad 0xbb251737106c1d6f, 0x158c69e7003a1236
	.quad 0x3faf000000000000, 0xc480000080000000
	.quad 0x7fff2fe88b9077a8, 0x60ef2885108d0000
	.quad 0xd99dae8e8e2e7f3c, 0x11fab882ff800000
	.quad 0xbfc28c848af6636c, 0xffe57f32ea89ea96
	.quad 0x800000003f069207, 0xbeba000000000000
	.quad 0xbfb3ed4bb2c4f6db, 0xfd73bb00edf23b24
	.quad 0x03f1c551ffadff70, 0xedd92607ffbf4417
	.quad 0xcf239d58c5604820, 0xa4440bcfa68b3370
	.quad 0x90ea9a39477fffff, 0xc31ba30ea9a1c3f4
	.quad 0xbfd4c39f5c177fbc, 0x42e718ff7fc00000
	.quad 0xbc6000007124bd56, 0x7ff668ec78003970
	.quad 0x1bc7772144d0f4dd, 0x95e4c168ffb812cd
	.quad 0x98b74c85becbd9ee, 0x8b96d78e2dabebd2
	.quad 0xc0490776fdcfe926, 0xffa397113ddac6fa
	.quad 0x44b100fc8fee7d98, 0xc1180000800aab0d
	.quad 0x7ff0000000000000, 0xffa32f22c1741c4c
	.quad 0xff800000426a984e, 0x8000000000000000
	.quad 0x0000000000000000, 0xfcf90e87c81c0000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0xc0e0000000000000, 0x7fd370e4c1080000
	.quad 0x0000000036480000, 0xc00edbcbbd8544b9
	.quad 0xd7447fef0d48bebf, 0x95e45c5f973a7c00
	.quad 0x6df94094c3d0db03, 0x15741c06c2456231
	.quad 0x807fffff005d8216, 0xfef52ed430282a4f
	.quad 0x7f800000117bc1e6, 0xcf48bc9d8efd7e1f
	.quad 0xfff8000000000000, 0x3fcff773bff00000
seed5:
	.quad 0x0000000532c0193b
	.quad 0x393a838f83856ec6
	.quad 0x7a40cbcd9e2f7f91
	.quad 0x0000000000000363
	.quad 0x0000000000000001
	.quad 0x0000439cb65a64b7
	.quad 0x0000000007553f84
	.quad 0xffffffff80000000
	.quad 0x308769b8b5458716
	.quad 0xfffffffffffff5ae
	.quad 0x999d346e27f08ed8
	.quad 0x9b195c0bd02dadd6
	.quad 0xffffffffd3282be3
	.quad 0x185e0ebce6a63608
	.quad 0x000000000000019b
	.quad 0x47253da64e492a81
	.quad 0x04400000
	.quad 0x70000000
	.quad 0x38eb00007eadc90d, 0x90a8bb699ce636ee
	.quad 0x03ab9ca90cdcfe0c, 0x1a31b39e7d265f14
	.quad 0x0040350ff8e5a075, 0x461f8000a203d602
	.quad 0x7ff7d8dfc0632d27, 0x8b4f093ba3649cff
	.quad 0xbe08d9858019806d, 0x7fc0000080699f4d
	.quad 0x9dd4172cbe95fd25, 0x0a29f6c0db59f9e3
	.quad 0xc3c46a7ec08ac6be, 0xbf7f795202852529
	.quad 0xfff0000000000000, 0x4757360d7b50dfb6
	.quad 0x817fffff5a000000, 0x4ae20dd750d4e429
	.quad 0x3760322f23e1810a, 0x230340135ac7d4b2
	.quad 0x3ff22c45717f0a2e, 0x653b4e127ee98fe7
	.quad 0x7ff0000000000000, 0xffc000007e800000
	.quad 0x403efd6d2ede5605, 0xc0a80000ff9b7b23
	.quad 0x814deb9c00d402b3, 0x7f800000d9f1761d
	.quad 0xfc54d89dff16f606, 0x7f800000fb8eee53
	.quad 0x6ee45cf24c28311e, 0xff80000040380000
	.quad 0x1f8a770ebfd3665a, 0x403556bd267d47ea
	.quad 0xc0355dd34a36cd81, 0xc72affa2ca735c92
	.quad 0xc18a532fffeb9388, 0xef21ee6b31dcc1c6
	.quad 0x12471962fffd7fcf, 0x3e8ecbe780000000
	.quad 0x8010000000000000, 0x7ea6bc46b7be758b
	.quad 0x7ff0000000000000, 0xfdd242f23ed7d9dc
	.quad 0x1391631ac69821b0, 0x80b1f7b7cd88d843
	.quad 0x76e25e86ada9dcfd, 0xc0efffffffffffff
	.quad 0xbe8000007f6efa2d, 0x3ef0100000000000
	.quad 0x7fb081ddff8327c4, 0x0d5bec0dc6585f96
	.quad 0x800fffffffffffff, 0x215782b24bacffcd
	.quad 0x92f32e407fd77df2, 0x52916980d0d95422
	.quad 0x60fb910f30fc0eb5, 0x7f800000ffc00000
	.quad 0x166727e910ed01f2, 0xbcf943d649f00000
	.quad 0x000fffffffffffff, 0x0000000000000000
	.quad 0x197d897afaca76bf, 0x014bee3541d7f79d
seed6:
	.quad 0xeeb6fa5c43aebfc1
	.quad 0x0000000000007f3c
	.quad 0x00000000000001aa
	.quad 0xfffffff9a4e23980
	.quad 0x00000000ffffffff
	.quad 0xffe620ed4189334f
	.quad 0x0020000000000001
	.quad 0x0000000000000203
	.quad 0xe900c37e8ce0a3fa
	.quad 0x000000000000021b
	.quad 0x000000000000034f
	.quad 0xdab6563f53c99084
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffed26
	.quad 0x00000000000000b2
	.quad 0x00000000000000f1
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x49de000018957179, 0x6c26622ad7ffffff
	.quad 0x187423f30f61cc19, 0xc4ef00009374b168
	.quad 0xaaad65107d798979, 0x7e800000456bd182
	.quad 0xfa7adf6abfbdceb6, 0x3fb359e59508eb8b
	.quad 0x7f800000bfdee0e1, 0xfffe576152c80e63
	.quad 0xbe50937dbc541f94, 0x543bd3741a0f01b0
	.quad 0x6cdc575ef8df8f86, 0x3f7ab1a1ffdce766
	.quad 0xa20be243cd31914f, 0x80000001b7f00000
	.quad 0x424fc51dbcb67462, 0x396e9444d36ff2db
	.quad 0x7fdd295f71642cbd, 0x0ff9b1f83edddfeb
	.quad 0x1e5195320bc87db9, 0x4016000000000000
	.quad 0x2fd2d55a4d7551f0, 0x975846af7f800000
	.quad 0x783d2b824fddca13, 0x7ff8000000000000
	.quad 0x0000000000000000, 0x7fc000007e800000
	.quad 0xfdd7d08a74548dc1, 0xc0c800004f23e89f
	.quad 0x496d2c90dc2dfc00, 0xd6035fffffbfdfc3
	.quad 0xfff8000000000000, 0x62af9e483875048b
	.quad 0x408800007f800000, 0x7da7e65155714a92
	.quad 0xfffdc96629d1781d, 0xf5c6d49800d28800
	.quad 0x462ab9682f350b92, 0xebaf91e69b0c7e00
	.quad 0x7eda5db9c25dfb04, 0xff8000003c3025bf
	.quad 0x4668cbca1a247e00, 0x7f4b0ab498134b99
	.quad 0x7fd9bcc0337f7168, 0xf3c365dff7757ec7
	.quad 0x7ff0000000000000, 0x90a9d63e7fc00000
	.quad 0xffc00000c16d3d74, 0x7ff0000000000000
	.quad 0x7591777f3fa00000, 0x75b8a5ebb3544cda
	.quad 0x5627d140aa3ffc00, 0x00012b14f0c5a959
	.quad 0xfeffffff80658d16, 0x00041c7a26037297
	.quad 0xffc73394f42f150e, 0x0c0fa988ffd33dd2
	.quad 0x8fb7c92bffde1493, 0x740f93e1d7fffffe
	.quad 0x3540c27ce38307ff, 0x5cb0bb01ffd7ed5b
	.quad 0x216ac84c4847a06c, 0xef5c97fcbffff353
seed7:
	.quad 0x000006edd317bad5
	.quad 0xbcad526e58f944f2
	.quad 0x0000000000000216
	.quad 0x00000000000002fb
	.quad 0x0000000001000001
	.quad 0xe1af9fdb04c64d5b
	.quad 0xfffffffffffffd5e
	.quad 0x1fe35efaf742c2e3
	.quad 0xb3f36b2ec23e7975
	.quad 0x75cc73e11a4708d1
	.quad 0x7e273ec565db0655
	.quad 0xfaf95f57badf5842
	.quad 0x000000000000000d
	.quad 0xfea1d49b758544e4
	.quad 0xba9a632455010a0c
	.quad 0xfffffffff6db494d
	.quad 0x01800000
	.quad 0x70000000
	.quad 0x0660104200248995, 0x3f8cbdaa1154d97c
	.quad 0x800000017f35533d, 0xdfffffff7fc00000
	.quad 0xc01b000000000000, 0xbf3c500000000000
	.quad 0x00256c2b77f0bcc0, 0x42ed59e5c041ecf3
	.quad 0x80000000bd3fb8da, 0x469a9c1efff67ffb
	.quad 0xed202ea7bf5924cf, 0xc020c00000000000
	.quad 0x46de93ac97bbf680, 0x7fc0000011001b7d
	.quad 0xf5729f81ffdb07c7, 0x598777ab3ef80000
	.quad 0x80000000c13ed744, 0xbb70000000000000
	.quad 0x8000000000000000, 0x80fae60052f6cc39
	.quad 0xc1b2cf2f0019c3e6, 0x020575e4d4a01927
	.quad 0x8a64e263e2caf8c9, 0xbfe20000bc68b210
	.quad 0x5f95cdf5c0303b73, 0x974d69307fd7cfb8
	.quad 0x399ed31849a7f400, 0x000000003d5d4c95
	.quad 0x8000000000000000, 0x411200000008acd1
	.quad 0x7e0304ebf7f5fc00, 0x227c20840ee52221
	.quad 0x838b77f723a22a19, 0xc023220362d05eb6
	.quad 0xd18aac6387d62acf, 0xe66e2bf23d3f8b17
	.quad 0xffbdf2ff8e96dba6, 0x752598a01bbe9920
	.quad 0x5179cb86c4a00000, 0x00078ae9f74053f4
	.quad 0x7f854a6000000000, 0x71a87f8fff800000
	.quad 0xa63f7d2a9810878f, 0x3fdf13dc63569d46
	.quad 0x4012000000000000, 0x3e9e8a11bc31dcff
	.quad 0x6d27e9db47de4100, 0x017fffffffc00000
	.quad 0x9edc5d4041c3237e, 0xfff598f8e6d36490
	.quad 0x8000000000000000, 0x3fb6e8aa98ad736f
	.quad 0x8008000000000000, 0x2842059dff7fffff
	.quad 0x806fd5cf40380000, 0x23a17441ff7fffff
	.quad 0x57b519dc6e2cfb4f, 0x7effd54d023fec7a
	.quad 0x804000003ff4406f, 0x7ff8000000000000
	.quad 0xbf1a00004679b043, 0x1acd2977ffd7fff4
	.quad 0xfff429315e4ff5d1, 0x000000008a1654d9
seed8:
	.quad 0x605578da74b2bc61
	.quad 0xffff34e810e262bd
	.quad 0x000000000000020d
	.quad 0xfffff854d40253b5
	.quad 0xc6f8e60a204ddeb2
	.quad 0xffffffffffffffff
	.quad 0x0000000000000395
	.quad 0x7a3c1936193aaf5e
	.quad 0x32f64468ce044dbc
	.quad 0x9e9f51d10efc4327
	.quad 0x000000056afa3011
	.quad 0x0000000100000000
	.quad 0xd2d5c7931eafb680
	.quad 0x02a5a92afe4d8a6b
	.quad 0xfffffff90761a0a2
	.quad 0x4849a6149efb9907
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0x68d9411147ffffff, 0x00a34fe23f784ad7
	.quad 0xfff1f79bf93e05e4, 0x7fc00000007647b4
	.quad 0xed7e9e56821982a3, 0xc1a0cd2180000000
	.quad 0xfe649967cd140000, 0x8000000080000000
	.quad 0x80e2184f00000000, 0xf33a3f12ce4ebe94
	.quad 0x03db074d002ba2de, 0x1c1f4b3a36900000
	.quad 0x4018000000000000, 0xbd4a145f8012fec5
	.quad 0x4043a052d4ea3c7b, 0x404a75e6b26b3408
	.quad 0x127fbf9d4ff0dbbe, 0x5c8bf9833159df83
	.quad 0x0000000000000000, 0xfffc010e82790add
	.quad 0xc00e000000000000, 0x06b1eaa222658200
	.quad 0xfe050585f62f77bf, 0x38459734b847f863
	.quad 0x7ff0000000000000, 0xffe0000000000000
	.quad 0xfff0000000000000, 0xff978eef3babdd73
	.quad 0x7f800000c10c0000, 0x4006000000000000
	.quad 0xbf99000000000000, 0xfe4dafc02d302728
	.quad 0x0b80d8497ff21ca2, 0x7775b49b4bd77ffc
	.quad 0x8008000000000000, 0x46d2438015b77c00
	.quad 0xb74d59dbafffffdf, 0xcb8b6845f2ff7fff
	.quad 0x9a305c3effbbfe74, 0xb83b011392919c81
	.quad 0xe6be967f0ae6fca7, 0xece547c200000000
	.quad 0x19b286ee82c97e01, 0x776d1d1d7fe4de37
	.quad 0x6bfc74dc3bca4bfd, 0xe6e2318ca1b8603a
	.quad 0xcc741fdbff800000, 0x8078b4b200000000
	.quad 0x8053810f7fdf3de2, 0x7f7fffff6e8dee54
	.quad 0x7fdb73a6022e8469, 0xbfb99403d2b8332c
	.quad 0xffe2ca2dff800000, 0x7ff8000000000000
	.quad 0x000000006baccc55, 0x416013c24fb4b595
	.quad 0xde000000c08c0000, 0xfeb86b147fb77cbd
	.quad 0x11e3af2d7fdff32c, 0xbce6a221ffc87867
	.quad 0xc13383f2b7ebdd98, 0x00197e8db724932c
	.quad 0xbb913fad75f95978, 0x3840bd57ff983a00
seed9:
	.quad 0x7193b8ad774eb849
	.quad 0x1b8fa79795f03488
	.quad 0x0000004935d271bc
	.quad 0x17d70ac735e6036c
	.quad 0x358a70195ab7436b
	.quad 0x00000000000000cd
	.quad 0x00000000ffffffff
	.quad 0x66449ce1b87d825e
	.quad 0x3b24f10e9016284e
	.quad 0x00000000ffffffff
	.quad 0x0000000000000291
	.quad 0x00000000000003a8
	.quad 0x0000006916f320f7
	.quad 0xdb244bf902a36c87
	.quad 0x0000000000000000
	.quad 0x00423df44b389c78
	.quad 0x07000000
	.quad 0xe0000000
	.quad 0x901f121775dcaaeb, 0xc020400000000000
	.quad 0x4023000000000000, 0xebff325734644780
	.quad 0x409b9c55bdcaa6fe, 0xa5bfff34c0567d61
	.quad 0x1518b14b00000000, 0xfff601697184e571
	.quad 0xd8a90b2adf5fbbff, 0x04739e687fdc7764
	.quad 0x4071afec37f12471, 0xbe58e78bb8001861
	.quad 0xff902b0e8118aa3d, 0xc717d10a4b560000
	.quad 0x0021187ac0700000, 0x19282a8dbdfefff5
	.quad 0x3ec592ccfdb7ca2f, 0x7ffa0b58c777598e
	.quad 0xfff0000000000000, 0xbf9fe141a9ab5c9e
	.quad 0x40460f8a11948d96, 0xfffe8f483cd3bbd2
	.quad 0xdf70111687aef4d3, 0x40c7d233ffbeddfb
	.quad 0x00ad7657bcd1d7f0, 0x7c35d2c116ad29ac
	.quad 0x7f0003fec0323fa7, 0xc011800000000000
	.quad 0x1cd5eeb87883adbd, 0xc4dcd317befcfe9a
	.quad 0x8f757fe47fc74e0e, 0xc042800000000000
	.quad 0xbc2d88ed7f000000, 0x7f580ecd9af44ce0
	.quad 0x7f84a953000d0eb0, 0xfd0c1e67f4310500
	.quad 0x7ff0000000000000, 0x1c9d9a7a3fff79fd
	.quad 0xccbe1147396d0000, 0x4fda975fbecfebad
	.quad 0xffae48244f800000, 0x00b851d1ddef3afa
	.quad 0xcf7a29b20ee3c858, 0x4f7fffffdfffffff
	.quad 0x65d4d33588265668, 0x27038e34feddd37f
	.quad 0x35cf34a8bf9b9fcb, 0x7d69bca51f1e17ce
	.quad 0x35171ef2ffe10afc, 0x3f00800000000000
	.quad 0x763eafc36fa7fc02, 0x1dacc0eca2648000
	.quad 0x3ff117a76f68f444, 0x562343b6bbbeffd5
	.quad 0x63bd3f67c50778cd, 0xff169e2fae6dbf18
	.quad 0x5047bd3980000001, 0x8aff84bd7a8e85e2
	.quad 0x37c00000f4382b1c, 0x7e3df0de26eafe7c
	.quad 0xbe8000003fffffff, 0x809ee124c3382298
	.quad 0x203501eebd26ac75, 0x4090000077e1a186
seed10:
	.quad 0xffffffffffffffea
	.quad 0xd864fad8d1023f64
	.quad 0x58b423ea823c7af5
	.quad 0xfffffffffffffd0b
	.quad 0x900a2aaa22221854
	.quad 0xffffbfe5e0062437
	.quad 0xf274e2c459b177ce
	.quad 0x0000035e7916d577
	.quad 0x00677527ccf91079
	.quad 0xffffffffbb7af503
	.quad 0x3906dbe7a4ad0b94
	.quad 0xffffffffffffff82
	.quad 0xffe7bd0cb85c10c0
	.quad 0x9debefcd33919561
	.quad 0xffffa22c0dde732a
	.quad 0xfffed04c42c6a09c
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x5bc33ad87a5ee5d2, 0xffd828ecee2acdfe
	.quad 0x9f1a7e8fb1ff02f5, 0xcd1b006841957e00
	.quad 0x7ff984407f800000, 0x461b0d9ead2e03ff
	.quad 0xc002000000000000, 0xe144f2b8e17d4001
	.quad 0x678715a0ffdfb64a, 0x800e6e02942e8589
	.quad 0x78737d47aae54096, 0x152b65c09d6ad7d2
	.quad 0x3fe8000000000000, 0xea1dff04dbd57ff7
	.quad 0xc02d5f1642357344, 0xc79512577fa330c7
	.quad 0xc22bb4ebc3d74195, 0x7feae69a7da91996
	.quad 0xfff0748e4910bbd7, 0x94568caf66610077
	.quad 0x0000000000000000, 0x4e317b6641f136c1
	.quad 0x0e7b10eeff7fefef, 0x7f80000064f758af
	.quad 0x4008000000000000, 0x47d1782ffb75fffe
	.quad 0x800000007fc00000, 0x40200000ee32fb76
	.quad 0x8000000000000000, 0x31a3366a5cf80001
	.quad 0x0f97ae18e632795a, 0xfe987049e9ada39f
	.quad 0x4020000053b4dbbd, 0x4cc300467f800000
	.quad 0xc002000000000000, 0xfff8000000000000
	.quad 0x0a2657a3ffda5d39, 0x63af9441ff8c7fdb
	.quad 0x3cb72f5a80000000, 0xffc00000dd08aba3
	.quad 0x000000003e800000, 0x41f27447cd41fe00
	.quad 0x78bc6b20ab257c7b, 0x0000000000000000
	.quad 0x244de8857016aa65, 0xfffd4932a21a6441
	.quad 0xbe29826446c00000, 0x1367540b40b80000
	.quad 0x7f000000bf000000, 0xace333f6176f5fa5
	.quad 0xc4301ff602190200, 0x286420ead3fefffe
	.quad 0xff8000000feefa8e, 0x29c57f48ffa8d629
	.quad 0x43fc04a536c00000, 0xc061b7c7cdefd3ba
	.quad 0x9b386f163ad256aa, 0x826dc469de8769a6
	.quad 0x42fcf8cc408f0114, 0x788917c680000000
	.quad 0xc02800e3ca89ac8e, 0x125ebe8f804c3699
	.quad 0xbec081eaff800000, 0x5f7fffff40896a52
seed11:
	.quad 0xffffffffffffffbc
	.quad 0x86c716d2d92a7331
	.quad 0xfffffffffffffdf1
	.quad 0x2fb299c3151654f6
	.quad 0xfffffffffffffffb
	.quad 0x0020000000000001
	.quad 0xffffffffffffff2c
	.quad 0xfffffffffffffc83
	.quad 0x5ebe69ed75e696b6
	.quad 0xd4a5385c11f44904
	.quad 0x0000000000000162
	.quad 0xfffffffffffffff4
	.quad 0x7fffffffffffffff
	.quad 0x97126a0d30d41351
	.quad 0xffffffffffffffff
	.quad 0x00000000000003bf
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xfff0000000000000, 0x03706cf312b27e00
	.quad 0xbf8c35595a18402d, 0x431e401b3d256e21
	.quad 0xeb669287c23527df, 0x9d7c8dab5c90c4c0
	.quad 0x000fffffffffffff, 0xc01a000000000000
	.quad 0xc136c12f0207cb91, 0x7ff43af25fe8c06d
	.quad 0x6b608982ed37ca23, 0xffba0f1201088fac
	.quad 0xc00a000000000000, 0xc1040000fff91799
	.quad 0x7ff0000000000000, 0x7f800000ff800000
	.quad 0x7ff8000000000000, 0xc1c153c77f800000
	.quad 0x8237639bfd0eef0d, 0x702c3c1aa75fc570
	.quad 0x62a5c830ffd2629c, 0xdf80000100000000
	.quad 0xaf66310bcf000001, 0xbfddd0d2c1180000
	.quad 0x3fe9055d002ab1a4, 0xc01a6fdd43b1b045
	.quad 0xbd4d8721bfa00000, 0x161c8e320e63dee2
	.quad 0x58acad04fff6b62a, 0x0012fd499cadb295
	.quad 0x7a8a870ed9fffffe, 0x8008000000000000
	.quad 0xfff5f75ff3085cbb, 0xe46d5333ffa3c910
	.quad 0xba1f28447f81987d, 0x4088000040480000
	.quad 0x47a0000080000000, 0x40002fd94e1a0e94
	.quad 0xd98000017fef10e6, 0x7fa325835a000000
	.quad 0xc08c800000000000, 0x008283515ee0df14
	.quad 0xf251cd3f41fffedf, 0x608f0a99ffaeec7f
	.quad 0xfff8000000000000, 0x956db6a259bffc3e
	.quad 0x54d78369effbf800, 0x7ec678527fa441a6
	.quad 0xdf000000ddfc500c, 0x7fc00000009b156a
	.quad 0x0ab2ec91ff800000, 0x7cecf257fff07ddb
	.quad 0x062565ab4cff01e0, 0x95a63bcaa7237bfe
	.quad 0x5f62026d938eb7b1, 0x8164aa0142ff5efa
	.quad 0xf5280efaaadf8000, 0x9aca2129bfbea0d6
	.quad 0x7ccaa2ba84ffffff, 0x000f13545ffe5d82
	.quad 0x017fffffea4bdc84, 0x7ffded785b0af5bb
	.quad 0xbef32233def7ff3d, 0x000af00c628f1739
seed12:
	.quad 0x2e49974b6159aead
	.quad 0xf4080b9740f7dbac
	.quad 0x0000000000000374
	.quad 0xc5b2f7e293cf355b
	.quad 0x0000000000038258
	.quad 0x0000000100000000
	.quad 0x36b68ea2c2622c07
	.quad 0xbbd8a22fe08a78fb
	.quad 0x63cd5ac28f01e6b5
	.quad 0x0000ea3f1b33caad
	.quad 0xe60dae3c74fce840
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x88e6a16bae1026c6
	.quad 0x307825fa1940e627
	.quad 0xb543f56c5e5e0dbc
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xbeb519a600000000, 0xda000000fd9d8fb2
	.quad 0x8000000000000001, 0xccc335adfffdadff
	.quad 0x7ff8000000000000, 0x7ff8000000000000
	.quad 0xee475d1646714f91, 0x72e736b54afb7f9f
	.quad 0xbfa6834ed48de0ed, 0x9e4c342e7f3f7dd7
	.quad 0x5c41f53b41140000, 0x40f0000000000001
	.quad 0x7fffd27d60c8afdc, 0x0de7d8bc7fc00000
	.quad 0x6c859d74fe5a3385, 0x3dd7f107c0d57e6e
	.quad 0xec5b8017f7b8584d, 0x3b03f0beb08786d5
	.quad 0x905f99d57a7d5fd3, 0x3ff1cb22a9640b66
	.quad 0x8000000000000000, 0xffe3a3de0ab5d28c
	.quad 0xc324b91e3f4a2449, 0x7ebbbbe95c2e668a
	.quad 0x2f701bacb27efdcb, 0x80d7d2d0ff800000
	.quad 0x8000000000000000, 0x3662188d2cc97c00
	.quad 0x40000001427b3380, 0xfec2da98e6be922f
	.quad 0x1e2b3cb8f2f4f96d, 0xbfcf695264840e7b
	.quad 0xb41fdefa8e59d5ee, 0xffd91d1a3b9e3422
	.quad 0xc19ae370f579e176, 0x7ff0000000000000
	.quad 0x4021800000000000, 0xc35a8c892270081b
	.quad 0x3f41a00000000000, 0x00000000407ffffe
	.quad 0xfe0c74328cb9ce54, 0x60522d51a7717900
	.quad 0x800ff9bdbcdaad6b, 0xf60255a07f3723de
	.quad 0x402a3b38be166cd0, 0x0076e77cff55c7a3
	.quad 0xfd962ba6f2fed2ab, 0xbf3c72b2007fffff
	.quad 0xb1ddaf7b28661c00, 0xbdf58c35d04d7db2
	.quad 0x7ff22bc841060000, 0x4d8000014f800000
	.quad 0x00000001ffbca5db, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x9668ac941db6fd23
	.quad 0x4022400000000000, 0xc2d37c66ff6b7dfe
	.quad 0x405af15a1415be9e, 0x69d6eb1570dbff48
	.quad 0xffc00000fcc79134, 0x7f80000040f40000
	.quad 0x8ddd3b3a3c4baae3, 0x7ed8207215d13536
seed13:
	.quad 0x0095983757e628f5
	.quad 0x000000000ea798c1
	.quad 0xdb4581387b8e553a
	.quad 0x000000000040a873
	.quad 0xffcfd44a11b43124
	.quad 0x4614186800cfe778
	.quad 0xa26c091012a26f6a
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcf7
	.quad 0x00000000032e687a
	.quad 0xfffffffff9605738
	.quad 0x0000000000000391
	.quad 0x088f346b975db3b5
	.quad 0xfffffffffffffda7
	.quad 0x00000000000001b2
	.quad 0x0eaa57b0962a26b7
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x7ff8000000000000, 0x387af2ba25139725
	.quad 0xbf98000000000000, 0x7b3e8662b80f2e00
	.quad 0xa39b5417fffc9c30, 0xc0a00000fe9b74c4
	.quad 0x8000000000000000, 0x413dc24abdae81ef
	.quad 0x3fd5c3f7c499e839, 0x839dfcafdef45360
	.quad 0x03872eaa86d68a80, 0x0113ad91ff6d7800
	.quad 0x92ba78f0fff5fcff, 0xbf74fba1b4221f71
	.quad 0x0725a6d2fff455f6, 0xfff1164866aa4db0
	.quad 0xbd4578a8cca97b48, 0x7a899a5e807fffff
	.quad 0x7f80000040600000, 0x3fb863cabdda9096
	.quad 0xffd37f7fa772f89c, 0x78ae3f56b2960037
	.quad 0x7ff0000000000000, 0x6e50b763c8000000
	.quad 0xa89ce51dcfc6975e, 0x7ff0000000000000
	.quad 0xf594a15cfff78f6f, 0xc269b3fc42bb388c
	.quad 0xc1f0000000000000, 0x4021800000000000
	.quad 0x0b531751b5c77e1b, 0x830198b703fc630c
	.quad 0xc110000040aa01fe, 0xffdfffffffffffff
	.quad 0x589b73efc30479a7, 0x83dceb1ee71fa826
	.quad 0xff80000000000000, 0x8001aabf21bb6be8
	.quad 0x364d7f4dbbfdfd7d, 0xb3ebafbbf92d0a58
	.quad 0xbfb45b5ee9ee7a87, 0x16d6272280a6899f
	.quad 0xcf800000ba800000, 0x42892676c780240a
	.quad 0x2bd58df73d700bff, 0x403d417ecb22647c
	.quad 0x69897bcd00970889, 0xa0fa6729f5e694a9
	.quad 0x7fc000007fbc71d3, 0x2a278fd4e8d3bd77
	.quad 0x43f5372cdd3e078b, 0x82ecf0104c8a9ebb
	.quad 0xc0000000bcbada34, 0x26f6e8187b11fcde
	.quad 0x972a357480d903ff, 0x7fc0000048100000
	.quad 0xfff0e4b6a30ec134, 0x000000007f976923
	.quad 0xc3b6334241737597, 0xcaa05b20f50cc8c0
	.quad 0x43e0000000000001, 0xc11d800000000000
	.quad 0xfff8000000000000, 0xc3a1977340ac0ee2
seed14:
	.quad 0x00000000000cfd90
	.quad 0x0000000000105cc2
	.quad 0x00000000000002c7
	.quad 0xb28a88026dc06114
	.quad 0x06ce0b10060c89cb
	.quad 0xfffffffffffff0bd
	.quad 0x7a3d94e7ea8a1d71
	.quad 0xffffe5190f818470
	.quad 0xfffffffffffffc33
	.quad 0xce3e14177bb9567e
	.quad 0xffffffffb5591613
	.quad 0x001aac7ade138b51
	.quad 0xa680df6329c4cb29
	.quad 0xf0a278e8aa0dfc81
	.quad 0xfffffffffffffe48
	.quad 0x8000000000000000
	.quad 0x01800000
	.quad 0x00000000
	.quad 0x75b6fe10fb734059, 0x0f55da3180000000
	.quad 0x869f00244f8dd9ca, 0x7b0c7dd2dff60000
	.quad 0xe4a27b0a847f7977, 0x81acf17af6ad47fe
	.quad 0x7fa6d36dffd7e961, 0x095843efbfd07bf7
	.quad 0xfa4f5e29ffd9dc2f, 0xc019000000000000
	.quad 0xff8870f5be18341c, 0xfff0000000000000
	.quad 0x3cef613cfeaaa9f5, 0x7fa9198e7f13c622
	.quad 0xc1f0000000000000, 0xaca695c7b2ba341a
	.quad 0x000fffffffffffff, 0x5ffffffe3cbe7663
	.quad 0x7d103beee9effbb3, 0x3e0000007d782996
	.quad 0xc13ffffffffffffe, 0xffb47be378bf953d
	.quad 0x7ff4fb203524095a, 0x004e1461cbb5f9f6
	.quad 0xc74436c5e7cc001e, 0x3ff0000000000000
	.quad 0xc0fc0000ffc00000, 0xa79177e0e0ee8414
	.quad 0xdd14f2cdf6faf9fe, 0x01e049c4efd02543
	.quad 0x002b527b7a96332d, 0x71d1ef66baf10b15
	.quad 0xbf1d800000000000, 0x013dcdcd00afb8d0
	.quad 0x478068ba7f9dff7b, 0xd5a45b6de0bbd2eb
	.quad 0x97701a04ffd7da75, 0x7ba5b5f4bda00000
	.quad 0x0000000046600000, 0x151c8765c9d65fb2
	.quad 0x7ffb38931fef3d99, 0xc6b6084a93c12c7c
	.quad 0x80400000c0c00000, 0xc03d8acc400c0741
	.quad 0x25006db4c3fcfc00, 0x04668dafffb7e7d3
	.quad 0xc021000000000000, 0x7e6768dcb70b4b66
	.quad 0xdc3563b3ff800000, 0xc249e7ffdd74cbee
	.quad 0xc26ff597501b7802, 0x9d27cdf1f5c507c6
	.quad 0x967a0f713b100186, 0x4340000000000000
	.quad 0x7ffb7fc6ac31618b, 0x439e626554699d1d
	.quad 0x7e947ff17f096c8c, 0x7f9d2660ef8c009c
	.quad 0xbb00000080000000, 0x802fffffffffffff
	.quad 0x4f23906ecc496519, 0xbf6e72bbffd711f9
	.quad 0xc98711f8a85ef881, 0x0dfbed4a10125937
seed15:
	.quad 0x7fffffffffffffff
	.quad 0xd418fe462f6a884e
	.quad 0xfffffffffffdefc8
	.quad 0x0000000025d15ea5
	.quad 0xfffffffffe6075d6
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0xa352c0c8a77b9604
	.quad 0xe18842feb1fab5ef
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x00000000000000e3
	.quad 0xffffffffffff9f66
	.quad 0x000000000000007e
	.quad 0xeffc84aead1c14f8
	.quad 0x540d84a591011638
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x8257155fd39c4321, 0x3f50f205ff800000
	.quad 0xf566bb4dead47e17, 0x2365112cf92d3761
	.quad 0x4f80000196688524, 0x7f000000bd7616da
	.quad 0x7ea0b657201551e4, 0x1be73db3670b83c6
	.quad 0xb93980007f800000, 0xfbc218095625fc00
	.quad 0xe1a4658fcd488400, 0x1377195cbdded866
	.quad 0x0659f85811e670f1, 0x8000000033a51637
	.quad 0x000f7d8ef627efe0, 0xffff4a480cdab75c
	.quad 0xfe2b0c777a7700ed, 0x13f6b569a36c10d5
	.quad 0x2ff37843f2e2117d, 0x5cda98c1fffbf99f
	.quad 0xdc46feb7bfbffff8, 0x129572c532ed3c3d
	.quad 0x403000004370110f, 0xf475ee8ef74df7fd
	.quad 0x7a946d26bc1520d4, 0x4040113a1f43b142
	.quad 0xc7ffffffff8c955c, 0x9efe6b35fdb37fef
	.quad 0xccc5c2d23b62a923, 0x0006c61341174d47
	.quad 0x407fffffff814ba5, 0x8edafc8172811cce
	.quad 0xc038bc5369f9f57e, 0xef1beadffeed55ff
	.quad 0x0000000039100000, 0xd9ffffff7fba72e7
	.quad 0x3cb6385bfe2be855, 0x16f8b1ab00fd627f
	.quad 0x8418d26fbec590ed, 0x41effffffffffffe
	.quad 0x807fffff40b80000, 0xd4d8fa565a9e7c00
	.quad 0x2ee0decabce7ae2e, 0x8011c99c5efd8cc4
	.quad 0xfe1c161de50ee573, 0x000ab0a9e9598ac5
	.quad 0x1fd1109b4df5fdfd, 0xffa5243a18c10523
	.quad 0x83a2bbf9a28dfe4d, 0x0b6c8ed6e0ffffff
	.quad 0x80400000806e8e8d, 0x40068f594d772716
	.quad 0xdc3dfc5c1aa4c6f1, 0x3d388e0e3fbf6357
	.quad 0x8075de8265cf7b38, 0xc7cd59abb4ddfb1a
	.quad 0x987c9a278c3f791e, 0x2537ca78f47bdfe6
	.quad 0x7e8292acc892402d, 0x13dcf975a2b2fff4
	.quad 0x7fc00000e01a9bca, 0x43d24e1d41f061f5
	.quad 0x3c47fe62ece38000, 0x935fe77807964e47
seed16:
	.quad 0xfffffffffff83464
	.quad 0x00000000000001e6
	.quad 0xfffffc9959131fcd
	.quad 0xfffffffffffffee0
	.quad 0xac6f6d02dd6a0f62
	.quad 0x000000000000027b
	.quad 0x000000001a80764a
	.quad 0x8000000000000000
	.quad 0x00000000000001d5
	.quad 0x00000000000002f3
	.quad 0x00000000000001de
	.quad 0x1e200c43a06df020
	.quad 0x00edc77cbaa4d39a
	.quad 0xffff112637dd9960
	.quad 0xb72881782d017e25
	.quad 0x00000000013f3b93
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x4acd7ce0f97507e5, 0x3daccccd41040000
	.quad 0xc00241f23f82cc79, 0x637ecaf0fe9fc7f7
	.quad 0x8000000000000000, 0xe627f7d07edfff4f
	.quad 0x40110f106b66aad1, 0x1b2e8dc37a2c7c00
	.quad 0xf547b4132c7d1402, 0xeb473b172430abdb
	.quad 0x827be10a55c5fea7, 0x402e0a316341a027
	.quad 0xff80000047fd99fe, 0x4108c8a6bff9fd5f
	.quad 0x042f811cd207fd42, 0xbe00000011f22719
	.quad 0x1bb914de6e3180e0, 0xfff0000000000000
	.quad 0xec3e746a85dfbf77, 0xbc83d633c1451cde
	.quad 0xc56ea95437800000, 0x71b2c0e8ad7fffff
	.quad 0xc020000000000000, 0x7ff6bb7e69cd660c
	.quad 0x7f85d050cfffffff, 0x2371ac827fcf6eff
	.quad 0x800000007fccb6fe, 0x4caac8f6e7dbff77
	.quad 0x40a0000000000000, 0xf7eaeddea33d7c00
	.quad 0xd5e721ccee7419d5, 0x83620552409511ef
	.quad 0xc0727fe080d6dc4d, 0x76e656ecc5fbb63f
	.quad 0x402b000000000000, 0x3fed2f9d3adaf154
	.quad 0xfffeb8ecc13e8fa6, 0x3fcc0e0d86669b35
	.quad 0xc0ea0a9e5f000001, 0x000000003ca30000
	.quad 0x080c887aff800000, 0x6f5ca3bcedffffff
	.quad 0x405b470b74354782, 0xbf8d531b20201d5c
	.quad 0xf21624dd77f9fc00, 0xbc65df697f823953
	.quad 0x5b88139040684b4d, 0xbf757988a2b0eb25
	.quad 0x5a000001419165ab, 0x7f98a5b0b8f6d2bf
	.quad 0x7ff413a3bc3f3109, 0x356aac3c7fc9ff7f
	.quad 0x7fdf41fd04860855, 0x8fe5b1f7fbc72989
	.quad 0x573199beff9d7c7d, 0x56c936b480000000
	.quad 0x6534f86e7f334600, 0xe40f34e100000000
	.quad 0x280e20757f82300b, 0xd5f8100ff7ffffff
	.quad 0xf76219bcff924e4e, 0x8000000043800000
	.quad 0x434b30dec3920ef7, 0xc8efd57dbf5e2c56
seed17:
	.quad 0xd522fefa126f4b68
	.quad 0x3eaaa27c806ee7c6
	.quad 0xfa827660db8d1569
	.quad 0x00000000ffffffff
	.quad 0x00000000043d33a6
	.quad 0x6c1027e37bdc98a1
	.quad 0x01e214604f34fca9
	.quad 0xb8b0521844e3a964
	.quad 0xfffeb2b5ebb23306
	.quad 0xcd3e649736b3ea0c
	.quad 0x0020000000000001
	.quad 0x00000000000001af
	.quad 0x2360b6872136cbe0
	.quad 0x26a26f7a934a9de9
	.quad 0x9594a03a0f5848c5
	.quad 0x0000124264fd1236
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xff8000006d318225, 0x7f8000007f800000
	.quad 0x4010000000000000, 0x9a64b2e27c570000
	.quad 0x20c23074bd26ab14, 0xfff4cef1ac16e3cb
	.quad 0xbff8000000000000, 0x7797f4ac7fca603d
	.quad 0x5b7fffff7fcfdc06, 0x4018800000000000
	.quad 0xfef98866086de3ca, 0x7fcca93b403f5963
	.quad 0x7ff8000000000000, 0x3fcb84e8712fb9c8
	.quad 0x3fbac17480000000, 0x7ff0000000000000
	.quad 0x42ca64c27fc00000, 0x40ced11f3e3ba8ce
	.quad 0x000603ba038686dc, 0x405c000000000000
	.quad 0x4072e20d6704882d, 0xfffd6b270affd040
	.quad 0x1cb545f2b4c67c00, 0xbf867743c0d80000
	.quad 0x02c86a83e413406b, 0xc03b88d08f6af241
	.quad 0xc2178e7216fa5ea4, 0x9dc205e740e40000
	.quad 0x88d5291f007fffff, 0xbfc00000f9f22ed8
	.quad 0xf08ad00ac33c0000, 0x8079c76947623867
	.quad 0x6e0ec53c393b2b21, 0xc04700cbbab3c840
	.quad 0xc38190df4f000000, 0x00000000ff8cc8a7
	.quad 0x145cb4a037ce75e3, 0x8000000140600000
	.quad 0xc0c042e3ffcca5a8, 0x1a6ddf0affd28efc
	.quad 0x28acef2539c203e4, 0x3fa09a130659fa4c
	.quad 0x7ff7e5082d74e5b4, 0xaa17cb91139bfe8d
	.quad 0x85696c27bf8ec4c2, 0xffe11d1a3db06bbe
	.quad 0x7fc3c316c04576af, 0x3b8ac56fed6ef1c9
	.quad 0x401c000000000000, 0x9ee789d9c51e5839
	.quad 0xc59e00007f800000, 0x51d36cd5934d8f67
	.quad 0xfff47b9926920b4f, 0xc012ba086d5d8ccd
	.quad 0x2d8d71ff92faf400, 0x7f80000087ab65b1
	.quad 0x85d0653b407dab47, 0x8e6057a3f7737dd8
	.quad 0x483c8a2400000000, 0x64509956280c4540
	.quad 0xa29429eb1b33fc00, 0x0079e5df001e52ff
	.quad 0x7ff8000000000000, 0x02ab229d8a47d7b9
seed18:
	.quad 0x8000000000000000
	.quad 0x00000000000002eb
	.quad 0x00009ba76190035f
	.quad 0x0020000000000001
	.quad 0x15b595480d1b81d2
	.quad 0x000003952d4b994e
	.quad 0xd12a6a0d0e57d43a
	.quad 0x0000000000159f4b
	.quad 0x069fd1d4d73e9cda
	.quad 0x00000174645b826d
	.quad 0x000000000027cedb
	.quad 0x00000000ffffffff
	.quad 0xffffffffff47bc22
	.quad 0x4b28bc8d1bde1367
	.quad 0x194b72c95591ca11
	.quad 0xcb547756e5a33641
	.quad 0x03400000
	.quad 0x80000000
	.quad 0xb13aefdc99bac680, 0x98d6bd28f12ac823
	.quad 0xf2cbc20cc17dc560, 0xc020800000000000
	.quad 0x807fffff7f93c600, 0xff1feaf3f6adbd37
	.quad 0xffec861fc1d13688, 0x4028710284b84f6d
	.quad 0x430e127852fffffa, 0x794bb99200400000
	.quad 0x3f28dd7280e39c6c, 0x8c3e13227e487b80
	.quad 0x5b67bea3c0990200, 0x0bc75b99c7dc2610
	.quad 0x62d50f470af69e0b, 0x411c000038a00000
	.quad 0x407c3c45432eea2c, 0xffed89549cb9f7ae
	.quad 0x7ed477656cad18cd, 0xd200000040b20000
	.quad 0x7ffbbb951a68e2b2, 0xffc55f5dbc0d9d0c
	.quad 0x80084e67d45ee1d2, 0x7e179a8c17a01356
	.quad 0xd5ca3d16ff93d9f1, 0xff9e28a537400000
	.quad 0x800000007fe67b12, 0x49c0000044b28000
	.quad 0xbfbff6677f800000, 0xc6202662c758fc34
	.quad 0x3f490000c4a00000, 0x95ed4b16802829f8
	.quad 0x455bf618843f4f7b, 0x6e337a597f800000
	.quad 0x0dc9f50dbfd6fae7, 0xbf7eb0c66e817246
	.quad 0x2ac57e688d055626, 0x5f26785d9b4b8cf1
	.quad 0x7ffda1ceac9fc1e4, 0x7ffe1de129e40f88
	.quad 0x7fc00000b64a0000, 0x7fc00000ffbae346
	.quad 0x7db17cbd603e45d6, 0x3c416fca43770000
	.quad 0x6272a2dd47e7fb62, 0x004000007f9783d8
	.quad 0x007fffff5a000001, 0x2968915cfdeffbe7
	.quad 0xb8e14ad389405359, 0x74bbf1e490cd0000
	.quad 0x0202f0f8b1a40665, 0x40ffdad3271a2b46
	.quad 0x3fcebc2953b0e5bf, 0x61ea081bbeefaa77
	.quad 0xff800000805c29ee, 0xc0fa9b56515f9cfb
	.quad 0x5ffb5daa919d72bd, 0xc3efffffffffffff
	.quad 0xb6586b96ffbbf6ff, 0xca51376f36d074ca
	.quad 0x255d7e21bf9346bd, 0x7c01447f34cc0bd0
	.quad 0x3ef8000000000000, 0x399837c4745fbb68
seed19:
	.quad 0x0000000080000000
	.quad 0xfffffffffffffdd2
	.quad 0x000000000000004b
	.quad 0x0cf0f52428fa8060
	.quad 0x000000000000012a
	.quad 0xfffffffffdc9a9e6
	.quad 0x0000000000000080
	.quad 0x00000000ffffffff
	.quad 0x6b452386a0c21143
	.quad 0x00000000000088c3
	.quad 0xffffff72a42e78d9
	.quad 0x3d8c1cac4d279ef5
	.quad 0x8dec1e759225cdcf
	.quad 0x00000002f925c74d
	.quad 0xffffffffffffc618
	.quad 0xffffffffffffe279
	.quad 0x03000000
	.quad 0x40000000
	.quad 0xe443d873d2f23fe8, 0xc86d3d6ba7d77fcb
	.quad 0xfff248fdc7156edf, 0x252dbc04cfbda849
	.quad 0xe8b9e1606c911d54, 0x831f2305bcf401d4
	.quad 0xee58460b4056a800, 0x0020000000000000
	.quad 0x01e27b3e7d6c7915, 0x4052f8f8f840cd5e
	.quad 0xbf95a4214475a28f, 0x1b9749f7c37ab230
	.quad 0x0dbec6b090da8e7d, 0xfff34ee69d2cec56
	.quad 0x3c87ade57adfe3f1, 0x5a368290dfffffff
	.quad 0x24f72695cfd3f815, 0xbfe8000000000000
	.quad 0x7f800000c0a547b3, 0x7fd8b49ac1063f53
	.quad 0x4b5a5886850fbe00, 0x7ffcdf43c2bae462
	.quad 0x97f0838bfedf7400, 0xef03d8e34dfac600
	.quad 0x2881271c2d7465f0, 0x7fd0000000000000
	.quad 0x80000000ff800000, 0xb7788e0cffa3a661
	.quad 0xffc312bb98ca6c84, 0x90c08a85ffe97d9a
	.quad 0xf365548cfefdff7d, 0xac02c6cc38300000
	.quad 0xfc00c7bf245dfc8e, 0xfff8000000000000
	.quad 0x7ff8000000000000, 0x4017800000000000
	.quad 0x7f22cd6b3cfdac4c, 0x0000000000000001
	.quad 0xffc5329580679919, 0xff89ca459ae27378
	.quad 0xcf2fd81def169f42, 0x4a516aaefffdbfef
	.quad 0x7f09581488cc9681, 0xff446b3ac0200000
	.quad 0xd05d7c90fdd5fe34, 0x7ff0000000000000
	.quad 0x402000005f800001, 0x7da9ac906740c753
	.quad 0x3f30d4418b964ac7, 0x808000003f4d6a15
	.quad 0xc5775cbdfad7deef, 0x0000000000000000
	.quad 0x005d8dcaff949ac7, 0x1543e9917fc00000
	.quad 0xc1df675d8050b875, 0x6ab5cb82e7deff3e
	.quad 0x25bdf2987fc5f93a, 0x44c000000009283a
	.quad 0x86a4f999fbb530da, 0x7b9352ba8b0b02d1
	.quad 0xbffffffe80782569, 0x29df06327fbaffff
	.quad 0xfe800000bc5962a0, 0x7fe07f60ba9f0f7b
seed20:
	.quad 0x0000104c59c468b9
	.quad 0x25fd3d4db53159c9
	.quad 0x0000000000000298
	.quad 0x68e26f418f21e62f
	.quad 0xfffffffffffffeee
	.quad 0x42bffe6ae3804b95
	.quad 0x0020000000000001
	.quad 0x335bc66b0cea55b2
	.quad 0xfffaecc2f363b1fe
	.quad 0x89c9dfd883321262
	.quad 0x103614337e14d731
	.quad 0x0106293e427feda1
	.quad 0x00020b019a8f6f75
	.quad 0xfffffffffffffe34
	.quad 0x0000000000000000
	.quad 0xffffffffffffff2a
	.quad 0x04c00000
	.quad 0xc0000000
	.quad 0xbefb400000000000, 0x1b3cf23bb13efffa
	.quad 0x4108000000000000, 0x00756696bf0cf7d4
	.quad 0x40e400003f7af887, 0xd0b4d6e857c55f26
	.quad 0x7ff0000000000000, 0x7f6093dac81c729c
	.quad 0x514909f86802009c, 0xff80000000434fdc
	.quad 0xbfeccdb0c3483181, 0x4000000080000000
	.quad 0x3c783286ff0a1974, 0x7f800000c3925121
	.quad 0x02b0ef7776abd89e, 0x138ee84e87794429
	.quad 0x7ff9cab5331cae11, 0x40c00000ffcd6e1b
	.quad 0x800000003e882c0a, 0xd2b23801ffff7feb
	.quad 0x42a3e70db7e80000, 0xb6516175df8bfff8
	.quad 0x8000000010be27bd, 0x5ffffffe80000000
	.quad 0xb3f8f1dd8a45fad0, 0xe1000000ffadd460
	.quad 0x889e4dfdffd1ea0b, 0x401a000000000000
	.quad 0xfff0000000000000, 0x3d2a29d328fecdd4
	.quad 0x7ab514d77ef4e178, 0xc013000000000000
	.quad 0xc5640000feffffff, 0xb218e68a81000000
	.quad 0xc3f975b3a8903dc9, 0x3a554775ff7edeff
	.quad 0x37c126c1cdf9e19e, 0x77933c4a8bd18e57
	.quad 0xffbcfcf942a55b2f, 0x800d1a926503999a
	.quad 0x3ff680d659e58636, 0x00145b31c0752643
	.quad 0x80925b7ea9520bae, 0xbf6bd6a158690341
	.quad 0x861480717f8830d8, 0x59b80b30f65df6ad
	.quad 0xc00fffffffffffff, 0x14ec61baf402012b
	.quad 0x8e024638f803794f, 0xbf4000003eb4e21d
	.quad 0x083bfe63655f7c00, 0x8000000027631b5c
	.quad 0xff7fffff3ec711f5, 0x81b5d42c7f800000
	.quad 0x44187c0cffd2fd18, 0xb7ae076aaf9c7136
	.quad 0x400deaddbd26e569, 0x78e3ed844120a528
	.quad 0x108d879497ffffcf, 0xfff0000000000000
	.quad 0xc5c000007fcdf3a3, 0xc01e000000000000
	.quad 0xff6a45e0f77491d1, 0xc05752fb25fcb3dd
seed21:
	.quad 0x00003c7a36e31c5d
	.quad 0x0000000000000dae
	.quad 0x00000000004b5ef9
	.quad 0xffffffffffffffeb
	.quad 0x0000000000000cd7
	.quad 0x0000000000000239
	.quad 0xfffffffef3b8354a
	.quad 0xfffffffffffffdce
	.quad 0xffffffffffff946a
	.quad 0x0000000004de6c2e
	.quad 0xfffffffffffffdc8
	.quad 0x0000000100000000
	.quad 0x000000000000c0a2
	.quad 0x0000000100000000
	.quad 0x4ec03e767e6a8ca0
	.quad 0xffffffffffff69ab
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x87ae3953fffebfff, 0xfcedfabf8513f986
	.quad 0x781730d1ebdadfef, 0x319a3b496fb5bfff
	.quad 0x7ff0000000000000, 0xc07ffffeedf82d1a
	.quad 0xf0ab4e9e52c84765, 0xff8000001635a893
	.quad 0xbfdc000000000000, 0x3f574c3801a8766f
	.quad 0xd44f8119cb678de5, 0x7e6aaec2bd1e868a
	.quad 0x403eb2403d3d91b7, 0xfebe34ff079ea790
	.quad 0x1582f5ab7283fe00, 0x3fc281a8a80b31df
	.quad 0xfff0000000000000, 0xffaffe42bbd8aecc
	.quad 0xffc00000c02a28c7, 0xc070000000000000
	.quad 0x818af661e66cff75, 0xff80000044b40000
	.quad 0x0000000000000000, 0xfd7898bbe31f607d
	.quad 0x52b662c561f12941, 0x0000000040b40000
	.quad 0xbf80000040b00000, 0x7cc61b4dfffb8000
	.quad 0x7ff2d3d68614e37b, 0x8703d472ecbcffdb
	.quad 0xbfda000086aa926b, 0xb7b919bd27b6fc9f
	.quad 0x0053821774bc8d1e, 0x8007df9580400000
	.quad 0x80093a0a03caaf14, 0x000000007effffff
	.quad 0x7ab58da5af554143, 0xaba2f7b3aeaf5c07
	.quad 0x3ff2400000000000, 0x3bd140ea407ffffe
	.quad 0xfe80000042af5c2b, 0x7fc000007f800000
	.quad 0x401f000000000000, 0xc27924203412acb3
	.quad 0x91858699c091cb6f, 0xdc800000c25c0000
	.quad 0x02496977125ab8be, 0x2c0755277726d800
	.quad 0xd959489afbaaa3bf, 0x13391bc1e94da407
	.quad 0xc0419bbd65916a4a, 0xa75c384a00740ced
	.quad 0x403ec41372d2e271, 0xc3fffffffffffffe
	.quad 0xbff34bcf9ab5583f, 0xffd54ba5f9bffc97
	.quad 0x7ebc3ec1392c3631, 0x3fe684267a14a467
	.quad 0x000cad605dbafa8a, 0x06b2d2c6ffa3a8a3
	.quad 0x40163c21b983f13c, 0x7e80000000000000
	.quad 0x7ff768ca2a4002ec, 0x7ff8000000000000
seed22:
	.quad 0x02d21bb9cf9087f2
	.quad 0xfffffffffffdb398
	.quad 0x41703a790b5eabc3
	.quad 0x0000000000000001
	.quad 0x71114313d7ae081d
	.quad 0xfffffffc34da01f8
	.quad 0xe30d8f95b3c47428
	.quad 0x8d4e0f2df8df3918
	.quad 0x0000000000000007
	.quad 0xfffffffffffffc96
	.quad 0xeb3bc357ea148dbf
	.quad 0xffffff148629754e
	.quad 0x32f401aeed5b283d
	.quad 0x5801ed8dfcc09714
	.quad 0x0000000000000001
	.quad 0x2a75987926a452ca
	.quad 0x05400000
	.quad 0xd0000000
	.quad 0xff87ea7b7f800000, 0x07d04a65f77247d8
	.quad 0x17f7708a520bc06e, 0xffa2be39bcb46c64
	.quad 0x409c6b51c0d00000, 0x7ff8000000000000
	.quad 0x3f400000ff800000, 0x4396ea267fc00000
	.quad 0x8321d0cc8c75d656, 0xc018508ebff80db5
	.quad 0xffd5ce0a6de1b976, 0xfff0000000000000
	.quad 0x7ed8c5d7ec244396, 0xffca086780000000
	.quad 0x0bdf69b5f3983920, 0x1ee8e2b0e7e4fc01
	.quad 0xfc2b0b2a852efdaf, 0x000ccbed47824f10
	.quad 0x4340000000000000, 0x7f80000060ae7a5d
	.quad 0xdb88b291ab4ccacb, 0x0001347734929b83
	.quad 0x000c87dc782631dd, 0x80a8d65163e8229d
	.quad 0xb006308dfffbfc00, 0x034a87fd7f800000
	.quad 0x8cb2e512f4133937, 0xa87aa43a0f538000
	.quad 0x7fc5a5157153fa38, 0xf75936bfffa544c0
	.quad 0x800000007fd2b78d, 0x7f2d995c4d48b7fe
	.quad 0x7f9b1592ffb05df4, 0xffb2fc1dbdf4d9d4
	.quad 0x04f9e189ff7ff36b, 0x7fba41c100000000
	.quad 0x2f04ef13df9fefb4, 0x0000000000000000
	.quad 0x9acb0dc085618000, 0x7ff59c6b099dddb8
	.quad 0x5978998d3fbbfd38, 0xbffffffffffffffe
	.quad 0x000c7dcda963f3fe, 0x3fd10ee61418e0de
	.quad 0xfff4740fda0709b9, 0x3fa214d2ffa80200
	.quad 0xc10ce32347481fc1, 0xe9148c857b33beeb
	.quad 0x3fdcd7bbeaa9b8da, 0xfe800000d151a900
	.quad 0x876182e3e6695f96, 0x8052a2ee7ea94cb0
	.quad 0xc02c46e7cf7347bf, 0x03286dd39f7c74e1
	.quad 0xc07fffff3b8668b1, 0x402b56eb9877dfa8
	.quad 0x800341d906017a8d, 0x80000000ff800000
	.quad 0x4331005e38800000, 0xcd5ccafd3c048000
	.quad 0x51157043ffd329c0, 0x4500000075d3ac80
	.quad 0x8060f3027f800000, 0x7f8000003fe00000
seed23:
	.quad 0xe260ace95540d1c3
	.quad 0xfdeac6e62633a858
	.quad 0xfffffffffffffe11
	.quad 0x8d0267509923ba64
	.quad 0xf999b67105e23975
	.quad 0xa29f513679cf87a8
	.quad 0xfffffffffb8fa369
	.quad 0xffffffff80000000
	.quad 0x355080af870f4d58
	.quad 0xeacf84972cca7d78
	.quad 0xe613d40157b673f3
	.quad 0x0000000080000000
	.quad 0xa56184c099c52254
	.quad 0xfffffffffffffea4
	.quad 0x0000000100000000
	.quad 0x168084417f7971bd
	.quad 0x04400000
	.quad 0x70000000
	.quad 0x0eef90d0560283ff, 0x803489f7806432d0
	.quad 0x380fc3c2ff8ff9fe, 0xf2771ab3ffbd03ff
	.quad 0xffe3bcf0e2740ee6, 0x000aa589fd5c00db
	.quad 0x7982ddb8ffa98420, 0xb171832080000000
	.quad 0x890da44b71adfe75, 0x54f2169b38b5fd22
	.quad 0xb6d8e84cfbbf43b6, 0x13a300a80ac20758
	.quad 0xc02b197858b33a9b, 0x800000007f97cfeb
	.quad 0x3f40000000000000, 0xfff0136bb99f6ead
	.quad 0xb66b383dd4d7ff96, 0x3bb9ae887f800000
	.quad 0xfea8885e75a413f3, 0x800000007c7ac31a
	.quad 0x8269381fceef13cb, 0x8dda147bb9468027
	.quad 0xc259bedc43116817, 0x0000000000000000
	.quad 0xc1fffffffffffffe, 0xbfffffff128e2bd8
	.quad 0xd3d8465a12822f36, 0xaf7725a38050971b
	.quad 0xc094000000000000, 0xd817c06eff0345ef
	.quad 0xe9ebf77a14f5012c, 0x7faef2df40df0f18
	.quad 0x8000000000000000, 0x810faeb04545ae89
	.quad 0xfff2684b586e1a8f, 0xaf733bf3c7e97dfd
	.quad 0x7f800000ff800000, 0x80141fb103881b09
	.quad 0x5b2836da92a155ca, 0x819be2b37fedff53
	.quad 0xc0262fcae5f9fcfa, 0xfeffffffff800000
	.quad 0x2a8f482f628c27cd, 0x00864b513c1d0ebe
	.quad 0x7fe364c06ff6b11a, 0x82b87e9be3e96021
	.quad 0x832a0c05e6000ad2, 0xc274accfbf600000
	.quad 0xff81d4cf3af40000, 0xc0293ab7dd85423c
	.quad 0x4079457cc6f32e7b, 0x06fb8d9e01f27b5e
	.quad 0x0d97d8473555c03e, 0x033be15b63e21d1d
	.quad 0x49016e51cd800001, 0xffe1e6cc4ee4692e
	.quad 0x3fc908717f800000, 0x800f8449a41fdaa7
	.quad 0xcf800000ffaf6968, 0x8000000042ea5bbd
	.quad 0x002b0fe780000000, 0x2ddb11a2da85fab5
	.quad 0xfffc963ddf31050a, 0x8859f58180000000
seed24:
	.quad 0xfff2eea9f5bea1ae
	.quad 0x000013a9b5b4bd4a
	.quad 0x0000000000000010
	.quad 0xff77b2b0bfde776b
	.quad 0x00000000000002db
	.quad 0xfffffffffffffcd2
	.quad 0xec791abf82609380
	.quad 0x0000000000000024
	.quad 0x0000000000000000
	.quad 0x0000000000000074
	.quad 0xc5efb3098f4c53ca
	.quad 0x000000007fffffff
	.quad 0xf7c0c4e0c2e0d3ef
	.quad 0x000000000006c256
	.quad 0x00000000000002b8
	.quad 0xffffffffffaa623b
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x4112ff9d5dedf429, 0x62cbfacfbfdf7bb9
	.quad 0xff80000035d66f7a, 0x7018c9da7d4fc322
	.quad 0x7ff09296f8495dc4, 0x3ed2671fdf800000
	.quad 0x42e0000058ad5d4b, 0x812de809f5f82003
	.quad 0x4185fa8cffc00000, 0xff958cb1c7800001
	.quad 0x4020e2c63dc26863, 0x77dd57eeff800000
	.quad 0x38e0d1332363d857, 0xc10e000000000000
	.quad 0x7fe0000000000000, 0x235ddcc80dee4882
	.quad 0xe12e2f4c734e7c00, 0x00072e7241d59975
	.quad 0x43b487a8c0500000, 0x3fd1a4509e783526
	.quad 0x1995e98429f97142, 0xdf09cd42bfb00000
	.quad 0x741f78f7eefaf35d, 0x0016fcf1cce9e173
	.quad 0x4215e7e340d00000, 0x3fb00000058b8ab0
	.quad 0x3f4c000000000000, 0x99390727d7dd5cf5
	.quad 0x7dadc51442864e05, 0xefe03b5df3204f53
	.quad 0xadbd96a38a3a4cda, 0xfff1e2fec0d89b4d
	.quad 0x170b366eaca2013d, 0x5792bb798e6eb06e
	.quad 0xfff0000000000000, 0x6f5a97717f7fffff
	.quad 0x73c16eb4ffffffff, 0xcfab9076412fcf99
	.quad 0x4365b090e0ef3c45, 0xf78a29feff17052d
	.quad 0x002fffffffffffff, 0xbfcd6e2743aa7694
	.quad 0x7dcd287ee0ce38d0, 0x0000000000000000
	.quad 0x07096f793d8c0a1e, 0xc2929320d7cf60ab
	.quad 0x5e9e43407a257bfd, 0x00000000ff7fffff
	.quad 0x80086751bbf50467, 0xfe610007cf9aa17b
	.quad 0xfff1d7fcfc671357, 0x0d832d72fa9277ff
	.quad 0x800000008bd1c82f, 0x77641e334308be35
	.quad 0x56a99f57e49cc542, 0xe788feaaff5fee3f
	.quad 0xc2187737425ce20d, 0xc329c2a24f107831
	.quad 0x2bc068e41ec69381, 0xfa7da02f81bb4a8e
	.quad 0x91ad4f13eb3c3725, 0x79d6a763ffd7abff
	.quad 0x3e22ab0480000000, 0xc00e000000000000
seed25:
	.quad 0xfffffffffffffff4
	.quad 0x0162a0ffafaddff7
	.quad 0xb1f2d12bca5f7ea0
	.quad 0x00000013ad4228e9
	.quad 0x7e3b447dcb536dfc
	.quad 0x6ab03bc5d44485ee
	.quad 0x000000343796d3c7
	.quad 0xfffffffffffffeb2
	.quad 0xfffffffffffffe52
	.quad 0x1f5ee8f9fc8ba2bb
	.quad 0x51ee4d5e0aa792d7
	.quad 0x0000000000097d02
	.quad 0xfffffffbf2c32a15
	.quad 0x2bedc092b3be827d
	.quad 0x0000000000000249
	.quad 0x6e6eeed2fb388319
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0xff87089b7e5b4931, 0x2a5572ccc210dfca
	.quad 0x3feeff3dade6cc84, 0xffcb55747f800000
	.quad 0xbfc0000000000000, 0x7eec2da841140000
	.quad 0xc0356b09ebf36e54, 0x4082100000000000
	.quad 0x405b1a1f96b0456e, 0xeea2250180000000
	.quad 0x808000003f800000, 0x4b4b16b62eee8001
	.quad 0x0000000000000000, 0x9779e90355bcb374
	.quad 0x411faf3eff912f2f, 0xc4fa4c9700000000
	.quad 0xc049e0abbd35e593, 0x8006041ae4a59bb2
	.quad 0xbeacc24c00400000, 0x7ff8000000000000
	.quad 0x3fe5f2a350bd9e39, 0xe57bf8f5228aa6c1
	.quad 0xde75d53a2121f20e, 0x5f800001ff964e3c
	.quad 0x3d25d8d4c0100000, 0xfffdc2b7cf23d7eb
	.quad 0xbc541ad5c18f2c36, 0x0880f24792213ffe
	.quad 0xe2b0dc45e9687c00, 0xc4b289dfb7b7bde7
	.quad 0xc0d37056d3cfc65e, 0x82e2c593f58d5b05
	.quad 0x4038ad70e87554e8, 0xb14c16e9bde39dfa
	.quad 0x0000000000000000, 0xdf7fffffc5f00000
	.quad 0x839fe413ece06e6b, 0x536bce33fffbc146
	.quad 0xe2ce0bf280000000, 0x7fefffffffffffff
	.quad 0xfb4fd560bfdfbbf6, 0x7f0000003bcc0aea
	.quad 0x375f10d38d7eaf4b, 0x8000000000000000
	.quad 0x405173e3bbbc9035, 0xf520dc363c1ab459
	.quad 0xc6f200007f7fffff, 0x8013208a80000000
	.quad 0x518a47dd883306df, 0x81c21caee78b150c
	.quad 0xf486b32cd5938800, 0xc008dd1f82ca2e72
	.quad 0x62f178f2c1236c7b, 0x548b61bd7f190000
	.quad 0x23ec51d2bef5ac33, 0x7ffddd7f6cb124d7
	.quad 0xffeec9a700000000, 0x7f876f5f7f800000
	.quad 0xc2e01a54f0f9e4ab, 0x3f894c3683ce1a4a
	.quad 0x7f968ddeff8240f3, 0xae18d0dba241e8e8
	.quad 0xd8710f4ddcddff15, 0xbf43854253c5a27f
seed26:
	.quad 0x2b8bac29e203144c
	.quad 0x0000000000000001
	.quad 0x38fdeccfeb01e809
	.quad 0xfffffffe52ce2731
	.quad 0xc5ea8485b3a4de45
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x0f3778b345548664
	.quad 0x000000006e5979ff
	.quad 0x000000000095de15
	.quad 0x00000000003ae839
	.quad 0xff1529fe40024b7f
	.quad 0xfffffdb94e36f802
	.quad 0xb7d6077740984dd5
	.quad 0x00000000000001e2
	.quad 0x0000000000000308
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x4340000000000000, 0xff80000094c4ec91
	.quad 0x4064a638eedcd4b4, 0xe92c426a201a7bff
	.quad 0x3ece905b7453ebfb, 0x3f672addfff2f70a
	.quad 0x9f12f3c288907d0c, 0x1ffd523c656dfbef
	.quad 0x73a984d0812de4c0, 0x001e2d66686e490c
	.quad 0x819773bf660b0000, 0x3fe3ac99b478df35
	.quad 0xf92452affffff6fe, 0x3966a8b380000000
	.quad 0x4067b37340980000, 0x0cb31816d2553b94
	.quad 0x9055c5bc9bce01b4, 0x3d32800000000000
	.quad 0x7f92d336c3f6531d, 0xee4cb256ed49dd2e
	.quad 0x36d0d54cfff6deff, 0xc2cefc857fb67a6a
	.quad 0x010000007f000000, 0xfff45460067f975d
	.quad 0x002fffffffffffff, 0x5e9d0ea7b01d82db
	.quad 0x3c5d97d0c51a0000, 0x0b943d5d66e0257f
	.quad 0x27bd6d5fdbfffdbf, 0x40577844096c9c64
	.quad 0xbf80000000400000, 0x7ef99559c320636f
	.quad 0x7ff7c77428a2abe9, 0xbff4000000000000
	.quad 0x6879422f5cce7c00, 0x6844cb834e0ab2f4
	.quad 0x7fdfffffffffffff, 0xcbf4e8117f97c3fe
	.quad 0x80000001ff99180d, 0x0000edf9bb8b620f
	.quad 0xc25f03a000400000, 0x800000007f800000
	.quad 0xff8000009b260386, 0x3f9fa25fd0ee50a7
	.quad 0x42b5bb35bfe00000, 0xbd15cfc5ff800000
	.quad 0x40f000004fdc105f, 0x000000007fc00000
	.quad 0x74454262f9902b66, 0x7dc8e011cbb77e0c
	.quad 0x03016ab7c512a235, 0x4ae5edbc7ffbdffd
	.quad 0xc0136c02b982769a, 0x04e18d804741edc6
	.quad 0x85e0dc95d1b9ff2c, 0xfff8000000000000
	.quad 0x7fc000007f800000, 0x351e1327926c75b0
	.quad 0x7ffdfd5a248ed32c, 0x68341997746283ff
	.quad 0x84ddd2dc46dfed75, 0x64ccc3a557122cc6
	.quad 0xbf93e4931d62279c, 0x3e8a86e047800000
seed27:
	.quad 0xffffffff80000000
	.quad 0x0000000000000003
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfb1210fff7c090c0
	.quad 0xffffffffffffff64
	.quad 0x0000001fe7067df9
	.quad 0xaacd33792d52192d
	.quad 0xfb963d31bea56433
	.quad 0x000000000000011e
	.quad 0x458cdc9d4f6eedec
	.quad 0xfffffffffffff607
	.quad 0x0000001de91ac0d3
	.quad 0xffffffffffffffbe
	.quad 0xfffffffffffffe2b
	.quad 0x012332cdefb29afd
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x40edcd7e663c88a4, 0x7f800000ff800000
	.quad 0xa8cdc3f342587ada, 0xd5ffffff7e533e9c
	.quad 0xc05fa29cecda7039, 0xc390376a80de877c
	.quad 0xbfffa8996afe3d3d, 0xf2ddf58cdeae2a9f
	.quad 0xe837b315ffc5acfc, 0x8080000041000000
	.quad 0xffc00000ffc330cb, 0x3b99d76617ef8fec
	.quad 0x5853fca09b89cfaf, 0x00000001806ea7b8
	.quad 0x00ffffff00000000, 0x766e7cb4a2b03952
	.quad 0x80000001006025c8, 0x294d7159da74e28c
	.quad 0x411c000080800000, 0x3c349ec1c10e0000
	.quad 0xc144e6d980000000, 0x3fe2b43d845553f8
	.quad 0xca7c20b540d80000, 0x401d000000000000
	.quad 0xc016000000000000, 0x0aa17b35be75b37d
	.quad 0xb681eae1f6d99021, 0x7855e939bb663f00
	.quad 0xfff0000000000000, 0xc020800000000000
	.quad 0xbc43830477aefbdd, 0x5fffffff7f800000
	.quad 0xc1e0000000000000, 0x7177c06cffdfd7f3
	.quad 0x000000008ce6a155, 0x40e0000000000000
	.quad 0x0cd35ea7693bfc81, 0xbfbbfccaeb469789
	.quad 0xf1e319fdbc5f6feb, 0x3fbf7787e28afb29
	.quad 0xfffb715c52cf6aa0, 0x800fffffffffffff
	.quad 0x29e6cd9547effff6, 0x4459c779de001112
	.quad 0x3ff7d51f4511db50, 0x800000007f800000
	.quad 0xd407112dcbdfafff, 0xb2b502668defffff
	.quad 0xc00a000000000000, 0x7fa23d7a807fffff
	.quad 0x7ff1b379c3d3f247, 0x8000000000000000
	.quad 0x7d93984414465dff, 0x3eb0000000000000
	.quad 0x15ec579da338fc00, 0x3ff104f90ffc9e39
	.quad 0x400000009d7416f1, 0x03b21ba488b612e1
	.quad 0x324f5e9a02661fb4, 0xa0c29163850e7c00
	.quad 0xba019b88392e4af9, 0x8000000000000000
	.quad 0xfeffffff7f8b4ca9, 0x05cf1c41ff800000
seed28:
	.quad 0xfffffffff91c94dc
	.quad 0x77d4f1acc1d589b4
	.quad 0xffffc610d80b68a2
	.quad 0x48c124ac5b420731
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x000000000000012b
	.quad 0xa209edd156a079fd
	.quad 0x000000001f4052a1
	.quad 0x00000000000002ce
	.quad 0xfffffffffffffc3b
	.quad 0x00000000000002d0
	.quad 0xda6bf800668d9c69
	.quad 0x025e7f6617858307
	.quad 0xaefa64857d70da08
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xe672beccffdefefb, 0xb86c8000ff800000
	.quad 0xff91190f5a7fffff, 0x1e47b44d7d6f3c7b
	.quad 0x40540f8a1656ea5f, 0x8219cb3e4d95ea98
	.quad 0x02613daed0d9792c, 0xc86000007f800000
	.quad 0x586dc90f644b77ff, 0xc0b4000080000000
	.quad 0x377965f5a44e57dd, 0x4314276e3f800000
	.quad 0x401a6faf7f800000, 0x7bdbf41aafec8400
	.quad 0x765f5685ffa39208, 0x86a98ef6fff7efe6
	.quad 0x9c0e9bbaefad0dfe, 0x03ba6b6f80000000
	.quad 0xffe0000000000000, 0x40b40000df800001
	.quad 0xb53fc510ae67dc0e, 0xa9feb84bffb32ce0
	.quad 0xc1ffffffffffffff, 0x7f5535633200eded
	.quad 0xffbf982971421e5c, 0x179f00609d23ff89
	.quad 0x3eaa000001000000, 0x72ad8d9fffd37ca1
	.quad 0x7ff161b9a21b20c2, 0x7fca8c24bfa00000
	.quad 0xfeffffff80800000, 0x2cb45e3200000000
	.quad 0x831e5c5960e3d636, 0x7ff7beaec4640000
	.quad 0xc03a3fabc59fea73, 0xaa0ec69b52bffc75
	.quad 0x52dc3fc545e0818b, 0x88892ac47ff3decd
	.quad 0x9f203b53eed64628, 0xbc00000058ab430f
	.quad 0x73aac63a77e67e00, 0xdf5c1e80a1082808
	.quad 0xcb3e56c3aff3ec36, 0xb2d9c3edffff55ff
	.quad 0x617058314baef749, 0x80000000ffc00000
	.quad 0x40300000c0a00000, 0x0c5aacf7ffda791b
	.quad 0x0966f096bd797c9f, 0x790b2a23c7a0dfdc
	.quad 0x800000003c92f155, 0x40880000012aa620
	.quad 0xb15199e713537fd3, 0x8020000000000000
	.quad 0x93a23f6404e17c00, 0x400dd6521839e0c0
	.quad 0x7f8000005fe6bf00, 0x7fdecb9eb7000000
	.quad 0x3f7beee3080c7323, 0xaebe58cb08255dd4
	.quad 0xff8747e5c29a357c, 0xc11c0000404ff1c2
	.quad 0x404db92a8ac7be54, 0x7f80000075e421f0
seed29:
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0xa51dbeb3f7ccf409
	.quad 0x8000000000000000
	.quad 0x000008a99c3b8fb5
	.quad 0x75ff7c67dafaea64
	.quad 0xc6d54606e791255b
	.quad 0xb5f36b46d3c8c16e
	.quad 0x0020000000000001
	.quad 0xfffffa041efff8c2
	.quad 0x0000000080000000
	.quad 0xe641d9f8c3b1f3ff
	.quad 0xd4572d3566a9f992
	.quad 0x0000000000000014
	.quad 0x00000000000003a7
	.quad 0x04800000
	.quad 0x20000000
	.quad 0xcb99c9b741000000, 0x544a4a993793a48d
	.quad 0x801fffffffffffff, 0xacf52b1a27893900
	.quad 0x407208d9901392b6, 0x7f8805013243f410
	.quad 0x51f41de52492fc00, 0xfb2bff82c3be5c3c
	.quad 0xffc0000082a1c3a2, 0xc2e4d406ba6b8000
	.quad 0xffeca72667b4a3fc, 0x70736bec710a4300
	.quad 0x5fffffff7f800000, 0x80000000ff800000
	.quad 0x7ff53fbaa55c004c, 0x4f7470ad52430258
	.quad 0x833936fc7baea95f, 0x1abad73cffef7bf6
	.quad 0x8005766be6748b0e, 0xbf85de36b452a49f
	.quad 0xffeb4f3def33fc90, 0x800000017ff73bbe
	.quad 0x7e05a13006b60f28, 0x02c215dd573f7992
	.quad 0x7fc0000094834f3a, 0xb450b79ce3c6284d
	.quad 0x7638595ad51dc080, 0x02bf35b1b422bd72
	.quad 0x7ff0576578ecd8a5, 0xc021000000000000
	.quad 0x9bb44a825b767c00, 0x7f984ab0001a2105
	.quad 0x1aaf6b11dfb384c8, 0xc87a1275e6eaffcd
	.quad 0x80000000ff800000, 0xc13d765eda000000
	.quad 0x53e3325ff7b96ed2, 0x74b31a5f3673534a
	.quad 0xff8000003cd00000, 0x8feedeb6ae8194c9
	.quad 0xfffaca35d5c71a63, 0xc00c000000000000
	.quad 0xfe42594a333db878, 0x406ed9323cf626b5
	.quad 0xbc513623ffabed00, 0xeca03ae2aaeb7e46
	.quad 0xe6ec4390efcefe8c, 0xfa3d7a5cef7fffff
	.quad 0xc022000000000000, 0x3ccefaa67fbadd61
	.quad 0xe8a315f9346fc380, 0xea6fd50e261bfdac
	.quad 0xbf19000000000000, 0x803c05d4dc88a358
	.quad 0x8199cb3366744d86, 0x00000000c5580000
	.quad 0x0000000000000000, 0x06f55f0842ea211c
	.quad 0x3f800000ffc00000, 0xffc000000339c6aa
	.quad 0xbabe0000bbbc0000, 0x9e72087ae7535596
	.quad 0xc094000000000000, 0x401e000000000000
seed30:
	.quad 0x00000000ffffffff
	.quad 0xfffffffffff864fd
	.quad 0x0000000000005d48
	.quad 0x40ea65f50c018ba6
	.quad 0x00000000000096b3
	.quad 0x000000007fffffff
	.quad 0xbc952626ff28fdfc
	.quad 0xfffffffffffffffc
	.quad 0xfffe9668d91229c1
	.quad 0x000000000000012a
	.quad 0x850367e0fe63403d
	.quad 0xf8ecb56c249484fd
	.quad 0xffffffd5c83fc650
	.quad 0x99c0b5b1b3e6d119
	.quad 0x5f759b6bf7b71868
	.quad 0xf1c5b6f5ec5f86fd
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x406067c7b5b43d1f, 0xbf7700007fbf222b
	.quad 0xc2b94b343dac3d03, 0x438380002d843373
	.quad 0xbf9d958ef924c365, 0xa9ba2883c58641d7
	.quad 0x3b6fb2e49bcf0069, 0x4366df87bff9fef9
	.quad 0x01d65f31df7fefef, 0x6353a57b7bca03b9
	.quad 0x01000000793530b2, 0xfff3cfb494325f41
	.quad 0x8000000000000000, 0x1a0d6f02efafb46f
	.quad 0x47000001ffc00000, 0x0000000000000000
	.quad 0xfff0000000000000, 0xbff9813a8e2d68a6
	.quad 0x7417b2eec875fa4f, 0x3ffb9c12f14e15a2
	.quad 0x4040aed840e00000, 0x8000000100400000
	.quad 0x49580000f3eb8fde, 0xbbd1b906ffc00000
	.quad 0xa0642bc655fb33fb, 0xcbff66caf9a078b7
	.quad 0x9d3deb836f057ffd, 0x7f9518c9f7f09832
	.quad 0x03fd53935069c040, 0xc021800000000000
	.quad 0x19ea9d2df7ffa472, 0x43ffffffffffffff
	.quad 0x404000007fa5a5f7, 0x800000007fab4872
	.quad 0x3d9cd09ebc14183d, 0x9b5ee8081539fc00
	.quad 0x3bee6b3958c229ef, 0x403c10be508b2dcb
	.quad 0x8009a494edaff538, 0x7bf180e7f3e8a2bd
	.quad 0x802e2819c67c0000, 0x1e52b9e30238283f
	.quad 0x7fb57b9af2d85a4f, 0x7ff8000000000000
	.quad 0xff7eaff5f51b60c2, 0xfc0f27f27fc00000
	.quad 0x3b18000059ffffff, 0x840351e5699fd7eb
	.quad 0x5ef4168ff8ebc52b, 0x8007c8b4bf60fd0d
	.quad 0xe96b38ecea4545fc, 0xec6dbbfe080c2034
	.quad 0x40428b3fd9ddec7d, 0x7ff8000000000000
	.quad 0xff800000c0c80000, 0x1f48c16f77ee07ff
	.quad 0x80000000807fffff, 0xc07c0745b0a74a82
	.quad 0x40506dc777aabefb, 0xea6523ca77c06e00
	.quad 0xc0a36b17dffffffe, 0xf7d59956ffb9e30f
	.quad 0x0f8e8429ffc5efbf, 0x0002c69075bcdc92
seed31:
	.quad 0x133794618364b4eb
	.quad 0x0000000129e5a6d6
	.quad 0x67822af87f01eab6
	.quad 0x0000000000000001
	.quad 0xfebba372f3660d58
	.quad 0x7fffffffffffffff
	.quad 0x07af2e78d3a7011e
	.quad 0x19ec8d6c2ffd0bdf
	.quad 0x0020000000000001
	.quad 0x59eea8a79ae85ea2
	.quad 0x0020000000000001
	.quad 0x929f20cf3c18e609
	.quad 0x00000000000003e0
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x3fa5344e5d8c45ee, 0x47fc1b26e95bbd40
	.quad 0xc7e09a3b878ecb54, 0x791ea86f4905fe00
	.quad 0xff800000ffc00000, 0x6a210f0ffff67e00
	.quad 0x88b91ee79bfd834e, 0xfff0000000000000
	.quad 0xbf96800000000000, 0x262ed9baff95a977
	.quad 0x586f69466fb3e3dd, 0x8000000000000000
	.quad 0xb6d000007a5f6594, 0xdde9a97d1819a9b0
	.quad 0xc10c00007fe5f00b, 0x4ba3600dffffffed
	.quad 0xc1200000b7c24fd0, 0x2233a2b1a00aac50
	.quad 0x722df759f8ef4840, 0xffc00000c0500000
	.quad 0xffc00000bd6113e3, 0xc03cfa707e7d42af
	.quad 0xff5926367883b1fa, 0x9c775a21ff7fffff
	.quad 0xcc12480dbff56d16, 0x6aa37daa63657cfa
	.quad 0x81440dbb99b7634d, 0xbb0000003ff61f7a
	.quad 0x03193539af563d47, 0xc3f0000000000000
	.quad 0xdffffffe894c6caa, 0x8d5db0a66054029d
	.quad 0x011821565a7fffff, 0x407170b258224367
	.quad 0x71c4e5b65ffffdbc, 0x25d97fa101e35b62
	.quad 0xfeab9aa2861da58e, 0xd332e41200000000
	.quad 0x9ca5d7e1c9ffdfb3, 0x7faf57d66f4c2373
	.quad 0x8000c4b5bced362b, 0x000000007f800000
	.quad 0x9be8557aff9ff6f3, 0x3f54ee817fb22c9e
	.quad 0x588b28eb3e859b8b, 0xbc30986f7ffd1ed2
	.quad 0xc0ef61d63b800000, 0xc05dccb17ead588e
	.quad 0x3fe0000000000000, 0xbd45f1657e0a838e
	.quad 0xae9f792cffdc7899, 0x08e969049f27fbbc
	.quad 0x0071e48221ecba40, 0x30cf481f0201d746
	.quad 0xa66d6282ffa76b36, 0xfe1a57f66af81d2e
	.quad 0x3ffe000000000000, 0xf1f1ed77e916742f
	.quad 0xc1b19557d1f9ed21, 0x002d6f2a852afcf2
	.quad 0x7f8000007ff46c70, 0x8000000000000000
	.quad 0x7ff10a596042408d, 0x5c2599c2cf7cdffd
seed32:
	.quad 0x5f188bd187577597
	.quad 0xe5bcf14989e8eb7a
	.quad 0x00006a69a0999602
	.quad 0xfffffffffffffc2d
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x0000000000000215
	.quad 0x7fffffffffffffff
	.quad 0xd6be012eb331e163
	.quad 0x0000000000000325
	.quad 0xfffffffffffffcf6
	.quad 0x7fffffffffffffff
	.quad 0xff34ee1aaca1093d
	.quad 0x3dada3895c7ecf6c
	.quad 0x95bae1c8a6baf15b
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x3b8170583f321273, 0x400c000000000000
	.quad 0x4744a2984ae4d5a9, 0x01439afb654a05b2
	.quad 0x3cc566f3c66d7c00, 0xbf8000001cc40cb1
	.quad 0x7ff8000000000000, 0x80042135ff874b1e
	.quad 0x4f55486ab6677e00, 0x000660500ca0840d
	.quad 0xabce8b9877677801, 0x0000000000000000
	.quad 0x800000004320ce03, 0x818fe976c815fe00
	.quad 0xc0a0000000000000, 0xefa85f7b5dbfe7bd
	.quad 0x401cfaa70fc25cc7, 0x1acd60b0bbfafddf
	.quad 0x40effffffffffffe, 0x80014590c2e60bd6
	.quad 0x801fffffffffffff, 0x3f9f1b7159155654
	.quad 0x13bd9f08def49bff, 0x1df19341227d9d4b
	.quad 0x08ac3988005ee223, 0xc1143b8398abdc0c
	.quad 0x7faa2a80ff543195, 0x8b1068de4f7fffff
	.quad 0x0000000000000000, 0x7ff40fa7ca5f49f7
	.quad 0xc04d1fb5b07dc467, 0x8000000000000000
	.quad 0xce60e2a5ac67fcac, 0x3feb5fd36c5ffc50
	.quad 0x784ac5bfe1424480, 0xce730cbd9d6b9f3b
	.quad 0x8f3c3cc17fc00000, 0xcced74e81470a127
	.quad 0x407ba7786c919c38, 0xc12dbf14ff800000
	.quad 0x8069d04a9b095d00, 0xc023800000000000
	.quad 0x40f80000805da632, 0x600c876efff7360d
	.quad 0x3fec000000000000, 0x3ff173d1785efa6f
	.quad 0xb262c69affbdfdb7, 0xc623b9c5a82c6e05
	.quad 0x40fffffffffffffe, 0x01f10109901179d8
	.quad 0xbffefddd4e283dab, 0x42ac070a3dd60000
	.quad 0x1969c5cf9e1c8000, 0x18f183c8df800000
	.quad 0xb79de91f7ff3f77f, 0x3fc39909c61d2556
	.quad 0xc102b27ec18eb377, 0x7fefffffffffffff
	.quad 0x034250ea9861c890, 0x7fcf8a50c2cc7fc6
	.quad 0xff00000080000000, 0x8b71a00bb19f8000
	.quad 0x852698b755b7ac2c, 0x0000000000000000
seed33:
	.quad 0x19f4b37eda214d06
	.quad 0x0000000100000000
	.quad 0x0000000279a013d5
	.quad 0xb1806ebba0029589
	.quad 0x0b970a64c6fe1d49
	.quad 0x0000000000000b68
	.quad 0x7fffffffffffffff
	.quad 0x000bb422ee5e8b40
	.quad 0x00000000ffffffff
	.quad 0x8e682a51f56e01d3
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffef7
	.quad 0xcd5981c009bb414d
	.quad 0x0000000000000001
	.quad 0xffffffffffffff91
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x5017b8daffd04000, 0xbf752ee200000001
	.quad 0x88483e3c00000000, 0x001ee2990030d0ac
	.quad 0x7ff0000000000000, 0xc7d1666bd73fabab
	.quad 0x7fd8f28a71b707c7, 0xbe80000041112294
	.quad 0x124b2e9ffffb7ffe, 0x7ff34e528fe21cc5
	.quad 0xb02270c84275f64b, 0x296293b8ed8cc00c
	.quad 0x9da901ebbba81986, 0xa06197bcffe9e9ee
	.quad 0x722bb76204fe1453, 0x7ec9dae301000000
	.quad 0xeafbcf7b7f800000, 0x8000000000000000
	.quad 0x4019000000000000, 0xfe68b0484c5b3877
	.quad 0x3faccf4d1d99bbc7, 0x5f151cd38b504058
	.quad 0x80400000ff8bfc96, 0xc021a47fa3f058dd
	.quad 0x02644b6fffb9fbbf, 0xbec62decc2f0674c
	.quad 0x3a152712ffe15de2, 0x843f7b0135400200
	.quad 0x80041e95281224c0, 0x04df2147bffbfbae
	.quad 0x837bd2babf0e193b, 0xc0200000402400d3
	.quad 0x4159eb4c47d5446d, 0xc000000048500000
	.quad 0x3b9b05b1eba9856c, 0x7fc0000036800000
	.quad 0x60a1652dc75034e1, 0xf43ea0e24b8dfe19
	.quad 0x501dded57fffeff6, 0xaacccb3800ffffff
	.quad 0xfff8000000000000, 0xbff04b9323e12341
	.quad 0xff8e9f56bdaef0f3, 0x800b7cd8ad48f1f8
	.quad 0x7bebee323e90fe00, 0xc3afada700000000
	.quad 0x28447e0c2c83c145, 0xbfe00000c77fffff
	.quad 0xc261bff2a2dc48c0, 0xf6b5b8a9fdbe17fb
	.quad 0x8885d1f7c0000000, 0xaa783f9d81f3f0f8
	.quad 0x3bb29e23007fffff, 0x800ba6e74032c33d
	.quad 0x52b3061cffe5cc98, 0x7fc0000080000000
	.quad 0x498bf1c2ffb7cbe3, 0xc2c530947f800000
	.quad 0x3e3dc4702729c65f, 0x3f14d7a23d0a4d89
	.quad 0x7ff3967abf019f2b, 0x162bf30300493ee9
	.quad 0xf250d267fffc4e21, 0x79bcd69723d5bc00
seed34:
	.quad 0xffffffffffff9513
	.quad 0xffffffffffe81205
	.quad 0xffffffffffffff28
	.quad 0x326209398bf1806a
	.quad 0xcf8818f76aa3ed09
	.quad 0x000000004c3d580c
	.quad 0xfffffffffffffc7f
	.quad 0x809ad6c34c498dc5
	.quad 0x998a213e04c97035
	.quad 0x000000007fffffff
	.quad 0x568f0851db2e823a
	.quad 0x0000000062e80c92
	.quad 0xfffffffffffffffd
	.quad 0x00000000000002fd
	.quad 0x2eec51101fab99ec
	.quad 0xfffffffff48d884b
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x1a0850efc3de8218, 0xa4fda8abf5f7d679
	.quad 0x8139be07bbe51f32, 0xffe6d6dbc0100000
	.quad 0xde19c328736f7d84, 0x3163d513765f3f8b
	.quad 0x7fc0000036689907, 0x59117cb04cf78000
	.quad 0xc04e8bb9300e1645, 0x3ffb2adc3cb6eeb0
	.quad 0x4a6fb39b7fd7d5cc, 0x805f4e60ffd77ff2
	.quad 0x80038055d338ff07, 0xfcc391ea5e0b53d8
	.quad 0x67295dfe7fffffff, 0x3de9ec8b3f27e4ab
	.quad 0xb3c5219280d7260c, 0x23bd75f028677e1d
	.quad 0x3d048913bf400000, 0x60650000f1eb8229
	.quad 0xc0f1000000000000, 0xcd8891ee93af7c00
	.quad 0x3fc03518ae67ff7f, 0x0110f8d6dfd74f7f
	.quad 0x9b55e0f7581b0036, 0x00229716ab506c12
	.quad 0x00000000ffc00000, 0x310f877afdbfff92
	.quad 0x35ac0000bf124ef7, 0xc049200000000000
	.quad 0xfff20d932a5ec9f9, 0x6ff95fc96ac627ef
	.quad 0xebd2baa8fdac9a73, 0x00000000700b8294
	.quad 0x7cdcdc1372532144, 0xd7c9572c768d7f8d
	.quad 0x02fe814f7f800000, 0x70dd02ff149ffd2d
	.quad 0xbe2f73cf00000000, 0xff800000c8280000
	.quad 0x2863a0f7d9624100, 0x406e70101aef83f0
	.quad 0x5f955fe54fbefc00, 0x8054eda3bb94ee7a
	.quad 0x3d3c00000373e60d, 0x41f3dc5980063b49
	.quad 0x82cacce777ffffff, 0xc07f172142c00000
	.quad 0xc0382e919c412bfd, 0x41d0d9c07fa75a4d
	.quad 0x18a0d2707f82b088, 0xf38f6633f4ad2bb4
	.quad 0xbfb27ef9c14083ff, 0x0020000000000000
	.quad 0xa935259cff800000, 0x3fc90d2341e0f44c
	.quad 0xff66c31fe75ac89d, 0x0a9a0864f052719b
	.quad 0xff800000c0f00000, 0xe606f07a30727e00
	.quad 0x6620456b3cef1ea3, 0x17669d03ae284d39
	.quad 0x83694c992402d989, 0x496fca8d8df147f7
seed35:
	.quad 0x148d658233e054b2
	.quad 0xce7c3c5092ce188c
	.quad 0xffffdf6350bc43cd
	.quad 0xfffffffffffffd7a
	.quad 0xfffffffffffffcd0
	.quad 0xfffffffffffffc59
	.quad 0x444e90e3c4a6b608
	.quad 0x00000000000cdd46
	.quad 0x0000000000000000
	.quad 0xffff6154bcd8d8a9
	.quad 0xa90e276567fede70
	.quad 0xfffffffffffffef0
	.quad 0x00000000000050ba
	.quad 0xffffffff933405de
	.quad 0xd5ee8ec5902e863c
	.quad 0xffffffffffffff50
	.quad 0x04c00000
	.quad 0x50000000
	.quad 0xda277bf9b3c32a19, 0x0fb7f785ffef7d7d
	.quad 0xb415ba0e7a586b36, 0x5b56c1e8e15c25d7
	.quad 0xfff0cdef4db626cf, 0x7ffe34ada0cf4d7d
	.quad 0x40800000bc49f407, 0x81c2ca1b84689542
	.quad 0xbd4800008c3480c2, 0xc030000047b4eeaa
	.quad 0xc7000001ff9a2bf5, 0x4041bdca6fbe0001
	.quad 0x10b7ea5284b3baf1, 0x7f59dc1dd76c619a
	.quad 0xc01c800000000000, 0x745f8b8280d422a3
	.quad 0x003ea975f246da27, 0xfe8be13ebd8a5652
	.quad 0x41e0000000000000, 0x40a255d1ff800000
	.quad 0x08ef327686692bba, 0x7ff0000000000000
	.quad 0x9f709a2dffb88000, 0xbff4000000000000
	.quad 0x73a687947fd8ae40, 0x68bff3f8eeffffff
	.quad 0x5739291906edf485, 0x3e624bbbbfb0c9e5
	.quad 0xfb21d161fff74224, 0x6dd6c32e7ffbfcff
	.quad 0x8a32d21841600000, 0x0916e897ed34ae18
	.quad 0x3fd7fb4d3baaaa85, 0xfff0000000000000
	.quad 0xffe0000000000000, 0x801fffffffffffff
	.quad 0x3ee8000000000000, 0x0008000000000000
	.quad 0x807a5d91afcadf7b, 0x7ed40b686536a074
	.quad 0x801304880a37da83, 0x3f7070f1c9f87d57
	.quad 0x00400000bf7655c7, 0xc653b7d91fc19df8
	.quad 0x30bc69b30a5a1f15, 0x026797ac3ccfc401
	.quad 0x8001351e72c04089, 0x7ff36d1b4efa64e8
	.quad 0x5bed1436bfad61f0, 0xe220993eb022e2f8
	.quad 0xbe4f952f725d1170, 0xfffcd8313fb3ecaf
	.quad 0x69576fbcdfb6479b, 0x4128000000000000
	.quad 0xabca7038ffcddbff, 0x745731c9d8d176ec
	.quad 0x04fb55abc9360000, 0xc2ef94813e9583ff
	.quad 0x7f800000fe800000, 0xa7fba873a395ffcf
	.quad 0xb34b63e07f800000, 0x2877d4dd7223b73a
	.quad 0xc0fa79eb6a5f82f9, 0xbfbd75bf3d1c2c50
seed36:
	.quad 0xfffffffffffffd42
	.quad 0x2482635fedc7f4a8
	.quad 0xfffffffffffffd83
	.quad 0xffffffffffa6c9d9
	.quad 0xffffffffffedc370
	.quad 0x1e4d3d672dc075d2
	.quad 0x00000000ffffffff
	.quad 0x92eb953209be3200
	.quad 0xffffffffffffffad
	.quad 0xffffffffffffffb4
	.quad 0xd70d6ebdac856a93
	.quad 0x0000000000000000
	.quad 0x0714c82c87e224b8
	.quad 0x1591eb9a3bcdaae2
	.quad 0x000001513f38c8eb
	.quad 0x000000000000037e
	.quad 0x06400000
	.quad 0x70000000
	.quad 0xffc00000002f16d3, 0xbf3f1a737ef53abf
	.quad 0xe844789919837767, 0x01b71005a3698d64
	.quad 0x407d63fdd21225de, 0xf8dd8589fd73dd4f
	.quad 0xc297e4e0ff800000, 0x800db8d4107505fe
	.quad 0xea4043acbf3ecab7, 0xd334d3de9073ee10
	.quad 0xa1e91753441f0301, 0x9906bfb47808fe00
	.quad 0x40b000007baf0146, 0xc0449eb67f800000
	.quad 0xbec8000000000000, 0x014bba480c02f1fa
	.quad 0xc91408198112fc44, 0x41018bd280000000
	.quad 0x5a5ab0ffab8fd3b1, 0xcc5ac67d9db67c00
	.quad 0x7ff0000000000000, 0xff91a919c0d00000
	.quad 0xffef9049717bee5a, 0xb28b771de375ffed
	.quad 0x41560c9a5fb3e319, 0xbe12b1b87eaf618e
	.quad 0x401c800000000000, 0xbc17ae2bc2ef0d26
	.quad 0xfffcba259b421ce7, 0x075935c049800000
	.quad 0x7ff67205b0f169d8, 0x29cfb1126fbffffb
	.quad 0xbd620000c36452c8, 0x319cbb24955371e9
	.quad 0x3ee2549900000000, 0xc07cb8eddc3c1d6f
	.quad 0x7fbefee540500000, 0xc0fcb1e5842c7422
	.quad 0x3c7d3a4b78205bf8, 0x5b203431fce7fecd
	.quad 0x7804377106577c00, 0x08a8a977d05589a5
	.quad 0xbfe5fe491c0a99ef, 0x8000000000000000
	.quad 0x3fcdfb28bcb659c5, 0xcf00000100000000
	.quad 0xcf74a3d71da614fc, 0x00000000bd913ff5
	.quad 0x7fd0000000000000, 0x3cf3a710dffffffe
	.quad 0xbf703759507e7335, 0xf374513c8c77e7e9
	.quad 0x7ff7cfa06fa9547e, 0x579c60f70681abff
	.quad 0x62d483d9fdd700de, 0x47b7be6767ebb32a
	.quad 0xea45e8bbfff6c460, 0x3c13f86980ffffff
	.quad 0x4eac294ca8cef7e1, 0x24e55abdde8ab4ad
	.quad 0x3f800001c159ad9b, 0x80160eb65633fa15
	.quad 0x80085973ff9f8987, 0x247188e14c0395ec
seed37:
	.quad 0x0000000000000001
	.quad 0x114283589bcebfc3
	.quad 0x1642e4b5ea69a392
	.quad 0x0587b9eb440802ac
	.quad 0x358b08120316c455
	.quad 0x000000000000003b
	.quad 0xfffffffffff02dfb
	.quad 0x07fb4af160f958d5
	.quad 0xfffffffffffffdfd
	.quad 0xfffffffffffffe01
	.quad 0xc8d1136422b037cf
	.quad 0xc417afb9cef442ea
	.quad 0xc24be340f821984e
	.quad 0x0000000000780317
	.quad 0x2f3db5fd35171f83
	.quad 0x0000000000000365
	.quad 0x04400000
	.quad 0xd0000000
	.quad 0xc3377d0dc1bd3594, 0x7ff46faf5edcda01
	.quad 0xc00c000000000000, 0xff82eedebc513656
	.quad 0x06bf94638cf5aeab, 0x9311b5f1e6fc8842
	.quad 0x000b01d09d7f9aa3, 0x8d99b059bdd49ee2
	.quad 0x0647417141e0fd22, 0xc4b37420fee7f67b
	.quad 0xec8dbe8187ffffff, 0x81000000a33e8372
	.quad 0xc013c533d8b7bf25, 0xffc7016e0b78e188
	.quad 0xd70501b7ff829c4a, 0x80000000ffb5856a
	.quad 0x00000483c122265d, 0x000efb9c58b5b369
	.quad 0x7e76919d192c69a5, 0xf27cbf97a7fd7ca8
	.quad 0x1cc10ab39eecb6ce, 0x81c067de5ed9cd44
	.quad 0xc0f5af60fe800000, 0x8047175500e19a43
	.quad 0x000000017f92db20, 0x0065aa9281375fe8
	.quad 0x2f21bce57e9fffcc, 0x6874da24f382fd86
	.quad 0x7f92da280f24373e, 0xff8000007fcacb23
	.quad 0xe98cbfc1c4adcdaf, 0xc023800000000000
	.quad 0xaf6621bad3fffff1, 0xcc662e9571367e00
	.quad 0xc5c9cd94ffd5fc88, 0x7ff6cdef00ac8532
	.quad 0xe1412996038920ee, 0x7ff7d0c7bc5e72f6
	.quad 0x7f9773718f073c2b, 0x818c82df9a1c520e
	.quad 0x0a194265bf1db1b0, 0xc653c63d33d17c7a
	.quad 0x401b000000000000, 0x0000000000000000
	.quad 0x80400000c0e00000, 0xa868809dc8a4171a
	.quad 0xafb8267554073f00, 0x3b0d004ff6eaf463
	.quad 0x8000000000000000, 0x9f88fdc5932d1cc1
	.quad 0x7e10dd3b6bede949, 0x40bc0000d9fffffe
	.quad 0x7fdac558fe6a2a75, 0x428bee92c192dbb1
	.quad 0x3eec000000000000, 0x4028b9ff483a0635
	.quad 0x5213eb16ffbd7bf2, 0xdb6b4745f3f24800
	.quad 0xff7fffff01590e3b, 0x47e708b98410466b
	.quad 0x607210a7ff7dffd8, 0xbbe98810644d37d5
	.quad 0x40d8000000000000, 0x69027a37e966f9ec
seed38:
	.quad 0xffffffffabcef89c
	.quad 0xffff38ad3320bf46
	.quad 0xffffffffffffffbe
	.quad 0xf0f349f76055ca77
	.quad 0xe485644114e92aa7
	.quad 0x0000000000000179
	.quad 0xffca0e325bb7aaa0
	.quad 0x000000000000015c
	.quad 0x0000000080000000
	.quad 0x7deb68c373b0d1b6
	.quad 0x00000000000359a5
	.quad 0x0000000080000000
	.quad 0xffffffffffff6dcb
	.quad 0x000000000ed74e0e
	.quad 0x0000000100000000
	.quad 0x8895f447e6a7ef4d
	.quad 0x01c00000
	.quad 0x40000000
	.quad 0xf8c4d042fe937df4, 0x00070728f4ccd93a
	.quad 0x9b141f085301ffd7, 0xbd848b997f800000
	.quad 0xa9b131d2fcffa147, 0x3e62aaa1fe97fefa
	.quad 0xa6b048d480079886, 0xff8000004e0de3c1
	.quad 0x811312434ffba966, 0x009205e3da7d6892
	.quad 0x001ef0b101866d6c, 0x1eedff82e5ae199f
	.quad 0xbe0d2179ff000000, 0x02840be388453dc2
	.quad 0xbf83eaddafdb154b, 0xb0a1d6d199305c6d
	.quad 0xc00b000000000000, 0x5acec6a67effffff
	.quad 0xcf411ab726238000, 0xbfd9000000000000
	.quad 0xa154aaea6b27b57f, 0x371d094285afde00
	.quad 0x26825392c33fcff7, 0x75f51654919b8aad
	.quad 0x41387fe6ffc29db8, 0x0825a07528d38001
	.quad 0x1a049e42c29e7c00, 0x329f4f53a7759840
	.quad 0x15bfbf9ff436f800, 0x637d585612a82fd7
	.quad 0x801149817f8478fa, 0x20f59926fffdf5eb
	.quad 0x7ff6779680dbda95, 0x4021800000000000
	.quad 0x8004aa043e649e79, 0x17e0aebf03cffc6d
	.quad 0xc37b9a03d5760027, 0x5f44017b4f86cfd5
	.quad 0x000d5f26e6f0edc6, 0x43b6c9299cd01689
	.quad 0x6b60eec83feb7ebc, 0xbe29f7c97a6e4e01
	.quad 0xe9d97c6eb314fc91, 0xc34fffffffffffff
	.quad 0x90d36b324b7a4b71, 0x24dc52365bf34c73
	.quad 0x406783f0d9ec6c75, 0x0c2f6a977f901e56
	.quad 0x82f57a41ee209ecf, 0xac466cadfe62fdbf
	.quad 0xece229127fc00000, 0xfff0000000000000
	.quad 0x6bc617beffb141b3, 0xfd5b7ab47f74fb52
	.quad 0x0000000000000000, 0x8799d1aeac07fd12
	.quad 0x7f72179e45000000, 0x3dcefcf780400000
	.quad 0xff80000000400000, 0x3ff0000000000001
	.quad 0x4bee1eaf2d7486a0, 0x4020e64cfefdfb9f
	.quad 0x80000000bb66b649, 0x1ecd45fc7ae7fbff
seed39:
	.quad 0x0000000000000001
	.quad 0x0000060ab48efe0e
	.quad 0xfffffffffffd2b17
	.quad 0xffffbd808464fd31
	.quad 0x6d5bf5f747f48721
	.quad 0x000000000000030c
	.quad 0x714ef08e07758976
	.quad 0x7b3997eae12ed60f
	.quad 0x000000000000034b
	.quad 0x000000000000020c
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff34b
	.quad 0x84769561d5e82ffa
	.quad 0x0000000000000110
	.quad 0xc079a16584aae4b7
	.quad 0x0ebb25f57b839b1d
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xc0c4e1cc3b6b7c00, 0x4ec4e8e1bd6135e3
	.quad 0x6da0c2f3a22f8ac4, 0xb007d4c1bc7dbb2e
	.quad 0x3f0ba00000000000, 0x34688837be0bd837
	.quad 0xc00d0b8211ccad46, 0xc242caad7fdc08f6
	.quad 0xb901c6b6ac4785ac, 0x3e22c474efbdffbf
	.quad 0x800000007fa674d4, 0x8000000000000000
	.quad 0x0407996b09fbfe00, 0xfff0d2b0e74a4ad4
	.quad 0xef58f2c05ae7ead7, 0x7e8fc5fba1c66153
	.quad 0x800fffffffffffff, 0x475700003deb97cf
	.quad 0x7f8a14405be8e694, 0xf3356ef0df000000
	.quad 0x80000000c5000000, 0x001fffffffffffff
	.quad 0xbe8a89c2ff800000, 0x88108fa2b3ea7ff7
	.quad 0x41886a0cc1800000, 0x42906439dfffffbf
	.quad 0x8000000000000000, 0x56dcdff75ee21ca1
	.quad 0x8a47b77d3d4994e4, 0x80250d0a5130f902
	.quad 0xff80000000000000, 0xb1479bef725da4f4
	.quad 0x80000000bf45a25a, 0x7fdc1910ad926825
	.quad 0x02aaf50b9490e123, 0xbfe31c86d5da1823
	.quad 0x7aa2ef9d12658000, 0x26b7e2c586fcc7a0
	.quad 0x75d7e1dcd5f6c540, 0xaea6fef98589a5eb
	.quad 0x41aebac7f33bced4, 0xfff581360d319436
	.quad 0x6ef7bdfb9e26fe47, 0x3fad03089a5b07f5
	.quad 0x2c89e02e2d246aca, 0x88eb83dcdad64c33
	.quad 0x71889d55d7fffffe, 0xcfffffff3facd621
	.quad 0x407fffff00a9f5f5, 0xb8fe4a7f3e44e9e9
	.quad 0x014d225525ae91cf, 0xbd2a1a6400000000
	.quad 0x40a6f9374fd5a035, 0xb2d9df0f00000001
	.quad 0x3fe26f6716f9234f, 0x8000000080000000
	.quad 0xffc42c67feaea822, 0x6b598c8e169dfcf6
	.quad 0xdafc7474df8a2e79, 0xfff8000000000000
	.quad 0xfbaa29109a26a59c, 0xc00e000000000000
	.quad 0x13e50b72353efc00, 0x40b400007fc00000
seed40:
	.quad 0x0000000000000310
	.quad 0xfffffffffffffdd9
	.quad 0x205dade511438cad
	.quad 0x09e6db10041b8279
	.quad 0x407de12455e338e8
	.quad 0x33f212055fbb06ad
	.quad 0xc07b517b30d6c9b9
	.quad 0x7fffffffffffffff
	.quad 0x000000000000023b
	.quad 0x000000007fffffff
	.quad 0xe4264d67b7331e38
	.quad 0xc651d86170096d75
	.quad 0x7fffffffffffffff
	.quad 0xffffff0f065a2167
	.quad 0x0000000000000001
	.quad 0x000000000000000c
	.quad 0x05800000
	.quad 0xb0000000
	.quad 0xdf68a0c36cb7b1b4, 0xf6f37cf1b9e00000
	.quad 0x8008000000000000, 0x802fffffffffffff
	.quad 0xffd63b3addff7eff, 0x71407a828f1cfed1
	.quad 0xcbbe5b6edfddb818, 0x7ff32d83331ae4eb
	.quad 0x51b5e155a57dc5ff, 0x0b747e96e8247178
	.quad 0x0000000000ffffff, 0xb244b4a432e9b675
	.quad 0x56764dbb7f6eefcc, 0xbfffffff88103e99
	.quad 0xad96487aff96d952, 0xc067f3afdec3aa15
	.quad 0x7fa362c180000000, 0xf5ea767b821dcd9d
	.quad 0x817e20cab6000000, 0xc2cff1900bab1c75
	.quad 0x3f64000000000000, 0x00000000c30d0000
	.quad 0x9c1c926064e573fe, 0xffffe667274e4c8e
	.quad 0xe6bb0b53083c0bff, 0x52399387ffcf6ff7
	.quad 0xc38709b28553a916, 0xd378516ddffffffe
	.quad 0x072ea8897fbd6628, 0x7ff048fa88fe52aa
	.quad 0x3fd1b0357f9b809c, 0x992cd00cff9b431e
	.quad 0x7ac144f179fe22c7, 0x7ff8000000000000
	.quad 0x413e000000000000, 0x134117de7f800000
	.quad 0x148e6089ff7c961f, 0xce0f829c49f83ae0
	.quad 0xd9800000ff800000, 0xbffa6df37185b48b
	.quad 0x7f8000007e54a49a, 0xfecd0e9300400000
	.quad 0xd96faed971feff2f, 0xc004000000000000
	.quad 0x59058ac99d61bb05, 0x7e8831fa5f85e45d
	.quad 0x8000000000000000, 0x805a925bf0a55e48
	.quad 0x0f71dc8cc71d7d16, 0x2ecca08e9b27fd70
	.quad 0x40a400007f800000, 0x022ee76c7160f416
	.quad 0x26adbeace41397da, 0x71de1ca27fe135a0
	.quad 0xc9444d3d47fffffe, 0xb6616b532c3fc8fb
	.quad 0xc2380000b7000000, 0x47fffffec0f00000
	.quad 0x7f9853f8c3af80ff, 0xfff8000000000000
	.quad 0xb013a5b1bd7dfdb8, 0xd5aaa4500866ac96
	.quad 0xca7eef6addac5c93, 0x40671c501ac7e5c6
seed41:
	.quad 0x088f22bd67809abb
	.quad 0x0000000080000000
	.quad 0x6bea5438ac34d5ff
	.quad 0x0fc7b34aec58dba1
	.quad 0xffffffffffffffe1
	.quad 0xeeb4b1573b05a834
	.quad 0x000008585dba07a9
	.quad 0xfffffffffffff80e
	.quad 0x6afe1a6a52676d1f
	.quad 0x35695ebc7bec39a9
	.quad 0x0000000080000000
	.quad 0xfffffffffffffeaa
	.quad 0xfffffffffffe8aa1
	.quad 0x8b54d55c63146de0
	.quad 0x000000000000011f
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x5ed6d9c6fd3b7fda, 0x3f7b911a1eb49fc0
	.quad 0x00660d477b9189ae, 0x3ffd1d0fb587e104
	.quad 0x45c5a6fcdedcfe00, 0x0000000066b04ffd
	.quad 0xbf06000000000000, 0x432225c8c0280000
	.quad 0xc24c125fa203b1ba, 0xc12e4bf143e89c68
	.quad 0x603f04dd66b59944, 0xc080000080ffffff
	.quad 0x901022007fcdb6ee, 0xdea5a0afffb7fd9f
	.quad 0x0000000000000000, 0x0ba820dec84b8400
	.quad 0x6e69102aef7b7fdc, 0xaf0515607fb3d7fa
	.quad 0x0b69b564f52e3471, 0xbf1726ee7f800000
	.quad 0x435e93f700000000, 0xc1080000408f307a
	.quad 0x44c555d0fe570c02, 0x9a8c8170f8c8e2fb
	.quad 0x7190a7d373f47c00, 0x581a24da7c9f215f
	.quad 0x7e8000003c607fa1, 0xc04ee268a5cdace5
	.quad 0x403a67bce5467310, 0x807fffff49b80000
	.quad 0x8000000000000000, 0x000000007adde220
	.quad 0x152c1ad9525fd26f, 0x7ff8000000000000
	.quad 0xff8000007f800000, 0xbe59be027fd1be70
	.quad 0xc0247a680098a285, 0x000000007fc00000
	.quad 0x75abac60e62c4200, 0x1653d695fff648a0
	.quad 0xff80000080d24ff2, 0xc0378884c77adced
	.quad 0xde4b047ec7fffffe, 0xdf56a63780000000
	.quad 0xfe8933923dfcf5f8, 0x161038af01d18000
	.quad 0x8a1019f2fefbfecb, 0x3e88a52c00000001
	.quad 0x5a35a0bb40700000, 0x3fa262fd95010250
	.quad 0x7ffd2ea733239fa2, 0xfff8000000000000
	.quad 0xb984f1867fcd7f76, 0xc0f80000005441b2
	.quad 0x4057ebc954bbd424, 0x385084e6bed27d14
	.quad 0xfff915644370db1b, 0x8000000080000000
	.quad 0xff40704fba2e3548, 0x3ff567d1eef8efdf
	.quad 0x29c712d36d4c20d3, 0x08c81c3ddffffffe
	.quad 0xc024000000000000, 0xcb79531da303f855
seed42:
	.quad 0xffffffffffffe5fb
	.quad 0xfffffffff7736bf7
	.quad 0x00000000000000b4
	.quad 0xebfe572aca14ce0f
	.quad 0xfffffffffffffe27
	.quad 0x354cbd87a7f7146f
	.quad 0x0030511a9389e6ac
	.quad 0x8000000000000000
	.quad 0x328e936cd0da4920
	.quad 0xa71596e2ebad6a6e
	.quad 0xffffffff80000000
	.quad 0x2143010646a01dad
	.quad 0x07364c3229ffcd81
	.quad 0xfffffffffffffff5
	.quad 0xfffffffffffffc4d
	.quad 0x8265d5303681b2b3
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x7f892b761231d7de, 0x32f5dd274edf8435
	.quad 0xfff627416ae44464, 0x05f1fd541e81c8e0
	.quad 0xbfc16f3ebfcbb74f, 0xbfd82e761f2213c7
	.quad 0x46c5fcfd72bd7bfe, 0x4076cd63ff862cff
	.quad 0x8011c24d422bc53e, 0xdadb8757ffe5f59d
	.quad 0x405da7b27969e416, 0x75b050c1db24aa33
	.quad 0x72976470513d29fb, 0x9d954c7f41200ef1
	.quad 0x249bc892ffbdf155, 0x002fffffffffffff
	.quad 0x45113a91a943004a, 0x40f8000040c00000
	.quad 0x3fe000004f000001, 0x7ff4f22a20de992b
	.quad 0xfa39b2dbc0600000, 0x1e3203379a83f605
	.quad 0xbf942447c346dc59, 0x24f6091787f8d78f
	.quad 0xc1f0000000000001, 0xbfdc000000000000
	.quad 0x10c3c700becf323d, 0x882cf10580400000
	.quad 0x267846bfe7b9fd45, 0x7ff0000000000000
	.quad 0x3c9de37bffbffbe7, 0x9c1888c443b1ffee
	.quad 0xd383b0c68b4a404b, 0x3f06000000000000
	.quad 0xda7fffff80000000, 0x7a2e03148c114b0e
	.quad 0xfff0000000000000, 0xd7e9d32bf7ffbbff
	.quad 0xbf82b1a4cfc2545e, 0xf27ae9f403f962b9
	.quad 0xfff1a447e3e1396c, 0x4a69fb8d6fff3bb2
	.quad 0x3f8b81354fc1a5cd, 0x4fbfa49ffdef9db2
	.quad 0x7ff70761236f1be0, 0x08b540024a3f6784
	.quad 0x08e3b7c37fc00000, 0x94b141c400000000
	.quad 0x85deae012c0a7c00, 0x7ff0000000000000
	.quad 0xf9740ee6a8a6d8f3, 0x4060e9b380000000
	.quad 0x028e2fce6b6ef577, 0x3fe0000090c79a77
	.quad 0xff972e3bbe000000, 0xc05ea05ba0c27a6f
	.quad 0x7f8000000648f55a, 0xbec00000cffffffe
	.quad 0x667fadc15e935082, 0xc0659f0f63edbecc
	.quad 0x63cd2eb27affc54a, 0xd7b795608446643a
	.quad 0xd9f900c9803e933a, 0x3fe2000000000000
seed43:
	.quad 0xfffffffffffffcb9
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffceb
	.quad 0xfffffffffff12968
	.quad 0xffffffff80000000
	.quad 0x000003c1aa70f7b3
	.quad 0x107aef4d7126b61b
	.quad 0x0000000003237643
	.quad 0xe640b1e926a9fa1b
	.quad 0xfffffffffffffca0
	.quad 0x3c2618b5cfc84928
	.quad 0x0000000080000000
	.quad 0xa61dd1e760ca4ced
	.quad 0x0000000000000001
	.quad 0x7c0e2474012acabb
	.quad 0xfffffffffffffc7d
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x062272790ff7fdde, 0xc072e6f8b3f6d6fa
	.quad 0xbe000000bd271ef7, 0x3deff66af29759fb
	.quad 0x8393acb9ffb27b3f, 0x8063e437bedfddfc
	.quad 0xfe17320a89247298, 0xffc00000cd207f90
	.quad 0x0000afc232c072f6, 0x806925cc00400000
	.quad 0x0000000000000000, 0x4013000000000000
	.quad 0x7f2152e28a690642, 0x0000000000000001
	.quad 0x765dd1d91f561ac6, 0x817fffffbd397fd3
	.quad 0x1480b1a2ff000000, 0x4050000000000000
	.quad 0x7d47cc77f49474ec, 0x80492b1a36566dca
	.quad 0xbfaeb572a9b495ad, 0x7fc000008e9e11c1
	.quad 0xdf80000142723ebe, 0x6c9600ff3fef7ff7
	.quad 0xc00000000687cb9e, 0x66bdaf9992f145c0
	.quad 0x32d5e8747b61688c, 0xc4ef6d89acb30200
	.quad 0x1ec6799506da7c7f, 0xc03666b1d27eb5d7
	.quad 0xb6db974b407ffffe, 0xe3460b0b2ad0d1db
	.quad 0x6ea3845177fffd6f, 0x00202d9242e1f4d1
	.quad 0x05f3981dbe5bfbe9, 0xbb0e0f7a3ba9a642
	.quad 0xc2cd83417fea5eef, 0x803a4d78763827a1
	.quad 0x67150378885c4738, 0x776bdb4abff5f121
	.quad 0xf2a9b111e5104040, 0x7f803e2840ec0000
	.quad 0xff7fffff0ac35f7a, 0x3f817957ae6e92b4
	.quad 0x3d8001c0b9db8000, 0x403634ff2ea54b5d
	.quad 0xc000000000000000, 0x18cedd5614b66ae6
	.quad 0x3fede0b4478c43b4, 0xb38112337ffb3bff
	.quad 0xfdb9c50bf5d12f5e, 0xc090000080000000
	.quad 0xffd1616413c066a3, 0x924a605b9e2b4371
	.quad 0x9b12f280bfff9198, 0x46f721ed6a59f8b1
	.quad 0xffb30d89c1eb3bf0, 0x010ae955c2d2e644
	.quad 0x9ce645a0579946a3, 0xe532c3ec1066dee6
	.quad 0x8020000000000000, 0x65bbbe3e0173c700
	.quad 0x0e1cabe467fffd87, 0x0149447cbf11c150
seed44:
	.quad 0xffff308ff27200c9
	.quad 0xd2ac2c33bbd24868
	.quad 0x5c250559a45146b6
	.quad 0x000000000000025f
	.quad 0xffffff65223d3803
	.quad 0xffffffffffffff56
	.quad 0xc19f194046eb0881
	.quad 0x000000000000013d
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x308a12ad249ed973
	.quad 0x0000000000013778
	.quad 0x0000000000000000
	.quad 0xd36190e572114ebb
	.quad 0x00000000000040eb
	.quad 0x63fe45d66bb4ab8e
	.quad 0x04400000
	.quad 0x60000000
	.quad 0x3a3645b698faff61, 0x403000002fd557d9
	.quad 0xf2db1c5d7f95d358, 0x8853626090b88d52
	.quad 0xaa3a4e3ec01a66b1, 0x868bc5603d1f6cd6
	.quad 0xffe85b4e3d74eba9, 0xec34fd347fdf4620
	.quad 0xb678a02d3e4f7cf2, 0xfd0fde02c95b2415
	.quad 0x3e0477f7fffdffdf, 0xc07fffff39fb778e
	.quad 0xfec31e20c6a6d677, 0x5cbe1051d60b07d1
	.quad 0xcd9c7f6678f7fcad, 0x7d733722af5cda8a
	.quad 0xffa407a6df1849dd, 0xfff8000000000000
	.quad 0x812329d14f7fffff, 0x7ff0000000000000
	.quad 0xc4410000ffc00000, 0xb80bb1c012cf47c1
	.quad 0x04607cd4cad93600, 0x5a048cb07f1f97f6
	.quad 0xfb18c06b1ebffe00, 0xfff0000000000000
	.quad 0x5fdb1dde40a00000, 0x54da6196fbf59f1a
	.quad 0xc34fffffffffffff, 0xc23f000040f40000
	.quad 0x471811d431815ca8, 0xf529638c56e14d8d
	.quad 0xc012000000000000, 0xc01f000000000000
	.quad 0xd61fe955167ef273, 0x40203a3136dea7d9
	.quad 0xfa1f5af141000000, 0x6d63d5a2b5dc8000
	.quad 0xffc0000042b9ecaa, 0x0bdf46d4c3bfffc8
	.quad 0xc77fffff00400000, 0x3f3b800000000000
	.quad 0xfff579cbaee87e9e, 0x009efd7f7075dee0
	.quad 0x00000000ff800000, 0x77b5469d43ef7efd
	.quad 0xc03b7957ee337e38, 0xcb30a15affac7c90
	.quad 0x9c17ed48fd5c4b6b, 0x43a7f6877e040ab7
	.quad 0x40c800007f901174, 0x7dfe1e06ffe7adfd
	.quad 0x87c7bb7eff9f4480, 0xfff3cbc996ce49b8
	.quad 0xebe55e97d240ff56, 0xfe5e00ae9e55efb8
	.quad 0xe8a3cc80fdd3fdff, 0x4453e5467f000000
	.quad 0x9af7e2723bcca31f, 0x2a570a6b41c6fdfa
	.quad 0x0b58690f003c9337, 0x41c9626fedbedf7e
	.quad 0x7f8000007f9e259c, 0xb2b9efd73bc18400
seed45:
	.quad 0xfffffffffffff7b8
	.quad 0x98a35294b00d2ee1
	.quad 0xcff89ed1f2240155
	.quad 0xfffffffffffffd55
	.quad 0x972924ef6ba20538
	.quad 0x01ae58917a002268
	.quad 0x7d9f9d04f45160e5
	.quad 0xe6b0193b918ff426
	.quad 0x6d4aaca6cda856fc
	.quad 0x0020000000000001
	.quad 0x61e67be343077b0e
	.quad 0xb0e96c87d6e90dc0
	.quad 0x302e6f381e536920
	.quad 0xa4f4e06df0520069
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x01800000
	.quad 0x20000000
	.quad 0xc69eda36b513d919, 0x7fc8c908be22f68a
	.quad 0xd455d26bf9afbf7e, 0xc01fb4fe00c3ed0a
	.quad 0xc03042ea5dfda994, 0x7ff0000000000000
	.quad 0x4070c00000000000, 0xfff0000000000000
	.quad 0x210dc759bfffa2c2, 0x3f83a53221007b79
	.quad 0xa7e2ab6df1730e00, 0x49fd05b9fb6ef7ef
	.quad 0x7de4a8ca420e5253, 0xc00cd2c80a8bf16e
	.quad 0xffc00000bde00000, 0x4791865ef39f0000
	.quad 0x98cd2b77cec2bd7b, 0x8000000080000000
	.quad 0x3a929b14037cfc00, 0xf5682fbb1bc187ff
	.quad 0x09ab4851ff9facee, 0xb72f1a56a7248000
	.quad 0xd0e716a9cdac0351, 0x3f9d058274e4e602
	.quad 0x3f84113ba173c32e, 0x1157d83dff800000
	.quad 0x106fb43ef9295792, 0x4d6221edf34e65c4
	.quad 0x171de1c86ca48001, 0xc01ffffffffffffe
	.quad 0xe91b8030f29db7ff, 0x762eeef03bea6e99
	.quad 0x30139b0a531bfc00, 0x8000000000000000
	.quad 0x31bca76e23dbf1f2, 0x7ff56dc6f2d6d58e
	.quad 0x82c4cfeef3907e00, 0x27f422d4d7b87f97
	.quad 0x6385b45dffbfb5aa, 0x90da6986bfdbf3cf
	.quad 0x7ff124a212fecac0, 0xc0078959b613616c
	.quad 0xdd67988a9491fc6c, 0xcdd16186a2ce9f94
	.quad 0x40592e5f9929ef2e, 0x16657751ffb3fc00
	.quad 0x7f92beb63fd370ae, 0x3e560c89c8f10000
	.quad 0xde971c3f95438000, 0xd37ca223fe86fdea
	.quad 0xffef0f4f34ae907e, 0x4197a444ff9fe72e
	.quad 0x09be8603d67ff702, 0x401e000000000000
	.quad 0xc4100000c279084b, 0x401003905ae27758
	.quad 0x3ec01e6b00000000, 0x3cf38103d3e1c395
	.quad 0x0bc2d98fc77fffff, 0xbe58d2ea18600279
	.quad 0xfff2592e839ada34, 0xac42190008ab7c01
	.quad 0xc009b3d7bfa00000, 0x806645537f803fa1
seed46:
	.quad 0x0000db5ed6f0ec64
	.quad 0x901a626f9c5c9e34
	.quad 0x0001bf767d0fba73
	.quad 0xe803824bdc1a938d
	.quad 0xffffffff914ab25f
	.quad 0x26391a77c1336590
	.quad 0xfffffffffffffee5
	.quad 0x0000000000003c89
	.quad 0xe957838b554c704c
	.quad 0x7cb7ddaa95e50c23
	.quad 0xfffffdfde3a2542a
	.quad 0x00000000000003b7
	.quad 0x0000000000000001
	.quad 0x60416b05021de46d
	.quad 0x99f72169c749d675
	.quad 0x046528dda3a5d95b
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0xcb8dd119fbf9fc94
	.quad 0x67c734df3e1a9f02, 0x3fc8fb971aa3156f
	.quad 0x3fd8cd3e8628ac0e, 0x7f800000066ebe0b
	.quad 0xc010c658718fbf5c, 0xfff39ddf1075c7e1
	.quad 0xbf0138af7f000000, 0xffad636e0a1f27ed
	.quad 0xc3f31a70a6284cba, 0xffa1cf51ff8e2434
	.quad 0xfacd64c9494d92fb, 0xbfdf57bfaf319bd2
	.quad 0x00f4d103c5e948a0, 0xc0d6800000000000
	.quad 0xfedb607c3efa562d, 0x803006863e000000
	.quad 0x80000000c0f00000, 0xc010000000000000
	.quad 0xffb6a16fc4c00000, 0x46fcd6de9ea3b6c2
	.quad 0xc59eaf9dffabebea, 0x6e55562d7fa2f596
	.quad 0x7ff7f883867eaef1, 0x3709ad15ff9cfc00
	.quad 0x80031377f884c1ab, 0xc0e00000cf000000
	.quad 0x9443d7f8804284fe, 0x3fab654fc6e94d5c
	.quad 0x968b488a41ea4200, 0xfaca684c00000000
	.quad 0xfeb38e7da99ff597, 0x403745a13c11a1d1
	.quad 0x18cb7df4f74cbe2d, 0xffa801b8b24372bd
	.quad 0x25e821a3e8a3d200, 0x7f80000041000000
	.quad 0x7fc000006421765f, 0xfbbf93e87f5aba7a
	.quad 0x002fffffffffffff, 0x3fb4ec46145d28c8
	.quad 0xffa6407faab50a4b, 0x6511ccf9fed7fdbf
	.quad 0x4023000000000000, 0x3fc35c45cee91906
	.quad 0xbf8c79ee03f57f55, 0xc212747e7f800000
	.quad 0xf0ae208b879d7e00, 0x0be9d49bdc47f6e0
	.quad 0x9e1858bb901f47c0, 0x3cf39d2600400000
	.quad 0x46200000b1265dcb, 0x4013800000000000
	.quad 0x49ab6739bfd7ffc7, 0xbdae1ac540a80000
	.quad 0x1f7ea26c957a009e, 0xbf89830bf1a6fcee
	.quad 0x4e210e3659c0a020, 0xbfdb0c61dd830322
	.quad 0x1e99810b7ff851eb, 0x3ee2000000000000
	.quad 0x7f91508f50fffffe, 0xff69709ebad6e04c
seed47:
	.quad 0xaa6e1f74eda3c0b9
	.quad 0x0000000000000000
	.quad 0xfffffffe5b633322
	.quad 0xffffffffffffea7a
	.quad 0x00000364ad48e3de
	.quad 0x01f3bb3251ce693a
	.quad 0x0558a584260c7f10
	.quad 0x01bffb0d38eba72f
	.quad 0x695923a6fa29598d
	.quad 0xfffffffffff67ee2
	.quad 0x0020000000000001
	.quad 0x00000f811f91a314
	.quad 0x7fffffffffffffff
	.quad 0xb7415eef3725fe82
	.quad 0x0000000000000001
	.quad 0x270ae439bb18d0db
	.quad 0x05000000
	.quad 0xe0000000
	.quad 0x125f75a86303bd9b, 0x800fffffffffffff
	.quad 0xd8e110b655fcb4e9, 0xbd8f176a410a0000
	.quad 0x088e8e5087892df3, 0xcdcb4b38ffe0ff64
	.quad 0xff67d2595f7fffff, 0x7efbe6f2800aed41
	.quad 0x0135d2edce669388, 0x441dfbf3beffc7ff
	.quad 0x2d23e8b2ffea8000, 0xf9c0a73a7dffaeb3
	.quad 0x2c8ad9a5d7bbdeff, 0x3bc0000000000000
	.quad 0xb83cc8a743b2ebb9, 0x7ff0000000000000
	.quad 0xffef615f8df83a97, 0xfff3cbf2a3f3dcea
	.quad 0x409bfacefff23ce5, 0x000cd02522a2a9ed
	.quad 0x41350a3ebfbfffff, 0x1d2217dc949297c6
	.quad 0x4eeb2cf9b7eaffbf, 0x7ffca41673fd5e89
	.quad 0xb32e5982651fdb35, 0x5a5f5c9e60ce25b3
	.quad 0xf4cc9c309f66feaa, 0xfff8000000000000
	.quad 0x810000006e367262, 0xee2730d17f863282
	.quad 0x4d0434d93ecefc00, 0x8865943ee1a1fc00
	.quad 0x0000000000000000, 0x3f7906d1f576ffb7
	.quad 0xd934983d54eba9c1, 0x6dbf09d8421ca645
	.quad 0x16e5d1a3fbce11e5, 0xffde35c57f800000
	.quad 0x8000000000000000, 0x00000000c0febe72
	.quad 0x8000000000000000, 0x187be4d27fadead4
	.quad 0x0000000000000000, 0xc01f000000000000
	.quad 0xf088c28b9e7afca0, 0x80ed8715428b1579
	.quad 0x7fc85b5d99762657, 0x152a7f2ab98941de
	.quad 0x4010000000000000, 0x0022efd42b6c893d
	.quad 0x80a4fff6f270aea7, 0x6f3fd2a9fcb5f900
	.quad 0x7ff8000000000000, 0x000000003e91ff93
	.quad 0x67c3b398df5bdf7e, 0xb93cc7fe78a103ff
	.quad 0x0055781335c00000, 0x7f0340e412d20122
	.quad 0xbf90e25ccadab653, 0x451df91c1ea678f8
	.quad 0x25e157b7807c22a6, 0x7b08d7ce3d481f93
	.quad 0xff9ff7f900400000, 0x7ff0000000000000
seed48:
	.quad 0xfffffffffffffa22
	.quad 0x000569cd3d7e6020
	.quad 0x00006f2520842a4e
	.quad 0x00000000000009f6
	.quad 0x7a1d87d5a2412419
	.quad 0x06720db2cc829a94
	.quad 0x00000000ffffffff
	.quad 0x0000000000000159
	.quad 0x885ca47735097011
	.quad 0x0000002731a90f4a
	.quad 0x000c0f4241f8abc1
	.quad 0x5483879489433e73
	.quad 0xfffffffffffffcc6
	.quad 0xffffff8c353317c8
	.quad 0x0000000000000001
	.quad 0x0000000000000044
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x4648b6b39b93fc00, 0x26bbc1a1ee8c7c3f
	.quad 0x8fb5e9c5c0700000, 0xbfb64bdcedd234a7
	.quad 0x7bb523d86737fc00, 0xffdfffffffffffff
	.quad 0xdcff8fa9b9d589b7, 0x7f80000080000000
	.quad 0xa4b2b11580000000, 0x5ff1f2603b9ec680
	.quad 0x2a2dac757f1cf06c, 0xbca39b4cfa05330e
	.quad 0x8009a5ef7cf93673, 0x8010000000000000
	.quad 0xc094000000000000, 0x63e12b488a800b49
	.quad 0xfff6984726bf0116, 0xf5a4132c00000001
	.quad 0x030adf713d8b4605, 0xe311685a887c5fd3
	.quad 0x81f4b7474a926e3c, 0x3676e8aaf995008d
	.quad 0x40600000f2646a3f, 0x07c7a8e5fffdbba5
	.quad 0xc10e000080632e47, 0x3097274bffd7ffff
	.quad 0x40669bf3eff795c1, 0x3fa6e7b07ec984d4
	.quad 0xffef058180800000, 0x800a0cc93f71038f
	.quad 0x3be3cf9a817fffff, 0xbf12000000000000
	.quad 0x9451410300000000, 0x5d97109a8a2585d0
	.quad 0xbcd799aabe900000, 0xa41abc670bed2d6c
	.quad 0xc1980f42ffc00000, 0x2434091e28f68112
	.quad 0x820d92dfc12071ae, 0x84bb774a8f9f3f56
	.quad 0x82760f5843de9e67, 0x8028c1bbb8081ac6
	.quad 0x1d05d3b6f7fa7efb, 0xa3f71d86434caa35
	.quad 0xaaac3820ff820a25, 0xe29242d251ceee38
	.quad 0x6ba3c938d3395534, 0xe4070d4cff8f2ee1
	.quad 0x3259b8c2525a43ab, 0x813b1cf241f6acd3
	.quad 0xd84ab63ddecdebb5, 0xc1ff654da5fffe7f
	.quad 0x280d219c5b543896, 0xffc0000058fc3178
	.quad 0x8000000000000000, 0x51caaebd3cdc7ce1
	.quad 0xfff10503a48bddd0, 0x8010000000000000
	.quad 0xc084000000000000, 0xb63a967c3dfbfe13
	.quad 0x5f277b7cb206ffb4, 0xc24acf5a7fe4a792
	.quad 0x404169068115e47b, 0x3f98000000000000
seed49:
	.quad 0x008ec4b16eb7595c
	.quad 0x51866045feb99f15
	.quad 0xf0bdfe0f1fb9a4f4
	.quad 0x000000000000052e
	.quad 0xaef7efd4a32f30fa
	.quad 0x0000000000000233
	.quad 0xffffffffffffffff
	.quad 0x6a7da9c8739fb3c4
	.quad 0x04a9f76bd9246f8f
	.quad 0x3707dbfaaaf9a5fe
	.quad 0x862b9e9b3120d08d
	.quad 0x00000000000001aa
	.quad 0x0000000000000004
	.quad 0xd4daa6673dd6e5d9
	.quad 0x0000000000000359
	.quad 0x000000000a948d88
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xbfd79c6c5cc6603c, 0x7fffc86b44929f02
	.quad 0xf2dc85608068a216, 0xd34407e940e99994
	.quad 0xfff0e4c57013339e, 0x2fe6dc06ffe221a3
	.quad 0x40c067fc40e00000, 0x40187ab2c2800000
	.quad 0x2fc649093bb8b0ff, 0x807ec09f3f16e44d
	.quad 0xa939cf04b9acc2fa, 0xcfdb160095bbb0b2
	.quad 0x4609c676ee77ee99, 0x12e8eec9e7593f9d
	.quad 0x7ff0000000000000, 0x9e1133bac7a80000
	.quad 0x7effffff7f8af7db, 0x72de500a82707e00
	.quad 0x3fa2c7a94fcadb75, 0x8f116f8effffe6f5
	.quad 0x7f800000cf3333e2, 0xff8000007f52d57c
	.quad 0x40d000007effffff, 0x00000000b0bc586d
	.quad 0x7ffc013e221fb7b1, 0x5d6880c3153d8bff
	.quad 0x758cb3bfffb4c780, 0x9a760ce8fffffb1f
	.quad 0xbcfa6f280fffd0ae, 0x8067269440f00000
	.quad 0x39de5fca8189076e, 0x9a92c7569551f630
	.quad 0x4020800000000000, 0x317e733e184efc00
	.quad 0xfddfed66ede11dcc, 0x7eddc8b3cb9f1907
	.quad 0xb0a79a9c770e7c00, 0xe5217f16fe9cbcc5
	.quad 0x819a2a2efe627a7c, 0x3fa00000df7fffff
	.quad 0xa1eb6328ffb5fdbf, 0x993ed0293efbcf7f
	.quad 0xc0ffffffffffffff, 0x7b9a4b4bf2360460
	.quad 0x90da7294ff7fd653, 0x98b130f757a07d8f
	.quad 0x117791a73dc9c0b0, 0x78a1a4877eb03f0e
	.quad 0x8299af8a873d11ec, 0x99cd2ddd3c23377f
	.quad 0x80000000bcfd465a, 0x0000000043022027
	.quad 0xc3fd9208074df272, 0x000e4a6c83e81842
	.quad 0xc3449653fa84a09f, 0xc000000000000000
	.quad 0xff80000080000000, 0x000e48e27d8244fd
	.quad 0x7f800000c2ac2aef, 0x000000003d9b498e
	.quad 0x7f9d1fca7f800000, 0x000342d570c1d8f1
	.quad 0x6fddb9c0c094961f, 0x7b8d27cf8c038000
seed50:
	.quad 0xfffffeac3f942c29
	.quad 0x0020000000000001
	.quad 0xc243c0204bf6e871
	.quad 0x03ef30d12331d9d8
	.quad 0xfffffffffffffd67
	.quad 0x00000000000001b7
	.quad 0xffffffffffffff72
	.quad 0xfc6a726ba46ad82d
	.quad 0xf98f496bb80fe90b
	.quad 0xffffffffffffff59
	.quad 0x0000000080000000
	.quad 0x0000000001000001
	.quad 0xfebce3a79153a363
	.quad 0x00001c14dea66ba1
	.quad 0xd30995a4dc7d6ba4
	.quad 0xfffffffffffff4ac
	.quad 0x02000000
	.quad 0x30000000
	.quad 0x408000003ffffffe, 0x5d56c497af8e50e2
	.quad 0x478000007fee5dcc, 0x08697c81276a8126
	.quad 0xffab94213bceed28, 0x3f8fdbaae6dab2d5
	.quad 0xbffa11aeb3bb06a8, 0x93a77497fdbc04d4
	.quad 0xfff0000000000000, 0x5a3e0d00fffeb927
	.quad 0xc9e7e2407f814001, 0x901d14fb16857def
	.quad 0xbf0e000000000000, 0x400e000000000000
	.quad 0x325af9c4cd1f7a48, 0x7ff726934752f9b7
	.quad 0x644e74bcf1f72d3d, 0xb8c00000c1180000
	.quad 0x863bc4c3fefdfe83, 0x0000000000000000
	.quad 0x53fecd17fdb6537a, 0x7f3c69d19c69f047
	.quad 0x800fffffffffffff, 0x7f8750c0800e562a
	.quad 0x289b9d27febfeedf, 0xfff5f7295b3b6cbb
	.quad 0x8000000041140000, 0x9e884d70c154ab5b
	.quad 0x000db2aa30cccbbc, 0x88574ec3f54125f7
	.quad 0xb82edee43279cd08, 0x8046ab19bbc798d8
	.quad 0x3f96c8842af52dd6, 0x3cd4ad69efffffff
	.quad 0x80000000ff800000, 0x001f85afffc00000
	.quad 0xa254074beeea8628, 0x02a23238f516091f
	.quad 0xb9a9c4d8ff75a45d, 0x00000000b8ba0000
	.quad 0x0000000000000000, 0x962362556315464c
	.quad 0x70608f403fa00000, 0xffc00000422c198b
	.quad 0xffde190f230aacb5, 0xc3ba2b83d9fcf69a
	.quad 0xc200000000000000, 0xe79481d0b3ffdfaa
	.quad 0x7f71218b6c70044d, 0xf8e5436ffbb057b0
	.quad 0xfee5c4b27e6c4755, 0xdbc8ea44bb078000
	.quad 0xff4764a3ba5f0000, 0xffe69f3ced7fe48d
	.quad 0xfed5511016584fa7, 0xfdcd4a1a414f1020
	.quad 0x3e700000ada1841c, 0x355b150dc1df9565
	.quad 0xa4390cfcf8f9fe00, 0xbfd46a18e25bcd98
	.quad 0x7fc00000d3d1e938, 0x6549978704e1fde9
	.quad 0xf7562fc45612818d, 0x418fcb9cbfb12975
seed51:
	.quad 0x8e9fe64bc1ffa8ab
	.quad 0x0000000000003b60
	.quad 0xd6b9b15afd3fd35a
	.quad 0x4cb9209255c4724a
	.quad 0xa818a316ebc8e4bc
	.quad 0x4dda454283fadabf
	.quad 0xfffffffffffffc90
	.quad 0xaad050313aa51d2e
	.quad 0x0000380d26bbe20d
	.quad 0x34ed2006d034ca8d
	.quad 0xe8e7d375b6fe2c1d
	.quad 0x00000000000002f0
	.quad 0x000321a5f65806e9
	.quad 0x0000000000000000
	.quad 0xfffffe8adf2ed7fa
	.quad 0x000000004a91e3ce
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x70fb740a727dda61, 0xad97eb7190b2f809
	.quad 0xe36f4852c48ffef9, 0x4510ded71b149ebb
	.quad 0x750e650900ffffff, 0xdd14225fde2c9fc7
	.quad 0x7fa12cda41d20764, 0xb718f1ab373b7e3f
	.quad 0xc5441d97f9bfbdc1, 0x2312ff2b3083b70c
	.quad 0x82f8022e34571681, 0x66468fec6096d0ac
	.quad 0x1f14de50f89ffec8, 0xf019e525cda8fc13
	.quad 0x02e3fcc51a5da2d7, 0xfff395d11a876c85
	.quad 0x4d1cc7a14e38939f, 0x7ff8000000000000
	.quad 0x0c8f0c9bc0800000, 0x40d4b540f32ffcd2
	.quad 0xc05aefcc22c7ffac, 0x1a7cbfbd7bb18b69
	.quad 0x5861f8bb3feffeff, 0x14016339844191b2
	.quad 0xf433055628d20000, 0x0075a2991195c680
	.quad 0x41fffffffffffffe, 0x80e6d8838830ca0e
	.quad 0x683734c954b477ff, 0x86c0f437ffe68cfd
	.quad 0xfff8000000000000, 0xd339043eef75d77f
	.quad 0xe7a339069e686ac8, 0x7c7adc1ad21dc560
	.quad 0x92e58c877ff77d92, 0x4000000000000000
	.quad 0x0000000000000000, 0x704a549cc5400000
	.quad 0x000aef3de87c919d, 0xc10800007f38bad0
	.quad 0x7ff4b0274563875a, 0xfff0000000000000
	.quad 0x8303ba5a421d4d25, 0x7fdf60ea1d168d80
	.quad 0xd57368d4bff9593a, 0x7f8000007f99e521
	.quad 0xfd6128ac7f4e09e3, 0x8655e35241dc7c51
	.quad 0xfd9bb3bc7819a7c3, 0x5fa44fe413c325d0
	.quad 0x3fffb7bd686c38b0, 0xa0d0aa45c1d6ff14
	.quad 0x412b6b347f800000, 0x3fcc1713e30ac772
	.quad 0xbc7b4b9541336320, 0x80a03d56ffbad76d
	.quad 0x0aed05b0d2af7b7f, 0x80000000c9b00000
	.quad 0x7ff56ab77cdf615b, 0x00607de7800e2a5a
	.quad 0xffda70d159800001, 0x402de281234b65a2
	.quad 0xec2b6ebcfbfb8400, 0xbfbe4a27914bf1ea
seed52:
	.quad 0xffffffff80000000
	.quad 0xb27788f55e0f8cd4
	.quad 0x754df097752df70a
	.quad 0x000000000019819f
	.quad 0x7fffffffffffffff
	.quad 0xf3007759fb5543b8
	.quad 0x0000000000000303
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcd7
	.quad 0xfffffffffffffe13
	.quad 0xe7b843f6551dba10
	.quad 0x0000000000000000
	.quad 0xc24b5baf9c2e3c84
	.quad 0x7fffffffffffffff
	.quad 0xffffffffff2da920
	.quad 0x0000000080000000
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0x806f18abffe21b76, 0x001c03c82a34cdf4
	.quad 0xea9466ac92c10000, 0x84ed8c64fdb7b37f
	.quad 0x023b60d8774fff59, 0x401e000000000000
	.quad 0x8162d8c47e2d0ebe, 0xfc74d62a0878e42b
	.quad 0x601962af28800823, 0xc05e25a57d95ce1c
	.quad 0xff9caa01c13e1529, 0x40e5072ec0bf26e1
	.quad 0x02f3bf8491868680, 0xfd645074c397014c
	.quad 0xbfd5dca637175f42, 0xbfed511f52a8bad4
	.quad 0x401a400000000000, 0x775793db40a40000
	.quad 0x3f8137d3120db173, 0x0ff66a747fa8e287
	.quad 0x608f476bd58e7d2e, 0xfff88f454b7a7be9
	.quad 0x70c4f04e46400000, 0xbf711cb72167c875
	.quad 0x0cd3e6b1ffff7d40, 0x4192ec6777141583
	.quad 0xc7a42b9a7bea5477, 0xfdd6a54311d076f9
	.quad 0x3fe0000000000000, 0x57ea5d90aade0c77
	.quad 0xbf96d9dd2720dbf8, 0x80000000c123de61
	.quad 0x77e4d3d49c1dbe3a, 0x65d18fb221458d4a
	.quad 0x7fb97259bc200000, 0xc071dbb3ffd7ccbf
	.quad 0xfff0000000000000, 0x296c85bc28ea7d37
	.quad 0x7f800000c0000001, 0xe1c9e30c01ad7200
	.quad 0x5f7ffffeda000001, 0x93031419ffbbbfdb
	.quad 0xfff206dd49237750, 0x983f44dbc773016a
	.quad 0x8008aca07fbd063c, 0xbf965fb0701fed77
	.quad 0xbf728a138d2f471b, 0x7ffb87b33b636fe3
	.quad 0x49ac0943c34e1fea, 0xec21ec56a9675517
	.quad 0xc3134ca540000000, 0xf5b69792edfdfd57
	.quad 0x78b26851ade3c440, 0x797ec786c13590f5
	.quad 0x7ff8000000000000, 0xbff0000000000001
	.quad 0x834b43f3ffdcb400, 0x8006735a00d4c7da
	.quad 0xedab03b90f92d3fa, 0x4024000000000000
	.quad 0x9c72bc6c9f77da7c, 0x93e8d865fe5fffa8
	.quad 0x3c3985ebffdf5e73, 0xc36bd8e6817fffff
seed53:
	.quad 0x0000000000000000
	.quad 0xffffffffb09a588d
	.quad 0xa96644701aeb1954
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffd77
	.quad 0xacb578a9c2046fa0
	.quad 0x0aaa9a167921cb55
	.quad 0x0000000080000000
	.quad 0xa06e00ff5cf5856d
	.quad 0xffffffffffffff91
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x000000000000002e
	.quad 0x8fad8fb26bed33e5
	.quad 0xee9cba95b5892d36
	.quad 0x05800000
	.quad 0x90000000
	.quad 0xc046c4d2425a7166, 0xfff8000000000000
	.quad 0xb0fe1dbfac3f7980, 0xc318feaf8d720ec3
	.quad 0xc0e76ca67020260e, 0x5c96cea2ffeffc61
	.quad 0x437063137e800000, 0xfea32ad6ece267d2
	.quad 0xeeb6af1a78cfbe69, 0xc0cdbe8c3d7dd0cb
	.quad 0xc0330cb699d1ea78, 0xab1f7b68c2ee0ce9
	.quad 0x5c8341aafbffffdf, 0x6b0d810d71be34b0
	.quad 0x8002b52883a20280, 0xd9e5d1baff8721ae
	.quad 0x40000000f0cc5107, 0xffb8fcc34f800000
	.quad 0x806982fd804f30f1, 0x53adc12fdf8478d5
	.quad 0xbdf52eb9c08dc224, 0xbfddb52211c17457
	.quad 0xc799c68d77df8fff, 0xa6a4e807f91d6f00
	.quad 0x3ffa80f6a9d7235f, 0x3f7984f62bd2a344
	.quad 0x7ff0000000000000, 0x4f0000010029a150
	.quad 0xdfe8848ad2dba42f, 0x7fa965d7ffc00000
	.quad 0xc7401c8ef681fcb0, 0x4f0000001c32e170
	.quad 0x3f85800000000000, 0xc560b53b8787953b
	.quad 0xc0fc000067cd9c4a, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0xc3fd8d0dff63dbf4
	.quad 0x423dc472c0f00000, 0x802494b27f800000
	.quad 0xfe8ee357f72c5c76, 0xeb8a81941b0ebe99
	.quad 0xc0c8000000000000, 0x06251482073bfc51
	.quad 0xc023400000000000, 0x42d14a63c7600000
	.quad 0x3628000072257527, 0x02490d9cc2ba4c8e
	.quad 0x00783d20ff800000, 0xe85608e458838986
	.quad 0xbfddff472b125a3c, 0xd8cd131ac50c7cb6
	.quad 0x8b1eefd6c6c00000, 0xffc000007f800000
	.quad 0x7380cecd5eee4db6, 0x0ed838af0f38fc00
	.quad 0x3f87586ffa395575, 0x1eeecc65fd3b9621
	.quad 0x7ff0000000000000, 0x73606ffd49300000
	.quad 0x7fc00000ecead978, 0x59a4ba0b847b7b27
	.quad 0xffb83fffbd511a7b, 0x4020400000000000
seed54:
	.quad 0x12cdde1b3679a723
	.quad 0x042036a7cd42a819
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x43bd1b64cb8496c4
	.quad 0xffffffded047b9b4
	.quad 0xffffffff80000000
	.quad 0x000000000000001c
	.quad 0x8000000000000000
	.quad 0xfffffe7b513308ba
	.quad 0xa7fb90ff3a39007a
	.quad 0xffffffffffffff2f
	.quad 0x000000058d069d1f
	.quad 0xffffffffda632619
	.quad 0xe678b99d64640363
	.quad 0xfffe84e92afc07d4
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0x80000000ff800000, 0x836014c8abad6ca2
	.quad 0x0042fc897fa6a5bd, 0x9fe9202f8224774f
	.quad 0xc554d154883b829a, 0xbf10000000000000
	.quad 0x50dfd596c1035031, 0x3fb65422701bf87a
	.quad 0x3dd9be583e670025, 0x79e7d257fb055b39
	.quad 0x1b94f956eb622300, 0x9e9130eb85c07c00
	.quad 0x3ffa000000000000, 0x0008000000000000
	.quad 0x2391c8d4ff6f7a29, 0x0000000000000000
	.quad 0x071a23d734e28000, 0x81056984d25eb703
	.quad 0x801ab9e9409b7b2e, 0xff96491d7f893e65
	.quad 0x7baf36b1e5b1baf9, 0xc14a64856cb7c6e6
	.quad 0x000000018ac09189, 0x0000000000000000
	.quad 0x4088000080000000, 0x7ff625c4854cec73
	.quad 0xc00e2f1e6d981a8b, 0x000000008f882b59
	.quad 0x809e80dcfe875bf3, 0xebe5d36e807fffff
	.quad 0x4017000000000000, 0xc217d7c93e3970ac
	.quad 0x70e5fb67f842ab3b, 0x46480000bc46b7ef
	.quad 0x8f009088daa1a1e4, 0x7ffbbc422240d6f1
	.quad 0x137c3f131296193e, 0xff800000bda399a0
	.quad 0xbff0000000000000, 0x7ff047f9808abd8b
	.quad 0x9e52774a00000000, 0x5a7fffffc1680000
	.quad 0x7fc00000033e6036, 0xffd47de37f8f1f2c
	.quad 0x0000000000000000, 0x1269b6800341fc00
	.quad 0x3b0c4182bfb6fc00, 0x4177196b7f9ff75d
	.quad 0xc0500000431e4740, 0xf061abeaff7fffff
	.quad 0x3fb4fc153a3d382f, 0x3fb6948298523e06
	.quad 0x4ffffffeb5980000, 0xfb133463cf9dc3c0
	.quad 0x8992ad6a88bdf8a5, 0x5fecfcb5804fad55
	.quad 0xc94c50f4153da82c, 0x11d44280dec42f4a
	.quad 0xffc000003ba154af, 0x78068b69ac31dab9
	.quad 0xed12bb3ba4f09778, 0x40d00000ff800000
	.quad 0xf12dae03f8934d07, 0x79a5adc718ba4fb0
seed55:
	.quad 0xd410d47bb125c734
	.quad 0xfe76c1d48187c55a
	.quad 0x14d5356f0683edf2
	.quad 0x0000000001000001
	.quad 0xa31a907321fc0f1e
	.quad 0x7fffffffffffffff
	.quad 0xbe4f0b9b5145c3a8
	.quad 0x22b5af070f63f42b
	.quad 0x883aadf3a40705e1
	.quad 0xfffffffff9d81331
	.quad 0x0020000000000001
	.quad 0x31311167df786103
	.quad 0x0020000000000001
	.quad 0x000000000000004f
	.quad 0x0000000000000002
	.quad 0xfffffffffffffef6
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xbeee000000000000, 0x42b0000000000001
	.quad 0xc07cca1401000000, 0x7f906cf68b8d21e6
	.quad 0x402ba54a23c7d12a, 0xc0dc000000745117
	.quad 0x419c29d300800000, 0x8026f0aaff37af3d
	.quad 0x7ffa1515038dc420, 0xd406bdb9ffbff3fe
	.quad 0xc022c47f319c8b75, 0x0dfc073cffbafebf
	.quad 0x80800000807ecbea, 0x7ff0000000000000
	.quad 0x57f28a68e094dc13, 0x2f5d9e9a50517d15
	.quad 0xcbad1127ed2d8952, 0xf0de31a776fefdff
	.quad 0x7ff0000000000000, 0x3ba5870fba35c6f5
	.quad 0xbf6bffbc7f800000, 0xef4d73ee45f43f81
	.quad 0x7ff69dbcf76e75e5, 0xfddf5262560a4aff
	.quad 0x6632901563e7352b, 0x3f800000ff800000
	.quad 0x0000000000000000, 0x7ff4c20ef747b3e2
	.quad 0x37a80000013c7cae, 0x471eccfd23263d13
	.quad 0x3d04a842ffbffeca, 0xbe84d568de1b7bda
	.quad 0x7ff6cb4dbe3e8ecb, 0xc0fffffffffffffe
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x0000000000000000, 0x8007a5458c256903
	.quad 0xe2b007148ffd3df9, 0xc133000000000000
	.quad 0x90ed7ce9dceb15a7, 0x02b6d12d3823b822
	.quad 0x3fbb049cf496fa88, 0x0a657c6c3bbefe5f
	.quad 0xc0197e6dcb6fc702, 0x3ffffffe3c5eb94e
	.quad 0x94c1093fcecd4ac6, 0xc020000000000000
	.quad 0x41cbfa34770094a4, 0x47800001be600000
	.quad 0xb436399ac3d87aa5, 0xff800000bfec73e7
	.quad 0xc11ce00000000000, 0x8a654b7d93497d29
	.quad 0x7fed16eb7f2e585b, 0x96ff2355dedffbfe
	.quad 0x7f82a45e5efef8c3, 0x3fffffffffffffff
	.quad 0xc24000007fa4f5f6, 0xbd542ef97fd81778
	.quad 0x73d1f244cfee7fdf, 0x81b1ed75c1301cf0
	.quad 0x4f135c8a79d04904, 0x8007d8d11d12ce47
seed56:
	.quad 0x7fffffffffffffff
	.quad 0x0002152964a2146a
	.quad 0x70ec79208f42a5c2
	.quad 0xfffffffffffffeab
	.quad 0x000000000000007c
	.quad 0xffffffff80000000
	.quad 0xfffffffffffff0f7
	.quad 0xfffeef07a699f6d3
	.quad 0x00000000683068ec
	.quad 0x0000000000000039
	.quad 0x1df99e0c0b0ff383
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffef8
	.quad 0xfffffffffea27341
	.quad 0x00000000000001b8
	.quad 0xa2c57e7b1a26134b
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0xc048000089d76970, 0x3fbe000000000000
	.quad 0x9d201582c9eaf400, 0x033cde0ac0b09ccf
	.quad 0x2f4a22d04d7ba40d, 0x7ff689be4d68602a
	.quad 0xd87139554664925c, 0xff800000727c38e0
	.quad 0xc70000003be9aca3, 0x03c598d952b59923
	.quad 0x0000000000000000, 0x42a4683cf46337ff
	.quad 0x65de600385320000, 0xbb8a722da35e3cc6
	.quad 0x57f28eb1e3ef3f91, 0x3d200000aec5f92b
	.quad 0x8d71aabbc89d7c00, 0xd380000147be5b76
	.quad 0x80045836b9f98a0c, 0xba6811ae5cb9cf4f
	.quad 0x5fef3e01823944f9, 0x40de000000000000
	.quad 0x4792c206b7f7b28a, 0x000171cab15872f0
	.quad 0xc44fd02f97a2cb0a, 0xabde3d2eda0a9785
	.quad 0x75967863efbffdbf, 0x6a12e52e32953888
	.quad 0x7fbcad2a004590ae, 0xc36e86038ff7e440
	.quad 0xa4815ba17eef0123, 0xbfac480859fd9e5f
	.quad 0x7423890cb7dbfeed, 0xc04bb1cc38d11dc0
	.quad 0x9ec57a9d5ad754f4, 0x87353735cd8e46da
	.quad 0x3c98e8786d8b254d, 0x5f895723ffc00000
	.quad 0x0b6c8f357fd4e7bd, 0x406000003de3e1c6
	.quad 0xb8168000ffe11b3a, 0xbf9879711fa95fda
	.quad 0x400ffffffffffffe, 0x4610aa77023302fa
	.quad 0xff80000040a00000, 0x5980000100634065
	.quad 0x52c2bbe42a2e7cdd, 0x802eaa3c90271c2a
	.quad 0x3eb316cfc6800000, 0xffefffffffffffff
	.quad 0x5d7559dd3f3bf7e7, 0x8000000000000000
	.quad 0xc07409d4a3c5b148, 0xa6aa910c6341137c
	.quad 0xaa272ef4f77ebedf, 0xd0a4089baf806f95
	.quad 0xbef05635bab80000, 0xfff8000000000000
	.quad 0x30a30a4fbfbfff6d, 0x15bae429c32302c2
	.quad 0x3885a3b3593e7c00, 0x477ecfd634ad83ff
	.quad 0x860e7e9ff5bd0880, 0x805f14e57e800000
seed57:
	.quad 0xfffffffffffffd81
	.quad 0xfffffffffffd69ce
	.quad 0x0000000000000001
	.quad 0x000000000000039d
	.quad 0xfffff512256c1a1a
	.quad 0xef6cbb90c192c0f5
	.quad 0x0a911ca4032238f0
	.quad 0xfffffffffffffd95
	.quad 0x6929c66321b6419a
	.quad 0x464c0922636866fc
	.quad 0x00000002db99d726
	.quad 0x7f75dcb7c0f18991
	.quad 0xfffffcfd21964df6
	.quad 0x8839b058ca923984
	.quad 0x0000000000000154
	.quad 0xf5ab2684b0c43a41
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0xa06be4e433d4dbcd, 0xa37d51b9932ffc41
	.quad 0x0008000000000000, 0x8ebcb0b85c290221
	.quad 0xf0717a2b7fbf3f54, 0x7fb734823fe3c9de
	.quad 0x09532e1418ec4069, 0xfff8000000000000
	.quad 0xda1fc658bfffffff, 0x5a41acc7e6be9f6b
	.quad 0xef090e7d7feffff4, 0x207b11bb0e3a0000
	.quad 0xc0cc500000000000, 0x7effffff7e800000
	.quad 0x017fd6d07a732b66, 0xffc7a3d4321ea265
	.quad 0x165192f2f77b6369, 0xde85c111ffbbd75f
	.quad 0xc01f000000000000, 0xc7000000041dd600
	.quad 0x7ff8000000000000, 0x6263597486967f90
	.quad 0xc23e6ccf017fffff, 0xc093dff96f09dd95
	.quad 0x430245dedf800001, 0xf655c6feff2968bc
	.quad 0xf37d1f0240d9a6e9, 0x94423da67abd7f8b
	.quad 0x404000006b926fbe, 0x3fa8000000000000
	.quad 0x7ff8000000000000, 0x2755551638797a5a
	.quad 0x11da1547a7cc4380, 0xff1fef033d5eaf7f
	.quad 0xbf15a59e00000000, 0xc02747379ec021db
	.quad 0x64365ac98b7af7cd, 0xfff8000000000000
	.quad 0x8809a0847fe3fab1, 0xc0f00000bffb11bb
	.quad 0xffdbad51425d4d76, 0xbf70c7b7116bdf51
	.quad 0x769d2b935da65bc8, 0xc3fffffffffffffe
	.quad 0x3dc00000ff96518b, 0x006a0fcd410c0000
	.quad 0x7d8b97a931b7c591, 0x2c9ec4f62aca7bf1
	.quad 0x0d20323b7fe5fdfc, 0xaef46142fff3fff7
	.quad 0x6deb21ab89cafc00, 0x7ff0000000000000
	.quad 0x8bc4530a9e63f682, 0xbf80000000000000
	.quad 0xf72239b3f4780212, 0x83ff835fee617830
	.quad 0x7ff8000000000000, 0x77832c7ece7da8e9
	.quad 0xc2f636b3c1500000, 0x47ffffff43d221ed
	.quad 0x46be81afd1878000, 0x6680e7d1a4771bff
	.quad 0x3f07bf267f164180, 0x7eb7d1223ec53017
seed58:
	.quad 0x0000000000000000
	.quad 0xfffffffffffed4fe
	.quad 0x7fcb74a17ec9e062
	.quad 0xc2dd06af4232e47f
	.quad 0xffffffffffd7d0a9
	.quad 0x8000000000000000
	.quad 0x00000046094796e9
	.quad 0x000000007fffffff
	.quad 0x0000000000000308
	.quad 0x00000000000001a2
	.quad 0xffffffffffffffe9
	.quad 0x00000000000003a3
	.quad 0xfffffffffffffc37
	.quad 0xffffffaeb4037976
	.quad 0xffffffffffffffe3
	.quad 0x0056d1a79bfe0319
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x807fffff3f928000, 0x4015000000000000
	.quad 0xb65e12aefff86a35, 0x9b0f530fcf369471
	.quad 0x3a07812dc53f2cff, 0xbfa0000000000000
	.quad 0xbd76db504143e6e7, 0x400678f6724a61a1
	.quad 0x7fc00000ffccb792, 0x22de663f3e83c740
	.quad 0x8000000000000000, 0x9e19f771fd827ed7
	.quad 0x00433d10bf000000, 0xf4852fc7bc01b40f
	.quad 0x8afc7429c0100000, 0x40074032d9cea13e
	.quad 0xbc860000f9605644, 0x617efaa94cad3b1b
	.quad 0x41ffffffffffffff, 0x801fae8c5ebc6072
	.quad 0x0000000000000000, 0x81a9ef13ff6ffff7
	.quad 0x80235ec16f88ffe5, 0x83a8e3cbfe75edb2
	.quad 0x63d089583eff43fe, 0x0008000000000000
	.quad 0x7ff8000000000000, 0x13cd8216f73ffdff
	.quad 0x242e15950f547800, 0x7ff0000000000000
	.quad 0x000ef89779f7be96, 0x0c6bbc2aff9b897e
	.quad 0xfe97f164abe165bf, 0xe74ce018ca84debf
	.quad 0x412c000000000000, 0x8080000000000000
	.quad 0xc0f80000008a56b6, 0x141d81b8c07a49a4
	.quad 0xc3d367f08111ed88, 0xee6a8f7a7fb42bc5
	.quad 0x0000000180000000, 0xfeafc9ec02ec815e
	.quad 0xc0d470dc7fafec32, 0x40348983e84654c9
	.quad 0x614f55cdf8687c00, 0x08950bc750637e00
	.quad 0x3fda000000000000, 0xd83c8defffa73725
	.quad 0xfff0000000000000, 0x8f8f5a8333d4536f
	.quad 0xbfdd1d342f161be1, 0x044ae510514c8fff
	.quad 0x0000000000000000, 0x00039578eca45610
	.quad 0x6f8670db95e4802e, 0x3fdb15ee080da724
	.quad 0x000000005fa5f4e1, 0x6c4f5837cf8414dd
	.quad 0x3f82bd537f800000, 0xc214ae3f9ae8786d
	.quad 0x6cdf1652b225726b, 0x2c86247e79b393b8
	.quad 0x3f63000000000000, 0xae15966019476726
seed59:
	.quad 0x00c8d9c23f258455
	.quad 0x000000000001b8b8
	.quad 0x0000000000000000
	.quad 0x068279a34bde3a32
	.quad 0x99eb338be33e9ca3
	.quad 0x0000000000000128
	.quad 0xffffffffffffffba
	.quad 0xfffffffffffffec2
	.quad 0xfffffffffbc47031
	.quad 0xfffffffffffffea7
	.quad 0x21239ddb1926ac80
	.quad 0xffffffffffffe2b2
	.quad 0x8000000000000000
	.quad 0xffffffdbcf6fe770
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x2fb554cf5dfe813b, 0x42bdc075b75a7706
	.quad 0x80337b4a86b9f123, 0x26e89805f4cf0299
	.quad 0x96403df07f800000, 0xff800000c1220000
	.quad 0x533c1bebffd72e60, 0x7ff0000000000000
	.quad 0x80000000016b352b, 0x0000000000000000
	.quad 0x430ac9ac2b7047dd, 0xb5fd1b05e1d47e00
	.quad 0x6dc5eb1ebd18fddd, 0x8000000000000001
	.quad 0x7ff13a23c12533dc, 0xffec823dc350454d
	.quad 0x1cf9eb6cee0385aa, 0xff800000ff800000
	.quad 0x40b0000043171eae, 0x8fe87344ffc7fdb7
	.quad 0x41f1e9169c103eee, 0x3a5000007bf59dba
	.quad 0x729a33c04c535b0d, 0x982d2ac5bd681e07
	.quad 0xafcf2183bfeefcdf, 0x04655d54ee37fbfb
	.quad 0xffb0482aff800000, 0x5aaa72e4c7e9f34e
	.quad 0x3fd17f52c4c0488d, 0xfffc4f34801d128b
	.quad 0x803e4d58c37ce4d2, 0xfff293081bca0370
	.quad 0xfff03de8cd20391c, 0x8033e3a66cb9f16c
	.quad 0x3ca85745425012c6, 0x014ffb0d00080403
	.quad 0x7fe99dc993abd56b, 0x28f07dd4fa936d26
	.quad 0x6570e15cff5f7d52, 0x41ebe3a60fa84eb3
	.quad 0xf35eb6bde1f734ba, 0x3fe0000000000000
	.quad 0x4c5ecb443bbefe5d, 0x8e2a6422fff7f77e
	.quad 0xbf8000000580dd37, 0x7624772ef44832f8
	.quad 0x9607224f1088a31b, 0x800fffffffffffff
	.quad 0xf245a3ecfc737cd5, 0x9108ee467badfeb1
	.quad 0x000000007f931bca, 0x8d6ac3e2366ffe00
	.quad 0x6695aa1b5ea9f794, 0x3b800000ff800000
	.quad 0x3cfc5f0a7f8c83b1, 0xe88cf09c9b457fdf
	.quad 0x3fe00000dcc8ae96, 0x81000000ff800000
	.quad 0x3921486bf3a93eff, 0x4fb75710bfef35fd
	.quad 0x7ff7e02183f09002, 0x3f1a000000000000
	.quad 0xc394daa07d217400, 0xc05000007f929f6a
seed60:
	.quad 0xfeb40cf89aac36b9
	.quad 0x0000000000000031
	.quad 0x3f4f89dca87cef95
	.quad 0x0000000000000074
	.quad 0x3f78088f19f24bc4
	.quad 0xfffffffffffffd7f
	.quad 0xffffffffffffffe3
	.quad 0x000000000000002a
	.quad 0x0000000000000000
	.quad 0x7cb02381ca3d07cd
	.quad 0x000000000000007f
	.quad 0x000000000179d713
	.quad 0xffff24020c2d6056
	.quad 0x0000000000072950
	.quad 0x0000000003c811f1
	.quad 0x7305a97587959200
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x7ff0000000000000, 0xffe636bae7ffffe9
	.quad 0x6aef615edaba7dbb, 0xfff48cc7dd700c9c
	.quad 0x18fb4754b77ff66b, 0x433fffffffffffff
	.quad 0x01bed8215ebdc002, 0x3f281833fddfa503
	.quad 0x2927c84dbf32f77e, 0xc1c086b5cd271a6f
	.quad 0x524364b029798600, 0x2dc2a221da56b9bc
	.quad 0x2a897363c189ecf9, 0x8008000000000000
	.quad 0xfaa0af40ad4c3ce2, 0x3c3000007fa0b3d0
	.quad 0x64d7a204bd3ffcd6, 0x8025dbb267dc28a5
	.quad 0x022833187b2820b8, 0x1b1cce7ccbf6fe15
	.quad 0xfe7cb47c81de538d, 0xa697a28a3e49e7d9
	.quad 0x0c9277de6fd64540, 0x8eb98fcb430c2f4c
	.quad 0x3533db036af2c400, 0x54cd7d9420d3c357
	.quad 0x9bf476783f7c7be1, 0x7bd448ad40700000
	.quad 0x72973b441d831a71, 0x9ded99adc1f87800
	.quad 0xfff6680700000000, 0xc24a8b8840000000
	.quad 0x809cfac844d98acc, 0x7f3dee073d18774d
	.quad 0x7fb6c426bc9369fd, 0x016efd2effc00000
	.quad 0x0303b22e5e9432c3, 0xffc00000709fea9a
	.quad 0x00273b64dffffffe, 0x22ec5ce713407ce2
	.quad 0x80000000bfffffff, 0xff7fffff803fae1d
	.quad 0xfff0000000000000, 0x5fdd4fc280000000
	.quad 0xffc00000fff39aa8, 0x80a8477a7fc00000
	.quad 0xebed33295835c792, 0xbfa8007f70c0cb0d
	.quad 0x7f84ec9f7679c961, 0xc108000041ff74d1
	.quad 0xc7b4caeeed62d4c3, 0x80ffffff81000000
	.quad 0x0000912791af1fcd, 0x62663f0bcff6e1cf
	.quad 0xffe5b12c3d1a2bdd, 0x8f06df4c4cd602fc
	.quad 0xffc0000059800000, 0x7ff37a38e1b5c2cd
	.quad 0x3faeb3a117d55233, 0x7fe53f0241080000
	.quad 0x1f5c4604f7dfed90, 0xec4ae7a5c09c0000
	.quad 0x7fc00000bcaa4a9c, 0x3fd316178c1ae962
seed61:
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0xfffffffffffffffe
	.quad 0x00000000000001ea
	.quad 0x0000000000806831
	.quad 0xb2ee736f880d08cf
	.quad 0x000001a4d6a4fb93
	.quad 0x00000000ffffffff
	.quad 0x18521a5bfad22b38
	.quad 0x000000007fffffff
	.quad 0x9c32154d6fefd75d
	.quad 0x0000000000000216
	.quad 0x0000000000000259
	.quad 0xb01b4de34a1441d8
	.quad 0x340933039a8a4c43
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xce8d88b2a190feea, 0x29a6996a858ac4c0
	.quad 0x3fb08fd68473473c, 0x406b58b074fde679
	.quad 0x98f188b0807fffff, 0xffd92aa4c8add2cf
	.quad 0x7fcec938f9bc3434, 0x91e6a5864c9049d7
	.quad 0x0100000047fd68e5, 0xa6fccf8abbb04459
	.quad 0x029accee7effffff, 0x8025db8d7cf0cf8c
	.quad 0xbd5c890b84be5ada, 0x7e501413d0af3513
	.quad 0xa096e15fee8fca8f, 0x79b2d19ddf8f77de
	.quad 0x18e0ed6fffffffff, 0x96e09a8fca397989
	.quad 0x5ff666787f8027df, 0x080c4aef70bc6f6c
	.quad 0xf3148f61ef60d96c, 0x38067705a1388000
	.quad 0x55167db5e472bc00, 0xffc00000951da7b4
	.quad 0x80000000ff997e63, 0x5cd3410059461592
	.quad 0x000000007e80aa03, 0x7d8fe628dfb87bff
	.quad 0x7fa67d735db0f62b, 0xd3a200f64bf8c500
	.quad 0x0000000000000000, 0xd0d019c336491bf4
	.quad 0x001c38be03726914, 0x7ff0000000000000
	.quad 0x995591ea44268cc0, 0x4014000000000000
	.quad 0x4082c8fab72d1ef4, 0x0e0a054e47653e00
	.quad 0x419b1479fcc91980, 0xdfffffff3fd00000
	.quad 0x722605daf9bcdbaf, 0x7fe0cca23bed6868
	.quad 0x7ffa73146ff5a2a7, 0x7e2992a97448d2dd
	.quad 0xc00692cfa7100f5a, 0x2541585c2eec35c0
	.quad 0x404d7580f1e06452, 0x000000000e25162e
	.quad 0x977414725c1bfc00, 0xff894aa4ff800000
	.quad 0x90addcc8ffc00000, 0xc04daa05b144a5e2
	.quad 0x79f05152fff5fe5b, 0x800fffffffffffff
	.quad 0xff800000ffc00000, 0x3fcfba8937ae1d6c
	.quad 0xc30906e67f800000, 0xd15c194443392649
	.quad 0x8004a9896c4fff46, 0xdef90c945aa78000
	.quad 0xa655673dfff9d85c, 0xc31385f2ff9d51df
	.quad 0xe0b530b2d37e97bb, 0x7f800000f76dddf6
seed62:
	.quad 0x0000000000000030
	.quad 0x00d87b1a340187b0
	.quad 0xfffffff9e4c8ccf6
	.quad 0x7fffffffffffffff
	.quad 0xc0262eee07013e15
	.quad 0xffffffffc2c20a02
	.quad 0x000000002d19f94c
	.quad 0x1dba0157e737c311
	.quad 0xccbb85191be0ad06
	.quad 0xa501f52c922c4069
	.quad 0xffffffffffffffff
	.quad 0x00000000000003a0
	.quad 0x9510fdbabce0cb03
	.quad 0x13ce678a3b679572
	.quad 0x0000000028f379f1
	.quad 0xa4d791a303f3633a
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x9f3a43f759fffffe, 0x971d46a690d4b7e3
	.quad 0x7fa3175bed8f6f5d, 0x50ad04a7b17823d6
	.quad 0x0f2d3778c0000000, 0x57c7044afd37ad70
	.quad 0x7fa6f7201ed9c90f, 0x8592d4c4f3feddf6
	.quad 0xff5039459e004e62, 0x8020000000000000
	.quad 0x0083cc7fa64171bc, 0xd51b5a60e6ffffff
	.quad 0x045bebb2ffb7b07b, 0x7ff7a8302504af15
	.quad 0xbe86bd4200000000, 0xfec03a553ee15908
	.quad 0x67fbf44c6bb735ed, 0x41235a7979998849
	.quad 0x7effffffffc00000, 0xc1db1d00ffb7761e
	.quad 0x0027da53e9774988, 0xbdf3ac2def0e7c00
	.quad 0xec7092d8cfc6fc00, 0xb34b8d58fd3be637
	.quad 0xc02e0ea87f8732da, 0xfff0000000000000
	.quad 0x00000000c1f65223, 0x80800000ff800000
	.quad 0x7f800000bf328d91, 0xbfc2600fff800000
	.quad 0x0000d97afe30bba8, 0x7ff0000000000000
	.quad 0xfd91d7f8fca313fd, 0xbbd15619fff14771
	.quad 0x831f30bfeeb5281e, 0x205e84d7c79f7b7e
	.quad 0x1f58237d7fbdfe50, 0x5c82f105ffc00000
	.quad 0x3e1ae84cfb3c2c96, 0x7df5e3c57bbf9df1
	.quad 0x3b38d546ffffdd2f, 0x0000000000000000
	.quad 0x002d209d9becbdfc, 0x3a39bfc0b52ba66e
	.quad 0xbe4fa845c1140000, 0xc36b78a640562c53
	.quad 0x6d103c4738f78052, 0x3640000000000000
	.quad 0xf26d599f53b10000, 0x7fc0000013e1afaa
	.quad 0xc073a340d219e733, 0x7f8000000e6fa913
	.quad 0xe61d84a69ea8b60d, 0x7fb7b2e039400000
	.quad 0x45a3c950ffbf7c7d, 0x2b8cf2a66d1b3deb
	.quad 0x7ff0000000000000, 0xb95458ceff800000
	.quad 0x4017000000000000, 0x7ec00bd95e4e25d1
	.quad 0x5a7ffffe7fd620e6, 0xf3536cd63e52b815
	.quad 0xce771a6e7fb7feff, 0x80462dd180000000
seed63:
	.quad 0xfffffa12889b05ce
	.quad 0xf6cdde48d6f5ed81
	.quad 0x377c793e16ede9ff
	.quad 0x0000000000000065
	.quad 0x1d85d0bcbd3e3bc0
	.quad 0x001fc0d90f2f5c1d
	.quad 0x5d610cd1000ed4f6
	.quad 0x0002d48a91722f15
	.quad 0x6525fb0305b86744
	.quad 0x00000000000000fa
	.quad 0xc97d817020107034
	.quad 0xfffffffffffe6fb0
	.quad 0x00000000000485cd
	.quad 0xffffffc5ae534e47
	.quad 0xffffffdd6ccc8ce3
	.quad 0x000000007fffffff
	.quad 0x04400000
	.quad 0x40000000
	.quad 0x892ff749f8b0753e, 0x0025cc2332d88039
	.quad 0xbbc312560ad960cf, 0x61da94b9e2e66d21
	.quad 0x74ae75d1ffcdf400, 0x3fa000003dd00000
	.quad 0x402e000000000000, 0x190b8027bd607842
	.quad 0xb746f6017383c226, 0x8000000000000000
	.quad 0x03cdc140a18eff2b, 0xffa384e9c050ae9e
	.quad 0xc11c000017d61495, 0xffc000007ee0d47a
	.quad 0xc177bfd36ed08356, 0xd5f74a96bf6a8000
	.quad 0x70409bdc807fffff, 0xc052c0eda704abbf
	.quad 0x7ff8000000000000, 0x3deb79b4c1040000
	.quad 0xfd90d50dc9b5cb0b, 0xeb0b796660ef5737
	.quad 0x673029d477ddb6bf, 0xcdc5cd0cbffa6f4f
	.quad 0x80042baa7a6b4d9e, 0xa6fc73b08f1f7c00
	.quad 0xe78f7f61ad449f25, 0x3ff3f56c38d8a7b9
	.quad 0xb9960000c0000000, 0xa0f008e8e5d82857
	.quad 0x000ae0aeff58d715, 0xdac8c2f21f5bcf50
	.quad 0x404a8a7600000000, 0x27afad6773e500ce
	.quad 0x39df000000ce448f, 0xa94a793affb67d38
	.quad 0xbda42f0cbcbc8000, 0x7ff8000000000000
	.quad 0x7541cc985a000001, 0xfa8044567fb82bde
	.quad 0x8030cac1ffa8daa1, 0x4e9ea282aa6a0400
	.quad 0x3c530615431f294a, 0x20d6843dfff557c8
	.quad 0x5315a84f8dddfc6c, 0x0d20d6eb1b289d17
	.quad 0xbf70000000000000, 0x7fc00000bc17e999
	.quad 0xc3b2ef51bdd4edad, 0x1e41c5ac174b413d
	.quad 0x7fdd641ee9947457, 0x7ff0000000000000
	.quad 0x00000000e914d18b, 0xbd095b3dc37ffffe
	.quad 0x0070f3c75eeffefb, 0xacc1237f9a310800
	.quad 0x811e164b3f6f2df2, 0x751c055541020000
	.quad 0xadc299c296693579, 0xfff0000000000000
	.quad 0xdc705f7abbda7e5f, 0xff957dea4082127d
	.quad 0x007cf6b200d0b66e, 0x4c95740f95b57ebb
