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
	.inst 0x4e6df4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e65c4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e684832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e284933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e318a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f12b575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc110b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e690108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0a5439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc3993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f29353b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67793d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fc3983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f8df
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
	.inst 0x7e616930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f61b131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e42b9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2bd554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3039b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21cab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2400e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2ccc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38028b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2fedbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee2c51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2d3d5f
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
	.inst 0x0ea1b8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21b811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e029032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f3189d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e0a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1d816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e616877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e0335d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f340199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb7d5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42a09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeed5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f74147e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202158
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
	.inst 0x1e644050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e65fc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c0912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fa49993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0c874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e65d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f498c56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0c9118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f8e9839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c701b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6189fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f42355d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4d8d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3801cf
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
	.inst 0x9e6800c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f12c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea19a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e212230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30fa56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea9c517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6188b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61daba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea4ccfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e378a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea199fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25006f
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
	.inst 0x1e282950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58c5e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e712a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea18a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e432014
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
	.inst 0x1e6a8507
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f41d437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0c8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e612170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1a97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19e48b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6cf4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e75b7b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e2ce53f
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
	.inst 0x4fc65970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e300123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1ed95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21c836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e343837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f648818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7101e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22fcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa0587b
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
	.inst 0x7ea1b83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62439f
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
	.inst 0x1f0798d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f058133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0a9a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b18f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f033c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61da79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2169fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e214a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c691c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee9d65d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2aedbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2defdf
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
	.inst 0x1e264190
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
	.inst 0x6e65c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f293093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eedcd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2441d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1da57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e67f538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f46bc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1a95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3101cf
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
	.inst 0x7eb0c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef1f632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea19934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e73bdf5
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
	.inst 0x1e2ab017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef6c638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e616859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e65ed3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30395c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd8515d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d4555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62019f
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
	.inst 0x1e290020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d8b1
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
	.inst 0x9e650183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2a19b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fa01a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e666590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e5816ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69aedd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f8ff
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
	.inst 0x1e6a69b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f5005b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e252160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e694e53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e31d674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fc29235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f53e698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6101c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e212310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc0515b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f76e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6401ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f42543e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6538bf
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
	.inst 0x6e30c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2538f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e667a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e616a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f61e674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea18a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e702120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280e17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e697a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea8edb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eaed5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f8490fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f2afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62295e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21aabf
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
	.inst 0x6ee1d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e217a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e607454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f8f99b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c1d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f845915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee18858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcc583a
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
	.inst 0x7e21bafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e2a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6bfd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2fc56e
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
	.inst 0x1e02ddf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6e95d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0e852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f03c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2658d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4c9216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e20fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2200fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6a943c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7100cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c29f
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
	.inst 0x4e63f4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eadfd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e280102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0fba53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee7e636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e637917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e67ed38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6640d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f87103a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6d15fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f8191fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e64dcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f28111e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e43a51f
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
	.inst 0x7e30c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f43c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f03c534
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
	.inst 0x0eacc416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e300287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e63fe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f5de71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02d5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29e737
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e18766f
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
	.inst 0x1e390140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1d933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e30ecb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e723ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fb41098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e661a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea2eefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e28e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f35c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2200bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3a09be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eaaf5bf
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
	.inst 0x4ee1d9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f061411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4628b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e292873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e73e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f27fd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e690287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ca178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e633999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f47b81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21e526
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21b99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2cb53f
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
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f044031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea5f4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f500893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0c874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2141f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e219465
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8159d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63cc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02917a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e30034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ef3c43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29185e
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
	.inst 0x1e390000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1aa11
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
	.inst 0x1e2d1a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e613914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6188b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e615420
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e257cb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e03f138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb5e5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6401eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e262476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2fa3993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eade59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29016f
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
	.inst 0x1e227950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e67fd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d1972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f10a413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1fe36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e428017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f253198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e431919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eaad69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6018bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21087d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc2987e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61ca5f
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
	.inst 0x2e21b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f26e511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b6d12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f869973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7800c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f64c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f29e556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e595967
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7001a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0832fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00519c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68d467
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e711b5f
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
	.inst 0x4ee0d9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e264212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cddd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e690004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1a935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcd1a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2619b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21a9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e72d45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1aa7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1a87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f5ae59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeee5df
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
	.inst 0x4eedd5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a045f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c0b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e218913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e654194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fcf9056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3f5017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f08d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0e819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59212a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30f95b
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
	.inst 0x4e63dcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70c9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6aedff
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
	.inst 0x2e21fcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2328f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e704972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee2c513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e27c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e650286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2074d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e70d638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30c9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f3efc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fae909e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28d558
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
	.inst 0x1e292100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0d931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e63c4d2
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
	.inst 0x2ea0ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6169d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2179f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eaded57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f869a38
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
	.inst 0x4ea1987a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18d02b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59d8ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61ba7f
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
	.inst 0x1f09b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61bc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e70de12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee3d655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e62e4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e216938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f031e39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d099c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee240fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3902ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61683f
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
	.inst 0x2f26fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f65fd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58ec63
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0fa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f8a9a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e243016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e73e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e33e6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f61cefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67385b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f51fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2285a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0d89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f018d3f
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
	.inst 0x1f618dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f7dfe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f65c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6abd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee0ee35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2429d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610068
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
	.inst 0x0e20f51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea0e8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea5e5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2439d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64099f
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
	.inst 0x1e6520b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2140d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e618a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e702100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e6ae434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e618995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2641f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea0c897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e217ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6400c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f35c29a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6542db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2400ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6128bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66435e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4ddddf
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
	.inst 0x9e58e800
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e20d4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e038d34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc79996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6029b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3a1018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e5999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2509ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e201b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f5ae63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f62e41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2000ef
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
	.inst 0x4e6ad470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e6fddd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d58d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f949115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e342ab6
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
	.inst 0x1e220098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6442d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f75e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1881b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0e97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73701e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6200bf
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
	.inst 0x6f70e430
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
	.inst 0x1ee2c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65ec33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c8a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19dca5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d0957
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
	.inst 0x5ea1fa19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d385a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f39fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e78c55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602148
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
	.inst 0x1e188560
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f35c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f5be617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a4a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1a859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e60f45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65797c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e2dd49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f3fe51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21020f
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
	.inst 0x5f33e4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc29111
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
	.inst 0x6ee1aa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3801a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e66e580
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59c287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6740b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a3959
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
	.inst 0x7e70f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fcd51fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e4648
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
	.inst 0x1e69014f
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
	.inst 0x7e20ecd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e64fc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f7efd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1d854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61b9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea7d496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f44fc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e212160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fa31159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f50e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c2db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27093d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f000d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61683f
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
	.inst 0x1f451130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb010f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2afc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea199d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fcc9174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c19d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c0a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e33544c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e26d019
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
	.inst 0x1f6ab57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03e0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39008f
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
	.inst 0x7e616950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eefd411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c54ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2ae493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2200f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e6169f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3589d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0fa77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2ffdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f40985b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e661a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f72baff
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
	.inst 0x1e263c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1b891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f8e99b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61a813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61d015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e616876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22756e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea7c698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f48e41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee4e41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f27fd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39295d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f22387f
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
	.inst 0x1e6108b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0e952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1cdb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e352976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b0857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e029dd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f27e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0da1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30ca3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f3cfd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d18fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1ba5f
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
	.inst 0x5fc21810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2aa991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f209832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f65c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e026db4
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
	.inst 0x6fc69056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f600e77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6159f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2769fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e634dbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e293b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0382ff
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
	.inst 0x1e644050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2cf429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e29e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f508553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e390204
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
	.inst 0x1e330956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c6a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61a918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b0d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2678fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58e1ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f013ede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2948ff
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
	.inst 0x9e640060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd098b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4cb092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2709b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e027016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e218917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2ece18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e386919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e30002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f21a5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6fbd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea3d5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62011f
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
	.inst 0x9e220030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2fe4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59e462
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f249993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2179d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e71ee75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e72ecd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e700009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3000ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e26e45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62017f
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
	.inst 0x1e214070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e27dc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea8f432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f885833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea7c414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2501e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1d8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee19878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21cb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19842d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1b83f
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
	.inst 0x1e67c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f8599d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e302220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21b8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6639b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e262936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e285977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e20fcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee18a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f67e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21981e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7903af
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
	.inst 0x1f443130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e216892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4648b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43b555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2c9556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f619ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e282818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7001e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2002ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa21a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2bad3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6200de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61c95f
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
	.inst 0x6ea0c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea5d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f694052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e584d84
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6bed35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6220b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b18b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e347a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23b019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21d93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e28dd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7efae4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22799e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc450ff
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
	.inst 0x1e261970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fad5211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6441d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24cc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e648a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2819d5
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
	.inst 0x1e6528d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f60c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e653959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6ddc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b095b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f160cfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f7dfcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a1a3f
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
	.inst 0x6e6afd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6ee471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e67cd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f33fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e216937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fa051d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0e357a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1b9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eacfc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2468ff
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
	.inst 0x0e21cd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea4d492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6208d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2101a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef1ed75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e2188d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e1882c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2900c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e214319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee18a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f452d5c
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
	.inst 0x6ea1c51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6020b8
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
	.inst 0x1e6f89b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f509a32
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
	.inst 0x9e58f544
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f262195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e71d4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20b5a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2e0138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e62f459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7900ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42a9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2ec55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0e83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7039df
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
	.inst 0x1f671450
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
	.inst 0x1e235872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f921233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e317a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e72b015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e684e36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d79f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f3cfd98
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
	.inst 0x4ee9fc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd510fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ff5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e428dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea6c5df
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
	.inst 0x7eb0c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f703931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59c9c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f2ffc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcb11d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f62fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a89b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e700168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6641d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f347a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e22e5db
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
	.inst 0x6f5dfcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f25155e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29012f
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
	.inst 0x1f020050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2e2411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fce10b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f40e4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d38b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43f576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2152d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f228cf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23019a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2addfc
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
	.inst 0x1e7821b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22005f
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
	.inst 0x6eeee4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2e5516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee0c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c9d8
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
	.inst 0x1e6200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e64fc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e617a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61a87f
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
	.inst 0x1e6a6970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e64d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e19f983
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c214
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
	.inst 0x9e780186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c877
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
	.inst 0x1f218f19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7900aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f7dfc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7001ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e64dc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e23001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3001ef
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
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6cb4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e290202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f5014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea7c595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e258896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e261997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f4cfdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0f939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e39c4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e4255fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea19adf
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
	.inst 0x1e310160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa79a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f49fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e214073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f01a654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb3edf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e70e59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e616a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e626858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6edc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fcc985a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f91993c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1d57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c39e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c1bf
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
	.inst 0x7ea9e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee19831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e618952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e213953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e31044c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f740595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e25d556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f341837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61dab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea0c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef8cd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61d93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6500cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1a9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c01f
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
	.inst 0x1f651850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e29d011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea7ccd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e664074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e42a175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e341916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e331454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fcd1299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61b93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42d03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f60b57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e272afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3d089f
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
	.inst 0x5ea0d890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b64e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a2972
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
	.inst 0x9e2101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e367015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f268eb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f41e617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eabf518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7c5019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e184daa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6809bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2001ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61c9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f3ac8df
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
	.inst 0x6ee9ec10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e642060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e214132
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
	.inst 0x9e03b4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f8499f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e188cc8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19d4e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6179dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ff55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeeed3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc7527f
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
	.quad 0x5bb63640fa530292
	.quad 0xffa55660136bd0dc
	.quad 0xffffffffffffff4a
	.quad 0x0000000000000000
	.quad 0x00000000000001b1
	.quad 0x000000000000008c
	.quad 0x3cf77922b4ee5601
	.quad 0xc34bb7a1c3d45e43
	.quad 0x0000000080000000
	.quad 0x801c9a4b7fe2d823
	.quad 0xc5e94b3d269fe788
	.quad 0xa2f3b95b9fbcb2f5
	.quad 0x0000dc74d37ec3c2
	.quad 0x2a5349574f415f2c
	.quad 0xff7e6206cadf8ec3
	.quad 0x000001e0a78d6085
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xff82f9cc9bd0428b, 0x803e553a75ebc512
	.quad 0x406c78d286a16016, 0x0000000000000000
	.quad 0x7f800000435ceb61, 0xbb95b5d4db85de75
	.quad 0x807fffffad6155ce, 0xbbb0b53792cc2ad8
	.quad 0xc02c000000000000, 0x1338fd90affd8ec3
	.quad 0x405398507dcd045b, 0xbdc00000c16a9115
	.quad 0x7fe0000000000000, 0x12ff45f39e365a23
	.quad 0xbffc000000000000, 0x63b8696a804fa918
	.quad 0xbfff85fcca811603, 0x41fa18cbc9d00000
	.quad 0x53fe298b0a92983b, 0x3f800000c1100000
	.quad 0x7fc8e6dbfd22cd9a, 0xc20bcc8f8ea3e73b
	.quad 0x27459e1dfad997e7, 0x06c33457465bd4e7
	.quad 0xfff2f85b2f983b34, 0x0711493cfffffffe
	.quad 0x3f5f70b17ed5f4a9, 0x51f0cd467fff3db6
	.quad 0x147d28e3bff3effe, 0x80ffffff663dfec0
	.quad 0xe25c55ea7ff6d97d, 0x8c10e2df7f800000
	.quad 0xa7cf9c8e40200000, 0x7f800000ffc00000
	.quad 0xdf177c343dc17e00, 0xb94700006d165c3f
	.quad 0x00000000dff7e1d4, 0x983bd534c6317548
	.quad 0x00c26a793c07c492, 0xfd3425b517e678ce
	.quad 0x7c6f2105724a973b, 0x017fffffc2df9557
	.quad 0x80ea23d38b8cd721, 0xffe0000000000000
	.quad 0x82f64fbe69564d10, 0xfff1733bc1440be9
	.quad 0xc2ec0d1da11f6ac0, 0x00000000aae886e0
	.quad 0x7ff0000000000000, 0x169a47bcfddbfffd
	.quad 0xdf5fad2c4e2dfadf, 0x002f35a1d20fab82
	.quad 0xbee0800000000000, 0xfff50e7d958ac4f2
	.quad 0xffeb240c193465a9, 0x7e0d865643917400
	.quad 0xc0d9000000000000, 0xc03642613bd605c0
	.quad 0x39966e0c0d2c0000, 0x14935c8840f80000
	.quad 0xf2878d7afface151, 0x000fffffffffffff
	.quad 0xd49dd693cefd0069, 0x5013cb8fe2e63745
seed1:
	.quad 0xd0323bfc7586694e
	.quad 0xfffffffffffe87bd
	.quad 0xfffffffff832ce1c
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe06
	.quad 0x000000000000025f
	.quad 0x8000000000000000
	.quad 0x00000000000000c5
	.quad 0x00000000000001a5
	.quad 0xa5633cc812db0c3c
	.quad 0x108d5456363dbdb6
	.quad 0x00000000000000d8
	.quad 0xfffffffffffffd75
	.quad 0xb85245978a79c351
	.quad 0xa7dced90848b11a8
	.quad 0xfffffffffffffed2
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xeb7d083bffdfffff, 0x83d80aa3ffe7d940
	.quad 0x3fc0000000000000, 0x15da984a0345e3b8
	.quad 0x394cf4eee91622cd, 0xc023000000000000
	.quad 0xd429fbbfa81c0175, 0x801fffffffffffff
	.quad 0x80689d5ac0300000, 0xfb5b33fc0440a9ef
	.quad 0xbfe5e04d5f85f511, 0x6539448673126329
	.quad 0x7ffed3692e53d601, 0xc080000080bea085
	.quad 0x59a688d942cfa2cb, 0x52e561dad5ffffff
	.quad 0xfe3b2b0512d63f3a, 0xbbdd77683bab5fa5
	.quad 0x7ff0000000000000, 0xfc691337ffd87ae0
	.quad 0x7dd5e24a29972643, 0xc0694c36ed08b2c4
	.quad 0x401008c555369082, 0xbd3467dbc0400000
	.quad 0x001ab1a0cfffeac3, 0x89f483dfff7fffff
	.quad 0x0019a3dbb7a6e9a3, 0x006fe3bfc25320bd
	.quad 0x0cbccb12e3fac1f5, 0xfff8000000000000
	.quad 0xf7ee17637fd8bf7c, 0xbe9b0c7800400000
	.quad 0x4cb0533312677b38, 0xf07cb0a1612f9adc
	.quad 0x7fdf05526938523d, 0x5c85f95dfeffa2a6
	.quad 0x00830f9aa06bb1a4, 0x8010000000000000
	.quad 0x87230fa55b850560, 0xa683445ca5b81a65
	.quad 0x2cb7826f01307a08, 0xbe5b385b40ac0000
	.quad 0x883862daf45e7e00, 0xfe9b9f0e0042dd6e
	.quad 0xd280f889ebf7fff7, 0xc0b80000407dee8b
	.quad 0x19c631baba604600, 0x8169d00bbef3be1a
	.quad 0xffa067c1bf4423dc, 0x6c25861cd977a1ed
	.quad 0xfff19f573d42928f, 0xc3db1dfa00000001
	.quad 0xb47107959b940500, 0x7ff0000000000000
	.quad 0xc039ac50bec8bf76, 0xf60121eeeab80918
	.quad 0xbfee000000000000, 0xfff2fd07807fffff
	.quad 0xfde9518cfbfee33d, 0x513b84ed72f939b3
	.quad 0xed2ecde70d760ccd, 0x755255eddd37e604
	.quad 0x75b98a79b9bffd2d, 0x8000000000000000
seed2:
	.quad 0xd0e865d0319fe925
	.quad 0x95e646083ec4bae4
	.quad 0x0000000000000378
	.quad 0xffffffffffc18431
	.quad 0x00000000000003b5
	.quad 0x000009f1414f17e4
	.quad 0x0000000000000000
	.quad 0x4b6e14dfc491c653
	.quad 0xd944eeb68b99898f
	.quad 0xffffffffffffffff
	.quad 0x000000028f377231
	.quad 0x08a55d57888d8eda
	.quad 0xbf4cf7a55be4365b
	.quad 0x96565cad457f7a8a
	.quad 0x215fa6ad2ee41022
	.quad 0x0000000000000061
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x8000000000000001, 0xc1ff00009a6404d4
	.quad 0xc0800000c2425cde, 0x659b0ab971ffff16
	.quad 0x7f883ba56f04d5f2, 0xbff23328888c64ea
	.quad 0x8b169c1cff800000, 0xee78da2cbe594554
	.quad 0x5d835ec151eb7efd, 0xc01d000000000000
	.quad 0xef036881d3e7fd40, 0xdf4a54544197df85
	.quad 0x80000000ffc00000, 0x116e476293f77e00
	.quad 0xbf9a7f00e7b4fd45, 0xbf8c17e3fbebed89
	.quad 0x7daa5d3da5f0ddbf, 0x9b0838576dcdaa3d
	.quad 0xdf7ffffe7f7fffff, 0x5a61da17aab9a5e1
	.quad 0x7ff0000000000000, 0x800541d708b137b1
	.quad 0xe520d530826083a6, 0xc0530e8a00c92129
	.quad 0x0560fcc6d7a57c00, 0xff800000ff800000
	.quad 0xfff0000000000000, 0x675e1454db4d7c00
	.quad 0x3f93d23ec2b21e12, 0x5343f96074747c00
	.quad 0x9e09c61646647c23, 0x0b7eb7fd3f8147c9
	.quad 0x7eb417a631a1ed85, 0xc00f000000000000
	.quad 0xbfc80a7a456193b2, 0x23df099f78930bff
	.quad 0xc2d1e27320f0c480, 0x615da328f3a63a31
	.quad 0x47c00000ff8b6e8d, 0xad8658c57fa3af05
	.quad 0x4042306ef4c73173, 0x40e000003cef0000
	.quad 0xb9400000c56914c3, 0xbc800000bc58358e
	.quad 0x0000000000000000, 0x919553738eeb1eac
	.quad 0x41f39468c097c91a, 0x474000007f800000
	.quad 0x4e0906639fddfffe, 0x00f4fda0ffb30e08
	.quad 0x40074cc9ce839a23, 0x840b7b7a821b3491
	.quad 0xc0d400007fc00000, 0xe3a79a01710b9cd2
	.quad 0x3fe607b22f393023, 0xc3621f6e7fcf7bb5
	.quad 0xa4eb18227bef9fb6, 0xc023000000000000
	.quad 0xfffbdd9496397759, 0xadcefd910c4ca9ee
	.quad 0x3eb8000000000000, 0x7ec024e53df0e845
	.quad 0x704a604c141386e2, 0x0000000000000000
seed3:
	.quad 0x32a62363f38cd97c
	.quad 0xfffffffffffffebc
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0xa6222a998d49fbcf
	.quad 0x0000000000000027
	.quad 0xfffffffffffd469a
	.quad 0x68f21b188f04e8d0
	.quad 0x444e3273aed8dede
	.quad 0x00003bbdc8657912
	.quad 0x417add5b3876f0d1
	.quad 0x8000000000000000
	.quad 0xffffd10b6477cf85
	.quad 0xf882cd48e9ab1451
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x004b8217ff800000, 0xd2aed047ff73600f
	.quad 0x3f1a418e00000000, 0x9aebc7224a7a0000
	.quad 0x07d37968fe617ce6, 0x3d8000003f800000
	.quad 0xc1148d95dfdc28ac, 0x807ab95a00224dfc
	.quad 0x7f800000800b0870, 0x36376fa717bccbd9
	.quad 0xc1120000b7c00000, 0x42e61fa83d4170bd
	.quad 0x00000000c68a0000, 0xbc4e80006b51f01f
	.quad 0x801fffffffffffff, 0x0b5289af9cc7db76
	.quad 0xff499999a42540ef, 0xee717fe8fe57bbff
	.quad 0x217b0ebd5323b6d0, 0xa461afbebebea23c
	.quad 0x8d374e53b77ff73d, 0xc1fea3e529b75254
	.quad 0xfe4e3353d5a2f46e, 0x03f275707bfffffe
	.quad 0x3ab3ab2b47e3c580, 0xda00000040df1e55
	.quad 0x002a2946e7096c59, 0xffd857ae5372b71c
	.quad 0x4579ea19df378000, 0x66d5e60acffaadc6
	.quad 0xdf800001f155c56f, 0x02e280bba854c4fe
	.quad 0x88385aabe35e7c00, 0xffe0000000000000
	.quad 0xe930230bf2ca1b10, 0x3ff8000000000000
	.quad 0x000a93d092ffa54d, 0x4108000084721e62
	.quad 0xff800000bd86163f, 0xfff0000000000000
	.quad 0x7fbaa75fc1600000, 0xcded0ae93faefdff
	.quad 0x01a0ef0fa7eab800, 0x0000000000000000
	.quad 0x560807a308eafe00, 0xb02eff957037806c
	.quad 0x800000008b119def, 0xbeae000049708000
	.quad 0x16f2ed06289ae36d, 0x0be820422b18a3c4
	.quad 0x8000000000000000, 0x7ff7eb641182d834
	.quad 0xfff2d21344979cfd, 0x5b8b36fc72173908
	.quad 0xc305f58d980dd292, 0x30f55d9658b06301
	.quad 0x258246de61a48c1b, 0xfff2b116506d95b6
	.quad 0xe0f6bed0401e4aee, 0x41e47a8d418f3e9f
	.quad 0xfff0000000000000, 0x77862a9dff8cfc00
	.quad 0x0398bb9a254bfbe0, 0x7e672b6fab4409b1
seed4:
	.quad 0x6c2f54958eaf8f45
	.quad 0x4c6ec4b52c67e2f8
	.quad 0xfffffffffffffd50
	.quad 0xeec551d572d8eaba
	.quad 0xfffff9033b186679
	.quad 0x14ebbd01609007ee
	.quad 0x351acfb1866dafba
	.quad 0x0000000000004577
	.quad 0x028d9ef633884b84
	.quad 0x0000000080000000
	.quad 0x0401f0ca33c97782
	.quad 0x0000007ed52366b6
	.quad 0x11437e639697e9e8
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xffffffffffeb6e57
	.quad 0x04000000
	.quad 0x40000000
	.quad 0x48f18c8bbd04966e, 0xbc496d9af318ea26
	.quad 0xdfffffffbffdc033, 0x0042d52b81000000
	.quad 0x5a504201008e9124, 0xfdec6875f3b4c6bc
	.quad 0x8247444ef26895f7, 0xc0b2b1c53e0a602b
	.quad 0x015723031388c68f, 0x80000000df89ed33
	.quad 0x19b74fdd041e74ae, 0xef04ba37a3a34100
	.quad 0x40e80000ff07a2f8, 0xa4ecec65e0bc0530
	.quad 0x82ca6f4d050a4d7e, 0xfedb6436017b9fc8
	.quad 0xd0ffbdc1b373fd91, 0x7ff1de68ba9297eb
	.quad 0x4500000047000001, 0x3f8554a3d5014b4b
	.quad 0x255ca69cc8111e2a, 0x40a987c150c452dd
	.quad 0x4018000000000000, 0x7fd0f685a69bf29a
	.quad 0x45465c73751c6ebe, 0xfff8000000000000
	.quad 0x8000000000000000, 0xb11ec7f8db415962
	.quad 0xbf8ea14bb8f22c6e, 0xffffce4f0daba48f
	.quad 0x3f68000000000000, 0xb4de5f2abfd20200
	.quad 0x45af5e29ca265a36, 0xff800000807a7431
	.quad 0x7ff8000000000000, 0xb8d10000fe800000
	.quad 0x7fc00000bfe00000, 0x7ffe49700f95188d
	.quad 0x7c64fa70ff315d7e, 0x7f9895bc40840000
	.quad 0xbf9d139030c0ec7f, 0xd980000100000000
	.quad 0xc78475f77fd75edc, 0x26d86c0bbec9ef6c
	.quad 0x000fffffffffffff, 0x68bedfa51ca8d1fe
	.quad 0x3ccc87d83eb4070e, 0x53363864790ca00d
	.quad 0x400723b3bd3e249b, 0x02455e27ae8cb864
	.quad 0xfff8000000000000, 0x7a68a4db21b7b5a6
	.quad 0x7f25693f3fccac15, 0x1cac088874fed999
	.quad 0x8028618e1af4b1e3, 0x1dac275d43e6dd93
	.quad 0x4006000000000000, 0x50000001807ba04d
	.quad 0x9c369107d1d32766, 0x3fbbb1df916eb13e
	.quad 0xad663358d2d0c480, 0x8008000000000000
	.quad 0x7d271b437fe48e67, 0x8001273cfebe2e5f
