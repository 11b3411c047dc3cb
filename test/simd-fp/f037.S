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
	.inst 0x4ee0c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e681a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f112212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6aecb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200144
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
	.inst 0x1e608c56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e328dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6541f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7900ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e216a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f3784dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2df51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e5963af
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
	.inst 0x1e690c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f22a151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6200f2
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
	.inst 0x1e285834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a8855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e275520
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e28c456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e702a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e64f459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68b01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30fb5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66427c
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
	.inst 0x1e2ad691
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
	.inst 0x6e65dd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f31fc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a3872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee199f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee2f4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70fa16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e294837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef5fc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d38f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0f99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7fc19b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e596a0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f25aebf
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
	.inst 0x9e290160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6300b1
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
	.inst 0x6f31fcf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d0a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2f1db6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a0957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30ca98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6740b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d2030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f39327b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21a8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e28f63d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3b397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62403f
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
	.inst 0x1e310040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2cde11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d18b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0e874
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
	.inst 0x0ea0d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a7997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18a428
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b2a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59cd8b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc8519c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd9103d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2dfc1e
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
	.inst 0x1e290040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e26547d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0e874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e215d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e210147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e662818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f22fe3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c03b
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
	.inst 0x5ee1b95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e189f
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
	.inst 0x4ee1a8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0faa51d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c3a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c113
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
	.inst 0x1e780225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f49aa16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e716a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e610028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e38cc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e597a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eadcf1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e029d3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e70687d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61dafe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eebe53f
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
	.inst 0x1ee2c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee9fc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2199b2
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
	.inst 0x7e30d834
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
	.inst 0x0e216956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f67d1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef2c5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66e5a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e32dcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f48d1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb7ed3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f34fdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78006f
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
	.inst 0x4e6ee410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea6ed73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e695014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2179b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7901a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2cddd7
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
	.inst 0x2e21dc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fcc901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e42e15b
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
	.inst 0x1e6201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eebedbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602188
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
	.inst 0x7f5de5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea3ec71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e290042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e7853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2208d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc15096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fae9137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f241618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6641b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a481b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea2f57c
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
	.inst 0x2e21b95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6b981f
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
	.inst 0x6ea19890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a8972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e200183
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
	.inst 0x6ee0d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e710977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61b9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e617a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2be6fb
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
	.inst 0x4eb0d43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3b093e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61699f
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
	.inst 0x1e220870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f55e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e24e472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e248933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58b984
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e235996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c118
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
	.inst 0x1e69295a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e642180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21b8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eafcd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee199bf
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
	.inst 0x5e29dd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e264a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c8873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6500a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e73ec96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea5e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eadfc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62431a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21b97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6301fd
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
	.inst 0x1e6300ff
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
	.inst 0x9e2501e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0e911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea199d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7901a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f61c4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e274e36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f258a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e29d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd358dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1a8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2cdcff
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
	.inst 0x0e21b8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f41fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1aa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e671995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6322b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3388d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f2efcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f62e499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6e649a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e43087b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e648b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea1a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d581e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6b189f
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
	.inst 0x1e6f04f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a39f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61dcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fd09a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f20e475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f543e76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b0af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6838d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f50e45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2311db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f25487c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f44fefd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e19f9ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3f901f
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
	.inst 0x9e7801c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f231091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e317a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e197803
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e3834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6fdc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee19836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f528477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fce1978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e632ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63dc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b087b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e23d47c
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
	.inst 0x1e25397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3900af
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
	.inst 0x7f71e5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70edd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6ea583
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e62e433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2ae435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2afc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0ca97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624d98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f8699d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2501ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e616b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc3995c
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
	.inst 0x7ef0c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee5c45f
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
	.inst 0x4e6179f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e26a4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f710c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e59d8c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21fe34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0fa56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e26e477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2dfd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f261d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee7d4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6efedc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61b85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e696e5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2201df
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
	.inst 0x1e22c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e31de32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e717a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f2ae4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e316d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21b936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6dd497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e27fef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e616999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2301fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea8d59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e59e86c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f59fd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f48181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e258a9f
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
	.inst 0x1f082870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e60c5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3e9012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e6169b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1b8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6529d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e651a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fa39058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f961aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e70034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18810d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fa3997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc9107f
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
	.inst 0x1f2e9c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e595061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f3afc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2420d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e2add95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220176
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
	.inst 0x1f425a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eecc559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0c85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee6c5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a097d
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
	.inst 0x7ee0d9bf
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
	.inst 0x6e30f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fab5232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f6ffcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2afcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18de05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6c34d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1f8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd31979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e58068a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea198dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2300fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeeed1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee8d47f
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
	.inst 0x9e43dcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee2c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eeefc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2541b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0e914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee5c4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e6178b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21b897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e73e67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0c859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6fd73a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61b81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2640be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0f97f
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
	.inst 0x1e60e4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a0a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f3832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e680205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e351c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e295817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6bf4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fd159fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e261b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66427d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f7d1f
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
	.inst 0x1e6b21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e610201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1ed33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61b8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2200b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21a877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e226938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e24fd59
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
	.inst 0x1f235a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e271dbc
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
	.inst 0x1e7b0a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61c93f
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
	.inst 0x1e282810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61b831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e310122
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
	.inst 0x6e65fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2d2875
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
	.inst 0x1e614137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc791f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0fa9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc491bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2bc5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e2eddff
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
	.inst 0x6e68d410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f69c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d3a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f461a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2320d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e63deb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e615d97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e63e598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e240129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e31032a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5aa65b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcf115c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3cc6d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58face
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fac58df
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
	.inst 0x1e6b20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f78e451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e261892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e240143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f885014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e208895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e654056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e8858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2129d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e28fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6289dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c17f
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
	.inst 0x4ee4f490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f453cf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e308a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4d0434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21a8b5
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
	.inst 0x1e2764c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30ca58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30c85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6329db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e1a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6901ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79026f
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
	.inst 0x1e6401c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1d8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2dfe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e6cde33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e661934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fb29155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1d936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e616977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e321ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6102a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e77899a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f291b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e696edc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b297d
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
	.inst 0x4e60cf1f
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
	.inst 0x1e6201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f65c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e6168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e665a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6169f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e610127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0f979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e19c1ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f75123b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e216a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6301dd
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
	.inst 0x4ee0f8df
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
	.inst 0x9e02a5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610063
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
	.inst 0x9e610065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e680106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6e8077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e59c8a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0e999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7818db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1db1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21797e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e30008f
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
	.inst 0x5e21d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2649f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f2852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60f49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e733a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33b58d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e258897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b1918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0c9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e36087a
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
	.inst 0x2e21883c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c0a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e36c55f
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
	.inst 0x4e66d550
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
	.inst 0x1f4e2592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e31fdf4
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
	.inst 0x9e390066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e665817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e68fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2501c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee8ec9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1995c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ffd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e18a40e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21d89f
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
	.inst 0x1e6a7d50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e20dd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f449d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f223113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1b8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4435b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c4d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6014d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a0959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e3bd49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7102cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a69df
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
	.inst 0x1e6f21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e62fd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f701453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e210045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6808b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e69e677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02855a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee6d47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61b9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e776b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0fb1f
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
	.inst 0x6eaac450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7e9011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e722240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7359d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f35fd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e648856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f27ae57
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
	.inst 0x1f728899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62409a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e74fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e0328fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f91f
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
	.inst 0x6e6fc4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e616912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee7c593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e2230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e216995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2400e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea3eed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b0b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e25ddda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e77df5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c21c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42219d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6201de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1a9bf
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
	.inst 0x9e6301d0
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
	.inst 0x6e6cd512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e29f409
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3258f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e70de75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f8c9056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee240f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f631df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f081159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f75b4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60891b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2fb03f
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
	.inst 0x7ea0d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f2832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e29dd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1d934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2540b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e664036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0fab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f75e6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7802e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2929bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee19b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0da3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0faf105e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2faa905f
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
	.inst 0x4fc519b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e24c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f49b972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e79d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f479a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb2c4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e670956
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
	.inst 0x1f6796d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f708a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e58fc0c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6ecc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1f93f
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
	.inst 0x1e6c69f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e20c451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f3a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e612180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6219f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4728d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ef1fe37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f8558d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61699a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e37e6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21383c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e242210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03b1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26417f
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
	.inst 0x1e220170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e633891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f68f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f62a654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f651cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c0f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a29ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25020b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e29ddbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e36901f
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
	.inst 0x1e674890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0f873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e244114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f649875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e62ccb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b6488
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e635879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e30c4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63a608
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f62fdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e6be57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e64d43f
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
	.inst 0x2e2fe5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6101e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f501032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2509f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6618d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e220055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2b82b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664237
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
	.inst 0x1e2200d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb5e6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e76f586
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6cae1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ad4df
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
	.inst 0x1e230050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f731034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e19b487
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
	.inst 0x9e2201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22085a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e282725
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e36248d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63501f
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
	.inst 0x4ee7cd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eb0c491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fd11193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6500c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e280005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d1a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e661018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e242160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6241ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f480c3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0c893c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7000cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e600abf
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
	.inst 0x0e6179d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c0b2
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
	.inst 0x5ee1a874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f68a5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30fa76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6244a7
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
	.inst 0x2f3efcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd4521a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f4be6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1ed9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2398fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a581f
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
	.inst 0x0eaafdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8e5172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea3f4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e640065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21ed77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eace478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f0e39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e24c51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f4bfd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0c45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f8e535e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c19f
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
	.inst 0x1e687010
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
	.inst 0x5e21b8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1a9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6ad500
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2928f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e648419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f3ffeb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e429079
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
	.inst 0x4f4de41b
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
	.inst 0x1e22183d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eaac47e
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
	.inst 0x7e30c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e32f653
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
	.inst 0x9e250065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616a17
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
	.inst 0x1e2a2819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2b02fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c483b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e72ec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2435e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee199bf
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
	.inst 0x9e2100a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e255971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2104c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2901c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e24cc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2839b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee3ecf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f51d2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30da39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70da7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f2bfcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e619a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f6be77d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1f9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70893f
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
	.inst 0x1f0380f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8f10d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e189d42
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2141b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e674034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea18855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58c166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7fb017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fb41178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f395a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e62c67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e487c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e24012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6ab4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7901af
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
	.inst 0x1f2b88b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eedd531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c3993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f603574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e274217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f08f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e631019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eadf49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f095b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7089bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3439fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e03583f
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
	.inst 0x1f030030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6328b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c1933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6bedd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d7875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0f956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f27e4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0426d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea19999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1a9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61cafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e28e47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e0abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6022f8
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
	.inst 0x1e67c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaed5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19edc2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee8fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6179f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0c4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f67fe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e68e658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61dab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21413b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c87c
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
	.inst 0x2e21991e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6ab4fb
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
	.inst 0x7e2de570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0e972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0c935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e69cd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e282040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2a5038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee5fcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6caa1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fcb91fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27417e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ad55f
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
	.inst 0x1e21c0d0
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
	.inst 0x9e7100e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2641b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c69f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee4c555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eefce56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e432198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e294959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e71022a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e241a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60081d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1a9df
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
	.inst 0x4e217970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2479b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0d0972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2000a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2001e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2178b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6301d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e619899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61899a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f85993b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e35101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f59e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee3fdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a36d9
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
	.inst 0x1f4eac50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2200f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e6168f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2ee589
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e27c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19fc05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1ba76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6300b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6921e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f56e4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e34081c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e28f4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3320b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e03ad9f
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
	.inst 0x1e2558d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61e4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e219934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e5984c7
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
	.inst 0x1e2cbe79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2895de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21435b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6259fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fcd98bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f82917e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2ff53f
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
	.inst 0x6eeaf450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58d941
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd01952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f09b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f53b175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e196506
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2edd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e281878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f1979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2908fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea9d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e626a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4bb99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f4bff5f
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
	.inst 0x1e664110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e610181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3800c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3801c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1a8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e66f655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7800c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e695d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30fa38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0db3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f67ff1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d283f
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
	.quad 0x000000007fffffff
	.quad 0x00000000000001d3
	.quad 0x0000000001000001
	.quad 0x0000000000000540
	.quad 0xf63576ee2fa4b501
	.quad 0x5ab0bc46da38469d
	.quad 0xffffffff80000000
	.quad 0x0000000000000371
	.quad 0x0000000fea055e74
	.quad 0xff6b4bc2f13c2c80
	.quad 0x4853d2786f76da2a
	.quad 0x0069624256d456b4
	.quad 0x000000000e3a0fb6
	.quad 0x00000000ffffffff
	.quad 0x000001afe966444c
	.quad 0x0000000080000000
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x8008000000000000, 0x3fbd9f26d888b727
	.quad 0x07d415b28fb8affb, 0x858fba2aaebbf5b5
	.quad 0xbf87a27a6c52c5a1, 0x43efffffffffffff
	.quad 0xa71fad57eb1bf7f8, 0x356d97eb58773142
	.quad 0xc578175a7fd87b68, 0x6a27feb4294badde
	.quad 0x7fa68c3f80000000, 0xfff78b3ab6b89196
	.quad 0x0008000000000000, 0x6fb1b429408c0000
	.quad 0xfff27c57e6802eaa, 0x3d4bc87fc0910c48
	.quad 0xff8fc1c1bf400000, 0xc2bbfc4543669f6f
	.quad 0xc04b57860a8dfe7e, 0x7ff0000000000000
	.quad 0x7d262010fff8823f, 0xb041e0c1ffdaff48
	.quad 0x55b3f52b5beefdfe, 0x7ff0000000000000
	.quad 0x7fc0000047215030, 0xdca98a26f2a93353
	.quad 0xaa2072dda3347e83, 0x7ddd8ae174413e83
	.quad 0x98c0dfadefeef860, 0xbf2527807fb1d8db
	.quad 0x7e9b52909bfda530, 0xbaf91f09ae957c00
	.quad 0x325fee3a9e6d1463, 0x7ff1d15f2ae6bb5c
	.quad 0x002e001aeea993b8, 0x8bf5a776b47eff7b
	.quad 0xc019000000000000, 0xc093ee30fff7fc00
	.quad 0x0000000000000000, 0xdbd07563ef85b2ec
	.quad 0x434df38fa24b0043, 0x000000001aa1e574
	.quad 0x7c47b0fbdc5a82ca, 0x3fefd2f02a397160
	.quad 0x969d24c0ff800000, 0x0020000000000000
	.quad 0x8010000000000000, 0x8000000000000000
	.quad 0x54023a317f7cb35d, 0x40b00000807fffff
	.quad 0x1ff7dc7b7e10b0d1, 0x8000000000000001
	.quad 0x7fb7f9697f3a76a5, 0xc05a025d3345f2dc
	.quad 0xffefffffffffffff, 0x80000000804c6bf7
	.quad 0x15bf23f77fedf7ff, 0xff7fffffb7050000
	.quad 0x9cab857ce2ab35a8, 0x51f97a43ebfeffe3
	.quad 0x80755d5c1747b408, 0x53922f6affc00000
	.quad 0x7fa92002822ef5a0, 0xff9528c3ff800000
seed1:
	.quad 0x4919ce190b555896
	.quad 0xfffffffffffffd0a
	.quad 0x373180e84a29b494
	.quad 0x000000000000022a
	.quad 0xfffffffffffcc6fe
	.quad 0xfef1cd6321c8c167
	.quad 0x7908e11ca9f4b9b1
	.quad 0xfffeeba69e21ce0b
	.quad 0x0000000100000000
	.quad 0x19633c43a0ae27a2
	.quad 0xba351acbda639a94
	.quad 0x000000007fffffff
	.quad 0xdfdbd66d1e9ac049
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffdab
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7ebc7db0fff13ef0, 0xfff8000000000000
	.quad 0x038f55a07dbfd7db, 0xfff0c6970cef09ed
	.quad 0x8000000000000000, 0x821b140958494e73
	.quad 0xff9d01370d662cab, 0x5ceec4fc41000000
	.quad 0x7ff0000000000000, 0xd90b3523dab6f4e5
	.quad 0x7878d5e0c3bef73e, 0xd3ffebd7df9c3d01
	.quad 0x0000000044000000, 0x1091346980400000
	.quad 0x3fb7db7a86249e74, 0x3aa0000044260000
	.quad 0xb7b6cb36f4509ac0, 0x7319b8d5f0bc8a30
	.quad 0xb441298cffff5e3f, 0xbebac00000000000
	.quad 0xde6019f5ad53b065, 0x9d4e81b447120000
	.quad 0xc041665bff86fa7b, 0x58866ab5a1d9c942
	.quad 0xae18e0d118a87bff, 0x148bcb55d71b8105
	.quad 0x8000000000000000, 0x7fe0000000000000
	.quad 0xfe96cb03a5435e5c, 0x7fa689c06afd214f
	.quad 0x1e79ab8ef012e802, 0xabc183713594fc00
	.quad 0x408df72d1704d187, 0x41d5c16c7f918137
	.quad 0xc06cd8a6d5f0b6f2, 0xee5c3241f92ade99
	.quad 0x7ff6fced34d04da0, 0xefbc60d7c0c80000
	.quad 0xb32071e3424cad35, 0xc906171a9e5d527a
	.quad 0x3f0a000000000000, 0x8551ab83ff9ba2ec
	.quad 0x4068c48e010029f5, 0x7ff8000000000000
	.quad 0xbdb80000b8b43528, 0x208b8ec87ff02a11
	.quad 0xd1714abcd30fe434, 0xfff8000000000000
	.quad 0x7fa4ae3f7fb482df, 0x7ff0000000000000
	.quad 0xf7d23963adffffff, 0xff80000080000000
	.quad 0xc56bac6eed9803b4, 0x88ac4bfa6ab97c1b
	.quad 0xfff8000000000000, 0x7ff8000000000000
	.quad 0xb63847a27f8e0000, 0x7fa022151f2fe973
	.quad 0x37ea13ac29377e00, 0x00067a10860a7e50
	.quad 0x5eca7c027fac6dca, 0x93f699d29b678200
	.quad 0x3f80000040c80000, 0xdbf5ddde4f5edef2
seed2:
	.quad 0xffffffffffffffff
	.quad 0x00000000077dc035
	.quad 0xb13398d78e5cbcca
	.quad 0x00000003ec51e8b1
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001c6
	.quad 0x00000000000000c0
	.quad 0x000000000000037c
	.quad 0xfe9311c7c2376c08
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0xfffde3ef8f32500d
	.quad 0xa76ebc74ca5b8741
	.quad 0xfffffffffffffeb5
	.quad 0xfffffffffffffff4
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x4db5870d00000000, 0x000000007e800000
	.quad 0xc01642b0d95cadae, 0xfcfd2f80e7fffefc
	.quad 0x95091bbb7d06135e, 0xbe84768e0b5efdc5
	.quad 0x7f800000f49b5790, 0x4340000000000000
	.quad 0x5412d77fe7a9faa0, 0x4f800001425549f1
	.quad 0xc04bcc2a1bdabc90, 0x8000000000000000
	.quad 0xfff1e13ce1800001, 0xc01d000000000000
	.quad 0x2b4a75ed62da9886, 0xdbef6072d5ee7c00
	.quad 0x7ce2b4c4a134f9b1, 0xd73314bcf7ffb67d
	.quad 0x4010800000000000, 0x75108c87ffb2fc00
	.quad 0x313cc335f7be34b5, 0x19d2e9300e22b653
	.quad 0xa4573815ffffe25c, 0xbd5aad7248a00000
	.quad 0x75d9cacc9c87c133, 0xba3d1fbc927e07ff
	.quad 0x7ff92bd0637668de, 0x6c7be82df3dfd8b3
	.quad 0xa4e05354fafd477f, 0xfa97fecfbd1c7771
	.quad 0xc019000000000000, 0xc10bc00000000000
	.quad 0x8009e9cc3d9b5ace, 0x3f000000ffe6e4b7
	.quad 0x7e9853e9fac6923c, 0xbfffba1c29cc4eaa
	.quad 0x7067c068ffc00000, 0x02d8af21ffffffff
	.quad 0xeca6655b99ffffff, 0x30867a1d4047a581
	.quad 0x3d7a138d7f83acdf, 0xbc553718d13d8085
	.quad 0x1d17225dda380000, 0xfdf419a0d2efc77b
	.quad 0x292c9ddffffaff0d, 0xfe817047fa0e55b1
	.quad 0xbe3a5b8bffae43f1, 0x7ffadf41ff48f17b
	.quad 0x0a0a77aed752bd54, 0x8000000000000000
	.quad 0x86126ef20e16ba00, 0xf094b6e427e5907e
	.quad 0xbf828c7c9124e688, 0xc376f2ad3efe6f7f
	.quad 0x41d0000000000001, 0x9a17f6a15f38667f
	.quad 0x80000000ffff794c, 0x3f860a71c321f07e
	.quad 0x71867d7bc87fffff, 0x85208c097f9ac9e7
	.quad 0xc0631b59d5f9ff75, 0x43effffffffffffe
	.quad 0x14e9248e849afd64, 0xbc4c8f0f000f9279
seed3:
	.quad 0x0000000000000000
	.quad 0xff8069660cdff8f9
	.quad 0x2ab8ace4f849ac5a
	.quad 0xffffffff17190ae4
	.quad 0xfffffffffffffee2
	.quad 0x0000000000000328
	.quad 0xfffffffffffffc3a
	.quad 0x0000000080000000
	.quad 0x00000000008bc86b
	.quad 0x0007c1eb6d65929c
	.quad 0xfffffffffff75307
	.quad 0x08aeb32783701aa4
	.quad 0xffae7a9cf1ff7bcd
	.quad 0x0000000644c100d1
	.quad 0xfffffffffffffde7
	.quad 0xd944e282905a7b34
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x7effffffc0f00000, 0x810000005c000000
	.quad 0xbf8edcb92c901cf5, 0x401689a790a298f6
	.quad 0x3c080000409f414d, 0xfff0000000000000
	.quad 0x57fca520ebfbf75f, 0x4f792a545f800001
	.quad 0x47376c49b0215ab3, 0x7ff9075a0709ac23
	.quad 0xa8957bf67ffb439e, 0xff8000006f289ee0
	.quad 0x58968b57c0d602d4, 0x7f7fffff72087479
	.quad 0x02be1d483d2c6cbf, 0x04f4213700000000
	.quad 0x7ff0000000000000, 0x7feb3d6617af68fc
	.quad 0x8020000000000000, 0x0337a15d6753f01e
	.quad 0x7fff9c12714e5051, 0x3d483d62ff95e6ae
	.quad 0xc0f000003b82ef2a, 0x2e7db1cc41684f31
	.quad 0xcbc5cf415b495f2b, 0xc0600000ff800000
	.quad 0xc098000000000000, 0x49000000be2b1915
	.quad 0xff9ceedd408c0000, 0x46fdd0fbbc6a7c00
	.quad 0x64f3c9bd7d9ec7c0, 0x32f396c0b704c494
	.quad 0xc00f000000000000, 0xbf7900722bc957d2
	.quad 0x0000000127636998, 0x8067a73d3bbdfdfe
	.quad 0x37ea0802d2cff3c8, 0xc09a000000000000
	.quad 0x7f9b5874408e476c, 0x3113fe5d0b4a37ae
	.quad 0xfff4aa4141080000, 0x7fd0000000000000
	.quad 0xc6dc0000830aa2ba, 0x41effffffffffffe
	.quad 0x7f8000007fba296b, 0x0000000000000000
	.quad 0x402f78c326495571, 0x381e00000e5eb681
	.quad 0xc0650a809833757e, 0x407f75703b5aad4d
	.quad 0xfff710bac98c9f60, 0xc8243265cf5777ff
	.quad 0x409000004d5b509e, 0x086ba0b9fff3cab6
	.quad 0x7f80000081133a94, 0xffb1e1798ae5df0c
	.quad 0xffdfffffffffffff, 0xbfe9583b4c806463
	.quad 0x7fe5fd63ce1172d0, 0xc38d17ecc4de8747
	.quad 0x8941ede3dd59334e, 0xa15c56a5d9ff4918
	.quad 0xf855c532a9717a6f, 0xfee0020bae7dff69
seed4:
	.quad 0x58d5854d4c563129
	.quad 0x00730c14a45d4bed
	.quad 0x0000000000000001
	.quad 0x4fb779d5f3263e79
	.quad 0xfffffffffffffc82
	.quad 0x5d5871c73c1ad291
	.quad 0xc794ff89f465b89f
	.quad 0xfffffffffffffb34
	.quad 0x0020000000000001
	.quad 0x5a9a55d746fcd54d
	.quad 0xfff67592b21bcb52
	.quad 0x00000000016197f0
	.quad 0x00000000000007f8
	.quad 0xffffffffffffffd1
	.quad 0xfffffffffffffc49
	.quad 0x4b479ce55d121ad0
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x8c915aead5ffffff, 0x7ff5c9f28212a9a0
	.quad 0xc0f000000035717b, 0x4f800000bcf80000
	.quad 0x12c19d5ac0134022, 0x7fab4bfc7f83cf4b
	.quad 0x3b87accc82e1892d, 0x3cb1e7437902e5f9
	.quad 0x8247017f944032b5, 0x049cec26c10a0000
	.quad 0x41100000b76576c5, 0x9c73a304def1ffd7
	.quad 0xc52f00007fa459db, 0xcf000000bf364fea
	.quad 0x7aee937a9d3d3ba4, 0xbd7413b46c06c465
	.quad 0x0000000077205238, 0x1b84d8b557f23690
	.quad 0xd415ba38623c55f4, 0xfff0000000000000
	.quad 0x996b257d623e45c2, 0xe981cc06a825f909
	.quad 0xffb142b094f2b7e8, 0xe3505228ffdba8bf
	.quad 0xc3bacb14be624f6e, 0x8545804162e3c7c0
	.quad 0xc22c2dd6ec6fc0c1, 0xc1ab05c08ba340ce
	.quad 0x1935e6f25dbf2e0b, 0x229b7e0d9ceba767
	.quad 0x7f816f248003b7aa, 0x800fffffffffffff
	.quad 0xc0c0e2aa7f8f7eef, 0x8bfff14fef3d4740
	.quad 0xffc00000b8680000, 0x0249bd7a850bf11a
	.quad 0xbfb0800de3dff46a, 0xc9dcb708f4e3a437
	.quad 0x0000000000000000, 0x6afc5e40033e783d
	.quad 0x7fc000007fc00000, 0x4fffffffb83628be
	.quad 0x7ffa21e6cea68d1f, 0xf7a1e774ea21fde0
	.quad 0x9425605f7f800000, 0xe480cce6d9ed7f73
	.quad 0xba9a2949fff9fb7f, 0x55d26058d0417e00
	.quad 0x91dd8e023b734660, 0xfff88cadff800000
	.quad 0xab04f599b90b5193, 0x408c000000000000
	.quad 0x7ece8e96ffede7df, 0xc3195e5916b28b66
	.quad 0x42c04d8f757fcf91, 0xff80000047000001
	.quad 0xc020000043ebb332, 0x803f2b2f4a3eb002
	.quad 0x7f8000007fc00000, 0xf62328a941568c11
	.quad 0x0000000000000000, 0xff00000080800000
	.quad 0x44a01e87bdaff7de, 0x5d2199f66b167dbe
