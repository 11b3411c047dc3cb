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
	.inst 0x1e21c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61d952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1b9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e617854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b08f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd69097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e257998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f9091d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23391a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e65e6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e03ddfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4835dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e584e0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6004bf
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
	.inst 0x4e22dcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e66fc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e618832
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
	.inst 0x1e2401e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2400a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a3896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1f457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f63dc58
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
	.inst 0x1ee2c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21febc
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
	.inst 0x6e69f53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67403f
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
	.inst 0x1e61c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6969f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2788f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e725e54
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
	.inst 0x1e2f1a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2239f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f651198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f4ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e60e75b
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
	.inst 0x1e212030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e358b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24289f
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
	.inst 0x1f4bb070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e690143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21b9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e674076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f7be437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e670cd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0fa9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59c86b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c31c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e762c5f
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
	.inst 0x6e30c8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e43c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e68de32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef1d534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2508b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f805076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e380287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e73fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e642050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e612170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f50ab1f
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
	.inst 0x9e43e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e60fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21144f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6240d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33e481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d6566
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6240f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f73e559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29789a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e428dbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24405c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18f08d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e697f1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27e5d4
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
	.inst 0x7e30d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0240b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2300b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f28a5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2442d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b48f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3074a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eeaf41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e42f13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a75a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1dbbf
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
	.inst 0x0e2189f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e664151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2169d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a5913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f269dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e22dcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f258116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e203937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f655078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea6fcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1ec7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e39de1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69f01f
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
	.inst 0x1e43f410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e1910a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e8972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7801a3
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
	.inst 0x0e2188f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e262160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea19918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42c5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e598aaa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21f5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f06043c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee2eebd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea0d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e220a5f
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
	.inst 0x9e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b3e14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f62a575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21d896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e608a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2eed58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2eee19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef0fcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a0b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4b52dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e654ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d045f
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
	.inst 0x4fc71830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6619d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2ef60b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f22a8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee0d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61dc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0d8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e710167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d4c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e741839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1d5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fd951fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1f9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6901ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e3de4ff
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
	.inst 0x4e6198b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f051471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e662a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eacee74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6321d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eeed5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e223ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61a918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42d079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eb8d53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24429b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a89dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d2340
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6039be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61da5f
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
	.inst 0x1e264110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2025d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e631812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1a873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6200b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3800a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e240126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f49b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd25118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d8724
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f06ba5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26401c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ec59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21a9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0c91f
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
	.inst 0x6e26e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0c955
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
	.inst 0x1f6ba597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e300089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f679c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63b48a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c33d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2524d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201ff
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
	.inst 0x4e6178f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eeed572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6440f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f42e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61ed96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f419917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e640028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a099a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d091b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61693d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e43a4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38004f
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
	.inst 0x1e6d58d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0db511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e615a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e294913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f222974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e243895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3408b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e24fd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25364e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e212150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30edba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1899b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3a081d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61a87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69081f
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
	.inst 0x1e67c130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f1028f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee4d415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3509f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e701017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0f15d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0d819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e72e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03959c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61a83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e69f59e
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
	.inst 0x9e180c00
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f64c0b1
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
	.inst 0x1f6a9c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f2efc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f39fd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c2936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc89897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0411d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e197869
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2ce47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6719db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0e5d7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ffd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e244b7e
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
	.inst 0x7ea0c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a3812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2fa699d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2ef014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21c815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2101a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61c8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e690afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e367b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f46163c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa4911d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f50543e
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
	.inst 0x7e30d8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a1972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea6f4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1b994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e219975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e33edf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f38fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61da58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0a345a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42955c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3001ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f63399e
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
	.inst 0x1e6c21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef2d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21d8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e612230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f7a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e622db7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6188f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a346e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e292afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f28541b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ffd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e423cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f29291f
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
	.inst 0x1e6fdc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3001c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e673932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee4e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eaed5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e30e477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea0f958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f7bfdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6900aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef7f5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2dccfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e20e6de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee7f41f
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
	.inst 0x1e2c05f1
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
	.inst 0x4fc39152
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
	.inst 0x9e300164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e712a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2189d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21267d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c2d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f17c91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8b905b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcf915c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1b9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f68fd3f
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
	.inst 0x1e612930
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
	.inst 0x1e438052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f3a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690064
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
	.inst 0x9e2301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2efc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef2c679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8c983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f3efc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f40adbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea8d67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee242df
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
	.inst 0x1e6339b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4081f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6dec72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eedec93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f253d74
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
	.inst 0x1e6201d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8392b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e66dc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef5f71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7174ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61e6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e290e7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e31016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4811df
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
	.inst 0x5ea1f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6f19f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6cde32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e218953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e19de04
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e34f48d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e631916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1a9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b359f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea0d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6cd55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f75311f
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
	.inst 0x1e710000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c08b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2801c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58b8a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f41e494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f612015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0f956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e610107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3738f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f632c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaec51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1a8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2909be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3e2190
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
	.inst 0x6ee1a8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eecd611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e297a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f422135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7802a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e721017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6142f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e610309
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd990da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6fef3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7f301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c97ad
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
	.inst 0x1e689010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f58e432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fcc51f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e67f416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e612957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c0d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e75193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eaec55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f34fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e03055f
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
	.inst 0x7ee2d4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0c831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee7cd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eace594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e29ddd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee2f458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2198f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f59b55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d8a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e1999ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65012f
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
	.inst 0x6eeee450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f434092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6c0654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6201d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0c997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e642918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e653939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e69012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61c8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e393c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6bbd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70d85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f63355f
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
	.inst 0x1f001c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21c871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0f872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fac98f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f61fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e29fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e680a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e62ce99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0c99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c15b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63f5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e7abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21b8ff
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
	.inst 0x1e6afcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e661972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7118f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e43f4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef0c935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f61d137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e30030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcc585b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f569a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66403d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78b01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0eb5fc3f
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
	.inst 0x1f6da550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e250121
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
	.inst 0x1e43e953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3305c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2fc435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2378d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6542d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e268a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2915fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6301fb
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
	.inst 0x1e64014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e3de49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eacf5bf
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
	.inst 0x6e6dc590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f708411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8e51b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70ed34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6a39f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e651a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e210189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e643a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f67e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6169ff
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
	.inst 0x6e67d410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e20dd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e634a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e591503
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4fad54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b9835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f3efe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f123677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f022518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e28d424
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e198dca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eacc47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e28012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eacc4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7001ae
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
	.inst 0x4ee0d8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc011d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f09b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6554bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e780084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e280086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e203957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e210068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6af5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e6168da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e23f57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e249457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fa891fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e203bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c19f
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
	.inst 0x1e3a5010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e287c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea7ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22bd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ec4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f613419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2848fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2edd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f56e71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e21d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63011f
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
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a09f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2fad9195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6401a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea6e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0ca78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f201c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e75d01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0e97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e70000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f20fd3f
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
	.inst 0x5ea0d9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e24fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0f9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee4f473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e307934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2fdcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea19876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e287838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee6d4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2748bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43445c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f24023e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3319bf
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
	.inst 0x7e61c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e22ed35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc65056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1a817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220019
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
	.inst 0x1f2bb59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6168bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3318bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2301de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0e9bf
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
	.inst 0x1e6121b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f3ae611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f450d12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e18d603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e200024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e74d535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e72e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f0a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e397018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f789c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e200578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29a6a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f44b9ff
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
	.inst 0x5fc85970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e25dc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2821b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18c563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6b4534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25be75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5eaafd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21d517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e597508
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e2859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43841a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1a93b
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
	.inst 0x4fdc119d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e68012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e66f71f
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
	.inst 0x4e6179f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c3931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f253453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea8e4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e67e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1f9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f409817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc459f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eb7d459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65489a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1993b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f50e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27381e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602138
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
	.inst 0x1e2b7850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6adcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e24fdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2858d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e650066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e69fd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65e5a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e232200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f59e71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59eccd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e263a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2787bd
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
	.inst 0x6ee199f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e644032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21d9f3
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
	.inst 0x1e307a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f34a5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e275a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f3efe19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e616b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fac90bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6ffc7c
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
	.inst 0x1e19d8ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ef0fc9f
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
	.inst 0x5fc31130
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
	.inst 0x1e220152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e03c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2acdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f5039b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f856
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
	.inst 0x1e288af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28d570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e218a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62599e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20016f
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
	.inst 0x7e616890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e218891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6b2492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e03a513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0c854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4185d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f491d78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e640129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e24016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2000ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c3df
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
	.inst 0x1e210180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e271931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea5d4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2df575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc89216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59a927
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e66d018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e08bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2802cc
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
	.inst 0x9e31018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e212090
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
	.inst 0x1f2b1130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e200201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea0ea32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e0524
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f64e635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e700026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e324837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e376839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e341a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa7519b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a55a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6509de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61cabf
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
	.inst 0x5f8f50f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1a971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f5ffcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6200b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e35ce56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6200b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea6fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f609a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fce18bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42a43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e88fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e61000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7900af
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
	.inst 0x7e70d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e69e551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd19872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fca91f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2640f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e1975
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
	.inst 0x4e2179f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0cc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e74387a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21022b
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
	.inst 0x7eabd69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21883e
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
	.inst 0x1f2e2d10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f472591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e03fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e587d83
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f620e14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6da423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e30ceb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a08b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6641b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3121d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63de5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea8fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2690be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea6f67f
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
	.inst 0x1e277010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e30ac92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e72a47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eaee474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03b415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c8936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e5a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2500ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61c85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1abbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a8ff
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
	.inst 0x7eedd410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e22ed52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6548f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee6d575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6859b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b7a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e65008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb7ecfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65f01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f9bd
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
	.inst 0x1e6838bf
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
	.inst 0x9e587d80
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e244033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa79056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e37ee78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e33887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2413b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f673d5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3148be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31004f
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
	.inst 0x1e6120f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f71ae12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd15174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fad5035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc39296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d3957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e75052e
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
	.inst 0x0fad19da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2502eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f36fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2168fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7001ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e610c3f
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
	.inst 0x1f223510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f223d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e216872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e207814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e75c540
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e731917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e217979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67393a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30c8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e622a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202118
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
	.inst 0x4ea8f430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6201f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e310224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea8d595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d5a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e75b484
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eead598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e653999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c9d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa018fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6641bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c1ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2bdeff
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
	.inst 0x5fae50b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2300d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5cc52
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
	.inst 0x6e30f954
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
	.inst 0x1e6200d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e702020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f658478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e214839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6de53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2318bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d113d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d68ff
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
	.inst 0x2eaff410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e706932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e616993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ef3f454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fae9835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f909856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee1d937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3108f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21d85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e3af4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e70c4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66f5e0
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
	.inst 0x1f21a190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e300181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2359b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e619894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f72ba15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e70ecb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e600ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2199fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee240bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2388fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21187d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6141fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202018
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
	.inst 0x0ea1b9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4e95f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eeded53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2ccc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23545d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f62a5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61a87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21c55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fcd983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03d8df
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
	.inst 0x4ee0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3039d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e79f012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d2953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eabd554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2188d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb1c4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc59899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38701a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f328adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c33c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f24a0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fca513e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78895f
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
	.quad 0xb10e3b5eb66276fb
	.quad 0xffffffffb19a8c6f
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc8c
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x0000000008a2fc18
	.quad 0x000000000000003b
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x0000000a69aaf3cd
	.quad 0xffffffffffffff3b
	.quad 0x00001dc07a0efaaf
	.quad 0x0028607a6a211f29
	.quad 0x000000247407f3d2
	.quad 0xfffffffffffffe3c
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x59d2b46112ffbdbe, 0xff8000000087c783
	.quad 0xff0000008009ac92, 0xc000000000000000
	.quad 0xb028aa61fffdf4f7, 0x7f0000003f930512
	.quad 0xed17764afffee29d, 0x3634000011a0a290
	.quad 0xf0a72731fa72380f, 0x2642519fcdfb01ff
	.quad 0x0edf967bb8be48ee, 0x378b7c1dfffedf5b
	.quad 0x926c1fd6bfffcff8, 0x80800000ffb61b22
	.quad 0x800000005e77fc88, 0xfff0000000000000
	.quad 0x8bf01f477efdfbe7, 0x187bd3fc80000000
	.quad 0x42c0000080000000, 0x74723d3f7efb1304
	.quad 0x7ff0000000000000, 0x1af851cbd8003e8b
	.quad 0x09b6dd2eaf10fcce, 0x027de930daa545c0
	.quad 0x80000000bfe0e605, 0x8de244e576900800
	.quad 0x5c03dbf3ff800000, 0xc21c3b555ffffffe
	.quad 0xfe80000080000000, 0x8d9a430ab6148bff
	.quad 0xffda85787e8586ef, 0xea30e023b7330000
	.quad 0x80d1d7d48ade8806, 0x409d7df940e00000
	.quad 0xbe3963b7a989a5f9, 0xf00ec321e0dbcbb9
	.quad 0x800dfe8effe55f75, 0xfcc56fc1c7a6dd5a
	.quad 0xc02741783df43545, 0x0d94d87250db1c6f
	.quad 0x99d18bdf466faa67, 0x40dccc01ffa5f9e0
	.quad 0x80000000f556bc26, 0x8000000000000000
	.quad 0x0e4d233cb20b60b6, 0xc01b000000000000
	.quad 0xff8000007f924b64, 0x7a06e848e08fbb00
	.quad 0xf926e300dfffffff, 0x10039f4ec34992ad
	.quad 0x5f8000008b4022c4, 0xb134a1ea7febfff7
	.quad 0xc3f3462b7fc918ef, 0x95e6971d88a7fa25
	.quad 0x1006372245080000, 0x000fffffffffffff
	.quad 0x17ca396ae0c078d0, 0xbda00000be843059
	.quad 0xb8ca3067e5e4f664, 0xe61a67d0b1824651
	.quad 0xffe71d38ff800000, 0xc5285545dfd7bcf7
	.quad 0xab312824eedfc680, 0x438b7925bbcbea23
seed1:
	.quad 0xd4cef76395328ef5
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffe2
	.quad 0x00000000ffffffff
	.quad 0xbf98fe8d22be2c05
	.quad 0x9feebeb30bc33010
	.quad 0x4d982f10e788c331
	.quad 0x70a98913e00f07f2
	.quad 0xfc937b61153d229d
	.quad 0xc78f6bfc2df879b3
	.quad 0x0000000000000062
	.quad 0x000000000296c4eb
	.quad 0x000000000000036a
	.quad 0x099d674f1e200bd3
	.quad 0x000000000011349e
	.quad 0x0000000080000000
	.quad 0x04400000
	.quad 0xc0000000
	.quad 0xff9428abff800000, 0xa2f672b582269746
	.quad 0x5fc8e7a6ec7cf5ee, 0xc0a0000043a91da0
	.quad 0xdd0ef7de7091f03d, 0x4057d9f8e7b0fae1
	.quad 0x37d36106048b8430, 0x4ff29b10b95fffbf
	.quad 0x00000000c5338000, 0xb80000007f800000
	.quad 0x7fc75cd56b6f425e, 0x80000000c038c6bc
	.quad 0x800000004f7fffff, 0xe2b56a70d8297dbf
	.quad 0x765b0ca54de8f8a8, 0xfface0dcbc41ebc6
	.quad 0xc009ff858c32780f, 0xabf1b8c0726f0000
	.quad 0x5bd1413015d8800b, 0x809766b87605db3a
	.quad 0xfff8000000000000, 0x0ab0088b7fdd787f
	.quad 0x7ff2d299b35d4cf6, 0x406da5324a0a4cfd
	.quad 0x405047e748807307, 0x9af950d2f864ade8
	.quad 0x0015ad3c5c3bc242, 0x40e0000000000000
	.quad 0x5fbcaeff7e48fe00, 0xccf117e4ffc00000
	.quad 0x7ff5c5ec537287d7, 0xffeca110bd3691dd
	.quad 0xc5292afff3c13c2c, 0x8000000000000000
	.quad 0x831f3c26e596b045, 0x4133a01fff800000
	.quad 0x7ff0bfef27d3a212, 0x5ec8c6cdfbb17f3f
	.quad 0xbc6f9eacffabcd97, 0xbfad4c9ace27c06c
	.quad 0x1a942efc3eeae27f, 0x0008000000000000
	.quad 0xf5a15e4405e50000, 0xbc76a7a87fa822bf
	.quad 0xfff605095a4baf6b, 0x405828da7fc00000
	.quad 0x3470425c2b63c8e0, 0x2fac02720730df57
	.quad 0x7ff84c102438cab3, 0xbfe92bfbbeac08d9
	.quad 0x4b6fa4a1def18000, 0x0970e55740074e00
	.quad 0xc0ff608540f703bc, 0x3ce000007b6f3dce
	.quad 0x02309e48ffb95440, 0xc0d80000007fffff
	.quad 0x3f72e44e81c71d87, 0xfedb19ba8485dff0
	.quad 0xf46c0347fbf42fd5, 0x68307b12ee3b578f
	.quad 0x3fe3ae99869e4128, 0x09c35e22241ee1b3
	.quad 0xb8e900007f800000, 0x8a60e61af7bb7faa
seed2:
	.quad 0x565877c4fc6864d8
	.quad 0x0a1c1c575824dcd2
	.quad 0xc6b8b89b6fc05230
	.quad 0xfffffffffffffdfd
	.quad 0x1b208bb2742d4a8d
	.quad 0xcd2f60c58bbd5326
	.quad 0x000000dd158c0743
	.quad 0x000000000000023a
	.quad 0x0000000000000030
	.quad 0x058a5fafca2377c9
	.quad 0xc52b8aa04aa1b3f2
	.quad 0xccb5781ba194b4a4
	.quad 0x00000000000001d1
	.quad 0xfffffffffffffd86
	.quad 0xfffffffffd451dd9
	.quad 0x2fc32dc8d27b9605
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x3c5ee647db5b1877, 0xf07d1bf5edb4db32
	.quad 0x6bf2024a690deca9, 0x4048952142bdf11b
	.quad 0x407de8e7c57cc7e4, 0x1de2700dd20f47fd
	.quad 0x7d4d00e70cf9fde1, 0x50a5d569fdff06c2
	.quad 0xe8be4275bdfd54e4, 0xc05649a151d12c9c
	.quad 0xff8000007f800000, 0x3f80000000000000
	.quad 0x3fba9f899306fba0, 0x4032228dc67582b3
	.quad 0x73ba9fbc3fffffff, 0xfff1494582f81077
	.quad 0xc22bdf8f00400000, 0xbf7f70c08fd09700
	.quad 0x7e9b9c0976273448, 0xece776f33ebe9ffd
	.quad 0x138d4eac640afc1a, 0xffcdb780eca52c77
	.quad 0x97ef0f94c115d6b4, 0x2fda4c4a75feffc7
	.quad 0x59fffffe7fac3df8, 0xa236f39cffdb827e
	.quad 0x7f9ec14beca063ff, 0xbfa09a1e244ff65a
	.quad 0xfc1b2ce364048000, 0x014f99917fafeabd
	.quad 0x7f800000ffebfc44, 0x000fffffffffffff
	.quad 0x43e0f271e419e9ba, 0x5adc428b6925c6c4
	.quad 0x945c602b8bdfb260, 0xda7fffff7fc00000
	.quad 0x7f8000003f400000, 0x7ffecd5476ac5b41
	.quad 0x3e3368fa80000000, 0x7dd433c9fe67dc7f
	.quad 0xbec6000000000000, 0x6ba86a63e62c91bc
	.quad 0x001020858000c9d8, 0x7ff0000000000000
	.quad 0x3fef1e5240e00000, 0x136639f1ff9eef2f
	.quad 0x462000007fe82c8a, 0xc01b000000000000
	.quad 0xff800000c4400000, 0x07ce8fb3ffffffff
	.quad 0x805d51bb712f7f53, 0xfd896c71e286b252
	.quad 0x86e4734663e6a6f3, 0x85007c576911bfff
	.quad 0x40c80000b9380000, 0xf144e9be76529e17
	.quad 0x9a7a9fc700392ced, 0xc0520f111e32de2c
	.quad 0xb7e9d3a192c94e33, 0xa584e09cf7befbff
	.quad 0x3768d3cfe4f501d3, 0x3f8d730a5a5366a4
	.quad 0x65d5ef922883f800, 0x7ff0000000000000
seed3:
	.quad 0xfff3dc49ca1e4cae
	.quad 0xddf896729ddc75ab
	.quad 0x00000000ffffffff
	.quad 0xd0435e4d3f00c4f1
	.quad 0xfffffffffffffff9
	.quad 0x012b193e6dcdfb97
	.quad 0x00000000000125b0
	.quad 0xfffff099ec47aa4c
	.quad 0xfffffffffffffeb2
	.quad 0x0000000001000001
	.quad 0x0000000000000038
	.quad 0x0003bc8c7aeee59a
	.quad 0x000000000000000a
	.quad 0xfffffffffffffd11
	.quad 0xfffffffffffffdaa
	.quad 0x8ecab06ddb7da3c0
	.quad 0x05c00000
	.quad 0x80000000
	.quad 0x3e0d9a785a4c9b30, 0xfe2359befd4feda5
	.quad 0x383fc336b9e4465f, 0xcaa73f13bdbbbd80
	.quad 0x7ff646cdae3171a5, 0x40e0000000000000
	.quad 0x0000000000000000, 0x439f72f2e077fde7
	.quad 0xfff4cbe8bb0946a9, 0xc013000000000000
	.quad 0x7a431d5a3ee9035a, 0x34b50fe9c3b454d1
	.quad 0xffe21d69135c1492, 0x407c3c66a3a00333
	.quad 0xffc4515d3c255843, 0x9305b755dfcd9db4
	.quad 0xf3540317c26e2377, 0x147c0616c30b496b
	.quad 0x434ffffffffffffe, 0x3fec02b7566dd980
	.quad 0x10aba46f966de6fe, 0x2f5f446ff95a81c9
	.quad 0xc024000000000000, 0x0a5940b4be9f363f
	.quad 0xac43654f1afdfe00, 0x0008000000000000
	.quad 0x84f72e3e9488c8d6, 0xff83b5a8c0e80000
	.quad 0x6e85de5dc682c723, 0xc010800000000000
	.quad 0xff800000ffb86522, 0xa02d319ced0b6738
	.quad 0x8000000000000000, 0x407fffff7efa27c2
	.quad 0xff800000c7fffffe, 0x992c5a46c9947d4c
	.quad 0xff800000804b3667, 0x74f6a5d74383d6fc
	.quad 0x7ad7007f477ffffe, 0x0fde07e5f67b37fd
	.quad 0x0d20d121ea2c5931, 0xe678ea50e15af9d2
	.quad 0xd348caed608a010d, 0x7ff8000000000000
	.quad 0x7e928f6b1dd37cc2, 0x5df1de31ffe63c86
	.quad 0xff800000003c850f, 0x3f8000000111ea20
	.quad 0xfff49e8ec146a523, 0x4028c00000000000
	.quad 0x7e01fc846003d796, 0xae52c2c4abb28000
	.quad 0xf7a6a1a57ffcedc0, 0xff9d735280000000
	.quad 0xbc003a0880c3e442, 0xbc4000007fae2569
	.quad 0x6a38cfeeed7ff9c7, 0x604645993ce48560
	.quad 0xad2e4b6b790cf7ff, 0x422dcb1cbff97f8e
	.quad 0xf291c39b7abe1c65, 0x4021000000000000
	.quad 0xcd4cd972bdfd7cff, 0xbf0add1342f7201f
seed4:
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xa5dc7a14874e9034
	.quad 0x000000000000012f
	.quad 0x00000000000002fc
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x2f1520a2a6884d2c
	.quad 0xffffffffffc05dab
	.quad 0x0000000000062c87
	.quad 0x000000000021850a
	.quad 0x8000000000000000
	.quad 0x9ee7239d6df78ea8
	.quad 0xf971b49f1317568f
	.quad 0x0000000000018f73
	.quad 0x0000000100000000
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x7fda2af960a77d06, 0xdb8ad063f538fc00
	.quad 0x7a151878702a4c2a, 0xf4a3737a9150118f
	.quad 0x2efa9f8162985263, 0x7fed3a7b1ef028ba
	.quad 0xab35839efff8bf16, 0xc34fffffffffffff
	.quad 0x419b0000c7cc0000, 0xfde15264df37b3e3
	.quad 0xbcc0000000000000, 0xfff7355ffc7959d5
	.quad 0x4d8f84d2ac217900, 0xddf856a5bf047e00
	.quad 0x001bfadfc0600000, 0xc3e462253e5c2543
	.quad 0x8000000000000000, 0x3d1e1281be70983b
	.quad 0xfff0000000000000, 0x8d2bd1b38030a1eb
	.quad 0xc00c000000000000, 0x3b50000040c082d5
	.quad 0x7fdbfe319cec1415, 0xc0ad400000000000
	.quad 0x4ee2296e7f147c00, 0x39ebdd9afbdc039c
	.quad 0xffd2cff34045191a, 0x0000000000000000
	.quad 0xfeffffffff800000, 0x9db104ee33b5a05c
	.quad 0x33f3181940f8e894, 0xec17dedd430c3718
	.quad 0x66fc14553cd8c5f0, 0x0000000000000000
	.quad 0x800000007f800000, 0x86d07401a3375800
	.quad 0xc0e8800000000000, 0xfff0000000000000
	.quad 0xb5d0606a1ef8dbfd, 0xacd2f58a436b8b4d
	.quad 0x943b845efff3f7b5, 0x11a93e10212d7c00
	.quad 0x2d02b2ffb9557800, 0xa4e35ca4d9a5936d
	.quad 0xbecd200000000000, 0x7ff8000000000000
	.quad 0xbeb2197fcf7fffff, 0xbfc00000bba9a000
	.quad 0x99b46611c012f800, 0x443e000021d11a7d
	.quad 0x3fb0000040c93464, 0xbcdc6797ff000000
	.quad 0x356cfad87a40c285, 0x9d8d7dc3e2de7fff
	.quad 0x459edca12a4be515, 0x0c9354387f46b834
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0x7917e4ec124bdd60, 0x42257b0985617400
	.quad 0x3e112119007fffff, 0xe5591a8eb7bf2ac5
	.quad 0x7ff0000000000000, 0xffaf848d00400000