seed5:
	.quad 0x00000000000000b1
	.quad 0xff9b02cc52a99758
	.quad 0xfffff81fdcfa4d63
	.quad 0x2f5882ab4b038d6c
	.quad 0x00000000ffffffff
	.quad 0x00000007ace821e0
	.quad 0x0000000039f0cc5b
	.quad 0x67cbf835dbc9fe99
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff58
	.quad 0x0b38372ba3fdf48e
	.quad 0x0000000080000000
	.quad 0x56c631b02687de32
	.quad 0x002034e40fda2a4c
	.quad 0xfffffffffffffdd1
	.quad 0x8da21a115bcec92f
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x000827d9fe76d642, 0x8010000000000000
	.quad 0x951c0d019e58d796, 0xb7ad18a112fe8df1
	.quad 0x41aee6b3c136c522, 0xc34501943bfe1eed
	.quad 0xbff1bb18a8d4ffe6, 0xb412b15aad3a88c7
	.quad 0x8969de12a7ea8000, 0x055ca3d0993df2af
	.quad 0x1e76458940fdfe00, 0xabdb2f6be2a6d85f
	.quad 0xbc2a461555b20382, 0x7e8021973bc00000
	.quad 0xe1341c9d99b07ffe, 0x007a5f5180000000
	.quad 0x7f800000ff800000, 0xbc1e72ba610e0000
	.quad 0x42aa87cc1d5d59c1, 0xfffeaf9bb046cb21
	.quad 0x2ccd58d24c260001, 0x82b9e87dce2ca335
	.quad 0xc75564bdfa864140, 0xff800000c3c00000
	.quad 0x18db7462ffed2aac, 0x4018dcb230162204
	.quad 0xbfa73958adaf365d, 0xffddafba14c0229a
	.quad 0x61234c4df3dbdfdf, 0xfff0000000000000
	.quad 0x0000000000000000, 0x981788dd34e3c000
	.quad 0x6bebc0d73caf22c0, 0xc4a12dc9fdbf420e
	.quad 0x346ab0fd51fad448, 0x40e36ff714cf0607
	.quad 0x2b05ab4618a57eb0, 0x000000004743eaba
	.quad 0x8138edcb90a58cd3, 0x7f800000805807be
	.quad 0x0000000180000000, 0x5c635d42e373ffff
	.quad 0x6a23210c4a6bfefe, 0x0000000000000000
	.quad 0x8008000000000000, 0x1d5c7aa2ff000000
	.quad 0x753cd8e60035e702, 0xfff1947fefa7533b
	.quad 0x032441e67ed8bffe, 0x4340000000000000
	.quad 0xbfea000000000000, 0x8000000000000001
	.quad 0xc0039d2836b173c3, 0x7ff1288840c06bfb
	.quad 0xa96bc708ffabecc6, 0xd6e3e1e2ffc9c254
	.quad 0x8014e9a13c360000, 0x40500000bdc291c7
	.quad 0xfff0000000000000, 0x800000003d1ccb56
	.quad 0x5933789ad615839c, 0x7fc68232fb321e80
	.quad 0x00aef3d26a00cfe4, 0xff80000040e72d28
seed6:
	.quad 0x000000000000024e
	.quad 0x000000007fffffff
	.quad 0x000000000000015c
	.quad 0xfffffffffffffc87
	.quad 0x00004c98cc0d425b
	.quad 0xfffffff61c15db8c
	.quad 0x00000000000000d0
	.quad 0x000000000000019c
	.quad 0x0000000000000182
	.quad 0xb1f9b98d157f5ebf
	.quad 0xffffffffffffffff
	.quad 0x0dddce0f8c855f30
	.quad 0x294482084ec8738d
	.quad 0xc3ad34549d58d12f
	.quad 0x00000000000002ef
	.quad 0xd69d0e2213b6d80f
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xab32f6a650b70000, 0x08934d5897817f4f
	.quad 0xa3a5cd45f1757be5, 0x390f3877fff67fb7
	.quad 0xd02ef7c230818c37, 0x8bffc4ecfff3ffd9
	.quad 0x20989f3ae373cbaa, 0xe7302a32ffbd7fd1
	.quad 0x2e84f20fffe97c00, 0xc006000000000000
	.quad 0xd6d0a49a60647e00, 0x4fbbd7173fed2360
	.quad 0xff9c19a33d180000, 0xdc2c6622a97ca972
	.quad 0xe49dcfd2e1b0b6ed, 0x80000000031a18e5
	.quad 0x0133dcdd477fffff, 0x5ffffffff7b33c03
	.quad 0x03422224a9dfe845, 0x98e775ddfef7f53f
	.quad 0xffff8fca0d6007fa, 0x43dde27bec3417e0
	.quad 0xed4898f2c1990f05, 0x000fffffffffffff
	.quad 0x80000000c0000000, 0xcd945cfe56ec0000
	.quad 0x8b78ea5d54ddd4be, 0xfe00d2ca6c5c374a
	.quad 0xe431f5c349034e94, 0x6b8a4dbfff3bfbb2
	.quad 0x8000000000000000, 0x7ffbbe01ac16e8f6
	.quad 0x484c82630c0847d4, 0x0023622dffb2c7f8
	.quad 0xfff26a3caa82f769, 0x7b591f331953cfdf
	.quad 0x1f25504947d37cbc, 0x0000000000000000
	.quad 0xc0900000c146e75a, 0x41140000ff8f07f6
	.quad 0x4d4537fc37691d60, 0x7ff8000000000000
	.quad 0xff9ed203034efb6c, 0x0da37f03bb849cd4
	.quad 0xa367c0fcfffffeec, 0x8ee426617f7fffff
	.quad 0x493b31fedc34de8e, 0x3e9a4e07dff17de5
	.quad 0x8000000000000000, 0xffcb92d23e14234c
	.quad 0x7fe0aae570b04b8a, 0x0000000000000000
	.quad 0x26ba7503bfebf7ff, 0x003a9ea6006d3873
	.quad 0x7ce0363c03048000, 0xc260560672986ff9
	.quad 0x3fb7ff287cbf6fa6, 0xa50929dcecf0fd30
	.quad 0x1fc0a03951c00600, 0x0301f0e1aaf3135b
	.quad 0xfff42ba125799629, 0xc1f0000000000000
	.quad 0xf45c05a180000000, 0x7f89fa33c837858d
seed7:
	.quad 0xfffffffffffffc0d
	.quad 0xfffffffffffffd27
	.quad 0x845d1923bad739d4
	.quad 0x166112d0466008f0
	.quad 0xd807374bea1f6ca4
	.quad 0xfffffaa7f6a26382
	.quad 0x000000000000afe9
	.quad 0x0000000006e5fe1c
	.quad 0xfffffffffffffe55
	.quad 0x00000000000000ef
	.quad 0x000000000000004a
	.quad 0xfffffffffffffe85
	.quad 0x00000000000003b1
	.quad 0x0000003c9a4d495d
	.quad 0xffffffff80000000
	.quad 0x0000000000000639
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x3fd6ccdaf944a584, 0x7ffd3227c3f130f4
	.quad 0xfd428b4f387c7c80, 0x8005b29b8851272b
	.quad 0xfa4c112053e7fb0b, 0xca24e5ec5fbd0000
	.quad 0xffaebed77fc00000, 0x3fddb2be0b164593
	.quad 0x800fffffffffffff, 0xd71f49f0d0be4380
	.quad 0x2b764a59b248fc00, 0x94cd3a58699bfffe
	.quad 0x37166d13a78edfbb, 0x01796409c1b52e82
	.quad 0x0000000000000000, 0xc85398f4bda87d44
	.quad 0x1ad5cc9d14e7e531, 0xf1753f7d005aae09
	.quad 0xc0d1d28c00290890, 0x272ac6a199dffdfe
	.quad 0xa85ecdada81f1ef0, 0x8010000000000000
	.quad 0xafd9927f69f18000, 0x8000000000000000
	.quad 0xc090525900ac9ec0, 0x0000000000000000
	.quad 0x7ff0000000000000, 0xd8c95389bff3e97e
	.quad 0x1faeed54ff3dc680, 0x9a26063dfb6ad14f
	.quad 0x40e80000827e4c65, 0x7fc00000ee9e8624
	.quad 0xfff558d73e400000, 0x8c36d8966e77e433
	.quad 0x42caef2ec3fbfa66, 0x4274a309c0588000
	.quad 0x05f4d850a3c38000, 0x37726db7df9cfb9c
	.quad 0x0a49066d3c72de4e, 0x7faf8e101dc11b83
	.quad 0x6e6d91c6872635c4, 0xea1462d2fd75fedf
	.quad 0xac43fda6fefefc60, 0x3e89e7d042400000
	.quad 0xab335009872557a7, 0x8ea1896e8ea35a61
	.quad 0xeabbcf4afc2c4c60, 0xb9ff105abc215075
	.quad 0xc34f2f04579706b0, 0x03e1eb6b7fd736c6
	.quad 0xbfa84c1e66090c6a, 0xbef2502a40034126
	.quad 0x019d348fccbae084, 0x0000000000000000
	.quad 0x3d8bcbdff5bb3e9b, 0x030ac4912978e4f9
	.quad 0xbf14000000000000, 0xb8dee01653faa4f5
	.quad 0x7d816d52219b0c25, 0xd6e48977fff83f05
	.quad 0xb3c9c96929237a6f, 0x80b3c35e3e73e5bc
	.quad 0xe3c4ae8e5b65ebbb, 0xb0da8273469b1fb2
seed8:
	.quad 0xc580ee9aee41fe19
	.quad 0x0000000000108aa6
	.quad 0x8000000000000000
	.quad 0xc180a5c3a2af2ee4
	.quad 0x0000000000000308
	.quad 0x0000000000000000
	.quad 0xffffffffffff73f5
	.quad 0x0000c1457fdfe077
	.quad 0x0000000080000000
	.quad 0x0000000000000001
	.quad 0xfffec9c896c1e4df
	.quad 0x0000000000000004
	.quad 0xf102ad51bec30f48
	.quad 0xffffffff80000000
	.quad 0x000000000000003f
	.quad 0xfffffffffffffe11
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0xff80000080ffffff, 0x443000003d360000
	.quad 0x00000000027cb61c, 0x81ab61afb885102b
	.quad 0xbff6000000000000, 0x800f4bc195664cb7
	.quad 0x3ee6c00000000000, 0xc03ce00000000000
	.quad 0x7f8000007f8428d7, 0x04290854ddfd1ebb
	.quad 0xfff57b5e809bb9a4, 0xc00e63aebf0d48e0
	.quad 0x7f81dbce48b9929e, 0xbbf5e823bf3131d5
	.quad 0x9dddb3b3db76bb6f, 0x95221d69cdbd0292
	.quad 0x7ff0000000000000, 0xbf400000729a6f0c
	.quad 0x755d816e8baad200, 0x40028ce29081c5fd
	.quad 0x8001c00ddb9ba36c, 0xc003193559f62dd7
	.quad 0x083832fb7fc87e00, 0xe0a296109af4be8f
	.quad 0x800fffffffffffff, 0xd8d08c4d7aa6defb
	.quad 0x7fb61724df7ffffe, 0x70a7477d0b581023
	.quad 0x4058000000000000, 0x8000000040000001
	.quad 0xb3558928f194d024, 0x7fe6e7469dd0eb77
	.quad 0x002ddb10105749a5, 0x8387ae49e4a410c6
	.quad 0xffae00c080000000, 0x43effffffffffffe
	.quad 0x408000003190173b, 0x7651ea854312ba99
	.quad 0x8154fbf2da554a05, 0x3fc8732f27813b94
	.quad 0xc0f637b87f486665, 0x7ea2c0c43f000000
	.quad 0xc0100000ff8586dd, 0x004210218014da43
	.quad 0xe28a8b6de12cb828, 0x8059b6be914d6d6f
	.quad 0xce7cf4f5fdcd0000, 0x006c0366d9c481f8
	.quad 0x7df4fc3716c710c3, 0xc3f0000000000000
	.quad 0xc0b00000c2994de9, 0x800000007f800000
	.quad 0x0c8932247f800000, 0x40000000fffc2399
	.quad 0x80000000fefa3f44, 0x7fe9e24f99e37c40
	.quad 0x7ff2c6243d319e1c, 0x2c2fd3adcb9cc447
	.quad 0x814b3dcb9c498f13, 0xdd5ef98760a2ae12
	.quad 0x3ffc000000000000, 0xffefffffffffffff
	.quad 0x5a7fffff411a0000, 0x840d07603cfbda51
seed9:
	.quad 0xed4c6a81eb5af0d0
	.quad 0x7fffffffffffffff
	.quad 0x00000000000002fb
	.quad 0xf666e3737071732f
	.quad 0x8000000000000000
	.quad 0x00000000031dc56c
	.quad 0x9f5e54be13491272
	.quad 0xb526b1e7bffedc75
	.quad 0x00ab33445ba7d57d
	.quad 0x0000000000001cb2
	.quad 0x00000000007d4c8b
	.quad 0x000000007fffffff
	.quad 0x0000000000000220
	.quad 0xdd09436a334541db
	.quad 0xb6f94b2e2cb47daa
	.quad 0x29432aacfe92879f
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0x638615c97e7f7ff7, 0x432f7d86fedf46f6
	.quad 0x096fb3380453f9b8, 0x004000003d785960
	.quad 0x22cd05c6c1effc00, 0x3b4dbb50974f8400
	.quad 0xb4ad02f8d29a43fe, 0x174fcd1235217cb4
	.quad 0xe261eff1fc10ae53, 0xc3f0000000000001
	.quad 0x033e6b1c94adc131, 0xd563593d422fb11b
	.quad 0xd4900f03ffccc9b3, 0x5be2d1219bdd1f8f
	.quad 0x00400000806774bc, 0x4034d22a77a66825
	.quad 0xc000000085729dfb, 0x0000000000000000
	.quad 0xbf18000000000000, 0x123cf8dfffa1fab6
	.quad 0x0000000000000000, 0xfed79620d3b26d5e
	.quad 0x812eeb84ea6be9fc, 0x7164686cc13fb6e9
	.quad 0x7fa1b2b596bc7bcf, 0x6b9f5c69ffc2018d
	.quad 0xeec58e74abb7e93b, 0x0000000000000000
	.quad 0x0c1139cd397ca331, 0xc00a000000000000
	.quad 0x4004a70a4eaa85f8, 0xc106618240200000
	.quad 0x7a9a0dae4a87f87a, 0x7ff78eab11315d55
	.quad 0x000918584670704f, 0x430cba23bb860733
	.quad 0x147395eb0fa5b913, 0x9fbd8cd5cb88af3c
	.quad 0x00ffffff4f800000, 0x7f96ce44c0700000
	.quad 0x5662ecb376a078d3, 0x7f80000040000000
	.quad 0xdae2b00feffb5a7c, 0xc5deb4a87f848400
	.quad 0x800000007f800000, 0xc40af60cfe8b6dac
	.quad 0x7feb9ce3ca76f0b1, 0x0009abb2ca8178bd
	.quad 0x6ddb10ae00000000, 0xd3416521c0e0514d
	.quad 0x8006ddc24e684bca, 0xcfb190a9dcb9b666
	.quad 0x34ed9a14466dce5a, 0x86acd539fd5fbf6d
	.quad 0xf84734000041951c, 0x352e1fecfe77fc00
	.quad 0x38ca6926d3dafec6, 0xc0b80000ff89662d
	.quad 0xb81f9a9dbff47980, 0x83c62a2a0ce66321
	.quad 0xc6031749736251de, 0xacfe871dffb794b0
	.quad 0x18f631e6eff7fbf7, 0x227b6cccedb989c4
seed10:
	.quad 0x00000000000002be
	.quad 0xffffffffcbcf9d87
	.quad 0x24086d83048a78d4
	.quad 0x386837cb6c58812e
	.quad 0xfffffffffffffd9e
	.quad 0xfffffffffffffff3
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe0e
	.quad 0x0000000080000000
	.quad 0xeaca27d74183a28b
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc8c
	.quad 0x000000000000031b
	.quad 0xfffffffff4e9568f
	.quad 0x000000000000006a
	.quad 0x000000000000036b
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x7f37ed1e3d095229, 0xca8a3cdcb48c1ce5
	.quad 0xfb353879c291fdbd, 0x3ec00000bedb7281
	.quad 0x4189ba93fbfe7c00, 0x801e340c7fc00000
	.quad 0x7ff0000000000000, 0x7fc00000807fffff
	.quad 0x6f19734ae5dcfdde, 0x82f90e1086bcb95c
	.quad 0xbf712371ff904005, 0x96604f73ffb2fcd0
	.quad 0xba3a60751a75abb9, 0x806d8349ffd85223
	.quad 0x810000007f82751e, 0xf34462a0c6ffbfad
	.quad 0x4000b9a2e73d7220, 0x7fbea04f00400000
	.quad 0xc0f711d85612dcb6, 0x5f80000043c237b1
	.quad 0x0caf791ccbfffc3a, 0x4121c00000000000
	.quad 0x0000000000000000, 0x11d7cb47046a6cc8
	.quad 0x492a35652334ffd2, 0x4f2019c52d98b633
	.quad 0xf23ba3dcff8efecb, 0x42ddd7a54f000000
	.quad 0x7c9abb5fb8807d40, 0xec926974edfad16a
	.quad 0xc0d0000000000000, 0x000bdd4c50ab1255
	.quad 0x069b846f8bf344e3, 0x411800003edc0000
	.quad 0xc5a72ccf45373f00, 0xc118200000000000
	.quad 0xc00000007fc00000, 0xf63627f32c812a0d
	.quad 0x3d0aa6a0c2d8ab65, 0x40753ea95d7af988
	.quad 0x0d7b10a4f83fff87, 0x5dc0aa86143caca5
	.quad 0x4023000000000000, 0x5292567515cc3bb9
	.quad 0xfff0000000000000, 0xa0da5ea7d4f2fe00
	.quad 0x7b49c9e79d288000, 0xa0d9cf9ef847790b
	.quad 0x80cf18207c7a6059, 0x9e92398d017e3c32
	.quad 0x7fa1986490e4a4ee, 0x64289e4feac6c5c0
	.quad 0xbff8000000000000, 0x7ff309fff2e1c1c1
	.quad 0x2ed4394376d1df21, 0xbc12990600400000
	.quad 0xbcb5a3457f459c2d, 0x0000000000000000
	.quad 0xfb81a2bbbda9c4d7, 0x58db8f0b236cc9be
	.quad 0x7ae64fa7b064e9c3, 0x820eb374a96d7974
	.quad 0xf1de506c91910307, 0x987efe66b7797d55
seed11:
	.quad 0xffffffffffc8d418
	.quad 0xb07cf563827ec179
	.quad 0x0000000001000001
	.quad 0xb3eb11b74367ddcb
	.quad 0xffffffff80000000
	.quad 0x77b090effa8d726c
	.quad 0xdd99ac4ff5cdd56f
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc1f
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffdef
	.quad 0x45b75d9c2d84d04e
	.quad 0xbb093cbe4b227238
	.quad 0x0000000005a6d488
	.quad 0xfffffffffcf6e691
	.quad 0x8000000000000000
	.quad 0x04c00000
	.quad 0x40000000
	.quad 0x57c9ef10cdfccfc9, 0x8eda79c86a679320
	.quad 0x75eda8f8ff800000, 0xfe2e1a4322586d4c
	.quad 0xfff0171d583c8a59, 0x6669766d3c56293b
	.quad 0x1217f9665317f8de, 0x17108ff17f7c4678
	.quad 0xbed7000000000000, 0x0008000000000000
	.quad 0x7af20c84bfdfdfd7, 0x80067947efcd78ec
	.quad 0x3fe00000ff1acb86, 0x3fb6000004f2ee6b
	.quad 0x6c33b574fcc9fffd, 0x5e517846b17b0000
	.quad 0xfff8000000000000, 0x419fc811c8730000
	.quad 0xfff8000000000000, 0xb5460a55ffb4fd5b
	.quad 0x27253ea510c3377d, 0x5fd993873ade61bf
	.quad 0x80000000ff800000, 0x7dc3d69424ea4b22
	.quad 0x7f8000003e3b41ce, 0x1d322e4a34b50000
	.quad 0x75ea53e5a87d8e00, 0x92c598f0fedffc00
	.quad 0xc49d5e9e037fffff, 0xcf0cf346ff6eb22e
	.quad 0xfd0192a3ff8d66ed, 0xc04a2c488d67a045
	.quad 0x633ddf23a925238f, 0x00000001c0e00000
	.quad 0x7ff8000000000000, 0x000187847f800000
	.quad 0xfff0000000000000, 0xcfb28d097ff16013
	.quad 0xbfd0000000000000, 0x7f800000ff83867a
	.quad 0xbea000000d09d8be, 0x0000000000000000
	.quad 0x3fedcdcd11693edf, 0x9d361f070aad7b4c
	.quad 0xbe24abfb7fd36204, 0xff925efb3ce462f8
	.quad 0x7ea3d3847040a2a4, 0x6fe1b15f87f44600
	.quad 0xffc0000000000000, 0x29d6dd4e76c58000
	.quad 0x4006000000000000, 0x84608eec807a2538
	.quad 0xfdc8930f3c53264f, 0x40015a96cc2e338d
	.quad 0x808000003dfb9e84, 0x0000000000000000
	.quad 0xc9e0000055a85cff, 0x2782e0a83a2b2461
	.quad 0x0040000080000000, 0xcaf825c39683262d
	.quad 0xc700000180400000, 0xeffe8810fa030982
	.quad 0xeedb99bd41e946a0, 0xe389463b7d418000
seed12:
	.quad 0x7e4856a5e2cbae68
	.quad 0x0000000001000001
	.quad 0x000000b78c2832bf
	.quad 0xac393c2b6bcec27f
	.quad 0xfffffffffffffed5
	.quad 0x38d9732ae9817150
	.quad 0x0000037aac3f8aef
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xffe996d3e3514a3d
	.quad 0x000000000000013a
	.quad 0xe8637cdaf26da372
	.quad 0x26d5a5588b76a284
	.quad 0x000000000000001a
	.quad 0xfffffffff4a23090
	.quad 0x8000000000000000
	.quad 0x05c00000
	.quad 0x40000000
	.quad 0x401a000000000000, 0x81e72a69aae20d28
	.quad 0xb32ce50bbfedfffe, 0x0000000000000000
	.quad 0x3bc546a1133563e1, 0x9db2d04a87c476df
	.quad 0x04db1c33eca16ecd, 0xacd716b401a45589
	.quad 0x7ecd76a47fbeaa5d, 0x7b8cf51f3143a090
	.quad 0xc33c794947fffffe, 0xe3d4ffdd33d3816d
	.quad 0x96d2125640386ced, 0xc01166b7be9a74f0
	.quad 0x8000000000000000, 0x2e2651f155bd9981
	.quad 0xddab0b59fe800000, 0x19690ad0bdce1261
	.quad 0xff9c0dd5fc087db3, 0x80ac9d16627b530f
	.quad 0xbfc9d062d267df5e, 0xbfd591bdfa2f5bc2
	.quad 0x0000da0417783612, 0x4c2db908adbe5763
	.quad 0x7fdfffffffffffff, 0xd51562c56b75ff3c
	.quad 0xb2c2335bc5f1fc00, 0x433fffffffffffff
	.quad 0x8cac13710ec6095e, 0x477ffffe7f800000
	.quad 0xff800000dd731318, 0x7feb6174bd9fa95a
	.quad 0x9c324abec7800001, 0xadc4861a57effd43
	.quad 0x8000000057d40cb2, 0x3f20000080000000
	.quad 0x7ff6ab8e7e317e42, 0xbfaeeea565fa5d00
	.quad 0xbb1b63020dbbbd2b, 0xbfc095feef80ffe6
	.quad 0x335b9df6eef4bd42, 0xed01c842be0f1867
	.quad 0x76fe1b2e2eefd57f, 0x40197e03c5a9c70c
	.quad 0x4fe7dbefffbeaeea, 0x827021faeed2b74d
	.quad 0xffc4bcacbdeb9bbd, 0x02ec06f4f76f60df
	.quad 0xc6478093a192205a, 0x366329c4f6d0cc92
	.quad 0xc0d70632a38d6241, 0x81734fceffef6f66
	.quad 0x7fc371994304ef7a, 0x3ad649d27edddfff
	.quad 0x6bdcb473cf800000, 0xfcbfc14cff6ef77d
	.quad 0x8e689a43c7400000, 0x7f9394a87f800000
	.quad 0x401a50851e8ae18e, 0x15389968f43efdd6
	.quad 0x77338292ff800000, 0x43d6a2780bfbcda4
	.quad 0xff5fb28a6cceffbd, 0xc42aeeed08d8d8f6
