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
	.inst 0x1e261930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e2ed5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c3012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30d8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f9398d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e325a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e69d556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f36fe57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f3388b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2df479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f66fc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e332000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e58142d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a495f
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
	.inst 0x1e63c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3048d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2189f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03bcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3459d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2220f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2928f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1885b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e312010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2dd85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d299f
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
	.inst 0x0f2dfd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0fc211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eadf612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0e893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7000e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e683935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e28e4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc692f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea7ccfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61c97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e33391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020b8
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
	.inst 0x1f262910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70f8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3a3014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f32d0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6588d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e330978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3829d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f36fd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6cc588
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e69026f
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
	.inst 0x6ee0f8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2140f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0b8d72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e700203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e225814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b0875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e25e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3520a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e58fc09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f36fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7df01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0dafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6300fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e616b9f
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
	.inst 0x4fc491b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e675831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eefed52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f5bfd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6241d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0bce18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f2dfed9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2288da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59894b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4cb4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21789d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f23385f
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
	.inst 0x6eeee590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2009d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eeac5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e643833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d6a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e69e675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3515ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e25f68a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25f5ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e702170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7001ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f048dbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c0bf
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
	.inst 0x4ee1d590
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
	.inst 0x1e7a3012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eaec4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e4cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6641b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e203816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1d897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e03c159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f51219a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e69020b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6169fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e617b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f21c0
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
	.inst 0x1e6819d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e71fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e618834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e200086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f13a977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e60d558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21ca1b
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
	.inst 0x6f68fc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e42f55f
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
	.inst 0x1f0aa010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0c914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e193065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7af016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f35e518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e775819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6bc51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e65e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e68008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f46e45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27397f
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
	.inst 0x1e780040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e25d411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e292190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6acc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e714a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f692116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e350ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e280228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e710189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692280
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e29002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eaef59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee4fc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f889a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e60edbf
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
	.inst 0x7eafedb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8f90f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e42a152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a3014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2918b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3100aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3b101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f27047d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c747e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ecd1f
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
	.inst 0x1e208870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e182801
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e307832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1a913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f138215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eb7ce18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f07a9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f5efddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f39bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23003e
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
	.inst 0x4f7ce4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f051611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea2cdd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e020973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a4a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e628835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e0976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1b837
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
	.inst 0x7e30d9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e217d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eeae43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b295c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeec5bd
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
	.inst 0x1e20c2bf
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
	.inst 0x1e6239b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7069b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64d513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f06a233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e247a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e23e4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2300b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61285a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7909fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd290dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e28e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6cc4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64014f
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
	.inst 0x1e2a19d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b2831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa25212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f21a634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e5959c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2a2c56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc498ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f8899bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65403d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e20df9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1a97f
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
	.inst 0x1f2731d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f901211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef1e4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e232814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2cbd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0e876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e727957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f4dfc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e364a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e73ce7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2200db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3801ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1989d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e22fd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602058
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
	.inst 0x1e270950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e600201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4c3812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a7913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6141f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30f935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6801c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e692240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f653858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fd851b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e218afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f79e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f58e59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64547b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e4d3f
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
	.inst 0x6ee1b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e600893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c08f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0ca15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e653956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e02f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e718444
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6118f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0d93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0f9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21699e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6df01f
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
	.inst 0x6e2198f0
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
	.inst 0x1e6a6a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e205974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6240f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f750856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e712857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f2ee478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3901a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f45271b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79793c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61aa1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e603c7f
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
	.inst 0x1e749010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eadd611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e25c592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f34e5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e617994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e601d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02ec56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d858
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
	.inst 0x6e6fe4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c1a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0ed3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69026f
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
	.inst 0x1e655810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e321814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f03c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e8876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e219957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21b8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f220179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcc11da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e695b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1f49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c35d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6569ff
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
	.inst 0x2ea6c410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e4248f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e198544
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f9490b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7de4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4d4657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e665898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1f9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7325da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6019fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e792220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e29fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f9ff
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
	.inst 0x1e2301b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6aa8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2dee33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e42d095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb6d497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e34f578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa11159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e23ecfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea19a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e221a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f7a915d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f492e3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f70b49f
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
	.inst 0x1e210000
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
	.inst 0x9e6401c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3100c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c254
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
	.inst 0x1e7101a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61887b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e301abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02711d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21189e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b18ff
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
	.inst 0x1e6401c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f044011
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
	.inst 0x1f021573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6549d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1b896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e295857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e73dd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f951819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b1a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fb1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6741bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeac47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202b9f
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
	.inst 0x1e6f08d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3315e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee3e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0d416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e29fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1d638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e647522
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea8c57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e616abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f8a515d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0c89f
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
	.inst 0x7fc298b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3bf011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6201d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2201d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0f9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6622b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e20ee78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0c539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2168db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d569f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18e28d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fb09bdf
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
	.inst 0x1e2338b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2e4012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f66a8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2c8955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e723a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6019b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee189b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc91039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0da3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e5918cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1b9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f45861e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c03f
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
	.inst 0x2ea1c450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61e491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e664192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c758a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e240204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61b896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0f8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e24d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f622c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e21002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e26f65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0fabd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24034e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fa05a9f
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
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3079f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7001a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e72e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0dd275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e62e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f36ad18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f943f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e24de7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21783b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e24000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f3904fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1b93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f22b49f
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
	.inst 0x1e2908b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eaaedb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2410d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02b573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd091b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef0fa55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e290876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30ca97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03cc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e680089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f200e9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f2bfefd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e24f43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e632140
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
	.inst 0x0f8158f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e64f451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a49b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2189b4
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
	.inst 0x1f52bcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4dc0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6201b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f3efeb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39024a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d09bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e67ec3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e67dc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e70008f
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
	.inst 0x9e3800c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2178f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e622a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f63fdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0ca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0f895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f635296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3900e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e02c4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e204999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2fe4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ef9f77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f762efe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e21abbf
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
	.inst 0x2eabedd0
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
	.inst 0x5ea0e912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6019f3
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
	.inst 0x1e27c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e305a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e6168d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e69ce19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21b9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e77399b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2629fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66791d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b085e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6541ff
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
	.inst 0x1e6e1930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61b931
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
	.inst 0x7f2ee573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2218b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f3324b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e28f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e280168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61a83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e67f5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f1b0cdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e1abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c03f
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
	.inst 0x1f642410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61e491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1a872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea2c5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef3c5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eecf576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6e1ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6200d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1da9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f27943e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65297f
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
	.inst 0x4ee1a850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6401c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630053
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
	.inst 0x6eb0c9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e244056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f23fd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e616958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c2939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68593a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e08db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f94593f
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
	.inst 0x1e2b2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea4c4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea1fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee8f453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2301b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f7bfdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f528517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2229b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fa4927b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc3907e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d5bbf
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
	.inst 0x1e631910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e692852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f458113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e73d580
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1a955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e226856
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
	.inst 0x5fd31878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f48b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66433a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea6d5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee4d6dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73891e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2623b0
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
	.inst 0x1e622110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fa211d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc458f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20ee15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f062a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e30ddb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e37cd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e652010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6be52f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b597e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e36c57f
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
	.inst 0x1e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f053951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0e8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6f24b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eaacd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f089d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f2cfdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7800e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61aaf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e673979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e4298ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e20f4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee4ff5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0b24bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f4be6be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202088
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
	.inst 0x0e2ae490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e664211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7900a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e8974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f3cfc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea19876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fcb9877
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
	.inst 0x9e3801e9
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
	.inst 0x1e58bacb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6168dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6503ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc898bf
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
	.inst 0x1e682850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eeec5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1b873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e5874e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e438cb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e385018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e73fc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b04dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f25389b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25c21c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e31008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f38e4be
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
	.inst 0x1e668970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6168f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f090c32
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
	.inst 0x6e61d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea2d555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4bacf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2039f9
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
	.inst 0x4e2179db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29ec9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79018f
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
	.inst 0x0e2af570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e425d72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7f3014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21ca15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a3a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f60a097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e616878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f060179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3001aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c27b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2009dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e7ae75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1f5bf
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
	.inst 0x6ea198b0
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
	.inst 0x7ef0c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e643d73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0d914
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
	.inst 0x1e700126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a3a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea18818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61da39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea7e4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e619a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1887c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03441d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6439bf
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
	.inst 0x2e6169f0
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
	.inst 0x1f0e2e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e69ddb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee3d435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f54b137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f643098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6589b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58c8ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2fb890db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f70205c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e631672
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f601a3f
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
	.inst 0x4ea0d890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0d932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7cf014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f7fe597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef4d578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2ffc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e309d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2958fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0c89d
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
	.inst 0x1e6389ff
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
	.inst 0x1e6001c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e251873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e610084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e232080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6168b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6022d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fb59a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6e041b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f293c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63281e
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
	.inst 0x1e638810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f33fdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2ffe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f70fe33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef0f534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e6168f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3902c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e2adc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0e919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70c81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6516b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e60c55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1f91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eead57f
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
	.inst 0x1e2028b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e723913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2100a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6efd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f514d96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f210037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1ba78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b39b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fca52fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e23f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6cf5c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e29002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e73687f
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
	.inst 0x6e2ed430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f43c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2b0952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e62e4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e428514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f57e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6201b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee8f6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2fa699fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d14cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f8c58dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f621cde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc11df
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
	.inst 0x1e2321e0
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
	.inst 0x1f03c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0f4a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58a124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6538b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e39f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee7d498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19a069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f29fe7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6908db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eb4f5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3a20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7a28de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f38fd5f
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
	.inst 0x1e604423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3121f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e72c453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e62e614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0ea56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1aa37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e326978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b28b9
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
	.inst 0x6ee1a9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e68030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41355f
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
	.inst 0x7e2cedf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59fc41
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6b2e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6319d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f491dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b4581
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2300d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2800ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e219b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f3bfdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f238a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1d9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e73783f
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
	.inst 0x1f47a8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7028b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e613dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6240b4
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
	.inst 0x7ef0c896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e315979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f75b03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f8298db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6bad5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eadcd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e797abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f25a9bf
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
	.inst 0x1e21fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e708852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e686974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1a915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e743876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1b837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61b879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e65dd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f8790fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eacfd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6801ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e22ff9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e338699
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
	.inst 0x2f21fcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e251a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4d4552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1a933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e28b40e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e26ddb6
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
	.inst 0x2ea7e618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a38f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6ac640
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f8f9b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f8158bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03347d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e35dd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c0bf
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
	.inst 0x7e2eec50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18b601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f269c12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e58f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c4db4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e6178b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e619856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e200107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f000499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e77085a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2fb29adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7901cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e58896e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2b30df
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
	.inst 0x0e617930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58e001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2201f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e32f435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0da95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21a8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2300b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6000a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4c899a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8b119b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3422c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e27d5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea5e53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a59ff
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
	.inst 0x5e60fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21a9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7000e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f652093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f699474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b5915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb3f596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea5f657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e2fddb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e290289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e66fcba
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
	.inst 0x1e23c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7418fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7859fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e23fcdf
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
	.inst 0x7f22fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f253472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e27c593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e59d984
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f2916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fb05157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e702858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e78e6fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e7adc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee19a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24489d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d8f1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e23c59f
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
	.inst 0x1e664190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e290912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcd5217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b242c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b28d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc7919b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f22e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e31008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e27ddbf
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
	.quad 0x78aaa4e33dd3bba9
	.quad 0x08a82b8eef25bd19
	.quad 0xfffffffffffffc70
	.quad 0x00000000000202b0
	.quad 0xffafc4341b98429f
	.quad 0xfffffffffffffe63
	.quad 0xfffffffffffcec84
	.quad 0x0000000000000000
	.quad 0x00000000000000e3
	.quad 0xffffffffffffff75
	.quad 0x0000000100000000
	.quad 0xf2e757e83107c4ba
	.quad 0xfffffffffffffc79
	.quad 0x0000000000000261
	.quad 0x000004b1402bfce1
	.quad 0x750e9abb9ff669f4
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x7ff2eb0d0d7c141b, 0xfff0000000000000
	.quad 0x24e8867bff3efe56, 0x7f8546f66c257bdf
	.quad 0xc4315732bfffe7bf, 0x3aed1c2284de5f32
	.quad 0xfff8000000000000, 0xacebcd00bff6fbee
	.quad 0x4018c55940e40000, 0x5f7ffffef6c848dc
	.quad 0x7f80000041040000, 0x18cc9624b8170000
	.quad 0xa5cb1dcfb99fff93, 0xbfeed667cf7d8a50
	.quad 0x00ffffff3e5592b5, 0x41040000ffa0a670
	.quad 0xfb59086ecacefbff, 0x40e0000000000000
	.quad 0x3fa248b632be6c70, 0x03ea6cc3f9aec65d
	.quad 0xbfb579ef3261a92a, 0x70edc32affddde8f
	.quad 0x424924f600000000, 0x525268ca99dccd89
	.quad 0xc5a6f34bddf57d40, 0xd825a4f183aafc0a
	.quad 0x7fffcef174d8df77, 0xff800000ffc9f8a5
	.quad 0xfeb2e25b6c724000, 0x9f308f06157151f8
	.quad 0x3eb4000000000000, 0xb1e1a6997ffa9177
	.quad 0xd33f9e6bffc1a062, 0xc1effffffffffffe
	.quad 0xa2a29acc04778000, 0x763e0bff3de00000
	.quad 0x41a503f0aa7bb0cb, 0xc3c8cb717fba433b
	.quad 0x2566a9de806c0a96, 0x7ff0000000000000
	.quad 0xede4338760848000, 0xaaad9bbc7fc5bf68
	.quad 0x4b299e030b1f4a53, 0x4340a27dae6d285f
	.quad 0x7fc00000703897cb, 0xfff186f8b06bbe58
	.quad 0x3d095e2dea639af8, 0x83191f0779d16122
	.quad 0x7ff0000000000000, 0xffe93011efb9b52b
	.quad 0xf8cde366005f21a2, 0xc0f80000ffb4723a
	.quad 0x436ef213ffc00000, 0xffd0000000000000
	.quad 0x800002182043062e, 0xf5da3ea05b7a0e30
	.quad 0x4017000000000000, 0xffc00000c79c4b5a
	.quad 0xf728ca9d7988c006, 0x8286bd18dee926e2
	.quad 0x3ffa000000000000, 0x3d7afdb07f8bef4a
	.quad 0xcee475da6ab10ae3, 0xee46846b7fc00000
seed1:
	.quad 0xfc95b048e26284d4
	.quad 0xe8e8288e0861eab3
	.quad 0x46bc50f20387fc21
	.quad 0xffffffffffffc31f
	.quad 0xce2f6a17b76fe98d
	.quad 0x0000000000000095
	.quad 0xfffff1989c98c200
	.quad 0x2c7375fa3022ffd3
	.quad 0x5557211d3d7d0bfb
	.quad 0x0000000000d384b7
	.quad 0xffffffffffa385f1
	.quad 0x3b8c90c88dbfd972
	.quad 0x0000000000000000
	.quad 0xcca6d0edc4370f60
	.quad 0xfff55e00c9bb021f
	.quad 0x028fcf2e5e0d14a4
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x28fb5deab12d1c65, 0x002fffffffffffff
	.quad 0xc8a709baebffff84, 0xe34af3a67fffef7f
	.quad 0x0000000080000000, 0xc0330661c6280000
	.quad 0x3ec50122c7fff3ff, 0x000fffffffffffff
	.quad 0x67ff8f4f282f7588, 0x7612681fffc9ce4b
	.quad 0x80000000bc15a24b, 0x6f13889fc065d2eb
	.quad 0xffedd4819502e8f9, 0xbffe000000000000
	.quad 0xcfaf7bb103133c9c, 0x4010000000000000
	.quad 0x22c88ebcbf92090b, 0x839ea3a8c2400000
	.quad 0xfff7923556a420fa, 0x6fafba46419278b5
	.quad 0x00ffffff2afc2d1f, 0x86ce7477ba417d88
	.quad 0x628881c5bbfe07ff, 0x8266ddea5469c261
	.quad 0x8a7251a5ffffaed7, 0xc08f76cfe050a07a
	.quad 0xbdc8c331c035cd5d, 0x4616e872f43a740a
	.quad 0xd4717b21beff5539, 0xfeffffff7e800000
	.quad 0x802eaca153f3acaf, 0x5233e09efb8f2752
	.quad 0x292c8aebce93639c, 0x16a84de4bdd0b93f
	.quad 0x8078d01876394c93, 0xbf04c596ebb384fd
	.quad 0x2bfc0f713e2cfd67, 0x52d38af4d19d7404
	.quad 0xd23f759d37600000, 0x066cd5b6fc9a9694
	.quad 0x8008000000000000, 0x0000000000000000
	.quad 0x94dd8b7380000000, 0xffd64b71b55772b1
	.quad 0x177049c2c1140000, 0x00e942d2fffe7c01
	.quad 0xc01c000000000000, 0xb9b00000083f836b
	.quad 0x2f1e4d3589974926, 0x3f97c00000000000
	.quad 0x0163802ab35a1cc0, 0x8000000000000000
	.quad 0xba6f7042a8743e12, 0xa00a0926dd6bde0d
	.quad 0x1e0f7c6e8ea1b0f1, 0x000000007f800000
	.quad 0x403d47be410efb7f, 0x7fec4dd84303b1e6
	.quad 0x3f30000000000000, 0x7fc000007a297b31
	.quad 0xb45d8ef4934edafc, 0x4ac7f171ed5f805b
	.quad 0x19c848c7fbf135a6, 0x7fffafde816d0d07
seed2:
	.quad 0x0b36b948667a3c1a
	.quad 0x426c15e7e4b6614f
	.quad 0xcdd8c5ebad005638
	.quad 0xfffffffffffffda0
	.quad 0x000000007fffffff
	.quad 0x00160f01629afa03
	.quad 0x00000000000001f8
	.quad 0xd08d6fa7715ac71a
	.quad 0xfffffffff7e4df08
	.quad 0x0000000000000167
	.quad 0xffffffffffffec38
	.quad 0x0020000000000001
	.quad 0x000002b02d595257
	.quad 0xfffffffffffffc49
	.quad 0xfffffffffffffcc9
	.quad 0x00000000000000c2
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0x4a7b965882130800, 0x4a6c472dc398b28e
	.quad 0x3d1d9ec82d014012, 0x814cf9010a91cb2c
	.quad 0xaf434457d7ed4c19, 0xbfa1c80e7ab84a51
	.quad 0x4028824b2b795dd2, 0x401f000000000000
	.quad 0x8185be904cef620f, 0x8fe87d91ffc38e42
	.quad 0xc008000000000000, 0x41990f368f7fff8b
	.quad 0x7ff6ef40b5df176c, 0x96fba1f4b18cbe19
	.quad 0xee8db153d7e1058d, 0x8000000000000000
	.quad 0xc2ac8fd8ff800000, 0x5fa44bd747277d7d
	.quad 0x435913f0be1c3974, 0x8004b4dc1c7a0cb0
	.quad 0xeda3ebf4ef7beeff, 0x7fc6906cff2a5939
	.quad 0xd9a261e25f7fffff, 0x7fb42fe200000000
	.quad 0xebd4d4544cdb6b05, 0x713277f9354ab4d0
	.quad 0x10dc8a06816ba5a1, 0xffc00000bd900000
	.quad 0x7effffff7f800000, 0x3f7a87e5a2572d50
	.quad 0x51381047f75a6590, 0xa014d558b7291bc0
	.quad 0x95366a927f196899, 0x80000000eb929d95
	.quad 0x7ff8000000000000, 0x434f21147fabe2ba
	.quad 0x405ec08dbc8af147, 0x32b89b29b7f5ff7b
	.quad 0xc090000070d546a7, 0x1ad302ca4f6507ff
	.quad 0x071a0c1d7ff24e8e, 0xbff7a8e8e106f428
	.quad 0x8986e709fdf27bfb, 0x3ed2100000000000
	.quad 0x3e8b4286fa1cfbdb, 0x8000000000000000
	.quad 0xc0d3500000000000, 0x407c000000000000
	.quad 0x16246cf770bd1164, 0xbed0000000000000
	.quad 0x477e545dfff5bbec, 0xfff2b9c196323b2d
	.quad 0x00800000c031dfa3, 0x4094000000000000
	.quad 0x98be4bee807fffff, 0xbf7f000000000000
	.quad 0x3fe44b9c27ebe2c4, 0xb99abbd643ca01da
	.quad 0x800e9dbf58b0ddf7, 0x68778866939fffef
	.quad 0x30eaf3b31fcefc9d, 0x62b954984bc5c860
	.quad 0x7c11d6b3c07cedfe, 0xbddfecd47ce45ea3
seed3:
	.quad 0x000000007fffffff
	.quad 0x407e792943401f26
	.quad 0x0000000080000000
	.quad 0x247222e7138edf52
	.quad 0x26ad4264e2b160bd
	.quad 0xffffff9de29a0ef1
	.quad 0x0000000000000002
	.quad 0x84ac284f05018fb7
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffffd
	.quad 0xffffffffffffffff
	.quad 0xa159893107bcf4c1
	.quad 0xfffffffff0a726ab
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd8c
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x4945d3adac135ab3, 0x23f5df679b3af69a
	.quad 0x0000000000000000, 0xfff512a094b2dba6
	.quad 0x80a45227c8326189, 0x3f4000003f433802
	.quad 0x4363d3b8c95c0000, 0xc017000000000000
	.quad 0xcb476120df1fff5d, 0x48ab9c0548507c3e
	.quad 0x7ff0000000000000, 0x00ea285f017210e2
	.quad 0xb9b8000041aa974d, 0x0000000000000000
	.quad 0xb9cb7c2b19e4855f, 0x7ff0000000000000
	.quad 0x7ff9e4b97f800000, 0x18e22a145a6807ff
	.quad 0x403d222f8bc21ddc, 0xe932ee327f7eff20
	.quad 0xa4efc145351afe00, 0xb3e9193623a30000
	.quad 0xc1fffffffffffffe, 0x403948c5620dbcc9
	.quad 0x7fda6b2d7f800000, 0xbff6000000000000
	.quad 0x0ec5231bdbbc0000, 0x59fbb781e72ff7df
	.quad 0xfe8d40283a63a33a, 0x411800005fffffff
	.quad 0xc000000000000000, 0x8008dc0ae6d18de9
	.quad 0xe8e0ca0c4d909f05, 0x423ec119669e7c00
	.quad 0xa43e1a98fbffd7ff, 0x401135d8ff1c1a38
	.quad 0x79b584a8f20fb77c, 0x7ff0000000000000
	.quad 0x0b0b22f8439e7c00, 0x401c000000000000
	.quad 0x7f7fffff00000000, 0xc38203a2172e866c
	.quad 0xf43ed8219ea548eb, 0xbd01f1537cdfb07c
	.quad 0xc0770781b3508e9e, 0xff380a023ee7fa0a
	.quad 0x40657228a7695900, 0x3fe23692c8f3854d
	.quad 0xc0870dcfcb1dacb4, 0x485c00008faea66e
	.quad 0xff87b389aa783879, 0x768ec34676ccfc00
	.quad 0x799791896ffeefee, 0x37d8f3e473ebff49
	.quad 0x00b3dc8b32c1d372, 0xbdac158fff577eb7
	.quad 0x57fc3e6afbfe4e26, 0xa131728f6cbf9100
	.quad 0x5a84cc67feca8000, 0x43e93f81fb0f8646
	.quad 0xc09c000000000000, 0x008ddfd097dab8bd
	.quad 0x0a89e3bdf947fe00, 0x6a00a51527977d95
seed4:
	.quad 0xffffffffffffffff
	.quad 0xffffffffe8d050cd
	.quad 0x0000000000000050
	.quad 0xffffffff80000000
	.quad 0xdfe882b677137061
	.quad 0x005cdb8f66974873
	.quad 0xfffffffffffca776
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffff191
	.quad 0x37d012c106d11d48
	.quad 0x00000000ffffffff
	.quad 0x01de0b7581fab8d3
	.quad 0xfffffffffffffd9b
	.quad 0xfffffffffffffff0
	.quad 0xfffffffffffffcba
	.quad 0xd45c9d02b2180de5
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x5bcd7fd0fddb5fa7, 0x7f4b51e638cbf2c3
	.quad 0xfded789bdfccc600, 0x7ff0000000000000
	.quad 0x9b86c53dfff97de5, 0xbf747f41a8cab6f5
	.quad 0xeac7a16aaf940800, 0x7f8000003c4d00ee
	.quad 0x0f512004f7fffffe, 0x7f239b243efffa90
	.quad 0xbe67ee9d12d623f5, 0x80c963d726042cb0
	.quad 0x7714038ca7ea0f69, 0xa2be61a53beaf89c
	.quad 0xfff0000000000000, 0xcd225e72dd5507ff
	.quad 0x417335473c1f0000, 0xc17fed9d7fc00000
	.quad 0xffc00000f4821bd1, 0xfff6b7bfe70778a9
	.quad 0xf42ea9b57f878b3d, 0x1cc06088ffbd71b1
	.quad 0x80277ab3ba50ba36, 0xfc8adee3a11f9c2c
	.quad 0x1863d3c8ffb83c5d, 0x42aed2167821a914
	.quad 0x7f95d42d0028d87d, 0x435d39bfffbf92cc
	.quad 0x8095650e3bf3d7a7, 0xd2f34216e8878000
	.quad 0x40ffffffffffffff, 0x2268bc76648a0000
	.quad 0x3b91df067bc5ffe7, 0x909e653c7fed8161
	.quad 0x3d05cd6a7ff23a32, 0xffe5b1b56bab8bd0
	.quad 0xd48bbc3edfeffca3, 0x401a800000000000
	.quad 0x7fc000007f9ac9c2, 0x000000002281a746
	.quad 0x4023000000000000, 0xfff0000000000000
	.quad 0x405fcb75795e94e7, 0x1f75ea70bc8fb080
	.quad 0x7c456eec93948000, 0x6d08c4967f65dffb
	.quad 0xcd5b86e9a6e98001, 0xd5bbfb07ff3ff9db
	.quad 0x000ac5be592bbbc9, 0x7fc000007f445395
	.quad 0x7fdfffffffffffff, 0xbe629bdd00000000
	.quad 0x3be53579ffbefc57, 0x2a28a37ac2007cd2
	.quad 0x3da4992537800000, 0x3c861a19dc2f7dc6
	.quad 0x41160000bca37d48, 0xcdcb30277f87ff69
	.quad 0x801fffffffffffff, 0xa282143477c92cd0
	.quad 0xd698543a6d7073d7, 0x2eb56851f9fffffe
	.quad 0xa34c4326ed213ac8, 0xe17ffffef60838b8