seed5:
	.quad 0x22182e55113f9115
	.quad 0x0000000100000000
	.quad 0xfffffffffffffff0
	.quad 0x67dd13c16d0ee2c1
	.quad 0xffffff7419d61fae
	.quad 0x0000000000000001
	.quad 0xd1569c5a3110c5a5
	.quad 0xf4393670ffa15ebc
	.quad 0x0020000000000001
	.quad 0x15ffd298766448b1
	.quad 0xfffffea5f9062a4b
	.quad 0x6fa44c0cd77733b3
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x5a88ccf3cdc90000, 0xf3d4fe9f0c124ac9
	.quad 0xfb7c9dbafbf4ffff, 0xc033d7d380000000
	.quad 0xb10b4971b9cbf5fc, 0x5b8b4fdcce6ff76f
	.quad 0x8645cf2fbf8db1cb, 0xc32700007184cd85
	.quad 0xfff0000000000000, 0x63be3927bfbefc9a
	.quad 0x5a431461681983ff, 0x3e4c000000786b64
	.quad 0x160467c237900000, 0x3fcb3bab6c6cc45b
	.quad 0x2b844324caccff89, 0x221e4ea727810600
	.quad 0x86eb1de47f800000, 0x41caf644a7180fb9
	.quad 0xfff0000000000000, 0x01df684914fca173
	.quad 0x7ff8000000000000, 0x3de1cb1dc1274359
	.quad 0x80000000bc3e4b29, 0x788eb237968d00e9
	.quad 0xad119dc9b204fde1, 0x0f8b6a5140e0cf3e
	.quad 0x00238be4d99c87c7, 0x83b27e3a0023ee9b
	.quad 0x74f51e55ae02b471, 0xb5e9fe60898887ff
	.quad 0x3f96d79eeb4174b9, 0x2f85f5fefffbfd33
	.quad 0xc90000000d31df68, 0x23965244a292d55d
	.quad 0x904386c3731ae6b1, 0xc48dd159c5e0d3df
	.quad 0xbcfd9591ef3770c5, 0xfef01df3c3447e00
	.quad 0x4cd0e76945a42786, 0xc3fffffffffffffe
	.quad 0x76ef37247cfffbff, 0x1671260898a9f974
	.quad 0xbc3832213f050b77, 0x7ff8000000000000
	.quad 0xbf58000000000000, 0xc70000014379a586
	.quad 0x3a829635ff1b0000, 0x95f6dd5eef0b7ed0
	.quad 0xbfc0db32c0709590, 0x26530af1cfffffff
	.quad 0xc17198a2ffa1997c, 0xbf7e6456483dd114
	.quad 0x8f54d54d143dc600, 0xbf74f878d8e4fcbc
	.quad 0x43f7fc26ffbe675f, 0x1d21850d1b29126f
	.quad 0x866f12aaaf6fff79, 0x72d9160eb4288400
	.quad 0x4290000040a00000, 0xfff323d4d86aa503
	.quad 0xbfcbf6e39695076e, 0x19e239e838618000
	.quad 0xbf400000c0c39116, 0x3f027d3a46596167
seed6:
	.quad 0x8000000000000000
	.quad 0xfffffffffffc89d8
	.quad 0x69d2f0a8dd066f59
	.quad 0x00000000000001c4
	.quad 0x004e287d465d6cbb
	.quad 0xffff1994897ef303
	.quad 0x179703efad46e166
	.quad 0xfffffffffffffe40
	.quad 0xfffffffffffffe65
	.quad 0xffffe83ccdd9faeb
	.quad 0x0b1b48dbcd54ed9c
	.quad 0x00000003384b0952
	.quad 0x000000000ab4f19e
	.quad 0x000000000000002b
	.quad 0xd1ed2a4710d9e274
	.quad 0xfd892834a1d527ab
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xd98000007f8a8685, 0x1faeda94386abe72
	.quad 0x0574a2804dc5d93b, 0xef4281369a7b77cd
	.quad 0xca60405bfff86e5b, 0xfcec1c0dfaedb181
	.quad 0x00db212f7fc00000, 0x800c21901dd8ac58
	.quad 0xa58920699f76f767, 0x985dc242c3fd2b82
	.quad 0x034d5161458ae73b, 0x10bf1901ae60e8b4
	.quad 0xff800000bf040974, 0x3fe31c101541c0c6
	.quad 0x205a4b85bf7e2c17, 0x7fc00000ff800000
	.quad 0xadc1ec6903e40000, 0xde72badb9bb7ec3e
	.quad 0x3ffe8a610fe5d576, 0x8a0dfca41dce8000
	.quad 0xc028d7eba8ddf031, 0xc7810af9ce816948
	.quad 0xf4f688ac3fdffe00, 0x43e0000000000000
	.quad 0x18e1d277bffa31fd, 0x001b004df8ace978
	.quad 0xb7221b84b1ebfc19, 0x365347d8ffd89500
	.quad 0x8080000080000000, 0xb6116045d114feb8
	.quad 0xd95024451fbff5eb, 0x8000000000000000
	.quad 0x0c3c9f0b77abcb16, 0x4024000000000000
	.quad 0xa3f865f297f3bcbe, 0xfee7f3343d52cef3
	.quad 0xc1476600ff7fffff, 0x7feadc9548200000
	.quad 0x0004b0d68d35a7c8, 0xfff36df2d789593e
	.quad 0x6aa5f27574d03fed, 0x3a95448603750000
	.quad 0xbfaade1ca2cf6a1c, 0x7d3e7a3373ffeebf
	.quad 0xfe5fd9cf023b4367, 0xe5cc3929d74ac2b3
	.quad 0x407fb254e922baeb, 0x69faf34ad77cf93d
	.quad 0x3f612d2400800000, 0x6069b5ac251e8bff
	.quad 0x45903f7a65575400, 0x3feafdb1ff58fd40
	.quad 0x0ad0bf81c1100000, 0xa546efe14ec90df4
	.quad 0xc083e00000000000, 0x4330000000000001
	.quad 0x49c00000ff800000, 0x82665b788ff4cf81
	.quad 0xbd98bc2719265036, 0x4061c07a5ea4425d
	.quad 0x67b8ed3cff800000, 0x7fa8271b8c235552
	.quad 0x40089bec902f05e5, 0xa6190580b069d2a0
seed7:
	.quad 0xba79cbf54cefdfd9
	.quad 0xfffffffffffffc97
	.quad 0x01bf2ef9b12825b6
	.quad 0x4a585f30fc9e7586
	.quad 0x0000000000000397
	.quad 0xfffffffffffffce0
	.quad 0x39f60e6fc32221cd
	.quad 0xfff14f238fd0b84c
	.quad 0xc775b973d2863fe4
	.quad 0x000000005feb03d3
	.quad 0x1569da4edefc478c
	.quad 0xf6a510a39c8990ca
	.quad 0x7ef843e2fb99348a
	.quad 0x000002e5507307e2
	.quad 0xffffffffffffffab
	.quad 0xfffffe2c5841947d
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x80f76693bb10ba13, 0xfff0000000000000
	.quad 0xc06e3b891de72c45, 0x7a02d2a159800000
	.quad 0xa6b4fb2c7cc3acec, 0xc80aa94eff8eaa61
	.quad 0x585e5513ff9d3076, 0x801046e000800000
	.quad 0x80fdd0cac1800000, 0x02beac9aa8045a59
	.quad 0x7ff0000000000000, 0xfff57e3c0e4c7ac3
	.quad 0x0000000000000001, 0xfe8000007f800000
	.quad 0xc0ffffffffffffff, 0xc3789218ff800000
	.quad 0xfe71405d20dfded3, 0xc175caa9ffa29ccb
	.quad 0x8e5daf12d81f87e8, 0x5ace9a5ee0feefbd
	.quad 0xf9da7441847792b1, 0xe706a64e307a7e8a
	.quad 0x0073635b35a00000, 0x7d67de287f800000
	.quad 0x4000000000000000, 0x0000000000000000
	.quad 0x782d0daf02f39d6d, 0x0038a02059ffffff
	.quad 0x0000000000000000, 0x91492304f9a1fc00
	.quad 0xda7fffff5f7ffffe, 0xdd2d214fff5bb7fc
	.quad 0xc7390309ab345a7c, 0x9a7581821479888b
	.quad 0x81a57fbd26a24097, 0x4334e81800000000
	.quad 0x148abc8f804ec7dc, 0x3e74c620edbfed93
	.quad 0xbef80000ee05ea35, 0x3ac6b0cfe312fa73
	.quad 0x4bba33f3fdfa8372, 0x7ffe4e2e64804733
	.quad 0xbfe027021c18292d, 0x5166153ac49d9100
	.quad 0x0266236d0a09b299, 0x8835d19d92aad397
	.quad 0x3ea67a480b929562, 0xc8c2cc2de84e2980
	.quad 0xfff8000000000000, 0xff6ed6e9ba1bfd10
	.quad 0x8000000000000000, 0x4da30730beb5bde6
	.quad 0xe26fc699194a2da6, 0x01b309fb6f5f74fb
	.quad 0xc98b8a9fdf4a7c01, 0xffe0000000000000
	.quad 0xc306533784079649, 0x3ffffffe00400000
	.quad 0x7ff4b96e9b4d6fc4, 0x7ff3c1667a6ff5c8
	.quad 0xc340000000000001, 0x4064955e0b7c21c6
	.quad 0xbe80000008f50618, 0x402f7f0332e5dca1
seed8:
	.quad 0xfffffffffff04952
	.quad 0x000000000ecc2668
	.quad 0x0000000100000000
	.quad 0xfffffffffffffed9
	.quad 0x00000e3023cd7655
	.quad 0x000000000001e178
	.quad 0xe2f55db92a67e86e
	.quad 0x6bb27297eda632f4
	.quad 0x000008d3bd3c5209
	.quad 0x0000000000000001
	.quad 0x00000000000001fb
	.quad 0x7fffffffffffffff
	.quad 0x217ad822270b2036
	.quad 0x61ace31b64937dc8
	.quad 0x000000000000001e
	.quad 0x0000000000000001
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xc1caf7fe60d88154, 0x98a954a59cc97d3b
	.quad 0x12f4b6c7006ffaf6, 0x4016800000000000
	.quad 0x55172e4127af8000, 0xbf7c6f1fc708eea6
	.quad 0xff8000007f800000, 0x6befcaccc5d00000
	.quad 0xfebd41c47022fa33, 0x80ffffff7b2ad900
	.quad 0xc1588000c2c7acbe, 0x99d9a759f9c04df2
	.quad 0x9f0b8e4de34548e4, 0x42586e6000bc7693
	.quad 0x95f287705b9cfff7, 0xa8218a0dff89fcb6
	.quad 0x2e22da0493960211, 0x3f91c3f7d735bbf7
	.quad 0xbdd4c12f6558d24a, 0x889b1c8cbd7c0ad7
	.quad 0x40b65f7b1f462e96, 0xbbb1b0843f72958b
	.quad 0x7f0050ab0ef6bdd2, 0xc021800000000000
	.quad 0xfeda386380066f69, 0xeb28d51cfcb270e6
	.quad 0x800000008313b7f4, 0xf43a25476b6c06a0
	.quad 0x7ff33a40a65533be, 0xd4d431c34c790ea2
	.quad 0x17bee3f7e37a7fe9, 0x35839d53f99fbfb2
	.quad 0x66d8433b45c1c225, 0x000000003f1ba4ff
	.quad 0x7ff2fc6720b64c6b, 0x69c6972a3e4847c0
	.quad 0xaab071ed48b630d5, 0x8000000000000000
	.quad 0x81b88a0ccebbb72f, 0x00c320cce2783304
	.quad 0xfeffffffc3a8d9e0, 0x941221fdff963039
	.quad 0x575994811c20810f, 0x0eb87785ffcd377e
	.quad 0x754d8889e1efafb1, 0x99f83bdb881c3ef7
	.quad 0xbfe2e39b37400000, 0xeba4d5d1ffcfe6ff
	.quad 0xf8f607d57ff3fd23, 0x879a8377b965f7ff
	.quad 0xfff0000000000000, 0x7ff157b23434be11
	.quad 0x125608b2eadf64d6, 0x7ffa58784ad9cf12
	.quad 0x8000000080041b93, 0x80ffffffc0a00000
	.quad 0x0286375040800000, 0x86516d0d7fec34b0
	.quad 0x691c63b7670c5873, 0x09a1b65affff2ef3
	.quad 0x20e287dfe172fc58, 0x469e5f4c9901c000
	.quad 0xffc00000db37893c, 0x404238ff1a3eb819
seed9:
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffeb0
	.quad 0x0000000000000098
	.quad 0x6f572915dfe38bdc
	.quad 0x0000000000007ae4
	.quad 0xb74bee4d9a677aeb
	.quad 0x0049defae2d31118
	.quad 0x350b921045544058
	.quad 0x000000000000011d
	.quad 0x000000000012596f
	.quad 0x00000000e78fec9f
	.quad 0xfffffffffffffffd
	.quad 0x0d4e77d67c205e24
	.quad 0xe515834acc3bda5f
	.quad 0xea5d8a0a3564c8a5
	.quad 0xffffffffffffca31
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x97ef50589549d7af, 0x0373ac9ca42df5d0
	.quad 0x0214e37f013d9def, 0x96838aa4ff927305
	.quad 0x0000000000000000, 0x7fd96dfa7be9d5ad
	.quad 0x3fed800000000000, 0x78e6f30fbfbe3e86
	.quad 0xbea1747d7faa6055, 0xc0c06b237fc00000
	.quad 0xbdc80000c3e1a92a, 0xa4f43adb4185dcb2
	.quad 0xae72e4dac5ffffff, 0x5d6aeeb9de695849
	.quad 0xa1246f8205cdf9ef, 0xdfffffffa2bf3ae7
	.quad 0x0002f5aa7effffff, 0xc11000008b1874dd
	.quad 0x7fc000005f7ffffe, 0x43af868580f6f7bd
	.quad 0x00000000ffc00000, 0x412d343fffa9f650
	.quad 0xc023f64e15c9b75d, 0xc8b5cd6080000000
	.quad 0x3ff921ff08715195, 0x2afe0ecc8f7648f0
	.quad 0x892c3ce54dfb9735, 0x9d10b448bf800000
	.quad 0x381bfeecea100000, 0x7ff0000000000000
	.quad 0xffc000007f800000, 0x8f00fdebf4cffe00
	.quad 0x12eb63237ffffe7a, 0x7f800000fd1cba5c
	.quad 0xc186fba57f80c802, 0x0008000000000000
	.quad 0xa023275d46c21ad6, 0x92dec029f5b2fbcf
	.quad 0x40443a4962d25a86, 0x7ff5eb52b854d1ff
	.quad 0xff8000007eb239f2, 0xc1f0000000000000
	.quad 0x436b53d93f664eab, 0x217b2a9ee77bfddf
	.quad 0xd4a906452232a6b3, 0x00ffffffffdee3c5
	.quad 0x8000a3e915cd997d, 0x0e644577c0633014
	.quad 0xe5c6d5f8fefdf333, 0xfff8000000000000
	.quad 0x00000000bd9921c9, 0x3f32200000000000
	.quad 0x78b3f1943fc56b12, 0xe0d579e4ee447bff
	.quad 0xd5b11f6c62b0e000, 0x6e2d735cacf8efff
	.quad 0x9266d61f04967c00, 0xc04c000000000000
	.quad 0xf24ea4310a76569c, 0xf59247d39441cce3
	.quad 0xfe41e31dfeffffff, 0x7faab1c5273a5aef
	.quad 0x6b2b60ebf39fcfc5, 0x3ceca20ed16fbf09
seed10:
	.quad 0x0f0d6937f86bbbba
	.quad 0xe9d69a3d18c5b30e
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0x000000000001d772
	.quad 0x47574f325e6c4a64
	.quad 0x0000000000000001
	.quad 0xd8616db7841d316c
	.quad 0xc13ec849824b6669
	.quad 0xfffffffffffffd94
	.quad 0x7fffffffffffffff
	.quad 0xf486898edd299a3b
	.quad 0x0000000000000207
	.quad 0x000004e25115650b
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x05c00000
	.quad 0x20000000
	.quad 0x4015000000000000, 0xfd3cec71fdbee7ff
	.quad 0x6856972dc01a11a7, 0xd5d85b263402cb40
	.quad 0x52fe6ae9f753ffd8, 0x7fad6b3dc0300000
	.quad 0x0000000000000000, 0x408000003babda41
	.quad 0xe48dc62900000000, 0xc279de87806d5d5a
	.quad 0xbfba5e9183b84570, 0xd0a746b7ff258772
	.quad 0x7f6838bec0491118, 0x816c1f4dd2c82bba
	.quad 0x1f2b89a5bf600000, 0x959b4e86bfffd3df
	.quad 0xc9400000cc7fffff, 0xb9d57e20eddfcedd
	.quad 0xffb57bcebddff7f5, 0x81d3f9a1cdbd55f8
	.quad 0xb4d2205d95bf99f8, 0xfff5d8a5005912ad
	.quad 0x6c0b140940500000, 0x59bfc53ef7d00400
	.quad 0x8019d489bf1d95e1, 0x41fffffffffffffe
	.quad 0x63800c5524d9e3ad, 0xe9d4346cccaecfd5
	.quad 0x358635402299f720, 0x73f96b1f5ffa7e01
	.quad 0x2aa3c15104f1c100, 0x27b9f503ed86fc00
	.quad 0x3f8fe9c66a550219, 0x8000000000000000
	.quad 0xf6e992b0c07250a7, 0xde66c95e80000000
	.quad 0x4014000000000000, 0x4eeffae9acffffe7
	.quad 0x927246b7edda78b7, 0xbfd042bda88057d0
	.quad 0xc14970bc40e00000, 0x6920c0acac763db6
	.quad 0x0000000000000001, 0x3fc6af4eb41541dd
	.quad 0x0003fc1d3e206e31, 0x7f800000bdf13aba
	.quad 0xffc0000083eb6fc5, 0x8f63c0e9ef97b967
	.quad 0x402a2c482fe9f8d3, 0xc0127ca9ba47bae8
	.quad 0x477fffff5efd13c5, 0x8053a15fe665e9cc
	.quad 0x7ff8000000000000, 0x3c3ea1162a46a2af
	.quad 0xc26f0000c0980000, 0x40107ed945009863
	.quad 0x84e787d932d7fdfc, 0xfff8000000000000
	.quad 0x7fff26f0e0fd6367, 0x800f4df040270dd0
	.quad 0x4021800000000000, 0xffe14b04e6410df4
	.quad 0x000c7bc64db845e2, 0xd30e9c588af7ffbf
seed11:
	.quad 0x008db47b282e3829
	.quad 0xfffffffffffc372c
	.quad 0xcf90dcd3e5a4d5bc
	.quad 0xfffffffffffffda4
	.quad 0x00000000ffffffff
	.quad 0xdfc05bdd0236d333
	.quad 0x000000007fffffff
	.quad 0xffffffffc68386b2
	.quad 0x7a2353532bf885ef
	.quad 0x8054229405f977d9
	.quad 0x00000000000001f1
	.quad 0x326091acb91539ba
	.quad 0x7fffffffffffffff
	.quad 0x000000ee2bbacc1a
	.quad 0x3a5a41c50290b576
	.quad 0xffffffffbf135d9c
	.quad 0x05000000
	.quad 0xb0000000
	.quad 0x0ff0591fcfffffff, 0x0373fe4beb0712e1
	.quad 0xffa258eb43165408, 0xc12623abbb8d55ff
	.quad 0xfff71c79551f4b61, 0x2a2f5189db2ef7cd
	.quad 0x692bfff53ef9a777, 0xc048ef28d9a58b52
	.quad 0x80c6ed87eedb8bff, 0x80400000d47d0b06
	.quad 0x9d3fb6b7ffd8fe00, 0xffe5536149440000
	.quad 0x4f00000142d3529b, 0x3b51dfeb4ce65435
	.quad 0xc012800000000000, 0x0000000000000000
	.quad 0x3dfc0a9d3ec00000, 0x009fe74f7febc43b
	.quad 0x3cb1b287ee7c533c, 0x81ac10fe7f800000
	.quad 0xcf7ffffe6d85c35b, 0x3f9dbd8506628ac8
	.quad 0x36beeb31fbbcffff, 0x000bf97a3bf423ba
	.quad 0x98cec64ebefffdae, 0xc00fffffffffffff
	.quad 0x5b6281a38530fb8a, 0x814b31d183bda2ce
	.quad 0x7ff8000000000000, 0x9152ba854c6a2451
	.quad 0x3fe1233ddfd910bf, 0x3fb0000000000000
	.quad 0x7f8d4d44402332d4, 0x80090b36954f9494
	.quad 0x3c8015a41a93236c, 0x18e18647b2f6bbde
	.quad 0x7ba2a236ffb8d216, 0xbe1a3b55fb9ffe39
	.quad 0x72829844fff774a3, 0xbf67f9cb18d0521a
	.quad 0x040de252ffcf3c00, 0xfd617c99d05c8381
	.quad 0x03899c3e463d42ee, 0x41eb232475ac5ac6
	.quad 0x214bc25b166d107f, 0xc5942a508db38000
	.quad 0x6ee12c523a788000, 0x91213a24bb61fd5e
	.quad 0xff8b43a33ff00000, 0x39a000003fe98c44
	.quad 0x20065b54b3e20000, 0x865dbbf830fba2ee
	.quad 0x7ff0000000000000, 0xc1e0000000000001
	.quad 0x401db0557b49862d, 0xadb0cb1cffcb643f
	.quad 0xbe2cf2ba81000000, 0x800473e87cb43102
	.quad 0x0133ee6c994b2eed, 0x9e746fddc046cfd0
	.quad 0x777a1c59c8500000, 0x34b7997bfdfff97e
	.quad 0xf9ec597581038a80, 0x7fd0000000000000
seed12:
	.quad 0x3fd021cf85ac26ac
	.quad 0x000000000000396a
	.quad 0x0000000000002eb9
	.quad 0x3c163193b7d80393
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x00000000000003c6
	.quad 0x0000000100000000
	.quad 0x8e0e01780caea917
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc4e
	.quad 0x0020000000000001
	.quad 0x0000000000000289
	.quad 0xfffffffffffffc90
	.quad 0x000000000000017d
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x0041a168404f8fd4, 0xdf7ffffe0131200a
	.quad 0x0000000000000000, 0xbe3973523dffdd4f
	.quad 0xc3b4e4e43cbb3be8, 0xbb8224afc29a5ccf
	.quad 0xfee75dbf79667e00, 0x3f9e23bdbfe00000
	.quad 0xbf9bb58a09f737c7, 0x800fffffffffffff
	.quad 0x03bceca5e73fbe7d, 0x822735d07326b1b7
	.quad 0x8000000000000000, 0x5306b4ce6ee8278c
	.quad 0x5868b923cbbf4080, 0x553fb394494d1d80
	.quad 0x000504280edde109, 0xbfdc6e09e0bdbcdd
	.quad 0x0000000000000000, 0x4cd0dfca80000000
	.quad 0x00045725acfe2d09, 0x06692ef53d7efdbb
	.quad 0x7ff272e10be54f30, 0x5f1a8c49fcb7f8ee
	.quad 0x32e0103c91efdc54, 0x407dd2bd0e0c7a29
	.quad 0x60615c9adf36fe6f, 0x7ff8000000000000
	.quad 0xb8398e05a2325533, 0xc07eca3b3e513793
	.quad 0xbfb4000000000000, 0x800000003fffffff
	.quad 0x8aed725ae1007dd3, 0x648a2fabf7f90000
	.quad 0x0e2b40c85bf97c00, 0x4e149aa0bc1eefad
	.quad 0xff8000009adbc073, 0x80130966d56c2e14
	.quad 0x888b99227ff97905, 0x4471679224d45856
	.quad 0x09e13c7fff56320b, 0x000fffffffffffff
	.quad 0x8a6aba1cbdcf30c7, 0xf8847d877990529f
	.quad 0xf5e26f09aadb3f33, 0x2ec44efc5119b685
	.quad 0xa4334fd37bffe3e2, 0xc09000009df437e4
	.quad 0x9b261e2bffc92fff, 0xfff48d1e85511b0d
	.quad 0x69179f7d0f882209, 0x7fa9670000dae152
	.quad 0x3ad352d53f540000, 0x07bff905598832b2
	.quad 0x3febe13203926c59, 0x7ff26724bfebd90f
	.quad 0xc9d8000042f5237a, 0x246701621bc77828
	.quad 0x7fdc5212506206e2, 0x780194958139aaf5
	.quad 0x9f307bc31a5489ce, 0xc023678977255bd3
	.quad 0x40c0000000000000, 0x3cad34bb8a4119d6