seed13:
	.quad 0xffffffff80000000
	.quad 0xaa22d5ecd932089f
	.quad 0xe32b32c43813042d
	.quad 0x00000000000002e9
	.quad 0xe8907e74d5b61952
	.quad 0x269719f14ca17d4a
	.quad 0x0000000001000001
	.quad 0x0000000000000027
	.quad 0xa1370e67ffe86a5f
	.quad 0xfffffffffff81b98
	.quad 0xa4d46a8b9180decf
	.quad 0xfa1e56aa0a91044a
	.quad 0x00000000000000ef
	.quad 0xffffffe3ac2d6d10
	.quad 0xf991ce8696dcc248
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x7ff0000000000000, 0x17a96c7e56487657
	.quad 0xe4728d23ff7bfffd, 0x00ffffff7f800000
	.quad 0x3fae6119d2ab4909, 0xc3f10d0fc04f3b20
	.quad 0x000000003d1ee9c4, 0x593bd27d0f257fe0
	.quad 0xff96d1430e21cfca, 0x8000000000000000
	.quad 0xff81454a43c3966a, 0x7fdfffffffffffff
	.quad 0xffd5345a9303ad92, 0x82b428f1df7672db
	.quad 0x3fa1ccab48a92d10, 0x422d0e81d8a6c78b
	.quad 0x832473babfab93fc, 0x49c3a7fb27cefe00
	.quad 0xc021800000000000, 0x7f800000c2b7d972
	.quad 0x489468ddffe79afb, 0x3f9ad25f0c4bb27e
	.quad 0x3f84a6132f1602c2, 0x4067f00000000000
	.quad 0xbbf4d0d23cfffdae, 0xc41e0f55b567fc0a
	.quad 0x8128935bd2ae190c, 0xffff29693ed0b799
	.quad 0x800000013e6ac82f, 0x5012b0a3cbd040ff
	.quad 0xc700000000917e84, 0xbb78f39ec0b77800
	.quad 0xc00fffffffffffff, 0x8000000070b5461b
	.quad 0x8415fbcfd7dfdd16, 0xce8ac16ad2950aab
	.quad 0x00736a84ff800000, 0x010b724f7fc00000
	.quad 0x7f18e11739273a20, 0xc02334dc8566d6b1
	.quad 0xb7f21f4795117c00, 0x1341420ee976fd96
	.quad 0x4154230a79b09e1f, 0x41040000ffb6d2e5
	.quad 0xbce65efc80000000, 0xc018000000000000
	.quad 0xfff0000000000000, 0xabe92c70108f0c73
	.quad 0xd4ee086efcfbdcdf, 0xfff75d5791b21cab
	.quad 0x7fc000007fca9951, 0x7f800000407fffff
	.quad 0xfff06f75b6fca5a0, 0xc6000000b9830000
	.quad 0x1defa2f076716fd5, 0xbf0c800000000000
	.quad 0x21aa32eae58c0000, 0x018ec6c6e7927224
	.quad 0x0a6fc7ece8f7eb01, 0xbfcb30110aadf822
	.quad 0x56600eaedf8fa564, 0xd04745f2a24d1fce
	.quad 0xac0e0c43ffefa8fb, 0x3ff45577dbbb046c
seed14:
	.quad 0x0000000100000000
	.quad 0x02de64062dfde4a3
	.quad 0x2e1d1c0975aa1767
	.quad 0xffffffffe213b1d8
	.quad 0xdca2dd799d212bd9
	.quad 0x00000000270e533d
	.quad 0x000001f1460cd220
	.quad 0xfffffffffffffe16
	.quad 0xb684f5ea8f80f99f
	.quad 0xffffffffffffd5fe
	.quad 0xffffffffffff1297
	.quad 0x00000000137175b3
	.quad 0x87ff8eb58a64ad3b
	.quad 0x0000000000005d4c
	.quad 0x0000000003579330
	.quad 0x00001dacbc66b5bd
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xfff0000000000000, 0xc00ffffffffffffe
	.quad 0xff832a7dcf000001, 0xab351916f12558eb
	.quad 0xa3ec07aaa1f90400, 0x0099b5c971fcb07e
	.quad 0x0346bb6f829c2a3c, 0xff800000026dccda
	.quad 0x31f35411f53afc00, 0x8d1a1781c5fcfff1
	.quad 0xc400e521efdbfc00, 0x7f8fe79bbf38b223
	.quad 0xbc5358ee7f995b23, 0xa6a641d766b3ade2
	.quad 0x237812c9c81322ca, 0x6f1f6fe67fe3bf3e
	.quad 0xbed14febff318242, 0x7ec6385580dfc5cd
	.quad 0x137a1fe37f180f7c, 0xcd5910fb9a13b8db
	.quad 0xfff7b74b455f7dc2, 0x0000000041419552
	.quad 0xc11c0000ff9b76db, 0xc00d000000000000
	.quad 0xc05000008d6326c2, 0x040b8a21bdd8040d
	.quad 0xc012da8341662555, 0xc63a3d10fda5c19e
	.quad 0xc0745de144d66bf0, 0xc2d80000fdf1d3eb
	.quad 0xb4828ba67c1b9f7f, 0x5b9ab5172fbff91f
	.quad 0x72666e5a4f800001, 0xc4e80000da000000
	.quad 0x3fffffff50fe30c4, 0xc060000080400000
	.quad 0xad1f14298e2540c0, 0xd24ace2fefef6fe3
	.quad 0x4a7e342f507d91bd, 0x126f4ab7e952013f
	.quad 0xd5d4543bffbafd7f, 0xfff7a59547cf90ee
	.quad 0x42f947fbd36c0000, 0x6d70b10200266898
	.quad 0xaa9caf81ffe3fe00, 0xbae3112e80cb7bef
	.quad 0xc046b728ee5a65ae, 0xffc0000095748577
	.quad 0xc07b1cfae1dd378c, 0x17dd9b3800000000
	.quad 0xbf02a00000000000, 0x0010000000000000
	.quad 0xe58e9b75feb8fd45, 0xc040cd34dd0f648a
	.quad 0xbf800000ffc00000, 0x3c251b20a1e47461
	.quad 0x3c0e421381000000, 0xf84f576d1cfdf7df
	.quad 0xc70000017f800000, 0x800ea99ec805a576
	.quad 0x24a28fd092e4dd5b, 0x3fc941fbfd4825e1
	.quad 0x407249e0b322c14b, 0xc1113afbbdf42bbb
seed15:
	.quad 0x0000000000000001
	.quad 0xe92d82f05b78c07b
	.quad 0xfffff9c97ed23ece
	.quad 0x0d1656be18ec000f
	.quad 0x0000000000000001
	.quad 0x0000f0c99d08b805
	.quad 0x2c5bb64a14db10ba
	.quad 0x0000000001000001
	.quad 0x03b2496c64aff336
	.quad 0xa3648c54384aae0e
	.quad 0xffffffffffffffca
	.quad 0x0000000000000124
	.quad 0x000001b66cbbd904
	.quad 0x00000046e65d04e2
	.quad 0x9545754f6c8aaeb2
	.quad 0x000000000000008f
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x80c15d343e132d55, 0xffc1b798b902367e
	.quad 0x3f800000d9ee52f4, 0xd1c1771edefb2fbf
	.quad 0xeece1095bd0f18c2, 0xfe383d36fb562511
	.quad 0x407fffff7fe61a37, 0x7fdfffffffffffff
	.quad 0x470e00007dd8863e, 0xbf93d952595fbfce
	.quad 0xc6c54af37fed343f, 0x7f531987c897c54a
	.quad 0xfff1a55a1e44aa81, 0x0e644341fffddebe
	.quad 0x810000007e75eeb9, 0xc01e60ce9ba0f054
	.quad 0x20047c3df37af800, 0x1cdb920f2176fc00
	.quad 0xc279b88200000000, 0x7e800000ce54be94
	.quad 0xc3c6d4927d024200, 0x549456d3ff20c0a3
	.quad 0xf76403432bdc3913, 0xffd8d1d05117d109
	.quad 0x090895144001922e, 0xfff8000000000000
	.quad 0xc70d4a08e5dff25e, 0xeb38e832ffe9bfff
	.quad 0x7fbb41b8bdd9393c, 0x4100000000000000
	.quad 0xee028a6f40f00000, 0xc1ab22517fc00000
	.quad 0x431f795d3b3bdab7, 0x000fffffffffffff
	.quad 0x09c8a7b6175ac4b4, 0xffdfffffffffffff
	.quad 0x6c09885d13bcd2e4, 0x7f36db6a033d6336
	.quad 0xfff6b80b80000000, 0x64c7951ac5837c00
	.quad 0x4017a9f8732ee23e, 0x2e1aec41689430fb
	.quad 0x08726191c5717c00, 0x94f8e468016f38f4
	.quad 0xf375a0d3012eb81b, 0x7ffa7e6cea6c5bb8
	.quad 0x9e1adce18045ea72, 0xfff8000000000000
	.quad 0x087ff88dffc4faac, 0xbb9ce73cc6c00000
	.quad 0x00ffffff7f800000, 0x1c78d5e2e6f3fcbd
	.quad 0xfda14122a3f3c529, 0xf702d7b9ffe10ef2
	.quad 0xa4726e0514528000, 0x40c4000000000000
	.quad 0x8006d91502bfcb96, 0x3690f6f47ecd45d8
	.quad 0x800c0fb3a410e0c2, 0xbc6dd83040880000
	.quad 0x433ffffffffffffe, 0x40d84b0179827368
	.quad 0xb40394d877007c00, 0x8e6ec35b7ac04abf
seed16:
	.quad 0x0000000080000000
	.quad 0xfffffffffffffff2
	.quad 0x0000000000000154
	.quad 0x00000000ffffffff
	.quad 0x0000000000000268
	.quad 0x08e87333d0dd23b8
	.quad 0xd351ca841329b5a3
	.quad 0x45c68056e1963d4c
	.quad 0x0000000000000000
	.quad 0x8372683fb9ccfaaf
	.quad 0xffffffffffffd822
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000032
	.quad 0x00000000000003e5
	.quad 0xfffffffffffffd38
	.quad 0xffffe61a43bcc5d8
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xbd2fe95cbe4c318f, 0xfff15b8fbb5cba4b
	.quad 0x401b000000000000, 0x3bf16ab376b3ccce
	.quad 0xe2e9067bd5228000, 0x7ff32702fa98cdda
	.quad 0x6c300c7f80000000, 0x8010000000000000
	.quad 0x800fffffffffffff, 0x23d252eeb6a74560
	.quad 0x8000000000000000, 0xd9fffffe7fb0ecee
	.quad 0xadb662a07fe206ae, 0x7f0000007f000000
	.quad 0xf4738543b1c67fc2, 0xf9e6ec06cefede81
	.quad 0x0010000000000000, 0x7b87dc8b9a821cea
	.quad 0x8000901fc6a8284a, 0xbf9ac63c2a1724ca
	.quad 0x7f80000041100000, 0x144cd79d917fab60
	.quad 0xcfb733e33feef6ec, 0xfd7a6783fcdce6ac
	.quad 0x9c8f1669d41fde7d, 0xdd007324ffe0b970
	.quad 0xbf0434b0b1f2fc6f, 0xfff8000000000000
	.quad 0x00000000809ea9aa, 0xf89c0cb5ffbefa57
	.quad 0x8000000000000000, 0xcf00000000000000
	.quad 0xbfd3000000000000, 0xc1800000fffc197a
	.quad 0xff714e5b75b91d8e, 0x47bcde5a372aa2b6
	.quad 0x001556eb62c711c6, 0xbd14120f47000000
	.quad 0x8000000000000000, 0x526e09ff9de27e00
	.quad 0x3e685471a4239b84, 0x3f82900000000000
	.quad 0xbece000000000000, 0xc00e000000000000
	.quad 0xfff1dfc815214e94, 0xcec916dabfe7fffe
	.quad 0xbeb4c00000000000, 0x0000000000000000
	.quad 0x00000000ff7fffff, 0xc0d00000477fffff
	.quad 0x819b9dfbb1ceb720, 0xfd759b6b30fa7094
	.quad 0x03032151feffffff, 0xbd2cf9e0ed72604e
	.quad 0x0031eae9ffae6ac0, 0x7ff843a170b9be9b
	.quad 0x41bdda08f0aaea43, 0x42400000be900000
	.quad 0x5a30a5465df6afb4, 0x3fc3000000000000
	.quad 0xd3d313d47f38d615, 0x201123837c7bd8cd
	.quad 0xbfe743e6a752eb6f, 0xa26692f3c2fd659f
seed17:
	.quad 0x0000000000000318
	.quad 0x699a413491296173
	.quad 0xffffffffffffff65
	.quad 0x152283ef6eb94a02
	.quad 0xffffffffcb051a02
	.quad 0xa0b4d34787949ecc
	.quad 0x41bc832326bc50f3
	.quad 0x8350a5111b375ee4
	.quad 0x00000000000033e4
	.quad 0xffff4ad55cc6bdf5
	.quad 0x0369c93456db4da3
	.quad 0x2426d017a7bebaad
	.quad 0x00000000fcca1ce2
	.quad 0xf26eca8b606fa888
	.quad 0xfc5e2a31dab22bdf
	.quad 0x0000000000000001
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x94eb316cc7fe47f6, 0x7ff86e2d5f47f118
	.quad 0x00ed3663cb0c406f, 0x59471121bf7d7f37
	.quad 0x3bf114457fdc4758, 0x80c1295c96b6551b
	.quad 0x7e4c9642ee1d04a3, 0x804000005f668e8c
	.quad 0x7edb4b99fcfe8000, 0x3fd1777ef4ef8918
	.quad 0x7fa53d9d80000000, 0xbeb9800000000000
	.quad 0x3dc049baa7b5402e, 0x9bc75f2d80000001
	.quad 0xea85cc80492621a9, 0x96fd7358236ccdfb
	.quad 0x0000000041100000, 0xfff0000000000000
	.quad 0xbff3bb0500000000, 0x7f80000092d4879b
	.quad 0xcde4b987fd758000, 0xc9300957fffff3fb
	.quad 0x01094e5112670052, 0x405eb00000000000
	.quad 0x3f62b982c0400000, 0x84acc358a86c0000
	.quad 0x52d0ef08ffd8fe6c, 0x000000008169dd08
	.quad 0xb4b4b840497fed58, 0x8000000000000001
	.quad 0x6b2b0f3452e85093, 0x3bbc817281000000
	.quad 0x8054816d7fc00000, 0x3ffcf7fd385e7284
	.quad 0xbfb396b25a000001, 0x7ffc16b086d31b0f
	.quad 0x8000000000000000, 0x7f800000c2d5ad2a
	.quad 0xbe6b4aacc352d65c, 0x400c000000000000
	.quad 0x8ac8eee39e9efc00, 0xff8bb18c00400000
	.quad 0x8000000000000000, 0x405c8f43450fa018
	.quad 0x605bb9a6804e739c, 0x73918f8200000000
	.quad 0x833c10ebdade6ab9, 0x717424b30b0db224
	.quad 0x1137427688535f7d, 0xc309ccb57ed6c537
	.quad 0x007fffff7828f8df, 0x1153b3b7fedf5dfa
	.quad 0xc02bc28480acf697, 0x3acadf73b23ee200
	.quad 0xdcd8ecc8c77deea5, 0x80000000ffc00000
	.quad 0xa1124969fff935f4, 0xc05fcbfe40000000
	.quad 0x039f7b014fa2f400, 0x0000000000000000
	.quad 0x7fb2709280ffffff, 0xe7dd1928d3dbfead
	.quad 0xfff0000000000000, 0x6de7b1163f2ea145
seed18:
	.quad 0xfffffffda8a3eca7
	.quad 0xffffffffffffe86f
	.quad 0x0000000000000001
	.quad 0x00000000000001a6
	.quad 0x280ecc41473ebcda
	.quad 0xfffffffffffffc51
	.quad 0x0000000100000000
	.quad 0xffffffffffffff47
	.quad 0x656f18a8a2b19f45
	.quad 0x0000092465aebcd1
	.quad 0x0000a6d1fb973376
	.quad 0x0000001d506955a4
	.quad 0x00005916aebbe4b2
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd8e
	.quad 0x0000000000000326
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xa95d56b28ea68800, 0x41efffffffffffff
	.quad 0x7818d3b0f05dc3a5, 0x00fda95dff960d12
	.quad 0x7ff0000000000000, 0x7e8000006f9d0c32
	.quad 0x205a7762ce1686e6, 0x3d02db08cadc099e
	.quad 0x73e1a65a00000000, 0x248e1423987fffff
	.quad 0xff800000bd850d54, 0x7ff9417c00ffffff
	.quad 0xffb8787b002e7d60, 0xb358098afce48000
	.quad 0x62da51da0136c22c, 0x0000000000000000
	.quad 0x668ec23c6a320000, 0xfa4f06a0bf7fffe3
	.quad 0x403fc00000000000, 0x80e1aa32f6ff9ff8
	.quad 0x7902b0775c150000, 0x1b48c1549f796fef
	.quad 0xc059ac19b956ea18, 0x6bf03616d78dd5ff
	.quad 0xc23b0052522f8600, 0x3bedae30fb1bddb8
	.quad 0xf87ed055cc870000, 0x28028ad3fefcbde8
	.quad 0x000000007fa14b89, 0x38400000bab80000
	.quad 0xc0ef6be8a4717db9, 0x966a45f1ffb577b7
	.quad 0xef7f4a9bffb46f71, 0xc558b578b1517e99
	.quad 0x7f80000000000000, 0xb02df75ab57cee21
	.quad 0xce6a59b5c011032a, 0x5e3cf57a74cf3490
	.quad 0x3f42e368002a4eb1, 0x3f947d1907f6ebde
	.quad 0x3fb8000000000000, 0x4dd0cbe5f4407e00
	.quad 0x005607e03e800000, 0x33b8260d733aff9a
	.quad 0x99be26407f800000, 0xff92575742ff0000
	.quad 0xa26b9450af86fff6, 0x7fa873d74369fb8e
	.quad 0xc013000000000000, 0x32fe1e5e729780e5
	.quad 0xfffed8ef518d09d2, 0xfffa5e4fc282b615
	.quad 0xca6376ddd8f7fb59, 0xffd4698816c1f173
	.quad 0x76107e6a791a7078, 0xbc8443607ec93f8b
	.quad 0x012407aeff850000, 0x42d0d582bd6cfb1a
	.quad 0xfff0000000000000, 0x2116ce857fe35a54
	.quad 0x7fc00000bf85762c, 0x4040000032bd32ad
	.quad 0x06d160d58dc445fa, 0xf38da21f7fb11e90
seed19:
	.quad 0x00009d4539fd4d85
	.quad 0x00000000006e27b7
	.quad 0xfffffffffffffe88
	.quad 0xffffffff80000000
	.quad 0xfe8af49bd984ccc6
	.quad 0xffffffffffffff49
	.quad 0xfffffffea8ae560b
	.quad 0x2584aeb4c2c13afd
	.quad 0xffffffff80000000
	.quad 0xffffffffffe0f310
	.quad 0xfffffffffffffdc1
	.quad 0x0000031097c9f92e
	.quad 0xffffffffffffe5b1
	.quad 0x000000000000008e
	.quad 0xfffffffffffffd6e
	.quad 0xfffffffffffffee0
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x80000000b512f43d, 0x7d4382fa4d88b5e2
	.quad 0x5deda04a515178bc, 0xc0703b669cf32281
	.quad 0x2a94f15344f8fbca, 0x403814e322918fb4
	.quad 0xd86ab00ff2f3f493, 0xd7f5f9e5deb4db97
	.quad 0xbb8726eb0058750d, 0x40a800007f979788
	.quad 0x677196c46db4ffff, 0x0bc2e5674d26c8e8
	.quad 0x7f8000007e800000, 0x404c2da4feb696a7
	.quad 0x41e0000000000000, 0x0000000000000000
	.quad 0xbff4000000000000, 0xfff0000000000000
	.quad 0xeb03823923a4df02, 0x805d382a404a0000
	.quad 0x37d23d9a3cb767dc, 0x3f326d76dffffffe
	.quad 0x7f8000007f000000, 0x0a679529bddfffff
	.quad 0x40fa800000000000, 0xffc0000040600000
	.quad 0xfff5c826fa6246b1, 0xfff264a97a5779d1
	.quad 0x9e4436617f800000, 0x6334ded37f95e571
	.quad 0x5f12e6602b8c3d09, 0x400fffffffffffff
	.quad 0xc10c0000001cc9b4, 0xe26aedf8a28bc600
	.quad 0x00800000c11c0000, 0xc55dc9bedddfc3d3
	.quad 0xfb517717ff740200, 0x825b1c6a8819623a
	.quad 0x52008085bc5b7c00, 0x4013000000000000
	.quad 0x8000000080000000, 0x43e5f0c67ab2d81e
	.quad 0xffed7149eb117de5, 0xfff0000000000000
	.quad 0x8000000000000000, 0xff8000006fa2a8c7
	.quad 0x3ccfa77bffc00000, 0x46117cb3dbbef175
	.quad 0x977a2e901053c3ff, 0xfd96cb3175f13a1d
	.quad 0x58a766d6b6af179f, 0xc05741376cc267cc
	.quad 0x76e4ee3e0ecdd86b, 0xbffc286480000000
	.quad 0xf07a26e5f4cb5ca5, 0x0000000000000000
	.quad 0x1799163cfffff57e, 0x807fffff436c24a2
	.quad 0xffea7fa4ed0d3d7d, 0xf88e3a4b3ec72761
	.quad 0x7fff97d1d6f683e4, 0x83b004ed5618ae76
	.quad 0x8e651131dd1a0417, 0x3e3ff5e980000000
seed20:
	.quad 0x00000000000000c4
	.quad 0x00000000038b4b27
	.quad 0x00000077a075c5b0
	.quad 0xffffffffffffffcf
	.quad 0x0000000000000000
	.quad 0xffffffffaea6a307
	.quad 0x000000000000003c
	.quad 0x3ad78d2a1e4d0cbe
	.quad 0x00000000000002da
	.quad 0xe4354fdc69fafdf8
	.quad 0x0fb326e24acc3766
	.quad 0x0000000000000021
	.quad 0xbce1a6958e6bb6c3
	.quad 0x0000011eb89eb74c
	.quad 0x00000089abc2b20f
	.quad 0xf7359d613abc3563
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xffae17adc1433f93, 0xfb204c67ffa3b791
	.quad 0x013114f200fb4fe4, 0xaaf15f8630ad81d0
	.quad 0x8d1a4614854f2178, 0x0092d8fe9b0fb9e4
	.quad 0xc0133f16ff9cb52e, 0x4126000000000000
	.quad 0xf565d3e18078afa8, 0x800870b940880000
	.quad 0xff800000c06da735, 0x3b20d33b5640a207
	.quad 0x7d88f100da2f6f70, 0xc990000080000000
	.quad 0x03d1de64e3a8828e, 0x0000000041000000
	.quad 0x3fc9d01bb8c00000, 0x7ff42ac367f947ae
	.quad 0xa4955f8bffdbfcaf, 0x6e086cbdb2b7b8d4
	.quad 0xc3ffffffffffffff, 0xffc0000000d7ccf1
	.quad 0x7e97b3439ea1e3e7, 0x8000000000111116
	.quad 0x0003f9bfd4cad169, 0xfff3c5e7cfb46a20
	.quad 0xfff2f71f42c90123, 0x8dc32016ffd5fee2
	.quad 0x4c25d9b6a4be5cf8, 0x801e56447f90b474
	.quad 0xc000000000000000, 0xb3b25db8f1e88494
	.quad 0xbdc89e9fc0a1050c, 0xf64a15b6bec191c7
	.quad 0x64d58770ffddbfe7, 0xaf48f90680037d10
	.quad 0x2653b99901f299fa, 0xbfe8000000000000
	.quad 0x669a781cffe4021b, 0x0603c80fbfa47f20
	.quad 0xd903a490fffc2800, 0x498000002cd1c2e6
	.quad 0x000000007fd43060, 0xc06c63a1b7b0a9aa
	.quad 0xf4afb83de63c30c8, 0x7ff6384eadb17173
	.quad 0x8000000000000000, 0xffa684137f9937cd
	.quad 0x0f6c0e49ff9af7ff, 0x80a5a20842b9d81d
	.quad 0x5b535fd0b5d00000, 0xff80000000699cf8
	.quad 0xcd6983fcffd08ad3, 0xfff0000000000000
	.quad 0x7d77a97a834d93ca, 0x1bd86899ffffffff
	.quad 0xff800000d9efdf43, 0x1126e251545d78d3
	.quad 0x40c800008026cd5b, 0xc07a3deb7fabdb12
	.quad 0x82b5a9a0ba599aaf, 0xfdb315fb56d60503
	.quad 0xbfb0000000000000, 0x07ca208622e11460
seed21:
	.quad 0xffa0f725c8a673bc
	.quad 0xfffffffffffffd73
	.quad 0x53d9732058c9bb45
	.quad 0x0000000001000001
	.quad 0x8b79efa166b0dc04
	.quad 0xdcb539083860cbc7
	.quad 0xfffff9c9d18c0e05
	.quad 0xa91288fe8f784d85
	.quad 0xd513b6f3a662f1af
	.quad 0x6e082e21d058b3dc
	.quad 0x8a0f802f730e4aeb
	.quad 0xfffffffffffffcfd
	.quad 0x64342999a1d0f4ed
	.quad 0x00000000000004d3
	.quad 0x7fffffffffffffff
	.quad 0xf6feaa11e352bbfa
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x033954f17fc00000, 0xff800000ae5bdba5
	.quad 0x4b3aa19f16157c5f, 0x12e8fe80f3cd47ab
	.quad 0xfffbc32f7a66bf61, 0xc14aed523b570000
	.quad 0x7f800000fa079c11, 0xb0310ba400000000
	.quad 0xd8ce945328537e00, 0xbfa4f422282935a0
	.quad 0x4c8d8e4142eeedd7, 0xf9768419c2c00000
	.quad 0xffc0000000400000, 0x88d67bb3a7aafc00
	.quad 0xc144be8effe2039c, 0x7ff0000000000000
	.quad 0xbff9a00000000000, 0x6ea7c85623494800
	.quad 0x6ccd9b03ffff56bf, 0x807166aef013d397
	.quad 0x1d5d687242a1f990, 0x7fb2939c59800001
	.quad 0x804e433740dc0000, 0xe1d5f3e5b99d47bb
	.quad 0x7ff8000000000000, 0xc8000000817fffff
	.quad 0x6d177acbdfcefef1, 0x774736eb3c89a279
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x4000000000000001, 0x8f1e7141ffc00000
	.quad 0x40f3397d7fc00000, 0x466fb69bf7df7f68
	.quad 0x8eaf9e79cf289e63, 0x80367b549797c660
	.quad 0x00000000b6580000, 0xc7f2d7f47fd7afef
	.quad 0xb2062c3d83938000, 0xec27b5194382c7ce
	.quad 0xfde3041eec785990, 0xc3206a2a002ac994
	.quad 0xc740efb8c554fe4b, 0x888cb0727f5bf73e
	.quad 0x7f8000007f7fffff, 0x3f71c5c4cf4dcb25
	.quad 0x980f8d08accfb79f, 0xb09a20bb30bc0000
	.quad 0xaeb0646af3fef04c, 0xf70372c03d89b889
	.quad 0xff9029a90191610d, 0xff000000801706b3
	.quad 0xffc00000be591fee, 0x462694d57b9ffbff
	.quad 0x5a5ff1765dd015c5, 0xff7fffff83db21cf
	.quad 0x6a14eb87d77feaf3, 0xf7db2302ed76a79f
	.quad 0x50944fe31e3e8000, 0x005ed7e9c3c09c13
	.quad 0x000b0fb751ccc2d3, 0x42c00f737fb23cea
	.quad 0xd874c3a890018bff, 0x42c0000001463e69