seed5:
	.quad 0x6f08797521c71c27
	.quad 0xffffffff80000000
	.quad 0x10d8ad9512dae0d1
	.quad 0x21f9552a23efe98e
	.quad 0xffffffffffe29c11
	.quad 0x00000031aa94fbcb
	.quad 0x244a85f9123cad74
	.quad 0x000000000000001d
	.quad 0x00000ba8a97fcc35
	.quad 0x99da25a37aa6134d
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd7b
	.quad 0xfffffffffffffe47
	.quad 0x9996ed1d2d0742eb
	.quad 0xfffffff959d7df3c
	.quad 0xaa38274f29732222
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x0000000000000000, 0xc669395192a9ccb2
	.quad 0xbff4800000000000, 0x41bc8c453e86d3e4
	.quad 0xcf800000807fffff, 0xb83d87daabb73fff
	.quad 0x17e7f3483464791e, 0xba3f0000427b0000
	.quad 0xc044b642de5a1da8, 0xc651822548a977e5
	.quad 0xffdcc77fdf800000, 0x81e135368fc45f00
	.quad 0x8e81779500072ccb, 0xfffeb0a1d2ce8239
	.quad 0xc1cb122c3c5e392e, 0x6a6bb4027f1c3beb
	.quad 0x8000000000000000, 0x0a2efbbb67684808
	.quad 0x70650c9126dd4a7b, 0xd424a07afaf32bc9
	.quad 0xfff8000000000000, 0xc3a036257f800000
	.quad 0x05d0221c7fdc87f1, 0xabca55b595021a52
	.quad 0x9e9902b1ebeefc76, 0x807fffff00000000
	.quad 0x774e739bbdbd1db0, 0x7f43d25cbdc3070b
	.quad 0x6418283abf7bf72c, 0x813f809ac94de5c4
	.quad 0xfff0000000000000, 0x7877a3def4cb9ccc
	.quad 0x6bc37ee17fd97d97, 0xc049d3969f29318c
	.quad 0xbc3ec49793be71bb, 0x059fafc2f2f637d7
	.quad 0x001fffffffffffff, 0xfff8000000000000
	.quad 0x3945dcef6344d7ad, 0x80716d9f807fffff
	.quad 0x800fffffffffffff, 0xbb9ef1037f88dab9
	.quad 0xff8000007d079fa8, 0xbef8000000000000
	.quad 0x3389713b5e595ee5, 0x9f82822f41dbfbdd
	.quad 0xff8000003f44b798, 0xff95eb237f800000
	.quad 0x81655907007fffff, 0x74f735bf00000000
	.quad 0xff80000080400000, 0x7ff193aec4eaf11e
	.quad 0x2f1cf1ba63a8c001, 0x7ecd8b4da7ec6c62
	.quad 0x165bc210f342a52d, 0x6ab7777fe6bf6197
	.quad 0x45400000c29986e4, 0xffc00000c22a4f91
	.quad 0xb68bab19438676fc, 0x886506a2c0700000
	.quad 0x0021f61807083569, 0x442c9e38eb1c3ccc
	.quad 0x403d33e4004c073c, 0x27ec9760ffd38000
seed6:
	.quad 0x0000000783870757
	.quad 0xdfaa484e2a10b6be
	.quad 0xfe018fd7103888ba
	.quad 0x5f99602423916d8c
	.quad 0x4afb130e9391ac62
	.quad 0x399eff8488f4b069
	.quad 0xffffffffffffff93
	.quad 0xffffffff80000000
	.quad 0x1564a44fcc366f9c
	.quad 0x0000000080000000
	.quad 0x0000000004d6d945
	.quad 0xfffffffffffffd52
	.quad 0xcceb5bb47641a6bd
	.quad 0x787d1ad94499db21
	.quad 0x00000006e0a48e1b
	.quad 0x7fffffffffffffff
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x32705c5795378000, 0xff80000040680000
	.quad 0xbf4d5773e3fcd553, 0xff9a3fc8c1ce57f5
	.quad 0x002fffffffffffff, 0x960c73ffffa82fee
	.quad 0x087d9860016218d4, 0x2d81d7345cd0fb7c
	.quad 0xb3bd1c45fb3ff8ef, 0x6e09585740133715
	.quad 0x7f800000be800000, 0xc10e14e373922f68
	.quad 0x40983552807e16ed, 0x7a09399196c8feaf
	.quad 0xfffcb895804a8d08, 0xf506ffcbe51f442b
	.quad 0xfff0ab0ba7dfb29b, 0xde6c62c0002b7f94
	.quad 0x80400000c0600000, 0x5a7ffffee9311ccd
	.quad 0x50fdb125eec5fae3, 0x21b819735ffffffe
	.quad 0x7fcd5fdcffdfcf8a, 0x15c107bdb1679f84
	.quad 0xce25721ee2acf6fe, 0x7fc0000097f7f634
	.quad 0xff90b10e7fa27768, 0xdfc8f4753f7f7cb2
	.quad 0x9e08ada25f7fffff, 0x3f5b800000000000
	.quad 0x7f79ed1345c30433, 0x3eb69651de959c87
	.quad 0x67c99e081f9680fe, 0x097318f6c1080000
	.quad 0xb62abf4aff8e7f06, 0xbf84000000000000
	.quad 0xc012000000000000, 0x59ffffff88dc1810
	.quad 0x7fd0ef4a3f800000, 0x485498797f87ba73
	.quad 0x5437f8c580000001, 0x945f88fd4179e602
	.quad 0x401f000000000000, 0x42035fba7fc00000
	.quad 0xb6baceafeefee3ff, 0x23902ad300516963
	.quad 0xbeab6d4b0106b173, 0x0040cbde6fc5c138
	.quad 0x000e13362e53801d, 0xff7e017f7ffff9ef
	.quad 0x5cc1f052ffb618fa, 0xfb4f94717bffffff
	.quad 0x83890c91bf730761, 0xbe1be364c0f80000
	.quad 0x4f3f9da0fb6349ac, 0x7f80000048d00000
	.quad 0x0c6cd0a7fecbef45, 0x810000008c465c60
	.quad 0xbfc34d6120def0ef, 0x0000000000000000
	.quad 0xf41794b0ffb1fecd, 0xe41bbcbeff78c74c
	.quad 0x8000000017258e37, 0x4019000000000000
seed7:
	.quad 0x1185477eef71b48c
	.quad 0xfffffffffffffddd
	.quad 0x00000000000000bf
	.quad 0x0000000001000001
	.quad 0x06ec2a5927047e98
	.quad 0xffffffffffffffa6
	.quad 0xf2b261fa77da8eae
	.quad 0xffdb5740aac9effe
	.quad 0x151d3a8772e59633
	.quad 0x848ad6bb33e7093b
	.quad 0x0000000080000000
	.quad 0x00000000007e08f4
	.quad 0x00000000000013c8
	.quad 0xfffffffffffffcc9
	.quad 0x000000000000034e
	.quad 0x18d9b5e83924c39d
	.quad 0x07400000
	.quad 0x20000000
	.quad 0x7f8000007f800000, 0x3672804b2ea2fcda
	.quad 0x4609b5a9d6f7ff3f, 0x80000000413d5376
	.quad 0x85e68ac600f0e8c2, 0x1de8e980044b301d
	.quad 0xc7ffffff43b04d25, 0x7f3fde00d2a4f868
	.quad 0x174c06a96fcebd2f, 0x3c69b7b63f800000
	.quad 0x8077174dbd080000, 0x411c00004e286a42
	.quad 0x5b8e1ed1ae8deaf2, 0x57ae075cd6e71fd2
	.quad 0x0886d679bbff41c4, 0x067fb2ccdbffff60
	.quad 0x3ff2800000000000, 0x7ff427b5f7db03e6
	.quad 0x42e103103f87b107, 0x4018000000000000
	.quad 0x403a65502728b822, 0xff8cbd8effedac44
	.quad 0x4056dfde953191f0, 0x747eae18c6f0dc83
	.quad 0x477ffffe11124a06, 0xd1d75de3bdffbfad
	.quad 0x7f9df153a0b38f5a, 0x7ff0000000000000
	.quad 0xe9472e61bd5fefd6, 0xaa7b2cca9fa88200
	.quad 0xf34131e0ffb8b7de, 0x800741d92e0990d1
	.quad 0x80083ae9d871b668, 0x7f8b3eddfeb266cb
	.quad 0xc280000000000001, 0x1b24e7c13c2adde6
	.quad 0x4079977240b125da, 0x7fd8229ff2b5cdb0
	.quad 0x1c7ee927ffeaca08, 0x9c43226700000000
	.quad 0xfff24ce1cfaf4d73, 0x9a6e493d57b5b57e
	.quad 0xa70b2e16958f3a75, 0x406ac808fac07abd
	.quad 0xc00edc9edf1961b5, 0x8490727c34634b0a
	.quad 0x8020000000000000, 0x7c7171a0c10c0000
	.quad 0x3beb95efcfffffff, 0xff8000009f72e4c4
	.quad 0x00288a02487462e4, 0xf8ad150001eea300
	.quad 0xc03919dd2f4dfa1b, 0x30bb18e49cdd4419
	.quad 0x40880000b9c00000, 0xc2c9526240ab04e8
	.quad 0xf54cef7617596886, 0xff677054c0824880
	.quad 0x3ec4000000000000, 0xff95578cbf800001
	.quad 0x43efffffffffffff, 0xffbe93bcff800000
	.quad 0x80d0dc527fc0b616, 0x7ff457d0719f4923
seed8:
	.quad 0x091907658b76b54b
	.quad 0x00000000000003e8
	.quad 0xb63fecf0c956b9c4
	.quad 0xffffffff80000000
	.quad 0xa79b631dd817b592
	.quad 0xffffffff80000000
	.quad 0x2dc2bd5c787e65c3
	.quad 0x106d4258742830c0
	.quad 0x8000000000000000
	.quad 0x87b4d98ac90e8bfb
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcb2
	.quad 0xffffffffffffc12a
	.quad 0xfffffffffffffce0
	.quad 0xfffffffffffffca8
	.quad 0xc9ff397a6a8b0e23
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x90c3c0acf78e0825, 0xc07a74c27f8edca9
	.quad 0xabb1e9dd97bf11ef, 0x889b69a8ba54faea
	.quad 0x1a69dcc9ff8dde38, 0xc05a2e32d2337d49
	.quad 0xc0b71a6e40b80000, 0xbff8f26d6d2304a3
	.quad 0xeb248ee1e9b93208, 0xe43375637fd322fb
	.quad 0x7e1a95bc19a7e495, 0xbc93986000000000
	.quad 0x615e1c6738d31319, 0xbed0800000000000
	.quad 0xe02e6eda2e0ca04b, 0x7f000000805f4ff7
	.quad 0x0eef6c8affce0ee8, 0xc008000000000000
	.quad 0xfff0000000000000, 0x807fffffffd59e41
	.quad 0x7effffff01000000, 0xfff245c515034fac
	.quad 0xbf9d4f0870c842a7, 0xf4ece1f87f8fc1a2
	.quad 0x7d1469b75ad1a9e3, 0x2535796862010255
	.quad 0x81fb4027741ea403, 0x581c73637fe37c00
	.quad 0x3fdd08ede7bdecaf, 0xbf28700000000000
	.quad 0x5fb7d863bd64fe7f, 0x3f78bbee409ddd08
	.quad 0xb2a2863f2cceb1c5, 0xfff09e665d2d45b2
	.quad 0x002ce841c0003ac7, 0x3ed1a06cf282771f
	.quad 0x4410be1a3f8ff400, 0xbfbff74f33d7c61f
	.quad 0xbfe0000000000000, 0xfff0000000000000
	.quad 0xffc76fda0140abe2, 0x3df5e1963c6552e5
	.quad 0x8896e023e0bf025b, 0xbf8694b0092b7d07
	.quad 0x6dcca15abfa7fc77, 0x8fb63b2a77bdf060
	.quad 0x7fe6814c790cc36d, 0x400cab9f7afd20ac
	.quad 0xc7c79d513d63b146, 0x002fffffffffffff
	.quad 0x724763f77949761e, 0xc77ffffeff88d6a1
	.quad 0x7f000000968ea4d8, 0x3f6f000000000000
	.quad 0x3f826fafeb4dea44, 0x83945f107e9e0cc4
	.quad 0x7fa79081ce38aa91, 0x000591206b2afffe
	.quad 0xfb6fa1a3408c0000, 0x4206e632bde3ec7f
	.quad 0x5cd1ec9da5dafbb4, 0x4084000000000000
	.quad 0xdfabc74ccb8cfc00, 0x3ff0000000000000
seed9:
	.quad 0x0000007124a58a9b
	.quad 0xff75e9e577a5b3b5
	.quad 0xe083c8e2b3c7de2c
	.quad 0x0000000000000289
	.quad 0xf9c99debc1f8e758
	.quad 0xfffffffffffffffd
	.quad 0x8000000000000000
	.quad 0x0000000000000207
	.quad 0xaabafcb7861d67a9
	.quad 0xfffffffffffffd5c
	.quad 0x000000007fffffff
	.quad 0xfffffeea4765d69a
	.quad 0xfffc23606c5194bf
	.quad 0x17a45205267f4dd7
	.quad 0xd28d279442013fae
	.quad 0x00781644bd456912
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xb03535927ddf5ed3, 0x7fe258415122a847
	.quad 0xffa01c346d8637b0, 0xd471bb98257a7c00
	.quad 0xbc15b4e483730200, 0xd5c11b2925bbdfff
	.quad 0x0040000080000000, 0xc1fe8a7ebfceb33b
	.quad 0x58c5173a8c350c87, 0xd48e256b7f800000
	.quad 0x7ff8000000000000, 0x06ab139b31200525
	.quad 0x7f5c59727052c92c, 0xfffdafe778e6fb46
	.quad 0x1a7d5eb0e1e9e47b, 0xe252c819b2286cdb
	.quad 0xee8cc590ffb38000, 0x681f9efbbde650f8
	.quad 0xe7659ab7effbe0e7, 0x3f8000007e800000
	.quad 0xdb8f2665e1657ce5, 0xc010000000000000
	.quad 0x14b88fb6ffdfffff, 0x64ae4c3a48eb4e9b
	.quad 0x4016d85438a57adb, 0xa361670affeffffb
	.quad 0xc05a38c3df0ed1ee, 0xe536247b71bf7085
	.quad 0x0000000000000000, 0xbe4000007f87023f
	.quad 0xd87fffffc093122d, 0x4036ca0ba989689d
	.quad 0x01000000ff000000, 0xe7d70088bf97f7f5
	.quad 0x2fec97bb45b94580, 0xb775bb18ff903d73
	.quad 0xb6ac152cd7ff761f, 0xf4d7390e00000000
	.quad 0xbf711e25b6196618, 0x3fb261f7c85dedad
	.quad 0xc27195b088eeea58, 0xfe36358ed7a2eb60
	.quad 0xc01f800000000000, 0x7028a6fedbdedd6f
	.quad 0x7e8000007fc00000, 0x6608a5bf905f5d77
	.quad 0xcc7efd653f90ff9b, 0x3db19cca6df9eb3c
	.quad 0x4055e8877e8b14f4, 0xb8d0e65d56172065
	.quad 0x42edb6fad7ff79ff, 0x825f3a523b82d07b
	.quad 0xbf0000001c0b1ae7, 0xff8000004194d91e
	.quad 0x29faf0215cc7fc61, 0x1ed8d8cb992cfad3
	.quad 0xc05f359dcaebcd79, 0xff9996166e0fe343
	.quad 0x92f8b6f000c45291, 0x7fd6d4219b7215aa
	.quad 0x0000000000000000, 0x40f800003fc00000
	.quad 0xdf7fffff80000000, 0xd7ccf1efdd57d055
seed10:
	.quad 0x0000000000000387
	.quad 0xb883e97a087a58b9
	.quad 0x8b638f6caee3541f
	.quad 0xbdb79fd1d239e025
	.quad 0x0000000000031c8e
	.quad 0x000000006215b17d
	.quad 0xdb464fef879192c0
	.quad 0xfffffffffffffd7d
	.quad 0xffffffffffffff99
	.quad 0x000000000000023f
	.quad 0x8b10075b04a81e7f
	.quad 0x0000000080000000
	.quad 0x0000000000000385
	.quad 0x8000000000000000
	.quad 0xd4861eeff14c83fb
	.quad 0x0000000000000000
	.quad 0x04800000
	.quad 0x00000000
	.quad 0x80400000c0a93ec2, 0xca3f7b78fffffcfb
	.quad 0x2a6476835e1cba00, 0x433c87245ed593fd
	.quad 0xff6ec073433ff223, 0xc021800000000000
	.quad 0x0043e5f780a956d1, 0xbfce056f832a213a
	.quad 0x7613485d689dbffc, 0x0feddc50f1c678ae
	.quad 0x47400000418a8e0e, 0x001fffffffffffff
	.quad 0x43efffffffffffff, 0x7eece6293cd2b6e9
	.quad 0x807e53237f800000, 0xfff21dc61ff50b3c
	.quad 0x00800000e54e557b, 0x05498815161592ee
	.quad 0xf2938e9e1df3d1a7, 0x7fd1c6922e78fa84
	.quad 0x43effffffffffffe, 0xb0acdd62c6cfbd4f
	.quad 0x2ff24fdeebfdbbfa, 0xa558a7bee2852100
	.quad 0x80000000752ae233, 0x4b4c1afbff6bffae
	.quad 0xf00d0c957c28ac64, 0x4a7c2601004df4fc
	.quad 0x15eb51909eaaefba, 0xa8fe68e27fc00000
	.quad 0xeba8404bed29823e, 0x0000000000000000
	.quad 0xbe790b87832ba799, 0xff9b8c3ea56a925c
	.quad 0xffcc03c03cd00000, 0xbdb32ce5ffb53159
	.quad 0xfff218d4afa6bc87, 0x22f79d847fb55640
	.quad 0x41cc000081074f57, 0xc5f90000ff800000
	.quad 0x07ec1d94fdd53fff, 0x8d3438ff277a7e00
	.quad 0xffdd707fc9b0c33e, 0x000000008015909d
	.quad 0x0000000000000000, 0xfff8000000000000
	.quad 0x80ffffff80000000, 0x7946b2c1ffc00000
	.quad 0x6e785051aefd7ffd, 0xfff0000000000000
	.quad 0x7f6c3b7afdbab02a, 0x00ffffffbd92fe9e
	.quad 0x8e51f9ec8a0e1597, 0x97c1ff4ffb551a69
	.quad 0x407707ffef82401e, 0xd8b6414cf8d2fa82
	.quad 0xc569ed4f40d71ce4, 0x2a4abc37771c5760
	.quad 0x7ff704f2f0136bc4, 0xc42ffffffffffffe
	.quad 0x002c540a46b00000, 0xbee6500000000000
	.quad 0x46aa3eeefbdd8000, 0xc03a000000000000
seed11:
	.quad 0x85586a975850e156
	.quad 0x0000000000000000
	.quad 0xffffffffffffffb6
	.quad 0x0000000080000000
	.quad 0x3dc303b654fcfeab
	.quad 0x8000000000000000
	.quad 0x000000000000005d
	.quad 0x0000000001000001
	.quad 0x03686f3468fc956d
	.quad 0x5c819d4e52719321
	.quad 0xffffffffffffff8b
	.quad 0x07cd3369db58203d
	.quad 0x0003cb769e93a108
	.quad 0x0020000000000001
	.quad 0xfffffffff0309a34
	.quad 0x51fb6f89b19e7b07
	.quad 0x03800000
	.quad 0x20000000
	.quad 0xbfd0000000000000, 0xc07665eeddae8b00
	.quad 0x10340126bc4100c6, 0xdf08c5c57fe14141
	.quad 0xef51912ffb370800, 0xeb6dbb5faee305ae
	.quad 0xd4575b7f93fcffd9, 0x8369089613ae0001
	.quad 0x0016324e78b7ff06, 0xfffd6012b9b7919f
	.quad 0x381ab5dcd7eba1b7, 0x7ff0000000000000
	.quad 0xffe2be143c181b69, 0xffc0000047800001
	.quad 0xc37a26704ffffffe, 0x7f5d3fdec3ad2281
	.quad 0xfeffffff80000000, 0xc17fffff7fde304a
	.quad 0x00000000154125d4, 0x4ffffffeff800000
	.quad 0xea14070b772b83ff, 0xfff201d05c88b30b
	.quad 0x359f000040a00000, 0x411a800000000000
	.quad 0x9cbaf23fdf3ed774, 0x1c681b2fa24ed4bd
	.quad 0xff89660b4ec73cfb, 0x823409a4efbf7cfb
	.quad 0x6513f80cef012d21, 0x433e9d8a02fc4780
	.quad 0x4aace5a649a62128, 0x4172a032ffaa2758
	.quad 0x5b4ffa4d7feffbfe, 0x8298212e3f9ec090
	.quad 0x3f3946667fc00000, 0x7eb6d772c19d84f3
	.quad 0xb5d4000000000000, 0xa10a0202374fbca8
	.quad 0x83aeed57e935bc01, 0x7a011321410c0000
	.quad 0x57ba9c864f4efe00, 0x3c7591a97fbc2b24
	.quad 0x46880000d9800000, 0x0321271b642ff74b
	.quad 0x15682d6743b6bfac, 0x215de84eeba9ff7f
	.quad 0xbf95d8942893dd56, 0x8000000000000000
	.quad 0xc0f1f8390044e152, 0x6a3b3aa3c7c4fff9
	.quad 0xd8b9b07f5d79ffb1, 0xbb5c0000c0b00000
	.quad 0xff82789c7effffff, 0x26ae08872cd24460
	.quad 0x410a0000ff800000, 0x93976207c6c92fd0
	.quad 0x007fffff7f800000, 0x5981bef0f9b3dc77
	.quad 0x3d313a8ffdd32876, 0x7f702c27700184e3
	.quad 0xc330000000000000, 0xbc3f6a6200000000
	.quad 0xfffc3291a6648dbf, 0x7fb607ef00000000
seed12:
	.quad 0x00000000000003e1
	.quad 0x548c0b1aae47c659
	.quad 0xfffffffffffffef6
	.quad 0xa2d00de0910d7182
	.quad 0xf3b089aaf597632c
	.quad 0xcc4db440b4c97cf4
	.quad 0x0000000000000031
	.quad 0x00000000000e5b3b
	.quad 0x5a20907c8202e458
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x0000000000000103
	.quad 0x2704de83a1e66ceb
	.quad 0xffffffffffffff9a
	.quad 0xfffffffffffffe87
	.quad 0x0027097f0fc2b79e
	.quad 0x04c00000
	.quad 0x10000000
	.quad 0xf684931f9a722144, 0x7dd2b31bfeffffff
	.quad 0xff8f12e3ffc00000, 0x34014fd41b487d77
	.quad 0xfff752ffed67702a, 0xbf9b7a24bf5a106e
	.quad 0xc468000080000000, 0x7fd4808e8df4500c
	.quad 0x434f347eebd34326, 0x7ff1855b2195960b
	.quad 0x81657ca722215004, 0x00036e7cdb6d4a87
	.quad 0xd152936295bc5288, 0xa2ae495c98f5c810
	.quad 0xb158625bfae5c280, 0xcb630c945668b641
	.quad 0x980fa733f8effebe, 0xc104000080000000
	.quad 0x7ff8000000000000, 0xa32e1d1facb76874
	.quad 0x458efebfa64d0358, 0x7ff29ba540f3192e
	.quad 0x4e62ea5d677fffff, 0x23324376f44b83ff
	.quad 0x004508b2c1160000, 0x90c65b1d0f174e2b
	.quad 0x7fa985f6944d9c8b, 0xbff1361639298fb7
	.quad 0x2fd9536eff800000, 0x81a124ae7a27aa6d
	.quad 0xffc00000c0fffffe, 0xff800000805ac681
	.quad 0x852c539c4586b4ab, 0xe5310d8885069c6c
	.quad 0x2df164a0fffe9fff, 0xc06dc07729863d7a
	.quad 0x0031815b7fd0c3db, 0x996d33cd2e5f25bd
	.quad 0x7ff0000000000000, 0xc016800000000000
	.quad 0x7f893ead3da76a18, 0x95415918e6ccf80a
	.quad 0xf39bbf77fe24791b, 0x00ffffff7fbff8dc
	.quad 0xfd8116a72aaa2541, 0x6f602f7a6f5efe00
	.quad 0x00000000435c7043, 0x80021846e747f785
	.quad 0x7ff2e594cf4384fb, 0x4901ebf500400000
	.quad 0xc02b72a49c17075e, 0xc020800000000000
	.quad 0x8001e9116ed46501, 0x4023800000000000
	.quad 0x1c17868ef35ffb93, 0x618f2b23affff7be
	.quad 0x7853b5f5b8f3cab3, 0x384c4d04356bff99
	.quad 0x3fa4114a219d455f, 0x7e8c3bf61b3e958d
	.quad 0xccf2bbe9ffde8388, 0xc312ef9639f50000
	.quad 0x1d3fe0b7949a23b1, 0x2f1dd32ebff7ffbf