seed5:
	.quad 0x85ecae9932adce9b
	.quad 0xadac7b409379062b
	.quad 0x722a9b7279b757bc
	.quad 0x005f330edbfb6de6
	.quad 0x0000000000000042
	.quad 0xff881c68d452efef
	.quad 0x548f615b6c3ec1fb
	.quad 0x072ae10866773c04
	.quad 0x00000000000002f8
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffeae
	.quad 0xfff7803029a035c7
	.quad 0xe21e091ef6a75587
	.quad 0x002dd295aea2c690
	.quad 0x55d816ddada2b45e
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x80f526235d8d79f2, 0x8196f36f9c62b8d4
	.quad 0xffc00000bf7380ba, 0x3f1e000000000000
	.quad 0x1096f65e087fc4d1, 0x7fa6f7b269e5cf82
	.quad 0xfe42c6ac4a46b363, 0x7fd0000000000000
	.quad 0x8fc90ad1c40dfc00, 0x4ffffffe807dd812
	.quad 0x1daa9913d9810000, 0x7f000000ff9a4ff3
	.quad 0xdb9cbf4fd50fc7ab, 0x874bb9061a27236d
	.quad 0x403000000ea21bd4, 0x7fc00000ff800000
	.quad 0xf3707fd71aa6c7b0, 0x3d5b0725ef548742
	.quad 0x8029125f00000000, 0xfff0000000000000
	.quad 0x760871fd5f7fffff, 0xcf59cd32c7b68141
	.quad 0xffefffffffffffff, 0xa4b50508d7d49dfe
	.quad 0xfff2478fe12d784c, 0xd9f9be6086194830
	.quad 0xc04cff24657b5041, 0x80796e5f80400000
	.quad 0xbf9dcc0c40fc0000, 0xbf28c4ddc23387e1
	.quad 0xc05d679fab82d1f0, 0xd464e227d59d0800
	.quad 0xe2cd67894bd45579, 0x0f7be65b4fed35b1
	.quad 0xff89dacc801aebda, 0xc1700000c4a80000
	.quad 0xda5270f07b407c00, 0x7d8a88379c274719
	.quad 0xfff0000000000000, 0xf87e0949512a9f3b
	.quad 0x3f73c7fff08ede25, 0xc251aff580ffffff
	.quad 0x7f9971ae16803f2f, 0x3ce2dd783ef5b36a
	.quad 0x8123f9fa76b37460, 0xbfa4c8420afaa05f
	.quad 0xd2d97d57568b0800, 0x0eff0c8c1a598978
	.quad 0x1028ebae00000000, 0x7ff7aa9d1d1fcc33
	.quad 0xffd6b926a892f8c8, 0x2df80320fffdfc00
	.quad 0xbd0799014f7ffffe, 0x7fdfd3b0c0d50b6b
	.quad 0x7f8000003e4f0000, 0x80445ea1ad5b180d
	.quad 0x29638821ffffffff, 0x4c9724029db7896b
	.quad 0x80b0055d34fbc200, 0xff800000729e35db
	.quad 0x7602b01eb33ffdef, 0x1c68f47070e82f9a
	.quad 0xa2227781bcc4eeff, 0xc01f800000000000
seed6:
	.quad 0xfffffff239ad9189
	.quad 0xffffffdf868a05fa
	.quad 0x8df6d6cf26ca07d1
	.quad 0xfffffffffffffcb4
	.quad 0x1cd585be3d7dbf71
	.quad 0x8ec5af023a555bd6
	.quad 0x3537f5ea9cbf9e3f
	.quad 0x992522ae52013a9b
	.quad 0x00000000000003b9
	.quad 0x00000000000001f4
	.quad 0xfffffffffffffd8c
	.quad 0x0000000000000383
	.quad 0xffffffffffffffff
	.quad 0x0000000000000283
	.quad 0x000000000000020e
	.quad 0x58bbb1e01e51f409
	.quad 0x02400000
	.quad 0x10000000
	.quad 0xb640e53dcfffffff, 0x374603021200c96f
	.quad 0x38b29b9b41200000, 0x8004d629eb153f04
	.quad 0x800fc13880000000, 0xfe4881dee1d0e513
	.quad 0x3f56b884c0100000, 0xed3a32ef467f0000
	.quad 0x11989c2e8a11fe00, 0x0000000000000000
	.quad 0xc02aa69e6734d897, 0xc25c270780025d64
	.quad 0x9e30bb6ef5e0fc00, 0x80ad5415f044b177
	.quad 0x92ab62e116452452, 0x01b4f08b7fe82f9c
	.quad 0xce7dea0bfff7df7b, 0xd2a099e04eb0d20b
	.quad 0x37c0000080000000, 0x040c376bffc97811
	.quad 0xc01f000000000000, 0x401ba40005cc5592
	.quad 0x000000000b31c3cd, 0x06c759cff240caf7
	.quad 0x9cb6dc6fb62dfbff, 0xef259c477fffffff
	.quad 0x9436b36692337a2b, 0x1d22e7a901000000
	.quad 0xbf9f2b8bd0114f21, 0xb66dfd1e89eb0500
	.quad 0xf7fa1867f2449815, 0xbfa0000000000000
	.quad 0xfff13c5e81b1aaad, 0x0d8e351aa8912394
	.quad 0x870572b0239a7b92, 0x43153ed7ff178e52
	.quad 0xffd0000000000000, 0x56a4714da725fba0
	.quad 0xff3c4f0c00000000, 0x7fc00000bbc00000
	.quad 0x8110fdc1e0d20000, 0xf8ee3c60ff92d423
	.quad 0x0008000000000000, 0xcbd95394b98b536e
	.quad 0xc32b138c7fc00000, 0x1a821584a75c5ec9
	.quad 0x6ab8c2a1c07fadb8, 0x90f103d46bff7021
	.quad 0xe106f55fdefd7fff, 0x46a6579c953df7e4
	.quad 0x5a8df1e8d9b08000, 0x2e45e64452397c00
	.quad 0xc2319596f13a1f0b, 0xff8000005ffffffe
	.quad 0xc8d40000eba60e0b, 0xbc273f5e017fffff
	.quad 0xfe800000d9800001, 0x65addbfcffe3e7fd
	.quad 0x70ca0322dffbfdf8, 0x8000000003f70c9e
	.quad 0x40258cf3fffefd5d, 0xaf97133ce2fdf2ff
	.quad 0xfff0000000000000, 0xd6245082fffdf39e
seed7:
	.quad 0xfffffffffffffffc
	.quad 0xd17dde695357e359
	.quad 0x00000000198637a8
	.quad 0x00002c37a15d5d7e
	.quad 0x042cd2f049d77f20
	.quad 0x00000000000001f1
	.quad 0x000000000026900f
	.quad 0x0000000000000480
	.quad 0xffffe1ae0ba0da3d
	.quad 0x12242eb92862f747
	.quad 0x000000000000002f
	.quad 0xef6602b72ac840a3
	.quad 0x0000000080000000
	.quad 0x06c4911babc44da0
	.quad 0x130188057fa0903b
	.quad 0x0972dcb16355fa62
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x7ff0000000000000, 0x7fd05196bc558599
	.quad 0xdf8747fd00000001, 0xc058c134680f76d3
	.quad 0x800e3bed88ffcc00, 0x2586ea318909b06b
	.quad 0x2f90c6df1dbdc740, 0xc432b03861babcfb
	.quad 0xefbc1b1effaea7b0, 0x70018f70d3a37bff
	.quad 0x802fffffffffffff, 0x26799c90bc8a54c2
	.quad 0x401c800000000000, 0xff800000ff7fffff
	.quad 0x7ff0000000000000, 0x40f4c1570a60eeb9
	.quad 0x5ffffffe3976e1fb, 0xf4517e057f800000
	.quad 0xf085322db9a6c740, 0x8000000000000000
	.quad 0x4bca75bdeb6c03c3, 0xffcb1dcd56a38a98
	.quad 0x3f75f7fed55a16c3, 0x32fcb482ffc37c85
	.quad 0xffffc8b79a669aa1, 0x3fffffffc0a00000
	.quad 0xc273e7e15f324cec, 0xded9d39b5591426d
	.quad 0x6955b152a8c0e63f, 0xfd79677b9b79c118
	.quad 0x4da7938107940000, 0x3598b2f59d7ec300
	.quad 0x694ebb17ff9ebbcd, 0x406f575a2ad05466
	.quad 0x434ffffffffffffe, 0x054ccb696a10a5b0
	.quad 0x82a31746dcbf974e, 0xc78623f9ffbaa5b1
	.quad 0xbf6a289c00000000, 0x798f28f3fe60aacc
	.quad 0x000000007e800000, 0xdea3831f1171d4a4
	.quad 0x3d3bc274804ea554, 0xc01c000000000000
	.quad 0x0010000000000000, 0x12df3bfc8595586c
	.quad 0x59c2021afbbefc89, 0xfed86bee75d4ff7e
	.quad 0xb130d5b6d4edbdc1, 0x1d02a820fa35ebff
	.quad 0xfd89eb51885265c5, 0xbfed348506e1c0a6
	.quad 0xbfd276f3356ae32e, 0xf092164bff814a9d
	.quad 0xffea44d2b594fb61, 0x2a27a9a5c001cc33
	.quad 0x695a5bffff8fc720, 0x5575d4797f800000
	.quad 0xcc7f7b5ed6d3fd1b, 0xb5e90000353eb42d
	.quad 0x7fdcc9707fb34a00, 0x3a19753bbf47fac0
	.quad 0xc2df689b43ffd7ee, 0xc07ffffeffca5fbb
seed8:
	.quad 0x3aa73e439a3e317d
	.quad 0xfff9affb0bab0d8a
	.quad 0x53a4d2a57bea9a2b
	.quad 0x9df202dec89c47dc
	.quad 0x00000000000002f0
	.quad 0x44741103c9cc9f60
	.quad 0x0020000000000001
	.quad 0x00000007d6d4fcf3
	.quad 0x75e2ef723f5fc711
	.quad 0x7fffffffffffffff
	.quad 0xffff12e211c7a9a1
	.quad 0xffffffffffffff20
	.quad 0x00000000ffffffff
	.quad 0x0000000000000069
	.quad 0xb416fac2c76c60d3
	.quad 0xffffffffffff8872
	.quad 0x04800000
	.quad 0x30000000
	.quad 0x3fb263967ab345ba, 0xe6b968fb662e7c9d
	.quad 0xe9837499fdfff9ab, 0x4014ec3359a185ac
	.quad 0x80000001189e61b9, 0x3ff00000f0bf1590
	.quad 0x13890487a35e8b52, 0xc031200000000000
	.quad 0x5bb41845f6d6ff8c, 0xca99d9a9b41894ba
	.quad 0x92932e94b552fbb1, 0x62ef49f1fe1aff96
	.quad 0x1f63b02872af7fbf, 0xc3a17bd3bfb0259c
	.quad 0xc07cf5f74a884df0, 0xe0b93aa2fff7ffee
	.quad 0x2dd04e156af023a6, 0xc063edf434770535
	.quad 0x3f6ec00000000000, 0xb0d96ab97bdfabff
	.quad 0x6d63e3ad47bd4b6c, 0x4f55290f17162a35
	.quad 0x7f692288f8a03f51, 0xc038de096cb6e495
	.quad 0x3725000040980000, 0x1ded2909e0c846b2
	.quad 0xfe922adaf6bc35c9, 0xffd259d75bb24c9d
	.quad 0xecfe7fb8c5e88000, 0x985a31f2be3ffdbf
	.quad 0x5b4ca22659bbf5b6, 0xffff11a2935c7145
	.quad 0x7fc00000c0500000, 0x40d4000000000000
	.quad 0x7ff8000000000000, 0x70e66ff57f9d7d86
	.quad 0x4052c2c73258c11f, 0x7ff81da536b45020
	.quad 0xfe4f75b433b233b6, 0x430175ac00c64c00
	.quad 0xf1932191ffffffff, 0xfb619bb040600000
	.quad 0x8002b618dad263d8, 0x00000000c0d99558
	.quad 0x3fba000000000000, 0x7f800000b12c9076
	.quad 0xae3e65cd175ffbff, 0x27f47a0a731e0703
	.quad 0xee24e2ce2b93b70a, 0xc96c00007f800000
	.quad 0xfe5014b2837c41f6, 0xad7a800ddfffffff
	.quad 0x5e10fb2baeeef295, 0x7fdfffffffffffff
	.quad 0x59fffffe7fc00000, 0xbf8000003eab1e63
	.quad 0x4071f5f3ea4daca1, 0x7f87530c63a7f519
	.quad 0x0242f2af1ff53f7f, 0x905ba4928afe46a6
	.quad 0x3fbc0bd1d67b6c5c, 0x42cc7faeffcf1034
	.quad 0xbfeb7275a085f6c3, 0x3fd0000000000000
seed9:
	.quad 0xffffffffffffffdb
	.quad 0xffffffffffffffff
	.quad 0x73873b0aa7b755bf
	.quad 0xffffffda3ac18de3
	.quad 0xffffffffff52ceb3
	.quad 0x000000000000010b
	.quad 0x00000000000001ee
	.quad 0xfffffffffffffe86
	.quad 0x0000000000000143
	.quad 0x00000000000001fc
	.quad 0xbb9bb15efdba95e0
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdff
	.quad 0xdc7f48e7bd50d0c9
	.quad 0x000000000000182a
	.quad 0x000000000000016f
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x7f800000ffa855ae, 0x80e622a580000000
	.quad 0x98b1fbc6f4b5324c, 0xeed7ac413d2c2227
	.quad 0x52e07ed28e87c910, 0xffa08c1118875e1f
	.quad 0x327aa07cff0f4dbc, 0xe473c66ca5ad1dca
	.quad 0x1deae6e7c5be7ffb, 0x00e1184935d34fc4
	.quad 0x3cfb9d9e7f800000, 0xbec1000000000000
	.quad 0xff8000003c014565, 0x0d3cd821d4c782fa
	.quad 0x2b7341fddddd77f1, 0x7ff0000000000000
	.quad 0x7ffc82599b137534, 0x9426e1492bab3fff
	.quad 0x7ff2fd83ebbf015f, 0xe3921700dfdfdff7
	.quad 0xdd3b6108af39fdd5, 0x3f800001fa3c2e1b
	.quad 0x3f000000a0f6b2e8, 0x94d8205f80000000
	.quad 0xf95cb284bef6da90, 0xf1c2073ac7f3fffa
	.quad 0x01b7aeb43758a6d0, 0xef320f42931a3153
	.quad 0x3e1d50e8bed0bc68, 0xffb831971e52c80a
	.quad 0x3fd0000000000000, 0xb8280000ff8098c8
	.quad 0x41000000ff29b286, 0xfaa61d0c8cf2d38a
	.quad 0xcf9e3f05bced144e, 0xfe08a1ba7fbb2867
	.quad 0xffba13647f5b4ebd, 0x637ab9c5ffe2f987
	.quad 0xbf77e463e6384a4b, 0x34dda00cd5cbfd01
	.quad 0x0008000000000000, 0x31522fb17fc00000
	.quad 0x22ec2b353b89d603, 0x65066d5bff58be04
	.quad 0x0b8763ddbbfed38b, 0x00000000baf40000
	.quad 0x80000000e40c55ed, 0xc021000000000000
	.quad 0x3ffc000000000000, 0xc224b9e73ef837c5
	.quad 0x7ff6680ff53a7f3e, 0x0000000000000000
	.quad 0xc1e0000000000000, 0xfff0000000000000
	.quad 0xd75da750dfc2fbbf, 0x7ffce1477c02e917
	.quad 0xbd47700ac77ffffe, 0xfff8000000000000
	.quad 0x80000000bf080000, 0xcae3537ed1b7f85a
	.quad 0x018a2a6aa760664a, 0xa21668e014474ce7
	.quad 0x7eed6d8f639e4e14, 0xb99562743fed58f5
seed10:
	.quad 0x0000000000000057
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffec5
	.quad 0xfffffffffffffe25
	.quad 0xdb7a89229bad7677
	.quad 0x99c04527e1fe6c93
	.quad 0x0000000000000328
	.quad 0x0000000000000001
	.quad 0x00000000000003d8
	.quad 0xfffffffffffffdcd
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdeb
	.quad 0xb1340927d585016e
	.quad 0xef7de0a62439207f
	.quad 0x8e4146a50ee8f085
	.quad 0x0000001552520f50
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0x3de83cadc7280000, 0xcbfe2f0ddddffd32
	.quad 0xf33c3662033b8221, 0x4322448043320000
	.quad 0x8000000000000000, 0x86e0e4d3fef72a6f
	.quad 0x0a4f84197ff7d78f, 0x407dc75ecc2b2aae
	.quad 0x3ecf104e1544d5b6, 0x8a29b4a7cb5d9e18
	.quad 0xc7e4f5667fbffcc9, 0xac8c4594ffed6ccd
	.quad 0xf4f6ad08fd57fdff, 0x001fffffffffffff
	.quad 0x7ffa2465983315a7, 0x1ef2b59cc94b3c07
	.quad 0xc3a05c4fc8910000, 0x7ff37631081e5a93
	.quad 0x3f9e621c91d8ed2c, 0x3ffc000000000000
	.quad 0xfffb5a8e9934c298, 0xc1fb1cba6e44ce5f
	.quad 0x3f7080008130117d, 0xfff2b620429f84cc
	.quad 0xc2c1c8e149088644, 0x759ab3cc5bacb2c6
	.quad 0xc1220000815d0ef4, 0x001ef488430c2bc2
	.quad 0xbfe8000000000000, 0xbe8d237a20ff9258
	.quad 0xc12000008e9359ef, 0x7ff8000000000000
	.quad 0x006ca8c57fe3d3e4, 0x7371f7163370dabb
	.quad 0xfa244d6077888000, 0x438046b641180000
	.quad 0x09ccb67fbc5faf0a, 0xfff0000000000000
	.quad 0xffd0000000000000, 0x030b50257fad6ef8
	.quad 0x4fc0dd0e41070e33, 0x3f80000080000001
	.quad 0x7fe0000000000000, 0x1c0c8263a2f07b30
	.quad 0x4d050694cd2b90af, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x0000000080000000
	.quad 0x80000000f6b32f39, 0x1900766fffaf7dde
	.quad 0x0fc26a4c40400000, 0x8008000000000000
	.quad 0x69fbcd59c219f3bd, 0xaa4dd8d900be7aff
	.quad 0x9ab8fbe2bec5c6e0, 0xbf7ef2ff7292f8ca
	.quad 0x400a000000000000, 0xffe4cba3535ed8d7
	.quad 0x872a402e7ffffd98, 0x00000000feeca419
	.quad 0x42bcb0e003879a76, 0xbf8000007f800000
	.quad 0xf926a75641423ea6, 0xbff993b400000001
seed11:
	.quad 0xc1589a7beb987b9f
	.quad 0xed49df0a1cc5cfb6
	.quad 0x0000000000000054
	.quad 0x128e93a2fb4c0726
	.quad 0x0000000001000001
	.quad 0xfb882303bd6089c8
	.quad 0x0e3a9d4590058962
	.quad 0xffffffffffb63f48
	.quad 0xfffffffffffffec0
	.quad 0x00000eae7349603d
	.quad 0xffffffffffffffff
	.quad 0xde3d0f08398d15ec
	.quad 0x98152be2d44d95a2
	.quad 0x5270e974617e7540
	.quad 0x0000000011ff574f
	.quad 0xfffffffffffffc72
	.quad 0x02000000
	.quad 0x80000000
	.quad 0xbfc24bc348c00000, 0x13810be894d7bd07
	.quad 0x800000007fc00000, 0x9e45f50e8492dd6f
	.quad 0xc3e87af1dee4fded, 0xc3595b86a73bdb1f
	.quad 0xafdc5ddcd3c9f8b5, 0x008000003be20000
	.quad 0x3fe9ef911d0e4a05, 0xc010000000000000
	.quad 0xdc633b2dd75ba4d4, 0x4021800000000000
	.quad 0x7f800000438cf832, 0x3f41292980000000
	.quad 0xffc0000040600000, 0xff800000c1c6b4dc
	.quad 0x4002000000000000, 0xff981c6a41d9288d
	.quad 0x3e5c5f94d3ff719f, 0x70c3a6faff810400
	.quad 0x000906497ff5682d, 0x4381f529df800000
	.quad 0x14b2615fffc7b777, 0x82af34f01269f771
	.quad 0x7e31e5c77b556c3a, 0xbfd227b4a1820587
	.quad 0x75448ff400598130, 0x7ff8000000000000
	.quad 0x017fffffc05c7950, 0x8000000080400000
	.quad 0xc3bb2945002b65bc, 0x73adeaf9ffe4f39e
	.quad 0xc167c08014e344ca, 0x09b6c4367e901b42
	.quad 0xbf8538430854b336, 0x46ebd539b479b297
	.quad 0x80000000817fffff, 0xa0f43d8280000000
	.quad 0xc3c7e209e6fe8a14, 0x2fc8b996e63e8022
	.quad 0xffe14c13d46d44f4, 0xbeb91d3098634e80
	.quad 0xc3f0000000000001, 0x2d9f1cfdc011d914
	.quad 0xc015000000000000, 0xbfc2db73955a6ff2
	.quad 0xc0d800007f81d068, 0x0fbf2ac4ffc5d7df
	.quad 0x7fdbe4b56f70f47b, 0xc93e0000ff854de4
	.quad 0x403000003c600000, 0x01d5fbaaff93fe7c
	.quad 0x92f13ccfc0006bcb, 0x00171f84c1020000
	.quad 0x6306ca8f7fa7d90e, 0x7fd71e3cc0200000
	.quad 0x0000000000000001, 0x8260c1ab69db75ab
	.quad 0xffb7db26007fffff, 0xfff3be8683d37581
	.quad 0xfff8000000000000, 0xc07012b64b616e96
	.quad 0x00400000ff96de5d, 0x267d2221fd75f27f
seed12:
	.quad 0xfffffffffffffff0
	.quad 0xd074d88ffe4b830f
	.quad 0x0000000000000003
	.quad 0x00000000ffffffff
	.quad 0x00000000000001ad
	.quad 0x0000d30fb9a987a2
	.quad 0x3707c7ccad34aef9
	.quad 0x00000000ffffffff
	.quad 0x4afcedf430e15bec
	.quad 0x269d5a98e78777a2
	.quad 0x63040febc79df6cf
	.quad 0xffffffffffffff60
	.quad 0xffffffffffffff76
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0xfffffffcfd6b5264
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x0000000001570a8f, 0xc12c000000000000
	.quad 0xd2e5e6323dd522d5, 0xdc97ba19e1be7ca8
	.quad 0xfe8d1e1dfceefe57, 0x0c07626877775355
	.quad 0x40e0000000000001, 0x6ae2922ffffba7cf
	.quad 0xcb5ae3840ae0fddd, 0x00000000ffedae47
	.quad 0xf021cdbf9456fff9, 0xff8000007f800000
	.quad 0xf5eac724bfad29e9, 0x7f4e2323668ec440
	.quad 0x7fc000003f800000, 0xfee3ea6800788193
	.quad 0x3ff6000000000000, 0x37a200003ef53e4f
	.quad 0xd1d14da5eefbfdf7, 0xd5b70ed62db22c36
	.quad 0x53ba022041392493, 0x59907501ffdb3e29
	.quad 0x82c2820a2d9bd267, 0xaeeb076d09497d6f
	.quad 0x408d7f15931a520f, 0xfaa2bc46fff8f887
	.quad 0x7dd374018fc4c00e, 0x99e5ecd1ffd1fd6a
	.quad 0x7ff7dc0bb294250c, 0x696f32bcea250000
	.quad 0xa5b85314ffa7bffd, 0x3c94534efffffefc
	.quad 0x705cac79ceaa6ee7, 0x470338777a6e2735
	.quad 0x817fffff7f800000, 0x0eda20d9ff85ec33
	.quad 0xfe800000feffffff, 0x8000000040500000
	.quad 0x409aa4a4bf800000, 0xeee90694d1c5a531
	.quad 0xc4dedd64bfc9fedf, 0xfeb340e5cc08bd16
	.quad 0x80a740b1844bc0b8, 0x5289e22d01613f53
	.quad 0x2161ee3d4fffffff, 0x8002a92fac70c1f6
	.quad 0x3e832c65ffd90200, 0x783ba4b4ee944c60
	.quad 0x6edf4e9dfe5777ef, 0x800d5135060d8679
	.quad 0x5ad8873dfff681cc, 0x000000007f000000
	.quad 0xc2dc0000ff000000, 0xb9af9d927fbf7bff
	.quad 0x7fe2456504d5fd42, 0x7d0ab8877fd01199
	.quad 0x7fa2f0c3fbbbef5e, 0x5c40bccffe3bddfa
	.quad 0x3c47aee8bd604747, 0x0000000053d04a10
	.quad 0xbde70000bd6e094e, 0x80400000c0d80bfe
	.quad 0x4c192a15ffedfd7d, 0x7c9b48284df44740