seed22:
	.quad 0x9807580f981a6d31
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffd0
	.quad 0x01e27fa4596c5288
	.quad 0xffffffffffffff22
	.quad 0xc7752b1fd087b54b
	.quad 0x0000000000000000
	.quad 0xcbe74ccb59d400b1
	.quad 0xfffffffffffe2fa1
	.quad 0xf993d924ec87cb7f
	.quad 0xff0e1c76ef132b00
	.quad 0x0000000000000010
	.quad 0xba6d2723770e3712
	.quad 0x0000000000000240
	.quad 0x00000000000084fa
	.quad 0xfffffffffffff9d6
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x970bb53b67cd21a3, 0xbe5db14f00000000
	.quad 0xe780dfcfb8d44100, 0x3c075b6d3c2a22a9
	.quad 0x7798afa8ffac49a7, 0x40302284c7800000
	.quad 0xff8000007fc00000, 0x80400000da869852
	.quad 0x666e6646f7ab0000, 0xfa03101379aa9e05
	.quad 0x9325a61e01000000, 0x6a9648e4f8906530
	.quad 0x800000003d3af0db, 0xff57cbd95d24211a
	.quad 0xa5473179ffff7f31, 0xff715ed074f09b7a
	.quad 0xfffab34399ef2d8e, 0x3e0b81fe9294fe00
	.quad 0x63d1c5c59edb28ef, 0xffc00000c1ffffff
	.quad 0x8000000000000000, 0x0dea130b1ab81316
	.quad 0x4010000000000000, 0xff4fdc0fabb35ee7
	.quad 0xc644000001000000, 0xb3df8840e70f8520
	.quad 0xc3a85a55bc856c42, 0xfff79c4455dae2db
	.quad 0x4066d00398b1825c, 0x72dedebbff800000
	.quad 0xbb1ae19dffb1da52, 0x1d71ab10b343b402
	.quad 0xac572ee6fff9fd7f, 0xe2e88e93643a3fc7
	.quad 0x80ffffff3f3ed1ec, 0x0e7a35ae43b06421
	.quad 0x86c6af2b248e4900, 0x820b5568171cbbae
	.quad 0x0000000000000000, 0xc330000000000000
	.quad 0x4004000000000000, 0x82cc4654f0d7e077
	.quad 0x7f800000ff800000, 0x8002a9c0c0400000
	.quad 0x1a60a12900d4fc00, 0xe9befdf3f9bc3bb2
	.quad 0x455665a7e95dffbb, 0x0d71056a08650ae0
	.quad 0x713b03abf4a12642, 0xfffdfbd942804ba5
	.quad 0xfff0000000000000, 0xd88373dcbb26ffef
	.quad 0x407fffff7f9bb4b6, 0x16f2e6c4e5087a2d
	.quad 0x80384f34d3befce0, 0x255c33aea23d30b4
	.quad 0x4048000000000000, 0x426b64ec130e6ffb
	.quad 0x0ee45e56d93ae3cd, 0xffff0002a2cf3295
	.quad 0x3fe7131395381f86, 0x05ec31aebb9f05a8
	.quad 0x4020800000000000, 0x4052b53284a9f411
seed23:
	.quad 0x01667bca38b8d8f4
	.quad 0x0473e4981e7195f3
	.quad 0x51b7adff6b493c21
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcba
	.quad 0x0000000000009702
	.quad 0x2532bdd78fc824d4
	.quad 0xc9f3aac618d1cb18
	.quad 0x0000000000000001
	.quad 0x6d2e549640fe8703
	.quad 0x00000000000001cb
	.quad 0x00000000000002fd
	.quad 0x0000000000000001
	.quad 0x000000000000013a
	.quad 0x00000000000000ee
	.quad 0x000000007fffffff
	.quad 0x06c00000
	.quad 0x20000000
	.quad 0x38621624693e524d, 0xff8000004349c392
	.quad 0x35e1046effcd7dda, 0x3ffbd05fa5631668
	.quad 0x94c9b58e4c496980, 0xc14bcccde0761fec
	.quad 0x839034cbdf3847c1, 0x1210022bff8cc680
	.quad 0x8009050cfdc7fe63, 0xc02b000000000000
	.quad 0xff800000f57414e2, 0x85d8d7657ffafd5b
	.quad 0x9c538ad9ff80f712, 0x1ba39c29b5fa3fae
	.quad 0x734caeb63d76f2c0, 0xbf7dcd22de6f5aa7
	.quad 0xc0100000c0c80000, 0x85240f1cfebed644
	.quad 0x8002d696d1aa84c5, 0xe0b27bd8fdfdcd1d
	.quad 0xbfd59fef7b51c60c, 0x7d829b343c8153b4
	.quad 0x0a61796efffbfdfe, 0xddfbbfe4ffffdab9
	.quad 0x3f762bb07f800000, 0xbf881b117bfa450d
	.quad 0x800000001de22160, 0x3d315d3900000000
	.quad 0x57c80388ebf62dfe, 0xef514373f54ba31d
	.quad 0x0104992440a5f091, 0x0294a821870e9081
	.quad 0x7f8000007f800000, 0x36a0ba0287ed3fae
	.quad 0xc9ee00003bdf0445, 0xa64c9155f27ff57b
	.quad 0xbd42129841ede815, 0x0010000000000000
	.quad 0xc00e290d9d41ce5f, 0xc07fffff001309b3
	.quad 0xaf7b050409784d13, 0xbe7cb71fff800000
	.quad 0x8000000000000000, 0x76aed62fe1e27cef
	.quad 0xe608deb71fc931f0, 0x893b0a6bc91ad3cd
	.quad 0x43d5ef598131003e, 0xfd65ebb62c94b800
	.quad 0xffefffffffffffff, 0x43e2cb5d9108ce65
	.quad 0xf511825b6865f9e0, 0x32ec436f3ded6ced
	.quad 0xe2ea0df6feffff75, 0x011cd8a2ff800000
	.quad 0xc066f2f58e06938c, 0x03399dff228ff039
	.quad 0x6cbf9902edaf3300, 0x0ffdb531bedfffcf
	.quad 0xc0cc0000c3e16444, 0x7ff76003f66727cd
	.quad 0xffc000007fb249d9, 0x6f6144153ff7774f
	.quad 0xc0cf5b83da340066, 0x8398bb5de59f7800
seed24:
	.quad 0x0000000080000000
	.quad 0xda9c1319455cf492
	.quad 0x0000000080000000
	.quad 0x0000000000005982
	.quad 0xe1386f84b1bb5d03
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffe99ce
	.quad 0x00000000013afc94
	.quad 0xfffa743285b55901
	.quad 0xffdfd06af3644b40
	.quad 0x48c7ef3c055ba1fe
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x00000000000001a2
	.quad 0x77a68759d0ea28e2
	.quad 0x0000000100000000
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xed61f6d17f800000, 0xc8d80000ff800000
	.quad 0x48c183616faf7da4, 0x726ddaa6faedf980
	.quad 0x7effb68d2eb51e55, 0x40228ec8a8dd5851
	.quad 0xa2369be458d66080, 0x41efffffffffffff
	.quad 0x095ece1bffdbfff0, 0x0075780529d47aa2
	.quad 0x7ff9905932c8afdd, 0xc022800000000000
	.quad 0x2fac9916ef1d832d, 0x985d14f2ff800000
	.quad 0x001fffffffffffff, 0xc37af53741080000
	.quad 0xa6cd59ddebf7f506, 0x675411a2ffd4d1df
	.quad 0xed51884c5b59fc00, 0x7ff0000000000000
	.quad 0x3ecd500000000000, 0x4039ca8e00400000
	.quad 0xfdf440fa7f7fe2ed, 0xc0e0000000000000
	.quad 0x439652a05dca9b00, 0x7a53ab43ce9ff7ff
	.quad 0xec7303cc3bfb6c21, 0x34148abd4fddfcfd
	.quad 0x0000000000000000, 0x9e0c3a50fc7d7fff
	.quad 0x001fffffffffffff, 0xa1a29ef83ffdfc2d
	.quad 0x05850966211ad900, 0xb098b85d3f800000
	.quad 0x003ce53747800000, 0x16fe543273f67fe4
	.quad 0x90fb46d95beec400, 0xfff0000000000000
	.quad 0xf059ab9a36b56cc6, 0xe3872be1efafc37d
	.quad 0x40a9930cff800000, 0x0974dc19a26e7e00
	.quad 0x72abab9c7fcccdd5, 0xca6751aee2bd7332
	.quad 0x1b97978abb5a7999, 0xf434140ec71e36a2
	.quad 0x01bb7004a85131f9, 0xfff3a1e8b8d1eda6
	.quad 0x880e83a2ab6a0051, 0xb5a81aca83150000
	.quad 0x0ff0c81888ffa99d, 0x7ff8000000000000
	.quad 0x7361a75845a794f6, 0xe1187dc3c38d937f
	.quad 0x0000000000000000, 0x412f000000000000
	.quad 0x3f8def7158583bee, 0x8020000000000000
	.quad 0x170bfebe7f8ebb59, 0x541d356ecff0e3c0
	.quad 0x13511b16c5717c00, 0x0410ea4fbeeec4c5
	.quad 0x3bc2bb0f2f7ce3b6, 0x3ffffffe3ca4d30f
seed25:
	.quad 0x0000000000000000
	.quad 0x1ae8c64f7f4bd14d
	.quad 0xffffffffffffffd9
	.quad 0xf5cd2edc18e7837a
	.quad 0x000211631f992d26
	.quad 0x0000003c461fde32
	.quad 0x0000000000000001
	.quad 0xe22465f179cd9a41
	.quad 0xffffffffffffeb32
	.quad 0x00000fe51595ede4
	.quad 0x0000000000000310
	.quad 0xffec6ca1a3270573
	.quad 0x665594b71df2f946
	.quad 0xfffffffffffffeef
	.quad 0x00000000ffffffff
	.quad 0xed42367dff36b7ad
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x0020000000000000, 0xc01d1e9008f68b48
	.quad 0x050c5a6d8f04a285, 0x2b13c162fbdffd16
	.quad 0xf610d83b13770267, 0x80000000716f1878
	.quad 0x4038000000000000, 0x20bb549cccb78dbf
	.quad 0x9789584ed4e1f911, 0x3f9f1f7ed5ab94a4
	.quad 0xc6524cadf9ffffff, 0xfff8000000000000
	.quad 0xdf80000043f81970, 0x7ff0000000000000
	.quad 0x522bc8ee28b2fd10, 0xfff0000000000000
	.quad 0xff473b5d16ed249f, 0x4000000000000001
	.quad 0xeaedf913148fccbc, 0xfdee1ba86dae4c98
	.quad 0x42c66c4d00000000, 0x000e5d28e0e7d2b6
	.quad 0xc0ec2850ce1fef91, 0xbc145333532dd725
	.quad 0x80000000fff00af0, 0x3fdf2a6c018dd5a3
	.quad 0x8040000041080000, 0x00000000ff800000
	.quad 0xbece000000000000, 0x6c09d121ca3648e1
	.quad 0x8000000000000000, 0x4114000093130dcf
	.quad 0x16117c32d81d01de, 0x405f559c540735d4
	.quad 0xc3b5b30afe92c2c5, 0x007fffff3fa99fef
	.quad 0x3dc794b85f846c6e, 0x40d80000b5fc0000
	.quad 0xffc00000ff800000, 0xb8400000eed59a64
	.quad 0x3fe8000000000000, 0xc8b3c6332c677c00
	.quad 0x50281911284c80d3, 0xec17f4b6003efe66
	.quad 0xfff77a5299a3e71c, 0xff80000081000000
	.quad 0x4d4bf2d0a1a647c0, 0x808000007ff69ce1
	.quad 0x4011200000000000, 0xc0261ee97a19c21a
	.quad 0xbf400000c26b9ecc, 0x337b1ceb7f000000
	.quad 0x26519c7ebfbcf6bb, 0x562d1111ef9980c1
	.quad 0x3f8371b5561a977b, 0x38b80000ffaed16e
	.quad 0x7f8000003bbe6df9, 0x3e5d68013f800000
	.quad 0xc01e00003d000000, 0xd89ca445ff440000
	.quad 0x6d0ecbd2bfa00000, 0xdc7e23cb9583d9c2
	.quad 0x7f8000001e57306c, 0xc3e0000000000000
seed26:
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff868
	.quad 0xffffffffffffff8a
	.quad 0xc98b8eedc150fbc9
	.quad 0x159303e3cef96bc6
	.quad 0x0000000000013ca2
	.quad 0xa2a57e5767468758
	.quad 0xec3295b394142fb7
	.quad 0xfffffffffd1e5e03
	.quad 0x0f9d2152db73d8ac
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x02f3af61661bd884
	.quad 0x6a3dcbec99ce7160
	.quad 0xc5f7bb68f79e7e0d
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xd88cae96593d6534, 0xfff8000000000000
	.quad 0x47fffffe017fffff, 0x3b400000c3a02673
	.quad 0x43ea27d5cf800001, 0x7f800000ff800000
	.quad 0x7ff0000000000000, 0x7ff82abb278b8989
	.quad 0x8000000000000000, 0xe44e31aadc890500
	.quad 0xa2ccf04cf43e4710, 0x7f8000008b8505b4
	.quad 0x44d2f9b7a3567de4, 0x7f80000049280000
	.quad 0xddcd87f954a8fc00, 0x978c3551b6ed7e13
	.quad 0x6f752edffee0f7ff, 0x53276f771bea30e4
	.quad 0xbf847b24d7eec600, 0x59c1995effc8db69
	.quad 0xb1b241e9bc9358fc, 0xbf268d9b0ccaf06e
	.quad 0x3fa0000000000000, 0x95efb7ac03bafe00
	.quad 0x7ff9d73975deb14e, 0x0000000000000000
	.quad 0xcf18a87d3883cea5, 0x0000000000000000
	.quad 0xb81ac21691577c00, 0x6e63897f2158c0c0
	.quad 0xf35664f8ca54923f, 0xffe42b99bc56ff57
	.quad 0x7d53b8c5f2fd316f, 0xff55613ef7fea3ff
	.quad 0xbe9040de7fa74c62, 0xc04ad846a39a9ebe
	.quad 0x7f68d9fa07f83494, 0x0679d9251bafccaa
	.quad 0xbfdfa03433634663, 0x7ff50aa1bbc2c7b4
	.quad 0xc09800007f800000, 0x949ea6a7bc4e4e1d
	.quad 0x771cb180a9205c8d, 0xbf8144f6670eaf14
	.quad 0xbf8affe840fd2ce4, 0x45bd081b3d5097c2
	.quad 0xa38d88395cca7d1e, 0x4789772abb9d06be
	.quad 0xfff8000000000000, 0xa5b9cd8cdc775e31
	.quad 0xd11c6dd57fdb0000, 0xbfc8de5e9cdb77ea
	.quad 0xbffa000000000000, 0xf69f0b422d65b182
	.quad 0x1036c846ff88c582, 0x77b9454900000000
	.quad 0xab5a5774ff9a7bd9, 0xbeb9233c7f4e1573
	.quad 0xc071f120e112b23a, 0x7fc126f5fe8c22af
	.quad 0xdf7fffff1c1b9646, 0x01ce6fa922f2b18d
	.quad 0x5dbba723bce00000, 0x967d22a17dfffffe
seed27:
	.quad 0xfffffffffffffd67
	.quad 0x0000000000000001
	.quad 0x00000000000002c2
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001e4
	.quad 0xe7d1c878af47a1a4
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xa54671442b9422b5
	.quad 0x3024de9f69a2fb67
	.quad 0xfd3dfb480f8831a6
	.quad 0x019979e76cd4faf4
	.quad 0x00000000000001b8
	.quad 0x649b6e487f4f1091
	.quad 0x56f5ab3ea54371ab
	.quad 0x00000000000000cf
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x000af855d29adc7c, 0x651488abffcaf4d1
	.quad 0x4126d0f7bfaba264, 0xc1befc5e00000000
	.quad 0xf9ad20b9fff9c58b, 0x2a328eb1ffbb21c6
	.quad 0x7fdfffffffffffff, 0xa053ed367fc376f6
	.quad 0x42416ea27fc00000, 0xff9e8626ffffbf7d
	.quad 0x7f93f779ff8e0408, 0xbfffffffff800000
	.quad 0x0439f36efbf89cdf, 0xbff4000000000000
	.quad 0xc1e0000000000001, 0x7fc000003fdee8d8
	.quad 0x7ff2d2077a56d97f, 0xdc836671fbf4eac9
	.quad 0xe9d640bb77ffceef, 0x76a7adfbde49f7ff
	.quad 0x80800000fff22b2c, 0x4fbb42109f65e8ad
	.quad 0xf7c7fea729fe5756, 0x8ab9568c7afcfd01
	.quad 0x7fd4fb3f0c89799e, 0x7f800000014f2475
	.quad 0x97c1f116c30b6cdb, 0x0048c7b644cf97a3
	.quad 0x7ff089521e4fb4c9, 0x662d11c434700000
	.quad 0x24486a72adf4b7d2, 0x6bda0bd7cd0407ea
	.quad 0x632a2a25fffffc80, 0xbfc28b7fc833e4d6
	.quad 0x807fffff3212385f, 0x7ff4083bed80e01c
	.quad 0xc108000040a00000, 0xa559a1c59360958d
	.quad 0x7fbc598900000000, 0x7fc00000bffffffe
	.quad 0x2f1a95d0f6ffffff, 0x4013000000000000
	.quad 0xc013000000000000, 0xbc5585b1ffd76193
	.quad 0x000000007fc00000, 0x8840b941931744a2
	.quad 0x83abfd2bbef738e2, 0xbd80bff21a7019ae
	.quad 0x5a8419e9dfbfff9d, 0xc01b800000000000
	.quad 0x7fe0000000000000, 0x7d15e8c9fe800000
	.quad 0x2a2d76df63ffffaf, 0xc04bfa86b7ec4987
	.quad 0xfee351972cecea47, 0x7408c50ffbdbffeb
	.quad 0xffc0000040200000, 0x800000007f800000
	.quad 0x03623f29a2a44cf2, 0xe35983ff7fbf69e2
	.quad 0x43fa6e49b1478363, 0xc91399adc6c8d74f
	.quad 0x677ff9d1f9d14618, 0x77f1dbb38bef7c00
seed28:
	.quad 0xfffff1323e818aba
	.quad 0x18e6ee51a754986b
	.quad 0x0302069f9156a05d
	.quad 0x0020000000000001
	.quad 0x7018aa36d5ae414e
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffda8
	.quad 0x0000000000000000
	.quad 0x0000000000000003
	.quad 0x00000000000000ff
	.quad 0xffc15d0c685de682
	.quad 0xfffffffffffffcb8
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x30243033e8fc98f1
	.quad 0xffffffffcd79a3c0
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xbe3e6a82d9800001, 0x858bc902f02403f8
	.quad 0x3ff4000000000000, 0xbfd097fb2afd7748
	.quad 0xcf4b0495bdfbe19d, 0x12d0650affedffd3
	.quad 0x1641374bea517bc2, 0x035e9ad8b480247c
	.quad 0x9e7e4da42cae7def, 0x4070900000000000
	.quad 0x7ff8000000000000, 0xff8000006f20fd22
	.quad 0x8000000000000000, 0x40ffffffffffffff
	.quad 0x897e379b1eb4ff7f, 0x003f9eabfd87ff08
	.quad 0xe234300ae363a8c6, 0x405a71a00abf99b4
	.quad 0x0000000080000000, 0x7f979aea7e800000
	.quad 0x000000007fc19558, 0x15f54c0eca11b846
	.quad 0x000000003f800000, 0x202de531d7adb211
	.quad 0xc2352faf2c61d534, 0xfa8859f128598783
	.quad 0x7ff75f9e08aa48ae, 0xc067f52240f81626
	.quad 0x43f0000000000001, 0x57090b61d3765b7c
	.quad 0x800000007effffff, 0x3ff1ee6cc285f8f9
	.quad 0xe6eb901eef4054e8, 0x7f7fffffff800000
	.quad 0x9040e8d07a7fffff, 0x0000000000000000
	.quad 0x51c1d15993058945, 0xfff0000000000000
	.quad 0x002ad5a671c84140, 0x0007034b7faf2a3b
	.quad 0xcd5f0916fdbffd8e, 0x6a70a956a1207ecc
	.quad 0xc0d000003e56fc11, 0xfff0000000000000
	.quad 0x28097d2f23d5fc00, 0xd86f26fafea2793d
	.quad 0x251d020cbebff8db, 0x7e9cafa71de322de
	.quad 0xbfd7f26964e813dd, 0x0f27059ee22cc160
	.quad 0x351422307fdfdf8a, 0x812ddaba420e0a1d
	.quad 0x3f7bfcf77ff7f7d9, 0x7ff0de0558cbf29a
	.quad 0x20ef5af66fbbff60, 0x402d916fe08c24ab
	.quad 0x912315557877327c, 0x1d738a177ff4ece7
	.quad 0xb71de01cffc8e8d7, 0x3fe1ec251abb73ad
	.quad 0xfff5ac0f610b9539, 0x3ec0000000000000
	.quad 0x3f8c5b1e00101277, 0x369e2e53ffff3e00
seed29:
	.quad 0xffffffffe1624176
	.quad 0xffffffff80000000
	.quad 0x6a20588d93f4105b
	.quad 0x000000000000014d
	.quad 0xfffffffffff78db6
	.quad 0x000b515088545ce4
	.quad 0xffffffffffff1575
	.quad 0xfffffffff1e63e2c
	.quad 0x000000000000003f
	.quad 0xfffb1aec7c5ad34c
	.quad 0x0000000000000001
	.quad 0x0000000000000060
	.quad 0xfe19659fbe3de400
	.quad 0xfffffffffffffc2b
	.quad 0xffffffffffffffff
	.quad 0xfffffffffb26d46b
	.quad 0x05c00000
	.quad 0xb0000000
	.quad 0xc0e275ad00800000, 0x3da859adfdd98000
	.quad 0x00ad58ee00000000, 0x80000000fd3fcd9a
	.quad 0xfe948e57eee7f963, 0x9d904aa400000000
	.quad 0xa004ba54ffd3d2ad, 0xfe8000007fb7128c
	.quad 0x7f2ae1582bd8fa81, 0x41f0000000000001
	.quad 0x7ff23c3c147aea83, 0xc052c9a06bce13a1
	.quad 0x001f2c8580000000, 0x0c7af050289ff9fc
	.quad 0xf1e07869b6088000, 0xc088000000757868
	.quad 0x81cc0f0cc4b1b2fb, 0x40effffffffffffe
	.quad 0x8000000185222b85, 0x006fbc4fc1d80000
	.quad 0xc077ed0516987e7f, 0xdab99f0ce396b7df
	.quad 0x7ff0000000000000, 0xfff679d36fff235c
	.quad 0x40f800007fc00000, 0xbfef1703a8c78f4b
	.quad 0x7f9db1e159ffffff, 0xeb6093c2bc62fb75
	.quad 0x7ffb8973d43f4571, 0x7e800000ff800000
	.quad 0x7ff0217c665f4934, 0x005e99727f800000
	.quad 0x00000000c0ec0000, 0xc3ffffffffffffff
	.quad 0x3f4f000000000000, 0xe27bccd14f239367
	.quad 0xb78452b8ee304d87, 0x7ff0ac5947e8da99
	.quad 0x7f8000007f4d123a, 0xffa23d4635a05d8d
	.quad 0x78a5b2177f887c00, 0x5f7ffffec0d00000
	.quad 0xffdfffffffffffff, 0xaf0ee754ff800000
	.quad 0xbea7f0d08b370731, 0x7f800000c0700000
	.quad 0xca4626b384bd7e00, 0x3f9a6c2a44bb7510
	.quad 0xddb56d1969f3df82, 0x581cc552ef9156d6
	.quad 0x1464b65e5fdf5fb9, 0x3c643beff6b80ab7
	.quad 0xea7b480cf67dbb32, 0xde1fc205bffc7fff
	.quad 0xbf7166b45073c823, 0xa5614a7a96127e00
	.quad 0xc340000000000000, 0x452f80008da6c583
	.quad 0xff80000083dcbd54, 0x42d0f3c73fffff1c
	.quad 0x4055b2f9ff390527, 0xc77ffffe6f985adb
	.quad 0x0b0af1e0ffb30000, 0x48cf64a1ffe5b0fd