seed13:
	.quad 0x000000000000008a
	.quad 0xb77a83bee70ae951
	.quad 0xebc1edb80955fd0d
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x6ea2744d60875c8e
	.quad 0x00000092e9eba17f
	.quad 0x0020000000000001
	.quad 0xb59aa3616cc92127
	.quad 0x000000000000031b
	.quad 0x00064f005ccf700d
	.quad 0x8000000000000000
	.quad 0x000000000000013e
	.quad 0xe8c53aed4d97b352
	.quad 0x9dea8475dc3b9b9a
	.quad 0x000000000000000b
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xe419b86bfda2fc55, 0x7f800000ffa641fe
	.quad 0x80000000cf800001, 0x87332645e50f0893
	.quad 0xcedb6e7faa7984f5, 0x6e6ce9223c347167
	.quad 0x4006000000000000, 0x7fc00000f6072537
	.quad 0xffc0000077d7b061, 0xc963d8c3c12f0000
	.quad 0xc3f0000000000001, 0xc0b3a00000000000
	.quad 0x7f18789bf8f3394f, 0x00470297b58f0000
	.quad 0xa8dc6e937eb88000, 0xaffc8c256e763ed8
	.quad 0x3ed8a06eff85cb0e, 0x65105189e34ee1cc
	.quad 0xe1aa0b1cbdd7c247, 0x40080f250255822b
	.quad 0x8000000000000000, 0xc9403bc3ffbfbfbc
	.quad 0x7f9cbf0f8854847b, 0x2cf570abc20b0e37
	.quad 0xea2477f6aaca2451, 0x7151faa1afecb961
	.quad 0x4330000000000000, 0x9e2c5ae24525abf6
	.quad 0x6c6e4940a1789c26, 0x9a0893492f3e7ca7
	.quad 0x8018604d8a3efcac, 0x3d18c759c0592936
	.quad 0x2e6054c6f6a7fcd8, 0x43aee9643f200000
	.quad 0x8494cd97b5ca0000, 0xc0d80000bc400000
	.quad 0xea3d32c7a19c14c6, 0xfa2acf8671183ded
	.quad 0xc0171c829f67e204, 0x0c0c8d56d32c4480
	.quad 0x7fa4f49e7f808834, 0x8000000000000000
	.quad 0x434c8fc603ddf873, 0x95d59115df5eeace
	.quad 0xab296cd8ffa5c07f, 0x3f9301d5e456e4d9
	.quad 0xc071700000000000, 0xc6768000c260b7e3
	.quad 0x3f8948e640500000, 0xa7333a4e23a94800
	.quad 0x80297ddebf6642d0, 0xc3f0000000000001
	.quad 0x45bd99c0da33f451, 0xdf05b55c80782b4d
	.quad 0xff0a7f876a474753, 0x64c0c06385085bc4
	.quad 0x4070000000000000, 0xc0655fe82cf2d559
	.quad 0xff207d7a1ab28000, 0x7ff5d4f57908eb10
	.quad 0x676799e31913beba, 0x7f000000b267d37a
	.quad 0xf41babdbfb65f77d, 0x1710e423f8634380
seed14:
	.quad 0x10662a811f1f7608
	.quad 0xadab354f03044687
	.quad 0xa3c895c75cb71345
	.quad 0xffffffffffffff1a
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0xf5f9d73775deec3f
	.quad 0xd1ccdc0e205b9d26
	.quad 0xfffffffffffffcc2
	.quad 0xd1754f7c33f54a28
	.quad 0xffffffffffffff05
	.quad 0xffe30b919f490d86
	.quad 0x0000000002eaaea5
	.quad 0xfffffffffffffffb
	.quad 0x000005fe0909147e
	.quad 0xf9fea62218294ff4
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x6312d01cee7fffff, 0x007fffff7164afe5
	.quad 0x5482c620674f8000, 0xb80ea6d94fa2c540
	.quad 0x802bc646253d030c, 0x05f36127d54bbffe
	.quad 0x7f96ffb7c1180000, 0xcfef4ee1c3de0501
	.quad 0xe871a22cdffed97f, 0xc002000000000000
	.quad 0xbcb8456d7f800000, 0x3bdb0480d4d5adbd
	.quad 0x46c00000d8a3c6ce, 0x00000000b7d6eda2
	.quad 0x3f800000c0f80000, 0xbdf0b18e411c0000
	.quad 0x3dd9c4b08fca0730, 0xc0163f259d621c1b
	.quad 0x80000000fe800000, 0x0026b6cfb7bd1a4a
	.quad 0xec66094f7919fe00, 0xc8ae1298d87fb2df
	.quad 0x3f800000b8180000, 0x434fffffffffffff
	.quad 0xfc57aaff9badb63f, 0x4d11d9b58e0e8768
	.quad 0x360e12067b7fb4cb, 0xc9db00000fc617ff
	.quad 0x1367efca4bcafb3f, 0xcf391d3cfd8cb8af
	.quad 0xff02396af5cb0ad8, 0xbffc000000000000
	.quad 0xee02dd4732840000, 0x77ab6a2b1ab95068
	.quad 0x5baadb3785a156e5, 0x3fc12b6eaa6e67ca
	.quad 0xbfdf9d38581d5b83, 0x002d04c776283ad2
	.quad 0x030b162a699192f7, 0xffcd85acb32a99ec
	.quad 0xffe2f0b9ff800000, 0x195e70c77fbbbef9
	.quad 0x8008000000000000, 0xc1d45a41ed207b2f
	.quad 0xffd8e6bec2f94da7, 0x4221439744eed63d
	.quad 0x00106e6d80221985, 0xbaa80e70efc5eb32
	.quad 0x77c696835c39a331, 0xd0faaa38ec987800
	.quad 0x0176bd89fcd5bf6b, 0x79185140ed3361e7
	.quad 0xad52d5a57eae7f93, 0x3ff8923a553c4f38
	.quad 0x4014f5bfaa9fcb94, 0xfc0baef1da1afc00
	.quad 0x7f800000c7d93602, 0x4f690369bfffbd7f
	.quad 0x00000000c4200000, 0x00000000b7800000
	.quad 0xf92b9a4f00000000, 0x9bc1478aee454287
	.quad 0x8a852cf50b9cb120, 0x40d3800000000000
seed15:
	.quad 0x981a9c9fb25ba275
	.quad 0xfffffffffffffef1
	.quad 0xfffffffffffffd10
	.quad 0xdc0757433f96f2fc
	.quad 0x0000000000000001
	.quad 0xc0b7f52cc3f86bbb
	.quad 0xffffffffffffffff
	.quad 0x00000000000001de
	.quad 0x6378f9a6a53019af
	.quad 0x31f6a3213a040a2c
	.quad 0x69ee87bdfd160866
	.quad 0xe1ac9b5d8c8fc8d0
	.quad 0xfe43fd37d886bb30
	.quad 0xffffffffffffff54
	.quad 0x00000000000003a3
	.quad 0x00000000000052fd
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x93cc45ca7fbfbfed, 0x7e800000161c9e70
	.quad 0x46dc12187fccb361, 0x7e800000bc5be827
	.quad 0x16fb9c31feffffff, 0x7ff1a7b89a1b1c50
	.quad 0x3f40000040180000, 0xbf4224187f800000
	.quad 0x51ff2fc953f52b06, 0x4082000000000000
	.quad 0x6234fd7f00800000, 0x40664321aaa9399e
	.quad 0xccb57426ffdfd13e, 0xc04c5f8c5b327738
	.quad 0xc07d70c275768246, 0x0008000000000000
	.quad 0x0fc736938104f8f0, 0xfff551af71b963df
	.quad 0xbcf67560f3fef7fd, 0x7ff0000000000000
	.quad 0xffc8cbffc1f3d4a6, 0xc18ca969ffeedff6
	.quad 0xad777a5d5b3abaf2, 0xe64c471cff95c5a7
	.quad 0xcb742615002da4f8, 0x01a149857d2e28b7
	.quad 0xd7a7e32d4f7ffffe, 0xc2e000007a870c05
	.quad 0x59b51e74dfc74300, 0x8000000000000000
	.quad 0x3f788af6c93cf0d4, 0xc5c82321261c7c00
	.quad 0x3c6c132df497594f, 0xfe75fca0ff800000
	.quad 0x8000000000000000, 0x3f7c91908f93fa78
	.quad 0x426eb87e7f7fffef, 0xfff0000000000000
	.quad 0x22873edb891581a5, 0xfeffffff7ff07690
	.quad 0x429f42897561fe00, 0x7fb389d77ff63a6f
	.quad 0x3f9beb48de78da58, 0xc35a8897efcffc00
	.quad 0x15ad99bd7fbb7c01, 0x77d4085240600000
	.quad 0xffe0b99403f047c0, 0xc78e0000c39ea3ae
	.quad 0x3fe6bd49a80041a0, 0xef203ee27fe6fc9a
	.quad 0xdd71c5fdbfccfb7d, 0x529ce120ab857267
	.quad 0x1d86840af9b77b8d, 0x805cb3619dddd33c
	.quad 0x4105eb756f523b59, 0x1c4e67cc0ed63f44
	.quad 0x9cae9ff000000000, 0x9e55f7864d1e0000
	.quad 0x7c4e81226eaafe19, 0x7ff8000000000000
	.quad 0xdfea1163ff7ffffe, 0x7ffda0ebf5dc5022
	.quad 0x0e1c09e7b74afa4f, 0x0985553680800000
seed16:
	.quad 0x00000000000000f8
	.quad 0xfc524d6b16e17d21
	.quad 0x0000000080000000
	.quad 0x0000000000000199
	.quad 0xffff8d4cebf46e9e
	.quad 0x1448ea1671f10247
	.quad 0x67de3bf049376b40
	.quad 0x0000000000000001
	.quad 0x00000000000000ce
	.quad 0x000000000000012b
	.quad 0xf9c5f99d00003576
	.quad 0xb38bd1ebfaadefc7
	.quad 0x56cc8f554825c223
	.quad 0x00000000000001aa
	.quad 0x00002f823077a552
	.quad 0x00000000003cace0
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0xc037362ee1221a34, 0x8009ec18eb719749
	.quad 0x80e969fa48a00000, 0x400e000000000000
	.quad 0xc680000006a52898, 0x8055a18075ae8bfd
	.quad 0x6ed965a6fff8fcf5, 0x63e9122e52207b53
	.quad 0xe42d41e2c2fb51af, 0xef4ad66dd7ff7d7d
	.quad 0x7ff4dae1fbfff8c0, 0x833c4ace4a154d06
	.quad 0xc014000000000000, 0x348b56d81842fe00
	.quad 0x737f5fea365503e4, 0x0000000000000000
	.quad 0xd5b46a4f706e7c00, 0x7e01e113ffe5653b
	.quad 0xcf57f06ed17fd6eb, 0x0000000000000000
	.quad 0x766e9c48a3ec57ef, 0xcbbe72ebd248b11f
	.quad 0x407bcf7b8403a08e, 0xc100000042b17787
	.quad 0xa4954697a2745574, 0xc456d006802259f0
	.quad 0x25d444c2a11e1ef6, 0x831b99c52fd90000
	.quad 0xbfa0b482afcb9b55, 0xbffc1968032922e8
	.quad 0xb9000000c096a46b, 0x7d5e8fc0fff9c545
	.quad 0x9e36d7ab03553375, 0x800bc8c66ff559e7
	.quad 0x9c8ff4e8b48358e2, 0x7fcd53aa7f769b7d
	.quad 0x7d80b26ed9ee3c01, 0x2cd1224fff3efefc
	.quad 0x3ff42d3d46eac8ca, 0x0435948167ffc6bc
	.quad 0x7896dff1897f92a0, 0xc03d9c19e4463087
	.quad 0x7fc9be5b8060a4db, 0x1b5358b0fc743098
	.quad 0x7e1830dc324443ca, 0xcfda2a377fd62adb
	.quad 0x04676278800814e2, 0x73c68e7cacbb03ff
	.quad 0xd39e0e57ef6b88e1, 0x458000003d8a6800
	.quad 0xfd1c5b0aff3edef9, 0x5a62cb071dfa1289
	.quad 0x9430ab71c0980000, 0x7d2a6a567f8e7e00
	.quad 0xdef90965fffffffb, 0x433da05f733afd2f
	.quad 0xd2c8b15390f4fc00, 0xbf9d197f003bc45b
	.quad 0x0040000011c95311, 0xe8c9a013677ba9ad
	.quad 0x381a72621e52fd43, 0x5980000115471a3e
	.quad 0xff2f0193fff5b4b4, 0x9c7ab8fcff81c396
seed17:
	.quad 0x2ffadcd2a86b049a
	.quad 0x00000000000000d8
	.quad 0x0000000000000377
	.quad 0xea88c42fc4dd7ea2
	.quad 0x12cd18055438e3a2
	.quad 0x6600d5fa4176954c
	.quad 0xffffffffffffffff
	.quad 0x00000002518b2d7e
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xf73db5abd2b56e93
	.quad 0xfffffffffffffb36
	.quad 0x0000000000000001
	.quad 0x00000d202e37088f
	.quad 0x07e1f73e1898bb28
	.quad 0xfffffffffffffe68
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x001549b94f7fffff, 0xfff0000000000000
	.quad 0x83399c498e9f6df1, 0x24035c24fffe33e1
	.quad 0xd1aabd803fd7bbdf, 0xc07b6dc4151d3818
	.quad 0xe06a5f86ff800000, 0xfff8000000000000
	.quad 0xff800000c0280000, 0x7f9538c9c07ffffe
	.quad 0x23e93903f3ea4970, 0xdb09c593bddffc9c
	.quad 0x3fbed53085287799, 0x1554214576b22d0e
	.quad 0x3fad92a2ba67564a, 0x6ef94a5d8c5b57c6
	.quad 0xffd800b2ede2b4eb, 0x3d6d8dc45b6a79b5
	.quad 0x7effffffc77fffff, 0xfa7c1c98deff7e77
	.quad 0x91136abc4a9adc90, 0x7effffff3f800001
	.quad 0xc6f5e917924ed9c5, 0xbfc1f0c900000000
	.quad 0x7ff0000000000000, 0xedbf377d9b430000
	.quad 0x5671ce50d1dc4180, 0x7ff4b98cd6d3f4f4
	.quad 0xa8d9d1ef322b9521, 0x3ed8000000000000
	.quad 0xa25e4c0dffbd7d0c, 0xbdfca99aeab885e3
	.quad 0x4023000000000000, 0x99cdf0e5aa947c00
	.quad 0xc340000000000001, 0xc3da000022367fdf
	.quad 0x4012c8ed329f3cc5, 0x7ff0000000000000
	.quad 0xc3e857e3811b57ba, 0xf09f1eb4160253d1
	.quad 0x1763d5411a6ebc80, 0xc005000000000000
	.quad 0xcfd45d717fc00000, 0xfeea8b7d805679a6
	.quad 0x0000000000000000, 0xaf53440c4c127801
	.quad 0x92e035f4a220c44d, 0xbbc4a7a6c6ac0000
	.quad 0x814510fbefdff3fe, 0x70bce4b454f649af
	.quad 0x045a44cf1e6cac00, 0x400a000000000000
	.quad 0x110ffae48242db09, 0x3a5f930bdbeb7e27
	.quad 0xbfd3349602efd162, 0x832f63ca0fb970d9
	.quad 0x0000000000000000, 0xc0ec356516767e5f
	.quad 0x020ed1b777084719, 0x434fffffffffffff
	.quad 0x2c6e59cae97f9a00, 0x8b28c813ddba8f86
	.quad 0xc0a0000000000000, 0x7ff60d935c5022f4
seed18:
	.quad 0x000000049ab78e1d
	.quad 0x2b5ab418d39c9c38
	.quad 0x169f00e56052de4e
	.quad 0x00000007f3a2ec61
	.quad 0x0000000100000000
	.quad 0xe7fc6dcb600d50bb
	.quad 0x0000000000000154
	.quad 0x7fffffffffffffff
	.quad 0xadc7aa57514d935f
	.quad 0x694db6d604a14c25
	.quad 0xfffffffffffff59f
	.quad 0x00000000000002ab
	.quad 0x00000000546ea0d7
	.quad 0xffffffffffffe1fd
	.quad 0x0000000001000001
	.quad 0x0000000000000dc4
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x0737f0bbc148d5ca, 0x8000000000400000
	.quad 0x7ffe361728ca0a1e, 0x41f5be2281c9522c
	.quad 0xf2356939ffe89708, 0x68ec37635951c430
	.quad 0xe45b202b5a8d4640, 0x77512392c09e7b75
	.quad 0xc33fffffffffffff, 0xbfe6584fba500000
	.quad 0xe31ed283d0bd4740, 0x000a0df128cf773d
	.quad 0x0d4436c1ffdcbff9, 0xfff0000000000000
	.quad 0xda762227ffe7ffff, 0x81d047de866d7a00
	.quad 0xb554573a529f7c00, 0xffcc047affc00000
	.quad 0x2791e21f4d150200, 0xd7745601810c1609
	.quad 0x4700000040400000, 0x7dcca7da6cfd0aac
	.quad 0xfff4294480cf7e7e, 0x8020000000000000
	.quad 0xff7eac611ccb085c, 0x3942df38c03000a9
	.quad 0xbc1bf72b829e0263, 0xbdfc64aa9b34f80c
	.quad 0xb37c46263ff77dff, 0x40000000be521dee
	.quad 0x5239afe94c0aad8b, 0xbff17c9b68cb1bb1
	.quad 0x802fc95966418840, 0x83ccb1644cb51e3a
	.quad 0xc0d54f9ebba6e3fa, 0xb25fb045feffffff
	.quad 0x800fffffffffffff, 0xbf5367fdbfc3a5cf
	.quad 0x7f214a319a234f4d, 0x08cac8b080000000
	.quad 0xc220fda97f800000, 0xc01ba2ec7b561026
	.quad 0x38800000434b387e, 0x005cafaad2195d68
	.quad 0xc2eb34879e6ebf1c, 0x3fbb800000000000
	.quad 0xffa311356fbf1341, 0x40091677c06b850e
	.quad 0xc09800007fb1380d, 0xbfc00000ffa0ae91
	.quad 0x0000000000000000, 0xbbc7e9d54fa59330
	.quad 0x800fffffffffffff, 0xc1000000901a398c
	.quad 0xc070000000000000, 0x485351aed3fd37ee
	.quad 0xd5bb8a4c7fffb5f4, 0x801fffffffffffff
	.quad 0xc0400000c2b19d22, 0xf603b569836ef47f
	.quad 0x0b83a9de3d29f350, 0x3fc070e66765b8f4
	.quad 0xa95dbb96b1b0c040, 0xf15316a6fdbaebff
seed19:
	.quad 0x4e41d5c78c140fbc
	.quad 0x635de3b5cde2cb88
	.quad 0xffffffff80000000
	.quad 0x00003d051fb10b60
	.quad 0x0000000000000203
	.quad 0x000000000000000d
	.quad 0xf2b20d6a7ddd7f3e
	.quad 0xf4c2d63e83df29d3
	.quad 0x00daf3b1abc89892
	.quad 0x00000000ffffffff
	.quad 0xffffffffffe15366
	.quad 0x02a368bd8df47f84
	.quad 0x0310712494e4354a
	.quad 0x94d6cc454319c7df
	.quad 0x000000007fffffff
	.quad 0x15eceed010649c1c
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0x40e94f287fb13851, 0x801b2c217ca341e6
	.quad 0x8008000000000000, 0x7b5400269b0aa040
	.quad 0xd2cd61cc774a08f5, 0x283be2061c31fe42
	.quad 0xffdad2b8e99426e4, 0xd53b0c26e8e9aaa4
	.quad 0x95a46a6d7fd48000, 0x4097ff57e3404080
	.quad 0x8968faf7fb84fe85, 0xbff866c1c18c2e73
	.quad 0x5887bdf3248f3120, 0xc10a0000c3933b13
	.quad 0x001bf6dd7f000000, 0x7ff8000000000000
	.quad 0x7f800000ff800000, 0xfee66e6661170e76
	.quad 0x41c12b0ccf800000, 0x80f67fa700000000
	.quad 0xf67b1fabffbddcf9, 0x1fb75972d282630b
	.quad 0x7a1242e379142341, 0xfffe3aa700000000
	.quad 0x000000007fbf31c8, 0xedf38771e3de1388
	.quad 0x97dea2d7b7f3ff42, 0xd93036d8ef571252
	.quad 0xa65ea6734fffffff, 0x00ffffffbed63d3f
	.quad 0x32c78598110facc8, 0x0000000000000000
	.quad 0xff80000000000000, 0xff8000003f900000
	.quad 0x60d8be63be7ab583, 0x0020000000000000
	.quad 0x00000000fe5af3ef, 0x8174f1652b12f23c
	.quad 0xcc1b6746fd5ec085, 0xff767ebe00000000
	.quad 0xc34ffffffffffffe, 0x15f640d2691f8200
	.quad 0x000694be66e3b01b, 0x7e2a0eed6beee505
	.quad 0xda623eb1ffdfe846, 0x5f13455ba94b7c00
	.quad 0xc073933acf5ffa04, 0x7fb67d39df000001
	.quad 0xd8e19479fbbff994, 0x9032b22105aa2f86
	.quad 0x0010000000000000, 0x80102c270c66123c
	.quad 0xfff0000000000000, 0x0046bacafff4cf8f
	.quad 0x3fa30eaff358558d, 0x7647eaad4f2ccf2f
	.quad 0x80a6afb9bbfbaf07, 0x4000000000000000
	.quad 0x000000007f800000, 0x3c2c9f22017fffff
	.quad 0x425e018f7da757ae, 0xfff0000000000000
	.quad 0xaf1961459b334400, 0xfff8000000000000
seed20:
	.quad 0x00000000000003b7
	.quad 0x5ae62cec0ca892e6
	.quad 0x09d58fe76f4ea2d7
	.quad 0x357d55363cb3c66b
	.quad 0x000000007fffffff
	.quad 0x086e2ac82bebb91d
	.quad 0xffffffffffffa7d0
	.quad 0xffffffffffff2363
	.quad 0x282ec24647a0fa74
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000322
	.quad 0x00000000000d93f5
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x000000000000077e
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x695d73512163bf42, 0x594fefb74337b4a8
	.quad 0xffc00000c9a00000, 0xcadf657cf9d6ffff
	.quad 0x6d614c416a89be3c, 0xfff0000000000000
	.quad 0x3a7dbe2afaae1eb1, 0xc74302c86ccaae35
	.quad 0x7001348842c00000, 0x9c2a4d21e6077f62
	.quad 0xbd000000807eb0cb, 0x9f16fe24b233fb8f
	.quad 0x40756cb5ede62e46, 0xd0dbb714fecdfbff
	.quad 0xbf76a8d53b8fd6c3, 0x0197b38809e90bff
	.quad 0x434fffffffffffff, 0xf69d6a40ffe9fedf
	.quad 0xc0bd000000000000, 0x2a72b0a6ff9f07d1
	.quad 0x40a6b00000000000, 0x59a65ef6ffc00000
	.quad 0x04f2df221f8983ff, 0x40f800007fe394bb
	.quad 0x5cc0fe3b7b583f99, 0x92ce9f36d89449df
	.quad 0x3439ba6d7fb33c5b, 0x7fab51fc14b9a7b1
	.quad 0xb08241329ffbdff7, 0xc3117eb2dccfd49a
	.quad 0x542ef27efde986f4, 0x0000000000000000
	.quad 0xf9463556ffc1c000, 0xfff0000000000000
	.quad 0x43f10000b9dd0000, 0x40236733b719cc35
	.quad 0xca8bbd6de3739fa9, 0x1903bb7100000000
	.quad 0xffa49a9b6135466d, 0x007fffff53b4ff42
	.quad 0x800000007fd4a44a, 0xfff0000000000000
	.quad 0xfc232c8e33e9d4cb, 0xfff8000000000000
	.quad 0x8000000000000000, 0x001110971c13350b
	.quad 0x18b7d11049a5a782, 0x03b307277ccfbff7
	.quad 0xc25b872a43542030, 0x658c89713c18fd92
	.quad 0x2744bd99be7fde7d, 0xc0c4200000000000
	.quad 0x0000000000000000, 0xafefe09c6971fc00
	.quad 0xb9300000bc04f519, 0xffb24147ff800000
	.quad 0x3f00000000000000, 0xff9f1c9a7f800000
	.quad 0x402fec6f7543d50a, 0x50338b6534ea4905
	.quad 0xbf7304a2f820766c, 0xc01b000000000000
	.quad 0x422b58d3d046fb03, 0x3de070e1c32a65dc
seed21:
	.quad 0x657d0d18d2ef8f96
	.quad 0x0000000000000001
	.quad 0x00000000000001f3
	.quad 0x1f2bc264967e2405
	.quad 0xfffffffffffffd97
	.quad 0x0000000080000000
	.quad 0x145aff204780f57d
	.quad 0x000000000000000a
	.quad 0xfffffff48250ba99
	.quad 0x1853703f6c74e3a3
	.quad 0xffffffff80000000
	.quad 0x0000000086f10ced
	.quad 0x0000000000000dd9
	.quad 0x000000000000018c
	.quad 0x000000000000029d
	.quad 0xfffffe9c0982ec22
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xffb5b770be84b0a7, 0xbd7c3a813c850b96
	.quad 0x27eb335d5426c240, 0x7fc000007f800000
	.quad 0xf70da95cb3a6f8b7, 0xff886dcc7f800000
	.quad 0xfff50ff4ebfef95e, 0x8422a8f6c97e6ffc
	.quad 0x1d507d44fc95c2f6, 0x800595643dbbe617
	.quad 0x3fb9adefd0aad25c, 0x0000000000000000
	.quad 0x34cda705ff99e646, 0xbfb479f26c35d609
	.quad 0x1b52341b24986479, 0xa436026384b0bf80
	.quad 0x3faec16969e25246, 0x7ff37d8bee9067b8
	.quad 0xa1ffdfa2102bd8f6, 0x7db9bb3c36b776bd
	.quad 0x00e98b7b42fb6c5a, 0x802f9ea2c7000000
	.quad 0x9f1980afb7afff66, 0x6c189744de7bc8d0
	.quad 0x4020000000000000, 0xc00f6946f26bd3d2
	.quad 0x3fe22fc0ac23e8c4, 0x0000000000000000
	.quad 0x41ee34c7c2ed7c6f, 0x7fe75cf50ba7a549
	.quad 0x3f813a1304494960, 0xc7800000c1253276
	.quad 0x81267dce7f46b65e, 0x8007123e839a8301
	.quad 0xd39ff9149ae24950, 0xfff22f874da92180
	.quad 0xc024b227b5f0e082, 0x00269df1ae285c65
	.quad 0xe4e36be5a393afee, 0xffdb4450cf000001
	.quad 0x3068b71749400000, 0xa5f1771810227265
	.quad 0x000b690d9ca3f3e7, 0xc77900004244856d
	.quad 0xb62908dc6ce54182, 0xc200cd987861e6b0
	.quad 0x0000000000000000, 0x3f88000000000000
	.quad 0x40d0000000000000, 0xc06ea0a21cae11a1
	.quad 0x3da00000c29f01f1, 0x460d21567f79e7cf
	.quad 0x23ded7e9e35fc2f6, 0x40c80000c7fffffe
	.quad 0xbff0000000000000, 0x00000000b9a90000
	.quad 0xffa1cde7ff842fdd, 0xee41aa02bd040000
	.quad 0xc97cf8c47ffdfec8, 0xa0e7655c5e781897
	.quad 0x80047c8164db995c, 0xc0a74d84868b9586
	.quad 0x1fa88e386807de95, 0xb41413adefef7de3