seed13:
	.quad 0x15249606452f2772
	.quad 0x00000000000001e5
	.quad 0x000c236107f36a6f
	.quad 0x0000000000000002
	.quad 0x079d25c6870f9798
	.quad 0xe23d3f1a593e739b
	.quad 0x02b3a5ebc60ae01d
	.quad 0xf906928f15edd415
	.quad 0x76b488b20218a090
	.quad 0x0000000000065029
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd8a
	.quad 0xffffffffffffa6a6
	.quad 0xffffffffffffff15
	.quad 0x173f0facb18d1f0f
	.quad 0x0000000000000002
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0x3fb4c91487dfc5bf, 0x6f50765e0063da90
	.quad 0x7ff4dbcd9da5d4aa, 0x800866c6de09a600
	.quad 0xe54f2402f9ffec6f, 0x4040000000000000
	.quad 0xb4d411dd67d7cd19, 0x7fdb416a3bf74933
	.quad 0x6ff6918fdc55dd69, 0x7c21fc84ffc545b8
	.quad 0x44e00000ffc00000, 0xc3410fe3a2df379a
	.quad 0x000f1f4815d586f9, 0x7fcd4513c3c41378
	.quad 0x7f977817551a8e6e, 0x800c675d5a56e1c5
	.quad 0xaa31efee37780000, 0x24ce4989007fffff
	.quad 0xc3b000003ecc6166, 0x629f58a72d31fc00
	.quad 0x39066fa76edffe00, 0xf1be1c91dc2077ff
	.quad 0x3dc1a1c0c0b00000, 0x3ce0000059ffffff
	.quad 0x00000000ffc00000, 0xbf09825fffc00000
	.quad 0xfff0000000000000, 0x40e80000bccf8983
	.quad 0xf2e4d6fdbe8a6b81, 0x7ffa940afba51412
	.quad 0xc051c00000000000, 0xe1bd4a093e589f37
	.quad 0x723fda27656f028b, 0xbfad400000000000
	.quad 0x80000000bf9e438f, 0x868b89e1ff000000
	.quad 0x0033eb9e0aa1f607, 0x7b360abaded00b0e
	.quad 0xfffd5ec7ea99bbc5, 0xff8000003b9656fd
	.quad 0x8077d3a803a84890, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0xff9d8c28a85d5368
	.quad 0xeaea477ee9948000, 0xb153e6530a0b8800
	.quad 0xad5de70400000000, 0x8000000000000000
	.quad 0xfeffffff80a19d10, 0x5bf5fb77a0281899
	.quad 0xffdfffffffffffff, 0x433ffffffffffffe
	.quad 0x2e7b098780000000, 0x7ff8b7ac860324cf
	.quad 0x7fd62d54ed227c00, 0x6fe8e8cf8023331a
	.quad 0x4f9b4523f7fffb6e, 0xc8a10e78ff789e13
	.quad 0xfffe602e4de9996e, 0xc1ae8bc7bd357800
	.quad 0xcfe04adef4266133, 0xc07135468d4b152d
	.quad 0x4e9373c1735b7cdb, 0x7ffbfda153376ba3
seed14:
	.quad 0x000000000000001c
	.quad 0xfffffffffffffff9
	.quad 0xfffffff97d001f4d
	.quad 0x9e961c4ef6e67594
	.quad 0x20510f84c2353e0e
	.quad 0x00000b1802b0f97e
	.quad 0x0000000000000006
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffffff2
	.quad 0x1ab43e91d6a74a0c
	.quad 0xfffffffffffffebc
	.quad 0x0000000000000001
	.quad 0xfffffffffffffdcd
	.quad 0xfffffffff94fa289
	.quad 0xfffffffffffffdfc
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x0117084515aa1502, 0xc0e0000000000000
	.quad 0x4020800000000000, 0x1c0b24c81dd77c00
	.quad 0x7c753a2f62eddeca, 0x8000000000000000
	.quad 0x000000007a350d4c, 0xc0793a3acb41cdc5
	.quad 0x28c79dc742c3ed4e, 0x0310322c297dee05
	.quad 0x3f8ab99f914c67ab, 0x3ffffffffffffffe
	.quad 0x54cccbe27ee05684, 0x132ad98fffdf4540
	.quad 0x5a7fffff428f17b1, 0x4077f16557d3caa9
	.quad 0x58663737bed101c7, 0x59fffffefad12e08
	.quad 0x70f551b100000000, 0x400a82acffd089f3
	.quad 0x787cb6a339e947e7, 0x7ff3e8ba929378d1
	.quad 0x807fffffcf07f218, 0x1d97ad758cc7e1c1
	.quad 0x70517ed3ffbe9c77, 0x061951d9be3a6f0d
	.quad 0x7f800000ff800000, 0x40fffffffffffffe
	.quad 0x03b0e57c7b307c00, 0x7fe550d90c5ceb3f
	.quad 0x7f80000080400000, 0xff7fffffa705e522
	.quad 0xc044bc604c3f6ed1, 0x85bdea7bffef40f5
	.quad 0x017ffffffff7e7e5, 0x50b0d5a219c704d2
	.quad 0x7f0000008027fd0a, 0xe17ce20000795656
	.quad 0x41e0000000000001, 0xbf49000000000000
	.quad 0xc1dc7f9c7ffd8424, 0x69fda008f89a3b8b
	.quad 0xc018000000000000, 0x0d403e063d567e00
	.quad 0x000fffffffffffff, 0x0354621e7ddda84a
	.quad 0xbfe3eae1db7f4835, 0x53744a91ef04ff1d
	.quad 0x9eae8d2096244f83, 0xa2df0f8d3c96ba3e
	.quad 0x422e27b78765ed58, 0x3f595803c966b3ce
	.quad 0x1d67d655ff1f9769, 0xb8d0bb77a0437de4
	.quad 0x73fb95c101c348e1, 0x438e7294ea606951
	.quad 0x9d472b4ae9cdd540, 0x7ff32ebcd0b0809b
	.quad 0xbf0c8000ff97e861, 0x672b04f7590e3c00
	.quad 0xa978ff44f33f8f7a, 0xa124f3916c99d0c3
	.quad 0x48604e5e9c8dc2b1, 0x4700000000400000
seed15:
	.quad 0xffffffffffffffa5
	.quad 0xfffffffffffffdbb
	.quad 0x00000de0a834ee94
	.quad 0x0000ed08f574e81d
	.quad 0x0000141ea610fe6a
	.quad 0x41ba8cd499ef95e2
	.quad 0x00000001f1193bf0
	.quad 0x840f4759aa72cad8
	.quad 0x0b5e3e38fc28c623
	.quad 0x000000007fffffff
	.quad 0x00000000098a2870
	.quad 0x00000000000000b1
	.quad 0xf70ac074dd078a01
	.quad 0xe739464ac3eedad0
	.quad 0x845525077e1d07a6
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x641dcf102690a1fc, 0xbfc000008e4f87d4
	.quad 0x800000007ff0bdd9, 0xa684a2351e02c25e
	.quad 0xef106de707dcef20, 0xffc00000c105bbc4
	.quad 0x808000003ebdf70d, 0xffdfffffffffffff
	.quad 0x41effffffffffffe, 0x7fc5454c03e461e5
	.quad 0xea9ebfbbb69652f7, 0xffd0000000000000
	.quad 0x7ea54c78697a53f9, 0xffc00000db4f3310
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x1f03fa342f13120f, 0xbffa165f3baefb35
	.quad 0x95012338d6a6805c, 0x960ea6fbfa377ff6
	.quad 0x0a3065037f7fffff, 0x80c8f8fd4f3bc654
	.quad 0x7fb1d1a080000000, 0xb7d790c2fe7fffff
	.quad 0xfe3652b451347ac9, 0x892d898caccbabbc
	.quad 0x805a3babc0e80000, 0x635250b0699dfc00
	.quad 0x3f00000000000000, 0xc148209fff9005d1
	.quad 0xb2905e47dbff697a, 0xffb3c30e9b7d9508
	.quad 0xfff606065052b6f9, 0x270f7d13d9353910
	.quad 0xf2a00429931db193, 0x8000000000000000
	.quad 0xffd72d0428ce69a5, 0xc25ad9befff21b20
	.quad 0xff30a915b39704cc, 0x3c50296a80460e5c
	.quad 0x7ff7216eaea0b326, 0x7fcaa3f27fe852de
	.quad 0xc41b5c1d3e76f022, 0x8991bf7a00622ee8
	.quad 0x7fe1db52934344fd, 0x92287c787f5525e6
	.quad 0x6522d661eaf7dfea, 0x7f80000080000000
	.quad 0xbf05800000000000, 0xf2f18bf9e9153c01
	.quad 0x8000000044680000, 0x38953cb0ff27bb75
	.quad 0xbf18800000000000, 0xfe20111e128e7b03
	.quad 0xbc2e06108c3eec7e, 0x7ff396394c490986
	.quad 0x8030718224d7275d, 0x7f722ec25c617265
	.quad 0x807afc91bc5b7f80, 0xc2c1bdadfce88291
	.quad 0x4035e45ccb48955e, 0xffd69c85e2423821
	.quad 0xb228d18b93de7bbb, 0xbfaed62bd31747f0
seed16:
	.quad 0x0000000000000000
	.quad 0x02362e6df9dcc3bf
	.quad 0x00000002712cabba
	.quad 0x044c422b8afcfcaf
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffff4
	.quad 0xc72736ea987b2669
	.quad 0x02160ac338948130
	.quad 0xfffc089830dbcdce
	.quad 0xa15377805d9b7574
	.quad 0x76595216b459616f
	.quad 0x048f7357a5d65c02
	.quad 0x483b65b0f2101ee8
	.quad 0x0000000001000001
	.quad 0xd036a781e505d36d
	.quad 0xffffffe8e78644f0
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xff8bd3b3407ffffe, 0xc0d8000000000000
	.quad 0x3f7a200000000000, 0xe9279ff43fc2bd3f
	.quad 0xae1b485affdff74f, 0x6728fa7fb4567e00
	.quad 0xc010000000000000, 0xbdc7e640b390c580
	.quad 0xc77ffffe7e9e2bed, 0x24e07aa72b7ef8bc
	.quad 0xbfa81ab097a82319, 0x3e4321fa3fba11d5
	.quad 0x802b169cb29fc145, 0xd9c11190c10c0000
	.quad 0x5f3d73808bbc33bd, 0xdffffffeffe037f0
	.quad 0x1827bb1da212a239, 0x800c27baeec183ca
	.quad 0x367269a4a5717c00, 0x2416e299da86010a
	.quad 0xbf7d852aacfbb002, 0x8aa64e8e0bd1e25b
	.quad 0xc019000000000000, 0x3fffffffff924848
	.quad 0x0e65acbc8a5d9a50, 0xf5d10c97ffe9b43e
	.quad 0x7fca4f62bd96b6b9, 0x733dd241adfd9c95
	.quad 0xee4ef8b2c4f7fc38, 0x384c0000bfc00000
	.quad 0xff87b203c0400000, 0x3d6cb12400000000
	.quad 0x0f9250340f4f7ad5, 0xfef1d6c1f4963cdb
	.quad 0xc01000009c4e148d, 0x7f800000ff800000
	.quad 0xc0744e5f00e37b9d, 0xc1020000f0d3f9f6
	.quad 0x0003c381bf70af8f, 0x0515245cffef33ff
	.quad 0xe527bf28bffc7e73, 0x60e0c952fbf7be87
	.quad 0x43efffffffffffff, 0x9e3567e967fff7f6
	.quad 0x2e86c141598745bc, 0x7ff0000000000000
	.quad 0x137938a6c1040000, 0x7ee13ec0fffeeea3
	.quad 0x4022400000000000, 0x59ffffffff800000
	.quad 0x0bfa5c7700277c73, 0x5f80000100158ea5
	.quad 0x9c6145e81662fc00, 0xfeffffff3a000000
	.quad 0xc1ffffffffffffff, 0x5ed0284e79edd43d
	.quad 0xfff95b8fcedf6172, 0x832bce03c1ecf552
	.quad 0xc0222d9086c087f9, 0x7f8000003f43fdae
	.quad 0xc00a000000000000, 0x800000003eb836be
	.quad 0x408dbd15fbb3d6d0, 0xffe48933c0c49ce9
seed17:
	.quad 0x0000000001000001
	.quad 0x6e9db73121d628f6
	.quad 0xd86178190f889ea0
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xffd0d364719dc0f0
	.quad 0xffffffffffffffff
	.quad 0x0841e375f660a05f
	.quad 0xfffbb6c942684dee
	.quad 0xac431500c7e098ef
	.quad 0xeb004f4652a94658
	.quad 0xf3a24bb92168b51b
	.quad 0x2ba8e974fd025405
	.quad 0x7e73152d3e95fb97
	.quad 0x016ce68c14f311e1
	.quad 0x0000000000000001
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x80000000cf000001, 0x3fc694ed974cb805
	.quad 0x74ec168168dbceb1, 0xd3ba08c9eeb67e60
	.quad 0xffe847f23f490000, 0x3be6fccbb0edd5b2
	.quad 0x34647097c0200000, 0x813c8309c0e80000
	.quad 0xc302916dbdf0e96c, 0x20dd88428e736102
	.quad 0xfff0000000000000, 0x0a3034557ebff6ba
	.quad 0x021910253c143c9e, 0x99dd894dc5fdc5d7
	.quad 0xc1c9141a00ff6372, 0x000000007f800000
	.quad 0xffffafa0443c1464, 0xc2affffffffffffe
	.quad 0x8aeaeb27322eb74b, 0x5828a633e3baf400
	.quad 0x7d1be82b6f381507, 0xff800000feffffff
	.quad 0x0473c29e00000000, 0x3fb6501310514241
	.quad 0x2e151a40bfec979f, 0x3fdae8e19ffd17b8
	.quad 0xc1f0000000000000, 0x7f9c671fc15edb98
	.quad 0x8d40c1d9ff7fffff, 0x019dc69cab009cd7
	.quad 0x8045f208b9039b2d, 0x4063be5985bfe7ca
	.quad 0x87ce5aa254ded0c1, 0x0e82120742d957e7
	.quad 0xbf7d64014d0ce306, 0x24c1fb4fc1f77c00
	.quad 0xc0e8000000000000, 0x7ff0000000000000
	.quad 0xfef9bccd48e9e882, 0x4194eed148380000
	.quad 0xbf3e00007f800000, 0x3ca4000041200000
	.quad 0x7fff3c63719d292c, 0xd46d4d040f20fbf3
	.quad 0x801fffffffffffff, 0x293937b47fffffff
	.quad 0x7effffff5cb9b328, 0xfaa46813ffe031bd
	.quad 0xc23350f94275d880, 0x0a9602150e583b3e
	.quad 0x49d71862381e4600, 0x006dde67bedf3cc0
	.quad 0x7ff0000000000000, 0x75c2750f5dc8b4db
	.quad 0xc1e13d1631176e09, 0x87cd9997fff788fe
	.quad 0xffa62e42d98308ed, 0xd613ba077df4b0a1
	.quad 0x82beb7fe829ce5fd, 0x40b00000bc74705d
	.quad 0xd2fa05b87fccc674, 0xc030000080f8b677
	.quad 0x191c27471d4f115e, 0x4050a40d8d3f90f5
seed18:
	.quad 0x2f484e921e681342
	.quad 0xc8555a334d3fb661
	.quad 0xffffffffffffbf72
	.quad 0x52904d5aa4c48626
	.quad 0x00000000000003c6
	.quad 0xfffffffffdb22a89
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe61
	.quad 0xde76c352ab127986
	.quad 0x0000000000000000
	.quad 0xfd3a6c159ca40d23
	.quad 0xee803abd2ff03e99
	.quad 0x6a599053932b0125
	.quad 0xfffffffffffffdcb
	.quad 0xffffffffffffff6a
	.quad 0x97fbe6af23f0e60c
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xfff12e668c7db74f, 0x3fda6a4800000000
	.quad 0x24f7d2fc7ffdfeff, 0x614263d63ec12c48
	.quad 0x40000000fed84fc1, 0xe749a896ffcaafe4
	.quad 0x99043d070170c1b0, 0x4361eabbff800000
	.quad 0x48ee2a257b38b894, 0xb7e40000ff800000
	.quad 0xc0e0000000000000, 0x9a07e543ffbc6f33
	.quad 0x36b70000bbe69ea8, 0x40452f28f8928399
	.quad 0x000fee1e5d821f64, 0xbe1eacad783fd1f7
	.quad 0xbfb98cd3ed82b83f, 0x315eaa1030c44600
	.quad 0x7f8e7eef3de2b737, 0xef2de5c3febfbb9a
	.quad 0x7fc00000974555cb, 0x0bd32af3ff7cbeee
	.quad 0x5bd52869f6ef6ddd, 0x40fc09040a02caf3
	.quad 0xc48a40373ecc0e79, 0x800fffffffffffff
	.quad 0x76533e6003735aff, 0x3f69600000000000
	.quad 0x3fc82dca0830f758, 0x80403ecaed95eb7c
	.quad 0xc046a4efd051f5f5, 0x27527759ffef0f72
	.quad 0x372cc090d7be1e5f, 0x528d2cc744bc1e36
	.quad 0x816ab33dbf9d526c, 0x7fdbef423f400000
	.quad 0xc2fe4ab900000000, 0xf362a75b42c5b8ab
	.quad 0x56374c6568563900, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x3fa7dece19bfa699
	.quad 0xfcd15c2cbffe22f4, 0x5e72f7acfff62c24
	.quad 0x68b38f12bfdfeffd, 0xdf8a2a3f7f800000
	.quad 0xbf56400000000000, 0x60cd59907fb0f38e
	.quad 0x560ed9756b6efe00, 0x0000000000000000
	.quad 0xff800000b6500000, 0x0008000000000000
	.quad 0x3329e796f6124200, 0x8bf6bda7ff6d5457
	.quad 0x4118000080537794, 0x45617d4afdfeffff
	.quad 0x8000000000000000, 0x723ea09499d9fc00
	.quad 0x7eafdcb4d4ffa7fa, 0x000000007ccd3c5a
	.quad 0x7fc00000bec3dd2b, 0xa7fcbdf1dffffffe
	.quad 0xbf7df8b8d3e4d2f3, 0x800f14ed715f7919
seed19:
	.quad 0xfffffffedc566542
	.quad 0x0000000080000000
	.quad 0xffffdc6e7986f8b0
	.quad 0xfffffffffffffe33
	.quad 0xfb2ac736d9e44d7e
	.quad 0x26f0ca870c4c2cfc
	.quad 0x7fffffffffffffff
	.quad 0x70c4218cc795f1e0
	.quad 0x20dcba100ddd0ede
	.quad 0xd80374e573462faa
	.quad 0x0000000001000001
	.quad 0x3fc63484555d70d1
	.quad 0x00000000000002a1
	.quad 0x4b4f6db77e6c7fb4
	.quad 0x98c8bf1537676c90
	.quad 0x00000000000002af
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x7d1ebb957f800000, 0x8010000000000000
	.quad 0x83be86207ffcbdf4, 0x6c0dc665ffdbae3c
	.quad 0x80ffffff7fb9f999, 0xfff2c8442c079f19
	.quad 0x0000000000000000, 0xc5000000003c2fa7
	.quad 0x0000000000000000, 0x47000000c226fc9f
	.quad 0x8000000080000001, 0x3790fb04ff8e0f80
	.quad 0xc0baf995ffbb84c3, 0x4b0ee767629dc3a8
	.quad 0x00aefa227f800000, 0x8efa75fcbc28a082
	.quad 0x3e86ceeacbb5e242, 0x6abe6350ff82a63b
	.quad 0x800000007f800000, 0x3f27c24236c00000
	.quad 0x7ff0000000000000, 0xe417f666e9c58001
	.quad 0x7ff8000000000000, 0x8265233ccc76299c
	.quad 0x8008fe9f73795fef, 0x04d6603ffef67ccd
	.quad 0x6958fdff9ff73fff, 0xc142b0927f806fff
	.quad 0x7db210635b05cbf1, 0xc024000000000000
	.quad 0xc078000000000000, 0x8b7af838cc2bfb4b
	.quad 0x3f8bd4433bb1a4f3, 0x7eceec00ff000000
	.quad 0x7df2f0538e140000, 0xbfd664d22a709271
	.quad 0x800000001fa4d3e9, 0xbdcee5757fc00000
	.quad 0xe526c3b4ffb536b1, 0x5f2982f298688000
	.quad 0xcf00000159fffffe, 0xc11c000000487e23
	.quad 0x7fc00000c177857d, 0x8b7878f2427ffa3f
	.quad 0x4143cc637fc00000, 0x001aebccfb36bf08
	.quad 0x4012bcd42669b2e1, 0xcf800000426c45ac
	.quad 0x000f2bf5bf662c96, 0xc10a00007e800000
	.quad 0xc70226547fcdff4f, 0x40451238194b2f50
	.quad 0x9e7d2db14072511c, 0x8abbe2128ef5ffee
	.quad 0x0fc36307615962bd, 0xdae02b75c3fc6edc
	.quad 0x2782dda291752d20, 0x7ffe03aa18445a8d
	.quad 0xfe1b29fc6497a3af, 0x802fffffffffffff
	.quad 0xaae1b30008f10460, 0x3fbc79c12f17d97f
	.quad 0x4f6082035265fc00, 0x423f2eaa4c093f71
seed20:
	.quad 0xfffffffffffffdee
	.quad 0xba723054936143ec
	.quad 0xffffff7b369f0da7
	.quad 0x000000001ecdcbe7
	.quad 0xffffffff80000000
	.quad 0x00000000000052d0
	.quad 0xe6731c60bf7450e4
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x4ce2790f74c785db
	.quad 0x0020000000000001
	.quad 0xffffffffffffff05
	.quad 0x7bf3a20b7340c7b5
	.quad 0xe9237fde9506aed9
	.quad 0xfffffffffffe1e50
	.quad 0xffffffff80000000
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0x7ff0000000000000, 0x31cebaf57fbf90f2
	.quad 0x4144a21a7e800000, 0xfe860952f843bd19
	.quad 0x3e55b670ffb8fc12, 0x3f7ffe18e2c6b8fa
	.quad 0x5482d4635575d498, 0xc0fc000000000000
	.quad 0x12df49de4f4823b6, 0x5ef5c8a11772fa5f
	.quad 0xc24ffffffffffffe, 0x5c34f56f6ad85444
	.quad 0x2d1e0716ecddfe00, 0x0000000000000000
	.quad 0x4048000000000000, 0x3ea4d503cd2c8800
	.quad 0x14477948f910db5c, 0x069181f14c3a031d
	.quad 0xc3f2000000000000, 0x015684210a23170b
	.quad 0x257e3392b852fe00, 0x4008f87e2d371c89
	.quad 0xc062e409142ba077, 0x80000000166c056e
	.quad 0xc39ec29effc00000, 0x0020000000000000
	.quad 0x6c8b7ab9d1cea73b, 0x7ff8000000000000
	.quad 0xfff1dfcc6a476817, 0xdab7370ad432218e
	.quad 0xc1fd9f48c13e6ba2, 0xd025338d66b667fb
	.quad 0x4070000000000001, 0x7f91982a46d01a78
	.quad 0xc361592cc13b67cc, 0xfff8000000000000
	.quad 0x1a547650c083c3a7, 0x9c21649d16554480
	.quad 0x33da9896dd37f6ff, 0x5fffffff7f800000
	.quad 0xffc56af5fa605c9e, 0xc62828b099ffffff
	.quad 0xfdc47771cfe4a85a, 0xbf400000f35e3c26
	.quad 0xff248de55aff6db7, 0xe500de8bdfffffff
	.quad 0x42fa5c2640d00000, 0xfff919546b0f52ff
	.quad 0xbd7f813bffffffff, 0xddae791d8908e1f2
	.quad 0x80f4a654fcde90ad, 0x7f85a4aa3fe922cb
	.quad 0x7a18063d76d1ffd9, 0x8210950771ccc4e3
	.quad 0xff8000004e705d4b, 0xa3822c97cd68fc00
	.quad 0x98fc3e8666f92037, 0xfc767b8100000000
	.quad 0xac7b5073b650fc00, 0x76c94d86fff807ff
	.quad 0x3fa851180428b5da, 0x73e28f86ffd97b40
	.quad 0xb3c2247b7fb68000, 0x800000007ac18c54
seed21:
	.quad 0x3fb1c95acc391b70
	.quad 0xfffffffffff532aa
	.quad 0xffffffffffffffff
	.quad 0x4ad4f13167cb4e5a
	.quad 0x8de5ecba1b0bde61
	.quad 0x08aa13586d42c054
	.quad 0x0020000000000001
	.quad 0xfffffffffffff624
	.quad 0x0020000000000001
	.quad 0x00b2e704dad8e0d2
	.quad 0x4ec047aa34bed614
	.quad 0x000000013a369d71
	.quad 0xe7239032e2603d50
	.quad 0xffffffdbe841a3f8
	.quad 0x9c7a4075671df07c
	.quad 0xbf7ce6dc19391a8a
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xd0546e3719a0b1f0, 0xd687349b1fc8cca3
	.quad 0x40880a5589d24572, 0x194b7e71d10fae87
	.quad 0x76aa903300000000, 0x7f8df1550054e709
	.quad 0xc00c000000000000, 0x8000000000000000
	.quad 0xff800000c35d271d, 0x8dac2eb86e06c921
	.quad 0xd9a84d9065498001, 0x8e97d373fe4edce6
	.quad 0x0fe45ef0ae3f0800, 0x4bc60fec7e7c8253
	.quad 0xc33ffffffffffffe, 0x7ff746bbf422dab7
	.quad 0x3c671ac9f233b3ca, 0x400d309520f10d22
	.quad 0xc082000000000000, 0x82e6cc2af40adabb
	.quad 0x40fc000000000000, 0x7fc8771a7f2a7ffe
	.quad 0x7ff0000000000000, 0x03bfc4e8d2e987e4
	.quad 0x9835c95fb8b60200, 0x7feabd5f35e09d30
	.quad 0x2fa0c8c9d7e3ffff, 0xff800000c9740000
	.quad 0x8062122e7f800000, 0x11bc6d652c3d5913
	.quad 0xfb22372b3f81af70, 0x3aa80000f9e61a85
	.quad 0x3fa5f5330ba88f79, 0x7ff8000000000000
	.quad 0x0018ef2f5631a274, 0x821bc63c78bd3080
	.quad 0xc7cea2bbfffbff33, 0xf44131ef40fbe874
	.quad 0x75d32b6c59c0dcd0, 0xe26a65b866980ddc
	.quad 0x0000000000000000, 0x3d74b7de4bf8fc00
	.quad 0x7ff241a74d33ba9a, 0x7ff8000000000000
	.quad 0x380ee5e47ffb87b5, 0xfe67f19d0a15a10d
	.quad 0x7e204ec343462305, 0xbfa311383ce23a7d
	.quad 0x0039d5606f9500b6, 0x0000000000000000
	.quad 0x001b70631db7e8b5, 0x40e000007f800000
	.quad 0xc06986de32388cca, 0xfb89c4930c717b8e
	.quad 0x8008000000000000, 0x74865b25376964cb
	.quad 0xbf7f09cf17044689, 0xc1b45e793432148e
	.quad 0xb494a2719109b98a, 0x0000000000000001
	.quad 0x7e21f8b13fda7fd4, 0x11dbd0d86e4dffb5
	.quad 0xac981b21ffdbfe00, 0x44c800008dc24e50