seed30:
	.quad 0xfffffffffffffd49
	.quad 0xdaba6809c2804ed1
	.quad 0xffffffffffffe7c1
	.quad 0x4e3dcc1a5a6c87a2
	.quad 0x0000184331f17ef5
	.quad 0x0000000080000000
	.quad 0x355c7726aac2d5bf
	.quad 0x8000000000000000
	.quad 0xbdf5070326dea8ef
	.quad 0x000000000000038b
	.quad 0xfffffffffae0d1eb
	.quad 0x0000000000000001
	.quad 0xe8cc11614e7e03e2
	.quad 0xddbea418164375b1
	.quad 0x000b0568d862ebcb
	.quad 0xfffff8fe157010c3
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x902f7c3cb01afc00, 0xffbd8d60ff800000
	.quad 0x7fe26e5293f69c18, 0xffc00000422eff41
	.quad 0xa3880ab0414c92c5, 0x2261c7a48508c99b
	.quad 0x7f800000df000001, 0xff8000006169d381
	.quad 0x00060da2d6775716, 0x7ece41e0827c5644
	.quad 0x7fc0000080000000, 0xbfbacbfaaa53af91
	.quad 0x5d639db63f44fbfe, 0x31ab5ee8fffffffe
	.quad 0x7fefffffffffffff, 0x400656f054ee6829
	.quad 0x44400000ffcf6ba9, 0x7ec7e9de00000000
	.quad 0xbd1272a6ffb94fa5, 0x7ff0000000000000
	.quad 0x32fed1c413df7ae7, 0x406079cc19b0c8a1
	.quad 0x3fbd900000000000, 0x6e52953d699803de
	.quad 0x5d0cbcd4c3b45071, 0xbfffffff7f895c3a
	.quad 0x0a9440b762da261a, 0x0000000000000000
	.quad 0x36e6f19f47ebcf2a, 0xbe0919c6bfa00000
	.quad 0xd7e55d00e9dfef72, 0x7fb6f5287f000000
	.quad 0x5bc6177affb6fd5c, 0x9a5ddb6c77dcdd33
	.quad 0x9a771928d1b84290, 0x1c271ea041100000
	.quad 0xff504bed6dd15c1e, 0x75d4bba13cc9dc58
	.quad 0xffff9383c653cf7a, 0x23f64b748b368f91
	.quad 0x400ffffffffffffe, 0x401ff4f5fac07b3c
	.quad 0xc0000000bf8ef6e9, 0x0055c30943700000
	.quad 0xb32bb8327fd2bc01, 0x3fb7400000000000
	.quad 0x0010000000000000, 0x7cbe44fa7af67aaa
	.quad 0xffc9755980440324, 0x43e00000ec5fbc3a
	.quad 0x1ebfdb58c4262235, 0x9d16db0c3fd9bffd
	.quad 0x00746fd9be96cf55, 0x12d0bd99138e8623
	.quad 0x7fd3aa63f1e00b8b, 0xbf80000135fb38bf
	.quad 0xafc85ff692b2b811, 0xfff7f184ce023630
	.quad 0x049f61c1034cfbb7, 0x9626ced43c9fde1b
	.quad 0x295936197496aece, 0xc01709e7d378d43a
	.quad 0xec4ac79ff8ea00d7, 0xc0e80000cea1272f
seed31:
	.quad 0x8000000000000000
	.quad 0xa2907774d605e166
	.quad 0xffffffff97475fb4
	.quad 0x00006b5358d3caf9
	.quad 0x00000000886af05c
	.quad 0xffffffff80000000
	.quad 0xd7af6f9720e6edf3
	.quad 0x0000000080000000
	.quad 0xa56fba7b8bea6ea4
	.quad 0x0000000001000001
	.quad 0xc75c0a71eb77f476
	.quad 0xc15f0f13acb57db8
	.quad 0x965e1c36444dcbe2
	.quad 0x000000007fffffff
	.quad 0x0000000000114ca1
	.quad 0x077354f1f949b2f5
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x004ca4b53d5086a0, 0x3fd639da5b0f67c3
	.quad 0xa0742a4975361e25, 0x41100000bff219bd
	.quad 0x06764c520a1f77be, 0x81c2fe03f61809a1
	.quad 0xfff21ef8b761c08c, 0xf5de8a6ffbaace22
	.quad 0xbf71b02001f1254c, 0xf54710f47f02dd7e
	.quad 0xbfa8000000000000, 0xc023000000000000
	.quad 0xe8384441fffffffe, 0xa155d1cfd63d3247
	.quad 0xbf91a2119ae33704, 0x47800001ec746ce3
	.quad 0x83451f919f077c88, 0xc01a800000000000
	.quad 0xf78f5a9aff00c33c, 0x0000000000000000
	.quad 0xc00dce12567ab9a1, 0xc3400000c2800000
	.quad 0x7ed7f2e74f68c58c, 0xb14031b37ff5f9dd
	.quad 0xdf3ddb23ffce64f9, 0xfcdd7dd2c085a97b
	.quad 0x043e9da159daf93f, 0x8add82734706c48a
	.quad 0xe138a4c277e9809f, 0xdb3e00743e2233a6
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xc0efffffffffffff, 0xb43f18ed9f68025c
	.quad 0x477d11926dd8b8c3, 0xd08de90b06187c00
	.quad 0xb87f1154ffd7c22f, 0x0021672a06802fec
	.quad 0x39ae8072397f6ffa, 0x407111f84ffb7eea
	.quad 0x7ef74d32ffa6b088, 0x92ee14f780ffc31b
	.quad 0x025bbc77de7bb867, 0xc2a40000567fffff
	.quad 0x404800007f800000, 0xd5a0d8b216e57d8b
	.quad 0x4dcfd0dfacbac07d, 0x0000000000000000
	.quad 0x6e991d4157f7df8c, 0xc1f46e58bfa00000
	.quad 0x9f7596e8eb830b0f, 0x43cdd0b100000000
	.quad 0xfff8000000000000, 0x4f3998b2c5050584
	.quad 0xeb08fdeccc7fffff, 0x7e47b63a825c58e4
	.quad 0x346093d6efffa7ff, 0xbfdfb13429f54852
	.quad 0xffbacce9bd22d9bd, 0xc002000000000000
	.quad 0x5a04a14b463c8000, 0x7f8000007f800000
	.quad 0x9d182cf126320c00, 0x96bbae06fff19e5f
seed32:
	.quad 0xfffffffffffffd2e
	.quad 0xbda5ad3f06fb666d
	.quad 0x000008a653682549
	.quad 0x00000000000002b9
	.quad 0x8433973855c9416f
	.quad 0x00000000000003c0
	.quad 0x30324679d2e673af
	.quad 0x000000000003a503
	.quad 0x00000000000002fd
	.quad 0xfffff2a5cd5b2126
	.quad 0xab9273b925601dd3
	.quad 0x000002c73285b9fc
	.quad 0x0000000000000114
	.quad 0xfffffffffffffcff
	.quad 0x34426c4423e2740d
	.quad 0xffffcd05eeac1020
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x8000000000000000, 0x18c2c30e7feb8001
	.quad 0x7212b74241d56bfd, 0xe086bc007b28fa00
	.quad 0xdf3ef42dfff5bfca, 0xbd6e924680000000
	.quad 0x7e0bae260faa8f75, 0xc063fd9733cb361b
	.quad 0x7fc00000c382bf70, 0x8000000000000000
	.quad 0x800000001562ccad, 0xbfbc000000000000
	.quad 0x4013000000000000, 0xb1a44f0c7ce97c00
	.quad 0xf72b97bf997fffff, 0xc54510700070667c
	.quad 0x3df15f3a641f7c12, 0x7ff0000000000000
	.quad 0x412ffffffffffffe, 0x800797be16742b34
	.quad 0x499fb61b477fffff, 0xfff0000000000000
	.quad 0xfff2d51bea4653ff, 0xd5e12122fffffe8f
	.quad 0xffca4a3b4274c28f, 0xc11200008120373e
	.quad 0x800ec8a9189cc435, 0x7ddfe6e7697d82b2
	.quad 0x3ffe000000000000, 0xbfd928e11ef247e2
	.quad 0xaf12e7dbef653904, 0x01e2ef66b5f3939a
	.quad 0xc1c29b8c00000000, 0x00599fdc91a93204
	.quad 0xffbf1482ffb5ba36, 0x17f3c03d4bfd4adc
	.quad 0x006303503ef256fe, 0xfff35e0bf6267df4
	.quad 0x166fbcac0b4b3e00, 0xd53bd363dc0525c6
	.quad 0x8000000000000000, 0xee23597a45800000
	.quad 0x7ff2455ce7dfe6ee, 0x3f8e965500d7390c
	.quad 0xf3b35f0c1710fbfe, 0x80031e3deb14d3e5
	.quad 0x808128ff3ffc42ac, 0x4060000042912517
	.quad 0x2617de9e43ef7feb, 0x81181dc77ffb3fbd
	.quad 0x4080000000b6b6af, 0xfdfa654076ca072e
	.quad 0x0000000000000000, 0x3db5bd46c643573b
	.quad 0x29eecaf7ffb1e80e, 0xad72e839c40776d3
	.quad 0xa73d5fc17fde0001, 0x8000000000000000
	.quad 0x32158da3ffffbbff, 0xfffab0c4c341b96e
	.quad 0x07b981fae3b22b20, 0x72812ae6408c0000
	.quad 0x4004000000000000, 0x86d1e8587fc2786b
seed33:
	.quad 0x002876c5f81093b0
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0xa9552f5a05511b8c
	.quad 0xffffffe43f859d4d
	.quad 0x0000000080000000
	.quad 0xffffffffffffc956
	.quad 0x0000000080000000
	.quad 0x0000000000000225
	.quad 0x0000000000000180
	.quad 0xe11d471afa60ac93
	.quad 0x0000000000000364
	.quad 0x7cf038f71014cb85
	.quad 0x001c7226af2e9a70
	.quad 0xffe3da323207a8b6
	.quad 0xfffffffffffffeca
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x000000004fffffff, 0xfff0000000000000
	.quad 0x9f3736749c973272, 0x00062beb5ba92ce8
	.quad 0x3e20de91ffc00000, 0xc3ee5f07f30aef36
	.quad 0xc7ffffff97914c92, 0xbad8000048b8b2d5
	.quad 0x0740536cbe1044c0, 0xfff0000000000000
	.quad 0xbc911d557fc00000, 0xd3dd92bc61fec996
	.quad 0x3f48000000000000, 0xf13d1925ffdade14
	.quad 0x2489f5b7fffdfefe, 0x004c10f679fba3e9
	.quad 0xfee79ead601235ba, 0xc0d80000007fffff
	.quad 0x729b6c8fe895bef4, 0xfe2f2b862e5e8a46
	.quad 0xb1b88f34bfafc7f1, 0xa33c766cfefbfe75
	.quad 0x0000000000000000, 0x6bf733c0bfacfbe7
	.quad 0x7fffb9314c6c6291, 0xec64058eb17fffff
	.quad 0x000000007f851e3b, 0x986e91bd8c3a33b2
	.quad 0xda000000bc0287f5, 0x49ab80007effffff
	.quad 0xb703e30850c934ef, 0xbe1c437aa04b1db8
	.quad 0x810f84b07f95d17b, 0x8000000000000000
	.quad 0x7ff30e3020fafb72, 0x9a5d6bdf16d57e00
	.quad 0xc015e854dff57e00, 0xae0c74fb47800000
	.quad 0x567b2617d8d36449, 0x7f7fffff4778ea48
	.quad 0xd6fef49a8c27ba00, 0xbce4000080000000
	.quad 0x55751cd6f7a6fb75, 0x7fd42f209303ae2e
	.quad 0xbfecbb3fe672bbc5, 0x361fd7cb92a3fb71
	.quad 0xde4aa9b01c478b29, 0x80000000c134fa4e
	.quad 0xa3bf9c9ae1738018, 0xc09982b43ba10e50
	.quad 0x0066bc343d259e2d, 0x4b4cea3fdfffffff
	.quad 0xb9bce35dcdef7c36, 0x7ff8000000000000
	.quad 0x40e000003f0175c3, 0x1c77c4e78276b0e5
	.quad 0x401be2d042cc8e3d, 0x02c17f9174ec7eb4
	.quad 0xc002bae3d82ead97, 0xf010806eeffbf55e
	.quad 0x7fc00000ff800000, 0x0038cae5d2edf0bd
	.quad 0x7e0b8a9f34f46eaa, 0x4b46314c52078000
seed34:
	.quad 0x000000000000005b
	.quad 0x1756654b573e61e6
	.quad 0x000000187babb712
	.quad 0x66cbc26d18dbf2c3
	.quad 0x0000000c0d2e8bce
	.quad 0x6e4b778434002985
	.quad 0x00000000000018c6
	.quad 0xa213f8b1963203b6
	.quad 0xfffffffffff54d3b
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xffffffffffffd481
	.quad 0x0000000000000329
	.quad 0xee73402ae759b304
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0x371c0000c3389b39, 0x1d0f1602886be19d
	.quad 0xab64b0415d470156, 0xeaba7285c456ba00
	.quad 0x7fd5d536c5400000, 0x4015000000000000
	.quad 0xb9138d437fcdc5a0, 0xc0aa000000000000
	.quad 0x1f3522eed3fefe7e, 0x7f9bd358c50ea7d7
	.quad 0xa987c229bdfd54b6, 0x3f48000000000000
	.quad 0x0286f62530fe1d34, 0x41ff055f80000000
	.quad 0x6d97925ac2480000, 0x90d94078fffb7cdb
	.quad 0xe960de9c38854f21, 0xbf8c2a8a1e033daf
	.quad 0xc3b2e17adbee907e, 0x80799d41b6e80000
	.quad 0x7ff17ab1901e2bd9, 0x7ff8820b71d79d29
	.quad 0x00000000ee0b642e, 0x3c733fb3fed2fa49
	.quad 0xffb8c18dbf1c0a3f, 0x565ca0853d29c90d
	.quad 0x0000000000000000, 0xb7bdfe7879e7577e
	.quad 0x80000001ff8c59be, 0x007074b869e4ee3d
	.quad 0x3112549c72e87b25, 0xc043f925e50b9158
	.quad 0xc0bf000000000000, 0xb81bb9fd9e1a5019
	.quad 0xc11800007f800000, 0x4120000000000000
	.quad 0x7758be0965c8f8a6, 0x6227d14780000000
	.quad 0x16b66c471415f19c, 0x401e000000000000
	.quad 0x80d41876bee176e0, 0x7f7fffffdadfc1a1
	.quad 0x4e0cf063269f28e3, 0xff7fffff805bfe5c
	.quad 0xeed14bdb5e1d1c89, 0x73d3032e7fadfe1d
	.quad 0x4ffffffe481c0000, 0xc70000000baae2ae
	.quad 0x3476b9b569bc7c92, 0x819afd0e19fcb14e
	.quad 0x3ff0000000000001, 0x2b519927fffebb0f
	.quad 0xa06622d14d7dfe00, 0x802f9db9a6112304
	.quad 0x5e98f1adccfd8000, 0xfff64c213650f391
	.quad 0x000000008340ee36, 0x7e4761d7b630095f
	.quad 0x0bc92bf3efffffff, 0xbec3100000000000
	.quad 0xfff0000000000000, 0x3fee1c17b83bfb5d
	.quad 0x7ff0000000000000, 0x0c23b7c4fe8507ff
seed35:
	.quad 0x0000000080000000
	.quad 0xb42ea588b39e5e7f
	.quad 0x165e11a88dcdba01
	.quad 0x0b209429fc1e39b9
	.quad 0x0f1665581bb84652
	.quad 0xfffffff9c1699a07
	.quad 0x00000000ffffffff
	.quad 0x703f618cdcbe61e1
	.quad 0x00000000ffffffff
	.quad 0xffff94c2a850c75d
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffe
	.quad 0x000000ed32f132ba
	.quad 0xffffffff80000000
	.quad 0xfed8c168eb2f7b7c
	.quad 0x0000000002307c3e
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x24e0aa573f47c17e, 0xbd6cab13ff800000
	.quad 0x7ff336335c74f590, 0xff8ee35d46ec0000
	.quad 0xca52e2d2e276bbb7, 0x7e4ca9c65d501b9e
	.quad 0xfffdc9e2002b5053, 0x9d2926e37ff2d96e
	.quad 0xbff1b7693f745eeb, 0x8ed190187fc00000
	.quad 0x130eb94a80000000, 0x7ff63d38f8117fdd
	.quad 0xc06067097fc00000, 0x44ba2f1a19c8f7ff
	.quad 0x43db2fb594fbada8, 0x207bdb72cbf53720
	.quad 0x7ff0000000000000, 0x7382d79928adf6f9
	.quad 0x981b24f6effbfff1, 0x5564f27272fbfbed
	.quad 0x92a5d48345000000, 0xbff0000000000001
	.quad 0xbf8593069911e10b, 0x800d0c39c6235e91
	.quad 0x5c945802a5587c00, 0x274fbeccf0f9fc00
	.quad 0x86a06ad6538cbc00, 0x7f000000c10e0000
	.quad 0x7f9ab7e9237909d2, 0x641ab467a907fc00
	.quad 0xc3402408bca07e06, 0xff800000ff9b55c6
	.quad 0x7ffb7d6b19bb3310, 0x40614d5b22ec8c33
	.quad 0xc0c17402c0900000, 0x9a488a7a470123c9
	.quad 0x790a0c5c4625fed0, 0xbe06a724ab777c00
	.quad 0xc2216615bbe681d5, 0xff13574301a81556
	.quad 0xbf87a1499c854ee8, 0xc70000007f713122
	.quad 0x4080000040880000, 0xfff43bd951aa5475
	.quad 0x8008000000000000, 0x47000000c2d8336e
	.quad 0xc03409d7c95b874f, 0x053c3bdecff47d60
	.quad 0x800000004794a6c6, 0x972910affbbd27df
	.quad 0x32db97f3b6dd262d, 0xfffa18d4358a35b6
	.quad 0x7f9b5ac59b9e5a29, 0x9bddf160bfe57e00
	.quad 0xc704437fdfdfc3ff, 0x221affe8f9d082a3
	.quad 0x8c35208d9beedfef, 0x41ebd84f2e2b6dea
	.quad 0xbfae000000000000, 0x80650cee00000000
	.quad 0x7fc00000125b47ed, 0x41e05904920298a4
	.quad 0x411a3e1d72e8966c, 0xf4a345e41fb406c5
seed36:
	.quad 0x8000000000000000
	.quad 0x446c20254e1fb331
	.quad 0x000000000000008f
	.quad 0x0000000000000017
	.quad 0xca6b939bce0d3732
	.quad 0x8608877872df2607
	.quad 0x0000000000009595
	.quad 0x0000000000079c7f
	.quad 0x7efefaba461e65a6
	.quad 0x000000000120962b
	.quad 0x0cebabde4fcdadca
	.quad 0xfffffffffffffd88
	.quad 0xfffffffffffffcdb
	.quad 0xfffffffffffffc6c
	.quad 0x5658294cb347db8a
	.quad 0x00000000000000bd
	.quad 0x03000000
	.quad 0xa0000000
	.quad 0xc0b1dea8bf075d65, 0x36d4000000000000
	.quad 0x3e3d5da60bb8a3c5, 0x5fd0bcf434de47ff
	.quad 0xfe2f27b578301d2b, 0x002fffffffffffff
	.quad 0xbccc84b6c30b9dad, 0x80067a97ac890d3d
	.quad 0xff800000bfc00000, 0x3fbb47ba31992e05
	.quad 0xffc0000000800000, 0xfd7c1344a4201ef9
	.quad 0xcfffffff717294f6, 0xf9e5de56e63a597a
	.quad 0xbf06600000000000, 0x819b958665d0b7d6
	.quad 0xbf800000f7d9f86b, 0xc78db87cdbaad37b
	.quad 0xc855527da56ef171, 0x0eb3e44232fdfe58
	.quad 0xacdb81ceddf69fc9, 0x327c907d5064c400
	.quad 0xbd28a968fa834a1d, 0xc008000000000000
	.quad 0xa9f4c31cffdbd4b5, 0xb76e8000bd9285d2
	.quad 0x402ca95fe5a9fb31, 0x401000007f800000
	.quad 0x56c7b3e5ca977c00, 0xbe99ee734ce02724
	.quad 0x00000001fff3febf, 0xff800000c7000000
	.quad 0xc0f000003fe20be5, 0xbc8e03a17474fc00
	.quad 0x017fffff43a3c344, 0x50495ce9ff9a24d5
	.quad 0x553ee2f155def7ff, 0x40f8800000000000
	.quad 0x0e3f01d63f4cc6a3, 0xab3b74ce6dc190b7
	.quad 0x00212a9906c452a3, 0x44dd2c2af1be8000
	.quad 0x7f8c19f443a62174, 0xb7f64c03e53bd5ea
	.quad 0x47f445a9bddfffea, 0x0ecad66a34e72567
	.quad 0xbf1a840f7f800000, 0x3ffffffe59ffffff
	.quad 0x9dad65dffff9e7ec, 0xb1a62c4bfa783dfb
	.quad 0x7fc00000bfa69ce2, 0x00000000d468b23d
	.quad 0x3bb4e71147b3ad01, 0x3d27ef86bc0002f4
	.quad 0xb40859b484355484, 0x7ff8d2d3d1bc91e1
	.quad 0x439318efffc00000, 0xffd0000000000000
	.quad 0x74afd801ffffffe6, 0xfdb6546afceaaf12
	.quad 0x7ff425818e27c8db, 0xb7249fbaffabaf7e
	.quad 0xfda8ae1bd05ad834, 0x817fffffed26e88a
seed37:
	.quad 0x200aaf193b332a2c
	.quad 0xffffd338ecb2beb4
	.quad 0xffffffff80000000
	.quad 0xb8acaab4dce02b31
	.quad 0xfff71337d531294a
	.quad 0x00000005aa1e7831
	.quad 0x000004b0ae7b0441
	.quad 0x9cb0c4bf35659bb8
	.quad 0x7fffffffffffffff
	.quad 0xb3729d877cf18ece
	.quad 0x00000000022c85f3
	.quad 0x0000000080000000
	.quad 0x00000000000003c3
	.quad 0xc90c0753981b6336
	.quad 0xfd82e230932f0ce5
	.quad 0x148d6c45de660daf
	.quad 0x06800000
	.quad 0x00000000
	.quad 0x3fe8000000000000, 0x1bd0e2e183c5ce21
	.quad 0x89ebed4a7f800000, 0x3f98afea11ac16a4
	.quad 0x98813b388337039c, 0xc12f644681000000
	.quad 0x697360639fc0fc00, 0xffbb86b3c9308000
	.quad 0x3f888b3c73b315be, 0x4356ae153ed8f298
	.quad 0xc1080000ff800000, 0xbfc7d49cfb4d90ae
	.quad 0x8f792192ffbb9ebf, 0x0928eee442200000
	.quad 0x3d5c7f6242197c3f, 0xff808ee57f800000
	.quad 0xe18d661411920209, 0xf4d345eb6ff7ffde
	.quad 0x8000000000000000, 0xe94c819771714526
	.quad 0xba3ce132ffbd7c97, 0xbff8000000000000
	.quad 0xffa170fff97292fd, 0x7ff8000000000000
	.quad 0x3b3313d28059a97a, 0xbd4d0000fff75879
	.quad 0xbff564476a37d44d, 0xd905f18eb60629ce
	.quad 0xc073f48722bbfcda, 0xc2ab124157f06d6c
	.quad 0x3ffdef81f6e46d76, 0x2a6501fdec270b01
	.quad 0x4e163b82fff5ff95, 0x7ff0000000000000
	.quad 0x7dd24ab448e27db9, 0xc447fd723b417e00
	.quad 0xf5998cc3be6dfff7, 0x6cefe50a008712d0
	.quad 0x97a5e9a9ff86900f, 0xa290b31243ebb7a5
	.quad 0xdf80000180000000, 0xfff0d80ca9cf7efb
	.quad 0xfff0000000000000, 0x00000000e072fb06
	.quad 0xbf7bdbc035bbdacf, 0x403c900000000000
	.quad 0xc27ecab8bf0935dd, 0x6da16e2339ecf87b
	.quad 0x00ffffff8afc26a0, 0x00000000ff800000
	.quad 0xc7a02a55cab584cb, 0x376300006dc69a5e
	.quad 0x7d9df770d03c8000, 0x6bf0e59bdffbd7f5
	.quad 0x479e9fa268e55f09, 0x8fe7a5167044438c
	.quad 0x7a3d0c5eee59bde2, 0xeb40835eff5dfe7f
	.quad 0x017fffff81049250, 0xfff230c2a790d3f1
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x40aba00000000000, 0xf14252b82e09fabf
seed38:
	.quad 0xfffffffffffffef3
	.quad 0x00000000000000e3
	.quad 0x0000000000000000
	.quad 0xc44a58c97c7a78fc
	.quad 0xfffffffffffffff8
	.quad 0x000000000000000e
	.quad 0x8e87a369c5166705
	.quad 0x1c93a7ad6f27493f
	.quad 0x0000000080000000
	.quad 0xffffffffffffeaff
	.quad 0x8000000000000000
	.quad 0xc9777b597c504956
	.quad 0x0000000000000075
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd1e
	.quad 0x01000000
	.quad 0x00000000
	.quad 0xffb43464da000000, 0x819f9258dccb8292
	.quad 0xbcd00000ef24ba6e, 0x7fc00000ffea2af8
	.quad 0x45f10046fea6bf95, 0x7f9f5141bbdcea63
	.quad 0x5cfef931ffce7da3, 0xfe800000412a472e
	.quad 0xd8826953ee04fca5, 0x8005050680f63dec
	.quad 0x800a12165bf934ea, 0x80f949aa0fc96998
	.quad 0xf8dbb14736a4f73a, 0xaa34b69afbdb7dae
	.quad 0xc0e400004303fb4d, 0xee74fcea6ddf845b
	.quad 0xedf9cdecbdc51781, 0x6b364ced12a54609
	.quad 0xff0000007fc00000, 0xfb86cf1bb6b30015
	.quad 0xf4015e833d03c931, 0x219d6a309f1166b8
	.quad 0xecc606fa6e1d39e5, 0xc73e60a00f80af8e
	.quad 0x7fc0000040c40000, 0x9ed4be22ffdff763
	.quad 0x19364ab957f7fed7, 0x880dc6ca80400000
	.quad 0xc227ad15c9d3fe56, 0xffc0000089695e03
	.quad 0xdfc9d5fff98cd946, 0x000796d7ba4c8442
	.quad 0xd24348e1c3bce57b, 0xc04ccef7196d04ce
	.quad 0x9445606680000001, 0x4939535106a52e64
	.quad 0x8000000000000000, 0x51172065595c1662
	.quad 0xe4041196770c3f80, 0xe0e0d2367fd7fe8c
	.quad 0xc1efffffffffffff, 0xbbdbb5fb91269cd3
	.quad 0x7e66c4566b6c42a8, 0xfffd1ddfb00b34f9
	.quad 0x77aa2719ff800000, 0x3fa7755ed5c9c5ae
	.quad 0x4b002cac846a4874, 0xff46edc4e96067db
	.quad 0x806449c1c39a557e, 0xef6ef5dccf97c541
	.quad 0x460c000001000000, 0xc10a0000fdf27e73
	.quad 0x6a42a59d2dd55edb, 0xfe20c43ac7703259
	.quad 0x3f15800000000000, 0x63a9d5f6975d78b2
	.quad 0x7ff0000000000000, 0xbff8000000000000
	.quad 0x8020000000000000, 0xff3cac7c4743ae86
	.quad 0x7ff0000000000000, 0xea2ae3e27fff2cb4
	.quad 0xb5c0000000747ecb, 0x05f3c19b7f0f777f