seed13:
	.quad 0x6a7b91b186917546
	.quad 0xbd308e390d5729d8
	.quad 0xfffffa506bca6861
	.quad 0xeef6eb4acc4ff8f3
	.quad 0x0000000000000000
	.quad 0x00000000000003b2
	.quad 0xef798810846240ea
	.quad 0xffffffff80000000
	.quad 0xa03523375e83817a
	.quad 0x0812d7e304b04892
	.quad 0x000000000000023a
	.quad 0x00000000ffffffff
	.quad 0x000245891551331e
	.quad 0x769e00a6ae6b1e51
	.quad 0xffffffffffffffff
	.quad 0xfa19ebd3b6e7ec79
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xfff6df53f0f5136a, 0xb2af16eeffe203c1
	.quad 0x8d7eb814ef25ff77, 0xbc4666bfc7fffffe
	.quad 0x000fffffffffffff, 0xd3861095ffee7d63
	.quad 0xc237ec3def078576, 0xc24f8ee18134d1ec
	.quad 0xfff0000000000000, 0x835cef17bf5cff7f
	.quad 0xf14f076d94a92f99, 0xb94aec4a1cf94829
	.quad 0x09c35b2a7faaf8c1, 0x81972f9c79d3ebd0
	.quad 0x017fffff3b86b214, 0xb043fc05c8a84880
	.quad 0xffe3e1c9aa13539b, 0xe00feeed6e13effc
	.quad 0xbffe895f5fd0d1ed, 0xaa46e002f6ff7c47
	.quad 0x7ff0000000000000, 0xc0d800007f7fffff
	.quad 0x1780a531755c8000, 0xc9c000007fe133fd
	.quad 0x90b86e12c8000000, 0x627fffff7f411ce0
	.quad 0xff800000408f951f, 0x4055dc15badb96ad
	.quad 0x7fe6bcc777d69059, 0xbf25d247764d59ed
	.quad 0x0168bfb23c994bbf, 0x80069c9fa33a43c0
	.quad 0xff8000007fc00000, 0x87292edbc7800001
	.quad 0xf19c568d14980200, 0x7fd8b74d7fbee56d
	.quad 0x735905cc80000000, 0xbc06e6452dc2e94d
	.quad 0x802744bcab32c949, 0x41ac27c3c6e793e2
	.quad 0xc444d8ca3f317a4c, 0xf08bcf6de0bb7e59
	.quad 0x19fb34f14fff9eb7, 0x0000000080000000
	.quad 0x1d3566a87ad4ee80, 0xff04dbd6c0c80000
	.quad 0x7da5e274b2ac8f62, 0x7ee881ef7fa132dd
	.quad 0x431102fbd21c357c, 0xbf1ef1eb12e4fe14
	.quad 0x73b82d627f800000, 0xbfae393980867edf
	.quad 0x04ff92a77959e800, 0xfff2b17ccf7fffff
	.quad 0x000000003fea52a9, 0x3f96664ac7bb9baa
	.quad 0xd14b59a1c45d0000, 0xffd2a7c5ffca13b5
	.quad 0x02ac5b17c7844443, 0x8000000000000000
	.quad 0x64f5c4f1ffdf7f2e, 0x00000000802b94ad
	.quad 0x7fb20bddc2302d8f, 0x800daaa78f6ea940
seed14:
	.quad 0xff0f521eb3446804
	.quad 0xf9430ee842d98bdc
	.quad 0x353fd83a31e96af1
	.quad 0x8dbd96ec7f6792f3
	.quad 0x9a9e54066428c459
	.quad 0x000000000001d2af
	.quad 0xffffffffffff3926
	.quad 0x00008e3d7b20d8b2
	.quad 0x02976c67283c86d9
	.quad 0xdbe9299f8f8f648b
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x3b471b7e2dc9fb61
	.quad 0xffffff299ca319cf
	.quad 0xfffffffffdf40e8d
	.quad 0xfffffff6b657af44
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xcf7fffff413bf0a8, 0x51be4fa9ff771bff
	.quad 0xbf01900000000000, 0x20c89445ddd7c763
	.quad 0xfff8000000000000, 0x3fccfdba5f82b8c7
	.quad 0x7fb8d23468a4e14d, 0x114f98793ddc3c00
	.quad 0xfdc8772d2d473f3f, 0xfff8000000000000
	.quad 0x000000004352b3f4, 0x428f5d09c3dc3380
	.quad 0xc0b258c540f00000, 0xaa1a215d1598a978
	.quad 0xde132d8bfe50f04b, 0x9c9473e6cf800001
	.quad 0x58964e72db7effe9, 0x8161fa9606258d02
	.quad 0x4080000000000001, 0xc044e709e7ef3180
	.quad 0x3eb8000000000000, 0x0000000000000000
	.quad 0x586cd4d57c05cb14, 0x0df46e35c0a00000
	.quad 0xd4d17c3e7fbfb0bd, 0xfff0000000000000
	.quad 0x769400304c8d47ae, 0x0133ae3d3f200000
	.quad 0x642376f03fea8266, 0xeee8657042200000
	.quad 0xfff0000000000000, 0x00b628c3a2871273
	.quad 0x41ffffffffffffff, 0x408000006002bede
	.quad 0x432a126cdf7bfedf, 0x403a2fde967ef8f0
	.quad 0x0516f73f7c7f6938, 0x026850d6eec54800
	.quad 0xbd944c05ffc00000, 0x0028705fffc00000
	.quad 0x7fe90fc6ff800000, 0x3c0a0379e6ffffef
	.quad 0x800000003e800000, 0xc0612686f098ec7d
	.quad 0x7ffcbcbf5d2c29a0, 0x7f800000bc31a93d
	.quad 0xfff8000000000000, 0x017fffff3b806db6
	.quad 0x0d9958487fffff63, 0x877abcc424488000
	.quad 0xac3c3e827fc78000, 0xd725205ccffc4d11
	.quad 0xfb3b5dc18af9fcff, 0x3f55f8d401000000
	.quad 0xbff8000000000000, 0x7fb07bbcff9326bf
	.quad 0xf13f5f491ba4237b, 0x4d596507ff8c88e1
	.quad 0xfff0000000000000, 0x3a8000003fcfe672
	.quad 0x80000000ffc00000, 0x4021000000000000
	.quad 0x7f80000081000000, 0x54dcac446ef40bff
seed15:
	.quad 0xffffffffffe9d1ed
	.quad 0xfffffffffffff93f
	.quad 0xffffffffffba6f64
	.quad 0x0000000000000050
	.quad 0x00000f243d312b2a
	.quad 0x0000000080000000
	.quad 0x0000009669453a2f
	.quad 0xfffffffffffffe41
	.quad 0x0000000000000001
	.quad 0xffffff0c02087fae
	.quad 0x0000000001000001
	.quad 0x00001de99904b32a
	.quad 0x93c5f917e768a09d
	.quad 0x3e71a43d593b0d06
	.quad 0x00000004fccd3af4
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x9e538c887fc00000, 0xca6ff81e768817c0
	.quad 0xc1abcaa7bda079f4, 0x6792aab0af999aa1
	.quad 0xfff13af5c425b0d5, 0xffa381c0c4b5ea7d
	.quad 0xc027973f6ca1dc56, 0x7a277a6b8fea8000
	.quad 0x9b815bcd9dfd6fff, 0x804000003eab5f8a
	.quad 0x13ef982a6f9f82c4, 0x01ee0f3f07b033f7
	.quad 0xb6a588dd66ff026b, 0x386ecb1bafbc7cf9
	.quad 0xc802b327bde40f42, 0x8d9f08278638b148
	.quad 0xd5de2487dd99fee9, 0xc041c6eefbd3105c
	.quad 0x7f79104af422e0df, 0x7ff7301246f833e4
	.quad 0x7f8000003cae0000, 0xcffffffe00000000
	.quad 0xfe800000c24419c4, 0x7fc00000252b3961
	.quad 0x7ffb9f0a7f8b2244, 0x4d38a650ffc63b00
	.quad 0x8223c4d931324780, 0x7ff8000000000000
	.quad 0x3cb118beffd56c8c, 0xfe3cfb6f814cd1c8
	.quad 0x90a4ad7740700000, 0x020e61341a69a4d3
	.quad 0x38a1915cedb866d0, 0x75a434fa1a3c6531
	.quad 0x4021000000000000, 0x294b56afc295d000
	.quad 0xfddcadbd2892f025, 0xf3a16d9ef93c9fb2
	.quad 0x4962078bfc1e5c9c, 0x1e086b96a038ff18
	.quad 0x7fd59ec5d52055b5, 0x0177a390c3c31183
	.quad 0x0c9430895fbb8bff, 0xd9791594ee242a08
	.quad 0x174bec074f7ffffe, 0xbfbc000000000000
	.quad 0x6ed03c8c807fffff, 0x885ed57a18098a73
	.quad 0x890fafb800000000, 0x5545342771a2fba1
	.quad 0x80074bb4b3dee16c, 0x40205946910abd32
	.quad 0xff80000008e37816, 0xfb9f96aefcd84400
	.quad 0x4f000000ffc00000, 0xde5a0eff6fa3cbee
	.quad 0x3f49000000000000, 0xf7fe08f065a52894
	.quad 0xed31a7e36df25732, 0xff800000c7400000
	.quad 0x8000000000000000, 0x6a8a5a22386479ad
	.quad 0xda0000003ffffffe, 0x31b53120f29cf96b
seed16:
	.quad 0xfffffffe2792b5b9
	.quad 0x0000000000382f68
	.quad 0xc63aa811116e3d1c
	.quad 0x00000000ffffffff
	.quad 0x00000000000003aa
	.quad 0x00000000fc132cc3
	.quad 0x0001ee3b3b793098
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0xe5aa46a8f73e1fa7
	.quad 0x0000000000000004
	.quad 0x3cb26918ae123163
	.quad 0xf750989c8aa7d49f
	.quad 0xf448dd68138892cc
	.quad 0x0000000000000014
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x7ff1d54848d153d2, 0xc24da67040b80000
	.quad 0x29b1a71d495e0000, 0x508c42adda888000
	.quad 0xbfafbc880b3512a7, 0x6fb767cfffefefec
	.quad 0x8fa03965493aaabf, 0x6a32a44424285911
	.quad 0xfdab8637f4bca0d0, 0x0e57bbd86fd7fbf9
	.quad 0xe9506f66fcbfcad1, 0xfff7ceb75b7c81bf
	.quad 0xec8ee2963e0afc75, 0xe23b3848bef52972
	.quad 0x7df57e4bbf800000, 0xc28db09a73bff87d
	.quad 0x54c64c5b519a53cd, 0xb0b2f08587a532d0
	.quad 0x0a82c740cf5fffae, 0x7ff7508ba630a78e
	.quad 0xed8bfafdc5363967, 0x00000000ce28f255
	.quad 0xb22528526dc2763e, 0xfeefc5467c3101b8
	.quad 0x7f9465833efce360, 0xc024400000000000
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x7ff0e5afeab0b4ac, 0x05534d417f800000
	.quad 0x3bfc651751fc9130, 0xc59495503ffbffed
	.quad 0xd6121d47a46eef77, 0xc0f0000000000000
	.quad 0x42d012c17f800000, 0x0000000000000000
	.quad 0xbf75ad2615d79c1c, 0x3a4bbae1703639cf
	.quad 0x4012000000000000, 0xb538ac17ffff999e
	.quad 0xdf7ffffe7fd9abee, 0x2bc3e08eefff1ffb
	.quad 0x4930fa86fbe23e97, 0x2cc2ee10dddd8000
	.quad 0x3f8f509b5e4e0c1b, 0x792a83157bef3d77
	.quad 0xc37a9cd1c19ee592, 0x01b4a80c758c1889
	.quad 0xc9650000ff886cf0, 0x4098000001000000
	.quad 0x7ff8000000000000, 0x40fa000000000000
	.quad 0x09848c188ffa4fdc, 0x7ffa2b0bf271d3df
	.quad 0xc297022acb918fb7, 0xc10fbfa6c20dcf9d
	.quad 0x8ef1b71bf87fdde6, 0x8fc85d634f0ffd16
	.quad 0x3fb1000000000000, 0x3f780dd2eaf96ee2
	.quad 0x0a9d0e49f18bf800, 0xd0620e149ca10bef
	.quad 0x40000000005f1cbe, 0xfafbf9c2feff7b7f
seed17:
	.quad 0xffffffff80000000
	.quad 0x400ec3738f8c7fb9
	.quad 0x000000001e39472d
	.quad 0x000000001c735a33
	.quad 0xfffffbdf36f46e39
	.quad 0x8524b2c95f82bacf
	.quad 0xa8f800f2445d7698
	.quad 0xffffffff80000000
	.quad 0x0000000000000002
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe00
	.quad 0x1ec1b886ef1a5cf0
	.quad 0xfffffffffe8e8344
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd08
	.quad 0x8000000000000000
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x58f053f116074713, 0x40226a6a077c6b25
	.quad 0x407ffffe80000000, 0x4f5494079664b541
	.quad 0xd4084bbcafbf7ee8, 0xc074030369cf01df
	.quad 0x9a7edb213c387046, 0x017fffffc22780d5
	.quad 0xbfc853023a9ced6c, 0x8057fffa435f1681
	.quad 0x3ea00000c0280000, 0x80579a2c13d64640
	.quad 0x2b1caa8bcfffffff, 0x734402664c496038
	.quad 0x3fb1a8c9239f6ce6, 0x335d1cbf8c71bc1b
	.quad 0x707f6c61999b0000, 0x15db73bd198cde05
	.quad 0x2e3c2d06e6358090, 0x7ff0e442d3227856
	.quad 0xffff396b1720ce47, 0xfff0000000000000
	.quad 0x457f4dcdf709f963, 0x8000000000000000
	.quad 0x7ef7de90e969e5c4, 0x8cfb2579beffc680
	.quad 0xc029fd73081d59cf, 0xc4d1c008ffef56ef
	.quad 0xb99f470213cafd33, 0x10896434dedfdd6c
	.quad 0x245c4b797f9571d9, 0xc1efffffffffffff
	.quad 0x3cfbae97d03fe7ee, 0xc02f8d1955570612
	.quad 0xc0088d8f5f5fc771, 0x7ff0000000000000
	.quad 0xbd6405cddf705a24, 0xbfbca00000000000
	.quad 0x7d43b2e7ff81ff5f, 0xfff8000000000000
	.quad 0x3e386bbbda000001, 0x408ab636e132a675
	.quad 0xbf8683e6a83191c3, 0x50218c7a107fffff
	.quad 0x97eb93dcdc568000, 0xfff27d089721f3b6
	.quad 0x5237783c7fffff7b, 0x40505ca51f6d6f48
	.quad 0xaec38aed6272329a, 0x8008000000000000
	.quad 0xfd2973fda952d3da, 0xc02fd0096358f076
	.quad 0xffc00000ffb93939, 0x7f8bddab80000000
	.quad 0xffefffffffffffff, 0x0000000000000000
	.quad 0x5e9103327526d503, 0xfe0135cb3f900000
	.quad 0xfff0000000000000, 0x3fe0000000000000
	.quad 0x4e5d94c9f07682d8, 0xc0f60a264f54f21d
	.quad 0x8085afcd2c41a5e2, 0x62bf7986b505a937
seed18:
	.quad 0x00000000000000b0
	.quad 0xfffffffff80781e0
	.quad 0xcf8c349ef28469c9
	.quad 0x0000000000000000
	.quad 0x384870763cb8a2b1
	.quad 0x4d34755c6ad3db1e
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff57
	.quad 0x0000000100000000
	.quad 0x0000000000000fc6
	.quad 0x0000000000000303
	.quad 0x4f915ed2c86aa35a
	.quad 0xfff89a24e3410e9c
	.quad 0x77686428bf50108f
	.quad 0x2eee8c3b1bc6c669
	.quad 0x000000000009e380
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x22ae0115b7ee7cb7, 0xc012000000000000
	.quad 0x100f7e5fc632d2d4, 0xe2ca3c1d2a5fc506
	.quad 0x0116b3cff3cd8099, 0x70615e9f9ba34bd9
	.quad 0x0085e4aabf900000, 0x800000017f8eaa09
	.quad 0x3dbc4b86c18a39d7, 0x1d8174d969764c36
	.quad 0xfff0ad80c1fa7792, 0xc2ec036c44d10a0b
	.quad 0x00274411c1c00000, 0x4021000000000000
	.quad 0x8a02e490c0800000, 0x7ff1d85984acc79c
	.quad 0xee04a98315c235ad, 0xfdbbaf8c92a98091
	.quad 0xffefffffffffffff, 0x7fc000007fc00000
	.quad 0x8002df6a67475a7f, 0x4000000000fea33d
	.quad 0xffb145a0c0bab716, 0xbd2fbd827eac36a2
	.quad 0xa3252855dfbbd7ff, 0x5e78afc54acafab0
	.quad 0x405de4ea78ca2bd2, 0xc30b2e0cf707b3c2
	.quad 0x16f1572437aa4443, 0x8adcf281df800001
	.quad 0x5ac42c753d2afb25, 0xfff0000000000000
	.quad 0xffab4741007fffff, 0x4018000000000000
	.quad 0x87fd654cceefbf5f, 0xd5921107c260abb6
	.quad 0x4021800000000000, 0xfff8a65bf1f87bcf
	.quad 0xc120000000000000, 0xc955009d8069dd08
	.quad 0x03070e182ccc283a, 0x8009517dbb8a90aa
	.quad 0x3fc000004245e456, 0xbed5c8e8434b46f5
	.quad 0xc020800000000000, 0xea9fc43fd832fc41
	.quad 0x7fa5ab66b5a00000, 0xb3ff5a7c6c559e14
	.quad 0x3fe284e51d4aaffa, 0x3f38000000000000
	.quad 0xe80414be9deefe50, 0x7fc00000c0f61ad1
	.quad 0xc008000000000000, 0x8020000000000000
	.quad 0x4f7ffffe974e8aac, 0x801fffffffffffff
	.quad 0x3fef9ca5b446b676, 0x7f3e3281bfe59612
	.quad 0x39000000432716aa, 0xfaebdbd794147fbe
	.quad 0xe3684fb2fcbbff2f, 0xffc000001db86362
	.quad 0xc1d2bbaa784263aa, 0x3c47a181fe800000
seed19:
	.quad 0x65884bbef22def7d
	.quad 0x1f884ae46d84f6f3
	.quad 0xffffffff5746dd0d
	.quad 0x000000001cf2f9e8
	.quad 0xffffffffffffffbb
	.quad 0xfffffffffffffca2
	.quad 0x19729191c92fe007
	.quad 0x00000000000001d6
	.quad 0xd1e5156b7769ac1d
	.quad 0x862435578816941a
	.quad 0x000007ae5f4e269e
	.quad 0x7505eaaf2d7060ff
	.quad 0xffffff9f02972001
	.quad 0x0000000000000246
	.quad 0xffffffffc4e9c1a5
	.quad 0xc2485db24f058e49
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xfff4acde3e3edeee, 0x00000000801c7774
	.quad 0x646c158e364a166a, 0x6b034b48fee97c00
	.quad 0xfbc89ab6017fffff, 0xfeffffff177eace1
	.quad 0xed6744d50121fb85, 0xc10a000000000000
	.quad 0x0000000000000000, 0x433fffffffffffff
	.quad 0xbee9000000000000, 0xfffbb38dd3bcaf9c
	.quad 0xc780000143900000, 0xc6cbb3b002425b87
	.quad 0x35003f33886361ab, 0xfffed3491bb94dca
	.quad 0xf94e1200074c6cf8, 0x9cce80d08a1403ab
	.quad 0xc6cd54e94ffffffe, 0xc0495ebe5d33a270
	.quad 0xbc1eb30141840000, 0x3feed0091cbefd0b
	.quad 0xcb72dd649dbd73f7, 0x0911cb7aec5efc00
	.quad 0x942ebdee7583bfff, 0x406d83c46f38677c
	.quad 0x3bc6873338300000, 0x3ffcc04207d59e43
	.quad 0xfff0000000000000, 0x98fd2513282bfc00
	.quad 0x8281e2906cd67a00, 0xaa89534bd3d8d510
	.quad 0x7ffabc82d16881a4, 0xff800000c0a5493c
	.quad 0x17e5c24575d7800f, 0xfff8000000000000
	.quad 0x3fc84805b92a3b89, 0x0a44bafaa000f4d0
	.quad 0xe2ab1eefdc69a065, 0xcf7fffff73f7656a
	.quad 0xe2e5cc4670b75780, 0x4058ae073e27d70e
	.quad 0xfe94543abbaa7d77, 0x42e937760919d61a
	.quad 0x7773539d852b00ff, 0x7eb68daed51e01a3
	.quad 0xf3992d2acd87fc00, 0x42347d82bf66453b
	.quad 0xd58be436f5dffb95, 0x0008000000000000
	.quad 0xbc99a0927fdcf31a, 0x4006000000000000
	.quad 0x7ffdc49629ebf4d7, 0x4819b6fe00799777
	.quad 0x7ff0000000000000, 0x3faf000000000000
	.quad 0xda7ffffec4727674, 0xbfdb2793f3c38d0a
	.quad 0x121295affffd7e0f, 0x93caf311ff800000
	.quad 0x7ff0000000000000, 0x800bf7fa5913f217
	.quad 0xa5f61986f7699391, 0x6ee18234f331c820
seed20:
	.quad 0x00000000ffffffff
	.quad 0xffffffffdeb9dc28
	.quad 0x0000490f733ba7c8
	.quad 0x8d183531771c92f1
	.quad 0x00000000ffffffff
	.quad 0x00cc5615738bab45
	.quad 0xfffffffffffffff9
	.quad 0xc8a572e4deb82600
	.quad 0x00000000000001d1
	.quad 0xaa6e915e4c7316a9
	.quad 0xfffffffffffffefb
	.quad 0xffffffcfb5d08597
	.quad 0x0000000000000000
	.quad 0xffffffffffffc61b
	.quad 0xffffffffff8c47a5
	.quad 0x317d3634e3aa04c7
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0x8000000000000000, 0x9ae96e77e8d1bb00
	.quad 0x6be38f9857efbeff, 0xbdffc96effe7fed9
	.quad 0x008c5eb28013a951, 0x41ba113940b80000
	.quad 0xbf98ec4d2515b66b, 0xfc71619aef874ce8
	.quad 0xcbda7dd7feee86f6, 0x4dac8fe5f6dd2ef7
	.quad 0xc1efffffffffffff, 0xf20aeb21807fffff
	.quad 0xc01015897d2bb4e9, 0x7f3b3a74b33f2b1d
	.quad 0x8035ea9ca611ad1f, 0x7ff95042c1a4622c
	.quad 0x249feb62440efaa0, 0xc1c5c41f8f167d04
	.quad 0xfffe5ef216da26f7, 0xffc00000da000000
	.quad 0xbb457a20bfa00000, 0xc0c0000041710000
	.quad 0x84c6cf8dc31e1e93, 0xbfdd26f284d0efb6
	.quad 0xc14b7074ffffd5fd, 0x3f64000000000000
	.quad 0xc1ba553f406954c6, 0xc1998af57f85b242
	.quad 0xc02b0c86cd9027ec, 0xffecc0c1bea86c4e
	.quad 0x88a3201e7fa3bcbc, 0x3cb8736a85ee8f60
	.quad 0x7fd6a29d0f29c2e0, 0x8009b2c487e4124e
	.quad 0x3ff4000000000000, 0xc01b64663ab4710d
	.quad 0x26ba8ac68685cd4f, 0xc04452168fceccf1
	.quad 0x7fe06bfef9bd531a, 0xfe800000b8200000
	.quad 0xcec19e9dd7bbfeda, 0x80863890fea71b28
	.quad 0xbd9fff67411c0000, 0x407cfbe7e96d6c16
	.quad 0xbd5de293faa81b74, 0xfff2673ab95ca5a7
	.quad 0x482f5f23de59583c, 0x28b68f1ae7bfc7c3
	.quad 0x3ffb9ac265d5b6e7, 0x5f000000ffbf808e
	.quad 0xbd3b07cf7fc161f6, 0x0000000000000000
	.quad 0x3ce8a132ff800000, 0xfd1e7efcc1953ebd
	.quad 0xbfeac572babb4aef, 0x817fffffbbb6fc50
	.quad 0xa1728f42f85b16c6, 0xfff7a6475d00b9d0
	.quad 0x406f23728e79b9a1, 0xbfc00000febfc13f
	.quad 0x0c71a424419ee818, 0xe8f06e739b37f977
	.quad 0x401e000000000000, 0x5fad6ae300000000
seed21:
	.quad 0xfffffffffffffea6
	.quad 0x364a13c1422de4f7
	.quad 0xffc349131f9ae383
	.quad 0xffffffc04df15151
	.quad 0xec3b5fa281bde073
	.quad 0xcc90d9162980aa68
	.quad 0x00000d46edbf1a72
	.quad 0xffffffff566aa88b
	.quad 0xfffffffffffe05f7
	.quad 0x0000000000000001
	.quad 0x00000000000001b9
	.quad 0x0000000000000000
	.quad 0xa689a8d56e4a2197
	.quad 0x329512aeb23c9227
	.quad 0xeaaca56163575ef2
	.quad 0xffffffffffffffff
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xfff0000000000000, 0x3ff2d6d457d66371
	.quad 0xd7b51c5a3591ab1f, 0x3f7610c0916e5367
	.quad 0x23a6ecdbe9cd2ce6, 0xb8183bc39ad87400
	.quad 0x7f800000ffb28b05, 0x0000000000000000
	.quad 0x7e800000be2159e6, 0xfff8000000000000
	.quad 0xd82860ebacaf0001, 0x7e7458c2fcae7c00
	.quad 0xff80000080000000, 0xa2a6be71dfbeffef
	.quad 0x7effffff407ffffe, 0x3814000033519f2c
	.quad 0x158d2893ffc00000, 0x34936d496dc35549
	.quad 0xd139e1eaaefbbecf, 0x3fbe74673ee58df2
	.quad 0x000721300cd2afa9, 0x800000003ffffffe
	.quad 0x805faef1bbec0305, 0x008000007fdb65bf
	.quad 0x7ff0000000000000, 0x09ab9211c5e729a8
	.quad 0x1dd8eb847fce427f, 0x3f94c4075c9deb53
	.quad 0xa38e3da4f1f67a9c, 0x3d4df6a6e6433139
	.quad 0xffc0000000223873, 0xcf800000feffffff
	.quad 0x1b8b98cec0be48e0, 0xc098000040000000
	.quad 0x7ff0000000000000, 0x32c9d9f249f01462
	.quad 0xdafffffe4f7fffff, 0x7fb4c73b4e3615b4
	.quad 0x000000004178ae3e, 0x001c65500271db3b
	.quad 0xfff5fd615c1c64d9, 0xffbaeb523fb56aec
	.quad 0xfff4878f663fa348, 0x7a677cef9c1628ac
	.quad 0xc3af8ea4cff5efef, 0x7e80000001099be6
	.quad 0xff8000007f88f826, 0xf2d5483386896c00
	.quad 0x7777bd94ff3f391d, 0x8fc6738e8176dec0
	.quad 0x7ff0000000000000, 0x68fccceed3fa7e00
	.quad 0x5f0e8fd7400666bc, 0x7ff0000000000000
	.quad 0xbc23dc9636a90000, 0x50474f68fe558b53
	.quad 0x3ff4000000000000, 0xc0457b899132c8ea
	.quad 0x720c76c527c48698, 0x8000000000000000
	.quad 0xc00f000000000000, 0x70ca111fbf9ff7fd
	.quad 0x7f2b8543c522ebb7, 0x0000000080000000