seed22:
	.quad 0x53910284a3faebb8
	.quad 0x39f34ca3a4b8cb67
	.quad 0xffffffffffffff86
	.quad 0x73e3dcb3d2c10ab3
	.quad 0x000000000000203e
	.quad 0xffffffffffffbf8a
	.quad 0x0000007bbb38c03d
	.quad 0x00000000008ac3a7
	.quad 0x0071822708a3a6eb
	.quad 0xffffffffff7a99a7
	.quad 0x8000000000000000
	.quad 0xe80b06cb11d46c61
	.quad 0xfe197520a291d037
	.quad 0xb4a93d3aa76f27e3
	.quad 0x000000007043616b
	.quad 0x000031ad285dbb41
	.quad 0x02000000
	.quad 0x60000000
	.quad 0x3e23044817fffff7, 0x3987565315079e59
	.quad 0x6ee5ab22f3defd3d, 0xd5d2e1f6fff8fdb9
	.quad 0x3e7e3cf33be66ece, 0x5752859c11b94600
	.quad 0x240a80d74d287c00, 0x4b7fef5559800000
	.quad 0x000beac6a9041208, 0xf92192e1e661c089
	.quad 0x57f554094640f7ff, 0x3ffffffe7fbb2c15
	.quad 0xf0e962517f800000, 0xc0ba8dae437d627f
	.quad 0x80000001c0c80000, 0xa94b6331e9c58b00
	.quad 0x68b85121f32a3d90, 0x955bceeb786e0000
	.quad 0x88dd3aa74fd6964d, 0x72e92fb1d70b358e
	.quad 0x7573e1a4ff800000, 0x7fc0000001000000
	.quad 0x99f0718e7ff7c91f, 0xb6a21d01fbf88933
	.quad 0x09a3281ba067f803, 0xc0182c95db863481
	.quad 0x7f2b9277439ed178, 0xdc0730f5f1fd7535
	.quad 0x37028000bda1e95c, 0x00255a7d7f117eb2
	.quad 0xdd46b36dc3eebbb1, 0x06d269919cfb03ff
	.quad 0x8c6b19161de6a9e6, 0xafc291667fc6a9bd
	.quad 0xe53b84f97fd1946f, 0xbee8000000000000
	.quad 0x6926f541bf2a7c7c, 0x6dd4f0f4ffc00000
	.quad 0x16ee06a3ef8cc840, 0xbec4000000000000
	.quad 0x7b490feb3367bd2f, 0x0453bc3af04f6c2c
	.quad 0xc054b41ec39ed4a7, 0xc2590cdb77608a1b
	.quad 0xc7c44ce2027d46d3, 0x6bd06524bd776fd4
	.quad 0x8813a0556d843010, 0xf1de743d02d9dfe7
	.quad 0xc0957c3080000001, 0x7fde9465c0468170
	.quad 0xc10190b77fc00000, 0x402000003bc2b3ee
	.quad 0x2abf0c1c2c81fc00, 0x41100000c0e00000
	.quad 0x417ab74b100725a7, 0x1994cf5afffeb423
	.quad 0xfff689e0234fc185, 0xc260d7c100000000
	.quad 0xe7e94d9afff67e00, 0x4330000000000001
	.quad 0x00707498c0c00000, 0x47240cf27f864230
	.quad 0x98c1d364fecf33cd, 0x80068feffe2b39ce
seed23:
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffd818e2
	.quad 0xfffffffffffffcd6
	.quad 0xe78e825d4a5b81b2
	.quad 0x9bcfe615bbdea734
	.quad 0x6b62bcfc93a4fc38
	.quad 0x3c44907d5de90753
	.quad 0x00000000ffffffff
	.quad 0x65c0ef4d60366a1b
	.quad 0xef0987c90666ba44
	.quad 0xd5ac11657854c00f
	.quad 0xfe6f36e24063ee88
	.quad 0xf43b647a56ca2d60
	.quad 0xffffffff80000000
	.quad 0x5fd5c7bccc2156fa
	.quad 0x02800000
	.quad 0x90000000
	.quad 0xda000001052df76d, 0xffe8cb222a5facaa
	.quad 0xa37735ab3690fe00, 0xb08e912cc0a07b27
	.quad 0xbf6a000000000000, 0xf603eab6fdf477d5
	.quad 0x3d927d4401429ca7, 0xc377fca51e6505c2
	.quad 0x002fffffffffffff, 0x5b8027472c8b812a
	.quad 0xc1fd01443b88e489, 0xfff0000000000000
	.quad 0x42aef35bbd916f04, 0x80f29823975abde6
	.quad 0x40076edbc9783f08, 0xbff4000000000000
	.quad 0xdf9fb141ffc5cce9, 0xc3098e4819a6d9f4
	.quad 0x7f8fc5717fc183ff, 0x401e000000000000
	.quad 0x24c44b1ca323de00, 0x5f7c1ae8feffffff
	.quad 0x41f922b91be101e0, 0xc04ab3e802bfc419
	.quad 0x9fe71706c060df3b, 0x0020000000000000
	.quad 0x51abfd9effffeffb, 0xf3e9c0a18658b7ef
	.quad 0x54b3fe3788cdae5e, 0x000000007fc97f1b
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x3ebd000000000000, 0xff660651274c9c29
	.quad 0x800b466900c965b5, 0x81620e8bfd7ffffb
	.quad 0x8c0bdf95ffdb7e00, 0x3dd633cda4a1c561
	.quad 0x3e95a5d1c2600000, 0x0000000000000000
	.quad 0x0047b87d1467a818, 0xf04b2855fffa6ebf
	.quad 0xd74519e6fdff78b3, 0x92c5dfccbc9ac8f5
	.quad 0x88a44494112ffc2a, 0x226339ccb7080000
	.quad 0x41180000f2944ae5, 0xb4e7e64502cad8fe
	.quad 0x424c38717fb6f3e4, 0x82d01f25c907ce5d
	.quad 0x7ff0000000000000, 0xc94000007f876e78
	.quad 0x00000000ead5195a, 0xc0500000bfd00000
	.quad 0x0405ae38785b6424, 0xc0a2cb2cc9198000
	.quad 0x9f6e8c6bbbeffcba, 0x4946d928c2c59542
	.quad 0x185d7df27fcfe67c, 0x3d59e0c5db5efff7
	.quad 0x7f800000bfc00000, 0x0cf870b2c4e40000
	.quad 0x7ff792e5e94a944c, 0x640ef83bc9facf85
seed24:
	.quad 0xcebd9d22bd21224b
	.quad 0x00000000000b8eda
	.quad 0x02bd5a9d551fafaf
	.quad 0xfffffffffffffe55
	.quad 0x000000000000007c
	.quad 0xffffffffffffff03
	.quad 0x64be1db60781eda8
	.quad 0x0000000000000013
	.quad 0x0000000000000001
	.quad 0x001648375c327600
	.quad 0x9907c4fb1a624548
	.quad 0xffffffffd3cbfb87
	.quad 0xede927076169d1a1
	.quad 0xfffffaee8dc604f7
	.quad 0xbf1c17c8bb80ddc2
	.quad 0xc3289a5a2223ca3f
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x7fdde5a5575994d2, 0x723c80a79ff60200
	.quad 0x40ce42cdee6f8612, 0xcdfffffea2778cc5
	.quad 0xff6f9dbe9b655608, 0xfff0000000000000
	.quad 0x906cabd878cffeb0, 0x746cfeb77effffff
	.quad 0xc7c95cc0ff800000, 0x7fe59b76c0331196
	.quad 0xc067997cbcb3eb45, 0x3f0c000080800000
	.quad 0xffefffffffffffff, 0xb01751fbf839687d
	.quad 0xc01a000000000000, 0x70ae38c16f79ddf3
	.quad 0xdb11968b545749f0, 0xc3e1fa7766ea0dc3
	.quad 0x1a052f68bf94a48f, 0x3fbfd44fd8d296b8
	.quad 0xf3a3320e07eceed5, 0xffc000007fc00000
	.quad 0x6189a3101119b400, 0x1522645cdb2dfd81
	.quad 0xc03623360a39139a, 0x390398b564133093
	.quad 0xdc788e131c4fc500, 0xffbf790640580000
	.quad 0x14e776deff66ca91, 0x3df1c916ffbffd59
	.quad 0x1d38597740b80000, 0x7f000000c3bc1f51
	.quad 0xfd461ed7bdc7e554, 0xfad0b3a180493792
	.quad 0xc0277f6d5a56a68e, 0x75c0f82f96825478
	.quad 0x9dfe1554f8adfcfa, 0xfffd504438e00000
	.quad 0x095c2d03affff3bb, 0x0000000000000000
	.quad 0x2e239b44dddbb7ef, 0xbfd48c13abc97697
	.quad 0xa8035067203c9826, 0xff800000bac40000
	.quad 0x50257e431ad47b39, 0x80000000ebd41817
	.quad 0xbfdbd6e4fb900cfc, 0xbff1983ae11c2d53
	.quad 0x807fffff7009c48f, 0xbe5a818a41f4db20
	.quad 0x7ff0000000000000, 0x1b4739367f0fc7f1
	.quad 0x78cbba1f8b0d62b8, 0xbf53d5695f7f7a63
	.quad 0x03896f071016726d, 0x83b689a12a597c00
	.quad 0xf5a07caf302ae55f, 0x80125a4510474c08
	.quad 0x7f8d6190f499c847, 0xfffd8972601ea86e
	.quad 0xf70df8495fbfb7fe, 0xbf069ea47fc00000
	.quad 0x8133356bbf069755, 0x7ff43a5abafadbfd
seed25:
	.quad 0x6a25c94cbff3f907
	.quad 0xffffffffffffffc4
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x000000000004dc01
	.quad 0xd56b29e9fa62ef15
	.quad 0xff360e994d44868a
	.quad 0x00000000000001ef
	.quad 0x02ec50f1b13d861b
	.quad 0x2dc3f4217a04236b
	.quad 0x000000007fffffff
	.quad 0xc228bbe6923a68c4
	.quad 0xffffffffffffff0b
	.quad 0xffffe1c0953e5608
	.quad 0x0000000000000270
	.quad 0x00000000000001a1
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x7ff0000000000000, 0x17b09676ff800000
	.quad 0x7fefffffffffffff, 0x80400000be800000
	.quad 0x7e8000000d02ca5f, 0xfc18d0883c5f8000
	.quad 0x40f3800000000000, 0x197f8d6fd4fafc00
	.quad 0x43712fbe04bb8791, 0xfff4c7a758b9c690
	.quad 0xbf9b6a03457acd66, 0x7e74ddd57dcfb7bf
	.quad 0x3f92b1a21a7e655d, 0xfff0000000000000
	.quad 0x3fdb2fe623984188, 0xd6961ff5b491dbec
	.quad 0x3befc8c7bbeb0496, 0x7ff3340d3f41ffdf
	.quad 0xcc3a2473a2325525, 0xf489d58fffcabf39
	.quad 0x401d000000000000, 0xdadd0719b4d7aff3
	.quad 0x7fd0000000000000, 0x0000000000000000
	.quad 0x45488000a2f12ef2, 0x0004010ec4bf729b
	.quad 0x400ecb65e76c7e00, 0x802b5764ff800000
	.quad 0xc3f0000000000000, 0x400c000000000000
	.quad 0xc0805d9f00c9f548, 0x3e2251b11b0e69c2
	.quad 0xbfd60ff3a15f1c2b, 0xeb1af89629ccadb6
	.quad 0x219517af7288fdfa, 0xc77fffff00000000
	.quad 0x80000000116dc783, 0xc80e00007aebbd6f
	.quad 0xc0384ab9268a7f8c, 0x4076ac5a2f4ceb4e
	.quad 0x328cdfdefffefd7f, 0x8008e07f636f855b
	.quad 0x239a1ba4fb76cbfe, 0x3ed5800000000000
	.quad 0xe6b44103277634f0, 0xffb88f55807fffff
	.quad 0x80095ba91aa9be26, 0x7c9d25575e018001
	.quad 0x400996ada4e62642, 0x00237233bfb79811
	.quad 0x249bd8d040b51200, 0xbae6a1d85d26709e
	.quad 0x5f800000801ca7f6, 0x8002357a1d12cd7e
	.quad 0x8000000000000000, 0x40032f3a2ee401e0
	.quad 0x0ea00709ae7dcb6e, 0x0ea0c1f8b4ddc480
	.quad 0xff800000ff800000, 0xc01e000000000000
	.quad 0xb7bb8000c3b56483, 0xff800000a8c84a5d
	.quad 0xfff0000000000000, 0x37c0aa45be7f7d77
seed26:
	.quad 0x8c3a8e51d52ac9eb
	.quad 0x0020000000000001
	.quad 0x6dca5de69425d432
	.quad 0x0c28daf8866237e4
	.quad 0x00000001aede7dad
	.quad 0xdd1d709b2f28408a
	.quad 0xfffff4a9a23c5f98
	.quad 0xfffffffffffffff1
	.quad 0xd1330d29fa6dd058
	.quad 0xf87ebaa782fe3240
	.quad 0x08c210c06d4e8920
	.quad 0xfffffffffffffdfb
	.quad 0x76d64c21e0c8f77f
	.quad 0xfffffffff727ab1a
	.quad 0x000075ad4480689b
	.quad 0xf662930f4eb67b9f
	.quad 0x06400000
	.quad 0x90000000
	.quad 0xc0898000430e0000, 0xffbfa052fffe5374
	.quad 0x12e20071ffdb7b56, 0x3d86f044ff9dff58
	.quad 0x035287917932dbbc, 0x7fd0000000000000
	.quad 0xba1d49a7dfffe8e7, 0x27fc4687fef3946c
	.quad 0x0000000000000000, 0x41a7fea8eaddf6a5
	.quad 0x1ada0cfabf8c39c6, 0x8000000000000000
	.quad 0x42cffffffffffffe, 0x0000000000000000
	.quad 0x7f9515c418aff994, 0x8cf36beb80000000
	.quad 0x91333deffeffffff, 0x002b4b193a03a5cd
	.quad 0xde891d1affae4ffb, 0x8013fb6b7795bbfe
	.quad 0x8007b4beba9bb2ce, 0xbfaca537ab32873c
	.quad 0x73d965ae816c8a01, 0x31daea29bdb60227
	.quad 0xbb08000000000000, 0x0008000000000000
	.quad 0xf0fff62b1a419248, 0x48008696d3ad476d
	.quad 0xc25f1cd2c2064f52, 0xbffc000000000000
	.quad 0x40e000007cef2936, 0x3fd360fb5a43572f
	.quad 0xffb16e1b3f485f5a, 0xbf8ccffc1a5d020e
	.quad 0x92f77165fbfbf7e8, 0xc3e6a5404acad582
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x36cc3350ff73eb19, 0xb6275ad582ffc6db
	.quad 0xaa13ab0100000001, 0x41e019c35b74d97a
	.quad 0x000000018011c435, 0x162c24bda3e37229
	.quad 0xfa524244e69bdca7, 0xc32f8b7940400000
	.quad 0xc03c99df53d27bff, 0x8a9c41b0be191326
	.quad 0x7fc0000059800000, 0x0000000000000001
	.quad 0x43d80000fb7cbd4e, 0x95ac38e53ee0bec1
	.quad 0xe1178af0df8f8001, 0xbca21ed5ffae7b3a
	.quad 0xc32d03038aee7ff3, 0x8e49d2b02aeec391
	.quad 0xfffcadec896adb18, 0x101c87c63d476ef7
	.quad 0xe9c2daa7c421794c, 0xfba5f45e15d9b6c7
	.quad 0x7f0384a14044f921, 0x7ff0000000000000
	.quad 0xbff8000000000000, 0x80000000c33baeca
seed27:
	.quad 0x000000000000008c
	.quad 0x0000000001000001
	.quad 0xffb055aed2dffadd
	.quad 0x0000000000000011
	.quad 0x0000000080000000
	.quad 0x0000000b8ad5bed1
	.quad 0x007abb49c35d2b07
	.quad 0x3e759719f0593fa8
	.quad 0x000000000030d141
	.quad 0xffffffffffffff3e
	.quad 0xfffffffffffffcbb
	.quad 0xfffffffff07a12bc
	.quad 0x0000002cbbe11905
	.quad 0x00000000000002c8
	.quad 0xfffffffffffffef7
	.quad 0xba6e4f2e3c05f874
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xf5cfdfb950a18000, 0xb24cd0c60d8e7ff6
	.quad 0xbff0000000000001, 0x010f94fab9600000
	.quad 0xfedee2210a2d7d67, 0xe42b5c0c55489d1e
	.quad 0xbf20800000000000, 0xb8139460ac2c0279
	.quad 0x00fe1ede7f800000, 0xf8a940d1ffffffa4
	.quad 0xc0279a28359079b1, 0x25cd9cf1d41ec900
	.quad 0x002a156321739c97, 0x27561cf0df23d726
	.quad 0x008d6e48186b4d98, 0xbcd9c28bf7fcfe7f
	.quad 0x7f000000365f1e59, 0x42e000007f83152d
	.quad 0x03f138355b24780f, 0xc154193bc3100000
	.quad 0xff8000000f922291, 0x74a8ce54ffbd46ec
	.quad 0x284fa6737fc630fb, 0x4005c9a5c480492f
	.quad 0x7d4c57c512637a56, 0xfff6997c79ff26b1
	.quad 0xffffaca617cb2eb0, 0x0956372dc364de0d
	.quad 0x0000000000000000, 0x0ae4a5d54057633f
	.quad 0x8019626fba7e7803, 0xddec4e888cc9be74
	.quad 0x0ec71edbd67ff113, 0x52a16a321916774e
	.quad 0x89b3ed2a5df7836c, 0x408000003f27c79c
	.quad 0xc10000009cb93d90, 0x3fb8b384e6aa7f1b
	.quad 0x2ae74b78df8bf8bb, 0x7f80000000000000
	.quad 0x819a856972ae5a49, 0x7ff0000000000000
	.quad 0x256a54af52f733a5, 0xc020000000000000
	.quad 0x4000000000000000, 0x0000000000000000
	.quad 0x544037823c030000, 0xbc483b19bc9fd1be
	.quad 0x000fffffffffffff, 0x4272876c7dfa93ff
	.quad 0x3ffe0000be8caf9f, 0xfff0000000000000
	.quad 0x81c435eee20aa92c, 0xfff0000000000000
	.quad 0xcb6db94c9f413c01, 0x800fffffffffffff
	.quad 0xfff19ee0ed66bd16, 0x6f5df7c2e2ffffff
	.quad 0x43f0000000000000, 0x800f89a4b5bfbeaa
	.quad 0x54362ce9cfd25d15, 0xc10c000000901ea6
	.quad 0xcf2e7cf3d26fbc00, 0x0049edf5ffc00000
seed28:
	.quad 0x91af26bbbc0e8f30
	.quad 0x3418f3f51e2b67a3
	.quad 0xfffffffffffffef8
	.quad 0x000000000013b76e
	.quad 0xfffffffffffffd1a
	.quad 0x0b456927008d3471
	.quad 0xffffffffffffa050
	.quad 0xec9bbf9a658df628
	.quad 0x000000000000007a
	.quad 0xfffffffffffee46e
	.quad 0x0000000000000464
	.quad 0x42a291155846528b
	.quad 0x01e4cb02942c1087
	.quad 0x91873fb3434472ee
	.quad 0x00000000ffffffff
	.quad 0x0000000000000352
	.quad 0x04c00000
	.quad 0x00000000
	.quad 0x3fef000000000000, 0x80000000ffc21d93
	.quad 0x3f268a27f7c17c00, 0xbf766c27eaf7f2f6
	.quad 0xf4f884a0f4e0861b, 0x401a000000000000
	.quad 0x3f795c4f2ab318f4, 0x40efffffffffffff
	.quad 0x1c4b7482faffffff, 0x808000003d6c9839
	.quad 0x3f7b68d89b7f60c1, 0xc070000000000000
	.quad 0xbd62e52f6b8affd0, 0x5a06a14880000000
	.quad 0x001fffffffffffff, 0xef7b275d69534ece
	.quad 0x8ed77f379097c08f, 0xea194753217a900a
	.quad 0xb015b81ebf0b0000, 0x4b090762bb2abdf1
	.quad 0x40455bcfab3a0c6d, 0x3c4de2c14013e5c6
	.quad 0xfaf99cc00deafc00, 0xcf4c5a3de91a4509
	.quad 0x807923090294abfd, 0x4053dd570469ade5
	.quad 0xbe8a69f3414e1453, 0x52b8fc3fd68afc93
	.quad 0xb67abd8bb714f800, 0xbfd0000000000000
	.quad 0xb5d20000ffbd281c, 0xff95ff58c05de213
	.quad 0xc024000000000000, 0x7ff723b66a9abfcc
	.quad 0x0007b9279655357f, 0xf8222d8cff800000
	.quad 0x3fd573ae8f4068eb, 0x17a73ba555d80800
	.quad 0x6692019bff8e0000, 0xbcae425700ffffff
	.quad 0x9cdbf6ca8920fc00, 0x4053956eb8e8ebcc
	.quad 0x84c3821f408c0000, 0x7fc00000c09b8827
	.quad 0x4041998870d693dd, 0x33bb388cfff3d862
	.quad 0x3e40000000cda54d, 0xc021800000000000
	.quad 0x2c032bb584a27b6d, 0xfff36f36b7be4215
	.quad 0xdaa6346bd5ffffff, 0x7ff5ccbbe9a91cbc
	.quad 0xc7d9b372b8d3352b, 0xc075fc4dab935513
	.quad 0x94593dc198113bd6, 0x6b02aac6fffb1bd5
	.quad 0x003155e47f800000, 0x00575b99c23b30f3
	.quad 0x71ea5e24df2db3b3, 0xc06ac27594640060
	.quad 0x02e80c608c25ac89, 0x4304ce7ecffffffe
	.quad 0x5a7fffff00000000, 0x5bf446d4bf935fab
seed29:
	.quad 0xd3ce682287afdbb5
	.quad 0x1be82cde8fd0f035
	.quad 0xfffffffffffffdab
	.quad 0x476c37e2dbf7bc80
	.quad 0x1bc5db491f9c9a4c
	.quad 0x000000000000027c
	.quad 0xffffffffffffffd2
	.quad 0xfffffb803a68bb91
	.quad 0x000000000001f8c9
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x0000000000000270
	.quad 0x0000000001000001
	.quad 0x3db7384e6fde4b3e
	.quad 0xbad9a6c6d22a3370
	.quad 0x0000000000000001
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x40e8000000000000, 0xffafe2b4c91e18f6
	.quad 0x4d22a20626c96985, 0xc03890b97f800000
	.quad 0x0cebe5aa7cf5fc17, 0xf5d2383a7e800000
	.quad 0xff8e7e72f1240a77, 0xff6734b90013bf86
	.quad 0x4021bcdfc9f82f8d, 0xd7e8c015fb555203
	.quad 0xbfe09bb2e70f2902, 0xbc58d2e59928fbdc
	.quad 0xc229048600000000, 0x006224ce6bd5c499
	.quad 0xf25138801d71654e, 0x92b427495f8056b8
	.quad 0x8000000000000000, 0x418a2cd5a1c6c052
	.quad 0xbeefd00000000000, 0x8000000000000000
	.quad 0x7ff59823af0c0f4f, 0xbe440000724a221b
	.quad 0x3a8500d791a19200, 0xffc00000816373fe
	.quad 0xbc34f2bff7fbfdcd, 0x80000001800e8701
	.quad 0x7ff5622f47128854, 0xb35051c2bf9b7f1b
	.quad 0x7f8000005a7fffff, 0x3802682bdffffcff
	.quad 0x80ffffff8063dd5b, 0xc40fffffffffffff
	.quad 0xbceda5b7d57ffffe, 0x39319389ec1b77be
	.quad 0xba805cd4ce18a4b4, 0x94cf54e3baff7ff7
	.quad 0x9be24d005f736ceb, 0x000000019a1fef00
	.quad 0xbf8b800000000000, 0x7fefffffffffffff
	.quad 0x0000000000000000, 0x438000000056b83f
	.quad 0x4fbe9569bb7cc580, 0xfe800000be6b22bb
	.quad 0x2476bd078695c3fe, 0xed482ecefdfbbbdf
	.quad 0xe843248462e4d4ab, 0x000fffffffffffff
	.quad 0xb73ff95367fba62d, 0x4001000000000000
	.quad 0x631a7a56e50abf80, 0xffc000007f8141d4
	.quad 0x6844e513ead68000, 0xda7e528564897c00
	.quad 0xd2612bb0c9db0873, 0xbf9ab8a7c4d1d445
	.quad 0xa4122011c87c8068, 0x05b5eef2bf800000
	.quad 0xc05643e34d030b91, 0x0000000080000000
	.quad 0x51d0f8d07e6fe5f3, 0xfffc0cb374a40b71
	.quad 0x0000000000000000, 0x7f800000cf7fffff