seed39:
	.quad 0x6e34a3bd81940a24
	.quad 0x000041e75f767240
	.quad 0x000000023042c9f0
	.quad 0xa071ab72f0a23680
	.quad 0x0000000000000349
	.quad 0x00000000000002b3
	.quad 0x80faa837a8ac70de
	.quad 0xfff8b3b287140205
	.quad 0x000000005507c8f3
	.quad 0xe9fb3367cf6e2aba
	.quad 0x00000000000002e3
	.quad 0xffffffff80000000
	.quad 0xffffed97e7f252cf
	.quad 0xfffffcc9db255d83
	.quad 0x59102d3f0774d311
	.quad 0xffd39267b840e61e
	.quad 0x03000000
	.quad 0x40000000
	.quad 0x2fb9b53754fac802, 0x800e914716412501
	.quad 0x069559a8fff1ffbd, 0xfdd7c0db6b719401
	.quad 0x71d3ebb27ffdb7d9, 0x017ffffffeffffff
	.quad 0x7df114f40cba171c, 0x03b322b3d7d6fe00
	.quad 0xbfd2cf923c149452, 0x002a3da076ec626c
	.quad 0x08857374ef607bae, 0x0000000000000000
	.quad 0x4658c39e80000000, 0xbff8000000000000
	.quad 0x0010000000000000, 0x7ff8000000000000
	.quad 0x406000004258fa3c, 0x011b66eac560f7c0
	.quad 0xbffffffe41080000, 0x413a200000000000
	.quad 0xff937ae6ffc00000, 0x413d871d031fc2fe
	.quad 0x000b28c7f6e7ddc5, 0x96951c4011ff7c00
	.quad 0xc10800009e12a7cb, 0xbfcb450a050d44d0
	.quad 0x49c47f4eff27fbef, 0xbd97988dffe5df7b
	.quad 0x2db58ee283f67c8c, 0xbfe7000000000000
	.quad 0xfffd71664295d1e7, 0xed6a8e10bdd0b091
	.quad 0x42a00000bf800000, 0x7f05e2d4006b65ff
	.quad 0x00c9b76ccbfa9ca0, 0x48fcf9d4ceb0b4e5
	.quad 0xffac5803f572a054, 0xf7d44a0410d744a3
	.quad 0x000000003b640000, 0x82a4a304c2f27b81
	.quad 0x80c06eac82e796e8, 0xfff8000000000000
	.quad 0x764757d23d66f80f, 0xc161773541200000
	.quad 0x00000001c6fffffe, 0x0f07dd1908750000
	.quad 0x40d800007ec1b7bd, 0x40b80000ffca01c8
	.quad 0xfff0000000000000, 0x402d9abecd628d27
	.quad 0x71480e98b7140000, 0x7ff0000000000000
	.quad 0xffc000003ffc0000, 0x8000000000000001
	.quad 0x410c0000970d9af9, 0xbff71eeee264406f
	.quad 0xda61d6579d01aa56, 0xff8000007d061f28
	.quad 0xbfad03a03b870a4a, 0x7a4a25b205d35fc1
	.quad 0xfea0340303c2fe0a, 0xb920000041abaad4
	.quad 0x438000008033454e, 0xfff108f01ebb3e6e
seed40:
	.quad 0x4157e70649d1040c
	.quad 0x000000000000001d
	.quad 0x000000000000022a
	.quad 0x00000000007a34e1
	.quad 0x5f6bc803989b46c3
	.quad 0x00000000000002ed
	.quad 0x61e0adbdf3e7bb28
	.quad 0x0000000080000000
	.quad 0x000000000000002c
	.quad 0xb2436af2ba9483b3
	.quad 0x7fffffffffffffff
	.quad 0x0000000338f4f047
	.quad 0xfff0cd96b1c6df88
	.quad 0x000000007fffffff
	.quad 0xffffffffffffbef8
	.quad 0xe32c254f8428e18c
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x7ffb9c800048f7be, 0x1a0dcb0510161353
	.quad 0xbfd8000000000000, 0x800000007fc00000
	.quad 0xcd7f2bd277fbc19f, 0xffe0000000000000
	.quad 0xcb1c7fd4f46efee1, 0x2e054deeb169fa88
	.quad 0x04bbaf08857dbc6f, 0xef2d849ee9be5bf7
	.quad 0x00000000010853f3, 0x546d438c1e564218
	.quad 0xb596b86d1c3f8000, 0x40343a64ff800000
	.quad 0x23a11c6d7fd97b1e, 0x4062564a8ad78dca
	.quad 0x4b5f55bbfdd7ffb7, 0x000d345e3a98fd60
	.quad 0x6a94f85062b4070f, 0xffc000003dda1f6d
	.quad 0xbf7f2ebcda15baff, 0xf5d7078285ef5841
	.quad 0x80000000bec3be1a, 0xb0ab096e35f9dc6a
	.quad 0xfc69e988dedbfef6, 0x00400000c3bbaeac
	.quad 0xb3ae86f2013c90c1, 0x2c66677675d08000
	.quad 0x800000003cd9594a, 0x81ee75218507d37f
	.quad 0xfff0000000000000, 0xb81857a2d397c7c0
	.quad 0xfff0000000000000, 0x932d9957f77d97be
	.quad 0x80000001efde49a2, 0x8082b849f2a18eaa
	.quad 0x3e6ce04cd9d30000, 0x7d396ec8b96c4260
	.quad 0x825ea185ff8af6fb, 0x01a35b49f6c87c01
	.quad 0x0db29fec5782b119, 0x3c1735ec30ff3004
	.quad 0x02f9d71659a8c089, 0x800000003cfaa89f
	.quad 0x26bb2475b620dfa1, 0xe0052c37b97fc5f5
	.quad 0xeb5461101bd9f257, 0xc08d0da4b579b533
	.quad 0xc1ee1d3acabd20e0, 0xfff1c87c744afeca
	.quad 0x7ef2bc5a0037dbe3, 0x7e9652e58ecab810
	.quad 0x0e43784cffa1d3db, 0xcd95600452e52663
	.quad 0x4df4960d9fdfc6c9, 0x95fbf13689319e8f
	.quad 0xd3ce2d4a7d5322ce, 0xe8b9661543800000
	.quad 0xbfca800000000000, 0x0000000000000000
	.quad 0x7f8000000592c48c, 0xfff56c5c36488e3c
	.quad 0x8040000042909922, 0xc015c00000000000
seed41:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd4a
	.quad 0xf1610e1779f22177
	.quad 0x000000007fffffff
	.quad 0xfffffffffffff4fe
	.quad 0x0000000000000001
	.quad 0x00000000000000bb
	.quad 0x8000000000000000
	.quad 0xf32b3ee33e5a0b79
	.quad 0x2b6f8d1ae841e704
	.quad 0x1321bbde55f33a95
	.quad 0x00000000000002ea
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffce5
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xb75200008008afb5, 0xe234ffa8dfdb05fe
	.quad 0x3fea59cebfc5ae57, 0xc0e40000239ca669
	.quad 0xf4b58497343082d1, 0xffefffffffffffff
	.quad 0x7d51259e34a6bb85, 0xc03481dcfc38f715
	.quad 0x80000000d9f05768, 0x409a000000000000
	.quad 0x46d00000bfcf0000, 0xc22a3614c3eb6554
	.quad 0xdf7ffffebc45c2ed, 0xd01100e1970f2e5f
	.quad 0xed20ff084dcaf92c, 0x9fcbcff684e3fafe
	.quad 0xbff0000000000001, 0x033bc6b781177674
	.quad 0x166c93a1c1755def, 0xee43afc480000000
	.quad 0x804d964f00a070c0, 0x3ec5a521ff800000
	.quad 0x4200af4497fe3170, 0x2ec9225a69fec001
	.quad 0x3fc0704176f5df64, 0x4cecb8a8e8ddfff8
	.quad 0x3cd63d73586e8400, 0x2cdfad2da6be6aca
	.quad 0x40ffffffffffffff, 0x7e4f351678cf2dce
	.quad 0xc0668b63c96864e8, 0x46de8f8b9ee8211d
	.quad 0x407318cf40d9e4f1, 0xc0ee000000000000
	.quad 0xfdf14cd3326a1ad0, 0x7fc000003dc7e532
	.quad 0xa8fa69a04d6515f6, 0xdbdd64558730fe60
	.quad 0x7296346480000000, 0xfb02174e8b0beb8b
	.quad 0xfce023f538fe7c59, 0xf7f7bb19ffc00000
	.quad 0x3f809b1a5957f125, 0x7f800000be280000
	.quad 0xc026cc34b3600e19, 0xbed8000000000000
	.quad 0x9205f4ba6dd97bfc, 0xff86fd5471e0877c
	.quad 0xfff8000000000000, 0x7ad74342fef5d5de
	.quad 0x7f80000089dd8bc7, 0x3ff0befd314627e2
	.quad 0xffefffffffffffff, 0x3ab1164adbffffb7
	.quad 0x3fc8e4aa0e80202b, 0x9caacad8f104263d
	.quad 0x48d8ae2effa2f800, 0x9227ec0a00a17e29
	.quad 0x93f0896b7f97ba84, 0xb0ac7c160c46c877
	.quad 0xffb8915fbc9301e0, 0x3fd8600000000000
	.quad 0x9b5c5bcfdaff9800, 0x718b500f81708e6b
seed42:
	.quad 0x000000007fffffff
	.quad 0x961e09df9383d16d
	.quad 0x000000000000035b
	.quad 0xfffffffffffffe22
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffe
	.quad 0x000000000001bdf7
	.quad 0x2baffdebd0679c28
	.quad 0x0000000000000001
	.quad 0xe1289311553da2cd
	.quad 0xaa2eb7aedf68dfc6
	.quad 0xfffffffffffffe0b
	.quad 0x8000000000000000
	.quad 0xffffffffffffff30
	.quad 0x4c115a973b9e34fb
	.quad 0x58b2c09eb4d180b8
	.quad 0x04400000
	.quad 0xb0000000
	.quad 0xff56380240680000, 0xf12cf60891698001
	.quad 0xc369525ef07fffff, 0x034b860254263100
	.quad 0x9eb3caceff80c8aa, 0x000fffffffffffff
	.quad 0x8131a4dcff800000, 0xc759e1177f739577
	.quad 0x4018da946f509535, 0x7d4a325d71ea8e00
	.quad 0x400d000000000000, 0xa7962cac7fcafb98
	.quad 0xff800000eed86976, 0xc0c800009a9d66dd
	.quad 0x40e5200000000000, 0x7f80000080000001
	.quad 0xc326c41504f048d4, 0x7fc2b9ac418d4f96
	.quad 0x3efb400000000000, 0x5879c353ffe3fc00
	.quad 0x7ffb6aaabf800000, 0xda8c8e49e7fefcf1
	.quad 0x7ff9670296e30db7, 0x43d9c0933e93e47d
	.quad 0xbe030fe4ff91e319, 0x0ac876da56a8d6f6
	.quad 0x6d65f79ea59bfeee, 0xf707fa1f12d89434
	.quad 0x0908717b87a72e9f, 0xc04921bf7e939b20
	.quad 0xffe95f49713ffb66, 0x43f0000000000001
	.quad 0x90b49727c4fdac98, 0x40657ae197f8f6da
	.quad 0x8c8e5cb67f800000, 0x3f339768bd9f3d5f
	.quad 0x80000001bd500000, 0x815fd137bbce0000
	.quad 0xbf43618d3dc65eec, 0x9d7d2d7fc3d10000
	.quad 0x00730c9bffc00000, 0x7ff9eb3126851a92
	.quad 0x6f29ff1b624abb76, 0x14d63c2bc97381e4
	.quad 0xc12200001be4f329, 0x9cce3d8099e7c78b
	.quad 0x3bf7ba0dcf800001, 0x1430aa4bd959fad1
	.quad 0xc1509caf92642fc4, 0x3f4000003f6804c2
	.quad 0x05e39bf150f2019e, 0x40000001ff9176ee
	.quad 0x3f418f3dcfb50ef9, 0xae830e0467a579ab
	.quad 0xff80000043ea6871, 0x8000000000000000
	.quad 0x0d7904d0ffad0e24, 0x7f8ce9e24281e5ab
	.quad 0xff800000c16cc271, 0xc2880000085bdf4d
	.quad 0xfffdd3a2288f5eb6, 0x33e322181c9a0212
	.quad 0x8000000000000000, 0xc7d70c646691ad05
seed43:
	.quad 0x5cc030f72465ca4c
	.quad 0x756154a530a3e7a7
	.quad 0x0000000000000001
	.quad 0x00000000000000b3
	.quad 0x0000000000000915
	.quad 0x009bea080699f454
	.quad 0x67eb4ed98e71d1e8
	.quad 0xffffffffffffffc1
	.quad 0xb224f982bc8e6cf8
	.quad 0x1b30b08d340b83e5
	.quad 0x546f3e538f01063b
	.quad 0x0000000000028e8e
	.quad 0xfffffffdb6c93b71
	.quad 0x814f4f5909fc6cf0
	.quad 0x7f84fb31fcfd71ff
	.quad 0x1d46a70388eb8d60
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xb90c91339c693d05, 0xbffbec2f477c3d48
	.quad 0x67335188ffd94a90, 0x69d4fc60d0c3c500
	.quad 0xc01a000000000000, 0xf222e3907ff7ffa6
	.quad 0x40efffffffffffff, 0x1d479403479ca0a2
	.quad 0x00271812f80b32f4, 0x7f800000ff9006e2
	.quad 0x40a000003bb68314, 0xa4323abb7f2d82bc
	.quad 0xbf8ec00000000000, 0x7f5d502700000000
	.quad 0x1343a133b352fc00, 0xecfb1bc00111dae6
	.quad 0x29d1b979ceab4100, 0x9cb86cd6ff7fedf5
	.quad 0xffae031f253ff7f1, 0x000bf1bc5a096b53
	.quad 0x3fb88d4724a53a58, 0x80c31c45df000000
	.quad 0x3f64400000000000, 0x40029cd6d520d2a6
	.quad 0xff8000007f0ce638, 0x7fec495aaa28e432
	.quad 0x7b0fc3268cb3a6a8, 0x3173661190bbfc17
	.quad 0x4034fc73a9fd4037, 0x4bccedbf6fa37b68
	.quad 0xbf84043acd22fbbc, 0xe8e7ba859fb5381d
	.quad 0x43523ef2423f7c8d, 0x87c753c0804aaa8a
	.quad 0x9ddd479f3d0b5237, 0x80000000df7fffff
	.quad 0xc05211635341f538, 0x43fd8fec81063276
	.quad 0x4016000000000000, 0x7fff48d7e90e087e
	.quad 0xffd3c6743feb5d13, 0xd14c76e9510c55e6
	.quad 0xbf2000000028568d, 0x8053157480000000
	.quad 0xb59cb811dfec7c00, 0x004bc6d580000000
	.quad 0xec7b21a235e97e00, 0xbf7a566c41f8b558
	.quad 0x3d40df5cbf568b9b, 0xe0674d8261fffacb
	.quad 0xc82d5088c4cf2a00, 0x397718923646ecff
	.quad 0xcfe99835b940fcd3, 0xbfa820ab3ae30101
	.quad 0x8b90ec20ffbffc55, 0x6d0fef67ff3ed820
	.quad 0xfde784a30c436ee5, 0xc3fef45b4300185f
	.quad 0x82bafae490cfa7d0, 0x3fe9baf5e8a7206e
	.quad 0xb2ca3cdde5d572c5, 0x0c0e4bb7e3d7fdef
	.quad 0xba912421217e0001, 0x401f000000000000
seed44:
	.quad 0xffffffffffff9fd9
	.quad 0x00000000000003d5
	.quad 0xff7aec782644ec19
	.quad 0xfffffffffffff41a
	.quad 0xfffffffffffffc1e
	.quad 0xffffffffffffffb7
	.quad 0x0000001a4bdc5649
	.quad 0xffffffffffe118e7
	.quad 0x0000000000000001
	.quad 0x003290fc1e335027
	.quad 0xffffffffffffff04
	.quad 0x0020000000000001
	.quad 0xfffffffffb39f435
	.quad 0x00000000000002ee
	.quad 0xfffffffff7ff2912
	.quad 0x58f03e89691aa76f
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xc015953a4eb3ff14, 0x3fcec692ce89d14e
	.quad 0xc0300000d9ffffff, 0xb919d35727c6788e
	.quad 0xc0f0000000000001, 0xff20a91be3b5ddef
	.quad 0x4b9d4c9cad23fc9f, 0xd2cf38b0fff3ff53
	.quad 0x0f9baf364a7d8341, 0x9728bd42ff800000
	.quad 0xc0197b0635fb0b66, 0xdfeb65627ff27800
	.quad 0xc088000080000000, 0xe61b4987c2b5251d
	.quad 0x7ff3c2a7ca677d02, 0x7fe999ae47ea2a30
	.quad 0xaebe3bf9ffffffff, 0x8000000000000000
	.quad 0xff800000d045de94, 0xfea044774bdb6c75
	.quad 0x014222cf3cbcb30b, 0x7fc0000077d2e722
	.quad 0xfff0000000000000, 0x802a16fc41140000
	.quad 0x3f814b9633543957, 0x26011b474c42d0cb
	.quad 0x959e62cfeecdfd7e, 0xfbde6220a8ff44c0
	.quad 0xbc7d6e7bdab1fd01, 0x55a8771e34cf87b0
	.quad 0x00000000ff800000, 0xed46ecf9857a1471
	.quad 0x8963cc6dffc411c8, 0x5d739544c1268b74
	.quad 0x40000000803500d5, 0x78ca48500064bb0e
	.quad 0x7f91c946c0e80000, 0x417f0fe11da8f313
	.quad 0x1fe98b22bb9dfdfe, 0x807674d442323dbf
	.quad 0x379a91e8ff6ca79c, 0x7fb978f300000000
	.quad 0x001e8afdffc00000, 0xc3d2366f3cb58000
	.quad 0x3f9e6b6e9625e47c, 0xc059747300ac53ae
	.quad 0xc021300f8ffb52a4, 0x7e15438ccc3b7ccf
	.quad 0x002fffffffffffff, 0xc124000000000000
	.quad 0xd7885f3dfffffaff, 0xff800000c0c00000
	.quad 0xbfaf4b4645978000, 0x800dffccbbabd7c6
	.quad 0x9905b3e143a6747d, 0xc406331afed7ff4b
	.quad 0x8b2437c4e8fb0000, 0xbee4350f00000000
	.quad 0xffd071b5150a9d76, 0x7f8790f880000000
	.quad 0x07053cdb13c9fc00, 0xfff54c62f2a91d4b
	.quad 0xe3280a519cf9f3ff, 0x19c923d8da000001
seed45:
	.quad 0xfffffffffffffd9a
	.quad 0xfff9e1fe93323996
	.quad 0x0000000100000000
	.quad 0x0551e0678906b047
	.quad 0x53c84cd135798cc7
	.quad 0x8000000000000000
	.quad 0x0000000000000212
	.quad 0xb58d859ab7801b08
	.quad 0x94f5de336968b454
	.quad 0x00000000000133e2
	.quad 0x22eee235b67e2aca
	.quad 0x78729e64532545a3
	.quad 0x0cd365d88e10145b
	.quad 0xff3c9e725c18ef00
	.quad 0x0000000000000007
	.quad 0xffffffe694f6ca24
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xffc000003fa00000, 0x0000000000000000
	.quad 0x40600000ff800000, 0x8000000000000000
	.quad 0x800880811c6f5ae9, 0x3ed85b9d7f800000
	.quad 0xc70c21ced44c7ff3, 0x407f683a25d7c91b
	.quad 0xbca42a80ff7fffff, 0x73a9bb957dd0e45f
	.quad 0x1ca9282465a67cb3, 0xc0d2000000000000
	.quad 0xe8adbee0cbb67ffa, 0xffc00000c03fd948
	.quad 0x0000000000000000, 0xcda9ad1fce4d337e
	.quad 0x3f93dd656ccd826f, 0x7ff0000000000000
	.quad 0xf86c562ade587e00, 0x57f1daf2df7fff25
	.quad 0xff800000ffbb0847, 0xa9415dff6feeb5f6
	.quad 0x0e2b013abb4fc180, 0x9000acf89d2fc620
	.quad 0xc3b301326e065664, 0x9a3846555f632842
	.quad 0x7ff7d94110015c15, 0xfff15e9e75dbf075
	.quad 0x3e37db397f800000, 0xff95e6ae00000000
	.quad 0xff982a6a3fc00000, 0x0c1a619155fefdff
	.quad 0x7fffe9b04e55894d, 0x5469f4297fc00000
	.quad 0xbfe0000000000000, 0x588e5e47d41e2328
	.quad 0x3bb806a3417ca284, 0xdfb06dee9e76fe00
	.quad 0x4766452684d02409, 0x10c8c48ff35cfe00
	.quad 0x1b8d078acc4ab410, 0x13f51760fd898000
	.quad 0x7ff0000000000000, 0x0b54a0acffb6fff9
	.quad 0x43b00000bfaa8000, 0xd700b434b0decc74
	.quad 0xb70bf3d233475c40, 0xc10a12eed940258a
	.quad 0xa163103dc4cb637a, 0xbfed2a2cfb3f67a9
	.quad 0xc1080000c8fa0000, 0x093bf079c6227c00
	.quad 0x00400000064d5f90, 0xe09f1aed7fc04bc9
	.quad 0xf918472ff6ed328c, 0xe41efc9cef7f7e66
	.quad 0x7f8e201bc13b3a4d, 0x416150060014ee58
	.quad 0xffc7dac3874ed6df, 0x800000000b1c4ed8
	.quad 0x30be923cfbffffed, 0x001fffffffffffff
	.quad 0xdccf66c02befbd9d, 0xa3edfcc8dcac8000
seed46:
	.quad 0x126dc8486b64851f
	.quad 0xfffffffffffffe25
	.quad 0xd39b4efc7c58d4fb
	.quad 0xfff538db99134685
	.quad 0xfffffece28ed2eb7
	.quad 0xfffd235a2b7f15e1
	.quad 0xaf604fb7be7b8e43
	.quad 0x0020000000000001
	.quad 0x5d6c6a67f225bbcd
	.quad 0x15c657ed964e5306
	.quad 0x0000ec92abff4831
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffff47a
	.quad 0xffffb254d2766a28
	.quad 0x01000000
	.quad 0x40000000
	.quad 0x15f4151cc4f109d4, 0x4f4f5b3718d90706
	.quad 0x5529ef1ddb2436dc, 0xcfad3ccef7dedfff
	.quad 0x4440000000000000, 0x81bb01eeae20f671
	.quad 0x3d31df48f59c7c56, 0xa76fb117ff6fb77f
	.quad 0xd6fd3cf6ecc1a0c0, 0x0000000000000000
	.quad 0xfffd2de1e1124fef, 0xfff568d098ba02e0
	.quad 0x80000000e11ca4d6, 0x3de1703afa7a4c0f
	.quad 0x7a675cd2e7c77db5, 0x000e7e78d9332764
	.quad 0x3dbf935fffc00000, 0x7ffc27c40b1a2a61
	.quad 0x737d7b9b6b53e940, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x6215afe54cfdbe00
	.quad 0x3ffc000000000000, 0xff800000ffb0b75f
	.quad 0x8a1ba04a5868cc2c, 0x23bf267f77ffe00b
	.quad 0xc04f76b83da00000, 0xfff0000000000000
	.quad 0x0111cc1dc0600000, 0xc4700000c2fb752e
	.quad 0xa8c4444fc7800000, 0x0ed3fd1f7292c100
	.quad 0x8000000080000000, 0xf21b5dd5d32edf64
	.quad 0x7e9de77698f4ed01, 0x851b9592800924ba
	.quad 0x5707e983d6d17c00, 0x3faccdf39f23ac0a
	.quad 0x7f800000058c25f2, 0x3feeeba00f996925
	.quad 0xd2509cc70ce969db, 0x0000000000000000
	.quad 0x4362394dbdcbfb97, 0x85e9fcaff3fffe7d
	.quad 0xec650c5aa2480000, 0x40effffffffffffe
	.quad 0x7f9fbdae00400000, 0x7fc00000bbaef8f8
	.quad 0xebdeb2e63af4fe71, 0x0000000000000000
	.quad 0x7ff27564077a7257, 0x00872463b76656f1
	.quad 0x562ea0d2fdfff9d9, 0x7ff0000000000000
	.quad 0x922603f2f17038fe, 0xc38e791bffc00000
	.quad 0x3f20000000000000, 0xce13c9e69f8e8fdc
	.quad 0xfff35a2544802f73, 0x71adf6debb19411d
	.quad 0xfff0a8e4f0cd0a28, 0x637306b5ff6fefbd
	.quad 0x4112000000000000, 0x3e2234fd7fb6db44