seed22:
	.quad 0x00007bd05a31c8b3
	.quad 0xffffff8c262c8848
	.quad 0x30fab84c1c7108ec
	.quad 0x00000000ffffffff
	.quad 0x4fbe8050d68833d6
	.quad 0x0000001d99cfa118
	.quad 0xffffff9c821c6c60
	.quad 0x7d87a49e4367388c
	.quad 0x00000000000001e5
	.quad 0xfffffffffc428909
	.quad 0x0000000000000067
	.quad 0x000000007fffffff
	.quad 0xffffffffecbd1d3b
	.quad 0xffffffffe54b67ea
	.quad 0x0e747ad28c91d907
	.quad 0x00000000000002df
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0xffc00000029ca551, 0xbf793b9fdbf8ea44
	.quad 0x3d98727fc1ec7513, 0x7f8000003f41f473
	.quad 0x7f92519495aaf276, 0xfff242cd02c948c7
	.quad 0x3ee3a13dbf000000, 0xe20f5ff6669dafac
	.quad 0xfff2f302aa7af8cf, 0x3efbb00000000000
	.quad 0xbe3dd90dff800000, 0x7bec3b515747ce0e
	.quad 0xd9800000bce184d3, 0x401a800000000000
	.quad 0x7ff64e61ff47e3d7, 0x7f8000000f7a54f3
	.quad 0x47fffffeff800000, 0x403003cc65d5cf85
	.quad 0x7a9f2068863cb201, 0x7ff0000000000000
	.quad 0x7f800000bd2dcdea, 0xc01a6ddc7031fe8c
	.quad 0xc34ffffffffffffe, 0x7fe532a3be307be8
	.quad 0xfffa4ae0398d0264, 0x7ff0b6f8a83fc58c
	.quad 0xfff1b7f3eb833f4c, 0xbb910eb83cb0dc3f
	.quad 0xad305381f02a4460, 0xbf62779ffa279f30
	.quad 0x0773500de5ffffff, 0x72f981a5ffd47990
	.quad 0x55529c6ebffd7f2e, 0x403b06de52f9667e
	.quad 0x0000fddaa2efa9aa, 0xfafd1d82ffffffff
	.quad 0xd4a5854239ae038b, 0xff800000e78059c5
	.quad 0x8000000000000000, 0x018e7f5941826f69
	.quad 0x34a0e60dffff8519, 0x4dfc88ea723ad29c
	.quad 0x800fffffffffffff, 0xc0414355aa62df02
	.quad 0x80000000bef578ba, 0x7ff5ed1334bc31a2
	.quad 0xe5ac25fed2ad7ab8, 0x07ec7c45acdcf9fb
	.quad 0x802d990b40700000, 0x4110000000000000
	.quad 0x66cfbb05fdfbffef, 0x5551ef0141f37aa0
	.quad 0x00ad8ea67f9e2325, 0x761b3b6f42769992
	.quad 0x23b2287cc90f03e0, 0x7ff0000000000000
	.quad 0x3cd3c086ffc00000, 0xda814ed940000001
	.quad 0x7fddfaf1f0693be9, 0x4806b707feffffff
	.quad 0xcf6c2d237f5f2f30, 0x4000000000000000
	.quad 0x87bb78397df57f5f, 0x8047c5a17fb93e6b
seed23:
	.quad 0x136a23c397d4826a
	.quad 0x50553842c1f08e31
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc7b
	.quad 0xfcb49da35f1ca1f8
	.quad 0x8000000000000000
	.quad 0xa0278c41db1dd846
	.quad 0x4343747554af97d0
	.quad 0xfffffffffffffd86
	.quad 0x000000000000f0e4
	.quad 0xd5a3f28d2203f09c
	.quad 0xe681ed14a5d7994d
	.quad 0x744385076423a7b1
	.quad 0x0000000058f6f1a5
	.quad 0xfffffffffffffffc
	.quad 0x7f242ba3f262ae0c
	.quad 0x02400000
	.quad 0x30000000
	.quad 0xbeef600000000000, 0xff0b45c0402e60e0
	.quad 0xc0381090d8ebbaf6, 0xebf23689d3fffff7
	.quad 0x8010000000000000, 0x2cc30df8fefbefff
	.quad 0x7fbf89d2bbb50e97, 0x41efffffffffffff
	.quad 0x7feae144c0568bc5, 0x8000000000000001
	.quad 0x5f3d3700ffdfcfff, 0x00000000812e0fe2
	.quad 0x069ae65eaa5c5e19, 0x7f8421a9bf800000
	.quad 0x17fce09b00659d32, 0x41e0000000000000
	.quad 0xc00e000000000000, 0xfff6be091b94432f
	.quad 0x01edd1296ddf7f76, 0x3d1faef17d933ee0
	.quad 0xbf7c999f0b762dcc, 0xf7663c0ecaa9c1d3
	.quad 0x99e75d6fdffffffe, 0x812a71d5ff5ce4f1
	.quad 0xb0061eadffffdedf, 0x8295ba83abdd46a0
	.quad 0x9927ff5e7ff93668, 0x0aa02c1073afff50
	.quad 0x17da66017fffe79f, 0xad4b334ac1ef4590
	.quad 0x34598fa49ec9eb2b, 0xc05e66063baa546b
	.quad 0xbf9aa8946bfe9e09, 0x58b6055c1d20988e
	.quad 0x7f7fffff40d80000, 0xff8bc0afc3bd78e8
	.quad 0xc103abee3f156731, 0xc13f9c8e0b444b6a
	.quad 0x421c00003e580000, 0xfff0000000000000
	.quad 0x0be1bf8f3cb7753a, 0x2d5d0241ffd73edf
	.quad 0x0000000000000001, 0x7fe7ad896be2a60c
	.quad 0x7db743e8b3173b71, 0x7fc000003dfcce78
	.quad 0x40fcdc3cff84a49d, 0x55f4c9df8c2e7f4a
	.quad 0x59800000c0d00000, 0xf6c171d44552f8af
	.quad 0x83c501458dc544b0, 0xa90b07cbbb9be7ee
	.quad 0x3c3582afb10a7f00, 0xfff79ece2d1a9e28
	.quad 0x42c84e536f6f2a94, 0x7f04b5ff342979e6
	.quad 0x4002368eb4b49fb7, 0x8a4fc9ae7fbbccc0
	.quad 0xaac90bc0e81678fc, 0x007fffff00000000
	.quad 0xbec7269ec0800000, 0xffe670b8ca74fbf8
	.quad 0x3fde400000000000, 0xc060c0a380270445
seed24:
	.quad 0x234dcee2edd99d5a
	.quad 0xfffffffffffffcde
	.quad 0x0000000000000119
	.quad 0x7fffffffffffffff
	.quad 0x043af713a85c6ff6
	.quad 0xde2983192aebfb5e
	.quad 0xfffffffffffffd22
	.quad 0xffffffffff9a0106
	.quad 0x0000000100000000
	.quad 0xffffffffffffff3a
	.quad 0x00000cddb5540b7f
	.quad 0x0000168775b41b69
	.quad 0xffffffaa592ab1cd
	.quad 0x7a379f66f15bbca4
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffb90
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x7ea3bacf12438f3e, 0x3ee20000ff800000
	.quad 0xab8587689b54cda0, 0x0015d97a8b5fbac1
	.quad 0x66232ec6eb23d040, 0xffc00000ff800000
	.quad 0x7ed9e6daccea6b15, 0x6f0eb7853fd66d36
	.quad 0xbfb1f075584e9675, 0xfff8000000000000
	.quad 0xee43a930c7800000, 0x92b7ab1eff800000
	.quad 0x2b8f7133fffdffff, 0x4080000040e00000
	.quad 0x249b2e4eb293f615, 0x001913b3a95b6e2a
	.quad 0x2b54eabef3c52dbc, 0xc067c00000000000
	.quad 0x1605d7988ceb1aa8, 0xf1b7ec4cd8368000
	.quad 0x40061b699d7ca16d, 0x7ff0000000000000
	.quad 0x061d7f2dfffffddf, 0xc7ffffff3fc00000
	.quad 0x47ffffffbe59ce28, 0x6894b282017fffff
	.quad 0xc1e3837c7f800000, 0x7ff0000000000000
	.quad 0xf12d97fecfffffff, 0xc00f986b9c90da79
	.quad 0xb86ff1772df335c1, 0x00000000001ffb9f
	.quad 0xfff0000000000000, 0x800fc74ad8bcf3b2
	.quad 0x43e0000000000001, 0xc34f3ea5fd7fdff7
	.quad 0xc4f800003db6c154, 0x4d343f090d5de382
	.quad 0x40ffffffffffffff, 0x808dd818bcc15694
	.quad 0x7618d17c756987f0, 0xb37a7f8d44a63ffe
	.quad 0x80d530935376a9f4, 0xb11e444be808229c
	.quad 0x90d79ba5f3dd8200, 0x8000000000000000
	.quad 0x000000003e9a4c8c, 0x7ff8000000000000
	.quad 0x01716c3e088c462b, 0x800fffffffffffff
	.quad 0x8e049ae6caf40340, 0xbf04c8cb407584be
	.quad 0x1a2063ce49fbfce6, 0x5176f9b5854ffc00
	.quad 0x7fefffffffffffff, 0x8008000000000000
	.quad 0x3756a2c23b327c00, 0x83e7db54c99c30dc
	.quad 0x4330000000000000, 0x467ffffe002c27bc
	.quad 0xbfd3a672bdc87469, 0x6aa4c6e0d18f7c43
	.quad 0xb68b26ac52a34500, 0xffc000006ce23685
seed25:
	.quad 0x000000000618c931
	.quad 0xffc030152d0ac58d
	.quad 0x5ec919a16820af3a
	.quad 0xffffffffffffffff
	.quad 0x8d5279a9d735d22d
	.quad 0x7e24c48ed703354c
	.quad 0x60a74bea670d49d4
	.quad 0x0000000000000014
	.quad 0x0128d94f30d975ba
	.quad 0xfffff4e884834831
	.quad 0xe931443579c52f3c
	.quad 0x000000007fffffff
	.quad 0x523d8bbd3c4cd01e
	.quad 0xfffffffffff8dcb6
	.quad 0xfeb3a77f8a95796f
	.quad 0x11b67056ce31b619
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0xff80000069059335, 0x60d55a81fffe6dee
	.quad 0xc2c000007eb4d195, 0xe1b41da0a407e462
	.quad 0x18213c041c5d2705, 0xff8000005f7fffff
	.quad 0xffb9079f80000000, 0x404f7920fbd4bae7
	.quad 0x407375c8413621c4, 0xf4dd26107354fdd0
	.quad 0x7eb0d1a29f986c13, 0x769c554f0cf45756
	.quad 0x8000000000000000, 0x3fea074553805b3b
	.quad 0xc03bd68faf8197e0, 0x4fabe2ab09ab628c
	.quad 0x5529abaaffdfadfe, 0xbed8000000000000
	.quad 0x802a1f3971c691c2, 0xfffdfa8949fa8b58
	.quad 0xc0f4000000000000, 0x8dcffe9f0cc1631d
	.quad 0xbfd4f0fdc9030bdd, 0x2dbb7354438b87e2
	.quad 0x404ea7eecf9da81e, 0x0000000052dd7d99
	.quad 0x007fffffc1075d71, 0xff19309301380b55
	.quad 0x121a855a0cdff671, 0x609e4fbf7feab266
	.quad 0xfffd91829aebe8c9, 0x7f800000c2a00000
	.quad 0x8000000000000001, 0xe17cc53183957936
	.quad 0x7d35eb1eb458a580, 0xcfe0a16b5e3bb7df
	.quad 0x101807e78000f0aa, 0x4186938ed9ffffff
	.quad 0x001426338ac30698, 0x7ff1823b7bdecd0d
	.quad 0xbff7333d9d96a9b8, 0x19bd07e07ffb7c83
	.quad 0xc8080000ff800000, 0xc053b31c7bf3fc9e
	.quad 0x8d6364b1ff800000, 0xbbd0c51e7fc00000
	.quad 0x7d5ba52e66a53c3e, 0x80a7cec0e6868000
	.quad 0x3fb3350e5e7f73e8, 0x4f7fffffc0ad43c4
	.quad 0x801b792b3cb446c0, 0x502cc8e30a097c00
	.quad 0x800000003e69d96b, 0xc3335bd38572dd0b
	.quad 0xe20252d7d5ec3da5, 0x3f0e100000000000
	.quad 0x401e000000000000, 0xa265b1a43f66feab
	.quad 0x2c45fdce2fa76fb1, 0x1ce5a7de9e779ab1
	.quad 0x904170f2a22156b3, 0x7ff0000000000000
	.quad 0x80000000ffee76f3, 0x43a0eee50057b0c0
seed26:
	.quad 0x4bb729ebee2c7fb0
	.quad 0xffffffffea3c2ef8
	.quad 0x00000000ffffffff
	.quad 0x9f4eecc2af957c2b
	.quad 0x392eb433c7d1fe65
	.quad 0xdb20093686d2bb20
	.quad 0x03df2a3d041fb1fc
	.quad 0x8abe6555298bda74
	.quad 0xffffffffdd144030
	.quad 0x78973844e67d6aec
	.quad 0x000000000000009b
	.quad 0xfffffffffffffe72
	.quad 0x0000000000002937
	.quad 0x0000000000000363
	.quad 0x0000000001d95675
	.quad 0x0000000000000294
	.quad 0x06c00000
	.quad 0xd0000000
	.quad 0x3edf38642f01062a, 0x197dafe6e2cbeeeb
	.quad 0x63904d0e40c90cd1, 0xd31f525e18c079da
	.quad 0x8efe8aabda9eb36a, 0x43effffffffffffe
	.quad 0x82082ab3b96e7cee, 0xbf55c00000000000
	.quad 0x6417d7386fbe7872, 0x7f7fffff47fffffe
	.quad 0x3fad71a9a1e76d82, 0x4af26a68fff5c5d1
	.quad 0xb3a9386d497fffdc, 0x2e572f287ea60b68
	.quad 0x013b1d49c9e4f31d, 0x312fde704c280451
	.quad 0x7e8c48345f000001, 0xb965214ec7ff7eab
	.quad 0x88b5d1453b7fd042, 0x006be1c5f9411a65
	.quad 0xf896b609275d8487, 0x3fc55ee60bee101e
	.quad 0x7e9af3057fc00000, 0x7ff246e6c8852aac
	.quad 0x7f85db8c94e21049, 0x1b4ec0a900400000
	.quad 0xc340000000000000, 0xd76007acbff47c01
	.quad 0x0000000000000000, 0xdaaf4f7f3e92fc0a
	.quad 0x50e151ba7f800000, 0x435d6ea6bd91ebe9
	.quad 0xbc0526ebf2e32b70, 0xbfce07d70fee7b3d
	.quad 0x33ad0700de35f392, 0xfed77cd4ff85a576
	.quad 0x0f22c5debc11a379, 0x800fea7cb2e6d724
	.quad 0xbfaaaa5f877eb5a3, 0xd9fed65af73bffdb
	.quad 0x400256298e5d384b, 0x49f9acaaec015e45
	.quad 0x800000001436432f, 0x7b118f94662b0960
	.quad 0xbf2c30a22e1142c9, 0xbf400000ff800000
	.quad 0x9fb3f8a9ff925e2f, 0x43681523bf13a1c4
	.quad 0x000fffffffffffff, 0xc01f000000000000
	.quad 0xffd39c8e00c87292, 0xee310c2640d00000
	.quad 0x7fd2a2f8809753bd, 0x16dfb4be01edfc3c
	.quad 0x7ff0000000000000, 0xbff753d5fa211549
	.quad 0x00000000803bf543, 0x7f9f84923bcb10b9
	.quad 0xc020000000000000, 0x7b2650247fa0a795
	.quad 0x14e93f5aff8d082f, 0x5d8b5de5d9d9aa57
	.quad 0xc27122c53c180000, 0xc000000000000000
seed27:
	.quad 0x39aaab9912708af3
	.quad 0xc4469a361e64ef69
	.quad 0xfff214c9f88703a0
	.quad 0x000000000000000f
	.quad 0xffffffff308f57c6
	.quad 0x000000007fffffff
	.quad 0xd0581150c267f332
	.quad 0x1343cfda4f0d2af0
	.quad 0xffffffff80000000
	.quad 0x000000000000007e
	.quad 0xfffffffffe285394
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xcbae59e009c672ca
	.quad 0x000000007fffffff
	.quad 0xfe68ccb6bf7d6c87
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x00013422f338e822, 0x111ec3eebffdff19
	.quad 0x3c08ea81088e1a6b, 0x80348cc88aa92437
	.quad 0x00310ba70140cd74, 0xffc00000c0003b72
	.quad 0xd899cb4955f77fed, 0xc506d2c9be9aff49
	.quad 0x6297d821c6b35cae, 0x3f7e803ab560f03b
	.quad 0x58e9c2f7f9b7c800, 0x4e39e065d923f7fe
	.quad 0x442cb768a2838ba3, 0x00354370837475ed
	.quad 0xc1140000c01aa9a5, 0x34cec3a45ff72e7b
	.quad 0x3d890abca616f84d, 0x640abe77feffef48
	.quad 0xb791fbb8109c672a, 0xbb8427817f800000
	.quad 0xc00d000000000000, 0x7f8c7b94df800000
	.quad 0x8e522c07bbd83c95, 0xffa37a93c0c00000
	.quad 0x8000000000000000, 0xa3e124917f5bfdff
	.quad 0xfd7910317aaba0d2, 0xbeb5157f7fcbc260
	.quad 0xfff1436072be7d17, 0xbf3e20a59bbf54f5
	.quad 0xc0fffffffffffffe, 0xc021800000000000
	.quad 0x001fffffffffffff, 0xcfd28a2a053bfe1a
	.quad 0xff800000c10e0000, 0x995a854affeaf7fd
	.quad 0xfff37b5ef29e3dd5, 0x81e3ee43f7f7dfd6
	.quad 0x3f20bcc442a4fc51, 0x00000000f98a4a49
	.quad 0xff64aab7b5c95aa5, 0xfc92f227224a34ea
	.quad 0xff7b98399aebfa14, 0xc0d0000000000000
	.quad 0x4340000000000000, 0xc8d3740a7ff2bfef
	.quad 0xb9b7f436957a5630, 0xc3e367521bd0fe00
	.quad 0x0000000000000000, 0x800fffffffffffff
	.quad 0x5b1bc65290c3f621, 0x5eeff6b1cdfd2cff
	.quad 0xbf9cef0b5147a8bf, 0xf21a5bd89023bd00
	.quad 0x7f8000007557324f, 0xc093000000000000
	.quad 0xc32000003d498b90, 0x7ff8000000000000
	.quad 0xbce5ce38393a1ed2, 0x607d82dca6d7befd
	.quad 0x7f997b68ffc4096a, 0x4b1f8cbd6998c597
	.quad 0x007fffff3b832cb8, 0x0075fd99121a32ef
seed28:
	.quad 0x06bdf228023e28a6
	.quad 0x8b56b3bbf49ad771
	.quad 0xfffffffffff83630
	.quad 0xfe2f42f8caacfb52
	.quad 0x00000036da33c5d5
	.quad 0x00000000000013ae
	.quad 0x00000000000002de
	.quad 0x0000000000000591
	.quad 0xffe44bc388795b92
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x000000000000039c
	.quad 0x0000000000000000
	.quad 0xd8dfbd27e9315b49
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0x801be33622048232, 0xd3e7cc02ee737fff
	.quad 0xdb2c22c7ffab6fff, 0xbef9bdd2c23285b1
	.quad 0x491200003ecbec98, 0x95a3f11cffff57fa
	.quad 0x404841c82963c055, 0x7ff0000000000000
	.quad 0xbeb9c00000000000, 0xbf8e0528ee881ea1
	.quad 0x98cad19e253e14ba, 0x1315ab947eefceef
	.quad 0xb5a0d0f346d3da94, 0x5d5bea153fc00000
	.quad 0xc053000000000000, 0xdd1248953c5fc83c
	.quad 0x3ff6549342ee83da, 0xac4263d77ec2ded9
	.quad 0xf6db786787362ca7, 0x777a4de992db967d
	.quad 0xbeb0000000000000, 0x7ff8000000000000
	.quad 0xf1e75180ffe93d00, 0xfeffffff1aac910f
	.quad 0x1613429a004e7089, 0x7ff0000000000000
	.quad 0x9d899a0be5ffc9be, 0x3e010b743fb2fea2
	.quad 0x828d62727fcc8fd3, 0x056254977b0e8000
	.quad 0xfff8000000000000, 0x802aee517f800000
	.quad 0x7eeecbfdd5241d8e, 0x03947075fb5d33a4
	.quad 0xa1c6307032e80a4f, 0x1d97f774e5dd0371
	.quad 0xdcb14314925afcbe, 0x7d9368ade3ffdbfc
	.quad 0x72b18ffe46b70200, 0x7281aab8daff9a27
	.quad 0xc0635388284479ab, 0x7ffc536ef86941d4
	.quad 0xc330000000000001, 0x40600000002da3b3
	.quad 0x4002000000000000, 0xea5dbf3bd1157c00
	.quad 0xf81bc5c44282b84f, 0x578dfb4e3c11789a
	.quad 0xaf1103b6a83f009d, 0xb4fd515f3ffd7fcb
	.quad 0x7337a3b446400000, 0x86a95172f35fffa6
	.quad 0xff98eb0e7020f3d5, 0xff8aaf347f800000
	.quad 0x3fe0000000000000, 0x23656477ffc5133c
	.quad 0xff8000008ff14d6f, 0x811f9a4be5c9efc3
	.quad 0xb26bff1de3e5bd99, 0xffc00000feffffff
	.quad 0xc108000080000000, 0x1b1a7a58ffa18bff
	.quad 0x001c96a1bc98946a, 0x7ff9a8720d35c058
seed29:
	.quad 0x086394ae8a206c8d
	.quad 0x0000000000625d42
	.quad 0x696adbc593df5ef1
	.quad 0x00000e2de84991df
	.quad 0xfffffffffff8e1f4
	.quad 0xb3a3444871c9b84b
	.quad 0xfffffffffffffd58
	.quad 0x00000000005dbcda
	.quad 0x0000000000000342
	.quad 0x767cf2baff080c35
	.quad 0x7d200f0ce6f5546f
	.quad 0x09de362644f6684a
	.quad 0x3c9b1cfd9f29608a
	.quad 0x0000000000000101
	.quad 0x0000000100000000
	.quad 0x3b960f15eb535430
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x7f894cf5c1f2ffab, 0x800000007fd266a9
	.quad 0x99857a3783807f63, 0x13fee1f024c38ca4
	.quad 0xc98000007f800000, 0x8010000000000000
	.quad 0xd7434874e080c4c0, 0xfff853232c0e2029
	.quad 0x030a0a329059c200, 0x237b0f2ebfece354
	.quad 0xdffffffe334cd0be, 0xbf9dedd2e787a974
	.quad 0x44ed3760fdfbc3d6, 0xbf80000144168000
	.quad 0x7fbfd616f0e86d38, 0x19d0ea013ebe5874
	.quad 0x404d21efc58f940b, 0x7fab972645c00000
	.quad 0x1284ebe98e3065d9, 0x6dec5fd500000000
	.quad 0x406407083339f5a3, 0x39ac0000fff30697
	.quad 0x2b15346184090000, 0xbfab000000000000
	.quad 0xc2c1e05c3ba00000, 0xc10c0000418160c9
	.quad 0x404ffd317e99aa6f, 0xffc00000d9800001
	.quad 0x7ff8000000000000, 0xae5c5665b66e8155
	.quad 0x84a7b3ad26fffc00, 0x4821440ffaf0fcf7
	.quad 0x30eb723dffbdb374, 0x4f9533b11be6bb2c
	.quad 0xbce3780e1355ece0, 0x80000000be1c0352
	.quad 0xfff0000000000000, 0xbf39800000000000
	.quad 0x59c49bd041b73593, 0x8018c2d8bde345c7
	.quad 0xff823dd8bc658e89, 0xfff0000000000000
	.quad 0x7dbf6be8fbcb7c00, 0xbc5fddf1fee5a7ff
	.quad 0x34d71cabffe3e810, 0x0000000000000000
	.quad 0x3c74ebadffb49a60, 0xcd862a96c75dc195
	.quad 0xc09f000000000000, 0x98a4ca5339400000
	.quad 0xc03ba46b520695ef, 0x41900000c0900000
	.quad 0x726adabe627eb680, 0x79c4f406726a566a
	.quad 0x3fd204745edc6e5b, 0xfff0000000000000
	.quad 0xbf913008ec9302e1, 0x8000000000000001
	.quad 0xffba84f785868f6e, 0xee4e494780000000
	.quad 0x82cdd91bea8f9fff, 0x7ff0000000000000
	.quad 0xc046ecd0d38efb14, 0x7ec551c704003a2f