seed30:
	.quad 0x943626f364655056
	.quad 0xffffffffffffffb4
	.quad 0x0000001e99e2bc71
	.quad 0x00dcae2f19795bdd
	.quad 0xfd7edcf152ebcdf5
	.quad 0x000000003c633ecc
	.quad 0x0000000000038c48
	.quad 0x7cefb22ccd718ee9
	.quad 0xffffffff2c0e5d73
	.quad 0x0000001a31297e03
	.quad 0x3d72de45e4f843e0
	.quad 0xfffffffffff8b4c1
	.quad 0x1af192ffb4b54d90
	.quad 0x523f19aad7f516f2
	.quad 0x3d6d0500812f3e09
	.quad 0x0dc4a3738601553a
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xaefa8748df658614, 0x77bd85113f3b9fb3
	.quad 0xfff8000000000000, 0x9e933786ffe17c00
	.quad 0x74d779c7ffc132ad, 0x0b6c7520ff800000
	.quad 0x802749872ecd221f, 0xd32f5ed87fad7960
	.quad 0x4c7806efca9b7d80, 0x40e0000000000001
	.quad 0x81c2c09b80000000, 0x4232a236b6c60000
	.quad 0x8033520c4f56b47c, 0x543ad4096c397a21
	.quad 0x3faddb5992750527, 0x7d98c79d00000000
	.quad 0x0000000000000000, 0xff80000080000000
	.quad 0xaa0f88c0edf9fa1b, 0xb706ceea6add5834
	.quad 0x740c22177cbdf91a, 0x2b40e28bfedd2f7c
	.quad 0xc01b56d451dd7af7, 0x1d6f954dcba9b4bf
	.quad 0x8792de77febffbe6, 0x7fd017bfbdf120a1
	.quad 0x4050f7d0a8760a8d, 0x7f97e8d4c0c00000
	.quad 0x5bc5ca6403ea7df8, 0x911ffc51fe7e9dbd
	.quad 0x002291237f800000, 0x3ec9000000000000
	.quad 0xb3dd710af3fba9cf, 0x4981cc55863bfc00
	.quad 0x4228f0c5c10c0000, 0x35a6000083de8655
	.quad 0xea4d93aff4f0cfdb, 0xc3f0000000000001
	.quad 0x26dc6e3affdbadec, 0x180f9b0c805cb014
	.quad 0xe4c132e18783f41b, 0x3f9b7b7622b6913d
	.quad 0x000000001b7d1c1a, 0x0fd895b4196d7beb
	.quad 0xb76000007a07860e, 0x401f000000000000
	.quad 0xfe755ed30d924942, 0x2b5f1ab3bdfe7feb
	.quad 0x7ff8000000000000, 0xa40d6be11b9c2d9c
	.quad 0xfc50b86f7c1a1516, 0x3f768ece164dfd99
	.quad 0x0000000000000000, 0xffefffffffffffff
	.quad 0x43c517a680000000, 0x7fbc9b607f800000
	.quad 0xc03d884abba6a38a, 0xbea4441303deef80
	.quad 0xc023800000000000, 0x826d7fa9c3bfcaec
	.quad 0x7fdfc032904fc5c5, 0x1875d7e73ffb512c
	.quad 0x95acf367686c412e, 0x0c24d56a05bd0000
seed31:
	.quad 0xd9abff8434e4b374
	.quad 0x0000000000000003
	.quad 0x0020000000000001
	.quad 0x713da23ab4d92b63
	.quad 0xffffffffffffffaa
	.quad 0x000000000000034d
	.quad 0x000000000000027e
	.quad 0x0064212c074eb185
	.quad 0xffffffffffffffc2
	.quad 0x5b84a28c56fd79f0
	.quad 0xffffffffffffff9d
	.quad 0xfffffffffffffeee
	.quad 0x0020000000000001
	.quad 0x00000000012748bf
	.quad 0x8000000000000000
	.quad 0x472637fa8783c554
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xc10000000052755c, 0xc5deabe37fb50ab2
	.quad 0x372a062c618248e0, 0xff80000040e80000
	.quad 0xc01f000000000000, 0xfff0000000000000
	.quad 0xfff0000000000000, 0xc1fffffffffffffe
	.quad 0xba9f78b5c08d6caa, 0xc211f8e6804aacb0
	.quad 0xbe279096126270a2, 0x7fc00000418d7f63
	.quad 0xe517c4044cdc7920, 0xf244c8d380486681
	.quad 0x832be4f1de4875b2, 0xff8000003da48b70
	.quad 0xbc216aff7e52fdce, 0xe1be5ec5bca6a77e
	.quad 0x35f8aab2c0d80000, 0x8000000000000000
	.quad 0x80000000fc480aec, 0x7ff0000000000000
	.quad 0xf3e5f8a917ca2f1a, 0xff0000009bf40777
	.quad 0x8020000000000000, 0x3d572933bc4e806e
	.quad 0x6f825e2bff893124, 0xa6e11b79f34853f8
	.quad 0xc4c0e7bdd89fcdfa, 0x734ff5bf69457d60
	.quad 0x4055309350708e67, 0xcf173420f1ffffff
	.quad 0x040e7e7caa916676, 0xc01f000000000000
	.quad 0x0000000000000000, 0x4e3d29170a6441da
	.quad 0x7f800000ff800000, 0xaa9c20bcec332623
	.quad 0x0001d60780411777, 0x800000008018c7f9
	.quad 0xc060000000000000, 0x4e20e31cfff03f35
	.quad 0x7f80000000000000, 0xbfc065de91ed8a6e
	.quad 0x632137088471fe00, 0xfefe0e70fb58e9da
	.quad 0x67cdf6c4dbfd294e, 0x478000013bd744de
	.quad 0xae41fbd2d901df40, 0x7ff2be3b7369102a
	.quad 0x0000000080000000, 0xc1e0000000000000
	.quad 0xffc00000ffc00000, 0xbf939d9a4a021b6b
	.quad 0xc053ab722c6e29e0, 0xf5c5c4c0befd0400
	.quad 0x8f35e58dff5ec480, 0x7fa9c86600800000
	.quad 0xfeeaf4bc7fb772df, 0xc1ffffffffffffff
	.quad 0x7fa3ef85c8000000, 0x22a4ff0b88640400
	.quad 0xecb7307cfde676df, 0x3fab281d69ac5cd8
seed32:
	.quad 0x27e20736b39301b0
	.quad 0x000000007fffffff
	.quad 0x82f28761a9773217
	.quad 0x3e49073db225ef14
	.quad 0xee1eb94f2f52b89e
	.quad 0xec838be65323420d
	.quad 0xfffffffffffff103
	.quad 0x64d9e2a6e90d111c
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcac
	.quad 0xa7212cc8fd12fc30
	.quad 0xfffffffffffffe9e
	.quad 0xffffffff839d68b3
	.quad 0xfffffffffffffd3d
	.quad 0xfffffffffffb6b11
	.quad 0xffffffffffffffff
	.quad 0x06c00000
	.quad 0x90000000
	.quad 0x40600000bf000000, 0x817fffff1d634ddd
	.quad 0x8b1885f3fffdee88, 0x329b339ea99a3cf4
	.quad 0xc021000000000000, 0x4100000000000000
	.quad 0xfffff020c07c4274, 0x4066f854590e1c4f
	.quad 0xe301da08eefb7f28, 0x800c8580b8f86b02
	.quad 0x035c0a5cbe43f117, 0x43043bdc510099f8
	.quad 0xf4cf823f37600000, 0xee6dcfe87f9b50ab
	.quad 0xffdfffffffffffff, 0xd4f464781d86ae6b
	.quad 0x8059a1547e95caee, 0x43e1a4a87cf23ffc
	.quad 0xbe1dd4d1cf45c194, 0x80000001be348848
	.quad 0x0000000000000000, 0x22c7cf091b4997e5
	.quad 0x4014000000000000, 0xfd11a9892142fc00
	.quad 0xc2914ffb41d5c651, 0x403000009099e9a2
	.quad 0xc1000000ff930831, 0x40047ab430f06e3f
	.quad 0x76a5847c7f9b7bf5, 0xffedd15280000000
	.quad 0xca266d765affff6f, 0x754e02ed3b5e27ba
	.quad 0x000f64a3ffca62eb, 0x43bca056fba7680a
	.quad 0x411f7503754f85ec, 0x7f800000ff800000
	.quad 0x497491b8ffdfdbba, 0x8000000041c5b566
	.quad 0x0321d961e86730f6, 0x3014eadc9968d4ec
	.quad 0xc16cdc8e3fe00000, 0x77688e1518eea9e8
	.quad 0x40ffb30400000000, 0xc0c9000000000000
	.quad 0x4080000000000000, 0x383034f8fd5c03ff
	.quad 0x226b4556c77e85e5, 0x8a9e3410c03a18aa
	.quad 0x4fef6cfcd9db7cf7, 0x0000000000000000
	.quad 0xff8000006e34a6a1, 0x00000000801573dd
	.quad 0x2747e913ff74dee0, 0x802fffffffffffff
	.quad 0xfffe5c57fb70a314, 0x3f78000000000000
	.quad 0xdc2186b4b463fdcf, 0xaabe3904ffc00000
	.quad 0xea990761c43e829f, 0x74128d8ff88ff2ea
	.quad 0x91cbfa35bfdf477e, 0x06d84bc13ff4fc00
	.quad 0x59e093dde8ced6f1, 0xf4060ca98da6113c
seed33:
	.quad 0xfffffffffffffd00
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcf8
	.quad 0xfe0983fda09c9e8b
	.quad 0x000615d1ece01d04
	.quad 0xfffffffb79a52c90
	.quad 0xffffffffffffffff
	.quad 0x00000000000003e7
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x0000000000222d9c
	.quad 0xfffffffffff588a6
	.quad 0x0000000000000350
	.quad 0x0000000001000001
	.quad 0x00000000000000b9
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0xc3fea70d40e00000
	.quad 0x4023000000000000, 0x7ff8000000000000
	.quad 0x000000007f000000, 0x800000003c8de4be
	.quad 0x27dfa5353b75c1f1, 0xbf8f3e7620613618
	.quad 0x5b33c7084a3ba512, 0x00400000017fffff
	.quad 0x406f75bedffe0d64, 0xb99566df10b2f8ae
	.quad 0x7f8000007f800000, 0x1abbd790f46b1e57
	.quad 0x7fc00000ffc00000, 0x3afa5814722ea84b
	.quad 0x0b9d64befff31f34, 0x817fffff40e80000
	.quad 0xd521e7f833d40242, 0x7b976981807fffff
	.quad 0x41f7d13c1fee89af, 0xff80000080000000
	.quad 0x116b37c004d52c07, 0x281b455bffdc8359
	.quad 0xb9b90000bfffffff, 0xf0910ec644c04e95
	.quad 0xc01089dc4414c3e1, 0xab3c25772b1fc300
	.quad 0x19d0b7e685614299, 0xbfa1811c0dda4b6c
	.quad 0x807fffff6dcf3147, 0x09cdad3fff7c2575
	.quad 0xe50e0365f82bee1c, 0x82f35bdaeffffffe
	.quad 0xc0c7751e13d1a650, 0xbf7754f2c0c00000
	.quad 0x7cd93c621123a06f, 0x0ad6bd0c0345b2d5
	.quad 0xd55be11e4ef655fd, 0x80800000cc8b4e44
	.quad 0x52a8d60bc21a80ce, 0x6fd2c710d7afbedf
	.quad 0xd968f509fbf9c2b3, 0x0253fc9ad93a0000
	.quad 0xffc5edc67e800000, 0xa1442857c3fac0c7
	.quad 0x1bbbad87a0017d50, 0x80000000c303b6d1
	.quad 0x83249436d086328c, 0x814ef7800060dbef
	.quad 0x9481ab756eefaa7f, 0x3e1e96dfda000000
	.quad 0x7f84b98c3eb91484, 0xf278ea8fa9ea0000
	.quad 0x3fe986a7db44ba13, 0x0c8d83f7e657fac0
	.quad 0xda8355ebbe5f2b5e, 0x7dce86284a602310
	.quad 0x0b9b87e177b30160, 0x3fd86cc237694e97
	.quad 0x7b6f32e1fd8adbe0, 0x96bc89a3ce1dbea2
	.quad 0x3f800001bdd2107b, 0x4013000000000000
seed34:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffddf
	.quad 0x000000007fffffff
	.quad 0x0000000008876b76
	.quad 0x0000000012ed5927
	.quad 0x3e544710c6c30334
	.quad 0x7fffffffffffffff
	.quad 0x80c3cc1f36334416
	.quad 0x00000000007562cb
	.quad 0xfffffffffffff267
	.quad 0xbf282f8bbdbd9b11
	.quad 0x01508ccfe281f022
	.quad 0xffffffffffffffb2
	.quad 0x00000000000000fd
	.quad 0x0000000000000205
	.quad 0xafa180d803ba65a4
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x7777c2da80af7e7e, 0xbfeb3040d0a65413
	.quad 0x000978d8d8466e27, 0x43f0000000000000
	.quad 0x9d79f7e9e2fbd529, 0xaa3b8ef6c3b696b4
	.quad 0x001aaf4898aa4c0b, 0xfff0000000000000
	.quad 0x820e185b5ff0eab8, 0x000000007eb3f9a0
	.quad 0xc095cebdb04a02b6, 0x38e0e9f9ff7ebfff
	.quad 0x8c7be0504bd7fbe9, 0x002b181d6db81d53
	.quad 0x299588e9ffd1fd56, 0xff879332ffd573c2
	.quad 0x8293adff2bac63d2, 0x8051ece9ff800000
	.quad 0x7ff14d2d10277138, 0x7f8000007fb10541
	.quad 0xb559885bd1fd47fe, 0x01e26d7341251c88
	.quad 0xfff0000000000000, 0x800000005ffffffe
	.quad 0x3cbff2383f000000, 0xbfe000007f566fce
	.quad 0x0000000000000000, 0x3ff4000000000000
	.quad 0x0008edc9da3092f2, 0xc8040000c0000000
	.quad 0x800f3b62ff93519d, 0xc400000040400000
	.quad 0x90ec527ffff8a905, 0xffd62e115889e237
	.quad 0xbf7efad706b8f284, 0xbb9dbe40ffc00000
	.quad 0x4259503168eb7d41, 0x401f000000000000
	.quad 0x3f81099052ad9006, 0xbfe8000000000000
	.quad 0xfff8000000000000, 0x0010000000000000
	.quad 0x8f5b264712d4ca00, 0x3fa2561029917964
	.quad 0x7ff0c1bdf37f85b1, 0xc792b391309d7cd3
	.quad 0x80000000000c7fe7, 0x12b1fd1fbcf55a99
	.quad 0xffeea2d46c22859f, 0x45400000968ff894
	.quad 0x3fe69709bc0663d5, 0xafdf6c92a54a2f4b
	.quad 0x7e800000ffaecf95, 0x204f1c5d8482595d
	.quad 0xc000000080000000, 0xfff0000000000000
	.quad 0x3f97b0cc5f7ffc7f, 0x3f91b00000000000
	.quad 0x3ff85213c5300183, 0x80000000110051b9
	.quad 0xfff682e38101d26b, 0x8167752af4f04568
	.quad 0x000496e3bd400000, 0x9c1b0c2d240cb400
seed35:
	.quad 0x73b3651c8e40aa43
	.quad 0x0000000000000001
	.quad 0xfc0e03dd4f3c4357
	.quad 0x00000000000002c2
	.quad 0xa1493dfb73f9b702
	.quad 0x0000000063f4bb36
	.quad 0x0000000000000064
	.quad 0xfffff8163f473e61
	.quad 0xffffbc0f2cf1ad75
	.quad 0x000000000000027d
	.quad 0xffffffffffff36f8
	.quad 0x0000025dac795cc1
	.quad 0x0b38363233823be2
	.quad 0xffffffffffffff61
	.quad 0xfffffffffffff44b
	.quad 0x0000000000000094
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x8040000036c00000, 0x3ff2000000000000
	.quad 0xc688438beefcfd2a, 0xd9ec0ed939c986da
	.quad 0xbec4000000000000, 0xbd0363dc2204fc87
	.quad 0x800000017fc00000, 0xc0698e4240b80000
	.quad 0xc113800000000000, 0x0a625b937fc00000
	.quad 0xffbfacacc8080000, 0x9dbef2eb63fee247
	.quad 0x13422a9eef6dbff7, 0xb5c5fee6feedfd97
	.quad 0x7fbd0121ffc00000, 0x826a7cd447307c1a
	.quad 0x68b63a8958e27895, 0x95d8c725ffaba229
	.quad 0xa0a24ae144147c00, 0xb3d80286b7b7cb6b
	.quad 0xde5b06ebfdbe39fd, 0x554d7a6f0e4d78ec
	.quad 0xcfb95260ffdd132f, 0x7ffd807575a82990
	.quad 0x7ddd4d3f3a551786, 0x007f6f4080000000
	.quad 0x572889ffc1080000, 0x857c3ef1b6000000
	.quad 0x8a4963317c586bc0, 0xbe19921d979964e2
	.quad 0x6dbdf9da4d04144b, 0x7f82619e8b865f55
	.quad 0x4826b3b500000000, 0xb0c153c17f8b2611
	.quad 0x29bf0c2e51fa13e8, 0x0019dbac40e00000
	.quad 0x3ff63f67660873c4, 0xff80dde7bca7095d
	.quad 0x3e7b7c1b40a00000, 0x4b9674e1925bf416
	.quad 0x6428ac2895fdfbb7, 0x03ebf8e14ff87c5f
	.quad 0x3f0000004154fefc, 0xf796a607b33d7623
	.quad 0xd98000010ba10083, 0xede3106f851d7252
	.quad 0x3fb1d981a7cec884, 0x46460428c79dc7bf
	.quad 0x54e958d1beaeb458, 0x1f7bd37acfab2ad5
	.quad 0xec4c3c9b70ea8200, 0xacd38f740830fd5c
	.quad 0xb0b3b76a95ff21b4, 0x3ff0000000000001
	.quad 0xfe942aaf8da86976, 0x0014678793f3e96e
	.quad 0x4019800000000000, 0xcfce6cea1c03df07
	.quad 0xffc4f3458f82eacc, 0x0b90a5cff9b1c62b
	.quad 0x39f80000007fffff, 0x36b00000ff800000
	.quad 0x1bf49116f79dfc0c, 0xdb857ae1ef200000
seed36:
	.quad 0xfffca069131b68f0
	.quad 0x0000000080000000
	.quad 0xfde2380e6e3874e5
	.quad 0x00000218cac071ba
	.quad 0x0000000000007afa
	.quad 0x9cc4301f83b4ef41
	.quad 0xfff899888054205e
	.quad 0x09d5ff1c98ee08a3
	.quad 0xffffffce81f39291
	.quad 0x6fcad0e49f8aa006
	.quad 0x013a359c7c897531
	.quad 0x000000000001ae2a
	.quad 0x18ea5710fcd36bfe
	.quad 0x977a148fa339fb6d
	.quad 0x0000000000000040
	.quad 0x215b46c98e8b3dd9
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0x9856720ca6dcacf8, 0x758070f15ddc8289
	.quad 0x7ff0000000000000, 0x0a4f163f5f800001
	.quad 0xa0c622adaa8f896f, 0x7fabdc4332391d31
	.quad 0x3fa7b7ebbb898a7c, 0xab3011e52b11513e
	.quad 0x7fdd7f6972c1f204, 0xc065b27a0f9872a2
	.quad 0xc1569ec7bc43f885, 0xfff0000000000000
	.quad 0x6d405bdde7fe4698, 0xc004000000000000
	.quad 0xff9c4b5743f47e0b, 0x1ea6d412b8b877ff
	.quad 0xebe0c53446707952, 0x913d94e5c1200000
	.quad 0xc1bec0a07fcbfeba, 0x7e1d8c58f4cea0a5
	.quad 0xcea2c573eaea18de, 0x2d7e2e3abf7cb7ff
	.quad 0x32a6a3dbc30b626b, 0x368bc8ee0343c680
	.quad 0xbba02a0dc0840000, 0x3f7fa55d6e5d2f3e
	.quad 0xff800000f0520f51, 0x7ff518ddc8b42d3c
	.quad 0xdacb3ca34075f649, 0xe2e9e0204d117d88
	.quad 0x7ff8000000000000, 0x0002f710258c0c2f
	.quad 0x66b984546343502c, 0x40fffffffffffffe
	.quad 0x25579f507f800000, 0xec4e104fd09d0200
	.quad 0x4334e9032d09595f, 0x3fa9ecd8b7339d80
	.quad 0x1e5bb1a9c0980000, 0x3f73df5f91c24326
	.quad 0xff04edebc1940000, 0xfff0000000000000
	.quad 0xf6f8c13f4fa2f5cc, 0xc78000011a59eef4
	.quad 0x74c5604dbe96ffff, 0x94413d8dfffffffe
	.quad 0xc157cf9df15c5f87, 0x802f50138d2667de
	.quad 0x800000008cfcb8ff, 0x8000000000000000
	.quad 0x2d0bfbfe993afc00, 0x91f762009b6cf7bd
	.quad 0x8000000000000000, 0x419d97de10179ffe
	.quad 0xc015800000000000, 0x43ffffffffffffff
	.quad 0x1373e41bad2bc1c4, 0x3fd0000000000000
	.quad 0xbfb7769edfacfbf1, 0x3b81e5a5807fffff
	.quad 0xbc9ac3bbbba12c95, 0x465751d8fefdd6db
seed37:
	.quad 0xfffffffffff828ee
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xad9997d4e3747469
	.quad 0xffffffffffffffff
	.quad 0xb6b2ef982b681b40
	.quad 0xfffffffffffb051e
	.quad 0xffffffd7d311bb1c
	.quad 0x8959c96416777207
	.quad 0x001b1550b8e0fdd4
	.quad 0xfffffffffffff08f
	.quad 0xfffffffffffffdd1
	.quad 0xbdeac0da4289f266
	.quad 0x0000000001000001
	.quad 0x0000000000000206
	.quad 0x81b7f2d8643cca01
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x80b4fcee0069bf07, 0x0040f9813dd114b1
	.quad 0xff8000007f800000, 0xffc107717f800000
	.quad 0x81f1f709c387e988, 0x4f800001c898499f
	.quad 0x27e89a37b5313f63, 0xc3e0000000000000
	.quad 0xa08fb717deff2acb, 0x7e463caa73c365a7
	.quad 0x204d68fe6f5af9de, 0x40b4f3bf7fe387c6
	.quad 0xffeeee9a1b49111d, 0xd3dca90bab149e90
	.quad 0x458fd7a6ffdbb639, 0x39ce9d0cff0f0d56
	.quad 0x002ac3420a203de2, 0x059466c2ebc725b9
	.quad 0x304fb5ec0d138b6a, 0x68c0f14d7fdfe79a
	.quad 0xe8bcbdfc6cad7c00, 0x8336752ba5e5f6c7
	.quad 0x40300000105617a3, 0xd9d40ec42251b2ae
	.quad 0x7ff8000000000000, 0x3693a8dbff217c00
	.quad 0x7fab51113bfb0000, 0xb50b794067ff4a97
	.quad 0x98c0947df5361cac, 0x17829f157bb9ff8f
	.quad 0x000222bf13e8f46e, 0xcf3de5203f800000
	.quad 0x3c9eee0b48b00000, 0x7fabebb57f800000
	.quad 0xbb200000bf6d9b5a, 0x40f80000f94867c2
	.quad 0xfff5aac84bd4d194, 0xe5dd202dbfdbffff
	.quad 0xff00000080000000, 0x61b05a0f6adf7bff
	.quad 0x7f8800e4ff800000, 0x0005a333409da29a
	.quad 0xde9283597bef3bff, 0x44799a2cd0fe1235
	.quad 0xda7fffff41abd65d, 0xc018000000000000
	.quad 0x51bf50dd877166b5, 0x0000000000000001
	.quad 0x001fffffffffffff, 0x406b4e831349e41b
	.quad 0xf906f0b1b92c7dc0, 0x1f9c6b25575cfc7d
	.quad 0x2ef33c2aeccaf6df, 0x8aa84db87585c0e9
	.quad 0xd0df1a02188b3267, 0x00d214e9bb8984aa
	.quad 0xcc2c849e7a200000, 0x891989d3bd6f6cda
	.quad 0x4062d9708b758673, 0x3faea281f481d954
	.quad 0x8a63d107ffefa77f, 0xfff0000000000000
	.quad 0xd992a20bd7cca35a, 0x02194fa3f34660df
seed38:
	.quad 0x02a1efc5b304e3d3
	.quad 0x9de4a61f53fbe1dd
	.quad 0xffffffffffffff40
	.quad 0x0020000000000001
	.quad 0xf4f9405f61eef093
	.quad 0x000000000016ab5a
	.quad 0xfffffffffffffe11
	.quad 0xfffffffffffffe64
	.quad 0xffffffffffffffd5
	.quad 0x000000000386fe9a
	.quad 0x05bb892af23829fe
	.quad 0x748aae3f85032cf3
	.quad 0x000000000000f874
	.quad 0x77e92030aca9eec5
	.quad 0xd6f13d3cd120fe8c
	.quad 0x0020000000000001
	.quad 0x02400000
	.quad 0x10000000
	.quad 0xc075e00000000000, 0x388000008ce08e3d
	.quad 0xba306e5dc09dfd63, 0xfff0000000000000
	.quad 0xbf3f56ae40b80000, 0x4f80000140e80000
	.quad 0xebc5eb0f32b98200, 0x7fa98ba5fea7e414
	.quad 0xc4000000fab910d4, 0x7f64aba296506136
	.quad 0x54b18076b2089b65, 0x10b5ec3e3fbfcf7d
	.quad 0x233422123fd4db9a, 0xfd125acc9958f39a
	.quad 0xa88464ce8114e17b, 0x37605487fedcde76
	.quad 0x21290a3426d189b8, 0x42b24b89ffb60691
	.quad 0x4067dce30e7df650, 0x54f9c171104e43ff
	.quad 0x7ff0b4693a78e68b, 0xc08400000d0b2497
	.quad 0xdcdc29a7cd69c440, 0xdbcbf4eb3ecb2400
	.quad 0xffc00000423b9271, 0xbfe0000000000000
	.quad 0x5052a5a87e648000, 0xc0a000003dff6e4a
	.quad 0xbf743f50b9badb19, 0xbe52da1f64817e00
	.quad 0x93fde8695a76267a, 0xbccf496fd7f60854
	.quad 0x58ea5a25fbfbadd7, 0x9ab51409f821cc0b
	.quad 0xcf5becc484bafffd, 0x4088000000000000
	.quad 0x3f800000001fb59b, 0x7ef2f7443f064f60
	.quad 0x13a712b9fff05b07, 0x4f2e7a96ffb67ef3
	.quad 0x7fff7b4f8f8d1421, 0x7df0cd1f49437c00
	.quad 0x81b072ece4d48bc7, 0x431cec9ed9800000
	.quad 0x2b692f843fee0000, 0x5603c7b7deadeeb4
	.quad 0x000226d3876d5aba, 0x47000001477ffffe
	.quad 0x85dbe4e9ea3b7fbe, 0xcd9c567fbdb3c8ed
	.quad 0x40fffffffffffffe, 0xbf9622f3af0c769a
	.quad 0xbf9189147f48ce1d, 0xbf5e6abdffdbfe8c
	.quad 0xfff8000000000000, 0x179df3ef42fdc4a6
	.quad 0x01555d0941f76102, 0x4854a43afcb580e3
	.quad 0x7fc00000bfffffff, 0x801d8d78f94dfa00
	.quad 0x0020000000000000, 0xffdf7a4cd85ab576
	.quad 0x42096cf73d680000, 0x3f8089d6ab4031da