seed22:
	.quad 0xf6984b92c67175c8
	.quad 0x00911bbcf67b18db
	.quad 0x00000000ffffffff
	.quad 0x000000000000000d
	.quad 0x00000000000002a2
	.quad 0x0000a5d57993f7d0
	.quad 0x00000000026e7531
	.quad 0xffffffffffffe9f4
	.quad 0xfffffffffffffdd9
	.quad 0x000039fce558ad1f
	.quad 0x0000002b7d9e712a
	.quad 0x96c0e4ce76de199e
	.quad 0x0000000001000001
	.quad 0xa042b37ad76a008e
	.quad 0xfffffffffffffffd
	.quad 0xffbb9e1d55969482
	.quad 0x03c00000
	.quad 0x60000000
	.quad 0x54a18cb36d27ffdb, 0x33f10abf95b0b040
	.quad 0x4c000001fef554de, 0x7ff08a2771875547
	.quad 0x7fbb1bf08e177fa8, 0x7f0134c473f318ce
	.quad 0x4045445c8a1383c4, 0x3fdf0d4e5912055e
	.quad 0x0fc07e1917d0a1ef, 0xc06e254b4e54679e
	.quad 0xbdbd44134066dd59, 0x7ffc4bc070c96643
	.quad 0x1ebbbda8bbc97574, 0xc0a600003fffffff
	.quad 0x7f8000007f800000, 0x40165abcb0683535
	.quad 0x76de8afb00000000, 0x00d366b12e9c5a6b
	.quad 0xff80e7a9da5a0a49, 0xbfffffffc6072f54
	.quad 0x8117926e31ff4064, 0x0b951136ffd98be7
	.quad 0x7ff8000000000000, 0x401d1c249d75fc67
	.quad 0xd486c269d7f14bd5, 0xc03a8a2472bfb034
	.quad 0xff792848ffeeb374, 0x8a25971c61a97577
	.quad 0x00000000b5a00000, 0x3b8000004329dffa
	.quad 0x84814105b4a0bde1, 0x7f800000b5df16e0
	.quad 0x12e1fc0cc1780000, 0xc9800001f5064753
	.quad 0xbe2060557f800000, 0xbfb4b553fac0fd18
	.quad 0x804f8ec1c1dba1a6, 0x03185ca394d8a2ec
	.quad 0xffc0000087835724, 0x26a81388bfebc3fe
	.quad 0x405365143ac979ce, 0x379ec60b291f7fde
	.quad 0xff9868cbbc692602, 0x2fa5e02f643be433
	.quad 0x7ff0000000000000, 0xc0278a94768de968
	.quad 0xfff8000000000000, 0xff9ddc1cf0bee87a
	.quad 0x6eef7d65ef87fec5, 0xd36f4a96cfd5f7ff
	.quad 0x4628fd87bad57f9c, 0x800dae78eaeb1ad2
	.quad 0xffaf069cff21aa9d, 0xd884fa5ca9851078
	.quad 0xfe51f8364e77a7d3, 0xc17b1fc3438d7829
	.quad 0x4006000000000000, 0x0000000000000000
	.quad 0x406f2bb6e764b58a, 0xc00fffffffffffff
	.quad 0x2cd1c374944f242a, 0x2e4641f87fc82514
	.quad 0x80000000c9d20000, 0x00ac2920031b3c95
seed23:
	.quad 0x7206f6bcdc937afe
	.quad 0x0e3a40afbd39a0cf
	.quad 0x000000c9c24e8d24
	.quad 0x00000000000001b7
	.quad 0x382629b93979b455
	.quad 0xf5e592a3a2bc8ef3
	.quad 0x69d9b23c89dbf78b
	.quad 0x0000000000003429
	.quad 0xcc1ebf5828bbbdc6
	.quad 0x0000000001000001
	.quad 0xfffffffffffffde1
	.quad 0xfffffffffffffc73
	.quad 0xe5903571edf9e80a
	.quad 0xfffffffffffffd4b
	.quad 0x5222d7085be12eee
	.quad 0x7ce20ba3bf028aff
	.quad 0x03c00000
	.quad 0xa0000000
	.quad 0xe520d1b11db0836f, 0xc0f2c8b0bdfdddea
	.quad 0x6d6f6d30813158f5, 0xfe48a0388a6890fd
	.quad 0x00ffffff437f383a, 0x622a16702ec05a50
	.quad 0x8000000000000000, 0x8ec8d3ddff800000
	.quad 0x7704c9d1bfcfe22b, 0x000000000253c36f
	.quad 0x91d112f28d43d7bd, 0x833c3e4852d883d6
	.quad 0xbbfb26fe6eb85147, 0xc33ffffffffffffe
	.quad 0xc03fca9b9a000e60, 0x7ff0000000000000
	.quad 0x3de2fe7a469a0cd9, 0x80000000c0c4a600
	.quad 0x7f8000000071c9b0, 0xafcf3da8687fffff
	.quad 0x8bc817d7c3779d5d, 0xba07dd6f68c8bc80
	.quad 0x71cbdf8abe4b0000, 0x3fb4543668ee094f
	.quad 0x7ff0000000000000, 0xbd1ffeb94189e488
	.quad 0x8885f03ddfa9f25c, 0x404f0000be800000
	.quad 0xa290621ffc177bff, 0x84ac8c6deeb85d65
	.quad 0x6ead10b240b9d6e8, 0x9097c1ebffef7dbf
	.quad 0xd23465bd767b3c01, 0x80d146ceb1e25dc5
	.quad 0xc4666b56eb56fc31, 0x8000000000000000
	.quad 0x424e55895efe58ad, 0x3fffffffffffffff
	.quad 0xdfdbf516727d78c6, 0x7b1b9054eab77ce6
	.quad 0xc06000007bb61dd6, 0x3e38000043fb513f
	.quad 0x5ad180b8a9f57c93, 0x4019800000000000
	.quad 0x002fffffffffffff, 0xb67800003c0d8974
	.quad 0xf7686b6643b8b35d, 0x00041d7d273c870f
	.quad 0xffd2f0f87f800000, 0x244a98a8d370f41b
	.quad 0x80042328fdbe6d81, 0x8000000000000000
	.quad 0x0304e049e99d832a, 0x800fffffffffffff
	.quad 0x497ffb2fbbfccad1, 0x40192d0658ba7fc5
	.quad 0x0000000000000000, 0x8c4046d7a9e84400
	.quad 0xf6515f2444c18e1d, 0x000218f21db37e24
	.quad 0x404c4f8aabfe4c8a, 0x522fd4679dc6fc00
	.quad 0x000465942cfb9be2, 0xd89a173d04de3a0d
seed24:
	.quad 0x00000000000001f7
	.quad 0x000602489dd73454
	.quad 0x0000000000000240
	.quad 0x0000000000000001
	.quad 0x16cd3da786e61687
	.quad 0x000000000004dbcc
	.quad 0x00000011c24baf3c
	.quad 0x8a02640f09758498
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd3c
	.quad 0xd9bd4907d5e9badd
	.quad 0x336b42d4eef6e7a1
	.quad 0x000007e83811d7b6
	.quad 0xa0d82275a4e484b8
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x874aa355efb3dfbf, 0x3c5625957fc00000
	.quad 0x0c97f2dce1348001, 0x70b46edb3491792d
	.quad 0x430a3331b548bc01, 0xb8c106298d190dc5
	.quad 0xcd5101c0dfbfb46f, 0xa6c122e9bffdfbf7
	.quad 0x43417cb880000000, 0xfff0000000000000
	.quad 0xff800000802763db, 0x000157d711875580
	.quad 0xffc0000080595ad9, 0x1c0d7265a05502ad
	.quad 0xe1326db766945ced, 0xc00ffffffffffffe
	.quad 0x4f00000040e40000, 0x40e0000000000000
	.quad 0xaa9a52ac573fc274, 0xccae6864beb6be2f
	.quad 0x7ff4f3207aa18706, 0xb3486f42bff73fd0
	.quad 0xf64387610021782e, 0xbb273419e1dffb2f
	.quad 0x7085e88237adfe00, 0x415a6efefffcfeeb
	.quad 0xeea17d1340623315, 0x404de2271ff28d05
	.quad 0xbdb4a21042cd0000, 0xea59de13f3578440
	.quad 0xc1109f59f253c09f, 0xf1c776ac00000000
	.quad 0x3ff0000000000000, 0xd3538a58381103ad
	.quad 0x6d9d789de3e9e152, 0x35a93e8ef7baa440
	.quad 0x9568e43f7f800000, 0xffd0000000000000
	.quad 0xff7fffff00000000, 0xb3ddb2e3b9d40000
	.quad 0x4002000000000000, 0x81314dd3727b88f9
	.quad 0x8000000000000000, 0x40443edbeac7a937
	.quad 0x475b0c96407b39ca, 0x163a8a4061876cbd
	.quad 0xed362ce6ffb3adf1, 0xc01000007fc00000
	.quad 0x63400d7477dbf7b8, 0x66d3d606c8e38048
	.quad 0xcc0352f54590fbf9, 0x8000000000000000
	.quad 0xfff591441af244a0, 0x4109800000000000
	.quad 0x7cfd2fe3ff90d764, 0xc00b2e7eb928a657
	.quad 0x002b2451e1beb832, 0xc55d000040dc550d
	.quad 0x58e133436c1cc1d7, 0xff2fd11bc3c4fb5b
	.quad 0x59800000ecee0f6a, 0x001fffffffffffff
	.quad 0x008000007fb85c78, 0x7d7b5c28055d63b7
seed25:
	.quad 0x928f29dd7fee2339
	.quad 0x7f0ee212564d1432
	.quad 0x0000000080000000
	.quad 0xd74387fb10617276
	.quad 0x0000000080000000
	.quad 0xfffc25522f12def5
	.quad 0xff2c0c2526961cb4
	.quad 0xffffffffffffffff
	.quad 0x336fedfab29da698
	.quad 0xc6104bc0aca84432
	.quad 0xff3135fde3f497e4
	.quad 0xb340f45eab2a8b3d
	.quad 0x00000000001f5263
	.quad 0xffffffdff844c4c8
	.quad 0x01c52321a1dba75f
	.quad 0x0000000000000000
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xb75800004367d0ab, 0x686149e593ac3200
	.quad 0x78672da67dfeaffb, 0xbe048eb076cc1238
	.quad 0x7f2e19a53b407cb9, 0xd67b0b53ee07f400
	.quad 0x40a8756b7be77d53, 0xffcff0f36db3eeba
	.quad 0x6678c663ffe7ff77, 0xfffd46315bb76cae
	.quad 0x4028c659d3eb5065, 0x1129235646f6f8df
	.quad 0x7f0efa91240ab168, 0xbfff887651d40569
	.quad 0x4914bbe8ff92013a, 0x3e4bcc2d5ffffffe
	.quad 0x83effe9a7eb6befd, 0x25d11b13ffc67800
	.quad 0xdac8047f91bd4881, 0x7ff0000000000000
	.quad 0xff800000fc89173d, 0xda26f4657fd1cfc9
	.quad 0xc7a2652a59ed3280, 0x74c1acde247fffff
	.quad 0xf213e1aefaffdfff, 0xb14cdba5bf45ae58
	.quad 0xcc1dbbcf916eaa2b, 0x4057a5c757bc075f
	.quad 0xc01c000000000000, 0x421fdc3480000000
	.quad 0x0020000000000000, 0xa0670f94ffbbfef3
	.quad 0x7f821a9f1a54cbb3, 0x8a4c788ab91cb641
	.quad 0x0135dc1300000000, 0x3abce842fdd502ac
	.quad 0xbe4804c23ed6e10c, 0x7df8a936bedf7f39
	.quad 0x7fc81027803e1b88, 0xcdca8eda6dfefc00
	.quad 0x7d0bfe5936e20000, 0xbc359a3507a21796
	.quad 0xa8945de0a61a42ee, 0xba800000c0d80000
	.quad 0x916f0e017fee97ff, 0x0421f87c30665e41
	.quad 0x3c30c0c26baba20d, 0xff80000000000000
	.quad 0x802fffffffffffff, 0xb0a363e9c345f4b8
	.quad 0x3f753b4d8e74f8e7, 0x8c6b01d27bdaff6f
	.quad 0x2afa28d5ffe7b826, 0xffda264a00000000
	.quad 0x7eea9155bcd6dd27, 0x7e393953090a5bc3
	.quad 0xcf2b71f7a68ac580, 0xc01c000000000000
	.quad 0x16565b39cf6dfe8b, 0x7f9cd6723f72b8ae
	.quad 0xcf000000803c823b, 0x0b96f99b64437f5c
	.quad 0x6a0e474797146fb9, 0xd898da56ffcdf6df
seed26:
	.quad 0x0000000000000360
	.quad 0xfffffffffd36f666
	.quad 0xf3afba3fce425212
	.quad 0x000000000000000e
	.quad 0x6e1e398a1dbbfd72
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffc4c
	.quad 0xfffffffffffffc96
	.quad 0xfffffffffffffdb7
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x4da92017b12fd06a
	.quad 0xfffffffac699b9ed
	.quad 0xfffffffffffffdc1
	.quad 0x7fffffffffffffff
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0xc01c000000000000, 0x7ff8000000000000
	.quad 0x9a161b387fa05ec5, 0x00eb8c838bb6f703
	.quad 0x9420be56fc34548e, 0xfff347ffb1a7d574
	.quad 0x87ed0a6ac58f6885, 0x7c92de35cfb3fc33
	.quad 0xbfe23e46901e0a0c, 0xffc00000807fffff
	.quad 0xf0c65f72ffc97800, 0x4c487e4cd1a6fe00
	.quad 0xe595948b00000000, 0x3f91800000000000
	.quad 0x809537567abe63ea, 0xc08293a67dfd7e9a
	.quad 0x425468c17effffff, 0x801fffffffffffff
	.quad 0x5d49aefada4f7a1b, 0xcb1c88b53ff91002
	.quad 0x9d34fc71ffe867ff, 0xfa2f3e647effffff
	.quad 0x7ff8000000000000, 0x15fd6f8bff6e82fc
	.quad 0x84e7f84f76fbdbff, 0x018cc4bd1073690a
	.quad 0xfedbcdc3d22ff7fb, 0x40328d9b3b15714c
	.quad 0xbcfd26756ef7fe00, 0x6b0e5ed07fe67535
	.quad 0xfff426b8a0ab04a6, 0x40586511af625374
	.quad 0x01f1679fff8f7d66, 0xe48a910bd7fee608
	.quad 0xe4a55bfb7ff74918, 0x57ea4222aa42f7a7
	.quad 0x80091a4cb96bf5aa, 0x6c0b24379fb3ffff
	.quad 0x47520000017fffff, 0xcf9d182e003b3a5f
	.quad 0x12a81279e930fe00, 0x8000000001000000
	.quad 0x54ced7bd7af357a0, 0x8b8898a5c28b2e74
	.quad 0x3c613029ffe9b831, 0xff800000ff21e8e5
	.quad 0x7f9ee863011a1e79, 0x0000000000000000
	.quad 0xc02de86791ff1e33, 0xcd45a63c7fffffff
	.quad 0xc03adf3770531164, 0x4038000009cf0526
	.quad 0x40e80000410716e6, 0x6c83e9f3a7a453b7
	.quad 0xd2f36948e5f7d4c7, 0x3485dbffff9cefd4
	.quad 0xd9f6eb9c7f7fffff, 0xffbfde0f3e600000
	.quad 0x52e50fbde972284b, 0xffdfffffffffffff
	.quad 0xf3480dfeffd109f8, 0x7fefffffffffffff
	.quad 0x80a2155af4b3710a, 0x9446cd3340a60640
seed27:
	.quad 0x8000000000000000
	.quad 0x01e9906018eee96b
	.quad 0x00000000000002d9
	.quad 0x03fa849c09d400ad
	.quad 0x0000000100000000
	.quad 0x1448ce43ecef4271
	.quad 0x0f29323bcb5a0a84
	.quad 0xffffffff80000000
	.quad 0x00000148a856a011
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x0000000037257f92
	.quad 0x0020000000000001
	.quad 0x00001999c536732a
	.quad 0xb64d31d31358d55c
	.quad 0x0000000000000038
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x45e1c85e88fbfbff, 0xe6661ead79388295
	.quad 0xf532998dcf800000, 0x3f0a261fffbeecb1
	.quad 0xffd0000000000000, 0x7fc93d12823be4f8
	.quad 0xc01ab79ef490ecf4, 0xbc479da539120000
	.quad 0xecfcb425bffdeff7, 0x782a1bd56469f400
	.quad 0x29895ab7aa8103ff, 0x0396d988ccf76526
	.quad 0xffc00000ffcc20e6, 0x7ff7649a2d883ae6
	.quad 0x7fefffffffffffff, 0x099a64b055d88000
	.quad 0xf2546788ffae0001, 0x7f8176cc7fc00000
	.quad 0xe00d699affa9b2af, 0xf58188477fc00000
	.quad 0xffdb183dff77ffbf, 0x7ff0000000000000
	.quad 0xffbd66ab07c0c771, 0x7395f9d2001569f4
	.quad 0xfc12097dc7f00000, 0xfff0000000000000
	.quad 0x9a2eee879d7fcae7, 0xfed603ab2433a021
	.quad 0x9051f1d50756f933, 0x3b0c0000be5a0f4b
	.quad 0x0852f29f8ef7cc70, 0xdc93b21e38949ee8
	.quad 0x2b9842076dede9a9, 0xbffa000000000000
	.quad 0xd92de75d63f7a313, 0x800e389c0acc6c8c
	.quad 0xfff8000000000000, 0xc052a9bbfe3485a9
	.quad 0x426ca3e73de82553, 0x7ff71da31d0312ab
	.quad 0xbe2d24aac2ab3199, 0xafe2531aeb1afc00
	.quad 0x800635792c65626a, 0x7e84e11f42a45940
	.quad 0x01a0d02133b7bf18, 0xbc9336828f7f650c
	.quad 0xf4f7f98e189ffeb2, 0xbbe180003fbc1eb8
	.quad 0xdcf9f48dbb21f602, 0x457b11aaefdc2169
	.quad 0xe5f7dacdc0d1a875, 0xc074a24518e0b616
	.quad 0x9088a27af3d7dcdc, 0x00510e417f800000
	.quad 0x8a8e8b5177cfb9ff, 0x7ff0000000000000
	.quad 0xfff8000000000000, 0xffdfffffffffffff
	.quad 0x1cf583d9637fef54, 0x80400000be870000
	.quad 0x285e3b71ef42147e, 0xbeb0000000000000
	.quad 0x6fd0f96b6dfd4cdb, 0x805ab2fc80746184
seed28:
	.quad 0x0000000000000006
	.quad 0x00000000000001e7
	.quad 0x00000000078f662a
	.quad 0xa784c1a40a8a9360
	.quad 0xfffffffffffffeb1
	.quad 0xfffffffedcf5b44c
	.quad 0x0000000100000000
	.quad 0x7a6b13ad70e4f4f4
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x195914225d9ea482
	.quad 0x0000000000007779
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0x6e6ffbf16f3bdc54
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x80000000c0a00000, 0x80d7516f94f675d8
	.quad 0x0018a7fd9af12aca, 0x54fb127069ba6f6d
	.quad 0x866b2cdad2aa4347, 0xbc345080ff9e7c16
	.quad 0x3ff8000000000000, 0xacf32a23cdd7fe8b
	.quad 0x07aa66527b8efe39, 0x768428d4849ff7ff
	.quad 0xe5b5ea06495a55bc, 0x0aa83f164f7ffffe
	.quad 0xc058000000000000, 0x54495bbdffc83408
	.quad 0x7ff0000000000000, 0xb85ac25327ec5dae
	.quad 0x9a74bc93ff88fad3, 0x3f39e00000000000
	.quad 0x7f800000ba9c0000, 0x9321b90bd1bb86db
	.quad 0xffe212cd50c34b5c, 0x3aa4bfab5b9f8000
	.quad 0x7ff8000000000000, 0xbf9853e816587713
	.quad 0x80400000bc38f9c0, 0xc120000080ffffff
	.quad 0x40517d59624d46af, 0x1d17bf5fbb821108
	.quad 0x7ff698ada59b0a8c, 0xb2955a6cbefdfdff
	.quad 0xfff4efff9644320b, 0x4050e2cb1afed15f
	.quad 0x825a39483343c32b, 0x180fd3eeffebf6ff
	.quad 0x8053aa295f7fffff, 0x81c1909094f96abb
	.quad 0x7fa5c1c1407e61de, 0x43af06a9bbc80000
	.quad 0xc28bf43940900000, 0x0921529d2d1cf72d
	.quad 0x4120000047ec0000, 0x0020000000000000
	.quad 0xbaa364f6ece9afbd, 0xfff0000000000000
	.quad 0x3f442d6cffe25112, 0x9a673aa57e7ffffe
	.quad 0xbfe9700000000000, 0x5ea23d0fbf5f95a3
	.quad 0x6a39afd5f6ac55f7, 0x396c00000b813dba
	.quad 0x101110b043bc690c, 0xffde484d8053d855
	.quad 0x4110000080000000, 0xc07ed2f1e0b7669b
	.quad 0x557a011cf1298276, 0xa91d2091ad3081ea
	.quad 0x4d459cb2ac83f810, 0x9067f61bb97f796d
	.quad 0xfffb278f2012da24, 0xb4980879938b325b
	.quad 0x9c034c1623484760, 0x800000007fe43519
	.quad 0xe233eecafffffd45, 0x7ff8000000000000
seed29:
	.quad 0x00000000000002bb
	.quad 0xfffffffffffe0ef0
	.quad 0xfffffffffffffe37
	.quad 0x0000000000000000
	.quad 0xeabbbcfcd69b1627
	.quad 0xf6b0345061bbc21c
	.quad 0xff0936db0413b1ce
	.quad 0x68cc2d9ca4b4a436
	.quad 0x33c9a46d76fb0ab0
	.quad 0x00000001c89b0608
	.quad 0xffffffffffffffff
	.quad 0x10d8ce80bcef3b5a
	.quad 0xecdd02abe924455b
	.quad 0x0000000000000087
	.quad 0x34ebe180f1fe7c44
	.quad 0xffffff2a09a65b67
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xe7e80bf5b787f9e2, 0xff800000ff800000
	.quad 0xfc1d77865c70bbe9, 0x80066bc2c19572a5
	.quad 0x3e4b8000f3456ac6, 0x802f7c3509774f09
	.quad 0xffd343b2a25cd1ea, 0xc020000000000000
	.quad 0x3cd7e096c34a61c5, 0xfdcd934dcea2c4a1
	.quad 0xfebf92ad789a9bdb, 0x65fd3653ffb7fedc
	.quad 0xbfd32efef1054384, 0xe160d9f387594820
	.quad 0x7e99226ff17d8e61, 0x8083d518ff980785
	.quad 0x038e37683e45b68d, 0x0000000000000000
	.quad 0xf3a689a96b6cfe43, 0xcbbaaf487f4ffdf7
	.quad 0x00400000da7fffff, 0x808b0cefffdfa616
	.quad 0x80485fc34a8fa8fc, 0x76e5bbce1cbb5991
	.quad 0xc02f022e93c6a717, 0xffc00000b8318000
	.quad 0x897f591effc00000, 0x41656b0ba47fffff
	.quad 0x4345948afa8e0c27, 0x7fc0000000ffffff
	.quad 0x49fa68857fb0c5c0, 0x7ff8000000000000
	.quad 0xb757858062ffd37f, 0x3fe7c1761d5a5c7f
	.quad 0x40e28fec2ff2e790, 0x446bc140e2abaf67
	.quad 0x108c22d57ffc0400, 0x33cc9b40ffea0a05
	.quad 0x436e3a50c11c0000, 0xb7716de4cb1c48a0
	.quad 0x0000000000000001, 0xbbf0f470c0c1c059
	.quad 0x7fc000003ed60c42, 0xbff6000000000000
	.quad 0x4340000000000000, 0xfb4e7b5cbfd62654
	.quad 0xd1c432e8becd9869, 0x80e17f5fdc29ae6e
	.quad 0xda0000003fe00000, 0xc261d3fec1f257d2
	.quad 0x73662472feffffff, 0xdd4dc669ff6cfaff
	.quad 0xddc9f570d577df77, 0x3ee8000000000000
	.quad 0x40a8800000000000, 0xc563544cd7ba02a2
	.quad 0x406f85e7ffa67bfe, 0xf52dd3863f41c6da
	.quad 0xea8a281cfeff7bd8, 0x45e14fdea630551c
	.quad 0x123f2e186affffff, 0x59d430053fde7f71
	.quad 0x9523e6faffe302e2, 0xffd0000000000000