seed30:
	.quad 0xfffffffffff1e2db
	.quad 0xfffffffffffffcfe
	.quad 0x0000000000000201
	.quad 0x98d57e9415b4af13
	.quad 0x000000000000024e
	.quad 0xfffffffffffffea5
	.quad 0x000000ca929a377c
	.quad 0x0000000000000058
	.quad 0xffffffffffffff9f
	.quad 0xffffffffffffb489
	.quad 0x000000000000034a
	.quad 0xd16bbb8e43afba04
	.quad 0xfffffffffff30d13
	.quad 0x00000f9f5f580df6
	.quad 0x9a45ac1de8a35c0f
	.quad 0x0000000100000000
	.quad 0x04c00000
	.quad 0xd0000000
	.quad 0xff7fffff41326087, 0xc77c5419fbffd2ef
	.quad 0x8024c992243d0f31, 0x3fd0000000000000
	.quad 0x3dddaae07fba4f68, 0xeea9f742d6bc8600
	.quad 0x00d190059ddffed6, 0xa8cc034ac877a76c
	.quad 0xd1bc09ddffbffaf7, 0xaacd1385f3fffdbf
	.quad 0xcc3703d91dcd0200, 0x7ff8000000000000
	.quad 0x3a4fb9f4f7fffffe, 0xc0f400007ff323bf
	.quad 0x4011000000000000, 0x7fb86efbc153f743
	.quad 0x4017154bbee77c00, 0xd241b5b1ffffc9e2
	.quad 0x225b30eac6b97831, 0x1a0c7a6d2d4a0000
	.quad 0xc00b8f848d56c37a, 0xa798230eff8c79df
	.quad 0x0f25b7c67fdf7d77, 0x590350a47fbcb1a6
	.quad 0x42c8efd57abf8411, 0x41f0000000000001
	.quad 0x6c08096a2931e198, 0xfff0000000000000
	.quad 0x800000007dae65ab, 0x7ff0000000000000
	.quad 0x47d6410ffefef3cf, 0x66e91185c679eefc
	.quad 0x8fedf1c541220000, 0xc60e1355bf765dbf
	.quad 0xfff91526d9d50e1b, 0x137d6488ffe734ee
	.quad 0xbd27e7f9ff800000, 0xc3f0000000000000
	.quad 0xc16958e23fa52d80, 0x3f31000000000000
	.quad 0x7fd0000000000000, 0x0000000000000000
	.quad 0x1d47080b4872fe00, 0x3fa49b4c79f9f558
	.quad 0x8609acbb29080000, 0x28510e64d9b4f89c
	.quad 0x533a28b6af1dfa62, 0xd998e17f0f1355ed
	.quad 0x0008000000000000, 0x7f8ae55a407fffff
	.quad 0xc00ac94fc183c7d8, 0xa0fc14f1679a7c00
	.quad 0x7ff49d4669d8691a, 0x3f76414d486f4842
	.quad 0xfa2c62a17eeb5133, 0x40239317cb5a0057
	.quad 0x7ff51a5d9cef41d0, 0xe07fffff80106d8e
	.quad 0xb874d8d114bbf917, 0xfff32b23b44162d6
	.quad 0xab89a1671de84bff, 0x4051280dc5772ecc
	.quad 0x407fffff71d787ec, 0xf75065cbaf9cdd22
seed31:
	.quad 0xa5c6407383c233a8
	.quad 0x5e55fc7c969711f8
	.quad 0xffffde1df1c80c01
	.quad 0xffffffffffff2c34
	.quad 0xffffffffffffc0e6
	.quad 0x0000000000000001
	.quad 0xfffffffffffffdfc
	.quad 0x0f1d86b316b73089
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffe9a2d
	.quad 0x0c352a0ec7a35013
	.quad 0x697636a425938a85
	.quad 0x0000000000000000
	.quad 0x656004a3f560f004
	.quad 0x339f74a6750f0dc7
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xc0ffffffffffffff, 0xfff0000000000000
	.quad 0x40b8000000000000, 0x0000000000000000
	.quad 0x5be4295cfffecaff, 0xcf7ef2b81a48d4cc
	.quad 0x8bee132037150000, 0x7620f2111f10a104
	.quad 0x6738bccf651d8000, 0x7f80000080000000
	.quad 0x7eb40d8ce28407a9, 0xffc00000c11b44b3
	.quad 0xdfcf3c49cb057776, 0x27837f3eaf0a5fdb
	.quad 0xf6bf384304dbf800, 0x104f0b457f969590
	.quad 0x8000000000507573, 0xa969ad1c80000000
	.quad 0x61031591803bf468, 0x3f6323ad43966aa7
	.quad 0x1ad0012e7f71b23d, 0xecb68deadfdafc21
	.quad 0x76ef517900000000, 0xad394ca515f8041e
	.quad 0x1a70afae409e9e13, 0xfefb00615f9dadcc
	.quad 0xbcc0966797903cec, 0x88c0ca2f05737801
	.quad 0x4195621f7ffadc7f, 0x06780ab92d273a00
	.quad 0xce16d23443ed8cfe, 0x83dd2fe16dbf7a0c
	.quad 0x54e0e5061a0e7d99, 0x7fe2037f7f1fd91b
	.quad 0x7ff63be9dae7a529, 0xc000000100000000
	.quad 0x3d0800008012be06, 0x7138795cfe1fe7d6
	.quad 0x7f89428343588084, 0xf9f7548637200b0c
	.quad 0xb5c17596ff000000, 0x4330000000000001
	.quad 0x239adaaf0830af01, 0x69ce340263fb3d7f
	.quad 0x800611e2c759ccb5, 0x1370b418fdbffc00
	.quad 0x80c05c6d40424bdc, 0x800b13fbd9c2d7c3
	.quad 0x9032046669a3fc00, 0xa69c1fd07fe2fe0f
	.quad 0x32da6830ba647d2a, 0xafd17aba6eff7cdf
	.quad 0xc19e0000c0bc0000, 0xc6410c65c39500d2
	.quad 0xff800000ed918dc9, 0xfff3a07c3824357c
	.quad 0xe32967e0e7e2f1ff, 0xc3bc544773586c7f
	.quad 0xc33ffffffffffffe, 0xfff8000000000000
	.quad 0x477fffffff800000, 0xfe812fe2d276cac2
	.quad 0xa28079144d7bdcbb, 0x7f800000b6900000
seed32:
	.quad 0xffffffffffffdb76
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffee8
	.quad 0x00000000000000ad
	.quad 0xc86606aa76b57469
	.quad 0x000001366954b7d9
	.quad 0xe408193283a84bab
	.quad 0x38dd8d0f78499806
	.quad 0xfffffffffffffd70
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0xa4c6b3736f3c8c2b
	.quad 0x00000000ffffffff
	.quad 0x3ff2caef866146f0
	.quad 0x00000000000a81f4
	.quad 0x02400000
	.quad 0x50000000
	.quad 0x45c80597fffffa6f, 0xb84dcfeea9d87cf1
	.quad 0xc7fffffe7f837c14, 0x40c0000023e75221
	.quad 0xb0a5c869fe7373ef, 0x529dfa06c9b5dbff
	.quad 0x457f2eb8bdd92b4d, 0x255863d1793eb84a
	.quad 0xd8c968f5270a7824, 0xbf4d69d380000000
	.quad 0x7ff6d00a03db06b7, 0x6df3912ac1c00000
	.quad 0xce9eb99affeeedbf, 0x9b330beebd746fff
	.quad 0x3fab0f776d0434d2, 0xfdae406affa18b40
	.quad 0xff8000000f6d2dac, 0x81c60075080369cb
	.quad 0xbb31dee7a9144111, 0xf4e8a2915a7403cf
	.quad 0x7f866a4300000000, 0x927276492fce7880
	.quad 0xca3977dcda1c3e45, 0x001fffffffffffff
	.quad 0xfff787e28a02c45b, 0x03404f70ca7cfc00
	.quad 0x3d945ff441cec717, 0x821959447fc00000
	.quad 0xfff63ccc7f0e010f, 0x7ff8000000000000
	.quad 0x8b237c78c7f5fbdf, 0xee11c531f4db0fcb
	.quad 0x8968da2579f2c602, 0x0069136ac0200000
	.quad 0x9cff2ca2bd220000, 0x7ece242939a00000
	.quad 0x7ff8000000000000, 0xbf98f077274c6c96
	.quad 0xff7fffff00000000, 0x80773f1edffffffe
	.quad 0x000b118e24891cf1, 0xc0e00000599efd8d
	.quad 0x40478c3ed9be1133, 0xbf7d21f22c0eefed
	.quad 0x0020000000000000, 0x9b163ee17fa1a3e1
	.quad 0xae64f38cf7fff8eb, 0xc022000000000000
	.quad 0xa24437e7e979ea8a, 0x800a18dfda0edb74
	.quad 0xfff2bd04da382b63, 0x001fffffffffffff
	.quad 0xad6ffe1954e8a768, 0x1a5d0ae1bdffffd8
	.quad 0xbef9000000000000, 0xfff0000000000000
	.quad 0x70525aa87d1a84b8, 0xc3f0000000000000
	.quad 0x20061bf2fd97fc00, 0x7e084e898ea99c70
	.quad 0x057530d36677cb5f, 0x7f800000df65bd80
	.quad 0x6a2e8be7fb9dc860, 0x51f723b141707c00
seed33:
	.quad 0xa8f8b46067794f21
	.quad 0x24851aed146dec94
	.quad 0x19e3edbe0e23f19b
	.quad 0x000000000000018b
	.quad 0x00000000000001d8
	.quad 0x00000af8c684cb35
	.quad 0x0000000100000000
	.quad 0x13df8469a44b8574
	.quad 0xfffffffe583873f7
	.quad 0x00000000000077dd
	.quad 0xfffffffffffffdf5
	.quad 0x00000099f6a96bff
	.quad 0x8000000000000000
	.quad 0x8000000000000000
	.quad 0x71cedb3e4dcef945
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x1d86c83e42a88000, 0xbc5751c2af6f8000
	.quad 0x4019000000000000, 0xb576fe297d9a7db8
	.quad 0xff34b01600000000, 0xbf1c0847a04803c8
	.quad 0x3dd000003d1952f6, 0xc1162d6bbc4f0000
	.quad 0x40287caddccf8fa6, 0xfe8000003fc00000
	.quad 0xe2d1739c164dc0ae, 0xc076a9eff2c9d56e
	.quad 0xff8ceb90809fe779, 0xcceac9dc88d9ed00
	.quad 0xfff89844f27f422a, 0x7ff29e7bd253d754
	.quad 0x673b44a9c9297aa7, 0x77fffb850274f139
	.quad 0x7ffc6849d2fb9b7f, 0xc0ac0000bc010709
	.quad 0xd140051c70f83a00, 0x7f8f92fc005f0c86
	.quad 0x7fef67d9cfda0b34, 0x473cab877fa9fffb
	.quad 0x2f2e91a093ef01d9, 0xfff0000000000000
	.quad 0xf81a0a7dd3ffbf79, 0xbf32e00000000000
	.quad 0xc3630e80c641ff46, 0x6291dc9b1c48c673
	.quad 0x001c0816ff800000, 0x6964c699f637fa9e
	.quad 0x17ea3577c738802a, 0xdc32733d40d23188
	.quad 0x42198daaff8fc5db, 0x498241d03f200000
	.quad 0x3e486b5f00000000, 0xf5f39ccc355c36b4
	.quad 0x4046429fe544756d, 0xbf8ec51b47800000
	.quad 0xfff0000000000000, 0x4075748be9ab65c4
	.quad 0xfa91007cfc34939b, 0xdb6a026e8f44218c
	.quad 0xc0695483364c89e7, 0x2084da83ddefb554
	.quad 0x03b27e54d481f9db, 0x8000000000000000
	.quad 0x6115e7f715feeb7b, 0x0311a2dc60ea0d06
	.quad 0xfc5dacffffffb317, 0x000e16456ba3af03
	.quad 0x00000000ffc00000, 0xd8baaa47ffcdc3e3
	.quad 0x7ff8000000000000, 0x6db2097e4ffffffe
	.quad 0x43e038da80000000, 0x78b32bd06ff7f46f
	.quad 0xee89d611c5d1c6a2, 0xfff8000000000000
	.quad 0x4e1fcee6ffc00de6, 0x6efa1db3fdaafbff
	.quad 0x4c2cf622caa445e0, 0x170f23d53af5c8c0
seed34:
	.quad 0x559f89323fe9f78c
	.quad 0x00000000000bbca7
	.quad 0x0002d938f8612882
	.quad 0xfffffffffffffea4
	.quad 0xed45a1254a1692b4
	.quad 0x52db27ae16b351c0
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffffded
	.quad 0x0000000000000001
	.quad 0xffffff9fa372d924
	.quad 0xfffffffffffffeee
	.quad 0x2a7bfd8a8a806f66
	.quad 0xfffffffffffffd50
	.quad 0xd48aa38f5cb9a0f5
	.quad 0xfffffff2b2b5b001
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x4011000000000000, 0x83483d0abffffffe
	.quad 0x02cddd9e93613619, 0xf72423eacb8a4314
	.quad 0x41648000bc59f8a3, 0x557bf7eeefbf1cb9
	.quad 0x0518910280330caf, 0xbf928ab9926fd7b6
	.quad 0xc1fffffffffffffe, 0xcf5b4619fcddb81d
	.quad 0x006efaa17f800000, 0xffd7ace7bfa0c599
	.quad 0xcba4f419ffef7f3b, 0x7f800000017bdd5a
	.quad 0x3ff29f47767adf21, 0xbaf20418b94eb344
	.quad 0xffc4b908824b5439, 0xc01d000000000000
	.quad 0xffc000005a7fffff, 0xf2edccfabb8bf75b
	.quad 0x7ea7df1c081446bb, 0x1a3065b318eafe00
	.quad 0x8f816ba713eba8f5, 0x7fe5312797819ebd
	.quad 0x000000008045255b, 0x48c5905053db51f8
	.quad 0xdf7fffff116a3ba7, 0x9e604247ff9df5f5
	.quad 0xd987963299493cb8, 0xffb00bd180000000
	.quad 0x299e31ebaefff8a9, 0x98a35e583e84619e
	.quad 0xfff3ef6d8b331306, 0x7f1c1ddcb1d1c898
	.quad 0x03d2d6ed996e9e02, 0x78df1be8da57fbbb
	.quad 0x79421b23b2e9be43, 0x7fdd9f5bd09dc3d8
	.quad 0xbdf9275a7e800000, 0xc01074cb2970e124
	.quad 0x38b8000043380000, 0xc008000000000000
	.quad 0x5a1630838a0435ee, 0xfff5a2bef3ac3394
	.quad 0x401000007f800000, 0xc2b056dbffbfbc5e
	.quad 0xb5980000ff8b9729, 0x000f831e78865c52
	.quad 0xbc3051ea5b7cb9d9, 0x0000000000000001
	.quad 0x9a4879b17fc00000, 0x055ffd0ce789a0ce
	.quad 0x001e1ca5ab432ff4, 0xffefffffffffffff
	.quad 0xf9a4cf754c3577ff, 0xdc20dee3fa9dffd2
	.quad 0xceb753c801b29f6e, 0x69a42d77dc2ef7ea
	.quad 0x8ad1c955e8fcfef7, 0x41d290d1a8f8e740
	.quad 0x1f0dfee9e94d4e32, 0x000d487d5c15c109
	.quad 0xa51eb5f3c9a73f7d, 0x392bd5dab1cbdd22
seed35:
	.quad 0x0bb5bbfeb6c5ae60
	.quad 0xffffffff71a72aa9
	.quad 0x000000000000258c
	.quad 0x000000000000025c
	.quad 0x7b1ff1634844a5c8
	.quad 0xffffffffffffff0d
	.quad 0x00000000000000d9
	.quad 0x28ec6895919e95c7
	.quad 0xfffffffffffff81e
	.quad 0x000000000000fe08
	.quad 0x000000000cf5f2a7
	.quad 0x000000007fffffff
	.quad 0xffffffffd09136ae
	.quad 0xfffffffffffffc2e
	.quad 0x0000000000000008
	.quad 0xc36f1b481527438b
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x5f23e1533c4d8a36, 0xbc8f8a8cfffe7ece
	.quad 0x0bfddcffbffbfcb4, 0x7fc00000411a0000
	.quad 0x7fad943180679c59, 0x0856bc95acd1556e
	.quad 0xfff3f10fc0922ef5, 0xc000000000000000
	.quad 0x7ff0000000000000, 0x31085bced3387921
	.quad 0x7ff35d1b89cb337e, 0x07bc659b3fa4ba00
	.quad 0xaf17f28c6fa97c00, 0x9df07ae91336ebad
	.quad 0xffdf30d32e83e910, 0xc173a8ded9800000
	.quad 0x6b4e3beb1a20faf9, 0xc8200000c3d96d94
	.quad 0x19bc417aeaebbe3d, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x7f7fffffc2800001
	.quad 0x3f94e83b79f676e0, 0xb96951a9fff4f67b
	.quad 0xbfd8000000000000, 0x48a00000b6c00000
	.quad 0x53262a09ffae8fc9, 0x412fdf12ba1410e0
	.quad 0x7ff0000000000000, 0x477fffffde389342
	.quad 0xfff0000000000000, 0x3ae2cb3576b4bae9
	.quad 0x82d24c8a928e863b, 0x3f5c48d29dc0616f
	.quad 0x248eaf08f9e9af9c, 0x549522e15ab676aa
	.quad 0x078c5831f93f6e6d, 0xbfd427f47a02a383
	.quad 0x8000000000000000, 0x3fbf3a5e7ea22bc2
	.quad 0xbcb13e594115dd61, 0x301f6f5c83638000
	.quad 0x83f5e8efb5147a34, 0x0e751f00fbddfffd
	.quad 0x407ffffe824354c2, 0x80028d0310f5abae
	.quad 0x25b05017e6617c00, 0x6b03f80c454520c2
	.quad 0xbfb0063c229d058e, 0x6b9508a091da892e
	.quad 0x80000000805ad666, 0x83a96a094330699f
	.quad 0xa68b5b865e8418ce, 0xc0ffffffffffffff
	.quad 0x00000001007fffff, 0x3c2e316545efb3be
	.quad 0x80000000877a9273, 0x3c42f0d17f4cbb53
	.quad 0x7ff8000000000000, 0xff800000ffa5caae
	.quad 0xd086dea201d10d52, 0x31ca540effd5c5c0
	.quad 0x05574bb9186783ff, 0x7f8000007fd489a6
seed36:
	.quad 0xaa7d78f2b4abf620
	.quad 0x00000000057067f7
	.quad 0xffffffffffffffa5
	.quad 0xb5089e5a9f12c410
	.quad 0x0000000001000001
	.quad 0x57d5ffd1a84cada8
	.quad 0x47994b154897c829
	.quad 0xfffffff6dcaeffc7
	.quad 0x5a4e0b974fb0ec88
	.quad 0xfffffffffffffc5e
	.quad 0xa0b8a3e199ba1063
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0x3e4e6996e152c0b6
	.quad 0xbef9599af1152de8
	.quad 0xffffffda31df8125
	.quad 0x03000000
	.quad 0x30000000
	.quad 0x7f01ea2af13fecb2, 0x3f1c6358429aff1d
	.quad 0x4fffffffb4e7a4a3, 0x80000000c1100000
	.quad 0x1b739b148e345c35, 0x477fffff43ab41b5
	.quad 0x030b2ef155431574, 0x4b5813ed6e657ae6
	.quad 0x7c8b884487287960, 0xffed6e7c7fe4874d
	.quad 0xff0b5abd800a3345, 0x6d622fe6b18c5760
	.quad 0xd178bff56622d1ed, 0xe55c8cee33c4ffb5
	.quad 0x52a82e7c02953e58, 0xf21c9d1ff14b84f5
	.quad 0xff800000f1eab6ff, 0x98111077ffa9fa36
	.quad 0x7e81804940c9ae97, 0xfcde58fe7f800000
	.quad 0x1fe35af2801e7dc5, 0x7ff8000000000000
	.quad 0xdfffffffffe112e1, 0xa8fd9257f786d2db
	.quad 0xf23ae8178f03e3b1, 0x7eca3696e1f0c7b7
	.quad 0x00049a5de2c52dd1, 0xc0b496fc80000000
	.quad 0x400c000000000000, 0x7f800000b5800000
	.quad 0x0000000000000000, 0xc10076cfedfffffe
	.quad 0x0000000000000000, 0x190cee2f00d9e48b
	.quad 0x40180000f7cd2b66, 0x7e800000c7ffffff
	.quad 0x14d020b5ffe9b4e8, 0x03ebc15b7f832deb
	.quad 0xd1355c96df77f4a9, 0x8002fe6ec465a810
	.quad 0x01000000cf000000, 0x7ff48d72c7a05d66
	.quad 0x02a86321fecbf479, 0x7113ca42c0945830
	.quad 0xc357d28f43f69cd7, 0x410c00003f66748d
	.quad 0xae60fbe2f5ffd8dc, 0x8012a9d5eeef8e03
	.quad 0x7f2eb02fe1664440, 0xf08f932372f67b6a
	.quad 0xc35be0b43ffffffe, 0x0fc555e4b7852bf4
	.quad 0x7fc49baac143940f, 0x80136b56c309ad2e
	.quad 0x000000003ee8da41, 0xd98000003c800000
	.quad 0x438e55078d55a114, 0xf5d875e31d3f9f4a
	.quad 0x761efc5dff000000, 0x4071d39ab37a9e5e
	.quad 0xcc5e27a23a709b28, 0x1e2cdc7afec5f921
	.quad 0x067ceebc8f558cf1, 0xdf800000bfee960c
seed37:
	.quad 0xff0d57d9cdb2deed
	.quad 0xf284d4c090424445
	.quad 0x8000000000000000
	.quad 0x7f896da4ad9c83cf
	.quad 0x000000028fef54a1
	.quad 0xf8872055fa10a328
	.quad 0xfffffffffffffc33
	.quad 0xfffffffffffffd2d
	.quad 0x0000000000000001
	.quad 0xe8d2f34e322658b6
	.quad 0xfffffffffffffe1d
	.quad 0x60941662c1442f86
	.quad 0x0009c9c64b886ae5
	.quad 0x9640e6a2eaf52306
	.quad 0x00001d278ab027ab
	.quad 0xfffffffffffffff8
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x6b59e0f4ef9cff9e, 0x73d94bfc7f9cff77
	.quad 0xff142dd87f800000, 0xc80cfa764bb6f4ff
	.quad 0x90df225ed2ebf7e4, 0x3436aa4c8adec900
	.quad 0xc108000000000000, 0x3f70000000000000
	.quad 0x3a29e913e9ad7e00, 0x0000000000000000
	.quad 0xbe9ab3c4fef063ec, 0xf8814e48abee7e00
	.quad 0x4062fc3aaac8dce5, 0x000eb0d3004a6f88
	.quad 0x4050000000000000, 0xc0c800003cbd2023
	.quad 0x80db72ee9d2b1bf5, 0xd9704ac83facd7ab
	.quad 0xfff427e5aea4b97a, 0x7f72b744eb537b62
	.quad 0x7ff2d2fe1e91ce58, 0x0000000000000000
	.quad 0xa4a16648ff8bffde, 0x5b6c70a04f267b17
	.quad 0x07fa19908c6423fa, 0x80000000ffa4d46d
	.quad 0x893c85b35a58c340, 0xc0f80000f6c83b4e
	.quad 0x00000001ffa2f13a, 0xc0e4000000000000
	.quad 0x800da38f84abd07d, 0x9fdbfc657f800000
	.quad 0xe6926be77fffbfbf, 0x7fc00000c000a436
	.quad 0x0000000000000000, 0x3dc5e03cc31a8000
	.quad 0xfdb94f29142db3d0, 0x002b622bc1e731b4
	.quad 0xc6264b5bdf70b35d, 0x40d00000ffc00000
	.quad 0x95f1dc0db3c8b0a5, 0x67dd7fa7064ffe00
	.quad 0x75159f4d63487c00, 0xd174e881cf800000
	.quad 0x626375c0e95a7c2d, 0x7f7fffff3d22e6e5
	.quad 0xbf31400000000000, 0xc01c000000000000
	.quad 0xfbb65f6db4ab5478, 0xcea108f3fe3dffbf
	.quad 0x7ff762fe56134c9b, 0x2f8b28e5ff9af2fd
	.quad 0x1265dc9876ae54a4, 0x3419cd306c4de7dc
	.quad 0x4010000036500000, 0x410000003fbc8000
	.quad 0xd9fffffedfffffff, 0x329135fbfff7ffa4
	.quad 0x3d40000082b585d4, 0x7f753f62deb4825e
	.quad 0xd88bd21da8317ab3, 0xc0fe000000000000
	.quad 0xbebdccdd59800000, 0x80021954fff8fd83
seed38:
	.quad 0xfffff7aa677eae97
	.quad 0xd4d4b863e9b83876
	.quad 0xdabbfb0f6eac5c4c
	.quad 0xffffffffffffc188
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xffffffffffffffb6
	.quad 0x18fd2dd4e5b61ad4
	.quad 0x06a8b0833a9b259c
	.quad 0x4c4fef34188aefd7
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xffffffffb83e447d
	.quad 0xfffffff03279e857
	.quad 0x0000000000000001
	.quad 0x000000000ec4fd31
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xa4468fb57feb479a, 0x2127166d22213de1
	.quad 0x7f7fffff41fbc508, 0x7ff17ab7f25c107a
	.quad 0x4fc9540173f9c98d, 0x7fc000007ffb1bc0
	.quad 0x7ea5603043f15129, 0x0030a40726bde98e
	.quad 0xc2f6b70c007285e1, 0xd453ec64fe6debfa
	.quad 0x81d10037802fd2c6, 0x45ff4b071b5a48a0
	.quad 0x52ae950ec174cbf2, 0xfff019d2ee11caf7
	.quad 0x000fffffffffffff, 0x3fde76191642a2d3
	.quad 0xc3ddb18480000000, 0x14f47d760af7cf95
	.quad 0xff88a05880fb37eb, 0x5b15ba37ff8c7e00
	.quad 0xbb7ac0558088ffb6, 0xc22078b2012415ec
	.quad 0x74d102fefff5ffca, 0x33dcb61dc798f84e
	.quad 0xff8000003560bce5, 0xc3efffffffffffff
	.quad 0x801d6222665404b9, 0xfff0000000000000
	.quad 0xfff8000000000000, 0xfefffffff22b0827
	.quad 0xffc000001dc6d39d, 0x80d2f24127e0aa7a
	.quad 0x8956104e7f800000, 0xc9a2712aa240e080
	.quad 0x00efffa98cf07b11, 0x3d46b1197f800000
	.quad 0xd856af81ff7d7f47, 0xead5f444cbedbfff
	.quad 0x3ba853dafb3327d7, 0x26eb66cdfc3ffafe
	.quad 0xb7a3ed129726a6a3, 0x0008000000000000
	.quad 0xe01d603a77c619b8, 0x091e84f640645c7f
	.quad 0x40d40000bd4d8000, 0xaa1cadc75b865486
	.quad 0xfdf51ff054aafef4, 0x0000000000000000
	.quad 0x810000007fea189d, 0x7ff1345a2959c609
	.quad 0x400fffffffffffff, 0x3b78bb2bd1108000
	.quad 0xfff8e2b0ff800000, 0x17132f3f6b2fc9b3
	.quad 0xc41f00007fbaa10d, 0x8000000000000000
	.quad 0x807d509f7f800000, 0x8000000000000000
	.quad 0xd20029a7ff800000, 0xbfead7e512ad4e27
	.quad 0x028f229dbfb05ee5, 0x7ff1f79f1f9191d4
	.quad 0x8002dea1e48cbd26, 0xccbd0605240f2356