seed39:
	.quad 0x003d6168c82b852a
	.quad 0xffe72b387ba8ff58
	.quad 0x0000000000000465
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0x000087e589ed48ff
	.quad 0xbcb1a39665aa24c5
	.quad 0x00000000ffffffff
	.quad 0xa080bcd1554e931e
	.quad 0xf6b1b0be450ae558
	.quad 0xfffffffffffff89e
	.quad 0x94a2e726e5992094
	.quad 0xc859214aab3798e7
	.quad 0x3fa1481ebcb91961
	.quad 0xfffffffffffffc51
	.quad 0xf8a7bb914c150e7b
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xc33f5650f14304a5, 0x4636aaff89caf36d
	.quad 0x9584618cb60aec00, 0x78888844428b2c9f
	.quad 0x3f600000cf800001, 0x7969e7746149fa94
	.quad 0x8000000000000000, 0x42036f5b419626df
	.quad 0x8008b64fe8682631, 0x276d951bfafc5c87
	.quad 0xc012000000000000, 0xc780000049a00000
	.quad 0x5c1725f2ecd5ce02, 0x0000000000000000
	.quad 0x14424e7f7ea5b56f, 0xfc11bee2930f4c32
	.quad 0x7ff8000000000000, 0xe21d90847ffeef0d
	.quad 0x81482eddff83e324, 0x7d8888583c59ae67
	.quad 0xc38fffffffffffff, 0x686f50ba00c0fe00
	.quad 0xc7800001ffc00000, 0xc2d23edc05ce0c6f
	.quad 0xf2be1c23ec6646e0, 0xc85d006ad51fc041
	.quad 0xbfec1dfe8e9315ee, 0x3ff2000000000000
	.quad 0x407ad7f09e1bcf01, 0x3fde7c1ce53e3f42
	.quad 0x7fc00000fef6636b, 0x4bd2d18aeddb7f67
	.quad 0xffd0000000000000, 0x97a64c1f777a1f58
	.quad 0x064dbbaa4611d647, 0x62e8742afd9e8000
	.quad 0xbff6b92526f61284, 0x78893cb6e5fab608
	.quad 0x8d97f3da6c947910, 0x80060e865600c267
	.quad 0xed16a4ce995c82e3, 0xa356647d4d6148dc
	.quad 0x3ec0000037c40000, 0x817fffff27f938d0
	.quad 0x8170dc9fbffbd3e9, 0x430e9d3a9a6f7864
	.quad 0x01c2acbd5bc210ea, 0x3feda79bb0fd5672
	.quad 0x810000008178c59f, 0x3f83e56b50a30e3a
	.quad 0xbfe4e2343c8b844f, 0x7ff2c5a72e5c3921
	.quad 0x1afab343ff9f7bfe, 0x7fa48ebdbed216a0
	.quad 0x4057cd587e23e394, 0xa3c39c6ab00ff554
	.quad 0x3ddd36af40500000, 0x401d000000000000
	.quad 0x00006c017f800000, 0x014231370e26b42c
	.quad 0x8f3de7279ec949c3, 0x41967ecf35ce8000
	.quad 0xf1d58f16c0f8ff55, 0x71f4e789fff3bd7f
seed40:
	.quad 0xffffffffffffffff
	.quad 0x00000000000000e0
	.quad 0xffffffffff096678
	.quad 0xfffffffffff2acc5
	.quad 0x00000000000003a7
	.quad 0x8119f4638975ffae
	.quad 0xfa5583fb216fa89f
	.quad 0x399e7938fb10085c
	.quad 0xf73bbd6a3e46d41c
	.quad 0x18e0972d176df325
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x700425ea6692e941
	.quad 0x62d83d2f59d5be1a
	.quad 0x1d18d56165300079
	.quad 0xc14704fcba575f32
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xcb3fed60a74f90b2, 0x3ee4000000000000
	.quad 0xcfd9e91aff85727c, 0x7ff0000000000000
	.quad 0x72701296e318fe00, 0x983089e2ff89d9bf
	.quad 0x7ff0000000000000, 0x82dd318c2496d72c
	.quad 0x810f184cae6875fb, 0x7f8000007fc00000
	.quad 0x403825342a769c34, 0x900e1ef21d9e7de0
	.quad 0x3e80000080000000, 0x401e000000000000
	.quad 0xc3903aa580d91299, 0xbe838dd1fd970000
	.quad 0x5b000000ff800000, 0x8008de5157a451fb
	.quad 0x0008d21cc7e36aaa, 0x7ff09c178f43cda4
	.quad 0xc5565ff1c803a512, 0xbf91e46f8cf2af3d
	.quad 0x70c11cc19284f801, 0xfff0000000000000
	.quad 0xbf17c00000000000, 0xff80000080ffffff
	.quad 0x7f91a5c180000000, 0x27ec92149811e7a4
	.quad 0xf36fdeda7fc20aae, 0x40fffffffffffffe
	.quad 0xfff4de388bddb081, 0xee915094168b20e4
	.quad 0x807fffffff9ddcf3, 0x7ff8000000000000
	.quad 0xefb8254aff53340c, 0x0168f03500000000
	.quad 0x406a1488c76df510, 0xbef2862f7fb619df
	.quad 0x4053ab3bbd0e22a5, 0x7edd3e06de1b8e0b
	.quad 0xbe6b9536f723d316, 0x70b029a40c398000
	.quad 0xa4232531f00e5de3, 0x8000000000000000
	.quad 0x0010000000000000, 0xfe0822d85f1aea71
	.quad 0xbc8a876afff85404, 0x30cab8a61d9a1c97
	.quad 0xbefabc7f3cba5665, 0xb04f24e5ffae7bff
	.quad 0xbfa4000000000000, 0x405446e50a9ae2db
	.quad 0x29cf586cffe34b2f, 0x864b4ac700000000
	.quad 0xc0a000008fdeb1c3, 0xc50bc2a47dbb57f1
	.quad 0x80000000101f9279, 0xbc5ce36b806b31cf
	.quad 0x03f0bd30810b3166, 0x3df8a02abeabe137
	.quad 0x8362fe6a1349e140, 0xd52ddd6120b986d1
	.quad 0x7735fe0703df7f9d, 0x8abd5f1e1f808400
seed41:
	.quad 0xffffffffffffffdb
	.quad 0x00000000000003a8
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xe3f3fa5679ed0387
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0xffffffffffffffc3
	.quad 0x2e48cf3d04598669
	.quad 0x56e9203744492e56
	.quad 0xffffffffffffff08
	.quad 0x12611eb177ed6637
	.quad 0xc0f169256f14c94f
	.quad 0x376283d2e5fa4096
	.quad 0x0000000000000143
	.quad 0xfffffffffffffef7
	.quad 0x05000000
	.quad 0xf0000000
	.quad 0x7fa7561000000001, 0xe8ba47abfd07960d
	.quad 0xffdebea3af6fccda, 0xff9a36d05a000001
	.quad 0x7ff0000000000000, 0x1536cbe85faec2e0
	.quad 0x5e90e04d63947960, 0x7775cf51e50fc3f8
	.quad 0x0f5afa91a8eb33c3, 0x707b76a7c0e00000
	.quad 0x037ca21e62492ca5, 0x0100000095986237
	.quad 0xc023bfced9ffffff, 0x3f74810bb79011fd
	.quad 0x9562d3f9bbf49139, 0x00400000ff8cfae1
	.quad 0x3fe0000000000000, 0xf3d33049311ec6d7
	.quad 0x7ffefbed435bb22d, 0xee2e1c212164af93
	.quad 0x6f7258371639043e, 0xd47061d840cf96a4
	.quad 0xbfeef4f5bdf3aca6, 0xc916e8889f4f7d34
	.quad 0x910c448583b950ff, 0xff80000080000000
	.quad 0x4000000000000000, 0xbf800000c30278d4
	.quad 0xd69cc0aaebbafdff, 0xc043c94acdd4889f
	.quad 0x7ff0000000000000, 0xbfad000000000000
	.quad 0xed8e90e59dc52d89, 0xff8000000daf527d
	.quad 0xffbcce8a3e2184e3, 0xb64c10cde33c8175
	.quad 0x126bfa684f800000, 0x8ac12ae97fdffdcd
	.quad 0x017fffff7f9c87f0, 0x8008000000000000
	.quad 0x8005e5363d048e8a, 0x413a6292e5eb37a7
	.quad 0x7fd71a2c173c32a1, 0x4776cfb69081b18d
	.quad 0x691060f7d7ffffff, 0x7fe0000000000000
	.quad 0x7088d0f6ff800000, 0xc06000007518e768
	.quad 0x3d6b33be40000001, 0x8000000000000000
	.quad 0xfff04eb61f7cb1ba, 0xca3322045587c7c0
	.quad 0xff800000ff84f424, 0xbf0f6bc03fd00000
	.quad 0x00255e6054059e3d, 0xffeab6e6f0534573
	.quad 0xbffe000000000000, 0x78d4b931dfdf5f76
	.quad 0x40383fd5e6aab9e0, 0x2289d013f60581a5
	.quad 0x4d46f546ffeebffb, 0xcedfe3b8feffffff
	.quad 0x532ff64b8d6a8343, 0xff800000d9fffffe
seed42:
	.quad 0xffffffffffe07f16
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x597b6ffabefac095
	.quad 0x49dac1abef4c7b41
	.quad 0xe7923cb241264a0f
	.quad 0x7327a0566a6428c4
	.quad 0x000000000000a4b4
	.quad 0xffffffff80000000
	.quad 0xb7a04b5ce1b820ba
	.quad 0x069a4f508113152a
	.quad 0xffffffffffffffcf
	.quad 0xffffffffffffff66
	.quad 0x526607e0bf7949c7
	.quad 0xd0f670fcb5559153
	.quad 0x0000000000000000
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xc01c000000000000, 0x86e9702d9bfef3c5
	.quad 0xf2c7b7fe3c3327be, 0x9f3fb3c1ffa64521
	.quad 0xffc00000f539ff3f, 0x2dd6e9ac1be57e00
	.quad 0x3cb752bcffc00000, 0xccfb6729fd5f7eeb
	.quad 0xc0ae01b4bca80000, 0xce13ab64d66c3c00
	.quad 0x2f43a818ffd97457, 0x9299a229cbebfc57
	.quad 0xfd9a40ad2aaffe76, 0x40c29a620ffd0a01
	.quad 0xbe4a839b3e8a3bdc, 0x41f87a81b7768595
	.quad 0xbfa03c0168b1c715, 0x7f6e594bdf7fffff
	.quad 0x0000000000000000, 0x8f2407acf4acc7c0
	.quad 0xc00c8ea4f968292d, 0xbfc3b7de9ea16c15
	.quad 0x0ae5ca8941869d19, 0x0008000000000000
	.quad 0x2123c1409ebd7ccc, 0x49252e306b4ffc00
	.quad 0x3981db4ba33a46c7, 0xbfeff167e371fbfe
	.quad 0x09b4b8e5c3920508, 0x37a800004724094d
	.quad 0x1c741883a3acdd39, 0x94fea08800000000
	.quad 0x8000000000000000, 0x044eefc3321cdc64
	.quad 0xfff8000000000000, 0xb7c20a371912cd91
	.quad 0x653f261d674fdf61, 0x7ffa66ba6e7ffa22
	.quad 0x00cccb959377ad2f, 0x8000e9988d2c4025
	.quad 0x0000000000000000, 0x403b69d3000c2130
	.quad 0x5acf33c474e48c5a, 0xf258dae86bd18000
	.quad 0x1b596ce276bfe188, 0x400b08ef277a2a75
	.quad 0xc66e0f5dd2957c00, 0x800000003ece57bb
	.quad 0x8b212c762cd17c00, 0xc3f0000000000001
	.quad 0x71b80b635f666cb5, 0xc340000000000001
	.quad 0xfdc8528d215ed723, 0xc1a54ccb7fdadd9e
	.quad 0x7cca599b7c45b7d4, 0x9bcb8806fc4d7f8a
	.quad 0x81a77a196bd378ae, 0x2eb86f3d1efb99ab
	.quad 0x1add716cfdcec15b, 0x3f2d400000000000
	.quad 0x95107d3781280d31, 0x3f8a302f572d74df
	.quad 0x411c00004f7ffffe, 0xc03000003c700000
seed43:
	.quad 0x27c4a11bcfe257c2
	.quad 0x00000000ffffffff
	.quad 0xfffe672df14e6c8e
	.quad 0xfffffffffffffde4
	.quad 0x00000000000000c4
	.quad 0xffffffff2b6feb9c
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffda0
	.quad 0x000000000000012a
	.quad 0xffffffffffffff32
	.quad 0x0000000000000000
	.quad 0x660df862c6c4f31c
	.quad 0x96c226aa387e458d
	.quad 0xfe072246de799ef2
	.quad 0x2295d3a8c7a0463d
	.quad 0x808e78c551614966
	.quad 0x03000000
	.quad 0x50000000
	.quad 0x835367cbc892d931, 0x2f0f0ae4af2c1600
	.quad 0x3fc5ce0da61abcbb, 0xe3e9fc6100543e0b
	.quad 0x5a7fffff00000000, 0xffe993533174391d
	.quad 0x40effffffffffffe, 0x4ffffffebba0a501
	.quad 0xc0584ca0287beed1, 0x00ffffff82092422
	.quad 0xe84834f5dc6dc3ff, 0xd2367e55cbfbdfdf
	.quad 0x7fef30b73d50604b, 0x689bfd5df037b6d6
	.quad 0x7e1cccbeb777d62d, 0x7f8336f480b80946
	.quad 0x00128a0080000000, 0x0116a41a7fc00000
	.quad 0x50a8b411d0fccb78, 0x007fffff40e80000
	.quad 0xb673facc57fc701f, 0x7edfcca99ad11c88
	.quad 0xffeb144ca9e1bb35, 0x318db2b94a9aa7fe
	.quad 0xc65144a85bee8001, 0x1f3ed996fadefffb
	.quad 0x0008000000000000, 0x3f433f63d33f51aa
	.quad 0x8077662a0dc57e78, 0xff8000000085a853
	.quad 0xfff17b96973983e6, 0x7f800000ba937676
	.quad 0x80f5122eec6bfcb5, 0x8e162a018064d7a7
	.quad 0x7f977fa3ffeb6e5a, 0xe6ccf412a370e62f
	.quad 0xfe7d6f5e6aa82041, 0x25c65e7b4c3df691
	.quad 0xf6a921d9f0890000, 0xf73359f13c742cfa
	.quad 0x0008000000000000, 0x000fd3cf363098a6
	.quad 0x7ffb5f69b24f6695, 0x80400000ffc00000
	.quad 0x7f80000083b78576, 0x404e5959668974c2
	.quad 0x7c1d818d42884600, 0x8f2ada8082437c00
	.quad 0x416f477f40e00000, 0x8083455200000000
	.quad 0xbff6000000000000, 0xbfd3992413f76cd1
	.quad 0xbf800000c07f17ff, 0x8000000080255a8c
	.quad 0xfed52ebfdd906616, 0x5d5a4b66ff8e7d26
	.quad 0xccb347f39d80379d, 0xffa4131d9672d3e5
	.quad 0xc006e4bdb612013f, 0x82d13f83a02d3a3f
	.quad 0xfff0000000000000, 0x3fd127d19b80eabb
	.quad 0x7d0e5f5780000000, 0xa0d45558e470f400
seed44:
	.quad 0x041bbb0c2f39ad58
	.quad 0xffffafe9956aa207
	.quad 0x13d58350bdc24965
	.quad 0x0000000080000000
	.quad 0x55605d5297be2ed0
	.quad 0x0000000000043fbd
	.quad 0x46626d8bf98ad093
	.quad 0xdff2773862f99221
	.quad 0x2c09d6911fb2e7ba
	.quad 0xc2a43201d3a4368b
	.quad 0x0000068d0c417ed4
	.quad 0xfffffffffff67481
	.quad 0x721f35208bcef552
	.quad 0x00000000015c45d1
	.quad 0x0000000000000001
	.quad 0xffffffffd93738e7
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x57933390c7d6fbfe, 0xfeffffff7f4ff384
	.quad 0x5298693c80000000, 0xc02326044fef90c5
	.quad 0xc06cf9557f800000, 0x31f5ac207d750200
	.quad 0x7f9eb2c900000001, 0x7f9a2b8d5f800000
	.quad 0x7fc000003e00ddee, 0x3efed0affa62fe21
	.quad 0x005cacddc1040000, 0xff800000fe873a10
	.quad 0xbc3940695382fc00, 0x7ffddf14de49cf19
	.quad 0xfffbe439d13d1b13, 0x0005b33051ae99e2
	.quad 0xeaacea219441f574, 0x19a47be020338000
	.quad 0x838ab02c5aabdf1a, 0xb0d47801ffc00000
	.quad 0x00b8f3580054ccc5, 0xbfc8fc01e3dd1558
	.quad 0x34a72e99d7f3f7ff, 0x1fe7a3bd688f8371
	.quad 0xf8dfb1eb639cb76b, 0x77bca3f03fbf7c52
	.quad 0x8000000000000000, 0xf3abd6c4dfffffff
	.quad 0xb97d23508d025580, 0xc478ad2ede797fbc
	.quad 0xffcd8cacf6df69d7, 0xa6152e832be64e20
	.quad 0xc853383d42200000, 0x4c4c8efcd0747bff
	.quad 0x6449fb8dbf0f86cd, 0xbf6a000000000000
	.quad 0x6e9e1eb8c0200000, 0xeffae3a7c15aea80
	.quad 0xd4fc9590fbfffffe, 0x7f800000df800000
	.quad 0xb91b434457699a69, 0x7ff0000000000000
	.quad 0xde71d3f8e844d3ad, 0x800e6fdabec7372d
	.quad 0xb1f2fcd4feabce27, 0xb9ed88dfef5d5e6a
	.quad 0x3fbf4f259359f752, 0x801fffffffffffff
	.quad 0x54a595b880000000, 0xda3f13f1dcbe8800
	.quad 0xaa8f36d681caaa6b, 0x4e0dbcec1830fe2b
	.quad 0xc3e0000000000000, 0x4030f335cfb15a7f
	.quad 0x4376c62bffbe6247, 0xce07b34c49ef0000
	.quad 0xc8b8022dce58079f, 0xbd3e0c0b5c9a0167
	.quad 0x3eef24a540700000, 0xfff90a603f993820
	.quad 0x3fb5284d43886596, 0x7f80000040100000
	.quad 0xc1b0d0f1f069a031, 0xd474d1edc0ffffff
seed45:
	.quad 0xfffffffffffffc9f
	.quad 0xffffffffff83fc5f
	.quad 0xfffffffffffffd91
	.quad 0xb3657d6b6c45dfa4
	.quad 0xdb956d836e6d11b3
	.quad 0x00000000023f57de
	.quad 0xbbe0760eee9e53ac
	.quad 0x7fffffffffffffff
	.quad 0xfffffffc74a1241b
	.quad 0x85329a82b438c408
	.quad 0xfffffffe9a0689e0
	.quad 0x00000000000000a7
	.quad 0x2fae41f44290a648
	.quad 0xc4f687e58ef556c1
	.quad 0xfffffffffffffee3
	.quad 0x90873f0e9d50034f
	.quad 0x05c00000
	.quad 0x90000000
	.quad 0x7ff066bcaa068aab, 0x5f8000007f800000
	.quad 0x678056fed36c83ff, 0x7ff8000000000000
	.quad 0x0737ff66b15cde3c, 0xc176dedcd792cc3d
	.quad 0xc0f7800000000000, 0x0000000000000001
	.quad 0x3fe0000000000000, 0x7fb4fcfdffc00000
	.quad 0xf4e58e80105f8400, 0x607144f90a39bdf9
	.quad 0x42549860c236b7a0, 0x00072d4772cfc002
	.quad 0x1003c689cfd3f800, 0xb9bfa2599f73ff49
	.quad 0x3fc00000f116a8e8, 0x4c3bea7e94c23a6f
	.quad 0x0000000000000001, 0x07c7b150cc537e00
	.quad 0xc325f4dec1140000, 0x7f800000ff889327
	.quad 0x135e73b8c51effb6, 0x0c9e64f7fffae8cd
	.quad 0x5ee898ea3ddafe07, 0xba8f297224177c00
	.quad 0x3ff5a328bbd73bb5, 0xc080000000000000
	.quad 0x83b42becfc19452e, 0xff800000c9930000
	.quad 0xc025e29a53965b3e, 0x0016b2807f958696
	.quad 0xc0d5400000000000, 0x3a66b2a8ffba8aa4
	.quad 0x007fffff7fa9f23f, 0xd83e7fa1fffea15d
	.quad 0x56b2474e7f000000, 0xc011000000000000
	.quad 0x3ffffffe47fffffe, 0xda000000ffc00000
	.quad 0x7fd44b46b8f1e6b6, 0x418e7da6bdbf7dbf
	.quad 0x7037219fff1c853c, 0xbcd8dfb67f800000
	.quad 0xc031a94fff800000, 0x5a94e3c21db5a2aa
	.quad 0xc0106049758a28ed, 0x7fc0690c0fb0451a
	.quad 0x0057afc4c18cf272, 0x6ac7e952d2c0a4a3
	.quad 0x00ce92b01a6ee038, 0xc20a1937a99fc000
	.quad 0x46fc0000c5f00000, 0x002fffffffffffff
	.quad 0x7ff0000000000000, 0xfff5fbc600ffffff
	.quad 0xc975f214cacb0000, 0x426b9b5b40200000
	.quad 0xc4943884be708000, 0xfe9d753700000000
	.quad 0x3cb9fe857d1e30a8, 0x802fffffffffffff
	.quad 0xbf50847d80117bb3, 0xf7639e936fec48e0
seed46:
	.quad 0xf43d8dfa48886881
	.quad 0xfffffffff43cd263
	.quad 0x00000000000000c4
	.quad 0xffffffffffffe6fd
	.quad 0xfffffffffffffd77
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0xed9bd62ca7e944ed
	.quad 0x4d371403b7aa9771
	.quad 0x00000002d4664584
	.quad 0x2b8ce7562f7d0b8b
	.quad 0xe8a38beb63d4f44f
	.quad 0x000377b743b43fe3
	.quad 0x00000000000003ca
	.quad 0xe575a15fbb59912e
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xba8fa918ffe7f870, 0x5b7b06525b83c7d1
	.quad 0xc05f8ab2460775f3, 0xd47803de8e517b00
	.quad 0x413807b2cffffffe, 0x0008000000000000
	.quad 0xd27ba33f3c9928b8, 0x74e07b8b1712ff00
	.quad 0xc7e721b980000000, 0x7f94d46ec2e140f7
	.quad 0xbf7ed4ceef21123f, 0xcb513039be43220d
	.quad 0x3e8928fbffabf35c, 0x3fcb62e46f94bf7e
	.quad 0xffc000007f4ada3b, 0x1f7bc530bc39ffbe
	.quad 0xfff0000000000000, 0x0d1613fb7fec00bc
	.quad 0x3267dd07ffffdcff, 0x3f76c232e3701b98
	.quad 0x0042accf40c40000, 0xff7ffffffb687595
	.quad 0x7e8df85a9c2e355f, 0xcf7ffffebf9a590b
	.quad 0x6c8b3e8080000000, 0xd6549272bfbf7f75
	.quad 0xfea96dd2495faacd, 0x7ff0000000000000
	.quad 0xa3cbaea618e2d26a, 0xd1c3853b6b72fc9e
	.quad 0xfff8000000000000, 0x8612507eeab55440
	.quad 0x3c62eaa77fc00000, 0x4000000000000000
	.quad 0x4351f8c4395543af, 0xffb47f4100000000
	.quad 0xc56c07e46bc59466, 0x86006aacffecdcfd
	.quad 0x7ff8000000000000, 0xb863e01b9d3fbbe3
	.quad 0xffc8c64c0c528b25, 0x4006f7fb629606a8
	.quad 0xb864000040500000, 0xffbb6e5200000000
	.quad 0x0c33a1f1f574011a, 0x0045fe589690100c
	.quad 0x00000000003712a3, 0x4054000000000000
	.quad 0x801653de034c5802, 0x1d05a05cb03bfc00
	.quad 0x800fffffffffffff, 0x085b4e073ce18000
	.quad 0x0cd697fb7ffcbb8a, 0xbfbbfd618922a7ce
	.quad 0x86aa3a24b233a3fa, 0x83893bbc199f8eda
	.quad 0x094dff4f8138ec5f, 0x7ff58de87ff40b61
	.quad 0x9a9807787fff58f8, 0x4e0873acf71e06dc
	.quad 0x293057a8fedeef50, 0x4a86d36342c55701
	.quad 0xc008000000000000, 0x3fe50a69c3ffdc58