seed30:
	.quad 0xffffffffffffffff
	.quad 0x1caf5c2358d1a661
	.quad 0x0000000000000000
	.quad 0x642b3dcc388e6af8
	.quad 0xefc5fc471b18d817
	.quad 0x001d047596789e81
	.quad 0x64be8169dfcd8470
	.quad 0x000000000000003d
	.quad 0x50c77728e922f98a
	.quad 0xffffffffffbf1a3f
	.quad 0x0000000000000261
	.quad 0x0029e1948ed35021
	.quad 0xffffff8ecdef5512
	.quad 0x0000007372c24cea
	.quad 0x00000000000000ee
	.quad 0xcff49a7a93cfb2a9
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x9fc8c1fb97df7fdc, 0x5ffffffe43b5101f
	.quad 0x57000000c0133f2d, 0xb41369d44ebf7f7c
	.quad 0x3c00c30380400000, 0x5fea3df300000000
	.quad 0x7ff0000000000000, 0x7ff74e1c8601d698
	.quad 0xee6cdeee4afd8000, 0x7fc00000801a7632
	.quad 0xff8c725f41120000, 0x5a7fffffff800000
	.quad 0x40effffffffffffe, 0xbfe7557ff432973b
	.quad 0xaedc36e60f8a3bf1, 0x3ca000002759ec30
	.quad 0x7fb9fd427fb89f49, 0xa4511133f7c78042
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0xfff0000000000000, 0xd9fc4cdec1ff8000
	.quad 0xf4621ed50aaa365c, 0x340420c0befb9bc9
	.quad 0x7f99e7966e5127b5, 0xdd75ecf6a58f325e
	.quad 0xdb84b2447ffa336e, 0x4007000000000000
	.quad 0xc0237d859333e144, 0xbf7d53d91baf4e45
	.quad 0x11580c103980456d, 0x434fffffffffffff
	.quad 0xbfc32e6bd6b2eaba, 0xffeb98f79523efb5
	.quad 0x79a366ad47220000, 0xeee480cef2c80383
	.quad 0xa3ac691b6f5d4dfa, 0x7af46a61f9de7779
	.quad 0x000000003e1f77b9, 0x8be338642bfe7130
	.quad 0xc065357825c4f46b, 0x05eb1e5a773b164c
	.quad 0xf18534a104428832, 0xbf86d94469e2cc24
	.quad 0x44f56817925dee14, 0xded47525b24efe00
	.quad 0x576819f7bedf3800, 0xfff0000000000000
	.quad 0x40517c6f36e216d0, 0x873b70548df97e6e
	.quad 0x442269afb62ff8c3, 0x1f6e86c1e3fe7146
	.quad 0x8000000000000000, 0x7ff4731443695322
	.quad 0xd5ce4bf2cef2ff0c, 0x0000000000000000
	.quad 0x4016000000000000, 0x2f96c20b7779ebfc
	.quad 0xfe0180edadb70103, 0x7f0000004f237e8c
	.quad 0xbc40814742862c88, 0x8dffd871e4249edf
	.quad 0xff800000bf3b96f1, 0x7f8000004085f6b4
seed31:
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd39
	.quad 0xfffffffffffffffa
	.quad 0x00000000000605d9
	.quad 0xfffffff3c9b2a60c
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffef
	.quad 0xfffffffffec3f64e
	.quad 0xfffffffffffffd66
	.quad 0xfffffffffffaeb96
	.quad 0x15dfac02925dcc48
	.quad 0xfffffffffffffe74
	.quad 0x0000000000000001
	.quad 0xffffe6b04a85d0f3
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x02400000
	.quad 0x90000000
	.quad 0xc23acf1ed9ff7ddd, 0x7fd52e9b5eb07dc0
	.quad 0x826fa1c6be08a4fa, 0xfff8000000000000
	.quad 0x670ef36425ea465d, 0x0000000000159251
	.quad 0xfff8000000000000, 0x7939cdeea817038b
	.quad 0x7f80000000489737, 0xfff0000000000000
	.quad 0xc0571e71c3dc6cfc, 0x6e93c7b4217834f5
	.quad 0xf870137803f133cc, 0xc5a7403c46e2c636
	.quad 0x5ec087df596ebd2d, 0x7f80000041000000
	.quad 0x05a9c0c2effbef3d, 0x3c3905c280000000
	.quad 0x048b65d17fdefca7, 0x0003bad4146e55cb
	.quad 0xff7fffff3fcce580, 0x400a000000000000
	.quad 0x828f9d5c9728c640, 0x402a77e0cec47f13
	.quad 0x40e00000be79be94, 0x800fffffffffffff
	.quad 0xffa3c4597a027f54, 0x0000000000000000
	.quad 0xbccf3e967ff792d5, 0xebea47c8bff35d6b
	.quad 0x84359e40ffd23ccd, 0x8fe5f19dfff71df9
	.quad 0x94db8cc99bf1bfa7, 0xb14e45d2915432ae
	.quad 0x7ff4146219596ad0, 0xaf9189057af0b364
	.quad 0x868224753fa1e086, 0xed9bd439003c996d
	.quad 0xffdb7a1554ad856d, 0x89f998f322f2fc00
	.quad 0x92132c3e68d8c140, 0x9a66b4997f7fd963
	.quad 0x00086408be05c06e, 0x73c7a0e8bfbc5ad1
	.quad 0xc4c000003b97c263, 0x1d347ac842c50930
	.quad 0x614679e1bec8f598, 0x96a2b56cf36df652
	.quad 0x80000000f48f1987, 0x29e755ae073fc800
	.quad 0x007a191cc6800000, 0x9dff7f07ffec4b01
	.quad 0xf124e597c752fa60, 0x7fe0000000000000
	.quad 0x001fffffffffffff, 0x16405f0848cd0d8d
	.quad 0xcbedeac680400000, 0xc0f00000ffb7129e
	.quad 0x76e243032c3a44c3, 0x3bc24cccaa8a5a9b
	.quad 0xc079c73720819dd1, 0x40579d71976e61cd
	.quad 0xbdac1adebf8fd4cb, 0x3e67aab259800001
seed32:
	.quad 0x03c381e10a9a276f
	.quad 0x0000000001000001
	.quad 0x00000000000003c3
	.quad 0x00000000000003cb
	.quad 0xffffc0335dac38b7
	.quad 0x0000000100000000
	.quad 0xffffffffdd3eef1f
	.quad 0xfffffffffffffc19
	.quad 0x9f5536f934ba01fb
	.quad 0xffffffffffffff16
	.quad 0x7fffffffffffffff
	.quad 0xb26b01cee56cb67a
	.quad 0xfffffffffffffcb0
	.quad 0x7fffffffffffffff
	.quad 0x0712656a7600d6c4
	.quad 0x0000000000000275
	.quad 0x02000000
	.quad 0x30000000
	.quad 0xa58e086edf0882e7, 0xc0e0000040e7ffb5
	.quad 0xfec0afe0807fffff, 0xd022073c0f6c8da0
	.quad 0x000000008019c5e0, 0x3ed2000000000000
	.quad 0x41d50000ff800000, 0xbd255e04c0f80000
	.quad 0x7ffb28a438beba22, 0xbb79bc95045b1ba1
	.quad 0x4710000040886461, 0x7e9458298c75ebd8
	.quad 0x7ffef0bc42171ece, 0x4301ada73e8fe457
	.quad 0xffaee484c0225d95, 0x296c13a0fffec18b
	.quad 0xc79d280010033d63, 0x00d16780cbfffdbf
	.quad 0x004b8667be797b53, 0x4e7c1ccf4f6c028b
	.quad 0x3fffffffffffffff, 0xf355a4fe7f800000
	.quad 0xfeffffff759adcc8, 0x805f45adbc2a57c1
	.quad 0xa1e6398e518e2ac0, 0x7613d6a078cb7e00
	.quad 0x8c0cb405bc5a0076, 0x4d7fdb6fffedffad
	.quad 0x40900000ff97ac90, 0xfea3dbca7ff5b1f5
	.quad 0x552ccbf781000000, 0x407c6d067474e64c
	.quad 0x9e83a57bbbfffbec, 0x98b7551a9a5efefe
	.quad 0x8297766319093f33, 0xc8ff5b0a57c77c3f
	.quad 0x0268545b61e41a41, 0xd31076ed8b750600
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x233cf398c62b7c00, 0x8367207e6e9c4f96
	.quad 0x3ff0000000000000, 0x5cc65c3effd18200
	.quad 0xdc45bd89ebedff09, 0xa674a69642adec39
	.quad 0xc266cb5321bcbff8, 0x49a1a800d3e5c280
	.quad 0x420e4244deec40a2, 0x109ab75f8e0d1c25
	.quad 0x11976d35b36f97d7, 0x7b3bea67fdf7dbdd
	.quad 0xefe643d400000000, 0x3ff89a253e28d475
	.quad 0xff31ddba80000000, 0x872a605528fe7173
	.quad 0x4ed80a0d9bd77e00, 0x22056b80c7feaf71
	.quad 0xffbb900049c00000, 0x6fc6bdc9ffa3f82f
	.quad 0x7ff9c199f35d9202, 0x000e6eecc2899819
	.quad 0x734048c3f775c6e6, 0xc4d932c87ebffffd
seed33:
	.quad 0x0020000000000001
	.quad 0x0001a507d3eb2681
	.quad 0xf769393529aff9a4
	.quad 0xff99e5f026d4b3f9
	.quad 0xfcc19bf145b57b70
	.quad 0xffffffffffffffff
	.quad 0x000b22ccfbd7c9f6
	.quad 0x90309885f42ccb3e
	.quad 0xffffffffffffff7b
	.quad 0xfffffffffffffe64
	.quad 0xa0efeea81bf5d9fa
	.quad 0xffffaabfe85f7486
	.quad 0x00000000000005f4
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffcb3
	.quad 0x5bf376c1a3671a50
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xbfae500000000000, 0xb3736bc137337fe2
	.quad 0x7ff0000000000000, 0xad1e5fe6c510f937
	.quad 0xc01e000000000000, 0x40f0000000000000
	.quad 0xc68a604d7fb1c2f2, 0x3fd673d810113aa1
	.quad 0x94a9bdacfff1ecdf, 0x40fce3e6f6fe1146
	.quad 0xb525d0ccff800000, 0x838a93f29ff45467
	.quad 0xfff0000000000000, 0xc032600000000000
	.quad 0xf625e4c76ba820e8, 0xa5d7ae8080362a98
	.quad 0xc3f0000000000001, 0x9db51fe543797c00
	.quad 0xf7447a5fefcffa5f, 0xc022e5a19a79c69c
	.quad 0xe2ae083fbb84d826, 0xfff0000000000000
	.quad 0x1492175d0ea31a6a, 0x8be72a0aff9bfcdf
	.quad 0x827c428bafbafe67, 0x81d0904cee287070
	.quad 0x929653953fc86628, 0xbfffffff82cd061c
	.quad 0xc140000030f54aa2, 0x42ae98707eed44fb
	.quad 0x2f0fe05f47ffffff, 0x407a7da946c3b85a
	.quad 0x40711ad1a51f86b4, 0xfff72ed1ff85294b
	.quad 0xfff3ff4601b4980f, 0x023065f3e7be103f
	.quad 0x3fb8b2d57bb4ab9a, 0xfffb337680bc9d54
	.quad 0x76e4c866f373eedb, 0x87aaecb1fe800000
	.quad 0x116bfdc2eb1980be, 0x50dc1faf7dcbfdf0
	.quad 0x7ff0000000000000, 0xf30aff29c0c00000
	.quad 0xc0f0000000000001, 0x801fffffffffffff
	.quad 0x419c07a4a0e4fc43, 0x3fa000007fbadb40
	.quad 0x3fef74ab1e1abf50, 0xecaef768c74503eb
	.quad 0xef5b7c4c7e8d0769, 0x1fcf3f11d9ff7eff
	.quad 0xb1b637727effffff, 0xd4c30160315bfa50
	.quad 0xfdb36ff33b601477, 0xbfd5c402e1fffd20
	.quad 0xa4758bece9f79fbf, 0xbf800001fbb29f95
	.quad 0xbffcf213d3de7032, 0xfff0000000000000
	.quad 0x00505e05ff9d54e3, 0x5f7fffffff6ad0d2
	.quad 0x40000001c29f9469, 0x4401de7dd610fbff
seed34:
	.quad 0x93ef46cb438e253f
	.quad 0x025bbadd39533393
	.quad 0xfffffffffffffffe
	.quad 0x99a99fa6da0ee4c6
	.quad 0xffffffffd3e6586f
	.quad 0x16cc99422dc6d4d2
	.quad 0x00000000000003ab
	.quad 0x0000000000000354
	.quad 0xffffffffffffff4e
	.quad 0x0000000000000000
	.quad 0xffff83580c15f089
	.quad 0xffcc4fbcf6816b12
	.quad 0x9b0dcbc07e3de64f
	.quad 0x6fc6ea8c1c32949f
	.quad 0x0000000000000009
	.quad 0xffffffff8d371cb9
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xc395310b40a00000, 0x8000000000000000
	.quad 0x80000001ffbf4008, 0x40ebcac980800000
	.quad 0x7ab289446ee9f859, 0xc330fcedfb07ffe9
	.quad 0xff80000080000000, 0x8b695ba972ede5ff
	.quad 0x000fffffffffffff, 0x23c7b82a80000000
	.quad 0x00000001ff800000, 0xfe7730eb33d64670
	.quad 0x7ed7aac2ffb1caf4, 0x831d610a1deedf11
	.quad 0xcdbb5820adc585a0, 0x01e807a03afd0478
	.quad 0xc3effffffffffffe, 0x0000000040800000
	.quad 0xc1db00ad7fc00000, 0x800000000009b85d
	.quad 0x234fb283feeedfee, 0xbf981a13ed4036c5
	.quad 0xbf7c835d39a78a63, 0x027cecf3a8dfc102
	.quad 0x2d0a2f90febffd58, 0x0609a9c5beac25f6
	.quad 0xc3b9beca00400000, 0x1c7d5a21ff947536
	.quad 0x7ff462d31e070dce, 0x2dba168d9fdbfedf
	.quad 0xe0ca1994425e47d6, 0x15450ca700702280
	.quad 0x47ddc8b4cf44031c, 0x87b0379f40a24af6
	.quad 0x0000000000000000, 0xe86b70543b49d0f8
	.quad 0xbdf1b5a3c0a40000, 0x3c55245540500000
	.quad 0x2bd7c527e2febafb, 0xbbfd3dd0778b4164
	.quad 0x22ae33aacdeed450, 0x3e10000080000000
	.quad 0x62610d13fff7e2d9, 0xef9762ec97ecfde1
	.quad 0x507ffffeda716b5a, 0x3f32d1b0f87d0000
	.quad 0x674b3246277fff92, 0x0b82722464e9d46c
	.quad 0x0020000000000000, 0x3acad7d6c1180000
	.quad 0x7f903a977112cb6b, 0x40b0000081488a92
	.quad 0xbfafe994c210625b, 0xbda00000bb9f9553
	.quad 0xb75b26b8f96e0000, 0x0eb14e0f40ff6e27
	.quad 0x00df7b9555b4d6e3, 0x6cb950f074bc79b8
	.quad 0x7fc000000047e0a2, 0xfdc7e2f31cbc4afd
	.quad 0x7ffa4e65089aa0d4, 0xcaa581b6fd7f6ff9
	.quad 0x44a80000ff800000, 0xec31f3322ae4a870
seed35:
	.quad 0x57aff6212f4c142b
	.quad 0xffe7810ee5eac238
	.quad 0xf5c2ce3fd2c26503
	.quad 0x00000000004dd595
	.quad 0x207d4f7170042514
	.quad 0xfffffffffffffc1a
	.quad 0x0000000000000000
	.quad 0xda6010a64d96169b
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xe51f78c363110133
	.quad 0x2e57f1840ef9f566
	.quad 0x0020000000000001
	.quad 0xafb9187b25aa2502
	.quad 0xfffffffffffffd1e
	.quad 0xfffffffab25ffac1
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x52c1a824bdfc3fff, 0xab1edc5477664cfc
	.quad 0x02449b8982bc671d, 0xc03008e03c1cfee0
	.quad 0x7fb723a9c067030d, 0x7f800000ffc00000
	.quad 0x9f5d091bffeafc01, 0x0000000000000000
	.quad 0x4021000000000000, 0x9019633626a57e00
	.quad 0x025e5c17e5de0d75, 0x40056d6096dd460b
	.quad 0x3f8c8f0fbaec671f, 0x86317d1ee351fe00
	.quad 0xb062026900000000, 0x9a6548b8fefdfdb6
	.quad 0xffd73851acf3dc8e, 0xc01c000000000000
	.quad 0x00477624aa03308d, 0x047bc1d5b3187bff
	.quad 0xc102000080000000, 0xbd9730dd8b87fd6f
	.quad 0xfcedeb9ffca1c680, 0x0d4c5f93ffd63ec9
	.quad 0xfff0000000000000, 0x2cdbcb5d00000000
	.quad 0xfeb0a785c2a9a2a0, 0x3d926fa9ffc00000
	.quad 0x22347fba93ff8d99, 0x0b2f3bb60f60fd79
	.quad 0x007fffff0869156f, 0xd9956c08be5cd4cf
	.quad 0xc00c000000000000, 0x3d47a450c96a86e0
	.quad 0x0000000000000000, 0xa4f4936df4057c84
	.quad 0x266ca3729d2b677e, 0xfde5766a40f1f668
	.quad 0xbe9728b1fc1c99ec, 0x46110a0f8dc00700
	.quad 0xc03bc8794e2893fa, 0xffdcc66fcf0e0068
	.quad 0xd0aff18cdfbb1eed, 0x4204a5308cd45670
	.quad 0xef63afab7f7b1cff, 0x4aed9b87cfdbe111
	.quad 0x433fffffffffffff, 0x7fe28253a50ff2ae
	.quad 0x3f8f2e1ad42f9409, 0xbff8c00000000000
	.quad 0x7285071bec71fbf7, 0xf92a6a56ffdfcdfd
	.quad 0xc002000000000000, 0x7f8000000c8cc495
	.quad 0x524a42507fbef3b2, 0xa7626d62fdfedfbc
	.quad 0x0000000000000000, 0x3d110b9fffefb645
	.quad 0x7ff0000000000000, 0x9e65e027cbfebddf
	.quad 0xc0c196a2824636d1, 0x9d75734b0a855afd
	.quad 0x00122a757f800000, 0xbc883862564dcbbd
seed36:
	.quad 0x8000000000000000
	.quad 0xfffffffffffffffa
	.quad 0x0000000000000000
	.quad 0x840f42b5beed5917
	.quad 0x847a3782c1e2a49f
	.quad 0x0000000100000000
	.quad 0x000000000000034f
	.quad 0xfffffffd1e73a7f3
	.quad 0x0000000100000000
	.quad 0xffffffff5c4654a1
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x53ab2534b01ff5ab
	.quad 0xfbf67f5e8f1ba28d
	.quad 0x00000000000002a3
	.quad 0x000000000000017c
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x59fb7098ffdb07ff, 0x82aeece75edde6f7
	.quad 0xb6d5c69bda7fffff, 0xe183d8cccd047ff3
	.quad 0xfff3315fbbfd80f7, 0xd7e2f6d8ffefffab
	.quad 0x405a8f11c649ca4f, 0xc000000000000000
	.quad 0xbc0bb958c338d0c6, 0x7f800000ffe0a536
	.quad 0xf77d564841080000, 0xfff8000000000000
	.quad 0x7617bf2a7fc00000, 0x801fffffffffffff
	.quad 0x8000000040000000, 0xbff8000000000000
	.quad 0xc29545d1ff9d2708, 0x005aa338be800000
	.quad 0xc0e00000ff800000, 0x7fea1ccc6477f6c7
	.quad 0x728fe1e6a81bc295, 0x5b7a90cc4b5d925a
	.quad 0x8012e26800000000, 0xf875273cbfe00000
	.quad 0x94223260fff3fd2b, 0xb30ea8c14b7bfb5f
	.quad 0xc6a00000df4ad575, 0xc01d67b3f725f777
	.quad 0xe27125bc594ea8ab, 0xb733c109ffde5c2d
	.quad 0x404fafebd4c90d25, 0xc08b800000000000
	.quad 0xb3c1716cffd38720, 0x6c0729117114a9c9
	.quad 0x015348363497c16a, 0xe683f45bacaf3577
	.quad 0x7ff0000000000000, 0x7f46cb3ff51ab9ed
	.quad 0x4002000000000000, 0xbff0000000000001
	.quad 0x4016000000000000, 0x06ad3205406c208b
	.quad 0x7fa8d3177f800000, 0xab97abffffceabf3
	.quad 0x0000000000000000, 0xd6a17e135b7f5840
	.quad 0x4384f8d3fe823b12, 0x379bd2628e2e0bd9
	.quad 0xc33ffffffffffffe, 0x7ff8000000000000
	.quad 0xf501efe341800000, 0x800fffffffffffff
	.quad 0x20290186cb1d7c00, 0x800000007f800000
	.quad 0x42c00000c8300000, 0x7957eeae4dfc9650
	.quad 0x41ffffffffffffff, 0x800433e246fb6f9d
	.quad 0xff9de09800000000, 0x4040000047c00000
	.quad 0xffdb70fd106238cb, 0xc3fca0a7ffbfe7be
	.quad 0xc00103ec067b8227, 0xbd37a01d708ec310
seed37:
	.quad 0xf8cc58aa969d9ba7
	.quad 0x00000000ffffffff
	.quad 0xd6caf5325017a3ab
	.quad 0x8000000000000000
	.quad 0x604aaf8fcb070911
	.quad 0x000000081b4cb433
	.quad 0xc625018d475d9b80
	.quad 0x59d196193001d084
	.quad 0x0000000080000000
	.quad 0xe6e8535166c9afaf
	.quad 0x00000000001582b1
	.quad 0x9a91d18f8e83a2d9
	.quad 0x000000000000006a
	.quad 0x0000000000000001
	.quad 0xfffffffffffffffa
	.quad 0x00000006c1b66294
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x51385184ffe72ead, 0xc121b00000000000
	.quad 0x0f79e878ed37fb14, 0x152809e47f9591a5
	.quad 0xfe5fade7dbf80000, 0x0020000000000000
	.quad 0xff39c7ea34ed7fff, 0x47477e02fff5d7bd
	.quad 0x7ff0000000000000, 0x7a49e224bcfffd09
	.quad 0xc02000007f75f7fb, 0x54ee7facd7bf7ff7
	.quad 0x3105d671ddf5fe90, 0xe5b87e2cd8f7fd57
	.quad 0x295a96437fba6eea, 0x40e0000000000000
	.quad 0x40f0000000000000, 0x7f5d7c533c800000
	.quad 0x0324bac1e93d8f69, 0x00400000ff800000
	.quad 0x81a697e4d4975ec3, 0x4016e05d733f29c7
	.quad 0xc0369beb3e0ed801, 0xdedc75a359775e13
	.quad 0xcf071a0e48860000, 0x7b64cb33ce4e0400
	.quad 0x420039c2f9c67c36, 0xa75346bc1e2c7ced
	.quad 0x8d6d16f9fc5ffff9, 0x82f33781b5f4fe1e
	.quad 0x0f110ab3bc47e92e, 0x411c0000ffad3d37
	.quad 0x8020000000000000, 0x3fd31e4dab4d74a2
	.quad 0x7ff0000000000000, 0xeb494e1a8fffa73a
	.quad 0x7fddbf62c32af9af, 0x7ffc3b20f89a2470
	.quad 0x39c00000c3600000, 0x7ffb35c55aaf16bd
	.quad 0x3f0b000000000000, 0xc0237f898b6d0891
	.quad 0xe6d79479ddace24d, 0x000000007dfe4e1f
	.quad 0x7e11a73f1cb38827, 0xff29bd03a1a65596
	.quad 0xc13abeefbbf0a2c3, 0xfff88f4cd3e87405
	.quad 0xfde36e4bae66a307, 0x3ec8b93a96966c63
	.quad 0x19e660c1ddff66b4, 0x5b3bcd1affbaeb57
	.quad 0x00000000be9b479f, 0x404a000000000000
	.quad 0xfd62c9733d400000, 0x800000007f7fffff
	.quad 0x01f22e59e5344346, 0x3cff379cda9ded8c
	.quad 0x3e07c7abc6a80000, 0xb3b02af4ff798000
	.quad 0xff800000b17386aa, 0x7ff8000000000000
	.quad 0x62a457024faf0059, 0x0ac6fb317f800000
seed38:
	.quad 0xfffffffffffffcc0
	.quad 0x2235e1dda398be66
	.quad 0xfffffffffffff9fb
	.quad 0x609f7f1c7329cd9d
	.quad 0x0000000001000001
	.quad 0xfffffffffffe1246
	.quad 0x000000000000036d
	.quad 0xffffffff80000000
	.quad 0xfffffffe6f2f1a85
	.quad 0x6f1cd024beccce71
	.quad 0xffffff86ce0f3c7a
	.quad 0xffffef561dd3a8b6
	.quad 0xffffffffffffffc3
	.quad 0xfffffffffffffe21
	.quad 0xf0bf257ed61eeb97
	.quad 0xeb2ef40bb81f9fef
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x8116d7f44710cff4, 0xbb20f620365f7782
	.quad 0xc3f0000000000001, 0x8000000016d32a71
	.quad 0xbe693ebdc0fac401, 0xc002000000000000
	.quad 0x40ffffffffffffff, 0x7f80000000000000
	.quad 0x7ff06d49564cb382, 0x80800000c38a927c
	.quad 0x27669e33db6aa2d7, 0xfff0000000000000
	.quad 0x57bbfc23e7ab7d9d, 0x752f747b1ccbbe23
	.quad 0x8000000000000000, 0x400c000000000000
	.quad 0x4008000000000000, 0x0131da5cea07628f
	.quad 0x0ad81413ff7ba1f4, 0x65f525887ffa55b6
	.quad 0x0000000000000000, 0x7d9a0272c60c99b4
	.quad 0x0000000000000000, 0x80becb497e75a87f
	.quad 0x000d37b184c3c30e, 0x405d9b0b784ce51e
	.quad 0x56217812806fc625, 0xa1a0fdccfbffeee0
	.quad 0xf0b2dc5e7fc00000, 0xc33fffffffffffff
	.quad 0x8020000000000000, 0xc065a724c7da86b9
	.quad 0x3fc44c069bc7b317, 0xba3d3a5e96dbfca1
	.quad 0xc80a69327f6e8bde, 0x7ff8000000000000
	.quad 0xe13f14311613a35a, 0xfff8000000000000
	.quad 0xe474e51ac77ffffe, 0xbee000003f64815c
	.quad 0xfff0000000000000, 0x40dd000000000000
	.quad 0x7f8000005fffffff, 0x00000000c02a2907
	.quad 0xffb6af9080ffffff, 0x8020000000000000
	.quad 0x80359246a7422ffb, 0xc076000000000000
	.quad 0x0000000000000000, 0x85034184cacc7c00
	.quad 0xa021e416ac5cc3fe, 0x28fe18175c2a4860
	.quad 0x3f156ad87fc00000, 0x00b152e75f4ac280
	.quad 0x7ff0000000000000, 0x43075ad6ff8d808d
	.quad 0x40d8ed81b7eee77f, 0x287fe745fdc7fae3
	.quad 0xc072818393313ca4, 0x8000000000000000
	.quad 0x80b20c488b78e6e9, 0x727028d83fb3e2f3
	.quad 0x04280a3f00000001, 0x0000000000000000