seed39:
	.quad 0xfffffffff9a742c4
	.quad 0x23ca3fa16fe8bb1a
	.quad 0xffffffffffffffe3
	.quad 0xffffffffffffff97
	.quad 0xfffcc0e2ba504723
	.quad 0x99b907d759c2da6f
	.quad 0x9b86dffe145d429f
	.quad 0x000000007fffffff
	.quad 0xfe7719f4c014e967
	.quad 0x0000002a349fb83e
	.quad 0xc26eb5b63b57ad81
	.quad 0xdc0e418decdeb6f4
	.quad 0xffffffffff47ec87
	.quad 0x31c271b7ed41debf
	.quad 0xf83c4d8d0aea1a77
	.quad 0xa769d3301df0ebec
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x82051694800e7ef2, 0xff8000007fb279fc
	.quad 0x7e87c1ba1b8f93da, 0x4c2ece2bc6fe6bcd
	.quad 0x800740d11514c6de, 0xba80000053a8c830
	.quad 0x7e28f6340af7e944, 0xf4e92ecbd7fe7c00
	.quad 0x01f94dbfa2531492, 0x00000000bde4cf70
	.quad 0x7f800000bc9690e3, 0x4871bfa1ab5f7e07
	.quad 0x7fff59beb556c610, 0x7ff0000000000000
	.quad 0xb421b99931b0b6e4, 0x7ff8000000000000
	.quad 0x3fe943e90d8d6a7d, 0x7ba70ed7863b7c01
	.quad 0xdc83388f2c864f1d, 0xc00fffffffffffff
	.quad 0x3cdcf33d40e6b83b, 0x7f8346f12fda1da9
	.quad 0x4160000000000000, 0x448000001d01dc2f
	.quad 0x595ba803fffda84b, 0xe765695a7bfcf4ef
	.quad 0xecc5aec7b9d1d4fc, 0x55ea7cce67de145f
	.quad 0x000a2644666ec66e, 0x7ff225e86fc1f584
	.quad 0xbc295da4dfe76f54, 0xbfb8000000000000
	.quad 0xffbb17d03fb00000, 0x7725b2aa8041f278
	.quad 0x7a6fb83cf0543e80, 0x008000009057bac3
	.quad 0x3eb8c2281634003b, 0x8bfd6d2cacd63167
	.quad 0xf2b3810c007fffff, 0x6dbb86e2298b2bc8
	.quad 0xecc99ef4e1feb062, 0x3b612281dc597c00
	.quad 0xbfdf9b4b7effffff, 0xfff8000000000000
	.quad 0x800000003c4d0e90, 0x8764c1dbffa08206
	.quad 0x472ef5600619c7c0, 0x8000000012c1b18e
	.quad 0xe08cf33318e83848, 0x0000000000000000
	.quad 0x1fa94183465d824c, 0x9b6d6651ffdf2cc7
	.quad 0x8740652262fcc711, 0x80040250a8add121
	.quad 0xbbb00000b9ca0000, 0x900f41960ccfb60c
	.quad 0x00000000bc6f80cb, 0x0b0e929c1d07c80d
	.quad 0xc00e000000000000, 0xfe77e945319b88b1
	.quad 0x870a88d07fb7f4eb, 0x007fffffc10c0000
	.quad 0xc00560000e2f7ffd, 0xefa7662edf7edf6d
seed40:
	.quad 0xfffffffffffc1976
	.quad 0x06326d76bfaa554b
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x00000000000004d0
	.quad 0xe538c7af62b9f623
	.quad 0xa4613a924302fb3f
	.quad 0x00000000000000ce
	.quad 0x0000000000000123
	.quad 0xb689bb4c0c0708d6
	.quad 0x0000000000000257
	.quad 0x00000000ffffffff
	.quad 0xf24c5ea05e0f5393
	.quad 0x1671673b44c9bd37
	.quad 0x453cb70471258607
	.quad 0x990cbe4937dc8752
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x7f8000008056fb66, 0xc06b757d160c51f7
	.quad 0xffc000007fc00000, 0x41200000477fffff
	.quad 0x971b381b11b4f7f1, 0x011a950be8fc47f3
	.quad 0xa7f97666bdcbfc00, 0x0000000000000000
	.quad 0x41dc65623f000000, 0xc070000000000001
	.quad 0x0158670c41d03396, 0xa7ad6232e09bbe9a
	.quad 0xc330000000000001, 0xc3368fa0c26effe6
	.quad 0xffee9944b6d2d3a5, 0x5b7592fc6f491aa5
	.quad 0xd701161b772feffd, 0x7ed11f47a91a80da
	.quad 0xe9e3f0538afe7e88, 0x4318bb89e1f0fbb2
	.quad 0x2306afa71d2d0600, 0x7fc00000bc16aadd
	.quad 0x9a2d7fceffbd75af, 0xbee426b78ddccb82
	.quad 0x00f2dd6a7fb34c9d, 0xe029a0c5ffd6effb
	.quad 0xe7e5333bffdffe63, 0x819bd519e7690000
	.quad 0x99941cca14844f89, 0x8000000000000001
	.quad 0x4050df5593bf9e4d, 0xbbb0af11cbfeefff
	.quad 0x833dba75e7c841b8, 0x01000000ffc00000
	.quad 0xc1188ae744200000, 0x501e0c1dcbffebf1
	.quad 0x00000000c0f4d158, 0x7eff55ce8e92807a
	.quad 0x6d255f35c17e0cd1, 0x85a3fba860a87a11
	.quad 0x6d9e3e91047f2c00, 0xb0ee876900000000
	.quad 0xc1071b2880000000, 0x802ae8dc3ddd0d1b
	.quad 0xc01b000000000000, 0x2ee75dcebfc00000
	.quad 0xff80000000adb2cb, 0xbffecf01fd7ad9c7
	.quad 0xfdd19c6562315a41, 0xc02800003f8c32f7
	.quad 0x49d689f6fd9a3f54, 0x8000000000000000
	.quad 0x80000000bca29a4f, 0x8175b8c93f420f87
	.quad 0xe70817447e800000, 0xc03b89037eea6720
	.quad 0xbf3734bbbc5fdf49, 0x4019f69522015200
	.quad 0x36be0000a4bb38eb, 0x40c6e6a2895fdebc
	.quad 0x7e80000040600000, 0x4f8000017faa79a0
	.quad 0x935635cb0a8e095b, 0x686716a5a5599c89
seed41:
	.quad 0x0000000000000a3e
	.quad 0xffffffffffffffe7
	.quad 0x8c0cbf79379951ce
	.quad 0xf4c976927d49031e
	.quad 0xf2b90ce172b01d0f
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x2711e7fca46b4ebd
	.quad 0x00000000002cd858
	.quad 0x00000000000002db
	.quad 0x0000000003f9c121
	.quad 0xffffffff80000000
	.quad 0x000000000050cb30
	.quad 0xffffffffffffffe7
	.quad 0x7a1da7a850c6b778
	.quad 0xcf7992025c2a9d45
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xbf71c0633cc29e2f, 0xbd7d682a7f800000
	.quad 0x3f878376683d119e, 0x8d360d377f800000
	.quad 0x7ffa4d11bb4cec3e, 0x7f8e78f547800001
	.quad 0xc0454e2b115a3f67, 0x7fcca21101017525
	.quad 0x3fe0000000000000, 0x7f7ffffff2a86fa5
	.quad 0x3ba13208d3de773f, 0x3fe8000000000000
	.quad 0xbcebc05a70d218ab, 0x80571bb289ca5d4a
	.quad 0xffc000005f000000, 0x4c07ac8806851110
	.quad 0x40000000f2103c0c, 0x0009d452a34ccb7c
	.quad 0x44c00000cd1103cc, 0xf5533069cdb6ca58
	.quad 0x5d59001d604f4f6e, 0xc0f0000000000000
	.quad 0x4076b335f47c9d46, 0x5db08d0fffb447e1
	.quad 0x8008738981304748, 0xfff0000000000000
	.quad 0xc581d5a1df7bfd30, 0xfff7c301c660a330
	.quad 0xa94efc7e382f4bc8, 0x02229404fe0fe9fb
	.quad 0x7fbdac6affbf46cc, 0x7effffff440cb1fd
	.quad 0xdb883ea29e110200, 0x4020435543569625
	.quad 0x78202d1dc6f7ffff, 0x7ff72e0994ff308d
	.quad 0xc2df2bc6c0a80000, 0x3f9a8b9f5b2ecf68
	.quad 0xc1060000c23be3c4, 0xee058ee317e2e86d
	.quad 0x0129bca4007fffff, 0x927a0ee0d26d3a10
	.quad 0x51e5848cbbc6d9cd, 0xe64a41151cfb7b9f
	.quad 0xc9dd9ec6160538e2, 0xe581c5daff8905b2
	.quad 0x662525493f6a0000, 0x3fd8786c0952fa32
	.quad 0x7ff0000000000000, 0xc0f80000bf975342
	.quad 0x823c2dbc1d752eb0, 0xf6222f45367c6f81
	.quad 0x7f2a09de9e7f2c40, 0x05b553723fefb4f5
	.quad 0xfff8000000000000, 0x82e3b1bd0e5d374e
	.quad 0xf6268e64fdf8aec5, 0x7203af489c973e90
	.quad 0x16aca086caec9458, 0x26734045e6b6fc1d
	.quad 0x9f796890d982b445, 0xbf0f8a69ed4e4f8a
	.quad 0x0000000000000000, 0x9f254014fffe7ff6
seed42:
	.quad 0x07c83f3b387ab3fa
	.quad 0xb200af8949f7f20f
	.quad 0xfffffffffffffcdf
	.quad 0x000000006b6d34f6
	.quad 0xffffffffffffffff
	.quad 0x00001504998c8dee
	.quad 0xcb8bc5bf57ab3743
	.quad 0x000000007fffffff
	.quad 0x0000000000000328
	.quad 0xffffffffffffff49
	.quad 0x0020000000000001
	.quad 0xfffffd4c8c4cbde7
	.quad 0x000000000007dbd0
	.quad 0xfffffffffffffff6
	.quad 0xfffffffdc1e31e3d
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x2f00e2bfbfffff7f, 0x59b689bf7c6d0aa5
	.quad 0xf4f8ac93d6da0000, 0x0263117a7eefffbf
	.quad 0xbf44000000000000, 0xbe3967e8ffd6add6
	.quad 0xc5b2eb74dd763529, 0xffd0000000000000
	.quad 0xdf2aada99affe834, 0xbcfdb649bd080000
	.quad 0xc0c800003fffffff, 0x8010000000000000
	.quad 0x6770c89efebfc8cc, 0x8040000042be2539
	.quad 0x3b1843822dc9cdf0, 0xc1f2145d110fc4fa
	.quad 0x47800001408f10b6, 0x708c83ccff800000
	.quad 0xc2106664c0ce4cea, 0xb27f857ab185af7d
	.quad 0xfd9034c03ba8b905, 0x2caa81defbff73ab
	.quad 0x3381f6e4fffffffe, 0x416d18c9bff9fdff
	.quad 0xa4299950ecd41fed, 0xfffef038567ab07b
	.quad 0x084843390bbd7784, 0xfd845f5cd925f611
	.quad 0x5614a086b9e9d2c8, 0xf3a49b6eea31041d
	.quad 0x7206bc8680000000, 0xffed1f6b50392c2e
	.quad 0x3f7ddcfaed46b0fd, 0xff800000be050000
	.quad 0xf35d1c6880400000, 0x98b71c4d13ffffff
	.quad 0x3f20c00000000000, 0xf103dc45cf56baa9
	.quad 0xf75c90b88020c48a, 0x57ed46911c838000
	.quad 0x4a79e181bf706500, 0xb088c64c797d068c
	.quad 0x80b3697ade6f292a, 0xf03df1891ea95af6
	.quad 0x6e59029efffff77e, 0x67c73173e2c20204
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xc0517f2aa5e4cb20, 0xaaf94f3e1e06a2df
	.quad 0x0bf457de80000000, 0x6d348d4665b8676a
	.quad 0xc565408adf331e5f, 0x09400c1fc39efcff
	.quad 0x4025800000000000, 0xff800000d9d595d6
	.quad 0x7f17801a147e1066, 0x7ff8000000000000
	.quad 0x7f800000455c0000, 0x92f85374ff6747da
	.quad 0x312e90bbbbfe03c6, 0xfff4b687f0ed8b04
	.quad 0xc478748bffe2f980, 0xfeffffff80000000
seed43:
	.quad 0x0000000080000000
	.quad 0x46a71219ccd6fbcd
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x00000079e6e613aa
	.quad 0xfffead12da079525
	.quad 0xfffffff70e8835bc
	.quad 0x23643dca25c80a9e
	.quad 0x0bcd3f13760035de
	.quad 0x0020000000000001
	.quad 0xc1b842fe07f418da
	.quad 0xf446972ecede9886
	.quad 0x16f610c597d0b836
	.quad 0x0020000000000001
	.quad 0x617cd450992849c0
	.quad 0x0000000080000000
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x2f177f25ffff81f8, 0x4cc16cab2e5be8f7
	.quad 0x403ffda4a538b640, 0x7fdfffffffffffff
	.quad 0x6b80f4ec40ec0000, 0xc16a15f880400000
	.quad 0xbfbc195b7583fad8, 0x80441a1bff800000
	.quad 0xa93a778b477ffffe, 0x17c2f230467a7d17
	.quad 0x406d4e6233bb6e40, 0xb5fba0deffdfc7e4
	.quad 0x45eeaa57e175bd7a, 0x800000007f77a950
	.quad 0x3ffffffffffffffe, 0xbfa9886ef76ebef5
	.quad 0x00e44c83b4e5fb9d, 0xfff9a42143fb6573
	.quad 0x8ab76812e2094f34, 0x8ae866c7f65effde
	.quad 0x3e2de7005a7fffff, 0x406c6de5d69e161f
	.quad 0x000000007182a158, 0xa9686d987feb7b1a
	.quad 0xf0b4c5615f23ad57, 0x80121e96e7318000
	.quad 0x80ceaa82ff800000, 0x2f2de35a6b460b7d
	.quad 0xe3012d7f537c7802, 0xe52860adfb718ff9
	.quad 0x0000000000000000, 0x770ce4f01170659e
	.quad 0xa75483eaffd3dd6f, 0x791b4aff8117a46d
	.quad 0xdf19eea9efc595a2, 0x3ff67e9479e132cc
	.quad 0xc112000000000000, 0x4606800004b105ea
	.quad 0xab249b6d7fa09213, 0xcdecf100ffbb3dff
	.quad 0x6d27687f42931fc4, 0x5f80ae3f80864995
	.quad 0x81a79278939bc03f, 0x62654180f5251bfc
	.quad 0x4788b9556cfbd907, 0x4efffffebccb80cf
	.quad 0xbff00000bda2b1b1, 0x24e79bd16cfa7c00
	.quad 0xebfbb668c3a46af0, 0x0000000000000000
	.quad 0xcfb76b52db56f969, 0x7f80000015d439f9
	.quad 0x807fb539fbfae10b, 0xad9f3d28d1560bff
	.quad 0x785a16d9a06b2f45, 0x40766591b570da2e
	.quad 0xf18389a69977dc25, 0x782339acc6eb7c00
	.quad 0xbfa7a82f29c8f832, 0x40c0000043246811
	.quad 0x0e4662e07f928d48, 0x8e33da0b6322fc0c
	.quad 0x068017bd4bc08000, 0xc0c800003fe0cd26
seed44:
	.quad 0x0000000000000000
	.quad 0xfffff1ee27f3d6bd
	.quad 0x3d398daf07cd330d
	.quad 0x00019810a4a23437
	.quad 0x0020000000000001
	.quad 0x75f834d9ed35f384
	.quad 0x000000000000040a
	.quad 0xffe1f2070db407fb
	.quad 0x556df3fe902689e1
	.quad 0xfffffffffffff840
	.quad 0x851c754b31bc3075
	.quad 0x9a154822ac7c555b
	.quad 0x3c96798b2f7501e0
	.quad 0x00001d1b14ac82f1
	.quad 0x10c68b6c2479e24f
	.quad 0xfffffffffffffca3
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0xc7100000ffc00000, 0x433018dc40c80000
	.quad 0xffefffffffffffff, 0x0a6c1528dd7e7c08
	.quad 0xff72a0fe64eafdd5, 0xdf1469f87dbf9b35
	.quad 0xbff8000000000000, 0xe1a9172f2fd9d09a
	.quad 0x80a6140d00544c3f, 0x3c39c90fbe178478
	.quad 0x0000000000000000, 0x413bc1cc7ac229c6
	.quad 0x24de113dff800000, 0xc006caac0331b866
	.quad 0x3e641b50ffc00000, 0x1aa7e02d7fa53c77
	.quad 0x7c103f00841efcc5, 0xb580000059df7f54
	.quad 0x7ff8000000000000, 0x8155a22c011e8ce4
	.quad 0x0eece61780000000, 0xc7abf80cdcffffff
	.quad 0xcf800001807782eb, 0x3ebdde3dbf57992d
	.quad 0xebf7e05ddf728000, 0xc0e00000df800000
	.quad 0x0000000000000000, 0x401b000000000000
	.quad 0xfeffffff8218260d, 0x7f8b436b00a1a427
	.quad 0xd72b66aff84ac6c2, 0x2464d1dfa608c56b
	.quad 0xbe63c4f63de06b61, 0xfff0000000000000
	.quad 0xfff7497fe5ed3dce, 0x3c6000004066ae4c
	.quad 0x0020000000000000, 0x676df212f4db6d23
	.quad 0x4d90c59a93bbf400, 0xfc33e180f3ba7b35
	.quad 0x4022000000000000, 0x817fffff92bfdd3a
	.quad 0x7da63e9a3d7df3f3, 0x86f1c86417be397f
	.quad 0xcf7ed74e876f2d15, 0xff8bad9fc77fffff
	.quad 0x2e561ab865eecc76, 0x751a8417cbfff3df
	.quad 0x7ff7a14749cdc81d, 0x5824d60de8f987a9
	.quad 0x991e3f44b91f094a, 0xbf49800000000000
	.quad 0x43d51653fe930959, 0x7fbd8e2cbfe783d2
	.quad 0x4b8c93de868e83ff, 0x67bdca391a5ccd5d
	.quad 0xf07d18f4ba415917, 0x000000007f800000
	.quad 0x30d1a451c200dbca, 0x5ad33c8b128b52ef
	.quad 0x086d3dac66c95a2f, 0x403a5b7fe4f4a0ce
	.quad 0xfebeae6c943c6daa, 0xc0b000007fd58b37
seed45:
	.quad 0x00000000ffffffff
	.quad 0x0000000000000192
	.quad 0x0000000000000282
	.quad 0xffff0723dd545358
	.quad 0xcd2eecb6b9ae967e
	.quad 0x05828250d8236f2b
	.quad 0xb1c4d6a06b166d9f
	.quad 0x7fffffffffffffff
	.quad 0x00000003d54826df
	.quad 0x23282d8f6191a478
	.quad 0x30b4c4c8cac6911d
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffe25bf
	.quad 0xcc3018d961d0bef2
	.quad 0x00000000ffffffff
	.quad 0x91c6a9915c817206
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xc077f457bb79d9a9, 0xb77200006e92f8b4
	.quad 0x6ae6c7a9f2bc8000, 0x9bd7b21dc160d9e5
	.quad 0xc02f297943b30220, 0xbfcec15677ccf676
	.quad 0x39aaedd235dbb8f2, 0x7b524605bc4b9d56
	.quad 0xc07891fe5a1e5c50, 0x5980000173067f28
	.quad 0x4017000000000000, 0x384cdbcb1a9bb613
	.quad 0xc02e3638cae0c87e, 0x0e3e52533fefe6f1
	.quad 0x9119bb0b41ffffff, 0xb158f8f49dec7aba
	.quad 0xab88e609e82bd1a5, 0x801a0369cb716f9b
	.quad 0xbfadce050728b2a4, 0x49c8de1507e57ca5
	.quad 0x802fffffffffffff, 0x27296629ba92fe00
	.quad 0xe94ff399eacc3a00, 0x7ff8000000000000
	.quad 0x009bae4fc0162b00, 0xcb617b91d7c3bf76
	.quad 0x7ff5713345c01ce8, 0x7ff52396612dafdb
	.quad 0x4f2c7a299b500000, 0xbfccba87b46ad344
	.quad 0x7e4b1f6f445d3452, 0x80000001ffc00000
	.quad 0xeb91e83500000000, 0xf5c57eeafff7f9f7
	.quad 0x7f0a89fe84c17028, 0xd9fffffe80000000
	.quad 0xb22a8ed7ffb4fbdf, 0xc12a10c1808122af
	.quad 0x39a61579ffe5feee, 0xc4500000f5594284
	.quad 0x3fa000003fcf5628, 0xff800000ce5ef62c
	.quad 0xebc42100dedb5ddc, 0x7773cab8bd88c552
	.quad 0xfd343eef6b4ffffc, 0xad4de207caf4cee7
	.quad 0x0000000000000000, 0x81af852e925ab7b9
	.quad 0x8e5bb9b900800000, 0x7f5e23cfc1104642
	.quad 0xc4e0000080800000, 0x92ec5e3ee8edf5bf
	.quad 0xc0f0160a63b3444c, 0xfff8000000000000
	.quad 0x59294a307b2e22f6, 0xfd928586acd528b2
	.quad 0xc7b00000c0800000, 0x60cf4799ff250000
	.quad 0x39000000ff595b0b, 0xffe48e1ae2332f6b
	.quad 0x740d1464ffab1a01, 0x7ffadd25f2eca288
	.quad 0x53c31262b4ffffff, 0x8000000000000000
seed46:
	.quad 0x00000000ffffffff
	.quad 0x000015c3ecd7157d
	.quad 0xc6de96b7f011b7e7
	.quad 0x0000000100000000
	.quad 0xffff671e7b465ea2
	.quad 0x7afcc77c677b8734
	.quad 0x000000000a499528
	.quad 0x00000000ffffffff
	.quad 0x0000000000002b5d
	.quad 0xe2feac403f9cfbaa
	.quad 0x000000000000003c
	.quad 0xffffffffffee1afa
	.quad 0xd29a10fd61ee99e3
	.quad 0x003fce488428dbe9
	.quad 0x0000000001000001
	.quad 0xac2aa0edd4fa14d4
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x87adf63cfb3ffdfb, 0x3feb8eabe6783ffc
	.quad 0xbe53f5d27fc840d1, 0x800313f4ad98f523
	.quad 0xff8000006f0efa22, 0x80c4ffa7d138421d
	.quad 0xc20c122c00000000, 0x6337bf6054ccfc00
	.quad 0x0e6930db00000001, 0x401e000000000000
	.quad 0xba5904aeedaeafbb, 0x06153707fff7bfed
	.quad 0xc0051af3433d0519, 0x407ffffefeffffff
	.quad 0x409700007fef78ee, 0x80fbf4ddab67c2f1
	.quad 0x8e318d3d78af1471, 0x007fffff812caf2c
	.quad 0x42ee07c90ed87ada, 0x40effffffffffffe
	.quad 0x4bf7a63da261dbcb, 0x3eba44001fe8dffa
	.quad 0x93e74253a5a0fe00, 0x3fe37cd113ba8da2
	.quad 0x4009bd07e7cc4f67, 0x760e3fbc9ab897ff
	.quad 0xc76d3ca6a3c98500, 0xee7fee043aa645a5
	.quad 0x72e411f4df635f36, 0xd38443b927fefd27
	.quad 0x0d7b0ff17f800000, 0x000000008036e529
	.quad 0x80090db2ff800000, 0x4131a0985b3b3057
	.quad 0x3485644e5454d614, 0x950620fc25f91c37
	.quad 0x01d182266fffbffb, 0x7ff0000000000000
	.quad 0xd908acd0c1ab60d6, 0xcca206159b4f4a6c
	.quad 0xd83f5102fb46fc00, 0xc1e0000000000001
	.quad 0x408c00003e700000, 0x6e175b5810d6443d
	.quad 0x3f60000000000000, 0xe4b5f0687fbfdcc6
	.quad 0xb67090d07ff7f7ff, 0x01c8fae79c5c9ccc
	.quad 0xd65619703f7b7fa7, 0x7f8000007d82f7ed
	.quad 0xf0731bece7834487, 0x5886df46f548fff4
	.quad 0xed170270ff98306d, 0x4f5de8a8c09c0000
	.quad 0xfface62c92ccc1b0, 0x4700000040c80760
	.quad 0x0f101c588c311820, 0x0afad8c7c0772736
	.quad 0xcc12cd9e00400000, 0xee4fc8abe335fe75
	.quad 0x438183eeff800000, 0x41fffffffffffffe
	.quad 0xc0e00000f13830d4, 0x2b3c1e7cbee878f5