seed47:
	.quad 0x2b819129f9cb77d9
	.quad 0x012fcaf995d0c566
	.quad 0x000000000000009d
	.quad 0x0000000000000383
	.quad 0xe92ed4ebecd5fc0b
	.quad 0x0000000000000002
	.quad 0xaa30e02bd6b311bf
	.quad 0xabbeeb72996b206d
	.quad 0x694cd4d1e442ec43
	.quad 0x0000000000000000
	.quad 0xbd95852210360b54
	.quad 0xfffffffffffffd5c
	.quad 0xc6738031dec7042e
	.quad 0x000000000000015a
	.quad 0x93e54d6e0c565938
	.quad 0x00000000000000b4
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x8009f4338bc32a51, 0x5a59b5afb8190000
	.quad 0x4000000000000000, 0x7ff8c03eb800cd62
	.quad 0xf123dae6bab73431, 0x7ff9f6f7c2d27063
	.quad 0x4f800001b8c80000, 0xc23949293ef87a06
	.quad 0x3b8084f7b6ee3662, 0x4e98b83def3e2f27
	.quad 0x2642554de61fa9e1, 0x5f8308811fcef800
	.quad 0x975f08eb429e090b, 0x1f463559ffdf7fed
	.quad 0xc188ddff8bc37c00, 0xbd319712409205cc
	.quad 0x93da5b095c797865, 0xc52b542efb7f97ce
	.quad 0xf20656aa1f83abc2, 0x7fe0000000000000
	.quad 0x3fa5400000000000, 0x0000000000000000
	.quad 0xb300513b7b3a89ef, 0x7d9ca6e23ac87bef
	.quad 0xc39627f7c718c9ed, 0x91dccdbeffa87c56
	.quad 0x80000000fe800000, 0x7ff9d5e91e7efdcf
	.quad 0xff800000ff800000, 0x0b8ddbc6aae1dc00
	.quad 0x7f0000007fa14b73, 0x8b83ee66861174ac
	.quad 0x1ce8104cf9a2c0a1, 0x003b70463c4fda1f
	.quad 0xc0f80000c3e063e4, 0x40b1000000000000
	.quad 0x404cbc9f88921e95, 0x8076ebedffda5801
	.quad 0x443c88b26beb6bb7, 0xfff0000000000000
	.quad 0xce10c4c5ffde5f77, 0x420bc23cff800000
	.quad 0x1912b3ef17bcf7ff, 0x404647b14364f326
	.quad 0xb94678b87f5ffcbf, 0xf678a3c380000000
	.quad 0x1783867a85e423fc, 0x3fb505647d894160
	.quad 0x398000008021d429, 0x41ade6240b188001
	.quad 0x156d0c548d1cfafa, 0x80026887009ad0d9
	.quad 0xc12200007fc00000, 0x7fc000001b93d752
	.quad 0x2dd4c73884feee37, 0x7ff8000000000000
	.quad 0x549633c4fc20f430, 0x878d50ed421ed7f4
	.quad 0xe404ca29ffefbace, 0x7b77d64dee4b0a00
	.quad 0xd9b6e3047dcefb78, 0xb6d0149545e0e038
	.quad 0x9bc4f10c00356f87, 0x8000000000000000
seed48:
	.quad 0xfffffffff005cf28
	.quad 0x003fe58c330ccb98
	.quad 0xfffffff42de31416
	.quad 0x0698e32a27b63741
	.quad 0x000000cf058e3256
	.quad 0x9adbec0791e2bf13
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000199
	.quad 0x0020000000000001
	.quad 0xbe68e829e1fc904c
	.quad 0xfffffffffffffd08
	.quad 0x000001851c961c58
	.quad 0x68dd58d49d7428e6
	.quad 0x0000000000000000
	.quad 0xffffffff52efdaba
	.quad 0xbd7c6fbd05580721
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x5568a39b67ef4e9f, 0x0000000000000000
	.quad 0xe3cbd276fd22789e, 0xfff0f5e0902fc68e
	.quad 0x0000000000000000, 0x4409c92caa93d0dd
	.quad 0x0aaa47e02eed5aee, 0x5fe0b1ea7f800000
	.quad 0x000fffffffffffff, 0x370800007f800000
	.quad 0xeed6b1a7f854154f, 0xfcf00e26520093d4
	.quad 0x7fd47667fff05a96, 0x7f800000ffabbc09
	.quad 0xa1181fa11285d6b6, 0x0849c0c3c0000000
	.quad 0x38b4d84ff79df9bf, 0x6dc661c0ef6afbd3
	.quad 0xfff8000000000000, 0xafc5e2bcb8683f8b
	.quad 0x3f73ac1f477ffffe, 0xfff0000000000000
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0x19da715bffbb7b00, 0xbfcac8e41240cca0
	.quad 0xc7d3f3a9ffffdfbf, 0x7f04fe0a8af90c9b
	.quad 0x7fd82d695258a9ab, 0x4017000000000000
	.quad 0xc047000000000000, 0xd8403dfbb5527c6d
	.quad 0x3ff0000000000000, 0xcae9aefd4c5329d6
	.quad 0xf15ef7b3464a87e1, 0xfff3b66b954919ad
	.quad 0x2bec69f2ebb37cd0, 0x4028000000000000
	.quad 0x9ac28b005fca48f7, 0x43a41538c3da99c0
	.quad 0x41aa09d87fc00000, 0x800efec00738cb3f
	.quad 0x550827ef7d977ffe, 0xff920526bd2b4ca9
	.quad 0xc7ac0000005ad979, 0xffe3c77afee17e00
	.quad 0xc09000007f95164b, 0x800bdb41f1bceafd
	.quad 0x8228a89a0b11f9b8, 0x18a2b09658e190c5
	.quad 0x42c01c2d3bd0be1a, 0x3f8e2bd7e83ee7b7
	.quad 0x8b710ba16cfc2834, 0xd41742e4d9f5e7ff
	.quad 0xc05ac2f85a582d21, 0xffdbbee9ee6ed4a3
	.quad 0xff90ea70c3714f59, 0x1b04be9e557fffff
	.quad 0xd361f640ed3e4003, 0xff8437a4723feca9
	.quad 0xd39a2a36833d2b24, 0x8000000080000000
	.quad 0x35b80000ff800000, 0xffd0e308c0355298
seed49:
	.quad 0x33f739ec1db70766
	.quad 0x0000000080000000
	.quad 0xffff8275fa661650
	.quad 0xf965c1e2b74f089f
	.quad 0x78702800ff7b233b
	.quad 0xfffffffffff06eb6
	.quad 0xffffee4c0d3e4160
	.quad 0x0000000000b8e3a0
	.quad 0xbd23b9fda223af73
	.quad 0x0032d556fa2b7fff
	.quad 0x00a2f82b1d341287
	.quad 0x000000000000034c
	.quad 0xfffffffb51e4a4ba
	.quad 0x000000000000022b
	.quad 0xa661bd6b7c4c4376
	.quad 0x0000000000000095
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x8fdf04daf76bffd6, 0xb06155ef7df10382
	.quad 0x7ff0000000000000, 0x14fbee549910ddf6
	.quad 0x67fceb37ffc3d77d, 0x8eaf758f7dc72e43
	.quad 0x44c6183b47ffffff, 0x0000000040988000
	.quad 0x3f76ddeac153f7f7, 0x7c049eefff800000
	.quad 0x1260ad2a87ea79ff, 0x000eed026fba0a5c
	.quad 0x7fe7e9ac7f000000, 0x7ff8000000000000
	.quad 0x60304524ec9f25a5, 0xdcdb32ca542df52c
	.quad 0xc01c07ecfd098bf9, 0x7fe53598ce0a1ba0
	.quad 0xc56cacfdbb7fdaa1, 0x0e0020ef66773dbe
	.quad 0x7040c08fffb42b4d, 0x7f6754e200000000
	.quad 0xcba3e8d539edf477, 0xc00c2061c70f2291
	.quad 0x14eba2d3fee3ffcd, 0x00aea5b8bf002716
	.quad 0x31fddfaae35dfe5e, 0x699a3c7da086fc00
	.quad 0x7ff980d84e4f482b, 0xffc00000410a0000
	.quad 0x7ff8000000000000, 0xa35b832a721d7e00
	.quad 0x0000000000000000, 0xc05138dffdda67ec
	.quad 0x0e99f63da00bf85b, 0xe1ad3502bfac7ccf
	.quad 0x9ea1ef613e52c480, 0xca4c8ecf7f7fffff
	.quad 0x82e22bc105d6cbe1, 0x41fffffffffffffe
	.quad 0xc2c72fb08abfc03f, 0x7f95542cfe882c92
	.quad 0x854ed61e80000001, 0xbfd1cf98093e7c20
	.quad 0x8b8dfd4fdffffffe, 0x00f384d2d5f27863
	.quad 0x7f80000041b12c0b, 0x0001fec479bf923a
	.quad 0xff800000ffc00000, 0x999c4353ef5e7c00
	.quad 0x6db745f7deec76df, 0x8243a9c5ff1971c4
	.quad 0xdfefc098e5087d88, 0x8000000051bb2957
	.quad 0xffcee51841040000, 0x45fb89ebffdfcbdf
	.quad 0x7fd0000000000000, 0xff8000007fa62789
	.quad 0x6d294c8cefdf6566, 0x802fffffffffffff
	.quad 0x814650a396ba7ffe, 0xbd11c7f57fc00000
	.quad 0x56167096ffffd877, 0xfff8000000000000
seed50:
	.quad 0x1495d255ae76f5e6
	.quad 0x6fe23466106ae017
	.quad 0xffffffffffffffd6
	.quad 0x04d7dab483fb1b90
	.quad 0x0009da2db4f84051
	.quad 0x00000000001f9b37
	.quad 0x60200c81968762cf
	.quad 0xfffffffff7951937
	.quad 0xfffffffffffffcfc
	.quad 0xe2d142b346b4cfc9
	.quad 0xfffffffffffffe4a
	.quad 0xffffffffffffe39a
	.quad 0xfffffff274a60fcc
	.quad 0x0000000089c91d3d
	.quad 0x984f38c7ff6c03b4
	.quad 0x000000000000c8df
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xfab2991bd2e7dc20, 0xffc00000c27c1c15
	.quad 0x4f4d4f99f66cccef, 0x28f5362dcbbd4aca
	.quad 0x5e9beb007dd7f9dd, 0xac25afafc77ffffe
	.quad 0xc1d3905c7f8391ba, 0x0000000000000000
	.quad 0x4008000000000000, 0x3fbddd5ccc966c99
	.quad 0xff68c067caac4faf, 0xfea50f0f59edfc1c
	.quad 0x82c626271f0b81ab, 0x3e2ddf5c603bd60d
	.quad 0x5d75f00bf2823885, 0x7ff0000000000000
	.quad 0x8259c0164ce8e7c7, 0x7fbe63db1b00eda8
	.quad 0x7ee660107bc664dc, 0x39c00000ffcdb3cd
	.quad 0x7ff62a81be900068, 0x5121eefa96eb4c97
	.quad 0x8007c5e1797c8646, 0xffed219852650136
	.quad 0x6cb25f52b71ec6c0, 0x4041400000000000
	.quad 0x10ecc0ffb8b66b1a, 0x7fd0000000000000
	.quad 0xfff8000000000000, 0x68e1486b5fffffff
	.quad 0x46a1a51affebfc00, 0x7ffdc8e744799b77
	.quad 0x00cab520763c3300, 0xfdc7ec3ffff6f63b
	.quad 0x40aaf3f05a000000, 0xfff48f43434efcd3
	.quad 0xbff695fe21a6dec4, 0x701b253ddb578b84
	.quad 0x7f7fffffc7800001, 0xbdeb23160118d3be
	.quad 0x415665a09a7ad701, 0x884f51013fbc7fa7
	.quad 0x403af92f65f5fb80, 0x0dd815485bff7e95
	.quad 0xffc000007f800000, 0x0010c984ffc00000
	.quad 0xe0da2c27dbc8fc00, 0x801369987f800000
	.quad 0xc2a00f80ff8125de, 0x80b44a3e80000000
	.quad 0xc3efffffffffffff, 0x089769d83de8c458
	.quad 0x40f80000fcad8db3, 0x9266679373ab37a1
	.quad 0xffc00000017fffff, 0x817ffffff15a8c37
	.quad 0xecc675b6d64ffadc, 0x40306c7be37b5697
	.quad 0x95244262ffeffc6f, 0x9d76a1daffbeeeac
	.quad 0x80235457ffca785e, 0x416b14617dac475b
	.quad 0xd7f0442ca34abc01, 0xf6367749961d0800
seed51:
	.quad 0xffffffffffffff79
	.quad 0x000000007526ad85
	.quad 0xffffffffffffff1c
	.quad 0x82c7b4de7f9b30fc
	.quad 0xaf156f15134c6f80
	.quad 0x000553c700a60da2
	.quad 0x0064578382ce2a13
	.quad 0x0000000000000000
	.quad 0xfb0b23b17ef3392d
	.quad 0x12eaa394415bbfee
	.quad 0x738aafdce1ecd25c
	.quad 0x0000000000000000
	.quad 0x2d3b8be311103ab7
	.quad 0x0b94a8b970fcb1dd
	.quad 0x510142908afdf088
	.quad 0x1d192aac9c13aa88
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xc013f1ae017668d6, 0xc013000000000000
	.quad 0xb32a1325d5db7418, 0x402e68404a3a8d5f
	.quad 0x5e1d0116fffdfede, 0xb93da89337743db4
	.quad 0xc34a015d61afaac7, 0xbf100000c29c4bc4
	.quad 0x8c92ea61efa5f7f7, 0xec68b818d9800000
	.quad 0x42bec0f0df800000, 0xc020800000000000
	.quad 0x7e95cf8f69aa3d25, 0x8ff46a8cf7b32715
	.quad 0x3fc534ddfe708089, 0xfc4a7a60dbffffff
	.quad 0x19576c8affd9782c, 0x1d6319f780000000
	.quad 0x7ff585611750d078, 0x0000000000000001
	.quad 0x7ff533c7ee3dd77d, 0x7ff7debbdb899efa
	.quad 0xff9223994ffffffe, 0x85ddfd16c8cff9df
	.quad 0x7466562153a10000, 0x4f6c31b2fff5fed2
	.quad 0x7f80000040f6dcaa, 0xe8747b8735a045a0
	.quad 0x2f6750ccf0c28000, 0x772af7c8076bffff
	.quad 0x11bb5ef9c265859d, 0x0000000000000000
	.quad 0xbf737d77f667d663, 0x000000007f000000
	.quad 0x7d98119f86ec7b96, 0x88fa033e0cd7f85b
	.quad 0x6a9b7d93263fa7ec, 0xfd9dc35c333e9d75
	.quad 0x4056f73f24966fd9, 0xc0f8000082b8e491
	.quad 0x9a0813b9ffbb1e97, 0xbd1caf5cc14abaa4
	.quad 0xfffb152d7e956668, 0xc7f2babc7d567c00
	.quad 0x8020000000000000, 0x4c35aeefc7f3ffcf
	.quad 0x16c9f0cbc8a8ba74, 0xcb3e117e08d70000
	.quad 0x9d46c645fe5bc79c, 0xff8000003dc58f92
	.quad 0x800db300fd01d774, 0x658d2772840d7ae3
	.quad 0xc098000080000000, 0x90fbf57e7f89fb19
	.quad 0x3f8d8ae9d1a590c8, 0xc6d18578c0500000
	.quad 0xae2e6415960fd75f, 0xc0660a04016df75e
	.quad 0x72dcbe65ff9fbc7a, 0xc0100000c1d10000
	.quad 0xfed8da8a43375377, 0xa3caa2febe1a8000
	.quad 0xbf41800000000000, 0xc3c765e82e767c00
seed52:
	.quad 0x0000000711338f0c
	.quad 0xce61fe1f22c44446
	.quad 0x0000000000000125
	.quad 0xfffffffffffffcef
	.quad 0xffffffffffffc628
	.quad 0xfffffffffff4a9ae
	.quad 0x000000000000001d
	.quad 0xef3f6a9dc3e8c795
	.quad 0xcdff373b4321a40a
	.quad 0xffffffff3fb35777
	.quad 0xffffffff50b7d5ef
	.quad 0x0019fe740d979229
	.quad 0x0000000080000000
	.quad 0xcaf4b1248ae9a8d6
	.quad 0x20a6396eb20a51e7
	.quad 0x000000007fffffff
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xdff5d9fcffdffcbf, 0x00d4975a548380f7
	.quad 0x38510000ff7fffff, 0xf6a9de04c1ecfd54
	.quad 0x3aabff164189cc6b, 0xbcba51d998e539ce
	.quad 0x7ff35e75dd204fa9, 0xfe793c013e7153da
	.quad 0x190a216aeff5ab7f, 0x7ff8000000000000
	.quad 0xf23bb5963a26560f, 0xb970bffbe9767c44
	.quad 0x810f9c7df6d3a300, 0x7ff0000000000000
	.quad 0xfefa532efc6257ea, 0xad60b581a7ca2381
	.quad 0x7fa4b44040c80000, 0xbb040000ffa49443
	.quad 0x6024efa48333a2d8, 0xa40db294886f9806
	.quad 0x7e84462b86630499, 0xbf7c69f7bf89343a
	.quad 0x3fb3d6671097cfb2, 0xff800000be280000
	.quad 0x3a3000003b5c53ff, 0x802800dcc20b8000
	.quad 0xfffd500052291263, 0xba62cdeee57fe0be
	.quad 0x4017800000000000, 0x3fbf864d08087fbe
	.quad 0x85cac37a0099ee01, 0xf18539f44295aa67
	.quad 0x3bd71363d9ffffff, 0x00090c12591e589b
	.quad 0x3d73cbbefddd7bf1, 0x27671c0604e44490
	.quad 0x88409aa3bbf8df7e, 0xe2b5c758251d9227
	.quad 0x0000000042e6d8e8, 0x956274b67f819255
	.quad 0x3f43000000000000, 0x8015b7192ee09a50
	.quad 0x597521cc59b42ef5, 0xdaa214aada52717f
	.quad 0x81dfb23dc3918b6f, 0x45758d75ffeb9abf
	.quad 0x7fb75fbd2ac6fefd, 0x0000000000000000
	.quad 0x4019000000000000, 0xff81bec93dec8000
	.quad 0xc345db0fc206ddc0, 0x74a174ee08191dd5
	.quad 0xc0e80000ff800000, 0x3fce1b012786b42e
	.quad 0x7fc000000008d118, 0xbb7a32bb6ff74440
	.quad 0x3fdb732fc7bc1940, 0x27ad4d32a47b4680
	.quad 0xbb3a1088477f07ff, 0x38caca217fae4346
	.quad 0xc8698b0bf951fc00, 0x4054e494dba50025
	.quad 0x7ffb5dac038c269d, 0x7f80000073f6f58a
seed53:
	.quad 0x0000000100000000
	.quad 0xc8239b2552181675
	.quad 0x000000000012ceea
	.quad 0xaaaa78c2114f4cd7
	.quad 0x0000000000000044
	.quad 0x7bec6eca09ff2eb9
	.quad 0xd038a4caad9973cb
	.quad 0x0000000001416a9c
	.quad 0x0062c2d06c17518a
	.quad 0x3489d506f6892c8b
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000b5
	.quad 0xed1d22d27699f2aa
	.quad 0xfffffffff5563c49
	.quad 0xc17269279b95a740
	.quad 0xffffffeb172e6f0f
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x4007000000000000, 0x5e74e7b87fcbdcde
	.quad 0x7c42f5007e5d5483, 0x7f7cf2e8f004a26e
	.quad 0x12c8c3ba809c8932, 0x3fe46d326c227937
	.quad 0xbb000000c2280349, 0xfffbab7492b6ce34
	.quad 0x9c1b6cd6ece58680, 0x19ceb9caf777efed
	.quad 0xc0e8000000077a5f, 0xff8000007fc00000
	.quad 0x3f900000ff800000, 0xff800000d9800001
	.quad 0xbfb9b18f4c8975c8, 0x8010000000000000
	.quad 0xfc7213ba20b14fe8, 0x416be45dbf793cff
	.quad 0x40d000007e1485f3, 0x4eea924c4b7cc8a0
	.quad 0x128c36df42ad0b44, 0x8a2b49d8b0a2fd35
	.quad 0x7fffd1a92c3ba30f, 0x94e11214fff00200
	.quad 0xfff0000000000000, 0xd24005cc3e8fdf76
	.quad 0x9e7989aa3cad7a36, 0xfe800000bc3067fb
	.quad 0x022459d1c0d3c1d4, 0xc1e000003f98cc81
	.quad 0xcf2a5be8859ffc1f, 0xd5cf7304f4817ce8
	.quad 0x0027d8123d4e2785, 0x597e8665bfffffff
	.quad 0xb1f1291ebc7ebdc5, 0x7e49eebd2fd7e506
	.quad 0x6ba29b97bdec5b66, 0x6c7f784b6c78fa9c
	.quad 0x7ffedba518111ac5, 0x680551b17fb72fcd
	.quad 0xa7264b83ecefd6fe, 0x66b4a3387ff3dddd
	.quad 0xffb0914cc2600000, 0x410c000070ce2842
	.quad 0x7ff2ad140c684563, 0xab4a732f7faefa13
	.quad 0xea2e0891ffaa839b, 0x5bb0169c3c57e67d
	.quad 0xa160eaa5fdfbcef4, 0xcf800001006d36c0
	.quad 0x6fd627f93c014a24, 0x1caa83c1678c1df5
	.quad 0x3fd98dfb4ebbdb30, 0xc34b469cfa1b3898
	.quad 0x84d6133fa9a1fc00, 0x12f04377bfd47adb
	.quad 0x7ff23ee67ce5e21d, 0x699652d480438204
	.quad 0xfb5ceb13005edd2c, 0x16c9676640600000
	.quad 0x5f0fa4bd41960000, 0xc1a7df0c8421feea
	.quad 0xffae633d3d2e3bae, 0x80232764c8ddc0e7
seed54:
	.quad 0xbe4a43955cbcd155
	.quad 0x9513f9865093660a
	.quad 0xfffffffffffffc4b
	.quad 0x00000000ffffffff
	.quad 0x73c92ef51103e4d3
	.quad 0xffffff316bcb7d35
	.quad 0xfffffd8d5b580b03
	.quad 0xfffffffffffffc47
	.quad 0xfffffffffffffffd
	.quad 0xf431531c86639d9c
	.quad 0xfffffffffffffc6f
	.quad 0x0000001638332715
	.quad 0xf7ed354d979799f6
	.quad 0x7e80620598d6c955
	.quad 0xffffffff80000000
	.quad 0xc8d3aa8f5c97e751
	.quad 0x04400000
	.quad 0xb0000000
	.quad 0x7ff8000000000000, 0x817cc16241000000
	.quad 0x025b68d0af77e18e, 0x29b037bcf624befd
	.quad 0xc0100000802ef902, 0x406b3533f111d94b
	.quad 0x52a387a880000000, 0x8000000000000001
	.quad 0xc047695c00a6bfd3, 0xfff8000000000000
	.quad 0x0dc678963fedc9a9, 0xeed7dc5d815db590
	.quad 0x3801aa8aecb628bd, 0x00d332277f8bb66f
	.quad 0xffcfcde3868a4614, 0x6a174caaffcb8fd5
	.quad 0x7ff2b291d7a188a2, 0x7ff0000000000000
	.quad 0x5db2309cffbefff5, 0x7fc00000725f819b
	.quad 0xf30284b0d6d9fc41, 0xc01b000000000000
	.quad 0xfff164cbe734b851, 0x9dd753e74d05f757
	.quad 0xbf8d77f7f1d9fadd, 0xbfe6a8e483ef3fb6
	.quad 0x76353a6a139c7ad0, 0x48e251a1a9648f38
	.quad 0xff0000004f800001, 0xea59fdca980c3607
	.quad 0x3f000000ff800000, 0xac2e3907b5ca8219
	.quad 0xc0f0000000000000, 0x30477f44b968d232
	.quad 0xc01eac3a30cd21fd, 0x43e0000000000000
	.quad 0xc3f23cbc73faab42, 0x7f7fffff4ff59dd3
	.quad 0x3efe37cc9d7ca45e, 0x9d822c1bbf49fedc
	.quad 0x5b100e20541efca0, 0x598000007f99d56e
	.quad 0x34b56345ac19ad35, 0x40e8000047800001
	.quad 0xa0d3bcc5a501b363, 0x788b8f83ffc00000
	.quad 0xc016b701525c02bc, 0xbffd0c4a0a40570e
	.quad 0xffdb8240c0a80000, 0x3f0705b23fe00000
	.quad 0xfd23d2a1c553087a, 0x00117edfbd1011e8
	.quad 0x802fffffffffffff, 0x00083b9f0f1c6c0b
	.quad 0x3c1a44acbb18aabc, 0x82f463a79e5e4844
	.quad 0xc285a1917e800000, 0x7f8ddada065bfbc9
	.quad 0x707df182cffffffe, 0x8460d9123b392367
	.quad 0xa2df44f7da59da78, 0x3c21560e00000001
	.quad 0xc3fffffffffffffe, 0xff42f090aac07228