seed47:
	.quad 0x26685930e6db26b7
	.quad 0x000000000e08d082
	.quad 0x70ad10fefe671384
	.quad 0x1dc6bee93c0d54f3
	.quad 0x5c38020498faf3d3
	.quad 0x002ef8d8c1c2ae8e
	.quad 0x0000000000003559
	.quad 0x87858b909a08b39a
	.quad 0xfffffffffffffef2
	.quad 0x0000000024e4db56
	.quad 0xfffffffffffffe64
	.quad 0xfc15760863283f03
	.quad 0x000000000001d6b5
	.quad 0xe66c55639bcceb72
	.quad 0x0c2f1bacab92f95e
	.quad 0xfffffffffffffff6
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0xab026ab608bffe00, 0x7fd80c30fb6eeb62
	.quad 0xfff0000000000000, 0xd7120f91ffbc4dd1
	.quad 0xc048c262d2c44778, 0x41d317568bb57480
	.quad 0xed8bab3875fdff5e, 0x403393d1c9529853
	.quad 0xbf7822247063097f, 0x42991c807be178b9
	.quad 0x05577398b3a98fff, 0xf6fce143ffef7fce
	.quad 0x432e0000be6826f3, 0xb1f5fd9230843d87
	.quad 0x8f940734f447ffdd, 0xdc5afb64ff9ffefb
	.quad 0xcb8d34f58b7975a4, 0x7f800000bfc00000
	.quad 0x000c294c59840418, 0x7fbdec48c2d89871
	.quad 0x4060aac2dd4e24d2, 0x800a4dc58b3caa32
	.quad 0x8c7961e1fffdbe39, 0xeee1dfb972f7dfff
	.quad 0x807b1c3700f21198, 0xf57bfa23262e5f56
	.quad 0x01b474e5974f7d26, 0x1fd4f506db310000
	.quad 0x83a9703ab5365f3a, 0x7fa5d26aff269146
	.quad 0xaa2af6a6cf3324ef, 0xe7f844986774d611
	.quad 0xffae51257f800000, 0xf4066f77d35ba4c1
	.quad 0xfda4fc4099b80e8e, 0x8000000000000000
	.quad 0xe7c4b624df7fffff, 0x14a42f0aa981b64f
	.quad 0x24075861afe7bcf7, 0x8000000000000000
	.quad 0x0725825cfff0f7ff, 0x7ff8000000000000
	.quad 0x7077362dffffffff, 0x801727ba8a248881
	.quad 0x7f800000007fffff, 0x8a8b721abefbb400
	.quad 0x994e914e3ddffead, 0x80000001c0c00000
	.quad 0x44bbc213db7b7fdf, 0x3ac91646068d7628
	.quad 0x9bf54c2851920000, 0x4da75af4aa9488c4
	.quad 0xff800000c0e9dabe, 0x5b0fbd7e72ea33b2
	.quad 0x72bf09fa8f8e2ca3, 0x803355d5005d8962
	.quad 0x0000000000000000, 0xfb8b13963fe9fcc8
	.quad 0xbc29c16196b07c89, 0x40bc00007f800000
	.quad 0x1a668f993e6d6a3b, 0xe2deb4a30040abcb
	.quad 0xde79eb52ffbe7cad, 0x338d412a723d58a9
seed48:
	.quad 0x0000000000000011
	.quad 0x00000000000003c6
	.quad 0xffffffffffffffbf
	.quad 0x00000362f53966ed
	.quad 0xffffffff80000000
	.quad 0xc0dd3a8ec83861ce
	.quad 0x80cff594f8fda6f4
	.quad 0x4534e9fde7c2db60
	.quad 0x0bf9d12806f4a127
	.quad 0x0020000000000001
	.quad 0x00002c699e6bba1a
	.quad 0x094ceb69a9fe47bb
	.quad 0xfffffffffffff198
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x44aa5118674c1753
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x5b847463bf90ca94, 0xc090000000000000
	.quad 0x707e7925fff77fb5, 0xc1700000be100000
	.quad 0x7cd0e08effb5beff, 0x965703143bc797f2
	.quad 0x803c7646becb962a, 0xca01c721774efcab
	.quad 0xc75414ebf697ffed, 0xf04990bbdbe98000
	.quad 0xf714910d2f1b2774, 0xf5ea2cd97f800000
	.quad 0xffe0000000000000, 0xffc000004ec99d14
	.quad 0x477fffff7fc00000, 0xbfd9fbdd2644d1d2
	.quad 0xc0706f1a6c0973c2, 0x7fff8175ce7ad42b
	.quad 0xbfc7014c81000000, 0xfffbd36e687939b5
	.quad 0x40381873f304c616, 0xc2b7ab9339e0c001
	.quad 0x3fa7000000000000, 0x807656acff800000
	.quad 0x800e34d98e4af3be, 0xc130adc0d81dca0a
	.quad 0xffe7bcd1ecb61d48, 0x7e6c71339a52fca1
	.quad 0x7f800000f0cade95, 0x50dabf75434d6517
	.quad 0x2a96025e70292a5b, 0x3fc79271b1e53879
	.quad 0xff1f911f80666920, 0x03c7a00635e74390
	.quad 0x0ae99c15ff800000, 0x4120000001000000
	.quad 0x000378055c16e270, 0x1a11ab6f795b79a7
	.quad 0x95345c707fc49347, 0x7ff6a47df2ff2cd8
	.quad 0x3bac00fc5c039605, 0x247cdfcabed9fbff
	.quad 0x9645bc9af7f7abff, 0xfff69fcfb93f69d6
	.quad 0xc290000080f89625, 0x4024000000000000
	.quad 0xc2ffbfaf7f800000, 0x9225abc3ff6fefeb
	.quad 0x9db1fc9bfffad77f, 0xffdfffffffffffff
	.quad 0x7fbda253fed1e66b, 0x8a017aa27fdd9978
	.quad 0x7fc00000ffbeff92, 0xda2f35e83493313f
	.quad 0xdafe18dcbfeddfdb, 0x5bf38262f30b7df0
	.quad 0xbd84b9ea7f800000, 0xef0a0b37774d27fe
	.quad 0xff5186e9ff937996, 0x0000000000000000
	.quad 0x548000004da8458c, 0x80000000768fae5d
	.quad 0x61dec702fe8fbd4b, 0x004e8b36e8f8fcce
seed49:
	.quad 0x00000000196eaebb
	.quad 0x157acccb4fe3d438
	.quad 0x00075aacbe539d37
	.quad 0xfffffffffffffffe
	.quad 0xb865383ca28ee48a
	.quad 0x6eae367e01c79e6c
	.quad 0x9212541c1e6869ba
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0xffe497774935e560
	.quad 0xffffffffffffffd3
	.quad 0xffd8816badbdfc9e
	.quad 0xd9f6bd5f8f777eda
	.quad 0xef657c6c50817cfa
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x211c0cf27bdf7c00, 0x7ff42fd469b58664
	.quad 0x403d25f8683716e5, 0xbe0e84b33d07915e
	.quad 0x03aef41c7ffffda6, 0x3febf046491c0c88
	.quad 0xdd430085e9ffffff, 0x00000000803171e0
	.quad 0xd4f085e53f1fddea, 0xfffc1fdb254f2f5e
	.quad 0x4129c06f195fe9cd, 0xc1ffffffffffffff
	.quad 0xb75d4f5945b5fa4a, 0xc063b224fb811775
	.quad 0xc0c4000042edc58c, 0x19828cc1961346e1
	.quad 0x000ad3d6cea2b66e, 0x7ff846613e5199c5
	.quad 0x8000000000000000, 0x1056def25cca39f2
	.quad 0xfea9e863ff9c2ec9, 0x9e2ff92d00000000
	.quad 0x42c4430650830000, 0x676e0da28012d84a
	.quad 0xfff0000000000000, 0x940073b08e2ecec1
	.quad 0x7fee9828b518a378, 0xffa528e4ff800000
	.quad 0xc07e6e022840dd3e, 0x7dbfca6a026fa624
	.quad 0x7c71c88a7f1ab78d, 0x2dde3595d6e32fc4
	.quad 0x24f175bbd5e66d00, 0x40f1000000000000
	.quad 0x0b5dd756df7fffff, 0x7f5e96824aced7f5
	.quad 0xff800000ffe3deeb, 0x716387afcd61f7ec
	.quad 0x7f13879e7fc773cf, 0x7eebe7329ac96733
	.quad 0xbfb3446f817fffff, 0xa9800e00cfa1774d
	.quad 0x9c9c993335ac0000, 0x7ff6f48457673f76
	.quad 0xc01b730ace4e6ff7, 0xc1fa000000000000
	.quad 0x44a7e9febc2f8d6e, 0xd23bbbd908ebfe00
	.quad 0x82f0381199e1fd46, 0xff8000007cb1fa93
	.quad 0xc2bead6440100000, 0x31c1889b766fd624
	.quad 0xa9ae13597e287d94, 0x5461154cf4067dfb
	.quad 0x4000000080000000, 0x0025ea7926981013
	.quad 0x294f5697fff7e741, 0x7ff8000000000000
	.quad 0x7fb1a118fc2a2edf, 0x403c389a3197ee9a
	.quad 0x003b2ac67fffc2b2, 0x81d1a9c1beee7fff
	.quad 0xc0e00000ea7359a6, 0xecdc6cbd77f7ffb5
seed50:
	.quad 0x9cffb50977e71471
	.quad 0x0000000000000391
	.quad 0xf6b598b7eec86b29
	.quad 0x60eab304526259e0
	.quad 0x000000000000021e
	.quad 0x00000000000001f6
	.quad 0xffffffffffc98fae
	.quad 0x0000000000000000
	.quad 0xf0fbcdfb8ba62860
	.quad 0x54a91185b350fa33
	.quad 0x620bc2acf577ffb0
	.quad 0x00000000000003d2
	.quad 0xfda636692fa098f0
	.quad 0xffffffffffffffb5
	.quad 0x00000000000000e5
	.quad 0x9259fe8eec7eb014
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x4ffffffe80000000, 0x8000000000000000
	.quad 0xc024000000000000, 0x1ddf4fbe2c70c856
	.quad 0xff80000098160b3a, 0x872b81579ea221c0
	.quad 0x3aa0000080a2cd00, 0xfff8000000000000
	.quad 0x6330a06e5a5e79dd, 0x6473715bfff0fdb7
	.quad 0x7ff0000000000000, 0x7239ff88aa7f4e16
	.quad 0x7ff76a60823ca197, 0x0000000000000000
	.quad 0x3fe77bec17ce5cd4, 0x7fe34e25804fb8d9
	.quad 0x800ae9f390489952, 0x0000000000000000
	.quad 0xbfe792a3ffd6da25, 0x3fd92a45cb63fc51
	.quad 0x8020c618eecb5e41, 0x000000007fc2e82c
	.quad 0x0302a51f2405bd67, 0x000000007c6761dc
	.quad 0x8000000054c19ccf, 0x800000007e839d85
	.quad 0x4ced6a2458ccd06c, 0x92a21f6376940500
	.quad 0xc08800007f8c9bc1, 0x3fcb28405020d691
	.quad 0xceb7c692e4b67d47, 0x0094bc803ae34ace
	.quad 0x64e07907acb3ba80, 0x25643138fff5c5a0
	.quad 0xbc88be2dde402a1d, 0xfeb565265a37e46d
	.quad 0xe634615d0b9b7cea, 0x7f280edcffca6ffe
	.quad 0x6513a4a399a504d2, 0x7f80000042f469c2
	.quad 0x5ebfbcc0d3ff7bf7, 0x0000000000000000
	.quad 0xbc636b8d61727e00, 0x3fb4c52c174a2082
	.quad 0xf843222a804566f0, 0xcad6ae31ff100945
	.quad 0xba96975cb5e3fc8f, 0x3840000080000000
	.quad 0x52ea54f144a4d361, 0x18d164ef12da1bd5
	.quad 0xf7e05989bf008419, 0x4104000080000000
	.quad 0xbb46ee1b41d97c00, 0xc034bcda389bdfa2
	.quad 0x80000000ffa1770f, 0x41140000c35a6568
	.quad 0xc0f0000000000000, 0x7f800000437a97bf
	.quad 0x4021c00000000000, 0x54f129f2ffbfeebb
	.quad 0x72ede27d742ffbbf, 0xc06e000000000000
	.quad 0xff8000008130bd1e, 0x7f047bde3eb72904
seed51:
	.quad 0xc5d8d54569e1b40c
	.quad 0x8000000000000000
	.quad 0xffffffffff66e815
	.quad 0xfffffffe372d3cb4
	.quad 0xffffffff80000000
	.quad 0x0000000000000037
	.quad 0x00152b8e8b27841a
	.quad 0xf274d098d39249b8
	.quad 0x020b17088b6a4040
	.quad 0x99d48c9d94b69c24
	.quad 0x000000000000006d
	.quad 0xfffffffffeb09dc2
	.quad 0x1251c9f3ec261b12
	.quad 0x0000000000000399
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff07
	.quad 0x06000000
	.quad 0x50000000
	.quad 0x4be0d9035ed7583f, 0x82ab3f72285edb19
	.quad 0x3fb5b7e0aa115afd, 0x7619603df8dfb800
	.quad 0x00075993c1be6af1, 0x000563daeac19c87
	.quad 0xbfc81278ecb4ebc5, 0x4023800000000000
	.quad 0x817fffff7ff8b08c, 0xff800000ff800000
	.quad 0xe9bfa06cdbe2dbbd, 0xc057d082bbacc444
	.quad 0x4021c00000000000, 0xbba56b586ddd09a9
	.quad 0x3dfdf71625bc8967, 0xfeb7f1f5bc6cbe97
	.quad 0xafd71c01bc778000, 0x8000000000000000
	.quad 0xffa2480e3b893477, 0x7c2caf30d12f0000
	.quad 0x23c970c0708cac00, 0xf9dc1f16f6113a35
	.quad 0x3e0c40c97f800000, 0x44331280eef6e6f4
	.quad 0xb6ec00007fc00000, 0x527b69533f400000
	.quad 0xffa91ef9116c9883, 0xbfca3120699a434b
	.quad 0xaf3592f8df000001, 0x40097005de7c615f
	.quad 0x40fc00002e4816a3, 0x017fffff181100ef
	.quad 0x7e59875240980000, 0x5d391e8c87ce65eb
	.quad 0x403737933f86ff33, 0x0000000000000000
	.quad 0xe58ee18d9fbe27d8, 0x40102541e6a3d44f
	.quad 0x3fdda649155f0a79, 0x00ed70d37dfffffe
	.quad 0x7ff0000000000000, 0x3fe5c2ba1abf3f96
	.quad 0xbeb98d260070ec76, 0xc94000007bcecb10
	.quad 0x74fe2a1dee304640, 0xefaf90bdbf5fa44e
	.quad 0xd17b9caf06bd0d3b, 0xeed2f9177fd01a86
	.quad 0x40500000d9ffffff, 0x000000003c9fc14a
	.quad 0x4334ef876f64e384, 0x4d000000756fbebd
	.quad 0x82ef6ac3e7555794, 0x8000000000000000
	.quad 0x2da6f903a31630af, 0x7ff10f5f2c4142c4
	.quad 0x31036d71c0dc0000, 0x3f4169117c1bffe7
	.quad 0x00000000407ffffe, 0x31529f32c2a42111
	.quad 0x00a25618004fc998, 0xc73600007ebbebfb
	.quad 0x40238723b9abf2e4, 0xc00f506c9dc3382d
seed52:
	.quad 0x00000000000000e5
	.quad 0x00172dda17bd73a3
	.quad 0x2fa618594215b77f
	.quad 0x000000000006d1d4
	.quad 0x2844ebd9247966a9
	.quad 0xfffffffffffffffa
	.quad 0xfffffe4d5bcfc7dc
	.quad 0x0000000080000000
	.quad 0xf0cbcf2da61ed027
	.quad 0xfffff6ed3e14af53
	.quad 0x8000000000000000
	.quad 0xc4dbe4a7afa71a9d
	.quad 0xfffff9774cd5bdf6
	.quad 0xe78eb6b8fc4f8365
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xc3344843e6ef3ddd, 0x400718a1ed231e19
	.quad 0x7ff0000000000000, 0xbe80000078d632f8
	.quad 0x53b4f211159e3011, 0x675f39f2ab6f7cc3
	.quad 0x7ff0000000000000, 0x6b9386857f4d9683
	.quad 0xfff5e0f347607b09, 0x4285620d00720a2a
	.quad 0xd079a2a8fd8b7cbd, 0xb9700000ffc00000
	.quad 0x33a2043a4f987ed0, 0xc09b000000000000
	.quad 0x062b4db4befdfffa, 0x22ce2381ffe7ffff
	.quad 0x868d8cfe4ef27c00, 0x90943be8ff800000
	.quad 0x8000000000000000, 0xf8fc5bc7cee04850
	.quad 0x8000000041b3ac18, 0xfff8000000000000
	.quad 0x725cc23427e2694b, 0xc11400005f7fffff
	.quad 0x02bef963944ab61c, 0xfff018637b44eefa
	.quad 0x013096981a8e4ceb, 0xc841d3f8d52e2a26
	.quad 0x4f061417ffaef67d, 0xb045e0f013893c00
	.quad 0x72fd98a2bd17b0bc, 0xa5e285247fabfbb9
	.quad 0xedab3503214c32a3, 0xfff8000000000000
	.quad 0x40f9477dd894058e, 0xaddd6c4f6428c380
	.quad 0x432ffffffffffffe, 0x7fe04cb4430b97e2
	.quad 0xecb55d7d4bded233, 0xffb8df95bed81a5f
	.quad 0xb705cfb8df3befe1, 0xbd8a32727f922691
	.quad 0x8000000000000000, 0xedadfa25ffc00000
	.quad 0xcffffffece3cf716, 0xbd5e3d30006902e5
	.quad 0xbfb3d25cceb58263, 0xff81397eabbb73f3
	.quad 0xbf776d5447f2bc6c, 0x8005edc46e87c8cf
	.quad 0x6e4db65ff87d126c, 0xc0f64702b7058864
	.quad 0x00000000ff800000, 0x94726828b62301b8
	.quad 0x1f9ec0237fdd0000, 0x29ce4a99fe7ff820
	.quad 0xbfffffffffffffff, 0x98681fbbff8cbe17
	.quad 0xc700000100800000, 0x7fa3b0fdc0d00000
	.quad 0x8000000000000000, 0x80b3165c3a24d1a0
	.quad 0x43b6bcbf54800001, 0xff8000005f7fffff
seed53:
	.quad 0x0000000000000230
	.quad 0xfffffffd01e67c62
	.quad 0x000001f8d816e899
	.quad 0x0000000000000001
	.quad 0x7c3a396cfc745a23
	.quad 0xef03aa5a21821e91
	.quad 0xae4c7a389f96a824
	.quad 0xdebf060c7b5835ee
	.quad 0xac3ff2ca608f7a5d
	.quad 0x6fe35463d2b43bd0
	.quad 0xffffffe1c5355fb8
	.quad 0x81445e133ab60d20
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0xb5dc2d2dbc1bb87b
	.quad 0x000000000197aeed
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0xe260f8565eddff21, 0xc071d9705829f7ca
	.quad 0x0460ecf65c460736, 0xf48254ccffa50982
	.quad 0xe1e5abe3fd7f46fe, 0xfffb7e002e277394
	.quad 0x3ccd66e87e15cada, 0x401b87beba6ba198
	.quad 0x4254791443e22286, 0x239df636c5e7c540
	.quad 0xffefffffffffffff, 0x8002127e8de09b79
	.quad 0x7eb336ec41bc0d21, 0x7eeee150c417ae23
	.quad 0x875f3cafc9e7a2f4, 0x40900000c32bb17a
	.quad 0x77693f9efffe84d0, 0x4ace6f8b3e898294
	.quad 0x7f800000c07ffffe, 0xb6f800003d3f3c5a
	.quad 0x4006000000000000, 0xfff30ab5c02b011a
	.quad 0xff022ef5db7fffff, 0xfff0000000000000
	.quad 0x826d701bfe5f6db7, 0x3f889e020a2e3c3f
	.quad 0x7f3d53e5b1d9b1d8, 0x3fa36d3b5a5d331d
	.quad 0x80000000c0900000, 0x000000003c603865
	.quad 0x40500000151b394f, 0xff89fee5c27d5847
	.quad 0xb774c0764f39aa73, 0x40a1c09afe2a6ec1
	.quad 0xbd55cab64c7fffff, 0xa029358e6dfaabf1
	.quad 0xc021000000000000, 0x7fc0000000000000
	.quad 0xb6fb6b209f485f38, 0x8000000000000000
	.quad 0x64cf4fd9b0f7ff4f, 0xbf4f7ea3e9ca63d4
	.quad 0xbef4bdd53b92d5b5, 0x580eda960f490000
	.quad 0x5f115b50a8e05300, 0xbdc783bd217f4bfc
	.quad 0xc110000000000000, 0xfffeb839f963038a
	.quad 0x80000000003c7ab4, 0x1ccbb58840240c08
	.quad 0xc330000000000001, 0x4023000000000000
	.quad 0xbfdb9293d6b3522d, 0x55eb7fbcef9a216d
	.quad 0x0000000149100000, 0x022c758d97ff2b69
	.quad 0x43f7220f16243ce5, 0xbfa40f8c9f14460e
	.quad 0xbcbb1dadc3fd5e6a, 0xbb9bb472005767d7
	.quad 0xc1fbaa2d80ffffff, 0x8000000080000000
	.quad 0x405880b940500000, 0x78afe4af8addbcd6
seed54:
	.quad 0xee8309bb3f4b64c9
	.quad 0x0000000000000183
	.quad 0x0000000000000000
	.quad 0xffffffffffffffd4
	.quad 0xf603613f3b65ac82
	.quad 0xff39aeeb70c24c67
	.quad 0x000000000000026c
	.quad 0x9a0061276cdd667a
	.quad 0x000028ccdec6e67a
	.quad 0x382c2373f4bfb04e
	.quad 0xfffffffffffffe8c
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffb762
	.quad 0xf1de77d9416538dc
	.quad 0xffffffffffffff73
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x7fc00000ff800000, 0xa237ac0efffeff3a
	.quad 0x82766b8cbc752df5, 0xcb0b639effcee775
	.quad 0x802fffffffffffff, 0x7ff41a375069c50a
	.quad 0x479a00003f4f88c8, 0x22a1772dbbcb81bd
	.quad 0x946b8b6afaa3ae10, 0x8000000047000001
	.quad 0x3fa00000ffacdf31, 0xbf94000000000000
	.quad 0x0088fa29b147aaca, 0xb9c975d346adfc1d
	.quad 0xbbe0de22ff800000, 0x7fca9a62a52c0cbe
	.quad 0x6088108e66a68000, 0x7fcd86287fc00000
	.quad 0x9c761df0afa7effe, 0xe65b251d0dedf6aa
	.quad 0x00382ede02cc92e5, 0xc0f0000000000000
	.quad 0xd953d340317436d3, 0x3f61000000000000
	.quad 0x3e318fa843f04487, 0x73efce023fffee7e
	.quad 0x7ff94deb7eb9aaee, 0x58d1e66ba9c27216
	.quad 0xf22488572d4d8800, 0xc3f372f88eb66b03
	.quad 0xbfb33284d50534be, 0x3ed92ed05fffffff
	.quad 0x8124afe5fa361d60, 0x017fffff88ef6cfb
	.quad 0xd47f6750a14281ae, 0x7e0cf8fe775847c5
	.quad 0xbe96cdee9b456e13, 0xc1158f5425bfd47d
	.quad 0x25b45fc85ff206b6, 0x353fbd1550c13600
	.quad 0xb4ac3bbcbdc07f51, 0xc3e1c1f2fffce7e7
	.quad 0x6893ca1a01b21800, 0x69a16ee5ffbfa68b
	.quad 0x6ffe6a3523fa47b0, 0x56600cbf474e4480
	.quad 0x02454bf547180000, 0xc053498af5ab15e0
	.quad 0x00a5bb3609727b65, 0x3f40000000000000
	.quad 0xbc5d0706ff41d5e5, 0x0ec7e8c9ff5b3b2e
	.quad 0xff800000806fd6e6, 0xc6700000e36968a7
	.quad 0xc18525e47facc43e, 0x7ff8000000000000
	.quad 0x8046b701feffffff, 0x800000007f800000
	.quad 0xff80000096ab2c4f, 0x70349399fffdbffa
	.quad 0xe56f3dbd01d78000, 0x4629760d6f9ffc00
	.quad 0xf5627192e3ed96e3, 0x7ff0000000000000
seed55:
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x59a36e251acefadb
	.quad 0x7c3770feb409b658
	.quad 0x0000000000000001
	.quad 0xc249a2dde929aba2
	.quad 0x0020000000000001
	.quad 0xffff76703e83c489
	.quad 0x9f058e46a6c40c38
	.quad 0xffffffffffffffff
	.quad 0x000000000000024b
	.quad 0x0000000000000366
	.quad 0xfffffffffffb12ae
	.quad 0xf5e17347a21978e4
	.quad 0xfffffffff8cfd6e4
	.quad 0x03800000
	.quad 0xf0000000
	.quad 0x55a62a33798c7931, 0xc22970017fc00000
	.quad 0x3bcceffe7ef7cf8e, 0x38fa8a9afeffffff
	.quad 0xb0bcac9cdb903e00, 0x4e7bb671f8aee1ba
	.quad 0x833c0f29fccedfae, 0xe1f632d0fefd7dff
	.quad 0xf15e785d47e7a661, 0x0c6b4ba652918bff
	.quad 0x3ff72975d9b5f8e6, 0x017fffff30825dcd
	.quad 0xc12e12fac57ba8a6, 0xfff3fc8ffd4b05f3
	.quad 0x37b3d7de1ee2bd76, 0x7ff0000000000000
	.quad 0x400d603b9fe3f3af, 0xfff0000000000000
	.quad 0xdc0eb49cf0577eb9, 0xc06bccbe1643043e
	.quad 0x484a32ddecd80c02, 0x1fa8a0be53dfb511
	.quad 0x7d84bacfef691868, 0xc0d4400000000000
	.quad 0xbfde19a449f8e401, 0xfff8000000000000
	.quad 0xbbca0000143c1fbf, 0x00bc3f1affc00000
	.quad 0x3f053d2940e99dec, 0x3f800000c07fffff
	.quad 0xbf8e4bf1a9d3d8e3, 0x86d96af778518800
	.quad 0xbfc19ae2f408a8a2, 0x00000000ff28353f
	.quad 0x48cc664c48d364ba, 0x7e856ee94a6f324c
	.quad 0x40c800006f211a2c, 0xe8e7c889ef47f73b
	.quad 0x3fdc8b4dc8c3eb09, 0x3d9f619cc02c38e9
	.quad 0x00022830f6cdb2cb, 0x41bc3d19f08b1642
	.quad 0x8ce0085f00000000, 0x8ae82ddaf41ce880
	.quad 0x7f800000896d17a2, 0xbbb58000c0700000
	.quad 0xed4c071957ab5154, 0xf1fd5dabcbfb36ec
	.quad 0x41e0000000000000, 0x7fd0fdef053192c7
	.quad 0xebc070fc80000000, 0xb4e404ceff7b7d6e
	.quad 0xe3f87f5240000000, 0x77c6f9243f0c8645
	.quad 0xbf7e5542a21c9403, 0xbfb0000080008d11
	.quad 0x708e3f8343886646, 0x9747ee337f995f49
	.quad 0x0b2a0a34528c47c0, 0xfff417af5e4b82d9
	.quad 0xb5fd800059fffffe, 0x0000000000000000
	.quad 0x94bf1c18be77fdfe, 0xe31cfded3e85e41b