seed47:
	.quad 0x7550e63281b80015
	.quad 0x3759bb1585823f09
	.quad 0x0180543fcfbf20cf
	.quad 0xbc635fc07164d4dd
	.quad 0xfffffffffffffe32
	.quad 0xffffffffac5e06fb
	.quad 0xffffffffffffffda
	.quad 0x0000000000000136
	.quad 0xfffffffffffb2e9a
	.quad 0x66f824084e7f137b
	.quad 0xfffffffffffffc8a
	.quad 0xe5df3ebfff05db12
	.quad 0x3a629f7684e6abfd
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe77
	.quad 0x000000000000042e
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xc0aa800000000000, 0xf5f573bcbfab5c82
	.quad 0xb14fb3d7fff8de41, 0x88d1d6268022d8f0
	.quad 0x757de6e7c11c0000, 0xc0456efa17b6613c
	.quad 0xa88c07b7e29fff7f, 0x1c142a20b8bb4040
	.quad 0xc1a7941e351e97d7, 0x5d0b0e47e0d0e100
	.quad 0x8000000000000001, 0xe7819c23f5fdffdf
	.quad 0xfff0000000000000, 0xbf79b3a1fbc77bb2
	.quad 0x43bfa5bccf7ffffe, 0xfff8000000000000
	.quad 0xbfd919e55c176815, 0xd1ee7c38fedec679
	.quad 0xd329d9119dc57e00, 0x82e1af1b7fc24540
	.quad 0xfff0000000000000, 0x43435f839f57b7e7
	.quad 0x18d0ede765fc079c, 0x3462fbbb183d402d
	.quad 0x7a6058887fb23f8f, 0x7ff0000000000000
	.quad 0x03512ea48aee2601, 0x434fdcfab15f8eac
	.quad 0xc7fffffe61f83178, 0xffc00000012c1e8e
	.quad 0x2fa6fcf2e8f67b8e, 0x778a5e54f3ed1b92
	.quad 0x3cabb6fae490024c, 0xd2649af88f37027a
	.quad 0xbf8ea00000000000, 0xfff0000000000000
	.quad 0xcf6312a5edc1c311, 0xfffc27b075929822
	.quad 0xbfdfb3594d38a9d2, 0xf4a15f2b3d747a1e
	.quad 0xc01e000000000000, 0x0fcb51ef12fc6450
	.quad 0x024b75f564150708, 0xbfe4000000000000
	.quad 0x5f8000000588a289, 0x000000007f800000
	.quad 0x46dc766c1514fb00, 0x3f800000bbe9518e
	.quad 0xa43db98cff9df6ff, 0x3f8dd8606b1ed281
	.quad 0x7ffcba74b99af98a, 0x3fb37dd743cd5c3b
	.quad 0x477fffff850b2915, 0x8000000000000000
	.quad 0x7fb7c115ff800000, 0x3f8ab4c009d007ed
	.quad 0xbcc3ac17ff8f074e, 0x3fcec23400000000
	.quad 0xc9a54e2b7fd4fed8, 0xfff0000000000000
	.quad 0x40ac00007f9fffe7, 0x409ec42695776e13
	.quad 0x005fe3da41580000, 0x7472700c3b806c56
seed48:
	.quad 0xb28a103d5a765905
	.quad 0xfffffffffffffcc3
	.quad 0x29c50a04a5124faf
	.quad 0xfffffffffffffe12
	.quad 0xffffffffffffffd0
	.quad 0x6f4aab8ce8aca9d2
	.quad 0xfffffff735f19e79
	.quad 0x60b9637860d89130
	.quad 0x0000000000000328
	.quad 0x37ed3f3802b11b09
	.quad 0x0000000000000000
	.quad 0x0000000993cbc8eb
	.quad 0x6f258860757f3a28
	.quad 0x0000000000000000
	.quad 0x000000000000401d
	.quad 0x000000000398b9d2
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x82816a751e023163, 0x42d4e282bc787f89
	.quad 0xae0d7d317b9fcdc0, 0xbfa0f77501000000
	.quad 0xc008ac4d494bfc1a, 0x79e9006ebcc80000
	.quad 0x8000000000121964, 0xf8668851ff800000
	.quad 0x80000000ff8e4b28, 0x3f7f800000000000
	.quad 0x7f800000c308208d, 0x11575d117579ff3e
	.quad 0x3e1d00007e800000, 0x609dd3b73919bd99
	.quad 0xc00ffffffffffffe, 0x3dab138d42e99907
	.quad 0x8305934d94ca7291, 0x01000000807d5da9
	.quad 0xffff44cfdf91f16a, 0xdec6e386ffe69cf0
	.quad 0x3cda1277ff800000, 0x0001acb409c3a30d
	.quad 0xfd99ddcec2be753b, 0xbf4000003f9d5deb
	.quad 0x7ff5b251a758d26c, 0x16c503b9c3010200
	.quad 0xb2bb994c8640a032, 0x0000000080000000
	.quad 0x80000000bb400000, 0xfeffffff0f9c19a3
	.quad 0x7f800000c0c00000, 0xf89d680fb8dd763c
	.quad 0xb65c54412d4405e0, 0xc33fffffffffffff
	.quad 0x410e0000afad5854, 0x9d11b0a1fe54e48f
	.quad 0xbfe8000000000000, 0x3d4b26bfff8c3db1
	.quad 0x7fc00000ff98c49f, 0xfff5ec615cff9a4b
	.quad 0xee5043f183934cae, 0xff892e170036c76b
	.quad 0xbffc000000000000, 0x810d74dbc2258c02
	.quad 0x2b6908405df52e3a, 0x58f837fbffe73feb
	.quad 0x001c3d83ff800000, 0x508171636ab03fff
	.quad 0x3bcc54016c41f38c, 0xfff8000000000000
	.quad 0x0fbf0e4c99f57d55, 0xc020000000000000
	.quad 0xc700000135a03297, 0x0328f7a35885f788
	.quad 0x9314f76c12e71075, 0xd737e15cff8f7e00
	.quad 0xfd8de76771f9bf7d, 0x8191b1ebefff7bf0
	.quad 0x189b549a63659e20, 0x7f9f956cc29327be
	.quad 0x6457f6114266d2e1, 0x28e61110a3aca73e
	.quad 0x3d2bb94080000000, 0xedb4f76dc5ac0000
seed49:
	.quad 0x00000000ffffffff
	.quad 0x000000000025a30e
	.quad 0x00000000000002a9
	.quad 0x38024c6bc09485de
	.quad 0x0000001df10da2b3
	.quad 0x775ab73654689c66
	.quad 0xffffffffffffffff
	.quad 0xd439ca1f037aab39
	.quad 0x000000000000d4b5
	.quad 0xb1a07ac292088fe7
	.quad 0x3239255c7a28997f
	.quad 0x000000000024e6dc
	.quad 0x3baa49753a233858
	.quad 0xb73270457c50ddd4
	.quad 0x5a0e28fa2a670176
	.quad 0x00000000003b223c
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xfffe23107416c1f4, 0x0d5bd448edd6f7ff
	.quad 0x9384e213ffc8704e, 0xff91f31883ba6a03
	.quad 0xa104a0288315f96c, 0xdf6dc2e93becb9b5
	.quad 0x432e3e7fc94c0000, 0x004da03bf0c3897c
	.quad 0xff800000cf800000, 0x41e786146ee2cba7
	.quad 0x3cd4b5dcc1120000, 0xfff0000000000000
	.quad 0x4110000000000000, 0xff88fec2ffaee6af
	.quad 0x7ff8000000000000, 0x7fffe54a12304d24
	.quad 0x4ffffffe7fba9de0, 0x0ef13b073fb1f70d
	.quad 0xc2101f6fbf750000, 0xc000000000000000
	.quad 0x2092f83ec0580000, 0x429109ffc1e5377d
	.quad 0xe327e2ab843bbfe1, 0xf53cac22dced7c00
	.quad 0x4094000000000000, 0x7ff0000000000000
	.quad 0x7f9395a2c5f80000, 0x24d0f13b5d96fdc6
	.quad 0x5c562cd0bc2c8ae2, 0x68d6fccd3db18000
	.quad 0x7640b36bd54236c7, 0x3c3c6ae46b05379e
	.quad 0x000000007f800000, 0xbc1076bffe5f9b91
	.quad 0x2227e4cbfff7c109, 0xd2c147a7c3110000
	.quad 0x8008000000000000, 0xa183ff5677b04357
	.quad 0x1775b672d8797c00, 0x75e837189eee5e9e
	.quad 0x99e54e80bffb7db6, 0xc1e0000000000000
	.quad 0xbff54e0af8aa305b, 0xfff0000000000000
	.quad 0x80127b70eb684d50, 0xfff3dfd6aa1f7b97
	.quad 0x780c93b229493aae, 0xac21608f68dfeef7
	.quad 0xe946ce2acd610662, 0xc1759bb53c27396b
	.quad 0x8485a8ddd8082a6b, 0x82bcb0036cfb245c
	.quad 0x20c538b4adaffd97, 0x8000000000000000
	.quad 0xea13319fad89ea89, 0x20070d0ac6e4fdf7
	.quad 0x40efab2fa56c6052, 0x5610375c205eab3b
	.quad 0x8080000098d38336, 0x800000009a3d1ada
	.quad 0x7d293fcfbfd7b77c, 0x7fc00000ecf5297c
	.quad 0x290c8e4b7ffba7f5, 0xff8000009b3a5ddf
seed50:
	.quad 0x0000000000000335
	.quad 0xfffffffffffffc74
	.quad 0x0000000000000001
	.quad 0x0000009f56f3c312
	.quad 0xffffffff80000000
	.quad 0x0000001e55521a80
	.quad 0x000000000043cf43
	.quad 0x000000000000037e
	.quad 0x0020000000000001
	.quad 0x607132ec76cda450
	.quad 0x3f551ec036a305bc
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffff297c7afa9
	.quad 0xb0fdaf736b5e77d4
	.quad 0x8691577cd386602f
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0xffda7bf67f91e0c6, 0x233cb3412e46fc00
	.quad 0xbfb8eaff64919142, 0xdf1146a3ffa75408
	.quad 0x3f0c000000000000, 0x8000000000000000
	.quad 0x0374d7d3f2fc2ec7, 0xff800000407eaee4
	.quad 0x40d00000c075b4c1, 0x18b1d959fee1d6b7
	.quad 0xf18b02784e457c2f, 0xbfdb5305fc5c564f
	.quad 0x8d5a4602f20abcde, 0x122fc8619a937ffe
	.quad 0x4039b832b8703bb5, 0x4c1d1849d706d86b
	.quad 0xb47e1906c0260bff, 0xfe80000039600000
	.quad 0x4e24aa289fb67c00, 0xc9aab48a35bdbfff
	.quad 0x7ff0000000000000, 0x4f800000c0840000
	.quad 0x27ad983b60ef4051, 0x8010000000000000
	.quad 0x800000003ece8a09, 0x57f4d52cff9d340b
	.quad 0x45200000bffc4f16, 0x3ed8000000000000
	.quad 0xbf9548b821183fc9, 0xf7ac53b3ff9c5314
	.quad 0x801840373c634981, 0xb1c12af4b7ffceff
	.quad 0xffeb3a4a32651d16, 0xfff0000000000000
	.quad 0x2e5214e5883c3df0, 0x9d549a943bffebd4
	.quad 0xbbbf568cffaff7bb, 0x7d9cb0ccb7574920
	.quad 0xff9c16f8cfffffff, 0x69d2e00d38f7e384
	.quad 0xc055feb350755e0e, 0xf2aabae68502d546
	.quad 0xff84390780000000, 0x3f6f800000000000
	.quad 0xbedd7623c2a35307, 0xc0651c0b2ce67205
	.quad 0x80133ded99f9003a, 0xe020d97acff733d0
	.quad 0x41960c0b6663e86c, 0xffc6877040f80000
	.quad 0xa453991fffc55727, 0x0a30a3d73ee23828
	.quad 0xe819d95356cf439a, 0x4f8fc1c937751e72
	.quad 0x3ffa4ae0bb1dca61, 0x9fd0a58def9f3dbd
	.quad 0x3fc6a21abe4d89c5, 0x12431ed752e2ddd4
	.quad 0x403eb52880000000, 0xbfe0d84f0d72139b
	.quad 0x2e326a93efbcefaf, 0x683a0f5cf21dfc00
	.quad 0x7f83858e90fe732a, 0xbf60000000000000
seed51:
	.quad 0x000000001eedd086
	.quad 0xff4b9dc2ef95ee8d
	.quad 0xfffffffffffda13a
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffff4
	.quad 0x7503ea62e2b60d2a
	.quad 0xa899de3ebb758b36
	.quad 0x8accfcd3ae98eac0
	.quad 0x1a3b52f7669c1a53
	.quad 0xd8ee46290a42a55f
	.quad 0x9d99b53853f7b405
	.quad 0x0000000000000000
	.quad 0xa2f03899e143c6f2
	.quad 0x00005a7e3ace1d56
	.quad 0x0000000000002aed
	.quad 0x0000000001000001
	.quad 0x03800000
	.quad 0x40000000
	.quad 0x9719288dffbeff35, 0xffc00000ff0cb62b
	.quad 0x70b9309cc0180000, 0x7fd0e7049349bb39
	.quad 0x0000000000000000, 0x8029222d7db9bcc7
	.quad 0x7fc82e5bffbe498d, 0x412495e200ffffff
	.quad 0x8008ee6f491799fb, 0x002fffffffffffff
	.quad 0xc0b45ebe80000000, 0x3385361a43f9ebb5
	.quad 0x7ff0424d459287e1, 0x8ade059eca0efe00
	.quad 0x86ee3ef8dc870000, 0x3f7ff553c0f3b648
	.quad 0x0bbf3d045dcf2e0e, 0x0001aa395d3789dc
	.quad 0xffdbbaed3f000000, 0x75a4b71c7fdc5581
	.quad 0x9ca94697cd8ffc00, 0x0000000000000000
	.quad 0x477ffffe80800000, 0x8000000000000000
	.quad 0x3fa48ea671c81d83, 0xbfaf7d9bffba66b6
	.quad 0x00067f4b3de684d8, 0xc305d373c592c080
	.quad 0xffe4a9a9b67e1d68, 0x8000000043e5eecf
	.quad 0x34ea18bf81014930, 0x4010cf4283810fb7
	.quad 0x1e033f5aff9ffe9b, 0xfff0000000000000
	.quad 0x947ac094002d5b4e, 0xbe2d8a4d20aafdef
	.quad 0xff07bd4b08540368, 0x7e4528d7736fa06e
	.quad 0x769e4ca7c90d373e, 0x80d55a76403db41f
	.quad 0x8c1f7a3a3e2bc62a, 0xff3745ea5d19ccac
	.quad 0xc18c7591bfc4c1f9, 0xef2f160fff56c49c
	.quad 0x5f9c0753028b7590, 0x3fde539f70ae7ee0
	.quad 0x4023800000000000, 0x1a4144787f800000
	.quad 0x80494dd77fc00000, 0x1de33720ff8f767d
	.quad 0xc7000000ffc00000, 0x8000000000000000
	.quad 0x6da3bba8ffdef6f6, 0x615fc46f7ed7ffb7
	.quad 0x3edcd3261793fc00, 0x889a94a5fae7fb9d
	.quad 0x8c70eb7a5f5544ef, 0xffa14517c77fffff
	.quad 0x368e0000c7fffffe, 0x0000000000000000
	.quad 0x39050c6fdfee7efe, 0x001409a8b1250cfd
	.quad 0x70a04bf5d6583b34, 0x86adf86399c02aac
seed52:
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x000001e7762c2421
	.quad 0xfffd56e70d1d5ae3
	.quad 0x00003cf2810fb38d
	.quad 0x7fc9bdfed9683697
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc09
	.quad 0x0000000000000161
	.quad 0xffffffff8e264e60
	.quad 0x4ebc389226d958aa
	.quad 0x0000000000000277
	.quad 0x8b15cbfbde6d20ce
	.quad 0x3462c941bdfaad8a
	.quad 0xdfdea33046c3f385
	.quad 0x8618e1213b2141fc
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x7ffcac4d3a29f4ce, 0x3fe217a40dfb1ee7
	.quad 0x6f52821fb8780000, 0x7ff4ed0d69158ac0
	.quad 0x00a4dfe12e4c4a24, 0x0029116f8a359767
	.quad 0x3fadc3b988c289a0, 0x7eec09d466a12ab5
	.quad 0xf0d756acfff77f20, 0x8f640c1f17184e2d
	.quad 0x7ff8000000000000, 0x8489bcb240bc0000
	.quad 0x800000001b9e925a, 0x0463c0067fd98000
	.quad 0xfff8000000000000, 0x00000000801c7791
	.quad 0xff800000baa00000, 0x7ff9589a0266d32a
	.quad 0x8d8b1199ff167a67, 0x3fcf0000340fd244
	.quad 0xffffa57be9f2185c, 0xc3ae27ac7fa6ac70
	.quad 0x8000000000000000, 0x25eee090cf540800
	.quad 0xed121baa1fd75a3e, 0x49b1d2a2bfdb4eb7
	.quad 0x0000000000000000, 0xc09cde6e7bfe55b9
	.quad 0xa9f979137fdfbfdd, 0x6362717fee90378e
	.quad 0x978bf8c066956d03, 0x3d5b7066f8606159
	.quad 0x7fabb51c72e78767, 0x0921b6edbffffffe
	.quad 0x5eb00ddab25c7bbf, 0xffaa0301ff800000
	.quad 0xfe8f89cc7daac1f8, 0xffed34907db34593
	.quad 0xa0ce4153fdf97d95, 0x3f16400000000000
	.quad 0x2b5a880fc8b187bb, 0x90aa0d2e0a07f93e
	.quad 0x697c3004d1098000, 0x8f3030d25d95c040
	.quad 0x80ffffff80000000, 0x3f8ced2406726210
	.quad 0xeff90b33b6be8af9, 0xd76b0e9fffef0000
	.quad 0x00400000ffaaae30, 0x9e102f03c47c8000
	.quad 0xfff8000000000000, 0x0c8986cebfd4a7c2
	.quad 0xcc9450aeb55d7c7a, 0xc036370af19e7507
	.quad 0x0000000001580872, 0xc1f0c438cbd6ff56
	.quad 0xc07651fec5a095f8, 0x8000000008307140
	.quad 0xfbb9d9cabc3c0cf8, 0xffee68d6b83c835e
	.quad 0x439d60d6626d7fa8, 0x1c0d8d8c757bfb4f
	.quad 0x4f3c2d2f6ceb6268, 0x3fb218fa4fd8fc00
seed53:
	.quad 0xfffffffffffffe7d
	.quad 0x453c7714964ef046
	.quad 0x04de220cce7bd368
	.quad 0xa4199f387e782079
	.quad 0x0000000000000194
	.quad 0x0000085503b4c644
	.quad 0xfffffffffffffd05
	.quad 0xfffffffffffffd04
	.quad 0xfffffffffffffde0
	.quad 0xfffffffffffffe86
	.quad 0x960129fd5cae0dd6
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0x000149756f770dd9
	.quad 0x606783f7b2c83d68
	.quad 0x054344b5ea5f3d15
	.quad 0x04800000
	.quad 0xe0000000
	.quad 0x82b160caf592dee5, 0x01ea8bf47fc6f6ff
	.quad 0x7e2ea3febbc92a79, 0x000a3085f75a3cb6
	.quad 0x40f5a00000000000, 0xfff0000000000000
	.quad 0x7e35d0a9f1f430f3, 0x800dc786fff53dba
	.quad 0x7e57c6ebe96950ba, 0x344ce826779f6c77
	.quad 0x809877647f800000, 0x433c1e173da2ff4a
	.quad 0xe00b7ac23ee7ddd9, 0xff56b3c4ff95fe56
	.quad 0x000fffffffffffff, 0x00104d4d6f8e35db
	.quad 0x41a2ecacfdd78234, 0x8008000000000000
	.quad 0x5020a614ff7ffffe, 0x859c330dc0000000
	.quad 0x502457fc715777ad, 0xc008000000000000
	.quad 0xa0206155ffd88001, 0xbbd9ef252605b61c
	.quad 0xc01b000000000000, 0x2a01a6777fbbed10
	.quad 0x52f276b8ff937d96, 0xfff12bf4eb88508f
	.quad 0xfff584d4a4e0ec07, 0x2cb8cb796166aa11
	.quad 0x02c1789386241002, 0x0ae0f4c6fffefdfc
	.quad 0x7fa9d0b67fc00000, 0x08af6159ad143f98
	.quad 0xc1040000819d980a, 0x2869b961e4d90bcb
	.quad 0xefb25599ebc7e920, 0x3e0b2212fe0fabc6
	.quad 0xc1685034e27ffffe, 0x40d7800000000000
	.quad 0x69b7d2cff129ff12, 0xfff54ea0c22c629d
	.quad 0xec215d0ab24c7ff9, 0x811e000402889aab
	.quad 0x3e7b92cbdc1206c0, 0xbab313b10b170000
	.quad 0x8cd033134911e234, 0xff8b4024406d8000
	.quad 0xe734bed7fe8efbff, 0x1e89e6c38b05669c
	.quad 0xc0124280c2421220, 0x7ff0000000000000
	.quad 0xc9e900007ebe9de2, 0x78ced2057fb38f74
	.quad 0x7fd0808a11fe8d57, 0x8ee91ac9e7e1ca32
	.quad 0xc05ac74c522e3000, 0xffc00000bb900000
	.quad 0x8cfd9ae5c4400000, 0x0a4361d7aeb86650
	.quad 0x800fffffffffffff, 0x1321bafe7ffff5ec
	.quad 0xf99e10377d3bfd4c, 0x767e34622bf60000
seed54:
	.quad 0x7fffffffffffffff
	.quad 0x57bb6e6d5d7d5e79
	.quad 0x752d6cab242a8103
	.quad 0xee4d3757e15af871
	.quad 0x0000000080000000
	.quad 0x000000000003e329
	.quad 0xf3efa8fbda14002e
	.quad 0x00000111003aba4a
	.quad 0x00001177557a4d15
	.quad 0xb935649cca304098
	.quad 0x00b34383860e5579
	.quad 0x00000000ffffffff
	.quad 0xfffffe0ec611a7e7
	.quad 0x00559ed504a7aa7d
	.quad 0xfffffffffffffef1
	.quad 0x0ae8241f1c5e5bfb
	.quad 0x01c00000
	.quad 0x90000000
	.quad 0x8000000000000000, 0xc072c6693f13428e
	.quad 0xbba8a76effcf741e, 0x7f8000004f085935
	.quad 0x7f80000084d80964, 0xffc000007ff01621
	.quad 0xbf8e59b84157be6f, 0xffcab14a61d28bb1
	.quad 0x4010000000000000, 0x6d6e5665ffaad714
	.quad 0xc3f0dc677fc00000, 0xc34ffffffffffffe
	.quad 0x7ff8000000000000, 0x8747476d6448fe13
	.quad 0xff800000068f75a6, 0x7ff0000000000000
	.quad 0xb341bd99de7602fe, 0xbfe784ba8e5fd445
	.quad 0xa6ecb9f301048bff, 0x4279982297518187
	.quad 0x409a931319d9b280, 0x53b9a330dbd8fc00
	.quad 0xffd24eb3879cf800, 0xfff4fc3ce4ea683b
	.quad 0xbb437bcbbb298000, 0xfff6ff97cd05fa8f
	.quad 0x00000000f35a2124, 0x00ffd4ce70a4a946
	.quad 0x40eb000000000000, 0x7f893743575e3f04
	.quad 0x44d41aa77ff24280, 0x000000005f000000
	.quad 0x7d28111eff8db0c8, 0xc72d96ad7f3b2c23
	.quad 0xffec32dd7ce2cfdb, 0xf4255e0525538125
	.quad 0xbf90800000000000, 0x01ef165699cedd2e
	.quad 0x39907bdbe8b00051, 0xbfa7a00000000000
	.quad 0x4f1cda4b40654c93, 0x9e7ca91a6d6ff400
	.quad 0x4feeb87b80800000, 0xc014000000000000
	.quad 0x800e82afffa28e05, 0xda3af4a5c1ce881e
	.quad 0xabd73bbb6be5fa1f, 0x00114a2ac4440c12
	.quad 0xc340000000000000, 0x0ccb76b8fafe3ce2
	.quad 0xc1eb2be4432b9752, 0x3f8e867c80285bd1
	.quad 0xc084000000000000, 0x413c000000000000
	.quad 0xc08be00000000000, 0x800000007d3be11e
	.quad 0x80ffffffff800000, 0x000916e5329d8a32
	.quad 0x76d60c61c513dc9b, 0xfff8000000000000
	.quad 0x7fea152d7f800000, 0x803208f4c0aa0186
	.quad 0x40c0000095bd23c1, 0xbff199f059fffffe
seed55:
	.quad 0x0000000080000000
	.quad 0xe98d52f5dbd7a184
	.quad 0x0000000000000001
	.quad 0x7342d3236a78a3aa
	.quad 0x000000000a05bd94
	.quad 0x1060e79958d32ed9
	.quad 0x0000000384d7e565
	.quad 0xfffffe9b5aafc8e3
	.quad 0x00000000028b4c71
	.quad 0x00000000019ef53f
	.quad 0xff9348d1b7fff46a
	.quad 0x00010d0a07b34d3b
	.quad 0x00000000002cae35
	.quad 0xb63a9a9219010f93
	.quad 0x00000000000000b1
	.quad 0xc0409d7b0b6db0cc
	.quad 0x02000000
	.quad 0x40000000
	.quad 0xbd93b2573f21a4f8, 0x3b816b5597615a42
	.quad 0x99515c8eea513d60, 0x9803c4ebc7e62854
	.quad 0x404118fd653e3682, 0x0efa31c700000000
	.quad 0xd6f1668e6e0ced01, 0x7fb95403c13293a4
	.quad 0x8000000000000000, 0xbe2fab4f145244f0
	.quad 0x0008000000000000, 0xd1ed64377f9bc32c
	.quad 0x0000000040a80000, 0xb2f809d3a76bf4cb
	.quad 0x4021800000000000, 0x81993ecf7167a253
	.quad 0x7e771cf58aa1b27f, 0x8000000000000000
	.quad 0xcd2353e34a29d55a, 0xc340000000000000
	.quad 0x017fffffc4100000, 0x9449c54f5edf76cf
	.quad 0xc7928b9b42fbefbd, 0xb3bae8e7300159f1
	.quad 0xbf9dd2a30438839c, 0x6b4b04b866bc54b8
	.quad 0xbcc80000ffea6a98, 0xaf7000075f041cf1
	.quad 0x8080000043fe199f, 0x407a595ea98e7c48
	.quad 0xd40164bb4466eb77, 0x40e8000000000000
	.quad 0x5c6e7038fe5cffee, 0x412fffffffffffff
	.quad 0xdf800001ba000000, 0x4eadeecf8f90eb02
	.quad 0xbf3fd600dbb31875, 0x86708790bff7ffdd
	.quad 0x8508203a039df801, 0x5cd806fc19ba3f61
	.quad 0x00077a8a12d232cd, 0xbc2fb92c43dde0d9
	.quad 0x336fd6487f800000, 0x7ffa2807a51fa221
	.quad 0x47804442753744cb, 0x800d28b1f38a3fd6
	.quad 0x0e15a456e57ac31c, 0xc0c87430017fffff
	.quad 0x7ffffe78c3976d17, 0x8008000000000000
	.quad 0x4040000044e60000, 0x01a854fc249eb321
	.quad 0x5bf52c88c5a03151, 0x430100007fe0bb05
	.quad 0x4f4f22cb299d004f, 0x004000008602abf3
	.quad 0x19ec46067fc3c08d, 0xf23ad14cfffffffe
	.quad 0xb302f4bc07897c00, 0x40e000003c1d464a
	.quad 0xc0d8000000000000, 0x247b2dd18b77ad26
	.quad 0xe399cf467780edfe, 0x33e8de49bf5310a4