seed39:
	.quad 0xcaba33bc3364dbf3
	.quad 0xfffffffffffffd89
	.quad 0x1f87dd0e35ce1abf
	.quad 0xaeda1bd91189cc75
	.quad 0x4854438055bcece2
	.quad 0xfffffffd425d2029
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xf7b1ce389871e398
	.quad 0x00000000000006f0
	.quad 0x0000000000000000
	.quad 0x0000000000000007
	.quad 0xfffebf96a5f6b48d
	.quad 0x65aa50b05acc42b8
	.quad 0xc6c90f0694948872
	.quad 0x000cda29cb5a66b9
	.quad 0x03400000
	.quad 0x60000000
	.quad 0x38d13523bdefee77, 0x800cf57e60e62667
	.quad 0xddb75a68187fffff, 0xfff8000000000000
	.quad 0x7eec4374dff5fe67, 0xfff0000000000000
	.quad 0x035ef36a4d112226, 0xb7ab0000ffab32d6
	.quad 0x36c007bfbc9ffbfd, 0xfffd8c3db45bfa19
	.quad 0xdffffffeeb035e18, 0x7f33d39d85eea9bd
	.quad 0xa38edaeaa39f7fec, 0x1974bfbec0380000
	.quad 0xa2c648995ffefe86, 0xcff0c283e64d8000
	.quad 0x7ff0000000000000, 0x33ade3294aac9ee6
	.quad 0xfff555ce127c5362, 0x3f90200e16bc5b76
	.quad 0xcc016f4e54f8feff, 0x8640d3f4c20a61d2
	.quad 0x7ff0000000000000, 0x07534c2217e4e3b1
	.quad 0xc0b800007a344107, 0x741e4131bf998718
	.quad 0xfe800000c0500000, 0xa080457796846a00
	.quad 0xffe433a5a2b5bc79, 0x002ab392beff2b2a
	.quad 0x2a975563dfffffff, 0x26576ba8b7a5050d
	.quad 0x36576d708fe2bdd3, 0x7f9099c7cf000001
	.quad 0x7ff8000000000000, 0xf4222e4defbb7547
	.quad 0xfff4652cad2ffab2, 0xfffc3fb57508cf5c
	.quad 0x6bd81462ffbbe04f, 0x05ded2b718313c01
	.quad 0xc080000080477f54, 0xb61b2cea558f2f2a
	.quad 0xbfb38c6ac64fe109, 0xc0d4000080000000
	.quad 0x1ee782d0a092bb0a, 0xbfa4293d2b9d5958
	.quad 0x42564b61ff800000, 0xfffe5941de3c44c2
	.quad 0x807fffffc0ea1dcc, 0x2354e8645b5419d7
	.quad 0x41f0000000000001, 0x3628e4bad5e85303
	.quad 0x488ab8d2651a0001, 0x800fffffffffffff
	.quad 0xa288182aabde7e00, 0x7f800000c8de0000
	.quad 0x00285525ff800000, 0xa048c7d253a950cf
	.quad 0xc01800003f67817a, 0x407fffff0ea5e6a2
	.quad 0xb71a02ce3ee9f5e9, 0x00010c2711a77eaf
	.quad 0x7f968016bbd23f5f, 0xfbb9b566411173d9
seed40:
	.quad 0x6389bc2a0f848c2d
	.quad 0xbe4ec803ada52267
	.quad 0xffffffffffffffff
	.quad 0xabe4752f568a3e3d
	.quad 0xffffffa7c6889a6d
	.quad 0x0f9742bff44c3105
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe55
	.quad 0x00000000ffffffff
	.quad 0x000000000000039e
	.quad 0x003e1d7b8888ac8a
	.quad 0x6659e2fa019fefa0
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0x5fa53ea735057ca2
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x41a000007fff219c, 0x41180000b8800000
	.quad 0x915206ac3e0c3570, 0xc182dabeff9b7ee3
	.quad 0x80000000bebfb639, 0xfff0000000000000
	.quad 0x109e00c7c14d4d6b, 0xfffedd67f58c8cb1
	.quad 0x8052593dbeb386ab, 0x3fcd7af4e06688f5
	.quad 0x410a5f907f800000, 0xeb86753b9dab0000
	.quad 0x911b9c22bcad1101, 0xc42c52b97cbff880
	.quad 0x419daad000dabe72, 0x041f2b85fe800000
	.quad 0x000000004f000000, 0x7f82d39daefb3094
	.quad 0x3de2d9eadd477d24, 0x00ffffffff800000
	.quad 0x0b46c9937fff4f74, 0x00bfa7e93ceccfc5
	.quad 0xbd8e88dffb1f47c5, 0xdf7bf460d7e4037d
	.quad 0x11eda7c8e2ef7e79, 0xf36dcf8b9dcf1fba
	.quad 0x41e0d99636719279, 0x36316f7bfffbfc00
	.quad 0x7eb31e84dd3d434a, 0x3b85198800000000
	.quad 0x4fffffffc0c80000, 0x216d5e377fd3e569
	.quad 0x418d8c86bd9ac5bb, 0xb8a222b9e8013262
	.quad 0x402a41250e206883, 0xe933ab479e73fcc3
	.quad 0xace7300cdc777a48, 0x017fffffdc8f1f90
	.quad 0x02ba4f7eed53feab, 0xc00fffffffffffff
	.quad 0x7f8000003b000000, 0xde09f22c52f3fc00
	.quad 0xc5672e6cd277fc01, 0xff0000007ffa0168
	.quad 0x7ffe0bccd0a13b91, 0x3e1a5ddc5f000000
	.quad 0x4040000000000000, 0x981430a8da4fc1bc
	.quad 0x7ff8000000000000, 0xabc345be5a15b480
	.quad 0x7fb655100393b9c2, 0x6bc1856d0d75558d
	.quad 0xfff760072734144f, 0x0307b0b526d82bd1
	.quad 0x0036f43e9647b71d, 0xbe4492f90a120b86
	.quad 0x000000005f7ffffe, 0xfea8832b254fae80
	.quad 0x5bfa98647fb3603e, 0xcfffffff9cfed60d
	.quad 0xffdfffffffffffff, 0x834853775bb2bf3a
	.quad 0x4b92aa757937fe00, 0xa24c0fb7f8414d28
seed41:
	.quad 0x68f3428cc028c25c
	.quad 0xffffffffffa29302
	.quad 0x0000000000000000
	.quad 0x97ec8e8aa2ece35d
	.quad 0xb5d00887abc09f75
	.quad 0xbdfb07350e5a8c88
	.quad 0xffffffff3f767fbe
	.quad 0xffffffffe11b07c0
	.quad 0x3455965cb1d2900b
	.quad 0x00000000000007e4
	.quad 0x4064d744bad5997c
	.quad 0xffffffffffffffe6
	.quad 0xffffffffffffff6d
	.quad 0xffffffc6aadf071d
	.quad 0x0000000000000000
	.quad 0x64c16915f3613fb5
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xe10bd1acf57f7f7b, 0xf8906c053f7ff5bd
	.quad 0x804dc9d58b6bff5b, 0x50789ec9dfbfedff
	.quad 0x1523b0ddffbd517e, 0xfff5afb1f433aa0a
	.quad 0xa3896ae432a23627, 0x7fc00000835d9e59
	.quad 0x3fdbb92bc0000000, 0xbed8f8408028cca0
	.quad 0x7f843973ffd8e80d, 0x9852535ac1b00000
	.quad 0x8000000080ffffff, 0x0000000000000000
	.quad 0x434ffffffffffffe, 0x3d1d634e00000000
	.quad 0x3f780c689c001518, 0x01e193b240c80000
	.quad 0xfff2ff2b739a6da9, 0x10dff2cdaa7efbef
	.quad 0x7c61c1ba7f800000, 0x7faa408be8fbb451
	.quad 0xe76d7a2b18cd50cf, 0x017ffffff2d7f3ec
	.quad 0x000ed467ed6bc989, 0xbe9f233d80123045
	.quad 0x8e3a76a4ffc00000, 0xbfa50177ff800000
	.quad 0x340d1b53c34c0000, 0x74cedb2020870001
	.quad 0xf55d9671ecffd6c6, 0xa2ace26a8b70c9b1
	.quad 0x3f82ff4c1c54a90e, 0x7e99123193c6cf37
	.quad 0x7ff0a893c3424ae3, 0x7ff9347913bd70e4
	.quad 0xc0000000b2ce6e4c, 0x90062ba2b57a09e6
	.quad 0x11973137656182b9, 0x5cc660b339b8dfc5
	.quad 0x8205a054fffae48e, 0x00000000f7028a06
	.quad 0xc0900000ffc00000, 0xffc00000405d94f4
	.quad 0x3dcc1046003e06b6, 0x8000000000000000
	.quad 0xcf7fffffff9d7019, 0xdb34da0096f7740c
	.quad 0x0000000000360093, 0x1a806d8fdf48febe
	.quad 0x3fe164f90e49682b, 0x7c0abf1fffedefef
	.quad 0x78d2125a7f6ffdfb, 0x583fbe1b194d0929
	.quad 0x80ffffff80000000, 0x350a116db8d800da
	.quad 0x658b97db5dfbfad5, 0xf4ce5365fadd8000
	.quad 0x73e6cc82773b5fdf, 0x3f99252120dda87d
	.quad 0x1c735cde22bb8000, 0x8000000000000000
	.quad 0x3ff8b59dc4e40000, 0x802fffffffffffff
seed42:
	.quad 0xffeb5f629f642001
	.quad 0x62f3a366ac395f95
	.quad 0x9fb3dbe0f43a550f
	.quad 0x59adb4d5db211d24
	.quad 0xdd4a4ec6de18c053
	.quad 0x0003306df7649163
	.quad 0x1e470d6c5613dd1d
	.quad 0x536c4427b94f2e45
	.quad 0x5f8a12235b80d689
	.quad 0x0000000000000983
	.quad 0x0000000000000046
	.quad 0x0000000100000000
	.quad 0x000000497e0efdf1
	.quad 0x000000000000029a
	.quad 0x0000000000000006
	.quad 0x480ca74fe5e3823a
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x008000007160e071, 0x7fc075b5c07fffff
	.quad 0xc0f0000000000000, 0xbff8000000000000
	.quad 0xfffce46bbb9d4c81, 0xed6c206fea598000
	.quad 0xbef17ceca09c1e3c, 0xb9bd00003bcd0f05
	.quad 0x3da26542fbee7f6c, 0xa616602497b5e69c
	.quad 0x5c119178bf8f93d0, 0xfff0000000000000
	.quad 0xffd2336089871660, 0xbfd73582baf1a29a
	.quad 0x1bf02918c5ef5313, 0xae4df3676f773ebf
	.quad 0xaafdd721af621de0, 0xc9030000ff7fffff
	.quad 0x7cfb03547fc946f4, 0x0acf0dafbfffffff
	.quad 0x430183f750e86fdb, 0x3fdd395d183119f3
	.quad 0xcdd0174c5b6055cb, 0x46e85401bce2c380
	.quad 0xc130800000000000, 0x33f14840c1522450
	.quad 0x6e7d771aae815cdc, 0xa3c3ffdd8d675a00
	.quad 0x800000004203ac10, 0x47732b42febb9e80
	.quad 0x3ab00000fe800000, 0x517833a9fb75cdd7
	.quad 0xbf40ceeec2b40000, 0xc32e079effb22434
	.quad 0x7fc0000036880000, 0x3c0a0000bec00000
	.quad 0xbf95f1de4ca8fa81, 0xa98967c761dcf10d
	.quad 0x558d8581eacdbe05, 0x7c055a76fdd3ff8d
	.quad 0xbf49000000000000, 0xff8000003bf5c884
	.quad 0x2c9c882883ba7f3f, 0x1a86e7ef6b67fce8
	.quad 0x7650d1a279fa48dc, 0x8000000052a31342
	.quad 0x41d0cd0b8696b28e, 0x9974067bcfdffc00
	.quad 0x629ade1c029bb83c, 0xc10007c57fe73e34
	.quad 0xe6266971cdb560e7, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xb95f74c33b7b9ee7
	.quad 0x42a0f870d0b3789c, 0xc0600000ff800000
	.quad 0xbfc2e4525506869b, 0xc018000000000000
	.quad 0xcf800000c6a228ec, 0xff800000c0e00000
	.quad 0xfff2f223ed400136, 0x7fa4303a0a4943c1
	.quad 0x4013000000000000, 0xda0000017f98bfe8
seed43:
	.quad 0x0e0988a160078081
	.quad 0xc19a80130dca409b
	.quad 0x0020000000000001
	.quad 0xfffffff1c7b65fb8
	.quad 0xee780f3be657581d
	.quad 0x0000000071cbadc0
	.quad 0x09d6cea8cfaf57a5
	.quad 0x00004a7d1682f4a4
	.quad 0x0000000100000000
	.quad 0xf2d3dda823c32f5f
	.quad 0xfffffffffffffff0
	.quad 0xfffffffffffffc39
	.quad 0x6492529ec61c9e09
	.quad 0x000000000000032b
	.quad 0xf3fbfc08ccc9a153
	.quad 0x0000000722250481
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x0020000000000000, 0xfff0000000000000
	.quad 0x839e057bf5b0f849, 0x7965a8c077de97af
	.quad 0xe57c9d7a5e9f1a4f, 0x7fdcfbbd870dc6ca
	.quad 0x0f612b9fde78fb4e, 0x7fbb177f4142a1d2
	.quad 0xc07a8d8b7f800000, 0x40231958f04f0842
	.quad 0x3f776b56fefcd4fe, 0x0010000000000000
	.quad 0x7ad37f437e2fffb2, 0xfffa5957a8290c91
	.quad 0x18351884afecbf17, 0x3b434c066b73fc7f
	.quad 0x7d8a8b2a831924a8, 0xbc0bafda59800001
	.quad 0x4b7509249644fc00, 0x7f75cb54d7f323f1
	.quad 0xc1180000ffc00000, 0xbf3fb8c00e020595
	.quad 0xd3a2251847000001, 0xc0663d4e3e93746d
	.quad 0x7b6c2fce2e4b562e, 0x80000000c36b7b97
	.quad 0x0000000000000000, 0x00400000c1f2fc57
	.quad 0x3ffb65bb623379d7, 0xb05f0dbee126c3fe
	.quad 0x7f190fed8088b7df, 0x0150f197e15ca513
	.quad 0x3ecd5a6dbece9d90, 0xc3f0000000000001
	.quad 0x1c419cf3ae2a1b16, 0xbec0000080000000
	.quad 0x4fbfe3229719dc73, 0x40f45084af257e00
	.quad 0x8512f6591bbb4561, 0x4907fff86008a082
	.quad 0x63dce315f9c9e5ab, 0x7ffcf5e938be0216
	.quad 0xb00510adff4d17c6, 0x90a3bdc6b8615b32
	.quad 0xfff0ea2061b274d3, 0xff8000003f6a1031
	.quad 0x001fffffffffffff, 0xc8e641fae8dea05f
	.quad 0xc011000000000000, 0xf4953b51cd544306
	.quad 0x01bd87c3a9284fb5, 0x000d08a5d1b18046
	.quad 0xf53de052ff9dd4c4, 0x7fd8037e3efbad7c
	.quad 0xd3de0ff4c011558e, 0x5f1a56f327121efb
	.quad 0xff8000003fbebda9, 0xbfaa4f78065491f8
	.quad 0xa25e1784472b9019, 0xbcb86132fffd7c89
	.quad 0xf4dbc2c440b1ce82, 0xfff0ff2dc580c762
	.quad 0x9ac8dbada44fff1c, 0x9eef3e757fde4780
seed44:
	.quad 0x094e5cd5a5af069d
	.quad 0x9df3934de1cc0d43
	.quad 0x9053402448aa3b20
	.quad 0x000000000000000b
	.quad 0x5cc4acdaa7162956
	.quad 0xfffffffffffffff2
	.quad 0x8000000000000000
	.quad 0xcda02a1ee6e94ec2
	.quad 0xffffffffffe1b974
	.quad 0x8917bb6e4f5dfbdb
	.quad 0x0000000000000000
	.quad 0x00000000000002d5
	.quad 0xfffffffffffffcf9
	.quad 0x500f109ae23c4d84
	.quad 0x0000000000000000
	.quad 0xb2bb2540ed9969a3
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x7e7b7e471ae5d24a, 0x3ee1300e7ba7ddfd
	.quad 0x4fba39a4f66556e8, 0x7faa4d8e014ffdf3
	.quad 0xd75c16a1ce7d8844, 0x7ff0000000000000
	.quad 0xc0940000feffffff, 0x9184493900184514
	.quad 0xf8265b65ffffc2de, 0x3dad80b47f93ffae
	.quad 0x3f87befb4e6f8ef6, 0xffbff0d9c28cb2e5
	.quad 0x75012363ff9f7a91, 0x9083f76b183c7a2e
	.quad 0x403533dc6810403a, 0x62eaf88c6f8d2064
	.quad 0xb3f426cb23bbdc80, 0x36cc332eac5babe4
	.quad 0x4f000000fffb519f, 0x800b7f6139cbb137
	.quad 0xfeca4f7e4fb657f9, 0x8bc44e59ead20133
	.quad 0x2402b12361c9fc00, 0x4b3c41dc9983ae9d
	.quad 0xbfea4de84bbe5603, 0x4d532779fffbfe2b
	.quad 0x79d4fadafffffffe, 0x2d631c46bf9ffb7f
	.quad 0x43c3246bff8799d3, 0x40effffffffffffe
	.quad 0x596e41a8f16fabd7, 0x800c4b1ce7d33725
	.quad 0x411e00007fb8e0e1, 0x2613308dffffffff
	.quad 0x400ccfae9cf1cd08, 0xfffcf2e54a79eda2
	.quad 0xecd197f77fcb8000, 0xffc00000ffc00000
	.quad 0x7f7252197fd2fd15, 0xbb5511a9ba8fe35d
	.quad 0xd2d790fec0c00000, 0xff8000001c0c2b9b
	.quad 0xe2dcea57742a5ce0, 0xffdf5e9f3ab8d003
	.quad 0xfeedf0457aee3682, 0xffdfffffffffffff
	.quad 0x376f971e45108f91, 0xfff8000000000000
	.quad 0x905eb63886955227, 0x0c717f3c4f800001
	.quad 0x434b1f564a580000, 0x01a6658b9dc2d760
	.quad 0xff8000009e1c481e, 0xfe1344fbf971fe00
	.quad 0x3c7e5e34bffffffe, 0x007d0b057f800000
	.quad 0xfa52af9e64d3a32b, 0x3f8f27a7b3631165
	.quad 0x7db916e1da000001, 0x93e78c907d0fd285
	.quad 0xa50050d19cacfc00, 0x691658927f89915c
	.quad 0xec2a8af8c0936f6b, 0x1e58f1a1fd980001
seed45:
	.quad 0x0000000000000267
	.quad 0x89ffc64968f1ebab
	.quad 0x0000000000000001
	.quad 0xfffffffffff58641
	.quad 0x0dcffca687526c26
	.quad 0x00000000ffffffff
	.quad 0x94a4da2fbc1383f3
	.quad 0xb7d36e6f96a7dd81
	.quad 0xfffffffffffffeef
	.quad 0x0000000080000000
	.quad 0x000281d20111288e
	.quad 0x0000000000000001
	.quad 0x76f7a8382ca8593b
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x0000000000000000, 0x3f00000040b80000
	.quad 0x7dd602bcdc690572, 0x0068521086a4ea51
	.quad 0x804081eb39ac6c7e, 0xff800000c086ebd5
	.quad 0xce7fb7afffa42edf, 0x8221f02f40020000
	.quad 0x7551f57c7f800000, 0xc00a909c9ae0949e
	.quad 0x1c7fdc40ffb77e00, 0xcbb803ed87b347ec
	.quad 0x7fc0000092e29973, 0x404b6c8fc1d4ebd9
	.quad 0xfeffffff01000000, 0x6aa94c3a7dfffefd
	.quad 0x753f909a7f3dffab, 0x408000005205824a
	.quad 0x3d3e88a892e6a9e9, 0x7fa88fd70a0ac876
	.quad 0xd0df424174a07800, 0xc0940000bd73cf20
	.quad 0xdf7fffff46d00000, 0xca8d4fab5b183755
	.quad 0xc11a0000809d4aea, 0x4bcd0a2996638138
	.quad 0xc05e702d192c09f5, 0xc0a4000000000000
	.quad 0x3fe35b5675d39959, 0x418ec54073e68a25
	.quad 0x4f00000180000000, 0xc2524c3e8326f991
	.quad 0x7ff62f8dfa96580d, 0x15e3173bc720acbb
	.quad 0x433637abc08bd88d, 0xcf7fffffbfc827c2
	.quad 0x16185f91c7611d3e, 0x0004fe392eca6acd
	.quad 0x987f48567f800000, 0xf4eeefa69fb8c924
	.quad 0x9a44b8095d81fab1, 0xd75d1f037fc47d40
	.quad 0x80000000700fba32, 0xbee0000000000000
	.quad 0x7ff0000000000000, 0xc098000064e639e9
	.quad 0x80500691b3737847, 0x7d91669c0c91f0cd
	.quad 0x40a800007fc00000, 0x615f551f0bdffd5d
	.quad 0x9e359cf048fa7e00, 0xc0055156a0bf8725
	.quad 0x41312d917f2056ad, 0x77f8533f87d614a2
	.quad 0xbda35eecaab2f800, 0x3c0dc0b2ff991ee7
	.quad 0xfffb9ad2ad7a0d80, 0xbf9ad977392b0c1e
	.quad 0x126fbb7881000000, 0xbd20eeac00400000
	.quad 0xffc0000048a80000, 0xb045fafaf7cfffdd
	.quad 0x59ec0ae0ffffffff, 0xc3721e3cff800000
seed46:
	.quad 0xffffffff80000000
	.quad 0x00650c3cdabd6c63
	.quad 0x05e7e6c060a408d5
	.quad 0xfffffffffffffeba
	.quad 0x87e7ce7c22a3cc87
	.quad 0x0000000080000000
	.quad 0x00000000000001c6
	.quad 0xfffffea7d0d7658a
	.quad 0xffffff89c6f0952b
	.quad 0x000000007fffffff
	.quad 0x00000000000001f8
	.quad 0x67e4a8b0abcbf51f
	.quad 0x000fe6bfcbaea36f
	.quad 0xffffffeb38dd6396
	.quad 0xffffffffffffff23
	.quad 0x5f40a201babf897c
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x80000000c7800001, 0x0c73d0ad81602430
	.quad 0x7ff7e9ae9246eea7, 0xfff13608b0132a42
	.quad 0x3f173a27fc31fc00, 0x32f606e57de3f50e
	.quad 0x3c15c3f280000000, 0xab0710a5ccf4fa54
	.quad 0xffd0000000000000, 0x80000000c1f6032c
	.quad 0xfff0000000000000, 0x57e2f51a1d0ffee7
	.quad 0x310f06e5429f0291, 0xfde21db5f64c496f
	.quad 0x42fbb20a75f8b004, 0xf02c572b3d100000
	.quad 0x40607a2089b632e8, 0xd6c9c2046eef7c94
	.quad 0x875c1c6bffcb7cfa, 0x4544037580c58ff1
	.quad 0xc340000000000000, 0x0000000000000000
	.quad 0xc006000000000000, 0xc053f6383e919a23
	.quad 0xfff8000000000000, 0x14fc62db6ee80f93
	.quad 0x68a0443cffffb8fb, 0x56d2062e3feb6f69
	.quad 0x3a6f2577ca7e6918, 0xfb175f04fade1489
	.quad 0x7e056107ff7fffff, 0xfe086a0b1c216751
	.quad 0x800000003bc2f529, 0x3124427cfa0afc00
	.quad 0x7ffc661855b66f57, 0xc42d560c5b917c54
	.quad 0x3a520000c10c0000, 0x18e64a251fbbbfda
	.quad 0x9d818efccd367c1b, 0x7ff8000000000000
	.quad 0xc10e00007fed38e4, 0x5a0dc6fa056ad0a7
	.quad 0x6cf34d387dd4f285, 0xff86495e7f800000
	.quad 0x402fbb5618d44cb6, 0xcb81bc6278e7fdf7
	.quad 0x8fa1aae7bffec0cf, 0x407d8829ffc00000
	.quad 0x38360a9c96ee5bbf, 0x7ffa815d508135c9
	.quad 0x5de41846a45d8661, 0x3f9df72f04e00da2
	.quad 0xceb8d23945954de3, 0x43108ce77e800000
	.quad 0x80000000be507f84, 0x001fffffffffffff
	.quad 0xc024400000000000, 0xb62c86847fbad9ce
	.quad 0xff800000bbe80547, 0x4072c5a080000000
	.quad 0x00000000ffc00000, 0x432c039ec0680000
	.quad 0xbca6e36e80000000, 0x7fdeec120e47e1cd