seed55:
	.quad 0x00000000ffffffff
	.quad 0xfffff5caad2ba6a9
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffea5
	.quad 0xffd2bf4e91be5f63
	.quad 0x0000000000000361
	.quad 0xfffffffffd63b45c
	.quad 0x3c95382aa4b152fc
	.quad 0x1999b0e343d58839
	.quad 0x24c4c07c88062173
	.quad 0x57eacd27eebf8f3b
	.quad 0x1c736d4ea6dff889
	.quad 0x0000000000000d9b
	.quad 0x0020000000000001
	.quad 0xa927e5054a8bccbb
	.quad 0xfffffffffffffc43
	.quad 0x06000000
	.quad 0x80000000
	.quad 0x1543b4569dc2bfe6, 0x3fff56cf9d252d9b
	.quad 0x2d11ecb7642cfdd2, 0xa2d59803d6257c23
	.quad 0xff8db212be3a116d, 0x0018e46da5a4efec
	.quad 0x563d4443faabfc8b, 0x4067c1bf30a96b34
	.quad 0x1aa0c878275a0000, 0x513d1750ffe7bf1d
	.quad 0x00ffffff3ef40000, 0x16c0317b3412411c
	.quad 0x0102fdfebf4b8101, 0x3b9fed7fbde5fa44
	.quad 0x800389f99a803f2f, 0xc050000041a8cc59
	.quad 0xc1effffffffffffe, 0x3368eb5f5697ffbd
	.quad 0x40100000c2ded90a, 0xc004c702130ea8d9
	.quad 0x3c84248c0eed6b8b, 0x7fc00000005a72b3
	.quad 0xff871249b39ad779, 0x84a1384001000000
	.quad 0xc0200000b5a40000, 0xc3f0000000000000
	.quad 0x72e4edf86725a06e, 0x2cbe0eec38624312
	.quad 0x5a005025f38ac938, 0xbcf6b5b0c7000000
	.quad 0x3f91ff0cd9c50896, 0x4061fab425f3ad64
	.quad 0x0008008f60f24617, 0xbf94dbdf85f096a9
	.quad 0x5a00000040d80000, 0xc01fa505cf10cab5
	.quad 0xa03ee52c7443467e, 0x5a09d043584ec6e0
	.quad 0x007fffff991bcb94, 0x00085a1ffc1bf153
	.quad 0xfed91609dbded7ed, 0x2ba86cbeeee98000
	.quad 0x3f9509da9cfa113f, 0xfff0000000000000
	.quad 0x0f52dfd0380755ce, 0x3fdaedb9fdef352e
	.quad 0x000f9f6daea06950, 0x80268fef96077ab4
	.quad 0xc395674980000000, 0xffe6b028b2090394
	.quad 0x5f8000001a143d00, 0x70469fd8810e6484
	.quad 0xf17e61abb3b3812d, 0x40d00000bcfffc55
	.quad 0xbc816c8680027c2a, 0x7ff231ceda6fe28b
	.quad 0x3a7d546b1ca80000, 0x9d9a363ecad2dfba
	.quad 0xbf88922c31ec5f85, 0xfff3fe840a45f33c
	.quad 0x836b6e977e20b479, 0x401a800000000000
	.quad 0x80000000f368be65, 0x3fffffff3cd26b50
seed56:
	.quad 0xfffffffffffffd9e
	.quad 0x00000000000013b4
	.quad 0x00000000000001bd
	.quad 0xfffffffffffffd66
	.quad 0xeffba20c2c0e017f
	.quad 0x0000000000000001
	.quad 0x000000000000012f
	.quad 0x0000000000023b59
	.quad 0x00000000ffffffff
	.quad 0x0000000000a39997
	.quad 0x000000007fffffff
	.quad 0x00000000000002b6
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcb4
	.quad 0x0000000016dfcf37
	.quad 0x0000000000000320
	.quad 0x01000000
	.quad 0x10000000
	.quad 0x4017000000000000, 0x30f9e19bfefffd1f
	.quad 0xc011e3e16946f710, 0xbf04800000000000
	.quad 0xc08c0000015f87a0, 0x61effd1642b7df7b
	.quad 0x4f00000135800000, 0x6ce182a77fc3b054
	.quad 0xfff1161c08e2e701, 0x7ff8000000000000
	.quad 0x80800000ff08314b, 0x54b08411ed01f58d
	.quad 0xc3effffffffffffe, 0x022db252007fffff
	.quad 0x723b7deb29858000, 0xc022000000000000
	.quad 0x54ff5ccd527bfc00, 0x3fd7c00000000000
	.quad 0x40fffffffffffffe, 0x003a9412791236ac
	.quad 0x3f69800000000000, 0x3ef2300000000000
	.quad 0x5c30a119ddf4bce6, 0x75e409e4bf05d883
	.quad 0x801fffffffffffff, 0xfff0000000000000
	.quad 0x9aa0caaa86ae8226, 0x8793ec8cfeefb3b5
	.quad 0x18c883bf9aec2da8, 0xc051fac35af993bc
	.quad 0x7ff5fd86de1def48, 0x004b85716b80da3a
	.quad 0xfff79697bf5009df, 0x872e1ceb4bbe7800
	.quad 0xbfe5c9f44d32e591, 0x27591a8bfff97400
	.quad 0x8d73b100093de5bb, 0x1d739031fa533906
	.quad 0xfff0000000000000, 0x416600008a8a9cc6
	.quad 0xfff8000000000000, 0x40c8000080248dda
	.quad 0x23028333bfff3a7f, 0xffe793a87deae470
	.quad 0xfdac286e7c97eb34, 0xffc0000042de0018
	.quad 0x38a9f8565e6c6700, 0x0d2f9eddff9f678e
	.quad 0x3a4fc8de00000000, 0x2df73ff2f77705ba
	.quad 0xc9380000452e0000, 0x56afd61e9a47fdf7
	.quad 0x8280a0b1bc22cf9d, 0x40300000ff800000
	.quad 0x90cea10a562042d8, 0x33d7204dffc7cea0
	.quad 0x14a69e63406f57a0, 0x1e42a40b81180000
	.quad 0xd453a47efdf7fbff, 0x8000000000000000
	.quad 0x21dc2744202c4000, 0xfff9d385a146e898
	.quad 0x40b8000080000000, 0x82c4fe80bbab0d2d
seed57:
	.quad 0x70f3cc5eab93b896
	.quad 0x0000000000000005
	.quad 0x9e394360e3ef88e1
	.quad 0xb81fdd48f98142be
	.quad 0x00001edb25b741b3
	.quad 0xffffffffffffffff
	.quad 0x79774a023fc1064b
	.quad 0xfffffffffffffc4e
	.quad 0xdbf2f14a4bc106bb
	.quad 0xffffffffffffffc0
	.quad 0xfffffffffffffcd2
	.quad 0x7ec46f5a76e82215
	.quad 0xf0ef412836452c6d
	.quad 0x000000000106ed57
	.quad 0xabd0f3a3e35de18d
	.quad 0x000000002f44b045
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xfff0000000000000, 0x3f52000000000000
	.quad 0x6382d9ad6cb731b5, 0xc05f7f47af20d538
	.quad 0xfff0000000000000, 0x010000007f8182c9
	.quad 0xdcb4dbfdef304e3c, 0xcfdf8d029ef6c37f
	.quad 0x805bbddfdf422b1d, 0xcd822305feeede3b
	.quad 0x41282cdd7f82fc00, 0x1c2c2ccc7decbfb1
	.quad 0x81000000ff800000, 0xc001000000000000
	.quad 0x7010ea9780fce4c5, 0x26236c404242fe00
	.quad 0xc0e0000000000001, 0x817fffff7f800000
	.quad 0x7fc000003f98f769, 0xffacb45a7fc00000
	.quad 0x67ab2c53c56e572c, 0x903e8c8c2b24c300
	.quad 0xc69e0000fe8cf115, 0x8008000000000000
	.quad 0x897f8ca2811a667c, 0x7f8000007f800000
	.quad 0x00000000fec1118d, 0x8c357303106c1f21
	.quad 0xc4a0000040c00000, 0x095d1eaafd520001
	.quad 0x7fc45ebac0e00000, 0x00ca06766ffffffe
	.quad 0x3fe871f60e3efb9a, 0x0810b9c2cd7ee7e5
	.quad 0x3f1dc00000000000, 0x0000000000000001
	.quad 0x812052589655f0e1, 0x3416266e67e7bf60
	.quad 0x600fc7d795f99e63, 0xd6299039ffba7dd7
	.quad 0xc3800000ffc00000, 0x006aa1f180000000
	.quad 0xff79bbdfff800000, 0x6a427daf1879df1b
	.quad 0x4310c508e984b49d, 0x0569736ce3acfb87
	.quad 0x8802b201f5dc0066, 0x8000000000000000
	.quad 0x41a1e5a5bf7ffede, 0x3fae55adff9607dc
	.quad 0xbd3f8b90df5127b3, 0x4e9d9bace93cce1e
	.quad 0x80097fc664ffccf4, 0xf7bd69bdecdffc6f
	.quad 0x000d1eb8b2046181, 0xff800000907a1e21
	.quad 0xfe80000000000000, 0xb235ea22eef6682b
	.quad 0xc33fffffffffffff, 0x7f905ed7817fffff
	.quad 0xa1f8d1dc88ad9e18, 0xf1089d92fffb7cf9
	.quad 0xc8998000cfb45d2b, 0x7ffc4fd2cb6bfeae
seed58:
	.quad 0x0000000000000170
	.quad 0xfffffffffffffe6f
	.quad 0x8000000000000000
	.quad 0x0000000000000247
	.quad 0xb411b300177ffcab
	.quad 0xfffffffffffffce3
	.quad 0x0020000000000001
	.quad 0x00000000000097c6
	.quad 0x0000000000000001
	.quad 0xfffffffffffffff4
	.quad 0xfffffffffffe17bb
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffff30ce467b2b3
	.quad 0xffffffffffffcb96
	.quad 0xf72e53eb7e292bcb
	.quad 0x05c00000
	.quad 0xb0000000
	.quad 0x60ab1ea8ffdfc861, 0x8ae4c65a9831b5d8
	.quad 0x590d3489fdf0fc00, 0xfff0000000000000
	.quad 0x7f9aa0b07f800000, 0xff7fffffc0ec0000
	.quad 0x3d8b5f7d7fc00000, 0x29744de4c6d20000
	.quad 0x8000000000000000, 0x000000008e4b8560
	.quad 0xbbbc8c837f800000, 0x00c6af91bbc7e9c9
	.quad 0x7f800000ffa5e2af, 0x7ff0000000000000
	.quad 0xc38ae23dbe8bd0ed, 0x3fb0e9859aff21de
	.quad 0xacc65cf57fdedd6f, 0x38d43acf7f800000
	.quad 0x3017aa7f0f9d0de0, 0xfff51969b54ba35c
	.quad 0xffc00000599588db, 0xc0b6000000000000
	.quad 0x543f2613ddf7dbcf, 0x406f22063c0dda97
	.quad 0xff8000000aaca9a7, 0x39400000ffe21d59
	.quad 0xe7d606b6167ce8e8, 0x061e6a17ffce7edf
	.quad 0x78fe209b954101cc, 0x4c15e2c91c6bea00
	.quad 0xc65158ce556c1c50, 0xbffc000000000000
	.quad 0x410d000000000000, 0x03624a8d2c4d6a22
	.quad 0xf9c749faa19fd8ce, 0x2f92ba06f7ddbfff
	.quad 0x0061c8b840e00000, 0xc61d29278acf33d3
	.quad 0x20136b749bbefe59, 0x88b450d4cf800001
	.quad 0x5c14b6d87f93cb30, 0x400e000000000000
	.quad 0x3c0f77bbfff5efff, 0xb2891df5f2b1fe00
	.quad 0x7fa1aa5d388c0000, 0xf348e55e183d5639
	.quad 0xa9b29661ffeefeb6, 0xc340000000000001
	.quad 0x9384bb168002ff3f, 0x4100000059fffffe
	.quad 0x4078000000000000, 0x3c48420f0009571b
	.quad 0xbd765e0b0bdb9fb0, 0x6ffe4b7d264d07ff
	.quad 0x45578a8ed5bc77ff, 0xc6c94d7002982800
	.quad 0x574ce24fc3f15e57, 0xb48d3b30ffb7ff7f
	.quad 0xffbb8130ff800000, 0x65c380f52fa7fc00
	.quad 0x033d25d1c86d111a, 0x599dc38980420400
	.quad 0x0369d898ff81940b, 0x30e590141810aaed
seed59:
	.quad 0xac0d0c6138a10327
	.quad 0xffffffffe346dbf3
	.quad 0x78eaa89215202185
	.quad 0x0000000697988c56
	.quad 0x0000000080000000
	.quad 0xfffffffffffffff6
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x5e8e2dc0d4ad4165
	.quad 0xffffffffffffffff
	.quad 0xe1a8b17ff704e2c9
	.quad 0xffffff950d4e6402
	.quad 0xa1520ae980f8f749
	.quad 0x0000000001000001
	.quad 0xffffffffffe805f8
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x608352d5a8162318, 0x904f01b09c6ae6b4
	.quad 0x443a1ddc7bf7f6f6, 0xc7ffffff7f800000
	.quad 0xbc2f513740800000, 0xf8935f50ff3fd77d
	.quad 0x7fe634d980400000, 0x89ce6453c2adc8a0
	.quad 0xc346ec92ffa7be3d, 0x72de6013ec3cb992
	.quad 0x5f80000100ffffff, 0xbf96524db7df5692
	.quad 0xfff04d558b6f7bb4, 0xc01c7c7ff91e9f0a
	.quad 0xfff0000000000000, 0x6d09110fb067033a
	.quad 0x4917634ddf7ffe31, 0x76487cc1c41cef4d
	.quad 0x40087ef71d81973a, 0x95c25707f5cbd6bd
	.quad 0xc016000000000000, 0x2ba2cdd0fafbffd4
	.quad 0x3fa31aa6a43de021, 0xc9312cea00000000
	.quad 0xff0ca99e7fac5cb1, 0x4001000000000000
	.quad 0xdfa472f94ee9fb6b, 0x800000007fd272c6
	.quad 0xec91f0f530c6f90a, 0xae7b7a60e7f1b651
	.quad 0x4018f8f49d04ed0d, 0x00000000ffc00000
	.quad 0xd42d91dc2f7f8000, 0x3a0f8b71ffd9dc67
	.quad 0xc06000008074266c, 0x79f2b78bffdbe778
	.quad 0x800e60a7519cfd24, 0xffb61387ff8374ea
	.quad 0x4be55b26ffc3f4f6, 0x6f37b676c0d80000
	.quad 0x3cdf73ffff800000, 0x00dfa0a5e9da2232
	.quad 0x4d923db80f230800, 0xbfe2c17f80000000
	.quad 0xf596832369904780, 0xdb29b27fcbcd8000
	.quad 0xaf1f5518a8f80650, 0xbd857117933da4cd
	.quad 0x007587531371cc18, 0xb58c67ce3fa95446
	.quad 0xe16c29e0ebeefef5, 0xc017000000000000
	.quad 0xcfada6e680000000, 0x7f800000817fffff
	.quad 0x400e944af6dae524, 0x433ffffffffffffe
	.quad 0xffda223c05130c9b, 0x5783ddc8f7bafdfb
	.quad 0x92393083fb8bfdc3, 0x015d81127f800000
	.quad 0xfffbbb3d10166417, 0x0006dd262dd796d7
	.quad 0xc02c85c8729d898d, 0x002bf4f284163492
seed60:
	.quad 0x0000000000000002
	.quad 0xfffffed0d8daf39c
	.quad 0xffffffff80000000
	.quad 0xc12bd3caec9cfd49
	.quad 0x8000000000000000
	.quad 0x18d310a68da41d0a
	.quad 0x012a575ce350e0ae
	.quad 0x0000000000000001
	.quad 0xffffffffffffffa1
	.quad 0x09cb1be010b0f1d6
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xff43fa342d477bcb
	.quad 0x00000c6e7097ebb6
	.quad 0xe69a243e1667ccac
	.quad 0xffffffffffd035e0
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x74e83140a0c1e081, 0xc004000000000000
	.quad 0xffc000003c157ba3, 0xd6372d1cf7b6cac7
	.quad 0xfffebc14746bc12d, 0xfffaed71d3f0db80
	.quad 0x7ff8000000000000, 0x3b163a85ac957cec
	.quad 0xfff0000000000000, 0xe7424971ffeffdef
	.quad 0x800a846ff9b5fd26, 0xf3b6222bffc57dc4
	.quad 0x497b13797b047a3b, 0x75800ee680000000
	.quad 0x4095400000000000, 0xffe22e862d6259f6
	.quad 0xfd8d2d83830ea787, 0x4076ca0d7cb20af4
	.quad 0xc00b70760f7cbdf3, 0xff995c28c387d059
	.quad 0xb5fd1a242a34a936, 0x8008000000000000
	.quad 0x0d5df8157e8c9280, 0x55f8bb4680ab0001
	.quad 0x3ff89ed603be8651, 0x4d14d97f7fe6feff
	.quad 0xce37a522c8f48c90, 0x7db2353472b1e476
	.quad 0x813b9a1eda000000, 0x800fffffffffffff
	.quad 0xbf4b5091cd13527d, 0xb0e6b6a5c7f79266
	.quad 0x7ff741a8c274e7c9, 0xbf1dc00000000000
	.quad 0x3e631e4b7f6e413d, 0xe826bfadfff439f3
	.quad 0x09639ad9bfe7fbff, 0xcd6e5ad96baadc2b
	.quad 0x1b1463f17fc00000, 0x800000007fbf3dcf
	.quad 0x000000008330eaf4, 0xc2e800003c77ebed
	.quad 0xbf97800000000000, 0x445fb25bff6cb47c
	.quad 0x90c88ea692b60800, 0x0000000000000000
	.quad 0xb273eba9fffdeeff, 0xe4e39510c2d8704b
	.quad 0xc000000080000000, 0x08fa884fd0b8b50a
	.quad 0xffc000007fc00000, 0xbe2461cf8020a355
	.quad 0x7ffaea15bb7d9196, 0x79cc4d6177224cb6
	.quad 0x408800008eb6e0ba, 0x3d000cfe3c41624f
	.quad 0xce25057aabb64c85, 0x7fe0000000000000
	.quad 0xe8a63f508538a9dc, 0x006d61527f800000
	.quad 0xbf720ee876343b7c, 0x7f8000003cf7d578
	.quad 0x7fefffffffffffff, 0xbcf1bbaff95afafa
seed61:
	.quad 0xbd5f137df6300dea
	.quad 0x550ec5cd654e4d6b
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000012e9a192
	.quad 0xfd208e50f35b3eea
	.quad 0x0000073bea1a0d1d
	.quad 0x0000000000000000
	.quad 0x00005422f1ed1193
	.quad 0xfffffffffffffff5
	.quad 0x27da0a12313d2607
	.quad 0x9c8d6f3fcac3cd11
	.quad 0xafa6c3309190a95d
	.quad 0x00000000000fb997
	.quad 0xbb7f5b61a8a9fc1e
	.quad 0x0000003ae6de2d86
	.quad 0x03400000
	.quad 0xb0000000
	.quad 0xfa538016ffc00000, 0x248101aa0cada4c0
	.quad 0x40ae067f43c00000, 0x4eb7e9b3fe7a8505
	.quad 0xd9f33b7fe03a483b, 0x0000000000000000
	.quad 0xfd055421be0d1359, 0x1f651045d2f7ef00
	.quad 0x51f32162d6611dba, 0xfd9460818cb9c18f
	.quad 0x3fb0000000000000, 0xc017fb7cf2238631
	.quad 0x4330000000000001, 0xcebba3f11dc5792c
	.quad 0xc007000000000000, 0xfff6671342100000
	.quad 0xdecdc1367fd73bce, 0x56f5965e6500fbe8
	.quad 0x16b97165fe5bbc95, 0x3fea29d4039584aa
	.quad 0x59d3727c78fb0700, 0xf49004264d795239
	.quad 0x5f27accf81e04612, 0x7fc5231ac1100000
	.quad 0x3fa7e4528c0be94d, 0x4088000045800000
	.quad 0x008000007fc00000, 0x9c534867a2b43f32
	.quad 0x8000000000000000, 0x10264304d11abeca
	.quad 0xc0c80000c1c80000, 0x801fffffffffffff
	.quad 0x405705ac41200000, 0x802e1c0d27b4f207
	.quad 0x16ebeeae3a373c80, 0x2332d852efffff48
	.quad 0xbf8e7dc12a680332, 0xd8d87036576c2aff
	.quad 0x7fc00000c3776778, 0x8ffb2cd243cd2c9d
	.quad 0x1e33c437b3fa373a, 0xc3d92b51fd3d6dca
	.quad 0xc01af09bb7b9f2e9, 0x804d4d0b741bfe37
	.quad 0x7ff04ac8862b635a, 0x9b38ab025680100c
	.quad 0x8002aa7d39058f5a, 0xc0537ce2878dc762
	.quad 0xc6000000da0dabb1, 0xc06d7f61eedbac61
	.quad 0xbfb2233d4cc3c3f8, 0x42c00000c0600000
	.quad 0x80a36635bc4a753e, 0xbce545e4fa260b8c
	.quad 0x810000008054f5dc, 0x1d87daf00015124c
	.quad 0x3f8eab8a4a44fe6b, 0x7ffa8f05066d5ea9
	.quad 0x7fedc911fff059a8, 0x00cef797c1100000
	.quad 0x18d930cd3e953fb7, 0x8000000080000000
	.quad 0xff80000080000000, 0x7f800000c1180000
seed62:
	.quad 0xaee58c2d51b1af16
	.quad 0xd6249adca528fa2c
	.quad 0x019adf0920e15991
	.quad 0x97181e31d2ee52c6
	.quad 0x8e926510c0ff635b
	.quad 0xffffffffffad76fb
	.quad 0xe09b85cc19bc8d18
	.quad 0x00000000000002c2
	.quad 0x579107cc4b740b93
	.quad 0xfffffffffffffdb6
	.quad 0x00002455f3900b56
	.quad 0xfffffea478638ba7
	.quad 0xffffffffffffed65
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x4340000000000001, 0xc023000000000000
	.quad 0x3eca2aa4efe42d84, 0x000455c26efaaf81
	.quad 0xec371dff1418fe00, 0x373f46053be8dc24
	.quad 0xfffee3a184d2adc4, 0xd480000180000000
	.quad 0x7ffce88409deda44, 0x017fffffbfc79b10
	.quad 0x3babaab71204facf, 0x904b5cc9bb947c00
	.quad 0x6622e911fffaf100, 0x402662bddeb136eb
	.quad 0x0eb1a03c5144018a, 0xaf7eedc48bffaf9b
	.quad 0x3ff4000000000000, 0x02af184c942942ff
	.quad 0xbe7a9a01ff997033, 0xa9214d3ee3ef7f7f
	.quad 0x5b833393bbffffff, 0xd897b5133fbd3d62
	.quad 0x3f9cd666b9cd1f82, 0x3d5a4104bead6f42
	.quad 0x3f800001054ad7e1, 0x7543d3e559f9a24c
	.quad 0x7e8000004b7fffff, 0x0000000000000000
	.quad 0xfff8000000000000, 0xbfc0f4fb8c3b0cc1
	.quad 0x2dd40413febf2e64, 0x7fefffffffffffff
	.quad 0x80400000404d0c25, 0x35f83dad251b75b6
	.quad 0x40c00000c1040000, 0x4010800000000000
	.quad 0x001d5405af38d045, 0x411a0000b6f80000
	.quad 0x800000007e41b52e, 0x82548fe91f41c600
	.quad 0xd68918ab0d1a3ffe, 0x80057f3d67dc7adc
	.quad 0x3dacaded3ce6dea7, 0x2da1ed66d1ea0708
	.quad 0x0000000000000000, 0x291e9819fefbbeef
	.quad 0x3e4f3822470e41e0, 0x4dcc66fb13097c00
	.quad 0x3f3de225bbd0d0b4, 0x3774eb72d60958aa
	.quad 0x43d2000080000000, 0x5329776392baf000
	.quad 0xefddb5a380000000, 0xbe1f6305709a5499
	.quad 0x014e1d1b8134fbfa, 0x3f24000000000000
	.quad 0xff8000007a7ad24f, 0xea682bc5fdfe56cb
	.quad 0x41f0000000000000, 0x4bb1a7d4a8ef383a
	.quad 0xc849f9f49d95d1a4, 0x818d45d34d24f9c3
	.quad 0xdf7fffff3c7514f0, 0xec3275d8e7fbbffa
seed63:
	.quad 0xfffffffffffffe4a
	.quad 0xd85f99e1471a9c41
	.quad 0x0cad1bbe98437943
	.quad 0x280ec96ebfd02cc9
	.quad 0x9571a87b2911406f
	.quad 0x1866b1a8869730fc
	.quad 0xfffffffffffffff3
	.quad 0x8000000000000000
	.quad 0x76e9319ddb9e4585
	.quad 0xfffffffffffffde5
	.quad 0x7b5fe8f4c4c19455
	.quad 0xfffffffc16430be7
	.quad 0x1f43faaf0273bfd5
	.quad 0xde6aa6bcfc54429f
	.quad 0x2d2740433283918a
	.quad 0xcf62e71be5a8a8f5
	.quad 0x07c00000
	.quad 0xe0000000
	.quad 0x026d3b7acfdf0800, 0xffd49acec6498000
	.quad 0x8120d8c9bcce0f55, 0x2b2bed3bcfffff7f
	.quad 0x0085063f7e800000, 0x453c62188d1cdf00
	.quad 0xeb834c50fffff6fb, 0x1e5b40ccebeefdfd
	.quad 0x8000000000000000, 0x7f800000c0800000
	.quad 0x0029916f7867557a, 0x7fa770f800ffffff
	.quad 0x004b981c3e600000, 0x6e2574efbe6730f6
	.quad 0x7f80000043c18299, 0xff8000003967d9fc
	.quad 0x7ff8000000000000, 0x7f8000004356a8a2
	.quad 0x99819af2f05a471d, 0xc040208ac07db241
	.quad 0xfff12592934040f9, 0x7fb4400d99e2a742
	.quad 0xc2c1c87d50800001, 0xffdfffffffffffff
	.quad 0x011b8fddfeffffff, 0x8000000000000000
	.quad 0x30ad9549d3ffffff, 0x8000000080000000
	.quad 0x1a0b652e5986d82a, 0x000009e6a640b31e
	.quad 0xfdd57a3a1b209d74, 0xa3ddc7707fc00000
	.quad 0x251406ce9151bb2a, 0x3e40000041200000
	.quad 0x0038b17bf93eb196, 0x697d786ec10c0c7b
	.quad 0xfff0000000000000, 0x48722a5840980000
	.quad 0x5fc07c2f3fc80c26, 0x3c6abef73fb00000
	.quad 0x59c3da434252269c, 0xc1180000beb685f8
	.quad 0xbf400000bbbb9901, 0x403ca25ff3a8970a
	.quad 0x7fbbe01345fffffe, 0x7ff0000000000000
	.quad 0x9ac879aad2eba9fb, 0x40e0000000000000
	.quad 0x9e61c845c2767cc1, 0xbfbe5f11fcb5ffc9
	.quad 0xc6296afa7ff72934, 0xd8ae6bd5e17d1080
	.quad 0x2aed9cb84dca6479, 0xc7a00000913202a5
	.quad 0x7880b2c180000000, 0x000a73b5ff800000
	.quad 0x8154def421d1b800, 0x12cf824180000000
	.quad 0x7c0271795c633d12, 0x698b1e6e7e1c3300
	.quad 0x016c052a80000000, 0x0bb0d92f697788c2
	.quad 0xbc5e1ddaf3e69091, 0x43f0000000000001