seed56:
	.quad 0x04bb03594e745d72
	.quad 0xffffffff82b82391
	.quad 0x0000000000000142
	.quad 0x0000002ba100cf1d
	.quad 0xedd82d007370020c
	.quad 0x000000000000013c
	.quad 0x0af067f64237f3a1
	.quad 0xfffffffffffffdc0
	.quad 0x667eecda125fd29e
	.quad 0xfdecd7e289e329a0
	.quad 0xffffffffffff6ec7
	.quad 0x8000000000000000
	.quad 0x4993eb907bbc90ec
	.quad 0x34de54866fae4d6e
	.quad 0x0000000080000000
	.quad 0x45bf0473f31b3430
	.quad 0x01400000
	.quad 0xd0000000
	.quad 0xc016800000000000, 0x7b546b98decfab31
	.quad 0x800fffffffffffff, 0xc330000000000000
	.quad 0x460edab29ad13a38, 0x7ff0000000000000
	.quad 0xf49ef308541f270f, 0x7d6e1d46a99e34ce
	.quad 0x3f600000bc4ceeb0, 0x1d2c535797b08000
	.quad 0x3ffa86b778bbc412, 0xc2357b3453280000
	.quad 0x0000000000000000, 0xb4d62278aa17c26d
	.quad 0xbb2418b9807fffff, 0x8869f110f700fb5d
	.quad 0x79e82906ff7aff9a, 0x3f8b0bfda650a7ec
	.quad 0xc01c800000000000, 0x7f9a9a515f0343c1
	.quad 0x6f9c209cad2708c3, 0xf465c1ffdfba63c6
	.quad 0x4a5c0f8f2b4aff89, 0x8000000000000000
	.quad 0xc0d8400000000000, 0xfc56ec4c7c377e00
	.quad 0xe501980b8063e484, 0x8021219580593199
	.quad 0x474000004014bf31, 0x830a80e6e554fe00
	.quad 0x8ff0c8398a0192de, 0xa3097920bffd1dfd
	.quad 0x9ec7234f3f5f2e4a, 0xca5eab1e7ff76b97
	.quad 0xfff0000000000000, 0x0000000000000001
	.quad 0x3b88d1d03dd68344, 0x003b52f4bf859529
	.quad 0xc0eefd47bffd7e00, 0x9d27f211eeefbfe7
	.quad 0x0010000000000000, 0x8039cfb74208344b
	.quad 0xa8d31d17adbf6ff6, 0x7effffffc21c94d5
	.quad 0xbfc7152e64e063e0, 0x3d344abe1079e59d
	.quad 0xffc5e07680000000, 0x0336636ab64ca040
	.quad 0x650957fb7fc80000, 0x548a5f71555f3902
	.quad 0x241f39057cbd7c00, 0xfff2f576dc6dd61e
	.quad 0x8038d67800000000, 0xfff19543fb7fa287
	.quad 0xc3f0000000000000, 0x07b1f7980010be7a
	.quad 0x057b3f5fa4757e00, 0x800fffffffffffff
	.quad 0x000ca047eadd280e, 0x000fffffffffffff
	.quad 0xf4b809147faf0b8b, 0x32bc9739f6fffffa
	.quad 0x806499e351522612, 0xc0608326f45e85cb
seed57:
	.quad 0xfffffffffffffdc1
	.quad 0xffe1c118a1afa6c9
	.quad 0x5b74edb9849eb294
	.quad 0x00000000000002e8
	.quad 0x6e6d2d402b9750e4
	.quad 0x277e6def5eedeaa1
	.quad 0xa649f71091768e17
	.quad 0xbe002a231397f693
	.quad 0x8000000000000000
	.quad 0xa70670a6a6adb423
	.quad 0xffffffffffffff5d
	.quad 0xffffffffffffffff
	.quad 0x5d4145db1a1f61c4
	.quad 0xfffffff6616e33af
	.quad 0x229a2d61372e8a3b
	.quad 0x3097f287cb7800af
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x835732a69d0ea3c1, 0x0000000000000000
	.quad 0x2ce5152c41e82a00, 0xbd47ec97b16cffb3
	.quad 0x303d36c7474d4ce7, 0x4b9c18964ffffffe
	.quad 0x7f8254193f9d9c6b, 0x34897935321bebbe
	.quad 0xbce2a2f706f389d9, 0x003345d1c23dee84
	.quad 0x35ff565ae6ffca1d, 0xa8877385d55b877f
	.quad 0xb53c1eba78a8e8bc, 0x14a9b8d35b29ccee
	.quad 0xea4f7bfe45600000, 0x3fc188f44360267d
	.quad 0x3ff0000000000001, 0xff8000007fc2abcf
	.quad 0x00000000f4f72494, 0x0ad2905a001ba4b9
	.quad 0x24788c6bdffb7fff, 0xc0f00000faa91ab4
	.quad 0x0020000000000000, 0x3fdf000000000000
	.quad 0xff719b90ffd7da45, 0xd569ae7afffe30d8
	.quad 0x8077026f90b7a676, 0xcc0a6d7cbe4cf9ff
	.quad 0xff00000040000000, 0x7fbaa420ab9841e6
	.quad 0x742e0e94e41a29d9, 0x7f80000040400000
	.quad 0x7dc30f5f348da436, 0x7fbb56f7c3599bf2
	.quad 0x45ef71c7fee7fe2d, 0xc1685b92a26d5e00
	.quad 0x7ff0000000000000, 0xffc0000000400000
	.quad 0x57a19cb1ffebec12, 0xaf48a3fc4f7ffffe
	.quad 0xbf81d7298db2d5c7, 0x90532d29d6fabffd
	.quad 0x3d92e04ec35e1040, 0x3fa00000bdfabe6c
	.quad 0xe65876a37fbfdfff, 0xa642755e32e55ca5
	.quad 0x4012800000000000, 0x41140000ffa9d2c2
	.quad 0x9c7cb98f7effffff, 0x0860eb48b304476e
	.quad 0x7ff0000000000000, 0x7fe0000000000000
	.quad 0x3ce4c12727ea9e01, 0x7ef53ea9c1180000
	.quad 0x56fd39edffb8ffd6, 0x434fffffffffffff
	.quad 0x3d3bf68effc00000, 0x6cfaa84377cf9634
	.quad 0x2c5bba2cef933f04, 0xfd044eb6ff800000
	.quad 0x118c2a3acfd3f96c, 0xbd53cfc5f1035293
	.quad 0x4bc2b13af5297f0e, 0x98eb16a5777ffadf
seed58:
	.quad 0x0020000000000001
	.quad 0xfffffffffffffcb2
	.quad 0x0000000000000398
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0xfffff8535d82a913
	.quad 0x000000000000035f
	.quad 0xf9577499f81796c3
	.quad 0x000001a50f79740d
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffbf6a0dc0d
	.quad 0x00000000000003bc
	.quad 0xa32e91f1d7f362e3
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xfff47365597f3209, 0xb52954d5ffffffff
	.quad 0xc020000000000000, 0xde4ee651580fae97
	.quad 0xc3effffffffffffe, 0x7e6fda5e8fe4a313
	.quad 0xc068000000000000, 0xc3effffffffffffe
	.quad 0x034a154e5c854da6, 0x7f800000c14286dc
	.quad 0xa6ff27c2d1a97ee4, 0xe8d4fe8ba8f16a32
	.quad 0x8000000000000000, 0x00000000c0d80000
	.quad 0x80ad060db65f9ebe, 0x021a524949a80000
	.quad 0x0b467183b7e0fcaa, 0x3f79c95e69da18c5
	.quad 0x2b0961baffad36d8, 0x3f04eac6ffb8ed6d
	.quad 0xcce008005f78fb96, 0x20b17254fcf7defc
	.quad 0x94885a5fc08c0000, 0xff8000006aa550e8
	.quad 0xc3f0000000000000, 0x1e29ea1a644f8400
	.quad 0x6451af4e7f2d7e00, 0xffbcdd529e2a1de0
	.quad 0x3ff46b5ecb357034, 0x370394b4b58efc00
	.quad 0x76a29760d2837cc0, 0x403069ae6c114c7c
	.quad 0xe07ecfc9341bfc00, 0xed02067a41aa7616
	.quad 0xe8bc6b51804d12f0, 0xffe0b3fcc3b6c118
	.quad 0x00049148050e4fde, 0x7aed52eb646f4500
	.quad 0x94397e967fe9dd7e, 0x800b40155615fef0
	.quad 0xd89567f7b8757544, 0xff1a23bf74afd522
	.quad 0x00400000bde52fd7, 0x3c07719abec80000
	.quad 0xbf85d41332983d95, 0xe9dd924cf96fc600
	.quad 0xa37224f6470b55fe, 0x6eaf118affc00000
	.quad 0x3ffa000000000000, 0xfff8000000000000
	.quad 0x405d3582cd8818cb, 0x1f3d2f8e5fc17c00
	.quad 0xbf9a400000000000, 0x2e18931a14c75ad4
	.quad 0x0025ba4ff864d582, 0x43a280947fc00000
	.quad 0x7fadeec83c8c6074, 0x005763148ac7443b
	.quad 0xcb5c7f4fa0997c00, 0x60bd9b9492092d6b
	.quad 0xfff0000000000000, 0xa8355fce4fd45b16
	.quad 0x7f80000080000000, 0xbf7f916d3c4c9089
seed59:
	.quad 0x000000000e477ca9
	.quad 0x5c32379c6ac41f81
	.quad 0x295f9ae234fa52b7
	.quad 0xffffffff80000000
	.quad 0x9283cfa4a3538c01
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xf01144a0d35bcbd1
	.quad 0xac7f79293ee224dd
	.quad 0x0000000000000364
	.quad 0x97803656c04e5397
	.quad 0x0000000100000000
	.quad 0xf2ba07a05e80656c
	.quad 0x000000000000031a
	.quad 0x1fdc2d9c949223f2
	.quad 0x9001ac536c2b02ab
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x4042f17aff7fffff, 0x43ed390a90972f37
	.quad 0x5d118f562777d100, 0x7c5c0597fffb7fff
	.quad 0x328b3086bf88fbff, 0x8d821a76007fffff
	.quad 0x8d0c56288027d9e6, 0x24f2f1087485b3d1
	.quad 0xc3fffffffffffffe, 0xd1425d06fbfd9bbf
	.quad 0x000a0d44e134c5a5, 0xfefb591b3fa19fc2
	.quad 0x0000000000000000, 0x8000000042598118
	.quad 0x06bb25e185a18045, 0xdbc6bc980a5e7992
	.quad 0xf751ee09d162f348, 0x7b7981786c1e0746
	.quad 0x7ff0000000000000, 0xbff805df405deb1e
	.quad 0x85a340a96fd21000, 0x4082ac8e38944308
	.quad 0x9f8dc8befff7fdfb, 0x408a7a58b28feef9
	.quad 0x371923c54373f8d0, 0x7fc00000014357ec
	.quad 0x7df0277724b183ff, 0x3a6d4d4cffe5b558
	.quad 0x42d8ea3bffccfe00, 0x92454e01dfffffff
	.quad 0x7ff8000000000000, 0x495bc58bf1d887d9
	.quad 0x96e663d17cb2fdfd, 0x3f9c2693e1069f7d
	.quad 0xce7653d47fd1dbb4, 0xffecf2da55b25f40
	.quad 0x7ff0000000000000, 0xa77eeb9c7b808161
	.quad 0xfa8512befeffffff, 0x545b2f2f7fb850d5
	.quad 0xc0b80000ffa5412a, 0x201eeff098b5fc96
	.quad 0xfff8ebcdffb274de, 0x3f800001c7971b73
	.quad 0x9c7c282efbb7de8f, 0x7ff8c69cf595be6a
	.quad 0x8000000000000000, 0x7a0fba19ff800000
	.quad 0x001b6c1042b69f56, 0x1f2b45c8ffdf3776
	.quad 0xc002000000000000, 0x8335cfac71ec57bf
	.quad 0xbfeb3408aa96d743, 0x039e4905ff800000
	.quad 0xabacde433cba3613, 0x67640706fe0dfbef
	.quad 0x802d137a6e617581, 0xbe2300007f9fe6c8
	.quad 0x7ff435db8560faed, 0xf2e45d9b7fa25057
	.quad 0x34febb17880bdd54, 0xc1e38b8fc9be0000
	.quad 0x705ef845f3a6be2a, 0xf64d27048feff7da
seed60:
	.quad 0x277a179c168bd6c7
	.quad 0xfffffff5a5e389dc
	.quad 0x5d05b3368cc96d2d
	.quad 0x00000000ffffffff
	.quad 0x00000844cbe1f714
	.quad 0x7ad6f867f4ed2fae
	.quad 0x000000000000031c
	.quad 0x68a444d61f2f98d5
	.quad 0xffffffffffcc3f34
	.quad 0x2b56c65692a39732
	.quad 0x000c2d3bd4853f60
	.quad 0x2e981b08a58151a4
	.quad 0x000000b8c84805c4
	.quad 0x0000000000000000
	.quad 0x000000000000000f
	.quad 0xfffffffffffe2695
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x8100000080400000, 0x15a22a0c80ffffff
	.quad 0x2a8d305dc07fffff, 0x174458315fffffff
	.quad 0x9fe2196af0fefe00, 0xe6d382d877ffffec
	.quad 0x92ea0d757f7444aa, 0xff99f93043109717
	.quad 0xb1697a3dc76ff3bb, 0x901bcda1cad50000
	.quad 0xff800000704bcb83, 0xa031b21e886dffac
	.quad 0x2ae8d9ed1f6f03ff, 0x2ebd2242531e5921
	.quad 0x0000000000000000, 0x40980000c248097b
	.quad 0xedbd6c4c14c0b668, 0x953d8ec77f800000
	.quad 0x4705bd0c00400000, 0x0000000000000000
	.quad 0x03b0dbec77a9503b, 0xbf8fbaefb0820ca9
	.quad 0xc0c80000fe4661aa, 0x7ffa63ef40c06818
	.quad 0x3fe9588d12636f96, 0x8000000012ec59cc
	.quad 0x000f46c187739a8b, 0x2c5ae4e9fbfffdbb
	.quad 0x000000007fa7f172, 0xf3a06771b3b059c8
	.quad 0x118dfbbeb7200000, 0x5085538efff8e9eb
	.quad 0xe8dffdf3ee84fa14, 0x7f8000007f800000
	.quad 0x502a032afbff87af, 0x002c5fdf78ed1ef1
	.quad 0x037d017da5a14635, 0x80b2457d462b9771
	.quad 0xbf98694fd02611f1, 0x09442f3c9dae8b18
	.quad 0x9b1e864fc269f0b2, 0xb96000007fbfdca5
	.quad 0xcd5cba31448d5143, 0xffd80924aa9fde33
	.quad 0x4f0522c98aa5b79d, 0xec0a83cfa4855601
	.quad 0xfff8000000000000, 0x85238b3e3f6e0e17
	.quad 0xd608a294fddff745, 0xc47fffff4fbe3cb7
	.quad 0xff80000000000000, 0x0d809c0aaac9b249
	.quad 0x7ff0000000000000, 0xc1409786ff800000
	.quad 0x1772fbfa27ffcd55, 0x69c0752dbb286df5
	.quad 0x906d1b691ad377c2, 0x882de3c154103d00
	.quad 0x4000000000000001, 0xb799ce36fd25dfef
	.quad 0x7bfe508cfffffdd3, 0x909a07a839a05071
	.quad 0x4022800000000000, 0x2fc0f1a3c0a00000
seed61:
	.quad 0x0000000006a535a5
	.quad 0x000000000000007a
	.quad 0x000000000166456c
	.quad 0x0000000000000000
	.quad 0xffffffffffffff04
	.quad 0xfffffffffffffe19
	.quad 0x0bf161cbe3870dcf
	.quad 0x8000000000000000
	.quad 0xffffffffffffffef
	.quad 0x7efbbfa1d65c1afc
	.quad 0x4820a81db2456d9d
	.quad 0x13bcb6829f53fa00
	.quad 0x58a4811d4610a498
	.quad 0xfffffffffffcad3a
	.quad 0x00000001d9c8da62
	.quad 0xfff69e6745426dbe
	.quad 0x05c00000
	.quad 0xd0000000
	.quad 0x7f8000007f800000, 0xc3effffffffffffe
	.quad 0x9fcf86898e688000, 0x23755ea1c9c32fc6
	.quad 0x3c000000ffd2299c, 0x0000000000000000
	.quad 0x236ef3b5fcba37f0, 0x576381a3fc954d3c
	.quad 0xc000000000000000, 0xbfcc848579e84f6e
	.quad 0xc010b38095d789bc, 0xb8e6c8befef34ac6
	.quad 0x3ffb81c93ee85eda, 0x41140000f8722b0c
	.quad 0x6ee179191fb7fc06, 0xc1f0000000000001
	.quad 0xea7f1f87b7aa8000, 0x7e99fb15fe8049e3
	.quad 0x7fc0000040e00000, 0x3dce9e20cfeaabbe
	.quad 0xbfc7d7a8498b6aab, 0xffc50f91df800000
	.quad 0x7ff33704917b74e6, 0x408000005a000001
	.quad 0xd75fc34e99547d57, 0x00000000ff800000
	.quad 0x3cd46e637f800000, 0xfff0000000000000
	.quad 0x56602f0807240232, 0xbd694fc4d612c237
	.quad 0x9af52a13ee2e3613, 0xbd93e435de1fdeca
	.quad 0xeb104dfdfbdd392f, 0x407fffff42dded0c
	.quad 0xfff16c7df535dcf2, 0xc0e0000000000000
	.quad 0x54521d2fcafdbed3, 0x0000000093c5d462
	.quad 0xfea673982dc56556, 0x3f7c0deb810cbcbb
	.quad 0xf3ec29fd5a000001, 0x88a330f741748466
	.quad 0xffc00000ff800000, 0xad636686d7b1d1b7
	.quad 0x3f9ea3ff4e5c1b3f, 0x5f5ee03d9fd84003
	.quad 0x0000000000000000, 0x7ffabb9366ffca19
	.quad 0x8000000000000000, 0x7ff9f57e9bb46530
	.quad 0xf92e2f172d621ef6, 0x462000003fd91a7c
	.quad 0xae3ecd27deb94596, 0x440ecbfc5d6f229f
	.quad 0x7ff8000000000000, 0x3fa3ba5c04c970b7
	.quad 0x807fffff00000000, 0x7fff81ce0be3c54a
	.quad 0x22418bf1bf457c79, 0x3f763b51fbbffdfd
	.quad 0x40e00000c0120000, 0xff8000007fc00000
	.quad 0x7ff8000000000000, 0x0f76654e805f9703
seed62:
	.quad 0x0020000000000001
	.quad 0xffff34da3f9be9ec
	.quad 0xfe50617750e29e5d
	.quad 0x5eba7a51bf2c9d79
	.quad 0x0000000000000371
	.quad 0x0000000080000000
	.quad 0x00000000000003e5
	.quad 0x00000000000001fe
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd2d
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffffd1b68e573ff
	.quad 0xffffffffffffff9d
	.quad 0x0000000100000000
	.quad 0x50db2480d4f41436
	.quad 0x06000000
	.quad 0xc0000000
	.quad 0x0aff9c69af03bfff, 0x7ff0000000000000
	.quad 0xbfd145dbc0d425d0, 0x8dc7513c5ed2827f
	.quad 0x4035a035efec6e42, 0x3f1e42c480000000
	.quad 0xc47c5e2c636a5dc2, 0x0020000000000000
	.quad 0x564981140068f0d7, 0x0000000000305538
	.quad 0xfa91cc5bff9063b8, 0xe0721b0d180ea3b3
	.quad 0x7ff71344855bbfe5, 0x7ff8000000000000
	.quad 0x3fd54333c5c8e50a, 0x7ff0000000000000
	.quad 0x000000002a8714a6, 0xd64923c575bfeff3
	.quad 0xff8000007f800000, 0x396813e440440ac5
	.quad 0x7f800000ff800000, 0xa8e83c4bce847cbf
	.quad 0x40500000ff9660a6, 0x00071e7e9b8749b1
	.quad 0xbfe447821ff6ccb8, 0xed5613dcff59fa77
	.quad 0xfe82abaf2a1d51dd, 0x5ca598ac93ea47f4
	.quad 0xe2ec11f4fff7f755, 0xfff0000000000000
	.quad 0xff80000001000000, 0x3b22780358da4880
	.quad 0xffffed9d6303fbf4, 0x427c529c5b03ff57
	.quad 0xfefe34623cdd8801, 0xfff0000000000000
	.quad 0xee8bbeffc3bbf8fa, 0x8b74f32e80000001
	.quad 0x7b48388d10007cbd, 0xff298dd55b187c6d
	.quad 0x43d8282f05c3dca1, 0x8020000000000000
	.quad 0xd619ca917fde7f7f, 0x415423df7f60bfa8
	.quad 0x231db3b3bfb79bde, 0xa09ead7b45effe76
	.quad 0xc2ad7e3ac11426d6, 0x6d21e3c1bd82a0b1
	.quad 0x4572f7aa54ba3f5d, 0xb1498d1a3a008000
	.quad 0x5c798df4fef73b6d, 0xffc000003d7f98af
	.quad 0x38a848c6cd6edec1, 0x528159566f7ac2f7
	.quad 0x7ffc393f84388b19, 0x4022800000000000
	.quad 0x3f68448fb23a7c0e, 0xff970f23c7000000
	.quad 0xbc3a0000bf800000, 0x1819a448c56c111c
	.quad 0x02f4a12541ee9d00, 0x4020200000000000
	.quad 0x0000000000000000, 0xaa19d25d0071abb4
seed63:
	.quad 0xffffffffffdd50bb
	.quad 0xe6de5c5704aba004
	.quad 0xffffffff80000000
	.quad 0x02d306ded15f53ef
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc9c
	.quad 0xe737313e428e4bfe
	.quad 0x422ed95550258270
	.quad 0x000000000000002a
	.quad 0xfffffffffffffd35
	.quad 0x00000000000003e4
	.quad 0x00000000000002b4
	.quad 0xdd8bdb364a532a6f
	.quad 0xd6dc45a202b6fe0b
	.quad 0x00000000000002c1
	.quad 0x8000000000000000
	.quad 0x01400000
	.quad 0x90000000
	.quad 0x80000000ff800000, 0x7fd0000000000000
	.quad 0xb716d819ffa67fb1, 0x7f800000409a355b
	.quad 0xad3e8c59f3777bf3, 0x2e6d9c14026d0540
	.quad 0xea9dc3478d784e45, 0xffbde4f52295efc2
	.quad 0x4d296d13f463308e, 0x4be07f115bfab600
	.quad 0x80000000cf7fffff, 0xc2209475c237742f
	.quad 0x14f09a87bffdbdff, 0x7f800000423a59b7
	.quad 0xcb3e3f9cffaffffa, 0xa9b98176b1797c2d
	.quad 0xfa6f9daf063c7c73, 0xffc00000ff7fffff
	.quad 0x803fc8c880000000, 0xc13bc0bec1180000
	.quad 0x7ff0000000000000, 0x40c0000000000000
	.quad 0xc1fffffffffffffe, 0x027764dc5bad298e
	.quad 0x4c11ed60cc9c8000, 0x4018ba49c8e9f993
	.quad 0xec9b99b8c1727ab0, 0x7d964e23b7992904
	.quad 0xc021400000000000, 0x30e1729fc5480bc6
	.quad 0x13ccec57f8c9edce, 0x197b3a34bf798735
	.quad 0x11851c27b09badcf, 0x8000000000000000
	.quad 0x3bcc0000e75bf222, 0x9fff45878013e7bc
	.quad 0x00000000bdeeef7e, 0xde1d1cc11dd683ff
	.quad 0x40f0000000000001, 0x0e139017bfbef7b1
	.quad 0xfff8000000000000, 0x5b13113539a7ce68
	.quad 0xf00f820b089001d1, 0xff1944003c600000
	.quad 0xff70500bff800000, 0xcd1083190c29e721
	.quad 0xc71dce2bfcf70000, 0x7eb2fbba7fd3fbdc
	.quad 0x7f800000d97ffffe, 0xc11400008b7605be
	.quad 0x7bb5cd6fd14cfc00, 0x0000000000000000
	.quad 0xbfe0e421fb645d4b, 0x409c0000f3a2f532
	.quad 0xffc7023f3ecaf3c9, 0xc3ffffffffffffff
	.quad 0x7f800000bf076ae6, 0xc10000003dbf247a
	.quad 0xdadd4c4c55221f39, 0x0000000000000000
	.quad 0xc10b6906bb980000, 0x7ff8000000000000
	.quad 0x592f13c2d4b4a050, 0x7cdb21a8bcf275d8