seed47:
	.quad 0x72e86ed47f2441da
	.quad 0x0020000000000001
	.quad 0xbc34cfe99c9dde1f
	.quad 0xfffffffffffffd3c
	.quad 0xfffffffffffffb4d
	.quad 0x9a86a31b8db0c22e
	.quad 0x002e0d2697d85935
	.quad 0xe4675084c7a884de
	.quad 0x0000000000000000
	.quad 0x0000000000000142
	.quad 0x00000000000000e6
	.quad 0x00000000000000ed
	.quad 0xfffffffffc35b26b
	.quad 0x0000000001ccaf86
	.quad 0x000001b49a18009e
	.quad 0x00000000000002eb
	.quad 0x01800000
	.quad 0x30000000
	.quad 0xbef5002afc7bb266, 0x71ef0d733ff00000
	.quad 0x048e1f18fddbfe00, 0x3fb52c4d069be790
	.quad 0x4341acd0ff800000, 0xff97d8d2ffbf922f
	.quad 0x3fd41091f134b557, 0xcdb51c0bc2bdff12
	.quad 0x7ff0000000000000, 0xff1d4a0ed7ebc801
	.quad 0x7e7a9e8431826682, 0x7ff0000000000000
	.quad 0xfde0b0fbea71661b, 0x07ac2598a8029404
	.quad 0xfde7b90cbff4a98e, 0x80a505ba7db8557d
	.quad 0x7f8ab48e4eff4ceb, 0xfdcfbb38ea1aad2f
	.quad 0xeb305babd29dc00b, 0xa4886a0d0923b479
	.quad 0x7f8ddd23c0080000, 0x9764601990154b38
	.quad 0x0000000000000000, 0xfdba4415af4d84fa
	.quad 0xb334f0057fee4040, 0x37ae5009c9c134aa
	.quad 0x59ffffff80000001, 0x19ea998bf4dee870
	.quad 0x7fb59b13ff800000, 0x00fb18ff80000001
	.quad 0xc139800000000000, 0x2ba8cb82ff8ee264
	.quad 0x1afa3c00ec97b31a, 0xdc5a72a8851777ff
	.quad 0x7b5e9897f977da4a, 0x173739027fc9f97e
	.quad 0x3baf6e6efd7aff7e, 0x400b000000000000
	.quad 0xc03601097bf86875, 0x80000000c0e80000
	.quad 0x00000000ffbf1555, 0x0e1778b778704afb
	.quad 0x2febd587ab2b8f2e, 0x41ccbe0f50bec000
	.quad 0xbe590607ffb60d2f, 0x92919557bd3efe75
	.quad 0x2fdd155a7deffef8, 0x4b10020e98dd0729
	.quad 0xce05b03df6fdfefd, 0x1aa7d905c10e0000
	.quad 0x7fc000003f56af83, 0xc9f0084a6deb0000
	.quad 0x80000000801fbf19, 0xd9e9a77ecf43f4cd
	.quad 0x7693009f7ffee3f7, 0x005be8c5801c6c26
	.quad 0xc0fc0000df7fffff, 0x3fda000000000000
	.quad 0x405ffc4063a0cd8f, 0xc3778ba18cfcf5ca
	.quad 0x21f77f84ff7bf588, 0x0354e150be63eb38
	.quad 0x7fae34133f26364d, 0x827dfd9c43262687
seed48:
	.quad 0x79ffd19c823c0783
	.quad 0xffffffffffffcf03
	.quad 0x9084f8e579d8c0c3
	.quad 0x5d78a3cbff8196be
	.quad 0x000000000000016f
	.quad 0xdb858b2f4401083a
	.quad 0x8000000000000000
	.quad 0xffffffffffffffef
	.quad 0xf15b67178344821e
	.quad 0x00000000000000c8
	.quad 0x365caf5be4cc46f2
	.quad 0xffffffffffffff35
	.quad 0xffffffff3a05b108
	.quad 0xffffff93965b0727
	.quad 0x5265f40a12d8287d
	.quad 0x0000000000000001
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x4f5e656fca628997, 0xc015000000000000
	.quad 0x3f30000000000000, 0xd752a53ea2232033
	.quad 0xc15744cf32ecc91b, 0xfa0be117ffec3c94
	.quad 0xbf3a400000000000, 0xc042080d67ecf27f
	.quad 0xa023f8bfffebe35f, 0xfc6300da6b461ba2
	.quad 0xc247ded37fdf9bfc, 0x140153c16007b3c1
	.quad 0xf1d0168c96ffae77, 0xc7975ff700000000
	.quad 0x4dc72e32ffb5feb9, 0x165c325efa0f8000
	.quad 0xcca312a0f7e50133, 0x0000000000000000
	.quad 0xafb57accfffa07f3, 0xbfad000000000000
	.quad 0x7f8000002ed75fd6, 0x3fce3392a8ba6eb2
	.quad 0x3fe2b6eb0ec08ef1, 0x38ac6d6b40db040b
	.quad 0x0000000000000000, 0x833b40a9e94c8ccc
	.quad 0x00000000c324e471, 0x1cecc33dc766fc00
	.quad 0xbfa46655200494f0, 0x7fb81e1400000000
	.quad 0x4fa2e5858206fc00, 0xfffa1a39c07fffff
	.quad 0xab18709a2516007a, 0x80ffffffa4f89145
	.quad 0x38c25edba740b67a, 0x364653feffc2f867
	.quad 0xfea4de97c709470e, 0xd2a8cd937c597dd4
	.quad 0xcab274d44e6dd317, 0x40a0311f62435a45
	.quad 0x2b7a5159a3157246, 0x9ce0e9e6fdffdea0
	.quad 0xc126f06d0e414060, 0x39abb6f855e4142a
	.quad 0x41931d32c3a9fe2f, 0xae4d6a630b177c00
	.quad 0x44b37cb47f7bfe8b, 0xcaf2db11f67cfcae
	.quad 0x4052f1d8a46efb94, 0xf878a93530dc94f4
	.quad 0xa4774dabfffc3c1b, 0x7f8000004f000000
	.quad 0x4544b09228b8a19c, 0x4005e5b34d797bec
	.quad 0xaa70aa94d7fd7ed9, 0x7f80f73fbe800000
	.quad 0x5d15838d8d243918, 0xd292575c290000df
	.quad 0xfff8000000000000, 0x000000003f72ab38
	.quad 0xeabf82e2cae91fdc, 0x7ffd39301aae9d98
	.quad 0xbdebfd7d293dce04, 0xc0e000008149725d
seed49:
	.quad 0x00000000ffffffff
	.quad 0x0000000001e2bcea
	.quad 0xffffffffdc85dace
	.quad 0xffffffffffffffa7
	.quad 0x0000000000000001
	.quad 0xfffffffffffec03f
	.quad 0x136b6d75f3652289
	.quad 0x00003777406cd1a1
	.quad 0x1d89bfcea12b9b7a
	.quad 0x000000000001000a
	.quad 0x0000000080000000
	.quad 0x000000050a34706c
	.quad 0x0000000100000000
	.quad 0xffeb3f2031efbd0c
	.quad 0x00000000000098e5
	.quad 0x0000000b4b669eae
	.quad 0x07800000
	.quad 0x00000000
	.quad 0xa8fdaf52ff963205, 0x7ff7e65a468b0000
	.quad 0x4108000000000000, 0x0454580d4a97831c
	.quad 0x3fcc000000000000, 0xbfe8000000000000
	.quad 0xc8812c46d7ac46be, 0x336a2f4b4cd80047
	.quad 0x0000000000000001, 0x5cbec2ecbffffd91
	.quad 0xdacfe150a1d21884, 0x035879404ea2d51d
	.quad 0xff6d033800c1c12a, 0xff800000ddbfaff9
	.quad 0xf3320f15fff40000, 0x7e3fc7389ce17c6c
	.quad 0x12bcdd8aeff97e57, 0xc11800007fa7122d
	.quad 0x7c11b078bbfef3ec, 0xfe351da7f75c3bc1
	.quad 0x40e0000000000001, 0x00043aa84339a9b2
	.quad 0x01a3b644854c5c3f, 0xfffdee3dc94d1635
	.quad 0xf929f563fd69ffeb, 0xd162f1f9fff97ba7
	.quad 0x3f87b38380000000, 0x304a46d0af734cb3
	.quad 0xbaf1615ef9f978db, 0x7ff53ca6f6f2afa5
	.quad 0xffbf33105f000001, 0x6436ce5e77b7fca6
	.quad 0x55c9f6ec5223439f, 0xfff8000000000000
	.quad 0xfff075cb51635b12, 0x800978b6d6178d11
	.quad 0x9aa6bd9498a896a4, 0xbe9411fcff7f753a
	.quad 0x3f7bc8cc922d1bf4, 0x510ddbf6bbc6ce10
	.quad 0xc0b27a7580000001, 0x01000000d9800000
	.quad 0xff80000047000000, 0xc077045cd67d1c84
	.quad 0x56439df35ebae3fe, 0x40c539913cafb9e4
	.quad 0x939d05fbfebcfc4c, 0x3ff4a0387409e3f1
	.quad 0x1e6ee81cecc80001, 0xf6704bdabfbeff68
	.quad 0x57576dcea22845a2, 0xcbfcce48589e0275
	.quad 0xc05d000000000000, 0xe86f9655774f4a36
	.quad 0xb1e6760ae6ca1ffe, 0xa40b2d4cf73f90fd
	.quad 0x410639d8407ffffe, 0x7f800000ff800000
	.quad 0xf90a3648007fddd7, 0x30c73061ffdbf7a1
	.quad 0x104084451c1fffdc, 0x8e88bb896621a2f7
	.quad 0x3ec000001d837ca7, 0xffbb96cbd1264c81
seed50:
	.quad 0xfffffffffce1f131
	.quad 0x000000000000f173
	.quad 0x0000000000000036
	.quad 0xfffffffffffffee9
	.quad 0x00071c96ac46dfd4
	.quad 0xd455e384fb6def8e
	.quad 0x26e54a98811aeb44
	.quad 0x2f11d1ea0ebf9d4f
	.quad 0xfffffffffffffffb
	.quad 0xfffffffffffffffb
	.quad 0xe0a0e41c645b2e1f
	.quad 0xffdf1bbe021318ff
	.quad 0xadb0fff145c68dcc
	.quad 0x2030e92219e0403e
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x01b3fffebe716192, 0xcefdbe399159bde9
	.quad 0x688f204a92711ddc, 0x7ed1426a1009162d
	.quad 0x7ff293aeff5c17cd, 0x0363888c15555dd4
	.quad 0x333d1f5257ffffff, 0xd335fb32c0e80000
	.quad 0x00b24ab4b4a0fc00, 0x28b982b3ffbf7fed
	.quad 0x80400000eecda3ed, 0x7f8000007e0ea5a6
	.quad 0x3fdc00007fb270f6, 0xc499995c7efff7fe
	.quad 0x0000000000000000, 0x2a70f5ba3d930000
	.quad 0xec6f44cbf2090787, 0x349f709f44e53f01
	.quad 0x0000000000000000, 0xd9ffffff40c93762
	.quad 0x4015cf30abb6a3cd, 0xff800000ff8e35da
	.quad 0x57df53034a7c8d4e, 0xc8d3bf597ebff9e0
	.quad 0x7fd4142ef0d4fe00, 0x7f98bde2bd88bec4
	.quad 0xfff8000000000000, 0x14bbd3e03591fcac
	.quad 0x5ad5a2e6c16a7eaf, 0xfb4aa8d843582a29
	.quad 0x7fc000004f7ffffe, 0x3c14d582bfdd6438
	.quad 0x7fa71d53f5ff813d, 0x007fffffec23b4ef
	.quad 0x3f7de9ebbd8050da, 0x79718c7368c897ef
	.quad 0xff7a16d4ffab113a, 0x7f974c1b43f1a10a
	.quad 0xaf9f1e6fffea1147, 0x468442baff5ffc86
	.quad 0x000fffffffffffff, 0x31f19083ffa83b00
	.quad 0xbc21375b8dcc8000, 0xbd73872a8e1f6a96
	.quad 0x405e17474252e355, 0x47a7e3c480ffffff
	.quad 0xb4348ef5f94ebb7f, 0x474eec72fffefecf
	.quad 0x08569536f0da5e75, 0x0000000000000000
	.quad 0x335e79af670e7c00, 0x0000000000000000
	.quad 0x2f459362bfff216d, 0x6a70c328609bd200
	.quad 0xbf9c000000000000, 0x83114498f6e6a268
	.quad 0x831d19bbbeddeff7, 0x7ecfcbc6a87fb529
	.quad 0x021c5686610d7f01, 0x4bb581419819fc00
	.quad 0x8a921f84bc8eeef6, 0x7f800000055797e3
	.quad 0xbcf9a0512646dec2, 0x0000000000000000
seed51:
	.quad 0xfffa464f6158afc4
	.quad 0xfffffffffffffff9
	.quad 0x001bddd384cc298d
	.quad 0xcc00f190f52f0769
	.quad 0xfffffffffff85037
	.quad 0x00494068ded3b37a
	.quad 0x0000000000006905
	.quad 0xfffffffffd59d419
	.quad 0xfffffff5ebbc23a4
	.quad 0x0006806fa7f6936d
	.quad 0x1b11eaa5a996c550
	.quad 0x0000000000000070
	.quad 0x0000000000000146
	.quad 0xffffffffffffdcd0
	.quad 0x3e3fce84a51a9faf
	.quad 0xfffffffffffffff9
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xff800000be000000, 0x7ef5ec88448b8b69
	.quad 0x0226a55049e3a8c1, 0x477ffffe7f800000
	.quad 0x0002967b9d4ac2a2, 0x46800000e60611a8
	.quad 0xc021000000000000, 0x7faeec05ff87d3fd
	.quad 0xd70de2aac0900000, 0x28967140ffff7c00
	.quad 0x436dd58800000000, 0x775c051a44440000
	.quad 0x4df6e644dbe6c640, 0x9c4242392db18005
	.quad 0xbe2a118a21647e00, 0x2972fcee6c30fc00
	.quad 0x6f71ccd0fbd6bfff, 0x3fe2f9130b1088d3
	.quad 0xe0ed39e3cf7dcf7e, 0xfff6db07f14f773f
	.quad 0x007fffffc0200000, 0x40445a3447ce6ad2
	.quad 0x776dc28a1c26cbe8, 0xc0f0000000000001
	.quad 0x433ffffffffffffe, 0x3c8034bd80f79855
	.quad 0x126301187fa4d21b, 0xbc3258f5c0f40000
	.quad 0xff70492f80000000, 0xc3df9c4afffbffb7
	.quad 0x407bee0532a3824f, 0xc15c85617ee0d244
	.quad 0x0653ef10cfa27a21, 0x7ff0000000000000
	.quad 0x9ce660e4610f94e2, 0xbfc327c0de968254
	.quad 0xbff0000000000000, 0x0000000000000000
	.quad 0xa8480f2f2e3bdfff, 0x7fc0000047ff119e
	.quad 0x3fca9497406f9f41, 0xc011000000000000
	.quad 0x802df48f69faf3c1, 0x740874b765d253ee
	.quad 0x2fa370668ccc08a6, 0x2d3805e669cd7c00
	.quad 0xfff8000000000000, 0x4055c28c8a066557
	.quad 0x7ff8000000000000, 0x85ee177bcdeff47f
	.quad 0xbbaf88826770ae98, 0xf8e3801d581e0590
	.quad 0xfff0000000000000, 0x1ca4385bb7dc0000
	.quad 0x87c347addfe5fbdd, 0xffc16fd77f000000
	.quad 0x84537dff4cb34b04, 0x433fffffffffffff
	.quad 0x7ffdb7c5a75099b3, 0x7ff42b7f25ca3237
	.quad 0xc340000000000001, 0xbf1a400000000000
	.quad 0x84d51b95f02f33d8, 0x00b7b9948ab5cd97
seed52:
	.quad 0xd3057de0f9151f4c
	.quad 0xfffffeb3ea456b02
	.quad 0xa1dff003f3da1d90
	.quad 0x531154ace90c2d61
	.quad 0x3858fb77c2c30210
	.quad 0x0000000000056e00
	.quad 0xfff024b94e9d2467
	.quad 0x64b45b6caf47188b
	.quad 0x5b4747ebb769df5f
	.quad 0x000000000006689a
	.quad 0x24b4b4ce1c65a10b
	.quad 0xffff94c7807044bc
	.quad 0x94c3e9338240ca51
	.quad 0x53db73f315097c8a
	.quad 0x0000000000000150
	.quad 0xf4ffd8a980be1e52
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x1c3da6b9ffb8d669, 0x79ba5e397fbf7e21
	.quad 0x7ff5fb7eaba6d6d4, 0x2b6fe936046ffbfb
	.quad 0x8078d330bff3bf73, 0x974028eedf7fffff
	.quad 0x5b75fcf4685dfead, 0xf3c4c32a00000000
	.quad 0x5cf61de69bf75def, 0x3fe23ff522e0a93b
	.quad 0xfff8000000000000, 0xbfc4011b219be1d4
	.quad 0xdafeaa2cfff848c6, 0xc04c9cf1c05c842d
	.quad 0xbfea0ba86c88a65b, 0xfe25ce497faab97d
	.quad 0xffc0000080000000, 0xff800000be9bca99
	.quad 0xff80000012fd72e2, 0xe8e8bba6fb72dbbb
	.quad 0x0b04cd6cae9f1e19, 0x22c2177eca3fdbba
	.quad 0x6ce32aec9ba4f931, 0xfff0000000000000
	.quad 0x707f1bf23d61a9d4, 0x3f631883c323f549
	.quad 0xc3e0000000000001, 0x3ffffffffffffffe
	.quad 0x05e2949bfb3fd9bf, 0x817fffff17eec9d7
	.quad 0x80ba9bda5d6f3b3e, 0xc009454e43ef2aec
	.quad 0xafbaacc5716ae04d, 0x0c483f08c049272f
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xd2797ed72df4b50b, 0x4020000000000000
	.quad 0x002705b2c0dc0000, 0x0000000000000000
	.quad 0xc6fb0fd8fd4245bf, 0xc10c00007f800000
	.quad 0x1eeda065eeb36732, 0x41f6419841b8ec66
	.quad 0x0db405279a049791, 0xfff0000000000000
	.quad 0xc0f7730614ae2154, 0xff80000009258b37
	.quad 0xc078000000000000, 0xff51fff16ec81970
	.quad 0x92e4f4a73db314bc, 0x02cff76dbd871424
	.quad 0x0772a2a1d6d67bbc, 0xc1ecf20d3f5f5c8a
	.quad 0x73d521413c8a2365, 0xfff8000000000000
	.quad 0x411000005fffffff, 0x0008000000000000
	.quad 0x767f301dff800000, 0x8fa5b8083c0ad425
	.quad 0x3fce15c2cb962760, 0xc026f7354105a84c
	.quad 0xd72642e60e10926e, 0xb24bc80dffdddfcf
seed53:
	.quad 0x8000000000000000
	.quad 0xfffffffffffffef1
	.quad 0x8000000000000000
	.quad 0xfffffffffffffcef
	.quad 0x00000ba3d7221d20
	.quad 0xffffffffffe45ce7
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd29
	.quad 0x000000000000080a
	.quad 0xfc45fec00f802c94
	.quad 0x000000000000000c
	.quad 0x56259ebc0196f397
	.quad 0xfffffffffffffe38
	.quad 0xfffff4c9b009c91d
	.quad 0xffffffd85793a1d3
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xd448e40bfb9ef7fb, 0xdff54245b7ec2e5c
	.quad 0xf0e667d8850aad0a, 0x3fb741bd7f800000
	.quad 0x802b5fb0f151b72f, 0x00000000007d5e34
	.quad 0x401e64eb1d06648e, 0xfff0000000000000
	.quad 0x61bf1d73f3b1f7c0, 0xfff0000000000000
	.quad 0xc0f20000ff8d2383, 0x2dc98bf8fbf6fff7
	.quad 0xdecb27d61f20fc00, 0x836e7b97194bdcc8
	.quad 0x4afa6a61f20be19d, 0x72efa7055a7ffffe
	.quad 0x7f967d5680000000, 0x5e80f9d933f4fc00
	.quad 0x7fd33e14fc7db033, 0xed010641c683fa8d
	.quad 0x11dc090cb5b1795b, 0x40a9800000000000
	.quad 0x8030b94b30be3b4e, 0x59bad39be777777a
	.quad 0x7d227023a89b8600, 0x1fbfd972e46b7b67
	.quad 0x6e5fd2227fd57951, 0x8e7a8826f0ffefff
	.quad 0xc6c3b39910198000, 0x5ffffffeb6c80000
	.quad 0x1018c4159e1540f3, 0x403c8de0655b7ff5
	.quad 0x800ed54c0d14afca, 0xf03e7ba5ff97ffdf
	.quad 0x7ffa3ef768df535b, 0xc1f0000000000000
	.quad 0x2d94a09b18b20000, 0x2e3715b7dece6c79
	.quad 0x3f000000a21156e4, 0xce1b8ed3e9ffbe5f
	.quad 0x4063be4954636163, 0x251bdada9d97ffb6
	.quad 0xbe2c006eddd727ce, 0x1d3e78f2433d491e
	.quad 0x3bfed4a8a8427e00, 0x56548b1c6f89ddf2
	.quad 0x5820fbab227bbf00, 0x801b4db7ffa4f3e1
	.quad 0xb38303e73d9fc001, 0xdb78ba4eb1ff7846
	.quad 0xc020000000000000, 0xff992a8ad8fffffe
	.quad 0x418d77602e51d640, 0x1c935884a94423b5
	.quad 0x81f19eb6b7fd21b7, 0x00125dd85ebba7be
	.quad 0xbf9aea43ef91efc0, 0x5799645a87dd518d
	.quad 0x4ba549beb0b9ddf3, 0xb660000041b87876
	.quad 0x7ff0000000000000, 0xfff4b313492f3a92
	.quad 0xda84e0140e9802e7, 0x7df2faa5041fb3a5
seed54:
	.quad 0x00109f33eafc6a77
	.quad 0x000000d0dc4b92ef
	.quad 0x0020000000000001
	.quad 0xffffffffa23fea10
	.quad 0xd5dcc45322f185ca
	.quad 0xffffffffffffff92
	.quad 0x0534e56af33d4f14
	.quad 0x00000000000002e4
	.quad 0xd867f7351a054114
	.quad 0x000000007fffffff
	.quad 0x4b2264a205a34651
	.quad 0x000000032f1e6800
	.quad 0x6c80de300acf3371
	.quad 0x6b066cbdb0fca6a9
	.quad 0x00000000000000bb
	.quad 0x03c2202bb59e9c83
	.quad 0x02000000
	.quad 0x50000000
	.quad 0xfff3e22970d1e919, 0x801bd225358452a1
	.quad 0x00af758cdc3ac092, 0x1a6fe15fffdf7e78
	.quad 0x3ed9800000000000, 0x04ca57cdff7fffff
	.quad 0xff80000000000000, 0x7e482345adeb0972
	.quad 0x7ffe754b173f33fb, 0x751cbc6c5a4c38ae
	.quad 0x0000000000000000, 0x7f800000c1060000
	.quad 0xf43a395106b82452, 0x8c3bc98efd9f6bbd
	.quad 0x7ff0000000000000, 0x40e9000000000000
	.quad 0x69426506d9a3966e, 0xc34fffffffffffff
	.quad 0x038c97703f7f9a9d, 0xf24f6fe190de8000
	.quad 0x4f44cc1c7f7fffff, 0xfff8000000000000
	.quad 0x756bb4ac5f31d915, 0xc06618611531ed31
	.quad 0xbf9946f8c1a1c7d8, 0x400e000000000000
	.quad 0x817a9b9cffae3572, 0x3f9336ee453accb8
	.quad 0xc0441f8690f68000, 0xc3443892f3e7c49d
	.quad 0x3fc816efebc4f38a, 0xc1e0000000000000
	.quad 0x3f81fd1e4848921b, 0x434ffffffffffffe
	.quad 0x40000000bcacbe93, 0xc01626d9f1380598
	.quad 0x5f000000ff800000, 0xccd37175cd237224
	.quad 0x00800000c0db83dc, 0x8000000000000000
	.quad 0x91fb5fb48e776b76, 0x32c86c19bc6fffab
	.quad 0x7f800000ff8da14c, 0xb33bce8655fdfc12
	.quad 0xffdef465bf933955, 0x606f5c224b2300e0
	.quad 0x81e698ebcf428fa3, 0x43f0000000000001
	.quad 0xc6cfd4e65cd80237, 0x3f9b217ed95c5df4
	.quad 0x7ff24e9cf932ce3f, 0xbce8f0c6b2471e01
	.quad 0x2740c58e7fe7fd82, 0x86baddf260be336f
	.quad 0x3ff68c1e3caf5e30, 0xff00000000000000
	.quad 0xc6c83eee92df208a, 0x5f5d01d3e8620000
	.quad 0xbfd33398f261c727, 0x8c596ca1bc4bad5d
	.quad 0xc333980569d96b5d, 0xc2690348dc07f7ff
	.quad 0xff8000007e800000, 0xc017000000000000
seed55:
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffeec
	.quad 0xb7188f763a2c3afe
	.quad 0xfffffffffa769bfa
	.quad 0xd0fb1e2fa939a2a6
	.quad 0x7fffffffffffffff
	.quad 0x3051fde194247814
	.quad 0xff1a682d992e6b63
	.quad 0x0000000000000001
	.quad 0x48eef72560a34a22
	.quad 0xf76a2b43b3e28e29
	.quad 0x00000000000002f6
	.quad 0xfffffffffffffdb5
	.quad 0xfffffffedfab68f4
	.quad 0x7191681622b0510a
	.quad 0x02800000
	.quad 0x10000000
	.quad 0x75164d5f7d9fa2a8, 0xfff8000000000000
	.quad 0xd2641869d0af3e00, 0x800e8fae41cbfbbe
	.quad 0xc09eb4ff45632801, 0x4008fca396488733
	.quad 0x697b7196ffb2fbdf, 0x7f80000080000000
	.quad 0x0008407fefc3907a, 0xb9375d654ecb0b50
	.quad 0x356a24b4fdfdfdff, 0x2ac64e5b1883377e
	.quad 0x807e03e840100000, 0x244cea42b86d9dad
	.quad 0x8fea6d4ffbdfddbd, 0x5168c7f2d3ddc2a0
	.quad 0x0080000072819086, 0xffc000007fb81c1d
	.quad 0x83f1f648df177ec7, 0xffd765a600000000
	.quad 0xfef5d0369028c30b, 0xbd59122780ffffff
	.quad 0x9eb90823bbffcacf, 0x890d02fe43514b3b
	.quad 0x8233dc4419d62696, 0x404bd591f8cd6354
	.quad 0x800000002f971dff, 0x8000000000000000
	.quad 0x3f9cbf79499ca302, 0x5708b2c7e7124ca7
	.quad 0xbf7ede8119f456c3, 0x83bc1e14b15953ab
	.quad 0xbfeb0de22661f4bd, 0xa5492982abdbfbdf
	.quad 0x9d09be4a8157d98f, 0x0000000040e00000
	.quad 0x0a12788087b17e00, 0xa414ec85980214cf
	.quad 0x8004cc6299d66c70, 0xc4dc0000ff9ac221
	.quad 0x43114b9cffbae3d8, 0x6aab320ccff6c440
	.quad 0xc8e40000ff800000, 0x000000007c7d7301
	.quad 0x93e883907fdb827f, 0x40a0000040650000
	.quad 0x4d5ea98c6575c8ab, 0x2c7e20814e36fc13
	.quad 0x15773dbcc153f779, 0xfe800000814c690d
	.quad 0x403be80324ee74de, 0x0f762eafffdc3ecb
	.quad 0x6a3b223dffafff5a, 0xc018800000000000
	.quad 0x29f01f75fffedff6, 0x3d72a45000407c8d
	.quad 0xdc4f51f08b04857f, 0xc688922dab23f9bf
	.quad 0xd7a168589ad61960, 0x9bbdf62534b05b85
	.quad 0x089a5f1280bb0bff, 0xc293e7d000000000
	.quad 0x4340000000000001, 0x7ff8000000000000