seed56:
	.quad 0x00000000008eaf52
	.quad 0x844f951cc0a91791
	.quad 0x90f4f34f7f1e4238
	.quad 0x00663e11f54cc03a
	.quad 0x54527c538a727593
	.quad 0x8acfd49b3211ab8c
	.quad 0xffffffa651f47ae4
	.quad 0x00000000000b801b
	.quad 0x0000000000054a7b
	.quad 0x0020000000000001
	.quad 0x9f761126ab3f82c1
	.quad 0xef5e9e38642f774d
	.quad 0x8a737160d86372b4
	.quad 0xbf2138695fc8aa66
	.quad 0x0cf2cd6883326b35
	.quad 0x000000007fffffff
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x782dc93a9096287d, 0x40d80000cfd9ceb4
	.quad 0xfdf75939c02ac47f, 0x3fc6f6d0e82487c1
	.quad 0x2910d589f5a602ae, 0x3e2aacba02a3b4f5
	.quad 0xfff0000000000000, 0x7ff86c9b51e02b6b
	.quad 0x4a6af693ffec06e0, 0x650b6ee5ffbff3ff
	.quad 0xe23d129ec7fffe01, 0x0d61ed51fd63293d
	.quad 0x80022da5e1414169, 0x3f6c475ebffffffe
	.quad 0xbb8faf5c5a000000, 0xfff5d935b0db4e0e
	.quad 0x24aec68882b233eb, 0x4f000001c0792e8c
	.quad 0xbfff000000000000, 0xf98be473e6f2f661
	.quad 0x799a7675ca9d90ba, 0x60dfaf30deafdfff
	.quad 0xa36e45d8c4eab600, 0x7e42e90bffb65f80
	.quad 0x7e7482f2ffe42611, 0x7ffcd11b3b82c8e1
	.quad 0x81d6d30459990000, 0xfe65e2d3a459005b
	.quad 0xc00426aac4c855e6, 0xb76a6743097e9675
	.quad 0xc11fb1c63e0233d1, 0xf07614babbdf7fbd
	.quad 0x477ffffebfbdb28d, 0x0b61ff66fc7f0c4b
	.quad 0xfc52bf0a8282bde7, 0x765929ae536acbf3
	.quad 0xc088054c3b99def3, 0x000fffffffffffff
	.quad 0x1a3d185bffc00000, 0x2fed304275da9e48
	.quad 0xbf74bc5718076ca7, 0xced447e37bbe3186
	.quad 0xa06a99f2fafece6f, 0x1b889047f4a7c3fe
	.quad 0x8b80091df5e39efd, 0xfff0000000000000
	.quad 0x96b8f16532f379e3, 0xc023800000000000
	.quad 0xbed8a4a3ffdffbf9, 0x734f56c7edffd8f1
	.quad 0xfdcd467cd0bee836, 0x3fc18ab18a3d2a17
	.quad 0x7dad409cff330757, 0x0362d82a7b5b2611
	.quad 0x0000000000000000, 0x000000003b924653
	.quad 0x832aff7905fb97f6, 0xfff133f236cb42cc
	.quad 0x00fafc1c521f0243, 0xed78e45be550f7ac
	.quad 0xc0556e304b622e73, 0x5d1bbcfdddbffffb
	.quad 0x3df8f0a34f7ffffe, 0xcdcb19067fda0600
seed57:
	.quad 0xfffffffffffffdc5
	.quad 0x00000000ffffffff
	.quad 0xd954cb2458884ae7
	.quad 0x7b6cc52da301eebc
	.quad 0x11c3fca31de984fc
	.quad 0xbd083684eb876464
	.quad 0x00000000ffffffff
	.quad 0x329c9051d991604e
	.quad 0x00000000001c577b
	.quad 0x829d68c01a4398da
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x148e455391d10c57
	.quad 0x0000006b908c55cf
	.quad 0x000003da2f32cfb4
	.quad 0x0000000000000000
	.quad 0x02800000
	.quad 0x40000000
	.quad 0x81115e05c7d00000, 0x809926a5f2256319
	.quad 0xb45f8d6b455b5e54, 0x616c4900cceffcb5
	.quad 0xc0557c9ec0000000, 0xc3e15aad31cbdec2
	.quad 0xbfe20931f1c70c06, 0xb7d78f8268d10001
	.quad 0xff80000081000000, 0xc3347de14353fc00
	.quad 0x0000000000000000, 0x0228be237fb7af9f
	.quad 0x7ff5555400116216, 0xff3d4a57ebffffbf
	.quad 0xf80d143b12e7d3ac, 0x7ff2f78029a8063a
	.quad 0x979c234a7eff6ba3, 0x8000000000000001
	.quad 0x6ca5d348089f8000, 0x430d98bdbfbffd3c
	.quad 0x086cd981fff9c100, 0xdf000000653c9aa0
	.quad 0xcfbce2948694d73a, 0x80164aed3d246dab
	.quad 0xff80000045c00000, 0x47edbd6d17ecae1e
	.quad 0x7ff0000000000000, 0x8000000000000001
	.quad 0x7f8000006c4c5a30, 0xfc450e09fdff57af
	.quad 0x879b499ed89081ad, 0x0adb2adabcf190db
	.quad 0xfff1b1743c9101e0, 0xf65a467753ffc7f3
	.quad 0x4016000000000000, 0x004000007f800000
	.quad 0x7ff8000000000000, 0xf029e4c459c95f04
	.quad 0xc0731f4332913e40, 0x4f32f200ee367c00
	.quad 0x8692e567e1b282de, 0xce1f783f1b5971a4
	.quad 0xffc000003e23ebfc, 0x093e5616c9dbdf6c
	.quad 0x8064a23d35af58c6, 0xc125000000000000
	.quad 0x65301f276e508f9c, 0x80073ac94029afac
	.quad 0x800000000cc36264, 0xcf6ce84a52908bff
	.quad 0xbfe1109ae6dacbbf, 0xf1d9389000000000
	.quad 0x8000000000000000, 0x8024b21cbd2de15b
	.quad 0xc1cdf144a200fa68, 0xbfa6540ccbccd1da
	.quad 0x04330634df800000, 0x87485de37ff90001
	.quad 0xff800000bf800000, 0xc367deaddeefcb6d
	.quad 0x8dca96362cc6379f, 0xde098a87a9c71f9f
	.quad 0x41a13be3f5dcfccf, 0xfff7db0ba24746a8
seed58:
	.quad 0x9c2bcf541ef717da
	.quad 0x000000000000004b
	.quad 0xb8186857b207fd5e
	.quad 0x0000000080000000
	.quad 0xffffffffffffaf00
	.quad 0xfffffffc5f0161e1
	.quad 0xffffffffffffffaa
	.quad 0x0000000014a35a8c
	.quad 0x0000000000000001
	.quad 0xfff172aa3856da6f
	.quad 0xfec67bbee950ea05
	.quad 0x0000000000000002
	.quad 0xc8f503fba5aa2a04
	.quad 0xffffffffffffffa6
	.quad 0x000000000000003b
	.quad 0xfffffffffffffdcb
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x794528cbc7e1ffdf, 0x6b81a51cfffc0000
	.quad 0xddbb8eea917efe00, 0x3f7467799a06180a
	.quad 0x419d225facec7b0e, 0x80400000c749b945
	.quad 0xb1d0e65f67e25248, 0xfff8000000000000
	.quad 0xfeb85b96dd6bd720, 0x94e5095368ecf52d
	.quad 0x7f800000df000001, 0xb171a405649af400
	.quad 0xc0e0000000000001, 0x8b7283188c25ed87
	.quad 0x42d80000f4e160b3, 0x9900c1bb73354fdc
	.quad 0x330283a25f40dc91, 0xa07e04aeffbef971
	.quad 0x0c0cc6e0795f45e0, 0x935861ecbc01202e
	.quad 0xbd4fb0107f810061, 0x83619a0aa2dd256a
	.quad 0x4018000000000000, 0x3cf5f45313d10698
	.quad 0xba0cc1a1fef66fdd, 0xf3a260c6fe7faef7
	.quad 0xffc00000bb800000, 0x403f7685514f56fb
	.quad 0x46a95856b698c3f3, 0x00fd452d40d80000
	.quad 0x4f800001807fffff, 0xd5617483ffbbb2ab
	.quad 0x803a645614fd759f, 0x3b77f0123fbfddf7
	.quad 0x7f800000bc9a104d, 0x1e2157fa22add117
	.quad 0xfbd95448c9dec8c0, 0x3b98bec47faa9c82
	.quad 0x39f5ee2976fff9ef, 0xf818ccdf59f5cadd
	.quad 0x000000017effffff, 0x9421d384af948212
	.quad 0x35e49a6b0496035c, 0x7cd8c4d242ba2e98
	.quad 0x7f0000004257431a, 0x9f6ec2708859fbff
	.quad 0x0031fd118b973385, 0x07c784937fc00000
	.quad 0x8a7c1f07efcf7e84, 0x0781072577f77ffe
	.quad 0xa9b7b545beef4a1a, 0xa360e0e2f6a9a4d2
	.quad 0x3577a6a31510fcc6, 0x3c00000073cdcb4d
	.quad 0xcdbe4bfbcfa22ea0, 0xca317d17fe642874
	.quad 0x7fdca563c42d4802, 0xa0ed215dad30b1e8
	.quad 0xffdfffffffffffff, 0xff5a0f9900000000
	.quad 0x403e800000000000, 0x6e0f0683f6d11d9d
	.quad 0x214b379a5f7fffff, 0xbfbdb3c77f9c332e
seed59:
	.quad 0x00000000000003cd
	.quad 0x79169df1ab5871c2
	.quad 0x8000000000000000
	.quad 0xfffffffb07ffc027
	.quad 0xe7d1f63baead1ce3
	.quad 0xfffffffffffffe0a
	.quad 0x000000097fa09cf0
	.quad 0x0000000000000001
	.quad 0x9030b0d797c20f27
	.quad 0xffffffffffffffff
	.quad 0x10f875c4d7d94eb8
	.quad 0x08c9fdb025d2c34d
	.quad 0x8f14e7c2c3363768
	.quad 0xffffffffffffffff
	.quad 0x94a3aaf8810e8d8d
	.quad 0xffffffffaaebdb5e
	.quad 0x03800000
	.quad 0x70000000
	.quad 0x72d138ab5ad33818, 0x2fa7f0a2ffdaf9c5
	.quad 0x005257e5ce8681a7, 0xffd0ee887a74de92
	.quad 0x398c0000423f853a, 0xa58050ea7fbaf06e
	.quad 0x00000000ff623fb7, 0xfff162dfe3d27afa
	.quad 0xbf702cb5d5401e10, 0xb8fc74966d254180
	.quad 0x1d2d93762ae43498, 0xbef1800000000000
	.quad 0xee5c29db25e16ac7, 0x40e0000000000001
	.quad 0xfedd706684838800, 0xff8000000060b4de
	.quad 0xc92000003a600000, 0x6b59dc095e4dc1b4
	.quad 0x5c03989d0c32afe3, 0x7f8000005fe1b289
	.quad 0x01f5d0bacafffeae, 0xee6584ca01000000
	.quad 0xff800000f3502a0e, 0xe1bc8c830e360954
	.quad 0xddc176820f687c0d, 0x7925ce5e9a7cc02e
	.quad 0x08501dac7f45fc00, 0xeed54936ebcb4000
	.quad 0xdff1985a61bd0001, 0xe5dbef45fffdffdd
	.quad 0xe2ea3ed91434c575, 0x8320b4b24634950a
	.quad 0x47800000c3ff2677, 0x0291721e891f7e00
	.quad 0x1dfa12d0effffffe, 0xfff0000000000000
	.quad 0x99943430f1c9c280, 0x3f8d5bc25f9e9fa6
	.quad 0x65c3b4a3756083ff, 0xbf0f6b1bff800000
	.quad 0xfffe62b1e4874947, 0x23ef5c22800078a5
	.quad 0x72323508304dc8a0, 0xf312c5ed63653d00
	.quad 0xc01f2b30b4baf990, 0x006eb994f6d4c428
	.quad 0x0000000000000000, 0x8e73be4400000000
	.quad 0xf1faf97dd6ff17b4, 0xc182138e3febff1d
	.quad 0x6963f1bdbf6e0000, 0xb64ba0497fca3692
	.quad 0x40a80000bfdecba2, 0x0008000000000000
	.quad 0x7f8000009d857d05, 0x7ff0000000000000
	.quad 0x6cccb9050373b6a9, 0x800000003ec00000
	.quad 0x3a60000080000000, 0x41fffffffffffffe
	.quad 0xcabbf16dca7f7d56, 0xbb7358c53d26fc00
	.quad 0xbffad049b06614bf, 0x001ad7355b0e091e
seed60:
	.quad 0xfffffffffffffea0
	.quad 0xfffffffffffffcc8
	.quad 0x0006e9921941bf97
	.quad 0x00000000ffffffff
	.quad 0x0000000000000018
	.quad 0x0000000000000335
	.quad 0x0000000000000001
	.quad 0x00000000000002b5
	.quad 0x34a37e0589c825b7
	.quad 0x94047c7c6598c8e9
	.quad 0xffffffffffe98c2f
	.quad 0x0000000080000000
	.quad 0xfffffffffffffffc
	.quad 0x0020000000000001
	.quad 0x39e83915dd4afe47
	.quad 0x01006c8eab4d9cfa
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xe7dbf168dc45a5a3, 0xa090a04c42c27900
	.quad 0xf8eb8c2cb163aa2e, 0x6f47f70f37c00000
	.quad 0x7e85a6b71b8b883f, 0x20143b70ffd5f873
	.quad 0x59d4c8063f500000, 0x007fffff7fb059fe
	.quad 0x6da50c9b48910000, 0x7ed0508718577e00
	.quad 0xa592e7d5e7ffffff, 0x12ac6eb379ea762b
	.quad 0xffecd49c1f2ab028, 0x23a3c73e0881fbfe
	.quad 0xc1eeab8af39dde7d, 0x6c3c66d6daf35614
	.quad 0x7b1ef8b490cbd9fe, 0xff90186ebb180000
	.quad 0xc01e06fc315a1b2b, 0x7b6a188dbbbf772a
	.quad 0xc181d4ea00ffffff, 0xc02298c5225f5020
	.quad 0x41e0000000000000, 0xff92f962c040485d
	.quad 0xfff0000000000000, 0xbe800000c0fb0d94
	.quad 0x7a178f05074e609c, 0x403a5e8c2a742d5d
	.quad 0xbaa526bbf4eb4e99, 0x026e98f7c77fffff
	.quad 0x8000000000000000, 0x3892a61173ca4080
	.quad 0x407de9291e64fd1b, 0x85bdb1cdee594fd4
	.quad 0x7f07b1a66907c289, 0xc335bb9ebcbc1e8b
	.quad 0x8381df5c3f700de8, 0xf9bfda8fef00f19e
	.quad 0x4780000040600000, 0xfcd9b3c27d8283ff
	.quad 0x704c259b2dd47300, 0xc22dc9ddcfffffff
	.quad 0x3e72cd1c00f6d05b, 0x0000000000000000
	.quad 0xf883f9ed0157b50f, 0xeb5ef3a8bfcffdbf
	.quad 0x30a54447a33ffcbf, 0x7bd21784d6077bff
	.quad 0xffeb127c13a4401c, 0x80000000f7c4c69e
	.quad 0x007fffff42188338, 0x9d05f800cae6f669
	.quad 0x7fefffffffffffff, 0x671ec0aa0ad9dc17
	.quad 0x8a95dce0ffbbfe84, 0x642c4a2927ffbefb
	.quad 0xd56ec4679eccda05, 0xbdebfc344854d200
	.quad 0xfff378e6958be3dc, 0x3bf102f858e37958
	.quad 0x1454a5237f78fbdf, 0x7fa34b7d812b1991
	.quad 0xfff8000000000000, 0x5a7ffffeff80ee9c
seed61:
	.quad 0x02c3058cbe0b412c
	.quad 0x00000000ffffffff
	.quad 0x713e1026a287bce8
	.quad 0xf5b03cbdc6ae68db
	.quad 0x0ad815ad033f76fc
	.quad 0x7cbf16bbbeb0a4d0
	.quad 0x0020000000000001
	.quad 0x410cf1bdd8db4ffb
	.quad 0xfffffffffffffcda
	.quad 0xfffec57878bb9c4c
	.quad 0x0000000080000000
	.quad 0x692e795f8f8f4f53
	.quad 0x0000000100000000
	.quad 0x000000000000003e
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x3e14910ac10c0000, 0xff80000000800000
	.quad 0x01c33b4d0469d8d5, 0xffc000007f800000
	.quad 0xc01b000000000000, 0xc01b000000000000
	.quad 0xd605684e7ab8fed7, 0x75154f6c8cdadaea
	.quad 0x063a0f76a5ec88f8, 0x006dee1440280000
	.quad 0x70742c3f7ffdbf7f, 0x823e9e6944f9616a
	.quad 0x7fd557f47f9b1648, 0x0000000000000001
	.quad 0x1311a7e9ffeeb37a, 0xe2a86952ffffffff
	.quad 0x8000541391fd9f6f, 0x49ee00007f146ac5
	.quad 0xea97d5e032c2c5f1, 0x7ff8000000000000
	.quad 0xbda0aa5cf93f8dc0, 0xc01d800000000000
	.quad 0x3fe0000000000000, 0x8000000000000000
	.quad 0xfeaf4567d7e7fc2b, 0x434a7b56c0a00000
	.quad 0xf5cc7a84017fffff, 0x80507c27d52dc2ab
	.quad 0x9d08b52b80757729, 0xbf5bde7637acdc23
	.quad 0x92f674d99dea9322, 0x405765bd26997f8f
	.quad 0xe15eab7baaebaffa, 0x73a500bbf300c004
	.quad 0x3fd3690ccef0544b, 0x3641fa9edee88001
	.quad 0x2792a013effbabee, 0x7fd571f55b40125a
	.quad 0xc3e97371b843f639, 0x7ff0000000000000
	.quad 0x065b908e9dedfeff, 0x6080000100bd8750
	.quad 0xa06b71be9ac5a2a1, 0x90e4af983bf6adfe
	.quad 0xb9850d60ffedffc8, 0xc04b188dd4ff4cad
	.quad 0x7ffaf67c24efe562, 0xfa5a0379766f6c5f
	.quad 0x748451047fc773f7, 0x5772e3930d817400
	.quad 0xae5df05eff9f37b1, 0x5989a4780dfdff7f
	.quad 0xc0f794e5033fff61, 0x804be050c08c496e
	.quad 0x3fb8a0512dc43cf8, 0xff800000003bfb15
	.quad 0xa3d4b9e8e6fffde3, 0x9bd092a336c67da4
	.quad 0xc03c4ce4d5f0a0c7, 0x41f0000000000000
	.quad 0xb57f57d7d9b6d90e, 0x3fe0000040980000
	.quad 0x62c5917235ac3fb2, 0x033a33d5c45fffe8
seed62:
	.quad 0xb645446c25951d26
	.quad 0xfffffffffdedc3ec
	.quad 0x300e0aad06613083
	.quad 0x1b30900666cac9a3
	.quad 0xfffffffffffffc50
	.quad 0x2b8e0d5f9a645130
	.quad 0xfffffffffffffe3e
	.quad 0xfffffffffffe1afe
	.quad 0x6af8e48e6610032c
	.quad 0xfffffffffffffcf0
	.quad 0xffffffffffd4e679
	.quad 0xef30f9265819013c
	.quad 0x0000000047de75d1
	.quad 0x00000000000002ea
	.quad 0x00000000004ead03
	.quad 0xfffffffffffffc26
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x8143ee2a5c25545c, 0xc2f52d39c3f54a1d
	.quad 0x6f1df6463c376290, 0x32b2bb7e27a77e3e
	.quad 0x8000000000000001, 0xbef21a60ef2974fc
	.quad 0xee3e38e9822062b4, 0x81467c2eff02a581
	.quad 0x26507b5be7bdb6fd, 0xc098000000000000
	.quad 0x000000004159e6f0, 0xfff8000000000000
	.quad 0x802b6b9efe208353, 0xfff7d9c80f8cd883
	.quad 0x7d632309bbef2dec, 0x800342db3c7d3e3b
	.quad 0x389fd5b5de1dfee6, 0xffb27c68bf800001
	.quad 0xeedbaf16fd83bfc0, 0x104828f3fbbe4bbd
	.quad 0x36fa0000c1e3dcfd, 0x7ff0000000000000
	.quad 0xffefffffffffffff, 0xa49d93fc0260d628
	.quad 0xc30c0000189e641b, 0x7ff64d03f39c6ae5
	.quad 0xfa85e7e5e1242af2, 0xc004000000000000
	.quad 0x6d0b09f78ceefe00, 0x4eeeef48aeffb4d9
	.quad 0xbfbbdf7fcfe5a014, 0xaaa044dbd1817df9
	.quad 0xff800000c18a0f71, 0x7ff44f431dd45473
	.quad 0xc2bed3df7f800000, 0x7fe409ab03a1280c
	.quad 0x414b7a203ff2e147, 0xeeb8e0ecbf800001
	.quad 0xf4e66d90ffffffff, 0xfff0000000000000
	.quad 0xbfc00000ff8b1784, 0x3272d9e8b7a7e5af
	.quad 0x7f800000c01fee15, 0x65fab6f616e9f1fe
	.quad 0x0000000000000000, 0x825188515c0d445c
	.quad 0xc1f66aa10b175ecf, 0xa575b088ff800000
	.quad 0xbebbf9f2ffdb9b30, 0xfa59bb0fafe9f066
	.quad 0x3a02d9cefffeff7e, 0xbbe13a4fdc6887ad
	.quad 0x7d6b3faf7b6cbd00, 0x6741da7fdbfffdf7
	.quad 0xbea8e47200000000, 0x7f80000040c80000
	.quad 0x9c084f5941dca087, 0xfff0000000000000
	.quad 0xc775dab69ffffd47, 0xf67f926cddb80600
	.quad 0xd63f11a7792a347d, 0x3f7e252f27f4c7c8
	.quad 0xcd12c8a87e800000, 0xbd1fa3e410300686
seed63:
	.quad 0xae1fc1fdd3a4bfd9
	.quad 0xfff447cfbd8b963a
	.quad 0xdca45f0147e47e44
	.quad 0xffffa53124872835
	.quad 0x96d0bdb97b289156
	.quad 0x1a32855476f6e36b
	.quad 0xd8b05770f8576970
	.quad 0x8e833d41f28fd1dc
	.quad 0x003556b8bf87d938
	.quad 0x73e9e7f316d86852
	.quad 0xffffffffffffff1b
	.quad 0xffffffffffffddfa
	.quad 0x3681409285e04687
	.quad 0x9418b3ed948584ac
	.quad 0xc606e32c946eae46
	.quad 0xfffffffffffffe16
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xc001e744aafdce8c, 0x000000003e400000
	.quad 0xffb8a05fbd360d80, 0x3e3b55087e091765
	.quad 0x487601fa3d03a0fa, 0x58bf3f248af3fd7a
	.quad 0xfff4bdb6fc37fbc3, 0xda1b637d601894b7
	.quad 0x7fb1df36bfd4a016, 0xc0ba30e4c0840000
	.quad 0x7fb367e842fdb27f, 0x3ef5732aff8dec9c
	.quad 0xbf7f000000000000, 0xc0160c20be000000
	.quad 0xa4225d5b9911c326, 0x7fc00000ffad7dd4
	.quad 0x8000000000000000, 0xfd9f0c9ddd356612
	.quad 0x8021b98c0664487a, 0xff8000007fbaa16a
	.quad 0x40495f7c84103e25, 0x659ad17e47a67160
	.quad 0x7ff0000000000000, 0xb2da9c91f3b0d787
	.quad 0x8008000000000000, 0x7f80000000781de9
	.quad 0xd0a7ea22ef79fec8, 0x62a404368189624b
	.quad 0x0000000080135988, 0xc9f04eff7ac7ee80
	.quad 0xef6faf10776b9510, 0xbfd0000000000000
	.quad 0x871edd8c5a159ac1, 0x8769534fb10b7d72
	.quad 0x5e2a8383b1c7f9f8, 0x7493a3dfffceb596
	.quad 0x02597eb8afbd79c3, 0x0008000000000000
	.quad 0x0000000000000000, 0xff80000098b46d06
	.quad 0xc0a000003c3a0000, 0x62fe67c9f17bffd7
	.quad 0xc020800000000000, 0x804000000445d585
	.quad 0x2df93912fd7f7bb4, 0xfe9b70e6fe8e8fa8
	.quad 0x40d0000096340792, 0xa234b2e604498530
	.quad 0x625484497fcd21ed, 0x3ff6989ce53571f7
	.quad 0x02f09e487f7fffff, 0xfff0000000000000
	.quad 0x53a4099c2ce77ffe, 0x1327c25d7a039228
	.quad 0x02296c616421712b, 0xc426ee55e6cdc910
	.quad 0x8000000000000000, 0xc1f0000000000000
	.quad 0x007fffff7f848b76, 0x39d0000000000000
	.quad 0xff93b031ff800000, 0xfff5f59cec178137
	.quad 0x8000e82fb68f3372, 0x1109ba2caad280ca