seed56:
	.quad 0xfff10a0228a18c95
	.quad 0x596a9de268780299
	.quad 0xf29bb963f2ee453b
	.quad 0xfffffffffffffe1f
	.quad 0x61139afc4873b505
	.quad 0x40da7a0159d6cebc
	.quad 0x000000000000003f
	.quad 0x0000000000000107
	.quad 0x0000000000000003
	.quad 0x00000000ffffffff
	.quad 0x00001edfe38dc26d
	.quad 0xffffffffffffff5c
	.quad 0xfffffffffffffcc2
	.quad 0x7f6aed1805a18895
	.quad 0xffff8bfe5ed03afe
	.quad 0x00000000ffffffff
	.quad 0x02400000
	.quad 0x40000000
	.quad 0x3f0c400000000000, 0x3e8867fa804ebc56
	.quad 0x74dd3d5f416b2865, 0x67b585f5d94f8001
	.quad 0xbf8916b96e75d5d2, 0x3226c6607f800000
	.quad 0xa88eada2fffffff6, 0x6b05dae842c2e195
	.quad 0x8000000041e942a5, 0xbe5ef60f410a0000
	.quad 0x4abb2612ffeffd7c, 0x054c0836657e4d30
	.quad 0xffc000003d901d98, 0xee68f416feddfff7
	.quad 0x7ff4fcd906459212, 0xebf8dcd23d1a73ac
	.quad 0x407fffff00000000, 0xb2f1d292f85fbc01
	.quad 0x430a1845807b8540, 0xff69046740800000
	.quad 0x440dc4697ff9ffff, 0x77738aeda47e8000
	.quad 0x7ff6b0813afd41db, 0x3fee8b8f817f94b2
	.quad 0x3f86afe7adfd92bf, 0x3c5f7463bdaae84e
	.quad 0x85c00dfdd5befddd, 0xdb4ece8057d52630
	.quad 0x9fd3359b823dfeab, 0xa66636e0fffb2749
	.quad 0x963789414b4428b6, 0x3f10000000000000
	.quad 0x10da40c57f2f6258, 0xd2e1836fa2a1c1cf
	.quad 0x7ff006300406db23, 0x1fc9f119f3dec800
	.quad 0xcb7d980abedeff67, 0xfff0000000000000
	.quad 0xffab00898b3a77e9, 0x008c0ff3dcfc0c5a
	.quad 0x800a4afdba1e0da7, 0x7f800000ff9c7567
	.quad 0xdec5d2e6f31e0a0a, 0x55c33d47ffff53fc
	.quad 0x7f8000007f919f72, 0xc507343352d2703b
	.quad 0x41e0000000000000, 0x03abe371beea5171
	.quad 0xe9d6f32affafeded, 0x3ff8df8301267f91
	.quad 0x80000000c3f8a45b, 0x3f80000000000000
	.quad 0xc015000000000000, 0x817fffffcf000001
	.quad 0x9be4f705b4837c00, 0x7ff57e721eed664f
	.quad 0x001d49cfc00a76fd, 0x0303834f53bd3fc1
	.quad 0x408000000e0fc72e, 0x3fc9000000000000
	.quad 0xd9b2317ebb4afdcf, 0x49755332e72cfc00
	.quad 0x58c6164efeeffbba, 0x5b0b757cd3ec287f
seed57:
	.quad 0x8ab73a7e4a5b261a
	.quad 0x000000050d3437fc
	.quad 0xffffffff2e519277
	.quad 0xeee9d6e9ddad6d46
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffec5
	.quad 0xb7518986434a97ac
	.quad 0xffffffd69a9c076c
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x5b7c56146738a38e
	.quad 0xffffffffffe60f19
	.quad 0xffffffffffffffff
	.quad 0xd3dc995ef329c751
	.quad 0x287a39bf8e895445
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x7e051974fff30729, 0xfffb10cebf5240a0
	.quad 0xbfc797f343124653, 0xfff038c867c11211
	.quad 0x004c51bb4268a43b, 0x47fffffea286a188
	.quad 0xbe07c968feb7a078, 0xbb873a033fdf3c38
	.quad 0x804a26b6d4237d65, 0xbfa5125376570294
	.quad 0x3d3bf66840b00000, 0x50a3c79a57f7fd7f
	.quad 0xbdaa6d05ff800000, 0xc15284777f8b1ae5
	.quad 0x7fac6405fc6aabe0, 0xfff7e4b9185df9f3
	.quad 0x5caf8100f5ee3ff4, 0xc1e0000080800000
	.quad 0x237895c1ffb57dfd, 0xca5d1e886bb14420
	.quad 0xffe7ae9462dec4bb, 0xfb60a22653023d65
	.quad 0x8000000000000000, 0x404fe900432cd809
	.quad 0x8000000000000000, 0x9a3392023fb1febf
	.quad 0x0000000058d8c2f1, 0x8fe65ff4fad4eb22
	.quad 0x905298d4fff7cc2e, 0x3bf40f5cc8bca395
	.quad 0x000ad15a41442591, 0x3f9c01ee593920ad
	.quad 0xf7a3debd0e6fab4d, 0xf33c60c0ffd0ff29
	.quad 0xffc000003d4ebfc0, 0x405fe5b0d55d8ab7
	.quad 0x3fd6094a56d9a0da, 0xd76bcd642f06b433
	.quad 0x43e71ea135aaa8ac, 0x0a5e4ea3c3cb15aa
	.quad 0x5d6df058c16e9c5b, 0x7fc00000df7fffff
	.quad 0xbc0645120048c9ba, 0xfee7a85900000000
	.quad 0x400071a7a8525f6b, 0x433d5ce3f861f080
	.quad 0xbd7833f62d4c41e8, 0xd8a292d6f9162839
	.quad 0x4060000000000001, 0xbffc9700ab10dd98
	.quad 0xea3637febe994dc2, 0x7fffcdb3fa30ac8f
	.quad 0x838ea20d07b62fe8, 0x352e9197438b8628
	.quad 0x40efffffffffffff, 0x50253f64ee36e59e
	.quad 0x6db49184c11e0000, 0x3ed548a07fc8dabd
	.quad 0x1fadd036fffdef3b, 0xc77ffffeffeb50dc
	.quad 0x800f01f0ac68a708, 0xc3fffffffffffffe
	.quad 0x810000007f800000, 0x828b86138c6a470b
seed58:
	.quad 0xdf9e084742452178
	.quad 0x0020000000000001
	.quad 0x975d5b6141903129
	.quad 0xffffffffffffffff
	.quad 0x00000000000000ae
	.quad 0xffffc4ec727fb50d
	.quad 0x000000007fffffff
	.quad 0x1c141f046ba62397
	.quad 0xfff6407e91f9a785
	.quad 0x0020000000000001
	.quad 0xffffffffffffff1b
	.quad 0xa2738c2df16600fb
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x0f3559555172bb0e
	.quad 0x00000000000001ae
	.quad 0x06400000
	.quad 0x00000000
	.quad 0x8a4f8b0900000000, 0xbb9b73c4ff9f1a59
	.quad 0x70f5fab449bbb26f, 0x3fe3292d6987d84e
	.quad 0x20cbf192f9b8fc13, 0xd596d7e4deff5fbf
	.quad 0xb9ebf5dc8faf77f3, 0x80d96b74c11c0000
	.quad 0xc03b400000000000, 0xd7cf1c2deda820f5
	.quad 0x5a0000005e9d62d1, 0xc04000003f07018a
	.quad 0x0f6691e1ffbeffbf, 0xbd007b3280000000
	.quad 0xc03179ade2004ec3, 0xffeab9337ddd17f1
	.quad 0xc004000000000000, 0x5a3684997fe77132
	.quad 0x1c74a8584161a958, 0xcf2ece0694ba5378
	.quad 0xbff42e4d3f13d461, 0xc12ba00000000000
	.quad 0xeae03ea080000000, 0x759ea68684f94300
	.quad 0xbfe0fa984097547f, 0x6bc6c48280000000
	.quad 0xfdd4051e1baacc2a, 0xbe81d107ff800000
	.quad 0xc66c0f4247ee7e00, 0xee6141b0d57fffff
	.quad 0xf997b72d88a778d1, 0x90f6e96afde7bec7
	.quad 0x02dabdf5b79b949e, 0x06f5bf0dffcf4bfe
	.quad 0xfb9f33096dbd7c78, 0xc01b800000000000
	.quad 0x223977fdd275fe00, 0x0bd32ddd0bb44ce7
	.quad 0xe790355afbcfffbe, 0x40593a662cec584f
	.quad 0x79e1a175df0886dd, 0x93a850acfffa3fff
	.quad 0x298e2f34278a7d51, 0xd74c723841b991e5
	.quad 0x0003b0e7f48a02e3, 0x8000000000000000
	.quad 0xfedd5d7743900000, 0xbd6fcfa5fcbf5fff
	.quad 0x5cead019a34e9d1f, 0x7fc000007fe5d725
	.quad 0x0000000000000000, 0xb33bfde18501fc00
	.quad 0x001cd69cc61b4c25, 0x477fffff8b20f995
	.quad 0xc422b0e318edfc04, 0x7f800000ff800000
	.quad 0x1aec7af9ffccc5a8, 0xbbf75d95ff99072b
	.quad 0xc4a68e55ad1b2282, 0x29e8922affeb836c
	.quad 0x014688941182926f, 0xc07fffffbac00000
	.quad 0xe285e33feefc4100, 0x91f93b84fffbdfef
seed59:
	.quad 0x31d6ee17dd4a63b6
	.quad 0x0000000000000001
	.quad 0xb292b3b314d75931
	.quad 0x139ec39c67faa986
	.quad 0x7fffffffffffffff
	.quad 0x688669d0f59c5cb1
	.quad 0x0097a4a0a726332b
	.quad 0x341688deca918e8e
	.quad 0xfce9da1833f0bb78
	.quad 0xdf3133cbf7abab15
	.quad 0xf201ef3fd4b684ab
	.quad 0x0000000100000000
	.quad 0xec92250298f6d861
	.quad 0x000000000000073f
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x088c1eaefeef9ca2, 0xa51ef8c9f52ad745
	.quad 0x4da76cb1f6ad95b2, 0xfd91d56d1d723236
	.quad 0x3fe33e8ddb596389, 0x836ba5f4a266e8cd
	.quad 0xbf762e8d6456368a, 0xfb9c1432fdf5fb1c
	.quad 0x504e1b95f5317c00, 0x0ee89694f36d0400
	.quad 0x7ff8000000000000, 0x810a554e4f01377b
	.quad 0x8516eb74466a7af5, 0xc0e8935210f31bbe
	.quad 0xc038c00000000000, 0x40e0000040400000
	.quad 0x05c9be52c9dfc7fb, 0xd277127102295792
	.quad 0xfe9a9188079fad6c, 0x6e549ae5338f47cc
	.quad 0xbfab5514001ab2c6, 0xc4a6d31ebf93de11
	.quad 0xbffd2d39f5b94cb5, 0x6ececd35fab24680
	.quad 0xffdfffffffffffff, 0x4cb26d86f74cfc00
	.quad 0x82aa8c884c555aa4, 0x8b49c02dc019b9b8
	.quad 0x7e61f2e531551fd7, 0x7ff0674a9cf34bc5
	.quad 0xc00a000000000000, 0x402ee4c6003df0a9
	.quad 0xfff7f90c6486a7ce, 0x8000000000000000
	.quad 0x87085c13f1939dc4, 0x8000000000000000
	.quad 0xb92d0000bc293281, 0xff8000003f33a66b
	.quad 0x4bef3969f9febe23, 0x2dd08143bdbefff7
	.quad 0x80ffffff0b70c556, 0xbffffffeffedd6c2
	.quad 0xbea128f6f50dbbae, 0x3eef000000000000
	.quad 0x402d2360f46f2f49, 0x7f8000008027e3be
	.quad 0xe0079795415c3c01, 0xff174c7188848200
	.quad 0x4651003bcffffffe, 0xd0a334ba081af10c
	.quad 0xb93c000040600000, 0xc090000000000000
	.quad 0x7ff623020b345b9d, 0x9d34dc0de3deadeb
	.quad 0x7ff8000000000000, 0x879423046f0a504c
	.quad 0x8005cf1842ea658b, 0x36600000c0daa083
	.quad 0x4008672c6b570255, 0x83cde8fddf290266
	.quad 0x95b305d16fefdaf0, 0x8000000079919966
	.quad 0xbe62031a80101bd8, 0x4fcec431fd7f4b75
seed60:
	.quad 0x00000000000000a1
	.quad 0x77995c207ad3154e
	.quad 0x00000000000000fc
	.quad 0xfffffffffffffff5
	.quad 0xe5bbe8d01cde5820
	.quad 0x000000006271bc7e
	.quad 0x254c577c99afe7c1
	.quad 0x0000000000000000
	.quad 0x103537dfab61170a
	.quad 0x68599fc3e06b32d6
	.quad 0x03ae359a3071af09
	.quad 0x77be733bd8e23bb5
	.quad 0x0000000080000000
	.quad 0x23a1c44ae4367ee1
	.quad 0xfffffffffaec92bf
	.quad 0x00000000000003e2
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x42e2f83cbd019598, 0x4d98a826209531ae
	.quad 0xb2dc419891fd54af, 0x48a900001001f4f2
	.quad 0x002fffffffffffff, 0x034dd59f1868d76b
	.quad 0x9dfb52debff5fefa, 0xbf78c1c6243abe75
	.quad 0x8143302c4145df90, 0xbfaf00169c5c8bd5
	.quad 0x0edf44624afefdeb, 0x129b21c998c50a03
	.quad 0x0d6baea3a798fcaf, 0x000000001494f5b0
	.quad 0x97f028a7ebffd858, 0x2d0c54761e6d8b4e
	.quad 0xbfc31b143e4182bf, 0xa81592ef8c4fe200
	.quad 0xff8000007f81bce9, 0x272669c211b977e7
	.quad 0x433ffffffffffffe, 0x0000000000000000
	.quad 0xff800000411a0000, 0x0000000000000000
	.quad 0xff9602af9c9d6c79, 0x7fd0000000000000
	.quad 0x7fd0495ed47d057f, 0x0000000000000001
	.quad 0x59fffffefead63fb, 0x51cb11a17fc12cb6
	.quad 0x0ba3e9d2cefc1635, 0x7fc00000761c7fe2
	.quad 0x0992b0750faefd99, 0xfe5d75b8ae4e1c03
	.quad 0x02371ce8ffc00000, 0x1c3be967eba7f400
	.quad 0x808cd675c735b0cd, 0xc3ffffffffffffff
	.quad 0x0000000000000000, 0x93fcbc6c1048e1cd
	.quad 0x89141ea87924e432, 0xbfc2f087fa28b48a
	.quad 0x7b9811dec31b1a23, 0xc066717fa84c5ef0
	.quad 0xafbe7a4396de78b1, 0xbffb86dda4452bd5
	.quad 0xe0d063cdff99c680, 0xd17de5e1bf420000
	.quad 0x3fb90f0331c65eaa, 0x0000000000000000
	.quad 0x0cc4f04aff800000, 0xc05c1077003c0410
	.quad 0xb4ce2b693e9d98b2, 0x7e35c4410575249e
	.quad 0xbfc0400000000000, 0x8bd549d1cda5fe00
	.quad 0x0000000000000000, 0x7bd663e23d8ec826
	.quad 0xec6aa6014f2b877a, 0xff8000007fde6676
	.quad 0x7f90225ab9c00000, 0x002fffffffffffff
	.quad 0xc239be57bc1d0000, 0x800d92c9bdd72676
seed61:
	.quad 0x22505dee28f3ffcb
	.quad 0x0000000000000001
	.quad 0x0000000000000024
	.quad 0xfe58859851798450
	.quad 0x0000000000000000
	.quad 0x00000000000002a6
	.quad 0x7fffffffffffffff
	.quad 0x35f1759b75718aee
	.quad 0x00000000000000ba
	.quad 0x2b4d6925e9fb96e6
	.quad 0x0f29ffb356cf80aa
	.quad 0x0000000000000257
	.quad 0x000000013d54a310
	.quad 0x000000000000016d
	.quad 0x43a8a382ac9ec645
	.quad 0xffffffff80000000
	.quad 0x03400000
	.quad 0x80000000
	.quad 0x3ff8000000000000, 0xa6f95902fcff9fc3
	.quad 0xff8000007f9d0b81, 0x4019800000000000
	.quad 0xb96880008043c52d, 0x40364c703d1030c2
	.quad 0xc01f800000000000, 0x4022000000000000
	.quad 0x02ad9fef26078151, 0xfffe198d80000000
	.quad 0x29944f4fffe97eef, 0xedcc8c4438c85020
	.quad 0x401a000000000000, 0x8000000000000000
	.quad 0x6dcb22d440a4ecff, 0x7ffd17ed64b1048d
	.quad 0x6e3bd7f5de9694e6, 0x0143cacc73599f19
	.quad 0xe291612537380000, 0xaeff33a9df0200a8
	.quad 0x7fe0000000000000, 0xab932179bf62f9d7
	.quad 0xee05882000ffffff, 0xfffcaa655d7d7ba7
	.quad 0x5060bd77fffeb3ef, 0xefc1d8067ff39c9d
	.quad 0x41f0000000000000, 0x67569feb83f2d227
	.quad 0x49504e1c91a17b3f, 0x048fcb661bae32b2
	.quad 0x751dab08c454d696, 0x8ec2d49f99fbf66f
	.quad 0x4000000042a40000, 0xc000000000000001
	.quad 0x5a00000142309ad2, 0x0e26b6dceae12df3
	.quad 0xbffffffe7f92f76a, 0x3f34000000000000
	.quad 0x5ac17892f7da3176, 0x6461be53d39d769e
	.quad 0xb6114b9c743d7c00, 0x5ed27e1d460c0000
	.quad 0x120106514965a966, 0x75ea4ef13d100000
	.quad 0x3e6fb2a66d327286, 0x7ffdec9b77904cb3
	.quad 0xdfec66138068fda1, 0xfff0000000000000
	.quad 0x5c7ac432fe5f7f02, 0x7ff0000000000000
	.quad 0x834e1fe94be7cfc8, 0xbffffffffffffffe
	.quad 0x7ff0000000000000, 0x7b7a10d100000000
	.quad 0x7f9690b6ffc00000, 0x1ed0de57ebb1858f
	.quad 0x55fcaebdfffdfe72, 0xec5db6f677f6e7f6
	.quad 0x40e20da9ee1f7fb5, 0xff80000002de6c30
	.quad 0x8000a853488d6700, 0x40e00000c3508ec0
	.quad 0x80050bd0eb5e0935, 0x37fa000041200000
seed62:
	.quad 0x95cf51e793ccec45
	.quad 0x37dd169a37226c6d
	.quad 0x0000000000000280
	.quad 0xcba2c9c0cbb1f63b
	.quad 0xffffffffff4ca784
	.quad 0xc309ed3ea4ef7243
	.quad 0xfffffffdb234773d
	.quad 0xfffffffff3ee70c9
	.quad 0xffffffffffcc0342
	.quad 0x0000000000000283
	.quad 0xfe7c5ac9957f9e7e
	.quad 0x206660a327ec91ed
	.quad 0x00000000000003c3
	.quad 0xffffffffffffff89
	.quad 0x000000000000015d
	.quad 0x13236cdeb344eb8c
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x992d2e1e3a857be0, 0x2034aca4bbef9b7e
	.quad 0xf6db8a883e8524c3, 0xbace586df5d94c2c
	.quad 0xffbbebba0072e581, 0xc06a54617872aafc
	.quad 0x936a471e2b8bfeaf, 0xb0cf7fafb7c7ecfa
	.quad 0x3fac6f42b3d8838c, 0xaf560e61fde42a7f
	.quad 0xc0072f26051c9192, 0x000f81cbdbd427f6
	.quad 0xf350a82ac19976d8, 0xc0893a8cbef0b741
	.quad 0xfff8000000000000, 0x7fcc82a537b00000
	.quad 0x3f30000000000000, 0x4016000000000000
	.quad 0x506efbad9d82fb52, 0xbee8800000000000
	.quad 0x7ff4c4aee471ca6c, 0x00061841ffc00000
	.quad 0x38fc74a6a47a8047, 0xf531c1f5eb93fc6e
	.quad 0x2682a6414ff779e8, 0xfb7ff39d7f800000
	.quad 0x8191f4d454de0051, 0xfff0000000000000
	.quad 0x742ecdd657633a51, 0x407fffff410c0000
	.quad 0xec1c2bc151ddfd1b, 0x42f1366aff755e48
	.quad 0x7537708bff7d7fec, 0x407677a6f7d0396c
	.quad 0xbf76ad15f045ae36, 0xfff0000000000000
	.quad 0xffc00000c78c0ca1, 0xfff19050d7ceda38
	.quad 0x001489603bde9e51, 0x0e85630c8015143f
	.quad 0x3ebc1f0900000000, 0x746b9d26d9797fbf
	.quad 0xab8e156874bb557b, 0xc64200008165cc02
	.quad 0x14a024300d5570ab, 0x8452b360cf7e75b4
	.quad 0x4017000000000000, 0x1615d491004e7a70
	.quad 0x3fc7a2e63f7a75da, 0x7f80000023f9f7bb
	.quad 0x410400007f9d1709, 0x43f0000000000000
	.quad 0x4100000000000001, 0x401eee79102451d0
	.quad 0x80f36aa100000000, 0x3baa08c04320efe6
	.quad 0x12846d9b29dd63e3, 0x5dd5c0a0d73f7f4d
	.quad 0xc014000000000000, 0x7d1af1d9da688200
	.quad 0x80005733270246b6, 0xc7800000814fe65e
	.quad 0xc0d400007fe1ce61, 0x55d03eaa656bfbff
seed63:
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x48fd9baab7ee3cf9
	.quad 0x0000de943fd2ac70
	.quad 0xca7f5c35efd37394
	.quad 0x00000001ffb986de
	.quad 0xc6f6cd92aeca8337
	.quad 0xfffffffffffffdb2
	.quad 0xfe46b1dd138062a0
	.quad 0x0000000000000062
	.quad 0xffff2622864b11dc
	.quad 0x7ab3b45f93d0bc40
	.quad 0x89f71740f541c6ca
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x00000000000000df
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xff800000dfffffff, 0x0000000000000000
	.quad 0x2389577295fba5bd, 0xca7f479fd4687c00
	.quad 0x2aebb17aedf2afbf, 0x80302bd2c0100000
	.quad 0xe7291e24a3fe4774, 0x0069e881ffffcbc7
	.quad 0x7fe754c3e05c222b, 0xba92e05d59a77896
	.quad 0x801fffffffffffff, 0x7f7386550f65bd7f
	.quad 0xe08338a45a6891f2, 0x032464559d450001
	.quad 0x40b0000073265a07, 0x3c88942480000001
	.quad 0xc0211ab4ff800000, 0xf2cc699b27427c00
	.quad 0x8627c3d2fff1baff, 0x2ed91c0effe9fb5d
	.quad 0x8383fc2436a484e0, 0x7ff67a3e38f6fcdb
	.quad 0x7ff8000000000000, 0xc1a600008e547b1f
	.quad 0x4074b2c1754f8bd6, 0xbef697eeff800000
	.quad 0xcf297d29807a4235, 0x80068763f6fbc586
	.quad 0xff5ad62cc6ee767f, 0x0000000000000000
	.quad 0x00b06e463dd00000, 0xfeafee4eb846bed5
	.quad 0xc57c133932b753b5, 0xc2c3f7c33eade037
	.quad 0x303537be2b36c3d0, 0x449aee09c91b06e8
	.quad 0x3fb9000000000000, 0x40ecb4dff51e03e0
	.quad 0x7ff00a27814a8905, 0xc1c38cccd9fffffe
	.quad 0x800ca1979da6077e, 0xc25c702bfa7815a1
	.quad 0x896059e8ffd4676a, 0x7fd0f1d97f000000
	.quad 0xa31abdfa6f5e05e6, 0x7ff8000000000000
	.quad 0x383a81236c7fb229, 0x2cb187f39ec497be
	.quad 0x142495c9ff85427c, 0xb4203a3a7fbfff4f
	.quad 0x0c9753fffff7f7e7, 0xdd92cb2cffff4e18
	.quad 0xe788a69f9d8f81db, 0x4baa3f5d96a1ab66
	.quad 0xeb1c67db79188650, 0x22353483dda1fc00
	.quad 0x4f37e623951d8428, 0xb19c30f7cb9ed3fc
	.quad 0x4093f24dff800000, 0xc3c042d97f800000
	.quad 0x11358462b2cc6766, 0x7396e13a590f02e8
	.quad 0xfba56d62ffdd225d, 0x7ff2969056b36d38
