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
	.inst 0x6eb0c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e240201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e31fd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f06a8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e43d415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61aa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e20d537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e423c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e675b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e219b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f36e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e616a1f
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
	.inst 0x1f4a3990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e640184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e59ed05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21c916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e298998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61ca59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f422dda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea2d69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02747c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60028d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30fbbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e60c5ff
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
	.inst 0x1f64bcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee2fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e616972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e713013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f709214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e421c75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21aab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fcf1937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b5d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f5506
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a797a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e68d41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e599d8c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7800ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1d89f
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
	.inst 0x1f6580f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e19f423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea0c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea4c4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb0fdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21a8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69699a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1b99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0e8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e682a5f
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
	.inst 0x0fac5870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e222140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eedd632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e613578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e5622
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f79b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e212000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e42d977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a4db9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2179ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5019db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eebe69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f05b2be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a091f
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
	.inst 0x0e2efc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f20b211
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
	.inst 0x1e270993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2778b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6a9135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee242d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f011098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e22e6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29597a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2920c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21b81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f00367e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e66d4df
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
	.inst 0x4ea199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2001c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f8b9992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2800a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58f9c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e658977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31483a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e23fd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3ae51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67ccfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a789e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f9891df
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
	.inst 0x7ee1a8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c072
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
	.inst 0x1e254054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e664095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e72e4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2541d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e305859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcd913a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1c6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee188bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2faa901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e7ec45f
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
	.inst 0x4eeafc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa19892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b2873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624097
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
	.inst 0x1f2e95b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea4ee5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6720b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2541bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e72e67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f671d5f
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
	.inst 0x6e2ee510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3029b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e70d613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e30dc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e200026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21c937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0ca98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee8d4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e66fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f39e51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6502fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e24e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19b40e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f34fddf
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
	.inst 0x4ee199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61b9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f651413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e281854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21ba55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e219ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f443957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea2edf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e640229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e29cc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f70809b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2189bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e232070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e29dd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f8ff
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
	.inst 0x6ea1b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e08d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e71ccd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f079dd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e298cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e651878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eafec39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6cfe5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e65d41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3101ce
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
	.inst 0x1e2d9472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e612210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674053
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
	.inst 0x1e2649b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f2ffdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f4eb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f387a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2178bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f482b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e5925ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6aa99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41213f
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
	.inst 0x1e635930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f282452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61b873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f2ce4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e632935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e222060
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
	.inst 0x5f2bfdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a3619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f44127a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6169db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e697a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f501d
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
	.inst 0x1e278b5f
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
	.inst 0x9e035cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e200101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f06c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e021593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa71234
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
	.inst 0x6e74c496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e74d017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e67ecf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea18b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c08fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e495c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fce519d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7b88df
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
	.inst 0x6eb0c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e643011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e7892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0d833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602058
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
	.inst 0x1e60c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f50fcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3028d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69901a
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
	.inst 0x1e6500ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f22369d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2409e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61ed5f
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
	.inst 0x9e6501e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21d971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e716e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0d8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e24ccd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e200105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e59e4a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e634ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e588d88
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0d999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f8a90fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f61157b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fce18dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e30008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e59becf
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
	.inst 0x1e6589f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc11051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e645832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61a813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58b1c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f26fcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1fa96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a0937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e647018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e03c11a
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
	.inst 0x4e24d71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c799d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e23009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e688b9f
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
	.inst 0x1e59d040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18d581
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e313992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eb2f613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e264035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1b9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f36a857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0d859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc2583a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e0268db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e27c43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee4ed9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c21e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f91595f
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
	.inst 0x1e428130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7088f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e714892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e31dc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e1888c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e31ed17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0fed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e63fcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26421a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fa0989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eedc47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21a8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2021b8
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
	.inst 0x9e240100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e66dc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f601932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e2ee553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef0fa35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f628c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e273017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f7ffcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e310089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e29ddda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6344a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1997d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a683e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6301df
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
	.inst 0x1e6f39f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1a812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0d913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e601854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e612050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eeffeb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef6ee38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e43e039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eefec7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f45fd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7029dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f8f997d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0fb97f
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
	.inst 0x1e610850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6168b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03b8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fa89115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e218916
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
	.inst 0x1f451cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeaf619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1a91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f8091db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e18f5ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e22dc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6fdfdf
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
	.inst 0x1e691990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0e8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eaccdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67243a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f72a8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6f59d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e28ed78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f642579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f303a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e210539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3685ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e74e46e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c6a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2cfcff
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
	.inst 0x1e6301b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61d8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1b9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f20fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e652974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e780165
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
	.inst 0x9e690107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e755019
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
	.inst 0x9e23011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21e5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21795e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f03343f
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
	.inst 0x1ee240d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b8831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e5805c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2621d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6200b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0e917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2179f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19b2a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21789a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2000ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2295dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25022e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e7efdbf
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
	.inst 0x1f038c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e704951
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
	.inst 0x1e6441b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee9ce34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa619f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e640066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2168f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e666898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e59fda9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34669c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f57871b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e73fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f597e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b2190
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
	.inst 0x4eecfd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2ae551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f48adb2
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
	.inst 0x6f75e594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6241f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2541d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e20de37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a89d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e29b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f21febb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e26d41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6edd1e
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
	.inst 0x2ea0edb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8e5891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e312953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea5c534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a2917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7244be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39461d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19488c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e390b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6fe47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0c83f
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
	.inst 0x4e23cdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6540b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c2d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea1a998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2441f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3801ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66c5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2828dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e7bfd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2add7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c09f
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
	.inst 0x1f2519f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6441f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea19933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e252a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0da35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea4f536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3100a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee9d458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e22e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e30df3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eafe43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcb113c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1da5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7802af
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
	.inst 0x9e2001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea6e551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f519e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2848f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e201a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6039f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f199a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3288db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2427c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2141bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67405f
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
	.inst 0x4e219810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c211
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
	.inst 0x9e438973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2688f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6315e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e18b526
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eeffd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2400e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c2b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4ab5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eead5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79d732
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30fb9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f79187f
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
	.inst 0x1e2128b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70ec31
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
	.inst 0x6eafc513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0ea14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0e8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e726997
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
	.inst 0x1e780189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e60000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e33d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65425c
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
	.inst 0x1e67413e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2519df
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
	.inst 0x1e2a3850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0e931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0f9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e338e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f941918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d0afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fd250db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2ec6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f33e45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f32879f
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
	.inst 0x1e2808b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e303952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2900c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f4afe14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f2bfd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee8e656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e399017
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
	.inst 0x9e620199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2cf5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f83595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e716cdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f35fdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39004f
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
	.inst 0x1e22c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e622911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2638d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f2afd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f71b5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f2ee696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f56fd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0f9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61799c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0f87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3038fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26411f
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
	.inst 0x1e60c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eecce12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e288933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3800e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0f836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e22ee98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0ca1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e02b57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6338dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e74c57f
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
	.inst 0x1e2e48d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea5cd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e72d473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e29f654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e200085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e204a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6758b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0f8e38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e762859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e63cc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6818fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3900cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c27e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f9df
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
	.inst 0x5e28fc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2cf551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f921a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2901e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6402a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24429c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6301bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6ec45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e2010
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
	.inst 0x1e220170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e218992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee1d9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67de14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2741f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e275959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1bb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e24e5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21791d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e61006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fbb125f
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
	.inst 0x7e30c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e218991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f13a834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e38b5
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
	.inst 0x1e22c017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ef1fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6728f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e272070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d1468
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2ae4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0fb3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2309df
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
	.inst 0x5e6efc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19ede2
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
	.inst 0x0ea8f634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e039575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e616836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef2ec97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e654018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f441019
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
	.inst 0x1e21c35b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e266551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a199d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f68157e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6201df
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
	.inst 0x1e261910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6501a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e654116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2faa9917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea4ec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f221df9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0ca5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2809db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f64959c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1b8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f1a957e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28199f
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
	.inst 0x1e63c170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1f891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fcc1892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee8cc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30fa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e425d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f439cb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eaafcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee3d678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2ede3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e220ebc
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
	.inst 0x6ea0f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61a8bf
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
	.inst 0x7e61d9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e704971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2891d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300264
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
	.inst 0x4f39e696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e19d0e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e027d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f8f9059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61cb1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30f97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6141be
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
	.inst 0x1e67c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f304111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8d59b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f3efc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d2a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eabd5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e286ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e244137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e29edf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39495a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fcc999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65413f
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
	.inst 0x1e2801e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6168f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0d4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eb1d654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61b956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e273a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3238d8
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
	.inst 0x1e602328
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
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee7d5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c39f
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
	.inst 0x4e29e5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e63c571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2328f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6035c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fa35935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e03e9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e695af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8c103a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b2507
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f22a19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d255d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0d87e
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
	.inst 0x1e6d3890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e18d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4faa90d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcf19d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6ae416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e373017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd25878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59c0e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2ccdba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2421b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0d0c7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7101ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f024c1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7bbd9f
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
	.inst 0x1e6a69f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e60c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e02b872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6cbc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e25ec95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2ec4af
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2fe60f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1a878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d9219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee242da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e095b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6301bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f49dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03113e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fdd599f
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
	.inst 0x9e230110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e62de11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6ac833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e790104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f513d15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e32ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee0c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee8fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4dccd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6168ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3404a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f68fd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2168fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21a561
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
	.inst 0x5ea1a850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f501c71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0faf9253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e436134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e32ae55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33d016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e72ed97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2001e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35099a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2209bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6805a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f06b4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0ba4ff
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
	.inst 0x1e242890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a8991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e288872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18a4c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58b5e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0a0575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6001a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e212010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee7d5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d35f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62421a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0659db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2a21dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6541dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1b97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62009f
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
	.inst 0x1f63b0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e642090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea3f4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e596544
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca15
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
	.inst 0x5e2de6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f149db9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6109da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0500fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61b9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c8ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e63d4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f43fc3f
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
	.inst 0x6ee1e4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e681565
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e028072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61a8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f8e5834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4ca256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6fdd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f8191b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e363a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25c0fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eedd4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef7d51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e6bfc9f
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
	.inst 0x1e790180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2efdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21b992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3f1013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1ee74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eefd635
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
	.inst 0x1e210247
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f214478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0ca39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6502ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3ac595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea4c53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28289e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6301bf
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
	.inst 0x1e241850
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
	.inst 0x7ea0ecb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e428413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0d834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a0975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f829a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f8e9957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e1988e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e290129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f34fe1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f65159b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f8f597c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61687d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0b19ff
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
	.inst 0x1e602890
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
	.inst 0x1e31bd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef2d473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e26d454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f28e455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f124556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2201b7
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
	.inst 0x1e614119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2219ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1d59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee6edbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e19fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6bd7df
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
	.inst 0x0e2199d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e640141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e6ee4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1a993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee6c594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e74e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc39096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2dc5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2bc438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6300d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b89ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f8899fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1a81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71022f
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
	.inst 0x2f26fcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f23a611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e67dd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fcc99f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f118c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2e1017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f3be458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e194969
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f36e47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f69aa5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eedf55f
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
	.inst 0x1e2f1850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc45013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e223894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e219835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e297c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2dfe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0eaacc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e227d9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2628bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f66263d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e6ee45f
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
	.inst 0x1e2e2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2af457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e218933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e217914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e27f4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7fe5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e248897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e02c478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e58dca9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e213a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61695d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3608de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7001cf
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
	.inst 0x1e610020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e644131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f29e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e722010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e214156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6741f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0eada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eb4d5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e03f09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fab991d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f39ffbf
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
	.quad 0x000000000d1a81b4
	.quad 0x7fffffffffffffff
	.quad 0x0000000046bda6f2
	.quad 0x000000007fffffff
	.quad 0x0000000000000190
	.quad 0x00000000000a25a0
	.quad 0xffffffeb703498e2
	.quad 0x550b58c723ac62db
	.quad 0xfffffffffffffdda
	.quad 0x94ddfc7571c0a0e0
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x658ba0f185d2cdcd
	.quad 0x0000000000000013
	.quad 0x7b16e4351a716f1e
	.quad 0x83c8ecb7b374861e
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xec369f327d5fd7de, 0x6aab58c199f35446
	.quad 0xc2a7e712ff800000, 0x4330000000000000
	.quad 0xff80000047000001, 0x807fffff7ef56dd9
	.quad 0xce99b5c71ee26f39, 0x3e6ac182ff3938d4
	.quad 0x8000000000000001, 0xfff0674c878b212c
	.quad 0x1145dea7fe9ee0be, 0xed17d875d0d7fe25
	.quad 0x12bd0c9cc0e0250d, 0xcd68e892fafb7f8e
	.quad 0x3dfc1dc391b6265c, 0x6d31d2dcfffda5fd
	.quad 0x3fb5600000000000, 0x0000000037a00000
	.quad 0x6b85cff20333fc00, 0xfff8000000000000
	.quad 0x19679d61a8455ef9, 0x805c8c6d818619ff
	.quad 0x00ec1d063fe00000, 0xc00a000000000000
	.quad 0xd1f3dd0adf1b8800, 0x000fe50ccfb85d7f
	.quad 0x7f800000803f78d2, 0x804000007cfa5147
	.quad 0x5cb4dd67ceffffff, 0x8000000000000000
	.quad 0x8cef7f9eea77beda, 0x0000000000000000
	.quad 0x7f965479b7380000, 0xbf800001c0f80000
	.quad 0x1e4139253ffaf55a, 0x39c26a6dfff9b3ce
	.quad 0x00000000c0000001, 0xc34ffffffffffffe
	.quad 0xc7000001c07ffffe, 0x3c52ba05febd1cd8
	.quad 0x81000000be3a6a24, 0xbc86863ffbf7843c
	.quad 0x7d3fe5f49141e330, 0x7afab571bfeadafa
	.quad 0x8000000000000000, 0xef4aaab99ebe393f
	.quad 0x82fdecd7c65d5bc7, 0x8000000000000000
	.quad 0x3ff452b8453c970e, 0x7ff040bcbab393ed
	.quad 0x40b40000017a628e, 0x801454dd7f941918
	.quad 0xff8a28b640700000, 0x43051bea43603b8a
	.quad 0x73d6e05c43227f08, 0xfd166841550f21e2
	.quad 0xc0400000700ef640, 0xf2e37390807e874c
	.quad 0x7ff7bfcd9601d317, 0x7f8000007f7fffff
	.quad 0x1169195fffff88ef, 0xf0c3e6465566de20
	.quad 0x0000000000000001, 0x05a86815fba64850
seed1:
	.quad 0x0029f95596444eff
	.quad 0xced73fe7b8a4adcd
	.quad 0xb3089159b69f2692
	.quad 0xffffffffffffffff
	.quad 0xffffe647ac344c18
	.quad 0xb1ee5711a1730459
	.quad 0x000000000000032e
	.quad 0xb85e9a5b37b5b49c
	.quad 0x000000007fffffff
	.quad 0x00000000000109be
	.quad 0xfffffffffffffd36
	.quad 0x43214e12757037a3
	.quad 0x926f71406a94d70f
	.quad 0x590eb323a0c02c72
	.quad 0x0000000000000006
	.quad 0x0000000000000001
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0x754bac088b99f906, 0x0f26296cc1507c27
	.quad 0x5b3f2830bc305af5, 0x9f2054e543437da1
	.quad 0x0000000000000000, 0xb99c00004c7fffff
	.quad 0x1ae2e62a736b7cc7, 0x437cefc37fc00000
	.quad 0x3ed5800000000000, 0xff80000031f8c906
	.quad 0xbfa78b5f67750aa9, 0x30b5d10239afeddf
	.quad 0xffda6b463ef18964, 0x009c19f5bc000000
	.quad 0x4336914d1cc3ac06, 0x00268ac12dbf2fff
	.quad 0xff539adf4fea9e44, 0xbf8f200000000000
	.quad 0x7b07d8600022cf10, 0xcf8000003d800000
	.quad 0xc6d9f0663f25fefe, 0x00ffffff4f800000
	.quad 0xc0d0000000000000, 0xa0dfb0dca8efddeb
	.quad 0xfff8bdfcf3eb4177, 0x6121d621bfcc8600
	.quad 0x405000008cb06c9d, 0x3a37b9f7ffb7fe95
	.quad 0xc7a000007fca9fe6, 0x3fe82294c840f0f1
	.quad 0x434fffffffffffff, 0xc0ba000000000000
	.quad 0xf423a40c7f8a77d4, 0xc537768ef00b13e0
	.quad 0x7ff66da1cafbcfa9, 0x9814fd8c26143b4c
	.quad 0x5e6c7cf9ff521c22, 0x40151494a61f8977
	.quad 0x81cc67b7c4ee91a8, 0x477fffff7f9566bb
	.quad 0xc1f0000000000000, 0xe7d06b4dd2323421
	.quad 0xc1100000c06b6fd4, 0x3eab11ae5f9b5f9f
	.quad 0xbfd0000000000000, 0x3e6f8000c06e0000
	.quad 0xbefc000000000000, 0x96c8659d40929a98
	.quad 0x7ff7365b7bc27a6f, 0xed0eedb3ffed49a8
	.quad 0x021ed3193dfeb3d1, 0xc2897b98029145a1
	.quad 0xff000000b6e00000, 0x2c85c3a9bc6fef3b
	.quad 0xfe80ea0a76882be8, 0xd82d824cf5befc78
	.quad 0xd3f70a3a331c0200, 0xfff0000000000000
	.quad 0xb15cc829aeefef33, 0x9c441a2556bb6d1b
	.quad 0x3fefecbef8990dc0, 0xfc60734a7c76ffff
	.quad 0x3ff0000000000001, 0x40a80000ff851797
seed2:
	.quad 0x0000000000000079
	.quad 0x00000046073cec78
	.quad 0xfffffffffff9ad16
	.quad 0x0ad9b133c01b54e7
	.quad 0x00000dcf1744af7a
	.quad 0x00000000000006b4
	.quad 0x194e188230cc8ca7
	.quad 0x0000000000000001
	.quad 0xffffb996de528b1d
	.quad 0x14c3871f4b78c572
	.quad 0xffff906df95fc86f
	.quad 0xfffffffec2e47f6b
	.quad 0xffffffffffffd620
	.quad 0xbcd0f28ad95abc58
	.quad 0xffffffffffffff7f
	.quad 0x000000000f9a1561
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x400229e319388101, 0x801dae5b2e9d4e3a
	.quad 0xc00de99db15720d4, 0x1c495c97bb95110d
	.quad 0xc84a0000c0300000, 0x180bfcbdfefff9ef
	.quad 0x63975bd1f6bdfbff, 0x8000000000000000
	.quad 0x496c0000ee37f5cf, 0x3c400000c1200000
	.quad 0x284a55e4addf7fef, 0x53a0a357de8a1bdd
	.quad 0x505650e4062af313, 0xc832bc7bae27f4ce
	.quad 0xe52302dec53e3356, 0x93ecccc0fbf5ffff
	.quad 0x3de710f9002770f6, 0x413f000000000000
	.quad 0x704cb2f941107c00, 0x7f5960557f800000
	.quad 0xffc0000080000000, 0xd907bf4310dcc7a0
	.quad 0x406c63acfed70441, 0x0000000000000000
	.quad 0x7efa6bbc48d80000, 0x7eb817f0c3f749a1
	.quad 0x802c662effb563b3, 0x55a02d8822e22ccc
	.quad 0xb4faa59cbd8a5f03, 0x678770e2800666b9
	.quad 0xfff0000000000000, 0x417db20b6ce5abab
	.quad 0x46265ac87ffaaffe, 0xb62ad9143ebffe00
	.quad 0x81244b0feae5ad2f, 0x11377cd058aac298
	.quad 0xc03317adf8d19068, 0x00d73da9c0a80000
	.quad 0x5f80000180000000, 0x404630dcdbfb5f9e
	.quad 0x001d1010b18070f4, 0xc3e0000000000001
	.quad 0x649cc179b0c5cf33, 0xbab00dbb03a38b00
	.quad 0xc826ffd27ad27edc, 0xe3809e4d1cabc5c0
	.quad 0xff800000ffc00000, 0xbcfe00007e800000
	.quad 0x09befb06ff7cfd5d, 0xc70000013bf47bf2
	.quad 0x6ffe13885a1b9279, 0x804000008bc37c7a
	.quad 0xf24123d57fffffb7, 0xab48856afe394566
	.quad 0xf145a72ffffffffe, 0x8162a73848877e00
	.quad 0x9346f6842f810000, 0xbfc6b5ce22c286f6
	.quad 0x3c7f141868680088, 0x3f91615e40c80000
	.quad 0x7fefffffffffffff, 0x00aa858f5edff9fc
	.quad 0x81698cb14f000000, 0xb9c0000037b00000
seed3:
	.quad 0x0000000080000000
	.quad 0xffffffffffffff7e
	.quad 0x0000000100000000
	.quad 0x0000000000005552
	.quad 0x00000000ffffffff
	.quad 0x5d100094a52303c0
	.quad 0x006906ba61cecaf8
	.quad 0x9cefaee17f22fae5
	.quad 0x00000000000003b8
	.quad 0x000000007fffffff
	.quad 0xe2f21a204ed98535
	.quad 0xffffffffffffffff
	.quad 0xe58276788c033607
	.quad 0xd59d1173f0c85d90
	.quad 0x00000000000003ba
	.quad 0xffffffff80000000
	.quad 0x05800000
	.quad 0xf0000000
	.quad 0x7ff0000000000000, 0x3f7d2a4cfd9f17f3
	.quad 0xc00d769940ff0000, 0x12d19708cfdaf7ff
	.quad 0x4a132d75af19b2ff, 0x0aa20de0c7b7c841
	.quad 0x7e6b0567448888d9, 0xf8e7211080000000
	.quad 0x070f74a7df3fdcc8, 0xcd0753f3bc06dc17
	.quad 0x3fc3d91a6ff4a3b0, 0xb3d83db58f7a8a8f
	.quad 0xeda173f97fc00000, 0x3cc907c9ff12b688
	.quad 0x7aad90acff6cabff, 0x7fffb495ffd881b6
	.quad 0xc00e885bbdca4aed, 0x427fb1f061737bff
	.quad 0x8007b84218b800b5, 0xffb1a285bb11dad7
	.quad 0x3fd1800000000000, 0xfff495cfd5b5c1c0
	.quad 0x0ca2fb32ffc00000, 0x800ebdfbda8c1b19
	.quad 0xdf13f1f9c149cfd9, 0x721d0421ffeda5b7
	.quad 0x409800003f263a4d, 0x3f45000000000000
	.quad 0xbbb9e92b733af7fd, 0x006ca19f41080000
	.quad 0x21ff2272ffeddef6, 0x8ffac6ac8abf5d01
	.quad 0x15db85b15d447b20, 0xe5b6c7bdb1e5bb03
	.quad 0x1220f64b9e4d570e, 0x4f2567d365ddd278
	.quad 0x7fdfffffffffffff, 0x2b88072baf0357d6
	.quad 0xdfffffff7716b7bf, 0x5c3f6c40eaced6f3
	.quad 0x21e050984b2383e5, 0x3536e5fe47f7fdeb
	.quad 0xc114000080000000, 0x1377d80fedba6c09
	.quad 0x5c01678d83a28969, 0xfafd23f85e037c00
	.quad 0x8040000040ab0000, 0xbfdf37a2f82c5ba3
	.quad 0xe2751f41b3ae4400, 0xbd2e3845f7ffff3c
	.quad 0xbecff944d5f499e9, 0x41c4be20f645b4e2
	.quad 0xe66dc9be3bddd4a3, 0x7f8000005f800001
	.quad 0x3fc3e36c3227f09e, 0xffc00000ffdc11fb
	.quad 0x4cfe71a73c345e8a, 0xfff0000000000000
	.quad 0xde0569ffeb2548f0, 0x684c9b8dbff9827a
	.quad 0x7f800000bf800000, 0xc022000000000000
	.quad 0x47df637f9ed6f739, 0xbfb317923fc00000
seed4:
	.quad 0xffffffffffffea44
	.quad 0x0000000000002fa1
	.quad 0x7c46128418701488
	.quad 0x0000000001000001
	.quad 0x404282c24c552405
	.quad 0x39d00993204a087a
	.quad 0x0000000000000001
	.quad 0x66f47009696c77bc
	.quad 0xffffffffffffff12
	.quad 0xfffffffffffffc70
	.quad 0x00000000001bea21
	.quad 0x000000003f7f8ae7
	.quad 0x0000000001000001
	.quad 0x000000005c30d64b
	.quad 0xfffffffffffffcbe
	.quad 0x00000000000023f7
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xc058b00000000000, 0x7fb59884803d1178
	.quad 0x4f997abdd1530ea8, 0xc2a9bf8dff800000
	.quad 0xc02f250a4b6a9efb, 0xbeb9600000000000
	.quad 0x402a13c3e3a1dba3, 0xc01721646c34c7c5
	.quad 0xbd9944029d2182df, 0x13f71abcc709cc7e
	.quad 0x42833a8fff800000, 0x4018127520d86ab2
	.quad 0xc0580000002d1898, 0xffc0000080000000
	.quad 0xfff22da87125bda9, 0xf2a3a8217e76db12
	.quad 0xd02a14153e800000, 0x7ff0000000000000
	.quad 0x3fd95cf4481ebd93, 0x807fffff48c40000
	.quad 0x4068c6e911154269, 0x4005cf6791a9d4dd
	.quad 0x73085a0076efdffa, 0x45f25f04ff77fdfa
	.quad 0xf641c1caff8e929a, 0xff800000bff4ee9e
	.quad 0xbf9c171528174576, 0xb8394662a3317c99
	.quad 0x80000000407fffff, 0x6069bf46cefbf5eb
	.quad 0xc0fc00000018e958, 0x4023800000000000
	.quad 0xfff0000000000000, 0xc87277594a3942d9
	.quad 0x3737971b3decd8f8, 0xfff0000000000000
	.quad 0xf61d49600c7780cd, 0x0a86d0ce9bcf0362
	.quad 0xf075ca8df1c41f8b, 0xe2b1aab2d4dffb68
	.quad 0xdc3e6ff83eff7c01, 0x40d3000000000000
	.quad 0x12fc3baabf77fd38, 0x84962c769efed997
	.quad 0x8004a973ff9b1bf0, 0x3e1acf24ebfefdbf
	.quad 0x7f8000007f800000, 0x0734b64897417f11
	.quad 0xb0c2bd3bbcebfc6f, 0x3fbc985c3d457840
	.quad 0x55fcee4200251634, 0xc07d0c03173c1f03
	.quad 0x1a51fe54406c39d6, 0xc851c293c38f0915
	.quad 0x483a6a71f7abffae, 0xd446ed9b07bbfc12
	.quad 0x7f6de2cebf900b20, 0xfff1e4f15e8abc17
	.quad 0xb0d62042d8bc3f00, 0xfd113e65ef32fdb6
	.quad 0xbf7642c7b39b624e, 0xbcb90963ffc00000
	.quad 0x7ff140297900e72b, 0x2071aceaf82a3809
seed5:
	.quad 0x8cb3c6657461d662
	.quad 0x5a1782fa9810c050
	.quad 0x0000000000000178
	.quad 0xfffffffd6ac9c4b7
	.quad 0xffffffffffffff74
	.quad 0x00000000000000bd
	.quad 0xe95bfe6baa22d95d
	.quad 0x7fffffffffffffff
	.quad 0x057caa88db84fa09
	.quad 0x6f029bba013d6dd1
	.quad 0x0000000006cf9dab
	.quad 0x00000000000044d3
	.quad 0xe52d57619375ac14
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0xebf203e09180609c
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x96d3b4b65f800001, 0x5e505d99784aeba7
	.quad 0xecb4764cd2f9fdbb, 0x385bbd6140b00000
	.quad 0x523898e5fefe7fbf, 0x3f7f270ed8864bdb
	.quad 0xbf79d0ebaabe5d59, 0xd5f1ee47ffbde7ff
	.quad 0x7ebebe9e10818000, 0x3f86db093d2ae8f1
	.quad 0xc63a7bd71b5230ae, 0xc99ae3f5beef8d6a
	.quad 0x3f88c7db4356fa7b, 0x1287100b911f44e0
	.quad 0x807fffffffad947d, 0x810000003e56ead3
	.quad 0xfff8000000000000, 0x4236f990ff800000
	.quad 0xada73baa8828c34e, 0x9e904f67409a4780
	.quad 0x8f1031ea9c27e223, 0x88408c58fe800000
	.quad 0x187d03be80000000, 0xab9fadc000599c88
	.quad 0xbdf3b0bc4edff5fc, 0x7a6bb6a85f507c00
	.quad 0xfff0000000000000, 0x30c86f0afffffcf8
	.quad 0x7ff8000000000000, 0x002a7f9ec11c0000
	.quad 0x586b88dede667c00, 0x7fe3219f3fc00000
	.quad 0x8da658b4ff800000, 0x5793a9f265280ecf
	.quad 0x42953a693e000000, 0x1a4fb65fdb7f7f5d
	.quad 0x42d95029db48c827, 0x000632b104904dba
	.quad 0x3fef724ffef9ff5f, 0x51997c69f180f0fa
	.quad 0xefadb59bedf5c0b2, 0x3fdabea7efaf57ea
	.quad 0x40e0000000000000, 0x0000000000000000
	.quad 0x9e1d71f677cdfc24, 0xeb8ce16bc1080000
	.quad 0x01a710d459865af1, 0xc246d7effffceae7
	.quad 0x80000000ff800000, 0xc0300000769f4390
	.quad 0x8000000000000000, 0x954e32f55ac6ddb0
	.quad 0x7fc2cf7980000000, 0x63111957c3b56666
	.quad 0x0d3775a3f4f96f8e, 0x75bfc055e7a503d1
	.quad 0x43efffffffffffff, 0x281b77997f6e07ff
	.quad 0x3f95000000000000, 0x680ced1d1d977c00
	.quad 0xfff8000000000000, 0x40068a04fdfcb7f6
	.quad 0x001f4929ebb2c48c, 0x7e14524c030d75aa
seed6:
	.quad 0xad6b7e71ebe6727e
	.quad 0x84c21509e6b36a0c
	.quad 0x000000000000010e
	.quad 0xffff2d97f427a261
	.quad 0xffffffe56d707df0
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x00000000000000be
	.quad 0x00000000946ea409
	.quad 0x00000000000001f1
	.quad 0x000000000000c34d
	.quad 0x0000000000000171
	.quad 0xd216209f933dccc7
	.quad 0x0000000000002d07
	.quad 0xfffffffffffffdaa
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x5fe087397fd42de2, 0x4000ced86ca4fe1d
	.quad 0x8000000000000000, 0x7f80000000000000
	.quad 0x0e979407de4e76f5, 0x777f630b95dbfe6d
	.quad 0x69552f1e954b89ef, 0xbfb35f813ae8c90c
	.quad 0xfff1cd7ab8004dcc, 0xff8000007fc00000
	.quad 0xf8146d5522f4f5e3, 0x4052e9439fd2511c
	.quad 0x8000000000000000, 0xba6e4fb2bc303870
	.quad 0x216590e1fef75cb8, 0x5d0733b5fddebef5
	.quad 0xdf0000017f972d7a, 0xffe0000000000000
	.quad 0x00000000bf8d4df7, 0x80000000c9e00000
	.quad 0x7f5461a332685b09, 0x3ff2673319ae229b
	.quad 0xd2046cf85ba17a1c, 0x8a208f0705335809
	.quad 0x4322697477332765, 0x4020000000000000
	.quad 0xa4032d1c532a0376, 0x9e0f4e2380ebb64b
	.quad 0xf1fd9fdc0137ecfe, 0x48581e8c4d59845b
	.quad 0x5253739cffc00000, 0x18a72ba1c47c7b15
	.quad 0x0833e8843d7d2934, 0x9817cf247df7b901
	.quad 0x07f1b13176687d25, 0x4169dc8bbdd60000
	.quad 0xc705c976e9a739a0, 0x0d767d30776bfe26
	.quad 0xbbaa5114774503f9, 0x8000000000000000
	.quad 0xaee80e74fefbfc88, 0xbc324083ee54fc10
	.quad 0x3be4a0aaff800000, 0x809f8dd92bd40f6a
	.quad 0x3eef2e92a58d7800, 0x41fc9bf5f3f3a43e
	.quad 0x51a25581a00bf801, 0x0000000000000000
	.quad 0x3f705987f229cccd, 0x7761fea6dc23b63a
	.quad 0x0000000000000000, 0x7e8000007fa7b073
	.quad 0x7ff8bc1afdf8df5a, 0x80000000a3357bdd
	.quad 0x00d1fda73fc00000, 0x5b550881fff5fe8f
	.quad 0xc8a23ec0df7ffeb3, 0xf7b0ce1fb7fdffbe
	.quad 0x43e0000000000001, 0x3f750a9811e64137
	.quad 0x88c262cb5badb3a8, 0x8413b7e6e7fec7ff
	.quad 0x3f000000002e977b, 0xffc0000078dd7a84
seed7:
	.quad 0xb1a7ba6f5ecb8874
	.quad 0x78a15b3bc6d9844c
	.quad 0x00000000000003dc
	.quad 0xffff8a2c5f9cc6eb
	.quad 0x5461ba064d6de26e
	.quad 0x000000000000016a
	.quad 0x0000000000000000
	.quad 0x0000000000001b14
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x00000000000001bd
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xfffd8a2611b9e2cb
	.quad 0xffffffffffffff68
	.quad 0x0000000000000335
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x6bb8be24c24d43d5, 0xff800000c11386e1
	.quad 0x42157fffff800000, 0x7f7fffff3da6b6b3
	.quad 0xc0242745f4bc8780, 0x005800e7a2835a29
	.quad 0x7dbfae4388fcd684, 0xd8ec98dcffa2cfc3
	.quad 0x10786de2803594ea, 0xf07974d2ff8c8d2f
	.quad 0x7e26397de6523e1f, 0x47000000b128f416
	.quad 0x7f80000080000000, 0x6472850a26851ea3
	.quad 0xaba5d8d898df21ce, 0xff8000007fc00000
	.quad 0x7ff09d269caab7ac, 0x943bfd61fff5fc6f
	.quad 0x137999ea46d60a80, 0x4025a9d2bed53cae
	.quad 0x40fffffffffffffe, 0xc8d0972f5a7546e0
	.quad 0xce651332f26dc775, 0xe7d4892ef3523bbd
	.quad 0x3f93998578d0d421, 0xbff0000000000000
	.quad 0x807fffffbb9107cf, 0x81c12b9300749418
	.quad 0x02649010e352a9d1, 0xb1d151566d9289cc
	.quad 0xfff689c3c7c06901, 0xbc3d0cd240300000
	.quad 0x9f992794391c4c05, 0xb81788fea2be7400
	.quad 0xffc00000da7ffffe, 0xe209b6aefff7de6f
	.quad 0xba1fba11603f8000, 0xefecdd50fa72fd96
	.quad 0x8000000000000000, 0x7fe0000000000000
	.quad 0x8006085f10f59161, 0x3fc87ccd61e5279b
	.quad 0xffbcd89300689721, 0x80dd080b823d7c00
	.quad 0xfff0000000000000, 0xc0f0000000000000
	.quad 0x00ffffffc7fffffe, 0x802fffffffffffff
	.quad 0xb93780007fc00000, 0x2833f6f3ff848ec7
	.quad 0xc0300000554e5dd2, 0xffa2ee5a003f7d3b
	.quad 0x40b0000000000000, 0x426a0000ff800000
	.quad 0x405d67cb02b7d6c6, 0xffecf18611e7f448
	.quad 0x86deae7eff98504c, 0x142610d1bf400000
	.quad 0xfe9801c10bf0f4e2, 0x7f887e7fbd064338
	.quad 0x0040000080000000, 0xff895c9ac0180000
	.quad 0x306af1c5436b27ef, 0x979c0c17770f9edd
seed8:
	.quad 0x696f1c324b9af4e4
	.quad 0xc6373c9b97445cda
	.quad 0xfffffffffff2036b
	.quad 0x00000000000163a4
	.quad 0x90533eb309976116
	.quad 0x000000000001fea0
	.quad 0xc0cf7dbbbe973ef8
	.quad 0x7e253185ec6e134d
	.quad 0xffffffffffee2638
	.quad 0x000667e8d8c07c3b
	.quad 0xfffe2e839f44dc6f
	.quad 0x0000000000003c37
	.quad 0x00000000021ad157
	.quad 0x0275efaaf24e04e7
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd66
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x8062da2200800000, 0x000fe92e5f30d8a6
	.quad 0x7ff8000000000000, 0xd9d1e0c9afff7fff
	.quad 0xffbac55b270e1a8a, 0x40f0000000000000
	.quad 0x7da4dfd0f7f6f8cd, 0xc088000000000000
	.quad 0xf2b5ba13d9586581, 0x7e0ca2e1807d1ee5
	.quad 0x7f986018c09c0000, 0x730ea790c99ef7ff
	.quad 0x1c1942c7411dacfd, 0xbfb2000000000000
	.quad 0x8b8ff3964a28c2fa, 0x7f2cdea52d883388
	.quad 0xaba3b7ecc31cb91d, 0x8000000000000000
	.quad 0x2f1cefccffa15db8, 0x005a6dc4bc53a065
	.quad 0x3fccc223071ea243, 0x0000000040100000
	.quad 0x2ab95b0c0eec09f7, 0xc84285b9f3e6bff3
	.quad 0xfff0000000000000, 0x5e50173cff237eb2
	.quad 0x000000003c4f2f5f, 0x7ff0000000000000
	.quad 0x800000017f800000, 0xff3dc10828182409
	.quad 0x8069e1d7407ffffe, 0xc00062e07f766515
	.quad 0xaae0b0310f2815d8, 0x800058cfc397d330
	.quad 0x178fb8800dac451e, 0x4eca3f9effedff78
	.quad 0xc0bf817aff800000, 0x7f800000fd5b58e5
	.quad 0x32969ebe19bcfba4, 0xa21d284c11978fa3
	.quad 0x02199fe078224ffe, 0x0868caec763bfa09
	.quad 0xfff0000000000000, 0xd7b12550a31f697b
	.quad 0xe2eea5ac83287804, 0x70403b383ce64336
	.quad 0x726cc184bd8581c0, 0xc81b123099c80000
	.quad 0x7fc00000ff8082a4, 0xddd369e257324c60
	.quad 0xffcdfb6bffdffa30, 0x3f78005cca181cef
	.quad 0xff278f2c18112494, 0xa88a6a38f7b1d4d3
	.quad 0x4023800000000000, 0x728f30bb7f800000
	.quad 0xe7fba20a7ff8ffda, 0xc3f5cec1c9747c49
	.quad 0xd59995ebeedc4ace, 0xfa67cf0a30b50e84
	.quad 0x0000000000000000, 0x7fa3bfd2f6e1f494
	.quad 0x7fa116e0ff987b91, 0xa2e1e85d47dd06cf
seed9:
	.quad 0x8b25e87e961553b1
	.quad 0x00000000003c3bbc
	.quad 0x000000000fb74b8e
	.quad 0x00026a7667427576
	.quad 0xdd71a64688ea63a9
	.quad 0xfffffd856566f463
	.quad 0x81ae7786dcf2e9e8
	.quad 0x8b19fc3b025f0183
	.quad 0xfffffffffffffe37
	.quad 0x0000000100000000
	.quad 0x8425d662a84cc310
	.quad 0xffffb8da9a5e06c0
	.quad 0x271e07c5eb0f4ac7
	.quad 0x00000000009380c2
	.quad 0xffffffffffb1d727
	.quad 0xe95cb91ae7e204bc
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x3f079fa0bbfff7ff, 0x43d1e34fbdc8ce14
	.quad 0x41fbf7705f6b1879, 0x4000000000000000
	.quad 0xbf78bf5fef475417, 0x363100004f5d40cb
	.quad 0x54d20c235725da02, 0xfff0000000000000
	.quad 0xc000000000000001, 0xfff0000000000000
	.quad 0xa1614664549d0917, 0x6c2764625050d612
	.quad 0x3da3d422f54ff1ef, 0xfff813c557c3dfea
	.quad 0x7ff10e9b917544c6, 0x3ff4000000000000
	.quad 0xbffffffe7ea07065, 0xdcbbbb1cbf90cf80
	.quad 0x3f18a885fffbdf2f, 0x5501edc884e2be33
	.quad 0x7f800000c3400a38, 0xfcd9207affffffff
	.quad 0xfe0cb2461fad900a, 0x3d3d3322ff8a01f4
	.quad 0x8853665dc75a6954, 0x4fa312103bca09b3
	.quad 0xc0523615617b1f52, 0x83add27c57917fce
	.quad 0xfde460254fee5e50, 0x800f49b708f5f244
	.quad 0x7ff365f82bcd4e5b, 0xbedb500000000000
	.quad 0xfffd61336cb7302e, 0x0ca2211103a469c7
	.quad 0x4154000090f40cdb, 0xc7d414bce7421fee
	.quad 0x04540d765bffffff, 0xffccc2bbc1514354
	.quad 0x7df2fed1a557f1e9, 0xc03614119cdaba9a
	.quad 0xfff34f5f9a03f776, 0xbdc94f48bbc56c62
	.quad 0xa7cf0d5cbb487c00, 0x481e33b3e6d5fc00
	.quad 0xfc4e54bcc9557857, 0x700d2ab1dd005f62
	.quad 0x8000000080000000, 0xed24a05a7d966e5e
	.quad 0x10df08c2bd6af5c4, 0x407fcdaeffb7f1f3
	.quad 0xc3431384ad3687cf, 0xc428612571be43c8
	.quad 0x44f1cda93dc00000, 0x013ca4ce6c457495
	.quad 0xffdfffffffffffff, 0x430668f2cb8d3400
	.quad 0x0000000000000000, 0x0093b32a8018a24b
	.quad 0xbb8000007f800000, 0x42b06a489afb8a40
	.quad 0xff85d1adff800000, 0x007c871accf24300
	.quad 0xfff566583403a727, 0x8004fdce545021ce
seed10:
	.quad 0xfffffffffffae71c
	.quad 0x000000000000214e
	.quad 0x0000000000000192
	.quad 0x0000000000000000
	.quad 0xffffffffffef8a93
	.quad 0xffffffffffffffc5
	.quad 0x000000006b52ef4b
	.quad 0xe258ef6d706bde4e
	.quad 0xfffffffffffffffe
	.quad 0xffffffffffc3ed7d
	.quad 0xfffffffffffcb754
	.quad 0xff19cac5f86a9233
	.quad 0x00000000001055b4
	.quad 0xea9dc97e08800dff
	.quad 0xe1b0fdc05426d626
	.quad 0xffffffff80000000
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x7f7fffff7f0ee5f3, 0x0000000000000000
	.quad 0xc33fffffffffffff, 0xfff347a45ee108ce
	.quad 0x002fffffffffffff, 0xf5dd1cb9f35fbb1d
	.quad 0x03462afac8e6ae9d, 0xb3dbae4edd25f764
	.quad 0x3f757e3f49319eee, 0x049980f8f33f8ff8
	.quad 0x3fe000003bab9396, 0xbcbeb81c949e63d9
	.quad 0x7bcdcf7effedfdfe, 0x80b1cbf83aad218b
	.quad 0xc068383d1b1f07e1, 0x0029844ada7fffff
	.quad 0x800baa08fd93c534, 0x7ff63d4fefc73e07
	.quad 0x48a3333b333ca44e, 0x838c4332ff800000
	.quad 0x1c4aee1ac2de3c59, 0x3f8a13df27ec84f8
	.quad 0x40fffffffffffffe, 0x0385d7240fa870d0
	.quad 0x7ba0906a39fc6d7f, 0x580c54034bb38200
	.quad 0xdf8000017fc00000, 0x8bfbdf43d3bcfe00
	.quad 0x7fe3930fdf2f770c, 0x4024000000000000
	.quad 0xbb58cbc2953d5f6b, 0xfff0000000000000
	.quad 0xc1f260fa7f7fffff, 0x7fefa7d2605f6864
	.quad 0xe95da6617f7fd586, 0x5c2b5c3fb69494dd
	.quad 0x29ba23f9fbd39f36, 0x197f3bdbf7f9b457
	.quad 0x47fffffe915c52c3, 0x4049800000000000
	.quad 0xc0a7a957ffc00000, 0xc330000000000000
	.quad 0x29e19fb0fe6e1ffb, 0x3e09b42bff9cd263
	.quad 0x3d779ffbed0c19d2, 0xfff2aed733a18788
	.quad 0x000fffffffffffff, 0x01e1bf97bedf4280
	.quad 0xc020e05fc06a58a1, 0xd1475dddb55affd2
	.quad 0x8000000000000000, 0x28f1b2d9bd8bff6e
	.quad 0xc1e0000000000000, 0x7fb26b55ba6a18f7
	.quad 0x7ff0000000000000, 0xc115c2636ec95d43
	.quad 0x294c62ddbfa00000, 0xc03b376d874c1d30
	.quad 0x479712093cb9e19e, 0xd9e970f5c395f82a
	.quad 0xc116000000000000, 0xc5f10b52c57ffdd7
	.quad 0x7f9bb2d3caa520e0, 0xbf8dfc9d957e9d9b
seed11:
	.quad 0xfffffffffffffc61
	.quad 0x0000000000000274
	.quad 0x000000000000036a
	.quad 0x0004ce1c4a15009a
	.quad 0x0197be6be4a4a6b1
	.quad 0x2288fea5cf83a045
	.quad 0xfffffff65f5a2cc1
	.quad 0x0000000000007ff5
	.quad 0x070f1ed37cdb2d00
	.quad 0x000000001aa7c4f2
	.quad 0xfffffffffffffffe
	.quad 0xfffffc2265e45351
	.quad 0xfffffffffffffe00
	.quad 0x0000000000000000
	.quad 0x000000000abb9cee
	.quad 0x0000577aca1cd807
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0x3feca5f8a6de01c0, 0x400000005a000000
	.quad 0x800000004108d396, 0xfff35abbda80049d
	.quad 0xfe99f90177d94d12, 0x26f2c3be43ba7aca
	.quad 0xcb40e2cacb35f870, 0xe8c795400a25277b
	.quad 0xff800000ff91afdf, 0xc1195b13ffce4a32
	.quad 0x7ffeb2b27129e1d4, 0x11c02c775c29fd5d
	.quad 0x2dfd21d5efdffbd7, 0x0000000000000000
	.quad 0x7fef34ecee3dd5d1, 0x3cf2dc8e0bed7e00
	.quad 0xc77ffffe00800000, 0x7fa1e4a580000000
	.quad 0x62db0a1da86ffe00, 0x7ff8000000000000
	.quad 0x2fd309d5d9b4d3a7, 0x39e8000036128000
	.quad 0x3f5634a8c08c0000, 0x5a67899fdafbfde4
	.quad 0xf8918833ffa33fd0, 0x7ff9a2ad528ea74c
	.quad 0x12623a845720fa6b, 0x000587955ac52d62
	.quad 0xca5c0b70bf63797f, 0x9f36829de74b1e92
	.quad 0xfff8000000000000, 0x9bb5aa75bfafbffc
	.quad 0x41efffffffffffff, 0xf9ffcc67c9b1fefa
	.quad 0x76b52eee477b8217, 0x992f2d205fd4ebf1
	.quad 0x95ef1af386f8e30e, 0x811569d05f2986db
	.quad 0xc0680000ffcbcc49, 0x7ff0000000000000
	.quad 0x7ff03f3ac8298090, 0x697737bafff5c5f1
	.quad 0x800be78caa1f24ac, 0x21b5b8babacec640
	.quad 0xfff0000000000000, 0x826666d80e40f836
	.quad 0x4292e906e016527c, 0x3fa1d927bd213129
	.quad 0xffc00000becf2fcf, 0x23baa63b00ca57b8
	.quad 0xe53b215bfffd2af4, 0xff8000007f9d6d5d
	.quad 0x4f000001ffe4150c, 0x4f0000002bca1c08
	.quad 0xe92a1843512d80a2, 0x9654e590ba6b8097
	.quad 0x8e94e499efb16c72, 0xb094268d1b44ac16
	.quad 0x7ffae8a7c79d814e, 0x000c6310a4eba368
	.quad 0x1dcf57b232a1f41f, 0x3cff2e11c5400000
	.quad 0x47fffffe0a356ad7, 0x002fffffffffffff
seed12:
	.quad 0xfffffffd6f3ded87
	.quad 0xec360cd15b6aed00
	.quad 0x000000221fceca5b
	.quad 0xfffffffffffffe49
	.quad 0xb02400eaa0fccfaa
	.quad 0xfffffffffffffd44
	.quad 0x0000000000000000
	.quad 0x841825a595f79cfb
	.quad 0xfffffffffff4cdcc
	.quad 0x0000000000254221
	.quad 0xfffffffffffc3bd7
	.quad 0x0020000000000001
	.quad 0x2f062d6a3c53384f
	.quad 0x51614d20a4081cc1
	.quad 0x62dccbdecb839c5e
	.quad 0xfffffffffffffda7
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x0242ef89ea4ff5ca, 0x8df6fbcb93163995
	.quad 0xfff0000000000000, 0x0cbe2f4280000000
	.quad 0x0040000080000000, 0xc00fe4e50ca51c1f
	.quad 0x40f0000000000001, 0x00385ab5f8a7ccee
	.quad 0x43e1ff3000800000, 0x3cbe64dfdde5fd56
	.quad 0xd1c75418dc4c7b0f, 0x6167df545eb4c818
	.quad 0xfd9011686c2efcb8, 0x3d81d6ffffeac3e8
	.quad 0xd7211051cd19381e, 0x3fe8000000000000
	.quad 0xbfac8630be7f4202, 0x71afef0d40a00000
	.quad 0x4063a23588a6e63b, 0x11c5b7a004057311
	.quad 0x4e25acd639c3ffe1, 0x73ca37ff68e94540
	.quad 0x0000000000000000, 0xc008000000000000
	.quad 0x41433c203e680000, 0x7a4ef8cffbe9ed26
	.quad 0x49f16877efcb3d80, 0xff8000007f800000
	.quad 0xc7800001da7fffff, 0x42e904024d01b562
	.quad 0x160a73cc25ad9544, 0xbc687e9281435554
	.quad 0x78bdc9cdcfad2b98, 0xbfabfaebdd66e704
	.quad 0x40880000ffa2b09a, 0xbfffffffffffffff
	.quad 0x8008000000000000, 0x3de9b71eff800000
	.quad 0xafd4acbefffede89, 0x7ff0000000000000
	.quad 0x000cd84bd056d97f, 0x0000000000000000
	.quad 0x832c9dea3db71806, 0xc048f116f29c6b1c
	.quad 0xfdd1fe3150c9bbde, 0xd14c3c7f3dfb7e95
	.quad 0xfce5a030df980000, 0x48793872e7ff29af
	.quad 0xc120000075f95d5d, 0xc118135c7a05285f
	.quad 0x6400c0e1bd5e17e4, 0x16466a96bbfefe00
	.quad 0xff8000007fc00000, 0xbecc96a8c1ca7c00
	.quad 0x41219823d6a8bfd9, 0xbff8000000000000
	.quad 0x8d3a6e1affaae403, 0x79eb236df1f3e39e
	.quad 0x3f7c7485c3c90000, 0x4273ea86ff000000
	.quad 0x534715e2273068f5, 0x7f000000ff82dc87
	.quad 0xff8e2ab9a64fd198, 0x7f8df7d340900000
seed13:
	.quad 0x00000000001d58c3
	.quad 0xffffffffffffffff
	.quad 0x0ecb359921351eb6
	.quad 0x0020000000000001
	.quad 0x286b7c72f6a0d31e
	.quad 0x000000000000001b
	.quad 0xfffbf47ceaa838e8
	.quad 0x0000000000001f46
	.quad 0x77e3d701232be6a3
	.quad 0xffffede42e77ee7e
	.quad 0x0c146c90bcbc2142
	.quad 0x0000000100000000
	.quad 0x5649331e5d718d09
	.quad 0x2d7341612f63736b
	.quad 0x0000000000000001
	.quad 0x4f208283563c7aa6
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xff800000806edd38, 0x1f3a1405b97677ff
	.quad 0x3d20bde800000000, 0x41e0000000000001
	.quad 0x7fa323c900400000, 0x82b2b00ebe5f4c16
	.quad 0x3c0c4de4c7000001, 0x43fffffffffffffe
	.quad 0x1eccc6321dcfef2a, 0xee465b34fffd7d7b
	.quad 0x40553e2336bdd058, 0x3e40000037800000
	.quad 0xe98c453394bf7d61, 0x0ba88e10ff800000
	.quad 0x52fdeed3a8fd0000, 0xe12f480b6693b4bc
	.quad 0x42a0000000000000, 0x6289b5dbffcfbc1c
	.quad 0xb5660860ff84bcdc, 0x002faf718ace8f6e
	.quad 0x89026bb0a0b8c740, 0xdc5ea3044e470000
	.quad 0x00000000ff800000, 0x691f56359d36e65b
	.quad 0xbf94b411f7255a8f, 0x410d800000000000
	.quad 0xff8000006c3f6174, 0x2eef503a3ffffffe
	.quad 0x6a0a92c57ff6766a, 0x7ffe6360a9b3cfd6
	.quad 0x010b9b629031f318, 0x354b92a756fefd78
	.quad 0xbbf26d117f8ab8e1, 0x7de1152426ad27cc
	.quad 0xc0b0000000000000, 0x778ec04967b09a6f
	.quad 0xaddf697bffe9fa35, 0x0000000081549c2a
	.quad 0xfff8000000000000, 0xf650193cff5580ff
	.quad 0xbfdcfb455f6f4a22, 0xff7fffffc0100000
	.quad 0x8034f3937fc00000, 0x27d59322db146b62
	.quad 0x4f7fffffbeedc5d2, 0x7ff2a57cffec23d5
	.quad 0x0db5944fffa1d612, 0xc037bcd78956ab23
	.quad 0x309c80e7ffff7bdf, 0xfeeeb605998346f7
	.quad 0xb7833571276aa89b, 0xfff0000000000000
	.quad 0xdd3d44085f66fcfb, 0x4070cd7729a49719
	.quad 0x40560000c30e7adb, 0x7ff0000000000000
	.quad 0x91eac520f4ff7c00, 0x80e938af01000000
	.quad 0x3e0f355d00000000, 0x3ebae00000000000
	.quad 0xbfd37f70dbec5d7b, 0xc7b3f244623d0000
	.quad 0xc05f8d9a043e3e29, 0xc3289c06ff4dd849
seed14:
	.quad 0x37d38ebf5c626c28
	.quad 0x00000000000006c9
	.quad 0x0000000000000031
	.quad 0x0020000000000001
	.quad 0x00001caadfa91735
	.quad 0x8fb2d77d78a2b20d
	.quad 0xd9ff983ac15d4776
	.quad 0xe4dbe400afcc4bdb
	.quad 0xfffffffffffffe4c
	.quad 0x00000000000002f9
	.quad 0x0000000000003bce
	.quad 0x0be206539cceb986
	.quad 0x2d0f50df63a81fec
	.quad 0xd39fbc33878422fd
	.quad 0xfffffffffffffcfc
	.quad 0x0000000000000088
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x7ff0000000000000, 0xeac0a75cde6ea6e0
	.quad 0x0e1b56a00000641c, 0xffef5fd7ff800000
	.quad 0xbfe528990d5d360c, 0xc042a7e58453ac3a
	.quad 0x40238000c0000000, 0xaffda2c0916f49ea
	.quad 0x80000000006f0aef, 0x1d918a17efffffff
	.quad 0x062a0e6e7f800000, 0x34ea8055b83ffa61
	.quad 0x74a96ebcffbfebff, 0x8003f7467e130e4e
	.quad 0x42d146dbbb900000, 0x40536a26113b969b
	.quad 0x3fe3b145040c6c79, 0xc1b3cfda7e908f56
	.quad 0x0000000000000000, 0xa8f13dade9f68001
	.quad 0xbffcd2c34ded8f24, 0x73c141e07fb89bd1
	.quad 0x5e98ec6866fcfef9, 0x808efab356701011
	.quad 0x2f3d0d65dbc98017, 0xb69cfb454aec3400
	.quad 0x03339aeafefcff69, 0x9e836519bdef8201
	.quad 0x016a6cd1c0c87c4b, 0x2148cdd6301f77f1
	.quad 0x1cf66f2f12727e00, 0xffebbbdbc37bc647
	.quad 0x004d99239be9d4b8, 0xf5c774ca00220b94
	.quad 0xffe59f51692e88f2, 0x4390c409bbb71baa
	.quad 0xff800000ff800000, 0x11860efb3b9f57c4
	.quad 0x404fef19a22cf659, 0xc720000000000000
	.quad 0x3b7bfcca7e94fb89, 0x47b8fcec877fffff
	.quad 0xa713db183cf2ac59, 0xff9f2052ff800000
	.quad 0xc3fffffffffffffe, 0xbd44389ce9f20163
	.quad 0xcef33c6fff7fe7ff, 0xffc000008f3ea1bb
	.quad 0x40ffffffffffffff, 0x80001bafb1f82885
	.quad 0x81bac89340100000, 0xc04deab7d8ce0e2e
	.quad 0x448d6e6d7ffbdbff, 0x355dcb034231ef99
	.quad 0x8000000000000000, 0xab959bfdfff10000
	.quad 0x5edeaf71fffb4180, 0x1ead9702bbd73895
	.quad 0x7ff0000000000000, 0x7a2b83e7ebf286ff
	.quad 0xb53cdd044e117e00, 0x1a1960e10f8acdbc
	.quad 0xfde750be87af3ae0, 0x7f9010dc930e9e1c
seed15:
	.quad 0xaa787e1143debc09
	.quad 0x0000000000000005
	.quad 0xfffffffffffffdf6
	.quad 0x00000000ffffffff
	.quad 0x0039eed0d912a9cb
	.quad 0xffffffff80000000
	.quad 0x000000000000001e
	.quad 0x00000002f4cb7fe4
	.quad 0x0000b1d6351528a5
	.quad 0xf73e802a5cf178b6
	.quad 0xfffffffffff005e1
	.quad 0x0000000000000223
	.quad 0x026c6fe2a940dbc0
	.quad 0x39b8ee007ecccaa0
	.quad 0xfffffffffffffcc4
	.quad 0x0000000000000249
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x4c42316bb203cf9a, 0x97e9bdf23ff6cd6a
	.quad 0xcb7d5245fe867c00, 0xffffc57023cfe91b
	.quad 0x3fdea942a581d711, 0x3f7fb37af27faf83
	.quad 0x7f9ff8db7f931b03, 0xffcd4554312b263a
	.quad 0x9fc30c5d1cbbd7ed, 0x4330000000000000
	.quad 0xcd48ac5472093852, 0xbdc1e40b00000000
	.quad 0xc05572816cce8d2b, 0x80000001bf254cca
	.quad 0x805bd2b67f9cf24b, 0x9c5b24b4c1e777ff
	.quad 0x9fe76ad636268000, 0xff55d41ade1cc0f4
	.quad 0x43a00000403cd8e3, 0x801b16ae1ff9b0fa
	.quad 0x373a6653e7174643, 0xf4e7c93fffd0e500
	.quad 0xff7fffffbf200000, 0x80bbcb5793aaf448
	.quad 0x96a794023590e31a, 0x552cd481a881ed4c
	.quad 0xc1fe7b1cff838c96, 0xb223e10f39dc7c00
	.quad 0x3fffc241ffeaffff, 0xbd9c41827f8ed8d7
	.quad 0x51fa1c4d7b064c20, 0x68ed5291dfad8000
	.quad 0x7fa93232c3900000, 0x402a142b181224e0
	.quad 0xc0780000bfc00000, 0x8001b5bc81508e1a
	.quad 0x7ff1ead09e8e9713, 0xff9651ffa40fd719
	.quad 0x801fffffffffffff, 0x5037bf46dd307959
	.quad 0x81e3a0d57f800000, 0x3fcf948a463c770b
	.quad 0xba800000c1140000, 0x5825930ffff6b052
	.quad 0x0ba522793ffffffe, 0x4040000080800000
	.quad 0x00600d11d55d6440, 0x6d301bec3b294580
	.quad 0x9618c75784953018, 0xc33ffffffffffffe
	.quad 0x40f80000ff800000, 0x800bcf5f4191d671
	.quad 0xffa3b23dff8a80eb, 0x80178895107b45b6
	.quad 0x4022800000000000, 0xfff0000000000000
	.quad 0x00000000c7000000, 0xf493065a5222e4cc
	.quad 0x2eeeedbb28ea4740, 0x3f0000006ed4d546
	.quad 0x6dfd4a0ecf7bfcfb, 0xe6b795adadcb0800
	.quad 0x558d2849fff8eb7f, 0xffc0000042c9bcce
seed16:
	.quad 0xffffffffffffffd3
	.quad 0x00000000000003b2
	.quad 0xfffffffff63adbe8
	.quad 0xf8f7b62a4931b69c
	.quad 0x8e82552b77f3f3e4
	.quad 0x00000000ffffffff
	.quad 0xb8b3b699c5be8f51
	.quad 0x8000000000000000
	.quad 0xd6b9d181a547078f
	.quad 0x000000000002ba1a
	.quad 0x05e1b69c1d2b08ca
	.quad 0xfffffffffffc7c5e
	.quad 0xd0b191d3634ae30e
	.quad 0xffffffffffff5405
	.quad 0x0000000001000001
	.quad 0x0000000000000044
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0x49cbb64bffb4d3e4, 0x800fffffffffffff
	.quad 0x9896a3a512e57e0d, 0x279c4a5f7f000000
	.quad 0x893c21f2cf800001, 0x7faa0ce700000000
	.quad 0x4c12d92a4f1ba088, 0xc12a271847580000
	.quad 0xffc000007ffbada7, 0x2817fe7cc7990347
	.quad 0x018a8c21af587748, 0xc78000010f03f1ae
	.quad 0xffc000007f85b324, 0x3f88bffdf60d5f67
	.quad 0xd53596ecffad87ff, 0x8000000000000000
	.quad 0xc04a63a48308f9fe, 0xfdd777befff3f7f5
	.quad 0xf728d05e01000000, 0x8000000000000000
	.quad 0x81a96552a2f985f8, 0xc006000000000000
	.quad 0x85b9da07601c7b7f, 0xc20dec97c0980000
	.quad 0xc00c9ad47f9b38bc, 0x42aa48adfe27fc73
	.quad 0x54ff585b262804bb, 0xa00f9a1858574bee
	.quad 0x7fe625c570a22871, 0xa30f5089ffd7bbf9
	.quad 0x53567a3fb9fb8054, 0xbfee693d3254fc1e
	.quad 0xc2bfa31375e954c9, 0x7dd5258e9ac53803
	.quad 0x000eb86267cbc7de, 0x94da02a4c5ff9fff
	.quad 0xc77ffffe40c80000, 0x3988a92bc1e481fe
	.quad 0x4009000000000000, 0x4deada7dffc6471b
	.quad 0xfff4899c30ee23a3, 0x14371290fd9415af
	.quad 0x78e04298fa2d9c1b, 0xc00ffffffffffffe
	.quad 0x3e38000000000000, 0xb231c236abb93556
	.quad 0xfff8000000000000, 0x0d04845d55ba8000
	.quad 0x00000f5f82cd8b62, 0x3fbf2d6196648b3c
	.quad 0x0000000041100000, 0xbfcab79aa7954664
	.quad 0xda876d2d8814c3b7, 0x7efec75d58f536c2
	.quad 0xff7fffffa976a8d4, 0xc00fffffffffffff
	.quad 0x7dbd5c48b0ee42dc, 0x000fffffffffffff
	.quad 0x7cb9d64280000000, 0x7daa38a1f2c01850
	.quad 0x0079c01140700000, 0x802befda76839192
	.quad 0x7ff8000000000000, 0x00358da780000000
seed17:
	.quad 0xffffffffffffffff
	.quad 0xa0ad82660d31e983
	.quad 0xd5f0a2c74b7d46c9
	.quad 0xffffffe08dd0183e
	.quad 0x3daecfbd780891ee
	.quad 0x00000000000000c7
	.quad 0x0000000080000000
	.quad 0x611457ee0643da96
	.quad 0xfffffffffffffe31
	.quad 0x0000000007d4131a
	.quad 0xfe86c64a43d0e293
	.quad 0xffffffffffffffd0
	.quad 0x000000000064f699
	.quad 0xfffffffffffffd00
	.quad 0xfffffffffffffe75
	.quad 0x55c8cd802476d28d
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x4330000000000000, 0x400e000000000000
	.quad 0x27da0b4b5f9ffff6, 0x7f67bb637fc00000
	.quad 0xa09eabd8fb7fffff, 0x3580c69a5bc3df8e
	.quad 0x4018af234b5de43d, 0x8d6906f706f78000
	.quad 0x7ef8f75d4e32b53d, 0x61c687b5fede3b92
	.quad 0x7fc000007fb31cac, 0xc7800000ff000000
	.quad 0xc05edcf2bb97b446, 0x7fd0000000000000
	.quad 0x0dfbac07fd137c00, 0x7147604f7751fe58
	.quad 0xc31b1232ffb676bc, 0x7ff10fe8623d815e
	.quad 0x156c05ce3b87f01a, 0xbd400000c0200000
	.quad 0x84c34c95f3ef1c48, 0xa5ab75cda4ddb53a
	.quad 0xb83131606f3f7c00, 0x52350daf6ca2f856
	.quad 0xc1f40000c19ce9a6, 0x150319223ef9edbf
	.quad 0xc1fc3997f55301b1, 0xe5bbc4ae34fddefe
	.quad 0x75a123897fdf3920, 0x000b07a07892d684
	.quad 0x5f800001fb7ac004, 0x4003974949416b3d
	.quad 0xbfe47be70ad2f8eb, 0xa8ff236e4aff742f
	.quad 0xc3c00000bf0a54c9, 0xbf58000000000000
	.quad 0x931527f4dffe1d21, 0x19b387d1ff9c0405
	.quad 0xbffffffffffffffe, 0x6a04a42c5d8d7c00
	.quad 0x8000000000000000, 0xbf7fe74984f87e02
	.quad 0x41aa9f76fffffffc, 0xfbf0bfc394d0f820
	.quad 0x43aead2ac37312b4, 0x80461a7e4fa2f682
	.quad 0x7ff8000000000000, 0xfff0000000000000
	.quad 0x893e724c09935c86, 0xacd407a6ffd7bfff
	.quad 0x48cca00b73f78e1d, 0xb690000043d6cb29
	.quad 0x0e98180e77a305fe, 0xddd0efc37da3271b
	.quad 0x03962887079ed97b, 0x506ddf8c49284180
	.quad 0x26cbe2deffebdb3f, 0xe3a9580c80480000
	.quad 0xffc00000ff800000, 0x3daf37b5ff7ef79b
	.quad 0xc3abb19eff8d7a87, 0x3ced92643d800000
	.quad 0x38fc1a6209c770c9, 0xc6c800007227eed7
seed18:
	.quad 0xffffff82d02f86df
	.quad 0x010ef3e9d84358d7
	.quad 0xa7843aa91a2a8b7f
	.quad 0xffffffffdb590464
	.quad 0x00000000000002f5
	.quad 0x07fbb1a2027e1a74
	.quad 0xfe814266fe1e2792
	.quad 0xffffffffffffff0b
	.quad 0xffffffffffd456eb
	.quad 0xfffffffffffffc5b
	.quad 0x1c631c369ccc0b0b
	.quad 0x00000000000003db
	.quad 0x2648fa624d84a93e
	.quad 0x0000000000000300
	.quad 0x2334e31582c715b5
	.quad 0x57bd325048f917f9
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xbbe145d4c1200000, 0xe852d567806bf931
	.quad 0x5c8a78e87dd7fbfb, 0x6ea06a3ddadfbfbe
	.quad 0xff8000007f057c05, 0x579653ae125e3303
	.quad 0x3be4f08200000000, 0x067e8548c198dfc3
	.quad 0x800fffffffffffff, 0xfff0000000000000
	.quad 0xc13ddd3effceff0a, 0x11ceebff3386b362
	.quad 0x3d7b181ebc17f23c, 0xe7cf03f7ffea7f57
	.quad 0xbf822487dcac9f54, 0x3eb2000000000000
	.quad 0xe2647dc8563ca61e, 0xf6f1740e2052fbfb
	.quad 0x305b81c5ee2a8dc9, 0x41dd0c3799089f23
	.quad 0xbcaa89fabe26a3fe, 0xc0d00000ffc00000
	.quad 0x161ab6e200476001, 0x3fda200000000000
	.quad 0x35097543ffffa363, 0x775c4e70d39dfaaf
	.quad 0x27d5b96cce33fe00, 0xfee1a3965a638bc1
	.quad 0xf8e0bb610239eacf, 0xc047c55b78a7f8e6
	.quad 0xbb724de77f104b4c, 0xc94abea99a7935f8
	.quad 0x002fffffffffffff, 0xc9c00000c0980000
	.quad 0x3e0000003e595b24, 0x3ff6000000000000
	.quad 0x7f7fffff1e774c52, 0xc3c88eda766cc749
	.quad 0x7ff8309a017fffff, 0xc023000000000000
	.quad 0xbc7ebc7fb9aca805, 0x5a4428ee7ddf951b
	.quad 0x8013d9dff084cb31, 0x7fc00000ffc00000
	.quad 0x406741e2e9def774, 0xc014000000000000
	.quad 0x163971c52cc56220, 0x4345cdbb7f9e18fc
	.quad 0x7ff543dbbefda1aa, 0xff8000003d1d4369
	.quad 0x150d2b70803387ff, 0x43e0000000000001
	.quad 0xc3bed3722733369f, 0x00000000ffb7d72b
	.quad 0x354c835fd1f3b59e, 0xc0b8000081ad3a9d
	.quad 0xb1cbbb5bffd07900, 0xdd544a8aaf887c00
	.quad 0x7ff264606ae35e95, 0xcceedb3f76372e02
	.quad 0xff800000410c0000, 0x3e9f00e653e67c00
	.quad 0x3b9a8cf2effc7d62, 0x8000000000000000
seed19:
	.quad 0x1c3fddbbc685f2a6
	.quad 0x00000000000f174a
	.quad 0xfffc1e3abcad5e20
	.quad 0x3c79d750cdcc340b
	.quad 0x7fffffffffffffff
	.quad 0x0000001b40e0103e
	.quad 0x0000000000000782
	.quad 0x0000000000000001
	.quad 0x00000000000000ae
	.quad 0x672d22902872c66a
	.quad 0xffffffffe2c714e6
	.quad 0x00000000000003b6
	.quad 0xffffffffffffff35
	.quad 0xacc2fb87af30c9c8
	.quad 0xd1b59bf4346e2aab
	.quad 0x27e2962c86cc445c
	.quad 0x04800000
	.quad 0x50000000
	.quad 0x19c92a03007fffff, 0x6d81470d3ffffffe
	.quad 0xf3e52e053f8833ac, 0xb2b24bc6fde2fef7
	.quad 0xb96b3237f6ffffac, 0x3ba6872c1cd9314d
	.quad 0xbf7e085ef8bf3162, 0x78fd2429853f1577
	.quad 0x2a3083d50f1e7e00, 0xc775a1a7bbd5ffe3
	.quad 0x40e80000ff800000, 0x7ff0000000000000
	.quad 0xfff52899b97500f4, 0x8000000000000000
	.quad 0x8267729e4edc7639, 0xbfbe08e18551097d
	.quad 0x3fc919ee38327195, 0xffefffffffffffff
	.quad 0xaf60b725ff90d5fd, 0x00779f19f429b8d1
	.quad 0xc3f0000000000000, 0xe9fea625f9697fb8
	.quad 0x8191363c1d09e4f1, 0xdc44821f77d77e6f
	.quad 0xc09c0000f01f6e18, 0x40004cfabf373156
	.quad 0xf9ef009382082ea0, 0x8000000000000000
	.quad 0xbfdafcc0d55f25ab, 0x49fcb2b7d8f5c8f0
	.quad 0xc4ec0000741c8b5b, 0xfff8000000000000
	.quad 0x40aa000000000000, 0xb601aff33fc185bc
	.quad 0xf9b4edc3c1100000, 0x807fffffcfcac5cf
	.quad 0x4e591f084197806b, 0xdc0ba231bf03af11
	.quad 0x0788767af7b7fc4a, 0x0e745cb3edffcd5d
	.quad 0xfc14fb6a608583ff, 0x40f0000043769ab5
	.quad 0x000000007a466b52, 0x3fd0000000000000
	.quad 0x4280000016fe5ad7, 0x401a800000000000
	.quad 0x00400000bfee8000, 0x7ac99b47d3ffddb7
	.quad 0x2a041c425dc0ce71, 0x67dd50897effffff
	.quad 0x4118e997ffb70dbf, 0xff8000007fc00000
	.quad 0x83e3ec64630d7caf, 0x80400000804ee114
	.quad 0x8000000000000000, 0x928a150f45ffffff
	.quad 0x2376a830d97fffff, 0x0fa7c5c7fb6a7cef
	.quad 0xff80000000000000, 0xdd6ef6682089fc00
	.quad 0x3fc3dc79dc2dd0f6, 0xd3f45f9afebbb924
	.quad 0xd7d68b4a99470200, 0x3f996b1180325e2c
seed20:
	.quad 0x00000000000001cb
	.quad 0xff26e4c85f740293
	.quad 0x0000006f3b50b721
	.quad 0x000000000028a5b8
	.quad 0x31d9575ec75dcf35
	.quad 0x4cbc4c6f0bc7f2b0
	.quad 0xfffffffffffffa5d
	.quad 0x0000000001000001
	.quad 0xffffffffffff08fe
	.quad 0xfffffffd36dc17e1
	.quad 0x2191d3c7abb4ad24
	.quad 0x0000000000000000
	.quad 0x00000000000148b8
	.quad 0x316fe9356c34a1c7
	.quad 0x00005b0b30ef0b41
	.quad 0xc9f6c6957acbd7eb
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xffffc9c27e1a4960, 0x7ffc5d019d1f3d2a
	.quad 0x1633033650388000, 0xfff0000000000000
	.quad 0x0000000000000000, 0xe24db0107ffdf8f1
	.quad 0xc03716564701fcf0, 0xc023800000000000
	.quad 0x3d186e583fffffff, 0x7fdaf343793d3c65
	.quad 0xdf000000cb1ffdb1, 0xffb910dbff800000
	.quad 0xff31a98bbcb51283, 0xdc10f877df000001
	.quad 0xc3efffffffffffff, 0xb31817b088a07e00
	.quad 0x40fd028f9841562b, 0x8000000000000000
	.quad 0xfd914dc380000000, 0xbf908c27ff9fb6da
	.quad 0x3faa32faf4cd2f46, 0xb864346f550824b7
	.quad 0xc119800000000000, 0x971be92a32c539a9
	.quad 0x8e645c7377ffd7ff, 0xbbd016367a640680
	.quad 0x37c0000099aeaa53, 0x7ff81abaa281f667
	.quad 0xbe66a2c27f800000, 0x04f326ba504f7800
	.quad 0x8d1991a141e80000, 0xde5db726cfd64285
	.quad 0x9854978a7fc8fc00, 0xdf0000007f9e27e5
	.quad 0xa81cfb822522f0f3, 0x7ffbf3f994f40a1a
	.quad 0x00300025f1291aa5, 0xc3e87c38acdd81e3
	.quad 0x1fad1719fefffaf4, 0x5cef2c734061b06f
	.quad 0x7542e34e80000000, 0xfff0000000000000
	.quad 0xca0ce39476b6fdb7, 0x7ff0000000000000
	.quad 0xc3d0352e988c4143, 0x0007d580d54411a2
	.quad 0xfff0000000000000, 0x4128000000000000
	.quad 0xa21e0b4a7fa2e14b, 0x8c3a80b6fff7fc5a
	.quad 0xf59d420f011e3ccb, 0xc004bbb56f3effe5
	.quad 0x800000007e92dfaf, 0x0058ca16c0dc0000
	.quad 0x4000000000000000, 0xead33e79dbeb7fdf
	.quad 0xffc00000c3084715, 0x119f6c952a0adc11
	.quad 0x58b8f60de2eefcf1, 0xfd8e0335e9cd0ed6
	.quad 0xff7db24b40cc4ac7, 0xc011000000000000
	.quad 0xa10cca8ce75bea53, 0x3e96b0ad7f7fffff
seed21:
	.quad 0x00000000000001bd
	.quad 0x15c69d5dd70fa9a5
	.quad 0x00000000000003d2
	.quad 0x0000000000001b9c
	.quad 0x00000000ffffffff
	.quad 0x6a66a09d5b208625
	.quad 0xfffffffffffffeab
	.quad 0xb690e43b026661f4
	.quad 0xfffffffffffffcca
	.quad 0xfffffffc90cc46eb
	.quad 0x26a84597c8612309
	.quad 0xe851afea8ffd64fa
	.quad 0xffffffff621f8e9a
	.quad 0x3cba7d890312d0cd
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x800fffffffffffff, 0xa7b97f41bffbedfd
	.quad 0xfff16c671c62f554, 0x0000000081073280
	.quad 0x71b30439f0af498f, 0xff26e72600000000
	.quad 0x7ff8ada82b2f4739, 0x3f01deb2a82485c6
	.quad 0x407658f243f57b42, 0xb2603c75ffae4fbd
	.quad 0x849942fd00000000, 0x7fd0000000000000
	.quad 0x706bb6d6de2bcfb7, 0x8000000000000000
	.quad 0x94c9bcf4bfff7fbe, 0x0000000000000000
	.quad 0xdfcf135741d70b64, 0x3fe2c68a615e2278
	.quad 0xdf001966ca3f7ff8, 0x8fc9f8a7df7fffff
	.quad 0x1c40960ef8595bd0, 0x04b1c403b3147c00
	.quad 0x5a3ecb5997772463, 0x3e800000c6940000
	.quad 0xd6656e6dff7ffe29, 0x0f60732f412a4255
	.quad 0x08dbabf3d46bbffc, 0xc01c000000000000
	.quad 0x1061dacde7a6536b, 0x0000000000000000
	.quad 0x9762b8fdbd52c400, 0x965260b83adefe00
	.quad 0x4100000009d1288e, 0x4f3b723880000000
	.quad 0xfff0000000000000, 0xcf628b357fbf34fa
	.quad 0xdcdbf4d2f1b0ad92, 0x4880000080000000
	.quad 0xbd7393b2ff82c07c, 0xdf02c46fdefffffe
	.quad 0x3ffe800000000000, 0xc13a000000000000
	.quad 0xffefffffffffffff, 0xd980000000000000
	.quad 0x8b0bfaa40cd4da54, 0xbf3e000000000000
	.quad 0x9e57a1ed7ffefd06, 0x8034016e7f2ed67c
	.quad 0xcf5336134db14f9a, 0x771338b43cd21b32
	.quad 0xbdd5894c1735aafd, 0xfd8dcc4a80000000
	.quad 0x14d3fe74809f7a3c, 0xc15e8fea3f361264
	.quad 0xc0db644b00000001, 0x14b8b5c8c9f67800
	.quad 0xce239e60fdf56bfe, 0x0000000000000000
	.quad 0xac2e108bbe123b12, 0x52664f80ed32fe3e
	.quad 0x0008000000000000, 0x002c28306f82d1a5
	.quad 0x0000000000000000, 0xbff8000000000000
seed22:
	.quad 0xfdfbac4bdcb72f82
	.quad 0x12473c73cc575f02
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xe859bc7ce114e2df
	.quad 0x7fffffffffffffff
	.quad 0x66f1e38f7c9a34ca
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe78
	.quad 0xfffffffffc4f46bd
	.quad 0xffffffffffffffff
	.quad 0x528848d25e17ad12
	.quad 0x0fb944c2904ad584
	.quad 0xffa3acc2c2c57053
	.quad 0x027b8aad7eab72a6
	.quad 0x3d165544fc18e520
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x801907ee21d6c089, 0x3f2b2cb93f3d076a
	.quad 0xff000000f231061c, 0x00050052cf3d0180
	.quad 0xc062000000000000, 0x82db7e6507e82e51
	.quad 0xbccd5585ffc00000, 0x00a6705281000000
	.quad 0xb76b9a61d3f0fed4, 0xbfcfa4d4aae5a0f5
	.quad 0x7f800000ff800000, 0x57aac81effffef7d
	.quad 0xfff0a6d64a310e72, 0xff8f23a986f0c9ef
	.quad 0xfd02ee1cff847e29, 0xbddf66d87fac85bf
	.quad 0x7e8000003e2eb50b, 0x412df2929e6f829c
	.quad 0x8c99da52889efe38, 0x423abd7c8003616e
	.quad 0xc016aa152ea9248d, 0x80f22b162db69413
	.quad 0xc5fc14ce00000000, 0x8000000080000001
	.quad 0xac3cd410fff5f0a7, 0xf373fab31b48b037
	.quad 0xc060800000000000, 0x4e08607478e107b4
	.quad 0xc1e204d6c4fffffe, 0xb980000097650422
	.quad 0x017f3500c08214f2, 0xc7800001c4e00000
	.quad 0xc1be343fe71d5503, 0x7f80000000000000
	.quad 0x5e2a8af687d37c00, 0xc2839376bf2629ff
	.quad 0x810000003c6c0490, 0x7feed5c87192e137
	.quad 0x7ff0000000000000, 0xf2a75dea42b13ac1
	.quad 0xffc00000c2400000, 0x000000004fa8e2de
	.quad 0x3cc1b82f4ffffffe, 0x9a377d929bc702cb
	.quad 0x3fedc10c5f3f0d1e, 0x80000000d2965b94
	.quad 0x800c6b5cb6fdddb0, 0x4d71f3b4ef68ff7f
	.quad 0x40e4000003e682aa, 0xcf63a19aa4d7c600
	.quad 0xeaf28509fb7fff78, 0xa07ff291ffe47eb4
	.quad 0x40b5b63bd4b817f2, 0x7fede424e4075e71
	.quad 0x7ff69e91931c933f, 0x4011800000000000
	.quad 0xcffffffeffd08f90, 0x6ff06077ee662b8a
	.quad 0x800000001422587f, 0x1e792c143b8fad83
	.quad 0x7e82bcd780a8f777, 0xf3a027dc512981f1
	.quad 0x000000007fa2cf20, 0x00000000c7d9b46c
seed23:
	.quad 0xffffffff80000000
	.quad 0xe87d3547b27afca6
	.quad 0x656d8f2ab4dca3f1
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffb7
	.quad 0x8f2cc809743b99d6
	.quad 0xcf68589470f441f5
	.quad 0x00000000000001a7
	.quad 0x0000000000000027
	.quad 0x32298ad71d67aa7b
	.quad 0xfffffffffb08d947
	.quad 0xfffffffffffffe31
	.quad 0x552ed7607eb00daf
	.quad 0x0e6e4e87854df797
	.quad 0xf6009d37c187ce46
	.quad 0x78ffbbc7da22f7d4
	.quad 0x03800000
	.quad 0xf0000000
	.quad 0x314a7b094f3ffedf, 0xffc000005f000001
	.quad 0xacc70a8f7f800000, 0x43157d8b80610052
	.quad 0x00000000c5800001, 0x825da5e0b7bad6ee
	.quad 0x90739832f0fc801a, 0xc01e000000000000
	.quad 0x0080000047000000, 0x5a4695c70ef0fc00
	.quad 0xc5fd6a073aef83ff, 0x194554e6de3f192d
	.quad 0x975db8ca6bb0c8e0, 0xffe4434b7658af88
	.quad 0x81d500130709c257, 0x3fa6f47bf722fccf
	.quad 0xc04000007ffd2954, 0x76bf3b3e570dff7f
	.quad 0x4035b7f2691a7d0b, 0x7ff17c1494005424
	.quad 0xdfe0eb297d8671ab, 0x4005e64be0de1c02
	.quad 0x40d8000080000000, 0x17eb9a40cd987c00
	.quad 0xdb1aa1096e6727ff, 0x7f95c720c1439e28
	.quad 0x0303cbbafef57f7f, 0xc0dd0bd04da9df83
	.quad 0x8108ab9e42b00000, 0x807fffff7e800000
	.quad 0x407f9dffae54110d, 0x18317490b7eae488
	.quad 0x7f800000bedd6931, 0xa04572ddeffc7784
	.quad 0x40077835e5e2f326, 0x01efbde7d2328197
	.quad 0x87be72d1f7ec2aef, 0x817fffffb6600000
	.quad 0x000fffffffffffff, 0x7fe89bfde2aa392d
	.quad 0xc2abd8f4bdde5e1b, 0xc7000000bf234971
	.quad 0x3c7de50570225cfe, 0x722b84b093d67f39
	.quad 0xc34fffffffffffff, 0xfe04bc485fc22ac4
	.quad 0xc000000000000000, 0x85cafdd83b9e0000
	.quad 0xbf9f0f2880b6d574, 0x4a4be19801e06340
	.quad 0xc77fffff74e54cc2, 0x40205e23b84bd1c4
	.quad 0x80000000dabd83e2, 0x3cebb09bc24e4cf7
	.quad 0xff7269513cfbc76c, 0x9077a8169c69ae6e
	.quad 0x7ed6600980000001, 0x4081ec5140400000
	.quad 0x7eb3de2647db1b1d, 0x0000a321f25e1bdf
	.quad 0x7ffc812dc4c8603b, 0xc028000000000000
	.quad 0xc52f9683ffe5faa1, 0x41f7ab4ec011db00
seed24:
	.quad 0xb0d90f353792c67a
	.quad 0x7a42932c16631d1e
	.quad 0x436545bf9eeb2e16
	.quad 0xfffffffffffff789
	.quad 0xb66b70f5f8ecf618
	.quad 0xffffffa96e88cea1
	.quad 0xfb24d28ab979ddb7
	.quad 0xfa903a9f6a3fe205
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x919447a77da30e48
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff8f
	.quad 0xb7a9a2dd23046c4d
	.quad 0x0000000000000153
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x98243b85f2bf5cfd, 0xfff8000000000000
	.quad 0x017fffff00000000, 0x8ada59c94ffffffe
	.quad 0xe17c3caf200b7ed8, 0x3abb9a863d8c828a
	.quad 0xc070800000000000, 0x7ff992f480000001
	.quad 0x000ce663877f7384, 0x82af17583de00000
	.quad 0x41f17a808946da77, 0x407240e916ce5945
	.quad 0x7fb5592181eada42, 0x9cac6dabff96573f
	.quad 0xffc000003b0b0000, 0xffc0000000000000
	.quad 0x4018000000000000, 0x7ff8000000000000
	.quad 0xcc7363b48097244c, 0x095a1bab3c2a10ea
	.quad 0xfff36a56f9775f0e, 0xf21bb071a4451d3e
	.quad 0x30ff6c25ffecd7d7, 0x0645a3dc7afb5879
	.quad 0xdccb6a2a2d25f3a9, 0x002be36cccbd3567
	.quad 0x401d800000000000, 0x93f4ca4d01410000
	.quad 0x5fb59cc340d00000, 0xfff8000000000000
	.quad 0xbfe42d9722781033, 0x24c89fd82caf8000
	.quad 0x3a6280555fd7fed0, 0x7e251beb165d5f74
	.quad 0x70e438be4efffef3, 0x3b955e8f007fffff
	.quad 0xa3d28fb6bc28c3c0, 0xddf2a174befeb094
	.quad 0xb3b9886df7a38b26, 0x0d4ccaece57d5fbc
	.quad 0x2889d74dccac213d, 0x9a71eb9ffff97df2
	.quad 0xa0b1aa2df6f63d4e, 0x7155ff4280000000
	.quad 0x8013923973a88e17, 0x80011193c63e4b70
	.quad 0x476f800059800001, 0x1420e6e286a3defb
	.quad 0xffe0000000000000, 0x031e1beaff9d5d47
	.quad 0xc022800000000000, 0x03e67f03c7000001
	.quad 0x38283cc98cd466e6, 0xfcb55c0b7aeff2dd
	.quad 0x809c99f1ee2b452b, 0x552635503a2031ae
	.quad 0x8f689d97bead7e00, 0x9770d8605e07236f
	.quad 0xb5779d65ffb7f73f, 0x835c965d7ff77c00
	.quad 0x4d7a2fe174e993f6, 0xff72f6e76f255f59
	.quad 0xda791aa4cb1b7c00, 0xc070eb5577cd6a47
seed25:
	.quad 0x544e8fc54dc5731d
	.quad 0xfffffffffffffd19
	.quad 0x00000000000001af
	.quad 0x0000000001000001
	.quad 0x2af0837de39919c4
	.quad 0x7bd3a03b7c4254e7
	.quad 0xfffffffe9443af41
	.quad 0xfffffffffffffd4a
	.quad 0xfcf38385fc6acdae
	.quad 0xffffffffffffff0f
	.quad 0xfffffffffffffd24
	.quad 0x00039e514d7868e8
	.quad 0x02b8c3654cb9b97f
	.quad 0xb88fbc7cec1393da
	.quad 0x0000000000006d63
	.quad 0xfffffffffad2cfe6
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x054faa682c4653e8, 0xc0bb800000000000
	.quad 0x815c38dd9b748000, 0x699ca31d7d7b03a3
	.quad 0x17a07bd79bbe48a0, 0x3f2c000000000000
	.quad 0xee1648c0ffc00000, 0x4010000040bf1556
	.quad 0xe05a105f7dd6fe1e, 0x0000000000000000
	.quad 0xb37d337aff8bfbff, 0x57312d31ffe7ffbc
	.quad 0x58135ce73ec6fc00, 0xa5b2ca4da7e74840
	.quad 0xbd1cb653ff77ce58, 0x05e0c1de4c4a419f
	.quad 0xc10a00000af71fe5, 0x4ef83cdee3513e8c
	.quad 0x51161cbc45567789, 0xd61a5566ff9cff48
	.quad 0x7f800000a1b8135b, 0x3e8f33697bf87c00
	.quad 0x7f3a0269c7800001, 0x86c5bae180fa2494
	.quad 0x1719257fd3bec3a3, 0xbdae1c66df000001
	.quad 0xd03fd545f419fb9d, 0xc090000000000000
	.quad 0xb6d3ccc1a447d6e0, 0xc900000000000000
	.quad 0x0100000068b0d401, 0xafe930af8ec2fabb
	.quad 0x8295b7f3ca454300, 0x7fe3f166001db077
	.quad 0xbbc27844d1bc4e10, 0x7addbf14ffad5cff
	.quad 0x2e921d6fbdeffddf, 0x7ff5ec66c02a47b2
	.quad 0xa283d84d80d9fc2d, 0xbfe217c3ddbb1b02
	.quad 0x0008000000000000, 0xb312a9e0b30f78ac
	.quad 0x3f7bdf107ff063fb, 0xd3114c97971498f4
	.quad 0x3fa78b57c3b4dd92, 0xfd547d479369fc00
	.quad 0x800000006df8ea35, 0x80262809057f707d
	.quad 0xf4a37ab0385d77ff, 0x40ae000000000000
	.quad 0x0000000000000000, 0x3fa00000c1b05ce5
	.quad 0x8780e998ffee9f67, 0x9788cf48f2cf777d
	.quad 0x8121a9a24e05a890, 0x8000000000000000
	.quad 0xf4ec355500800000, 0x79d62fc62e650bb7
	.quad 0xbf8d000000000000, 0x4c45372b7fbe93ff
	.quad 0xc042c00000000000, 0x80000000400ccd7e
	.quad 0xbfec57698f963869, 0x0008000000000000
seed26:
	.quad 0x0000000000000018
	.quad 0x0000000000000309
	.quad 0x6745f7cb79d6ca91
	.quad 0xfffffffffffffe0b
	.quad 0xffffffffffffffe3
	.quad 0x0000000000f8ab77
	.quad 0xf2a95cb0038bf7fe
	.quad 0xfffffffffffffe8b
	.quad 0x50232a38a8bbb0cb
	.quad 0xfffffffff88bd1ed
	.quad 0x000000007fffffff
	.quad 0x0000000000000256
	.quad 0x000000000000000b
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd3c
	.quad 0x0000000001000001
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xbe36a79e80000000, 0x83c23df7322f17b1
	.quad 0x3cca6c3981db021c, 0x7ff099aa3c9dec99
	.quad 0xbfd3e9967f8da3cf, 0x65002aba68144141
	.quad 0x41ed82c27e2647e4, 0xc061637e779f6ecf
	.quad 0x8cf78f429b2bff39, 0xfff0000000000000
	.quad 0xc07ba4393fad5381, 0xbe0bab129ea42c27
	.quad 0x800000007f7fffff, 0x41effffffffffffe
	.quad 0x8190fb74767d83ef, 0xd94a92076caa81ea
	.quad 0xa8d26db2ac2770d7, 0xffd5ee044ca52f60
	.quad 0xffeab530518f0e0c, 0xfff8000000000000
	.quad 0x79f8cb88ffc00000, 0x800000007f800000
	.quad 0xffc000007f9797a9, 0x7e55c0964eb94f0a
	.quad 0x3f7b800000000000, 0x807fffff7fc00000
	.quad 0x4019800000000000, 0xfff0000000000000
	.quad 0xa96e73a98e31fd53, 0x0792dc893fffffff
	.quad 0x1db54616066529ac, 0xa511aecf771a5c30
	.quad 0x7030f29c94b5b1f1, 0xe8ec624ec24a8099
	.quad 0x7d77a45c77c9d02d, 0x639a09d14fcbbfb3
	.quad 0x7d6892914269bffe, 0xbfd8dda516bd688d
	.quad 0x7f9ec61e3b1b0000, 0xfff8000000000000
	.quad 0xc021c00000000000, 0x7ff0000000000000
	.quad 0x402c6db6b26c304c, 0x19845bc5ffffffff
	.quad 0xf7afd5ed35867dca, 0xff800000bc33a385
	.quad 0xc19cbbb55f000000, 0x3fc1fc85704a9b1b
	.quad 0x3bba5e5a00800000, 0xffaaff4bc1201d4b
	.quad 0x91d6581ad672b3df, 0xe661b289ffabd87a
	.quad 0x0016ac0bc78ce8c7, 0xc9fcd3836532b469
	.quad 0xef00c87abda96bb9, 0x43e551047fa0f72c
	.quad 0x7fc8ed05bd2bc920, 0xc14000000036f5f4
	.quad 0xdd25353ee3fe8000, 0xfffbdc566005e6ac
	.quad 0xffdd8adf40500000, 0x366c56337feb87ff
	.quad 0xb1fb1dd9d10eed30, 0x0c3e215226c8dc39
seed27:
	.quad 0x00000000ffffffff
	.quad 0x0000000432c62852
	.quad 0x9fbcb17eafd58694
	.quad 0x000000000000006f
	.quad 0xffffffffffe9fac0
	.quad 0x9d2778ec6d0c5e53
	.quad 0xffffff8a96e1adcb
	.quad 0xfc914196d584a183
	.quad 0xffffffffffff8870
	.quad 0x0000000000000003
	.quad 0x8000000000000000
	.quad 0x7f6ff419bb4ca849
	.quad 0x0000000100000000
	.quad 0xfffffffffd9e803d
	.quad 0xfffffffffffffd7e
	.quad 0x5dc1c8314561e289
	.quad 0x02800000
	.quad 0x30000000
	.quad 0xffdfffffffffffff, 0x48c1cdde7ff7fe0f
	.quad 0xc0647d04a6af2072, 0x2a019c5fb8ab784d
	.quad 0x2a9539fc3ceffbb2, 0xbf931d0271ffd854
	.quad 0xdd07d5ee642383ff, 0x7d4cf05bffc40000
	.quad 0x0a810d3de73aac37, 0x0e34e972e1f7f940
	.quad 0xb6800000ff8cfed2, 0xffd0000000000000
	.quad 0x3e20030c1a124461, 0xfff5214cee1e028b
	.quad 0x52e1cba2fffee3b7, 0xc57e03ea4dd5a600
	.quad 0x3c1c2517d7bf8de0, 0x04edda49ffff7eb2
	.quad 0xfff0000000000000, 0x63034a3f9ef2fddb
	.quad 0x895f5df555dc7b00, 0x40e408f2a752309d
	.quad 0x222f7aa762c0fc00, 0x8ea72765b0fa5b98
	.quad 0x401f4ea95cb8a9cf, 0x48fb8c488c4cd29a
	.quad 0x4f5bcc34ffc64226, 0xbd808da1ffbd2a03
	.quad 0x61918404f07d2634, 0x42c5b1e2caef6f8f
	.quad 0xee4c9ba9fffc7ffd, 0x49799a7aa690fd5d
	.quad 0x0000000041220000, 0x01400d35f8affb02
	.quad 0x8020000000000000, 0xff80000043800000
	.quad 0x58f4bb29c6fea2eb, 0x90947012402c8000
	.quad 0x0020000000000000, 0xff745499b36a422c
	.quad 0xfff1d39f29349fa1, 0x63fb94c5beffd8dd
	.quad 0x1fbb2303dfeabef7, 0xfff0000000000000
	.quad 0x407be33ac082c32e, 0xffad92fdc3959858
	.quad 0x7e7744fcffc7fc71, 0x5d63360a073ed6da
	.quad 0xc016800000000000, 0xfffcb7bbe7049921
	.quad 0x7f69e73c7fed30e6, 0x3805f048e62883f7
	.quad 0x19986ab02f88ab84, 0xe37364e4df7ddeff
	.quad 0x4e017b61fffd6be2, 0x8020000000000000
	.quad 0x41f0000000000000, 0x0000b65a655f50f6
	.quad 0xb3b880bfb7f8b99b, 0x16fb3d3ddf77e9be
	.quad 0x3ffe00e8c7364bdf, 0x7f592e625ecb6556
	.quad 0x420490bb7fb40420, 0x185b7ebcff9d82a7
seed28:
	.quad 0xffffffffffffffff
	.quad 0x8e011d7357cd35ae
	.quad 0x1df67032429365b8
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0xf870d6d33bbef6a6
	.quad 0x480bec7645d82c63
	.quad 0x000000007fffffff
	.quad 0xff0db97f040aa325
	.quad 0xffffffffffffffff
	.quad 0x08c4b654d2d48968
	.quad 0xfffffffffffffc40
	.quad 0xffffffffffffffff
	.quad 0x00000000000002ee
	.quad 0x7c755a4025d0adc4
	.quad 0x00000000000996de
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x994d7426429d5bd1, 0x8ff7f2eb2a868000
	.quad 0x3f0014bf5f800001, 0x1ac68e311ed071bb
	.quad 0x7fd93c1e6a347812, 0x8db5c8af80000000
	.quad 0x7ffee2a3ae948aba, 0x3fff2725f273765f
	.quad 0xffe5117ec1465c1c, 0xdbf83217006abaed
	.quad 0x49ef5f42ffabdac7, 0x7ff28c0c85e166db
	.quad 0xbf8a28ac35c816d2, 0xbbc28dae9f5b6400
	.quad 0x40d4d5d350e64500, 0xe43fb0dbb3df7fff
	.quad 0xaaa1152bbd067c00, 0xfff8000000000000
	.quad 0x8000000000000000, 0x22fda082d7bcf7fb
	.quad 0xe08035c5f8fffb7b, 0xf09ff3e27a1eabcb
	.quad 0x7ff792f2eb60674d, 0x2de27593f7f77fe1
	.quad 0xa8398843df6dfd8b, 0xc075691b2fe89e42
	.quad 0xc07f5b13c4b2be74, 0xff81443d76730982
	.quad 0xc004e82ebc25ad54, 0xff8000005ffffffe
	.quad 0x5dd0dfaebf17f1f7, 0x40200000423a3cd8
	.quad 0x80256d5289681136, 0x38787d0f699ef9a2
	.quad 0x7fb1664fc22bbb1b, 0xa4ef9d535957fdb5
	.quad 0x8000000000000000, 0xac6936fdbddffd56
	.quad 0xc1f0000000000000, 0x9233b977d9a1fe46
	.quad 0xa9fed28f79c36cfa, 0x800c6351a99bb2fd
	.quad 0x020755538a9b090d, 0x401f9a6080000000
	.quad 0xbf8acc977302f1c5, 0xf6061abeecfef371
	.quad 0xc04ebd48275f8a0d, 0x400c5356a37e3483
	.quad 0xffd0000000000000, 0x7fc0000036000000
	.quad 0xc04d9e0d8076febc, 0xfff0000000000000
	.quad 0x80000000ff800000, 0xc090000000000000
	.quad 0x3c516dfaffc00000, 0x7f107180997e72b8
	.quad 0x93bf57a231431cbc, 0xd31fe7428e06ea73
	.quad 0xab1d371c777ffd5b, 0x017cc3f4f9db095a
	.quad 0xbe085986514fa1d3, 0xbff2a4e05478972f
	.quad 0x8dbe7d017f74f9ab, 0xfff45de0823ad78a
seed29:
	.quad 0x7e72cd0e8fee935a
	.quad 0xa5461254d5fdc839
	.quad 0xa36f111110917773
	.quad 0xffffffff80000000
	.quad 0x7e8891934dab80eb
	.quad 0x94dcd19429efbad9
	.quad 0x00000000ffffffff
	.quad 0x06ef8e2f8b9003cb
	.quad 0xdf7cb84f81b6ab72
	.quad 0xf4ca3b05655153c0
	.quad 0x7fddff6fd51f6107
	.quad 0xffffffffffff5b41
	.quad 0x8000000000000000
	.quad 0xc81f7a4d2cf3fe8f
	.quad 0xfffffffffff606f4
	.quad 0x000000007fffffff
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x0845d5b3f39032d3, 0x403538e7fdd40e34
	.quad 0xcf3a955b7fd97d77, 0x3d02dec81fb129b6
	.quad 0x3b4be4bf7f5efc9a, 0xc0b0000074ded2d9
	.quad 0xff8e81c280000000, 0x083e10596253ddbe
	.quad 0x52717b8277142b27, 0xd2fb7a36fd7ffebe
	.quad 0xc380000000000001, 0x471301c1ffabfdbd
	.quad 0xbc34796b7fa6dc9a, 0x9edfea9bf0fbfddd
	.quad 0xbfb000000d335cbe, 0x3cb9ec3ec09c0000
	.quad 0x3bc8706ebf6d0011, 0x2126fddc5ea9f828
	.quad 0x092e5c4a4f464880, 0x51907f95cb6c4000
	.quad 0x7ff1f0e7603b0185, 0x8000000000000000
	.quad 0x7fcf3960ff800000, 0x7fc000003e03499d
	.quad 0xacdddd1ed14d3a58, 0xbfd5f013f4a7d59b
	.quad 0xc0d8000000000000, 0x3e3ddf0abbeafa81
	.quad 0x3ce9e642c258be52, 0x18919ff52e57734a
	.quad 0x1ce4b2388137d668, 0xc0271626f900cad0
	.quad 0xbff861b5a0ab16ff, 0x5f8af39043b569a9
	.quad 0xfdd4de3685235903, 0xb0a3ae89a3677bff
	.quad 0xffe0000000000000, 0x001b5ca24b615f71
	.quad 0x59a08bf050cf4900, 0xbf78095314c9979e
	.quad 0xf86662afac24534d, 0x3dfdd9aa0bfe93ca
	.quad 0x40e0000000000001, 0xea16dc10fd3ffdce
	.quad 0x43effffffffffffe, 0x94aab9aeb1c88adb
	.quad 0x49da36281d9afd3a, 0xec0ca3c2c4300000
	.quad 0x400589ac85015570, 0xb8892b669beb8000
	.quad 0x457a00002c4d6f2a, 0x7f3973d87b221689
	.quad 0x7f9ae8437f000000, 0x685260ab7cfc0000
	.quad 0x4000000000000000, 0xa600e014322e9014
	.quad 0xfffbe0706ffcb6e0, 0x7f8925b180b75384
	.quad 0x401d635adb777d60, 0x5876c76d2b510000
	.quad 0x0008c08d95ca0435, 0xfff8000000000000
	.quad 0x0000000000000000, 0x430e3c082608caa8
seed30:
	.quad 0xfffffffffffffefa
	.quad 0x0000000000000094
	.quad 0x4a82ad5b183493be
	.quad 0x7fffffffffffffff
	.quad 0x0037e3bf6bdaa9ba
	.quad 0x0000000100000000
	.quad 0x000000000000000e
	.quad 0x000001c2d84fa0e5
	.quad 0xe9f95a79769425a3
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0xd14a743f5f637e48
	.quad 0xdb43b49a2138161b
	.quad 0x00000000ffffffff
	.quad 0x0000019ae8ff2fe0
	.quad 0xfffc09c8196ee4ae
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0x70006298933ddf48, 0x7f800000c2944ec0
	.quad 0x7ff0000000000000, 0x00f7c5cb40474025
	.quad 0x03a46c3bf1f16463, 0x3fec2a8f3f527ae0
	.quad 0xff800000427ccc3d, 0xbfbc27a38012c36e
	.quad 0xc18c5807c9d5ac22, 0x80989948b7a80000
	.quad 0x403e2b31da000001, 0x3fae80007f800000
	.quad 0xb6b36ee39074b8a3, 0x742fdc71801b0965
	.quad 0x3b3d2905fd8afbe8, 0xbf7c0265059f4b89
	.quad 0x8000000000000000, 0x7f8dd4c3413f0b41
	.quad 0x400a99a4c906048d, 0x5e3f3bb7fffde75c
	.quad 0xef53d038c097d3ab, 0x470800007fc00000
	.quad 0xc7cc9014c9200000, 0x0de3c9407fc713de
	.quad 0x8eed44213fffffff, 0x44d48d4af40a2a85
	.quad 0x8008000000000000, 0xc2b60000807fffff
	.quad 0xc0380000bfbb683c, 0x7f855f77426a1dd1
	.quad 0xa389e9fc2bf8403e, 0xfecb2e021b051b19
	.quad 0xc000000000000001, 0xc02000007ffa8acf
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0xd3707a57cfe7687c, 0xe4a8226f136347f2
	.quad 0x3c937fcbe95a7b1c, 0xd2d90046f35b5dff
	.quad 0x7ff03c73f7010254, 0x8000000000000000
	.quad 0xade31b32a1f262e3, 0x395afc507fd7f67e
	.quad 0x1a9ca930885ba76b, 0x800000001b953b54
	.quad 0x7fab1115ff13cb2d, 0xc0221d02891817e7
	.quad 0xad4ef31ae7f3fdca, 0x0000000000000000
	.quad 0xff982ae27effffff, 0x01e741fa21f06d7d
	.quad 0x18d12cf8bff2fe1e, 0x43e0000000000001
	.quad 0xbaa1d6c5ddcc0000, 0x7f8000007f800000
	.quad 0x3c7d409e7ff6d7fe, 0x7ff0000000000000
	.quad 0x7f8961e66fbd3fcb, 0x8046a6956c3397d7
	.quad 0xbf802c34cfc4d51d, 0xec7692c9fffb71f5
	.quad 0x818a3356ffecfe00, 0xc0d00000b6974fb7
seed31:
	.quad 0xfffffffffffffff4
	.quad 0x659aaa7ff7812c2f
	.quad 0x000000000003b811
	.quad 0xffc01e4eeca20e07
	.quad 0x628ccc1ddd683b1e
	.quad 0xaf7d5ed2463b4b17
	.quad 0x7cb64ee69565c4c6
	.quad 0xffffffffffffffe8
	.quad 0x0000000001504f23
	.quad 0x2c76466508fb47e2
	.quad 0x0000000000007439
	.quad 0xe88a1792f1ac3746
	.quad 0x4525d94c666ef68d
	.quad 0x90b27e1477c66c43
	.quad 0x0000000000000116
	.quad 0x75cc9e8e9313ebe7
	.quad 0x04400000
	.quad 0xc0000000
	.quad 0xff8716ae598694f1, 0x9cae75cf47612ef8
	.quad 0x401c000000000000, 0x7ff0000000000000
	.quad 0x3ffffffffffffffe, 0x7fa13e8538a00000
	.quad 0x01e51a1a371139af, 0x3f9527e6b93c0000
	.quad 0x42b93cd77ff5ffd7, 0xdd7c4885e2577984
	.quad 0xfff167eac25a62b3, 0x40385bd7f197f0ae
	.quad 0x7f8191e38076d481, 0x903a6894ec658162
	.quad 0x7e1ed8f8b3069662, 0x14fca98f8127fc4e
	.quad 0xc252c088c0ea156c, 0x407d58fe71c4656e
	.quad 0x5bc44d65ff8efb7d, 0xc1fffffffffffffe
	.quad 0x80800000ed728978, 0x174ad118999905f0
	.quad 0xa3286d2ef5617f6a, 0xa1d6c20851b5bb75
	.quad 0x0114b02dcb7308ea, 0x9c234d5b163d7276
	.quad 0x7f800000c1fbc3e0, 0x4fffffffbc7272bc
	.quad 0xff800000bd2aa777, 0x432d02d7bf87a31b
	.quad 0x41f0000000000000, 0x0000000000000000
	.quad 0x000c5be6e9455661, 0x05aedfabcf0ff800
	.quad 0x5980000080ffffff, 0x95e4d6225586c8f8
	.quad 0xa114d58b853b9fe2, 0x4e48072e7dedde7e
	.quad 0xbcb40c58005679e6, 0x00260bb9ed372189
	.quad 0x4168531d40c7ddf9, 0x416910d89cac64ef
	.quad 0x8005e83345ce825d, 0xc003000000000000
	.quad 0x2696a104e94ed242, 0x80c27011bc7b9ac3
	.quad 0x800000007effffff, 0x2bf0cbf3028d50a8
	.quad 0x091982b28fa88480, 0x40929cc8c0200000
	.quad 0x3fe0000015386593, 0xcf00000014620e5d
	.quad 0xa0523025fff8f494, 0xfee54bcf00000000
	.quad 0x044d76acfff97fef, 0x1bdab6a8c07fffff
	.quad 0x3fc0000000000000, 0x5a2fd5f23bff27f9
	.quad 0x3d1d79100e40783b, 0x7fc00000a6d513fc
	.quad 0x99025f35393c813c, 0xa3dae15786754659
	.quad 0x1d05f50a005d895b, 0x000934d24974b700
seed32:
	.quad 0xcf6c0b5db8e0e60f
	.quad 0xf8e4db31a8e4de6e
	.quad 0x0000005265ab7ee3
	.quad 0x8000000000000000
	.quad 0x0e016a70b9adc77e
	.quad 0xfffffffffff960a3
	.quad 0xffffffffd1a6ca27
	.quad 0x0000000000000236
	.quad 0x0000000000000383
	.quad 0x4d35e01c6de3c8db
	.quad 0xffffffffffe008a7
	.quad 0x000000000000019b
	.quad 0x00000000000002bf
	.quad 0x8d94753229bf09f4
	.quad 0xffffffffffffff3d
	.quad 0x0000000000000057
	.quad 0x03800000
	.quad 0x50000000
	.quad 0x3db7334000000001, 0x51b05175fffffe1e
	.quad 0xff800000ffbd4b28, 0x6bd69d5db795bc01
	.quad 0x893c3dad6087d87d, 0xff26aed326ff33d6
	.quad 0x7b17305f2640fc00, 0xe4886e0200ebf4c3
	.quad 0x6bf9cfb0800de82c, 0x4000000040dab348
	.quad 0xffdfffffffffffff, 0x95c4778cfbd3bf6c
	.quad 0x9689a53e0072de78, 0x3341e519ff9f4840
	.quad 0x800000007f96d7d5, 0xdf816ffa4c1a4bda
	.quad 0x3f800000bf43823c, 0x7fba94b3ffbffb0d
	.quad 0x98f6ef8b0da6fe00, 0xff61042bcfffffff
	.quad 0xfff0000000000000, 0x7ff04ef21b2e84ba
	.quad 0x3fe54599d93fe069, 0xc0f4e94a40f40000
	.quad 0x0382835f1320efbb, 0x11f11050f5d2fe90
	.quad 0x7ff8000000000000, 0x9adcbb05c0280000
	.quad 0xda7ffffe96796361, 0x7ff8000000000000
	.quad 0x000000005f000001, 0x401c11d3e70331c1
	.quad 0xed428d33ff7ea620, 0xffe6e6caffc00000
	.quad 0x6cd56fbb7f800000, 0x0342b11c8b12feec
	.quad 0x7b3d00669e15a510, 0x8da5be697f5efcf7
	.quad 0xc1effffffffffffe, 0xff378595f6193518
	.quad 0xbbcc3dd480000000, 0xad025c4a4d277afe
	.quad 0x2f9678b1cd000216, 0xed2aecf79502d35f
	.quad 0xf36864b50658d9c4, 0xb6ad3b90bc5f1fed
	.quad 0xffcc4be96f3086f8, 0x0006dc7de02c5f1e
	.quad 0x5920c60f7fdffed1, 0xff800000bb964078
	.quad 0xbfa41e9db76ed4d7, 0x7ff0000000000000
	.quad 0x9e245ea628a53934, 0xfff1abb1c77d6777
	.quad 0x6cfd72e5c1ba7b2f, 0x9dc0b6c4fd7bd30b
	.quad 0x9e21c577ffffffff, 0xfffb6a2d6bc9576c
	.quad 0x80ba19be4255e0dd, 0x3f9a4191985c0467
	.quad 0xffc000003c8c3268, 0x80000000b6400000
	.quad 0x9373ca5f0051cd9f, 0x7fc000003ecdbb8c
seed33:
	.quad 0x5a262b006d2d9682
	.quad 0xfffffffd7a8f084c
	.quad 0x5dbbce63e83600d3
	.quad 0xffffffffffffffe5
	.quad 0x9dbd5940d0091d89
	.quad 0xfffffffffffffd3e
	.quad 0x00000000000001a6
	.quad 0x232b383a3ccb7420
	.quad 0xfffffffff05b4bb7
	.quad 0x0007f9cd74c30059
	.quad 0xe2aeef9ca18f49a8
	.quad 0xac2b68ebf2e2e87d
	.quad 0x0000000080000000
	.quad 0xb08229075a126a9c
	.quad 0x0000000000000245
	.quad 0xfbba4f6a5bdf30cc
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x8003c2fc422e416a, 0x89abd767e2c38000
	.quad 0x006c10bd7efefdf2, 0x7ff0e4f931f8b4ca
	.quad 0x4f1cf084ab7c5262, 0xfa81eba7b3971863
	.quad 0x309c182ffff9bf5c, 0xfff674c1f1c1fe84
	.quad 0x00000000c9900000, 0xeccebc4b41e44c1f
	.quad 0xbfd15cbddfcef5c5, 0x7134ff8d23f80280
	.quad 0xa3e4736b80ffffff, 0x53650bf1c5573817
	.quad 0x0000000000000000, 0xc27d44db802da3b0
	.quad 0xa7b5f50c7f46f92b, 0x80e253f9d991ffdf
	.quad 0x7f9c0f2942d60db1, 0x1bb1a18722ac22b0
	.quad 0x43fe0b55e3ca4966, 0x005469e8b5cbd80d
	.quad 0x3ff4e4024c0de29c, 0xb17524d3ffbb37ff
	.quad 0x7fbc369b21447bf4, 0xef55c8027ff70000
	.quad 0xf0b071577fe93e78, 0xec8da4b93bb7aa7e
	.quad 0xfff0000000000000, 0xb7b5d3e57fe3f8aa
	.quad 0x8000000000000000, 0x00f7bb447d8f56ba
	.quad 0xe24e3932bfdffe40, 0x0166a7e3bb873f14
	.quad 0xd3be60816d57c156, 0x3eecc727034bbf8d
	.quad 0x171410156521fd68, 0x0c4eb5b6dbd84e01
	.quad 0x79c6b4f14b030515, 0x0a1e9718dffbfc03
	.quad 0x7f8000003ff54adb, 0xc001000000000000
	.quad 0x895bc8b475f2efe5, 0x028c216c7df010c2
	.quad 0xbf806ebdb14a615d, 0x7fc00000c9820000
	.quad 0x81fc75d3f83d969e, 0x2e444e09c65ac908
	.quad 0x5bb36408e0e24a40, 0x5f000000be3062de
	.quad 0x72a4470aff000000, 0x428c1ba7c0200000
	.quad 0x3c2da9d7ee9d2eb4, 0x22c8f2f91b8cfdfa
	.quad 0x7cd622764ee98360, 0x2de3cae6feed7fb6
	.quad 0xffe63e506a912b22, 0x800981210ae3e23a
	.quad 0xecc567320124a8e2, 0xf8ecde79427344bd
	.quad 0xa77e7ca84c88fcf8, 0x01000000155f01b2
	.quad 0xff349749589bbd2c, 0xb465a0d7ffb7bcf3
seed34:
	.quad 0xfffffffdae776b69
	.quad 0xf5458630b87cea22
	.quad 0x00000000000003df
	.quad 0x6d4f8372e8f08fd3
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x900da6af571bb8c2
	.quad 0xd85fed6b076007e9
	.quad 0x0000000000000178
	.quad 0x000000000000024f
	.quad 0xffffffa196b2decc
	.quad 0xf206beb2845c612c
	.quad 0x00718baa918afc83
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff854
	.quad 0xdf2410dbb909ea09
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xc020000000000000, 0xc2e00000bc4ab8fa
	.quad 0x8008000000000000, 0x992524ca42c438aa
	.quad 0xbede94d1ff8e5a2b, 0xe41f51e7546ffffb
	.quad 0xc0011cb0ee74d103, 0xfff8000000000000
	.quad 0x7fab3f650021ae4a, 0x6e3fceec51029ef5
	.quad 0x8c614e807dd5dc51, 0xddf4564bc3b0afdd
	.quad 0xbf9b3e814d726f30, 0x47800000ffc00000
	.quad 0xc2c7c010c0480000, 0x8b18b7eef7f65a29
	.quad 0xf930a28a817fffff, 0x4a977feacbf29e7b
	.quad 0xff800000437c894f, 0xd02fd475a9cf7d7b
	.quad 0x3ffc000000000000, 0xc3dbdf117f800000
	.quad 0x9fa97759cbbdb57a, 0x1b13ad6c0bffffff
	.quad 0xbfca0ebe23fcfcc1, 0x839c312029535eb8
	.quad 0x4130000000000000, 0x804d3603ff800000
	.quad 0xbc7cfcd1c11c0000, 0xc0b0355afe83400a
	.quad 0xc11c00007e3fb097, 0xd56b77f7feff9dec
	.quad 0x616be2167fb73b92, 0x33e3e433b7c7fbe7
	.quad 0xff9bd1c87fd7d3a8, 0x3ffca943dafb31d9
	.quad 0x0002206c06480c29, 0x8000000000000000
	.quad 0x388000001c577353, 0x3f77d86cf2e4a9d8
	.quad 0x31fbf360904bf67a, 0xf90ec34c3ffffff3
	.quad 0xa5fee01eebffff5e, 0xb89dcb8eee2ac826
	.quad 0x013348f919b0eab6, 0xffc39faaf72d90a9
	.quad 0xaec9bdf432e1a2e8, 0x7f0c9106c0e63f74
	.quad 0x7ff8000000000000, 0xc1989daf3d417484
	.quad 0x59800000014333a9, 0x43e226b3d27fffff
	.quad 0x00f5214d524001e6, 0x0a0fe595c651f949
	.quad 0x61141cbb7fbceef7, 0x537389744c248e05
	.quad 0xffeea36616963ebc, 0xf9309f00f23bfe00
	.quad 0x7ff934c25af078c2, 0xfe9a3bccff80acc9
	.quad 0x0002318cbf5b1b35, 0x00095e3a56b75663
	.quad 0x8254a3060e944a60, 0x261ec28c75f1fe00
seed35:
	.quad 0x000001e77554c574
	.quad 0xb39b324b1a0cd7b8
	.quad 0xffffffffffffff11
	.quad 0x2f6de5557afaf536
	.quad 0x0000000b53b10d0c
	.quad 0x0000031fe8ac4d8f
	.quad 0x7fffffffffffffff
	.quad 0x000008e81c03a695
	.quad 0x0000000000000304
	.quad 0x000000067f589fca
	.quad 0x0000000080000000
	.quad 0x8f5228ea75de280e
	.quad 0xfffffffffffff276
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xfff0000000000000, 0xbf039b8f59800000
	.quad 0x51855f816fbdfefa, 0x91ff6d40f6e74fa3
	.quad 0xfff169dc992e9fbd, 0x45c00000fff15ed4
	.quad 0x7ffdf93855e00584, 0x8b6ae4b0bd568000
	.quad 0xcf7b5603c1140000, 0x093aa5ac561e5da4
	.quad 0x2eb9f005282cc440, 0xf4333950d04e8000
	.quad 0x3f77135fb8e82976, 0x44bf828b383f991a
	.quad 0xc49bf98a5cfd0200, 0x7530e2b9dff83b30
	.quad 0xc3400000c0800000, 0xc0695c7e91500810
	.quad 0x0000000000000000, 0x72708f42801e3bab
	.quad 0x075633117ddbefeb, 0xd68931a0fff0b547
	.quad 0xcb31f5a13d70f267, 0xbf6a7345ff3597d1
	.quad 0xce42ca0b89b0cc33, 0xc3a51f8ebe62f13b
	.quad 0x97441694ff800000, 0xd580f7812280b657
	.quad 0x2441da4d90214261, 0xba1758d940480000
	.quad 0x4032e17c3d109132, 0x6a6c3ea2cc77ef5a
	.quad 0xe65a3b4efff64b61, 0xffc000006fb08641
	.quad 0x7ff14a79e0c913cf, 0x7742f9707b9d3020
	.quad 0xec9a1de67e800000, 0x3323304c6f7d7f7f
	.quad 0x2531b695fcd6fe6f, 0xff8000001dc6081b
	.quad 0x3fd0000000000000, 0x838bc7dae960ae86
	.quad 0x9feb3c4dffff39fd, 0x7f800000ffc00000
	.quad 0xc013000000000000, 0x431e2af6d81b53bf
	.quad 0xa8609e62fdfffe94, 0x1bce15466b3ffeff
	.quad 0xc8fa0404d35e5e8c, 0x40f95d927fd846e9
	.quad 0xbc32e639ffacf8a5, 0x000fe2a200000000
	.quad 0x7e8000007e6fe851, 0x4010000000000000
	.quad 0xc33fffffffffffff, 0xfffc2ff5233eb1dd
	.quad 0xbf9f026cffc00000, 0x460b23b9fb28fc57
	.quad 0xc26af92fff800000, 0x800000017f8b3b9d
	.quad 0xc971e3cec23378cf, 0xbfb581e672687e21
	.quad 0x00800000bc2a43fd, 0x57249d5b7fc1f56f
seed36:
	.quad 0xfffffffffffffe5e
	.quad 0x3780f65ff01764e9
	.quad 0x0000000000000001
	.quad 0xd5d8362543d18b38
	.quad 0x000000000000027a
	.quad 0x091d24deea5c7196
	.quad 0xfffffffffffffcff
	.quad 0x0000000000000329
	.quad 0xffffffffffffffff
	.quad 0x000000000000035d
	.quad 0x0001a1b3a20d9aa9
	.quad 0x7fa11b005535f893
	.quad 0x213fe025a006d862
	.quad 0xffffffffffffff26
	.quad 0xffffffffffffffff
	.quad 0xfb3ab8b9d68515b7
	.quad 0x06000000
	.quad 0xd0000000
	.quad 0x7e69c2e33690bb5d, 0x82b643eabea90b4b
	.quad 0xfffdfdb8fb14874e, 0x804be166a570fc49
	.quad 0x3fe0b4dc15469204, 0xc0560a283e976591
	.quad 0xff000000f4a551d8, 0x800000000a1e4368
	.quad 0xfff5a949dd70f09e, 0x000000003db4c30f
	.quad 0x0000000000000000, 0xe96542f3ff78df7f
	.quad 0x41c0000011e979d2, 0x66e5571b73b9827a
	.quad 0x179d2a96ffedf3ec, 0x3fcb44fc78ae01ad
	.quad 0x80caf5cb3dc82e1d, 0x91dd2d58b7895eb0
	.quad 0x80511dd57f91fb23, 0x715d3d655c5fd72b
	.quad 0xbf2ea00000000000, 0x27c7d551eafcbfbf
	.quad 0x0002debb39cee797, 0x643c46551f2fe4ec
	.quad 0x5c0594dcfe800000, 0xbfb788b2da7fffff
	.quad 0x11f8f81378426dd3, 0x3f7f0e081f92886a
	.quad 0x8000000000000000, 0x8210649f7207144c
	.quad 0x4011000000000000, 0xfd1d2ae7abf4fad6
	.quad 0x79725d9de31d3312, 0xe816d530fdfef7f3
	.quad 0xfff18b8b6a4e6385, 0x8000000080400000
	.quad 0x5075e1b8460ef800, 0xb783e90211b1c400
	.quad 0x56758dbd10c6df14, 0xe18958df7a6f7f76
	.quad 0x80000001bf45c021, 0xe24e260487d78000
	.quad 0xff6fb8bfe1ecfe23, 0xa3c0598effa4394f
	.quad 0x7f49800141b7784a, 0x1122553cdd39fdbe
	.quad 0x7ff0000000000000, 0xf796b906d50dc840
	.quad 0xfbee2d317fbb1457, 0x835c06bab355a615
	.quad 0xc0713d311c270c18, 0xa9d0e20b9b4fa0d6
	.quad 0x4058d68f57b68523, 0x7b3db47440500000
	.quad 0x000738f2a2446255, 0x40c000000893ed37
	.quad 0xb92800007b10eea6, 0x7eab8714618c2f34
	.quad 0xfff8000000000000, 0x8b1a6f13e7997f7f
	.quad 0x7ff24a88521d54d3, 0x0000000000000001
	.quad 0xff837b9e40000000, 0x0000000000000000
seed37:
	.quad 0x8bcc610a418664a3
	.quad 0xfe86bf4d356b1d09
	.quad 0xfffffffffffffd17
	.quad 0xffffffffffffffed
	.quad 0xfffffffffffffe7b
	.quad 0xfffa2fc7832ee9d5
	.quad 0xe2dfb324b877460f
	.quad 0xffffffffffffffff
	.quad 0x0000000000000263
	.quad 0x000000000000020e
	.quad 0xe49ea63e43ba7f14
	.quad 0xf30bf3c06e5a9b54
	.quad 0xbbe20176c5873421
	.quad 0xfe4c9b9f25a2e572
	.quad 0x0032f02ab4dc27b6
	.quad 0xac09fb438a675a3f
	.quad 0x04400000
	.quad 0x70000000
	.quad 0xd755e0e0ffdffb97, 0x411a0000bcf9bf58
	.quad 0xffc0000042ac5b9c, 0xbfc0f1a5f8286082
	.quad 0x007f56ee3e3d0c4d, 0x3cb9b70e77f1a717
	.quad 0x84a49384583541dd, 0xfff0000000000000
	.quad 0xff8000007f9aa834, 0x7f80000000ffffff
	.quad 0x438d797a46ba52ff, 0x8000000000000000
	.quad 0x2b2c11ecda1a43f2, 0x000fffffffffffff
	.quad 0x1a43c07dbd7bfe4a, 0x004a7f984c45ec28
	.quad 0x1944c18d9738fc8d, 0x7ff2ccbe8a8d7beb
	.quad 0x4f7fffff42221992, 0x41fa40e3857d6421
	.quad 0x8b3d39a27feffe52, 0x821f0ecf2c886e00
	.quad 0x01a512211e082847, 0x13b363ee57f034c5
	.quad 0x7ff3d25fa18b1973, 0xc87bf3afd5fed3ac
	.quad 0x7fb50be3433df064, 0xbf94d10cfe845a13
	.quad 0x000513f544edfaca, 0x7ff8000000000000
	.quad 0x80000000bbfb098b, 0x29769095cef5613a
	.quad 0x817c84d277601f7c, 0x86ec7a49601103f0
	.quad 0x47dcb375f6d6fe69, 0xfff8000000000000
	.quad 0xfff0000000000000, 0x055d828b285fb8f4
	.quad 0xfd66e0e3b3e97d45, 0xa8397b02c35e29f3
	.quad 0x82bf2a067f7fd5d7, 0x00000000fd3cc623
	.quad 0x515207a0d72f7a4c, 0x3b02a9acffbf7b6f
	.quad 0xffc00000fffdbe5d, 0xf74ea0daff51d6d5
	.quad 0xc022800000000000, 0xbc29e06f1b78b298
	.quad 0x7f837cd6ff800000, 0x3602fe5bff6d7d09
	.quad 0x014593d0a4741b60, 0x94a9aad6db6b7dee
	.quad 0xa05049d3ebfff992, 0xf7231e11ff800000
	.quad 0xaa0a30986cad4100, 0x5dfbab6b052dfe00
	.quad 0x3c85bf0c41180000, 0x3ffffffe3e66a5da
	.quad 0xbf7d6e41685a7dda, 0x3fa26abd80067c09
	.quad 0xcc9b28679842c9e4, 0xc3090a337f9a084e
	.quad 0xdea6901dbfe7ffef, 0x800f24876296ebf7
seed38:
	.quad 0xe794be2ed9c0e347
	.quad 0xffffffffffffff45
	.quad 0x0000008f4e32eafc
	.quad 0xfffffffffffc7b68
	.quad 0x0000000000000012
	.quad 0xffffc607df913269
	.quad 0x00000000003165e6
	.quad 0xffffffff80000000
	.quad 0xadc18090b411d614
	.quad 0x32f5ced226544b38
	.quad 0x00000002061d4304
	.quad 0x43b9e80f0e34c755
	.quad 0x0006f03f910827ec
	.quad 0xffffffffffffff82
	.quad 0x01fec8d41c14dd61
	.quad 0x000000000000023e
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0xca1d325237b128e2, 0xc0b80000c3b951d1
	.quad 0x0100000080605126, 0x839e462aadbcbf56
	.quad 0xcda87c1a03de8750, 0xffdaf3627d1455af
	.quad 0x91200d5338dc0000, 0xc01e000000000000
	.quad 0x3fa93ae09610ad96, 0x9b2f946bbfc5c7c4
	.quad 0x7ff00670097410b9, 0x791816549b7fffff
	.quad 0x7ff54729c4d05ca4, 0x9703e79901742c4f
	.quad 0x6914595e5cd4c540, 0x6b075db204a187fa
	.quad 0xc070b0b51411fd03, 0xa8ebf72566677e00
	.quad 0xc058000000000000, 0x7987bd8a6be65638
	.quad 0x8000000000000000, 0x9045d68697df7fc5
	.quad 0x7ff6c936dcd7f4cd, 0x8ec1ac1228e10c0c
	.quad 0xc37f1ecf1c957c00, 0x7ff6b0ff64942ba8
	.quad 0xc0c000008cb582c2, 0x2e785cd4ff9c7ab8
	.quad 0x12abce6138c80000, 0x2f3716550d65001a
	.quad 0x408c000000000000, 0xff0d5fb55c43213d
	.quad 0xfe09d85486011e39, 0x1fa81a545fe880dc
	.quad 0xbd75e527426ac281, 0xbfa16ebce7f38551
	.quad 0xf595a66e3c09c865, 0x5c08f9ef7fb56ab1
	.quad 0x2ee1ad6dfe93ce53, 0x3fe08cd543af6bfb
	.quad 0x407fffff00000000, 0x96c363e480000000
	.quad 0x3072a866c6bfadbd, 0xcc315bb7c18a1ec6
	.quad 0xfff0000000000000, 0x47ccaaf4f7fbff0f
	.quad 0xe2ec80549d5189c2, 0x7fb4787bbfa332c1
	.quad 0x7ff0000000000000, 0x4019800000000000
	.quad 0x3655cb4df61c5011, 0xbf73cc30bb10fa87
	.quad 0x8176e66a7f7fffff, 0xd144186959240257
	.quad 0xc228fc437faef67b, 0xc0217774c5228f42
	.quad 0x70e29a7e3e60a1d1, 0x3f80000047800001
	.quad 0xc1effffffffffffe, 0xfbcaa2324188f402
	.quad 0xfeffffff3e9b2440, 0x88d260437fffffff
	.quad 0xfff8000000000000, 0x970da50f57dcfbff
seed39:
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000bf
	.quad 0x0e03a83a91f4759e
	.quad 0xfffffffffffffe9a
	.quad 0xffff49e5b71430b6
	.quad 0x0000004763382bb9
	.quad 0x0000000000000f1b
	.quad 0xe2a4fde6e9cf2e69
	.quad 0xfffffffffffffce3
	.quad 0xfffffffffffffc34
	.quad 0x000000000000031e
	.quad 0x00000000000e922e
	.quad 0x648469a9ce990d48
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffecb
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0xa9e6c51760e4fd29, 0x44480000177d5bf7
	.quad 0xfff0000000000000, 0xc6495073d27fffb2
	.quad 0xbf240000bc7a1a2d, 0x7ff0000000000000
	.quad 0xc0fffffffffffffe, 0x9d7c950041e1fd19
	.quad 0xaae61b8d7b9ffbfe, 0xd11d28a0bffe1edf
	.quad 0x422119afc39af105, 0x7fcf4b2f7b0cbd58
	.quad 0xc0d40000bf000000, 0x3fe017c6ba30b91b
	.quad 0x7a5d41e673524562, 0xc3f0000000000001
	.quad 0x7ff9141ce441b77a, 0x0080000061294cdb
	.quad 0x4ab1d0e73ff3abbb, 0x06cb0479ffbf8663
	.quad 0x7f800000df000001, 0xff80000000000000
	.quad 0x1c2b8ccc40a00000, 0x79d68826a1ecee9a
	.quad 0xc07ffffe40d00000, 0x2dd6e61eff851bbf
	.quad 0x95bd932e00000000, 0x470000017fb592dd
	.quad 0x7fee319216f19955, 0xcf230c1f99cf4420
	.quad 0x3fe8000000000000, 0x801fd27cc7ffffff
	.quad 0x000eb24187c798a6, 0xcc25c15c492ac5e2
	.quad 0xbccf025bbe7f0000, 0x3f9873dd7ddc6c9b
	.quad 0x401f0a0302c12617, 0x18d6f2bcfd1b0e92
	.quad 0x523c5883bf7766ef, 0xcd6dc1d7ddebdafc
	.quad 0x7ffa36734149cc38, 0xebd79fa36ef83053
	.quad 0x40436f2d18d31da4, 0xffbd053640913cc9
	.quad 0x807fffffc16691c0, 0x8000000080000001
	.quad 0xa215c878ac4efa45, 0x000e75540c518bf2
	.quad 0x8001515204a73b82, 0x82819661ffabfdff
	.quad 0x001fffffffffffff, 0xbff08a396595523e
	.quad 0x7f857c9762034a61, 0xffe9817b429921e2
	.quad 0x4116f7f5c1800000, 0x400da204030f3f92
	.quad 0xfff3edf5194771b3, 0xdc7c212f5e83fc00
	.quad 0x5d10bfa91847dccf, 0x5327fc86ffa7c7ff
	.quad 0x7c01bf8bbf9a71ef, 0xff800000eced606c
	.quad 0x3f64000000000000, 0x00308dd4fffdb767
seed40:
	.quad 0xd2fd6db823850b96
	.quad 0xaaedaf03e90dd893
	.quad 0x29a168896aeadb8e
	.quad 0x6093abb4519232ac
	.quad 0x772e20ae4c7cc2c9
	.quad 0xfffffffe68a7cbc6
	.quad 0xfffff85298610398
	.quad 0x5ee1d129ee0ce4b2
	.quad 0x9723bcb64ca3c94d
	.quad 0x0000000000000031
	.quad 0x0000000080000000
	.quad 0x0000000000214908
	.quad 0xfffffffffffffc3d
	.quad 0xfffffffcd18a28f7
	.quad 0x000000000000000b
	.quad 0x0000000000000000
	.quad 0x03800000
	.quad 0xd0000000
	.quad 0x9fd2ef6b0a84318e, 0x0000000000000000
	.quad 0x6cde4abc0814dfce, 0x7f80000059800001
	.quad 0xe5157f03ebd957e8, 0xfeddfad480000000
	.quad 0xfff8000000000000, 0x7fea20548d50afbe
	.quad 0x55d84ac8ffdfca65, 0x78c3caabc0000000
	.quad 0x0023cb5c7f8ee113, 0x3e7d94e97ff3e297
	.quad 0x41f0000000000000, 0x8020000000000000
	.quad 0x3fde87b73ee261fe, 0x80000000c2c7ef7e
	.quad 0x83cbe1f8d65798f0, 0x6824675f3fefff3f
	.quad 0x38e5494ab99e67d5, 0x446a800090e8de23
	.quad 0x4000000000000000, 0xf168da5ebfefffff
	.quad 0xb1132971557d4c00, 0xc0490e45672df576
	.quad 0xb6952ce8ee45fe27, 0xbf705d4cf7a7ddfb
	.quad 0x9bf7332fc6853fbe, 0xc79e21e5bcfbff32
	.quad 0x402027b3e3644a0d, 0xee4efdc528f21dd0
	.quad 0x80ad3d3e23450012, 0xfa22967d427dbabb
	.quad 0x9f9e6c0e56f1a6b8, 0xbf4db00000000000
	.quad 0x5aae3b11a3120bff, 0xc0f0000000000001
	.quad 0x21918912f96ddf33, 0x6883645ebe5f880d
	.quad 0x541f543392e44448, 0x7ff0000000000000
	.quad 0x89cd3b8d1cd6b00f, 0xf12cd18bb1ffffff
	.quad 0xffdfffffffffffff, 0x65f790418a955118
	.quad 0x9e7f339a7d43b4f6, 0x06c5170a2a577e00
	.quad 0xffa9509e7f800000, 0xc10a2e7b1bb1491e
	.quad 0x3e1000003d8721a8, 0xc81d0000c09c0000
	.quad 0x2d0a4558a472c8e0, 0xcf804c65438b7800
	.quad 0x3faf623cd51bd765, 0xbfbef68f3177657e
	.quad 0xc020000000000000, 0xb0c2f62fa6b9894e
	.quad 0xc36af681d0effc00, 0xfdfb1c3b213622d1
	.quad 0x822b9388e6cd06f8, 0x3d16a2f48fb9983e
	.quad 0x3fd40c74df7d898d, 0x4086849c5fa9c2b7
	.quad 0xa47e0977dbf7e6bb, 0xeace7185bd5edb3e
seed41:
	.quad 0xbe76e10af91c30bd
	.quad 0x3dd71ba0f6996a2e
	.quad 0x2a45c5548784708a
	.quad 0x7fffffffffffffff
	.quad 0xa00ea47921ea2f98
	.quad 0x0000000080000000
	.quad 0x0000000000000188
	.quad 0x015de43bbe4da3d8
	.quad 0xffffffff80000000
	.quad 0x7d70aaf873f93b14
	.quad 0x1941a41228039611
	.quad 0xa3dc474855d6d1c6
	.quad 0xffffffffffffff3f
	.quad 0xffffffffebe75700
	.quad 0xf7d873d59af840ff
	.quad 0x0000000001ec23a4
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x00000000ff939d1d, 0x5a53ec24cf000000
	.quad 0xfff8000000000000, 0x7ff8f5fb4747b7b0
	.quad 0x139a09aef8c8aeed, 0x80375fb914aaf6a8
	.quad 0xbf16800000000000, 0xf5ede29144f80000
	.quad 0x3f8047403e0ac126, 0xaffc9258f1e42a6d
	.quad 0x7edaed2627e1cb9c, 0x7f9363fafe800000
	.quad 0xc1e2f90b40000001, 0x7ffcdb4342236ac7
	.quad 0x61d36f52bdffdb33, 0x1529b9f33bc79f42
	.quad 0x1aafad805df180be, 0xb947ac6f9edfb265
	.quad 0x3be0ad0b3f800000, 0x749742c3ffbf5efe
	.quad 0x7f8000003bb2d47a, 0xe41a040e4ffbfe00
	.quad 0x8000000000000000, 0x0001a4764df320ba
	.quad 0x8b6579fdf1be68e3, 0xbf76b4e1b9d40000
	.quad 0x8000000000000000, 0x6cc3926215157c00
	.quad 0x4f098359f7ae79e0, 0x0892c5b0faffffff
	.quad 0xcf7d13dcec3e77de, 0x80d3a05bc83b779e
	.quad 0xbfe0e3e736826b72, 0xef3ac839bd429fd2
	.quad 0x165074ae20c281d0, 0xf51966db72f3c300
	.quad 0xc52a07ce6f8d7b17, 0xeaad9736cc2b8500
	.quad 0xb53988b582917aa9, 0xfff5daa8e4613a8b
	.quad 0x400c000000000000, 0x551a3c33d1d7fc20
	.quad 0xc189a13c17f2cbab, 0xecd03ff939a00000
	.quad 0x82d00393692b5e35, 0x0d572eeeefdb8500
	.quad 0x7e746bd9d143e72a, 0x9e1764ab72cfec09
	.quad 0xf313240bebffffff, 0x4103e84698b805f8
	.quad 0xcc9b1863907940c0, 0x7ff8000000000000
	.quad 0xff83a8ca3167fd60, 0x82ee59ee1001358d
	.quad 0xf509951005177d98, 0xfffb30c6c4ecd967
	.quad 0x08c83ee4bfd5c5ac, 0x7ff559f029bdd523
	.quad 0x7ff8000000000000, 0x800ddbaf7f9a5d55
	.quad 0x7ff072fb7ea24cba, 0x373f9cb15fa94484
	.quad 0xc3001d4d3be00000, 0xc060766800e599b0
seed42:
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x9d0b7403b13d0888
	.quad 0x00000089a112e342
	.quad 0x8000000000000000
	.quad 0x20b9975dc2aaede0
	.quad 0x149939ea9ba6fad2
	.quad 0x0000000d1d0ae58b
	.quad 0x000000000000039f
	.quad 0x0000000000000000
	.quad 0xfc10877ec592afab
	.quad 0x00000000b7fc9766
	.quad 0x000000000009a0c8
	.quad 0xffffffffff775c5a
	.quad 0xc1c56113b21fb4cb
	.quad 0x000000000001be73
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x3f01800000000000, 0x3e0ba3ad4e6fc62b
	.quad 0x82ac8b323e026ce2, 0xbf5d800000000000
	.quad 0xbba0941aff800000, 0xbfdc818273502b4f
	.quad 0x7aa0e2ac92905d93, 0xfff0000000000000
	.quad 0x6f276535a48efbff, 0xfff8000000000000
	.quad 0x37af88ae72e67d02, 0x348ae0f61fb1fbd7
	.quad 0x3fc5c54ec6c00185, 0x4041032e6bda673c
	.quad 0x3f937f2307c13a20, 0x81125a667fc00000
	.quad 0xe8fc5f4ebff9ff87, 0x1b4a2b29bed61a0b
	.quad 0xff9e6003c0e80000, 0x0312d1b87c204105
	.quad 0x98b9f355408d1876, 0x003c8ede895d9f6e
	.quad 0x7e14846af2a048f3, 0x0b73d5f24cd24900
	.quad 0x033a7d514a9775c9, 0x816c5eec7e0aaa4f
	.quad 0x0c78770cdb49f831, 0xcd2db6cc66f34b5b
	.quad 0x7f800000d008975d, 0x8000000000000000
	.quad 0x9ebf2efc55aff760, 0x80ecaca1c2dc8d00
	.quad 0xfe800000db26f853, 0xd5cd443ad7435781
	.quad 0xc33cd2173c504aa5, 0x0f6ba5b823edf98b
	.quad 0x5d74bc83a287c800, 0xff800000c148ded4
	.quad 0xfffb4de117763df1, 0xfff0000000000000
	.quad 0x81b7cbb8f36bc56e, 0xfffcc74eecc2dc87
	.quad 0xdffffffe6e485fa2, 0x000000008f51aaa3
	.quad 0x6c856b347fac4540, 0x4ff493c9df9cfdcb
	.quad 0xa267e024eeeb7fff, 0xff783d18ff9cd636
	.quad 0x7ff3b3b4639d3188, 0xd8fe6a8c7fa37c00
	.quad 0xff8000000c991b6b, 0xf304320518d7e409
	.quad 0xfff08a16dd8ffbc9, 0x349321b6fdc0fc56
	.quad 0x0c97b6e841504600, 0xbf8c9a70fc90edd1
	.quad 0x41a1b02400000000, 0x3f8000018710d6cf
	.quad 0xc029f099f2914e01, 0xcf8e296f3e767f05
	.quad 0x800457deb98e0d68, 0x08b18f20c7fe0481
	.quad 0xff920d5840358afe, 0x4e22e02b6ff27e8a
seed43:
	.quad 0xffffffff80000000
	.quad 0xfffd371fee3094e2
	.quad 0x098283b1c7ff8915
	.quad 0xac041554b990b2ba
	.quad 0xffffffffffffff95
	.quad 0x0000000100000000
	.quad 0x7562421d95e09cf8
	.quad 0xfffffffffffffed7
	.quad 0xb1e179efd64f7a22
	.quad 0x000000000000030f
	.quad 0x4a2b1c6a4f2e9501
	.quad 0x0000000100000000
	.quad 0xaf92e542837305a6
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x0aa0674dd28740c9
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x46b160d17fbd7ddd, 0xba00c2373ae4d9af
	.quad 0x80044a976b603b65, 0x8000000068379c1c
	.quad 0xb819617b9fef7947, 0x0fa5c177fffd9fff
	.quad 0x8025f3d5bc0f3355, 0x3d5b5084ff9699f7
	.quad 0xfff508689e8ae4ef, 0xffe0000000000000
	.quad 0x2220f4a9e736d0a4, 0xc573f2341a008e26
	.quad 0x22a1414bee4c2596, 0x0000000000000000
	.quad 0x4005000000000000, 0x2d02c71b3615bc84
	.quad 0x8f1126a6ff187e00, 0x9e4ba0a9be200000
	.quad 0x0000000180297a8e, 0x83a576915b2ce7a4
	.quad 0x7d7293cf00e2ea47, 0x80000000bfd8d808
	.quad 0x7fa021148dcae7be, 0x7fa6f64df78a3a1c
	.quad 0xbfeadca277975337, 0x41946359ccc2fce5
	.quad 0x8000000000000000, 0x85c4690d8925b100
	.quad 0x646f8a29fff6da59, 0xff2833178e5cacd0
	.quad 0xc0e00000963f948d, 0x3c4c6e64c264d851
	.quad 0xfff0000000000000, 0xffdcb1dfd8efc327
	.quad 0xbf76c036a50008c3, 0x0d3e8e88bf00eaef
	.quad 0x7f892c6700800000, 0x90093fffbffeac11
	.quad 0x3eec8d803f800000, 0xbb800000968c8573
	.quad 0x02a69fecffdcb0fd, 0xffc00000ffd41f79
	.quad 0x7cb65c4812265f80, 0xfeaeb44280c02da4
	.quad 0xfff3198ac4fc1042, 0xc060a8c68b56436b
	.quad 0x400f05651b65ef61, 0xe8630bf97ae3ac13
	.quad 0x0f1a28927fb20708, 0x3718805aaf95ce92
	.quad 0x185a207edd108000, 0x000fffffffffffff
	.quad 0xf64079d246681d26, 0x0e73e5515b470292
	.quad 0xc5400000bc81f2fb, 0x0000000000000001
	.quad 0xffdc1c6a56c575b5, 0x0002310f95622b6c
	.quad 0x6fb65177f596c84f, 0xc5b4d6c09a1f74a6
	.quad 0x4020800000000000, 0xb3a92b98a4c783a3
	.quad 0xc0100000e682d2c7, 0x3f8d25d5e5c4a65f
seed44:
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0x001eedd841d22a57
	.quad 0xffdde4c9139adf89
	.quad 0x5a2dd42419c161df
	.quad 0x000000000000005f
	.quad 0x000000007fffffff
	.quad 0xe0c8d03e39c0a19b
	.quad 0x00000000000003ca
	.quad 0x76d9a0534f1a0081
	.quad 0x000000000000003e
	.quad 0x0020000000000001
	.quad 0x000072c884c3619d
	.quad 0x83763bfc7cc28a91
	.quad 0x1f9a72688fe033aa
	.quad 0x062f40f7ca4263fc
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x00000000da000000, 0x5d609d38c127c880
	.quad 0xffc000007fc00000, 0xc022000000000000
	.quad 0xc8ff304eae898ea8, 0xbf72f23b2793cd61
	.quad 0xf873c07513480000, 0x3eec800000000000
	.quad 0xc05bfbdb2105646c, 0xc9800000745d9d9e
	.quad 0xa73785a5ffb1b2c1, 0x3fdcaa4e7bc16047
	.quad 0xa12421488f8f7bef, 0x85e2f0db80000000
	.quad 0x77c399bd41180000, 0xff80000034b2c0bd
	.quad 0xfff00d0eab99330b, 0x7ff8000000000000
	.quad 0x92b5cf708ab88295, 0x49740000817fffff
	.quad 0xfec0b6533fef9eaf, 0x911311567a6a3c00
	.quad 0x44b85e26f9973eda, 0xff8000004449e308
	.quad 0xd0d3cbf89df62f79, 0xbf8ba140efdbfc01
	.quad 0x4022000000000000, 0x83adcc108129048c
	.quad 0xffdfffffffffffff, 0xc6cafb53d67e8aff
	.quad 0x82a9e8447f7fffff, 0xfff0a6696cb0f346
	.quad 0x0762f8a33ffa42f9, 0x4061c00000000000
	.quad 0xb224800cbbef7fbc, 0x1d5d0a36afbfc244
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x3ec3162dc0b00000, 0x3d96396e80000000
	.quad 0x0020000000000000, 0x7fed7365d0610c01
	.quad 0x86511597faffe3ff, 0x060bb5b076ce6f29
	.quad 0x6bc54d170c9f842a, 0xfff3911a5a67f5b9
	.quad 0x30de9096b31ed176, 0xaeaa4862d9febff1
	.quad 0x70846fdef37fffff, 0x801fffffffffffff
	.quad 0xff80000083f48bde, 0xc1f9cd867f9c4b51
	.quad 0x401a0000c1200000, 0xff9fdc4bb9050000
	.quad 0x1b52b1bb198d477e, 0xbfb7d5dc355a1d7a
	.quad 0x427311f0d1446ffb, 0xf61d8ad12288e7ab
	.quad 0x81b901dccfa5c001, 0xc10219f26ae30915
	.quad 0xb03a424f803c79fa, 0x42e478488076e557
	.quad 0x7ea24b7ffe800000, 0xa24798304479bfff
seed45:
	.quad 0x5f2a2bad0b935223
	.quad 0xb8d4607745b0304d
	.quad 0x0000000ebc033216
	.quad 0xd552a787b7264acb
	.quad 0xbc8893f969e278b2
	.quad 0xffffffffffffffb5
	.quad 0x28598343f1a5393b
	.quad 0xcd93e8a1c646d171
	.quad 0x000000007fffffff
	.quad 0x5c5f6ec9c421441b
	.quad 0xfffffffe0da58541
	.quad 0x8000000000000000
	.quad 0x1a0b1942c9c6153c
	.quad 0xffff6bbfef2e99bd
	.quad 0xbf857bc3e6d97e09
	.quad 0xfffffc5adf7ed682
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0x7ff8000000000000, 0x83022eaa6fd1c84c
	.quad 0xfff0000000000000, 0xf1b209c67ee07801
	.quad 0x00000000ffcf31ea, 0xfd7365dd00320f8e
	.quad 0x6f436b4cda941432, 0x0afcc26a3f747c00
	.quad 0x7fe4e37a0032b45b, 0xd397b48202b7fbf3
	.quad 0x81000000ff0db3a7, 0x400fffffffffffff
	.quad 0xc01b000000000000, 0x945b1921d5ffe77f
	.quad 0xffdfffffffffffff, 0xd88be1a36e1fd15a
	.quad 0x46000000817fffff, 0x8f91415180000000
	.quad 0x59fffffe4fd24ba2, 0xbefb0581421b2807
	.quad 0x7f000000f535658f, 0x7fde3901ff757f0c
	.quad 0x80000000ef50652c, 0x3425d9519ddcfc00
	.quad 0x3fb9d00000000000, 0xffd8c5dc47800000
	.quad 0x807fffffff800000, 0xfff00b4af8ea4c91
	.quad 0x8da405de73bfa2f7, 0x0cf31cb2ffc4045b
	.quad 0x7ff0000000000000, 0x5ddee645801c22e1
	.quad 0x8d2e79b43dda7803, 0xf6ccee0bd5807400
	.quad 0xffc00000fea19bec, 0x00ffffff801de3ba
	.quad 0xdf232c297fc00000, 0x6e7cadc3d7bfd9c7
	.quad 0x7f155a28b9e81d91, 0x800d0eca7e4344b1
	.quad 0x41f0000000000000, 0x0005f3911ee2c817
	.quad 0xff98b8ffbed654e8, 0x40880000da7ffffe
	.quad 0xbd01ee2b424714b4, 0x4044442cd3d88e08
	.quad 0x101d87f85ecdf9fd, 0xbf2c000000000000
	.quad 0x09e605eab9e44e06, 0x00b2773a2843cf31
	.quad 0x4118000000000000, 0x64654d49f1d37dfd
	.quad 0x7ff0000000000000, 0xff240a4ab5dfbfbb
	.quad 0x3fc8fc089910747a, 0x75f25be3bfef7c00
	.quad 0x7fc000003fa00000, 0x410e0000726ada4e
	.quad 0xbfb3749e91c7c3bc, 0x4018000000000000
	.quad 0x08681177c985ad92, 0xd5ffe1b181787c00
	.quad 0xbd595067927d6a1f, 0x8040000000000000
seed46:
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0xbebc2119067e8ec8
	.quad 0x11f35c9154f33814
	.quad 0xffffffffffffff4c
	.quad 0x00b86dc39a5ddf2c
	.quad 0x447180acd0c5616a
	.quad 0x0000000000000001
	.quad 0x0000004efee69732
	.quad 0xa372de987cdd1910
	.quad 0x0000000080000000
	.quad 0xfffffffddb52ddfe
	.quad 0x0000000000fb6f98
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x04000000
	.quad 0xb0000000
	.quad 0x40730000c11c0000, 0xad5dd3d7dfffffff
	.quad 0x065a269a54827c00, 0x8423e6badc6d8000
	.quad 0xf70bbd90ff800000, 0x002e178e8ee22409
	.quad 0x5cf5cec80de13eb9, 0x7da0fb7efc1cee69
	.quad 0xc05ae42433c03e61, 0x06d5fd88fffdfeb9
	.quad 0xbe34d5adf7e7ff5b, 0x809786fb401fa224
	.quad 0x7a46d1df95aa3e8f, 0x6cc801faaf1c0000
	.quad 0xffdfffffffffffff, 0x800000007f0dbab5
	.quad 0xff95096918b726a7, 0xffde7e413f800000
	.quad 0x7facdf779afe7f4e, 0xc023000000000000
	.quad 0xd4d17e08437ee47a, 0x36318c72ff83ce8e
	.quad 0x944ecfb6d7fb2efd, 0x8000000000000000
	.quad 0x7fe8486272cfe169, 0x06b0758c7f896c91
	.quad 0x7d9100cce98f9928, 0x7ff1270fb5f41cbd
	.quad 0x407f5efa40e40000, 0x00000000c10c0000
	.quad 0x07439de5ffa59e9f, 0xc01f8e7dc8690aea
	.quad 0x4338d5af0dba3b77, 0x74bec91caddcff74
	.quad 0x51503c04be37cc49, 0x709c937d9b97ff7a
	.quad 0xb2b371789a467b82, 0x4015000000000000
	.quad 0xf3e7ecd741f3116e, 0xb31a0f488d5a45e0
	.quad 0x402cad56a0170672, 0x800000007e800000
	.quad 0x7ee2146f1d1380eb, 0x401d000000000000
	.quad 0x00d21142ece62ab3, 0xc4eb0000bf800000
	.quad 0x81b06508e223b441, 0xa7f5f6bbd74e0000
	.quad 0x6a0101bfbffff7ff, 0x7ffd03cc10bb67d9
	.quad 0x409d000000000000, 0x404ac382b543558c
	.quad 0x401d000000000000, 0xe58236f09768dffd
	.quad 0xffc00000feecfbd6, 0x4258705abd538d3f
	.quad 0xc040000080400000, 0x7ff0000000000000
	.quad 0xec6b7ce8a39bd5e5, 0xfff0b53e2f5ec460
	.quad 0xedc8d93ee3ffbbde, 0xbffeacba7d921ee2
	.quad 0x40554c5927908646, 0x168c5dfddb64b074
seed47:
	.quad 0x0000000000000004
	.quad 0x0000000000000012
	.quad 0x0000000000000138
	.quad 0x4c06c7a2fd9d1ab6
	.quad 0x00d9ceb2bfc67217
	.quad 0x0000000100000000
	.quad 0x008615d2602c2154
	.quad 0xffff96fe35b84a62
	.quad 0x0000000000000000
	.quad 0xd6f18dfff7eac25e
	.quad 0x182815f29db46563
	.quad 0xe85aeefa42d2b899
	.quad 0x000000007fffffff
	.quad 0x024d5f4391eb7f47
	.quad 0x000000e978621d13
	.quad 0x7b6c72ba4bc0b80d
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0x1dd88a5d18efe7dd, 0x3fda559f2d4ca27a
	.quad 0x808d48cb5cef3589, 0xcf4c38ea91ffbcfb
	.quad 0x91238a21ff5eaa76, 0xc1e0000000000000
	.quad 0x3f93662ecb2a9058, 0x92e5ce5b90bb545e
	.quad 0x3f8a25f67f800000, 0xcc2c299835c9c000
	.quad 0x4552c5ad314771d0, 0xfe800000ff9df43c
	.quad 0xbf9d08fed1d41d5d, 0x000c4213b60e8d20
	.quad 0xfff8000000000000, 0xf74a33d5b7bff54b
	.quad 0x0683bf58800f3b42, 0xddd821633fe3ab05
	.quad 0x783535b6effffffe, 0x75485dabffffc7ed
	.quad 0xfff881ed3d1e5c0d, 0x961f29bff378c6bd
	.quad 0xf201fdb160f07c00, 0x3d8baea90056e356
	.quad 0xa4a13b9aafddaeeb, 0x3e231c0abe73b480
	.quad 0x37845fbd40c60d4b, 0xc01000003a768000
	.quad 0x80312e57fa67b1a1, 0xff6ee18a2b357442
	.quad 0x8000000000000000, 0xc004000000000000
	.quad 0xfff528706b10e687, 0xfff207c63808877a
	.quad 0x40000001c0c80000, 0x6b4cb078ffc00000
	.quad 0x80000000422b44d7, 0x805230f780000000
	.quad 0x842febc7bf9a3f5e, 0x80086e7d6f4860b4
	.quad 0x95352830fffe605c, 0xbdfb61fe30850f49
	.quad 0xdc5a631e7fbbffbb, 0xa0a1bc1bc97f7ef6
	.quad 0x3fd9100000000000, 0x0019d3e6608a6f3c
	.quad 0x0000000000000000, 0x8e143583f6fef7b1
	.quad 0xdb70fafe9bd37cf7, 0xfe69bd1c6d52397e
	.quad 0x42a14ac17f8c354f, 0x80043cff258bf161
	.quad 0x5f8000004f000001, 0xfff8000000000000
	.quad 0x0000000000000000, 0xefcdc2967394357c
	.quad 0xd9443f8cffffffff, 0x832e424e7574239a
	.quad 0x401f000000000000, 0x0091d0c27004f900
	.quad 0xfff0000000000000, 0xbb000000ff800000
seed48:
	.quad 0x7156468d10ba14f6
	.quad 0x0000000080000000
	.quad 0xffffffffffffff87
	.quad 0x000000000000004f
	.quad 0xd59d1d5aad74b675
	.quad 0x0000000000000165
	.quad 0x0000000000000068
	.quad 0xffffffffffffff96
	.quad 0xfffffffffffffffa
	.quad 0xfffffea325369867
	.quad 0xfffffffffffffe76
	.quad 0x0000000010c733d1
	.quad 0x4b76a0ca53a454f4
	.quad 0x000000007fffffff
	.quad 0x0000000000018f6c
	.quad 0xfefacc75ca85ef40
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x800000003fa00000, 0xcfc7ca6158dba786
	.quad 0xc0da36bfe73e3621, 0x9c4c04edcfddfff7
	.quad 0xbdfcc0727fad4ca7, 0x99f6a7b90a7a33f1
	.quad 0xbfc8000000000000, 0x1a9d513d623ee0b3
	.quad 0x173f94c0d7fefb77, 0x407a0707528c01a7
	.quad 0x411c0000c0161bda, 0x7ff0000000000000
	.quad 0x800fffffffffffff, 0xff0d1f78c7800000
	.quad 0xd0c36f28ef7cbf75, 0x00472f5c912f6799
	.quad 0x7ffbd907a45fb9a7, 0x9aacd611fff7f6fb
	.quad 0x80d1ff61ee5709c1, 0x13eb45ef433efc00
	.quad 0xa0f930a267bfc4c0, 0x5c43440492a27800
	.quad 0x4038800000000000, 0x015effe0807fffff
	.quad 0xc0b8000006cb1678, 0x0075fd7dc0c8c8f5
	.quad 0xffeb7486ef4919ad, 0x3fdf2990336ae504
	.quad 0x008000007f800000, 0xacf0be2f3d7953df
	.quad 0x3134231795fb8000, 0x3c7e3424c247ecc7
	.quad 0xfff991741f197cf4, 0x80089cc5473d4e5a
	.quad 0x12e75957e3179bdb, 0xfe8000006a4da1c5
	.quad 0x2a51f60303c85984, 0x7ff6eb3cc2a0b724
	.quad 0x3919e84e33ba8135, 0x0676e1574e4d4dd8
	.quad 0x037d5e163eaffd72, 0x3af4849a4f2c8000
	.quad 0x8034602d80400000, 0x7a0831a5ff3fcf4e
	.quad 0xf54cef3300000000, 0x7ff8000000000000
	.quad 0xee9ac842323fe9e6, 0xc0b43fa4818a78b5
	.quad 0x002aca95eef7d37e, 0xc053000000000000
	.quad 0x010b329e1edeb786, 0x42e70ed769996d49
	.quad 0x0cd27ec1c2fb07d0, 0xba8580007f995665
	.quad 0x06bfdcc7f6b3b211, 0xef5d9db89d7e6ca4
	.quad 0x83d17479fff1e275, 0x8990a490fc4b4cdb
	.quad 0xffd4d97502d3ac9d, 0xc020000000000000
	.quad 0xe46d5816c3efdcf6, 0xcc0f9ca5e432f993
	.quad 0x3f700de476c48311, 0x4015000000000000
seed49:
	.quad 0x43d1d04dd14cc9c4
	.quad 0x0020000000000001
	.quad 0x5dd927b07d84083a
	.quad 0x00000000000003b0
	.quad 0xffffffffffff9dbe
	.quad 0x0000033c24b59c4d
	.quad 0xc42316c4fa0adce2
	.quad 0xffffffffffffff39
	.quad 0x7d544793b8122fc8
	.quad 0x0000000009f420b1
	.quad 0xfe2a2797b4584505
	.quad 0x00000000000004a0
	.quad 0xb8c5d66020bbce9e
	.quad 0x21c374c2d8321831
	.quad 0xeac0dd899df34807
	.quad 0x000000000002af11
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x43e400004093dd02, 0x000fffffffffffff
	.quad 0x115912407d843d06, 0x91785d84d978aec1
	.quad 0x12f83949ffadfd89, 0xc10c00008ce0d2e2
	.quad 0x5f7ffffeff800000, 0xb2a10641fffefbfb
	.quad 0x5270c98ac5e03035, 0x498e0625e6b55afb
	.quad 0x76b104dabfdfff2b, 0x8000000000000000
	.quad 0x1f2dafc1b799d466, 0x31ea79b632688000
	.quad 0xc0fc1f843fe30bde, 0xfff0000000000000
	.quad 0x7ff4241861df83c4, 0x38515323e99b9f36
	.quad 0x8ff8f3befff4504a, 0xbfef87900ecaf506
	.quad 0xee4f362f00000000, 0x40a000007f800000
	.quad 0xaa49c81229992e06, 0xfffe85b0a09b879a
	.quad 0x7f800000514bfac9, 0x47fffffe8036eb4b
	.quad 0x00476b8a7e6caa89, 0xfddd800a7effffff
	.quad 0x6df57b9d3ddffe06, 0xfff0000000000000
	.quad 0x39c80000f04ce79e, 0x6e23b8582a49c460
	.quad 0x7feb02e954488322, 0x98121f0b5c0ad51b
	.quad 0xbeb0000000000000, 0x7fdfffffffffffff
	.quad 0x1eae008c3e6bfc1f, 0xbf933b7dff96e4fe
	.quad 0x9b93df4fdfffffff, 0xbfe0000000000000
	.quad 0x7f800000bc1c974e, 0xa790771dfeb6eb9d
	.quad 0xc264c7d9c1800000, 0x3e2c49e1bf5bb8a2
	.quad 0x8d4078c3ff850700, 0xfff01f18575893a3
	.quad 0x52c5ac4a06552837, 0xeacb30217985fcbf
	.quad 0x4015d38e8a8f22f3, 0x7e85022878bd542b
	.quad 0x000000007e800000, 0x7fd64b1bf8322de2
	.quad 0xc0767fddac47be5d, 0x184879f2ff8903e3
	.quad 0xf28ac2983a9725f4, 0x4010000040980000
	.quad 0xc040000000000000, 0xc0074c9f21548f88
	.quad 0xbef0000000000000, 0x000ea7ee4dc0f63a
	.quad 0x125280ec47ffc4c0, 0x3e220617bcb21a14
	.quad 0x7e63279ce20dc3c0, 0x00db9fd905a313ff
seed50:
	.quad 0xd33d4871528418d8
	.quad 0xfffffffffffffc5d
	.quad 0x00006bb1704a7871
	.quad 0xfffffffffffffd55
	.quad 0x000000000001ed02
	.quad 0x00000000000003e8
	.quad 0xfffffffffe4e8e62
	.quad 0x0000000100000000
	.quad 0x3faceca844606d1d
	.quad 0xffffffa25b1dcc8a
	.quad 0x0020000000000001
	.quad 0xc9638420ef7a6527
	.quad 0xffffff51ee87db91
	.quad 0x000000007fffffff
	.quad 0x0000005a2720f7c1
	.quad 0xe7525513def807cc
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x882adaeb4d390000, 0x3fb41df700000000
	.quad 0xbfc00000001719d9, 0x665a5749b4b16ae2
	.quad 0x7ff8000000000000, 0x637f82da0e36e285
	.quad 0x4d7902c5bfadff7d, 0x7c04c91bc9087c0b
	.quad 0xef623663ffdec001, 0x1f78adfff7f3dfde
	.quad 0x7ff3c1bfc7d2b193, 0x4891fb45fff5badf
	.quad 0x591f11c13ffbdc93, 0x6b63d183f4c3fc00
	.quad 0x80000000c1200000, 0x96e90f3abf3c5f9a
	.quad 0x2f5a154df4e61b4f, 0x3c04d7c8e0c7f40f
	.quad 0xbd573debffc00000, 0xc1200000fb154d58
	.quad 0x7c001f12d88e0b87, 0x7d9bca35c2be4140
	.quad 0x01c7d1e3ff7ffffa, 0x0000000000000000
	.quad 0x40880000ba600000, 0x7ff2e19e4ad6eab5
	.quad 0xc342d8babe65020f, 0x6c6bac1720dcf5b7
	.quad 0xbf88000000000000, 0xffa207db43dfb79c
	.quad 0x8000000000000000, 0xbbcf219c40300000
	.quad 0x7fbbe39041e4d5ba, 0x3f285a0dff288659
	.quad 0x999e32b8df000001, 0xffc0000000000000
	.quad 0x3f591db4776d6c7a, 0x0ed4a42372c6bd4d
	.quad 0xae38273119fc836b, 0x68bd3b8918d68000
	.quad 0xc08ed882cf800000, 0x7f9e0eee4e491e32
	.quad 0xa3a3163dfbfc4d19, 0xbf7cd2a621281b8e
	.quad 0x4029cdc1bae1dbae, 0x7ffbc93d9afa9c8d
	.quad 0xb4be6e239fbb57bd, 0x0f31365a0063b26f
	.quad 0x7f8801363a278000, 0x0f5d47716749d7b8
	.quad 0x7fc0000001523c93, 0xcecb95fbfef9b7bf
	.quad 0x7ff8000000000000, 0xf8bbad52bd1ddf7d
	.quad 0x4122000040500000, 0x645eadfcd6fdf6ad
	.quad 0x7f97e74c438c7b6d, 0xbf921443dc1ac273
	.quad 0xd56a9dfa8468d7bd, 0x7ff0000000000000
	.quad 0x48a34d9e497efcd6, 0x8000f94693d71182
	.quad 0xbeead00000000000, 0xbeea408540a00000
seed51:
	.quad 0xffffffff80000000
	.quad 0x000000000c16b189
	.quad 0x15240c55ae8401a5
	.quad 0xffffffffffff4b93
	.quad 0x363c80a3b27db555
	.quad 0xa49b7dec3c9ad435
	.quad 0x00000000000002f6
	.quad 0x02d09552d5ed4c8a
	.quad 0x0000483076a61583
	.quad 0xfffffecf8efb953b
	.quad 0x69d94e6e9619554a
	.quad 0x536f6a85392c75bc
	.quad 0x8c95f75ceea8b048
	.quad 0x0672983aec0377ed
	.quad 0x000000000000005d
	.quad 0x2a150d23c00e1ccb
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0x3c2b190dc4228cf8, 0x90433e5bffbbffff
	.quad 0x7ff1772b997ff848, 0x5813fd532b47dc47
	.quad 0xbfdf7aefc4d5ba33, 0xc2786b927fc00000
	.quad 0x00036a4b20246c21, 0x3031d79c0474e57e
	.quad 0xc015000000000000, 0x7f88fc45bd812470
	.quad 0x0020c874729ce7c9, 0x7ff050cb303fe5d3
	.quad 0x8000000000000000, 0x8000000040180000
	.quad 0x8a90b767726c3f42, 0xbf94ef94825faeaf
	.quad 0xc3296f73efb0ac59, 0xfeffffffc0e35f68
	.quad 0xfda34708605681c0, 0x80201919601c5e31
	.quad 0x95842836aa1d9d30, 0x0a2a7a098db9e949
	.quad 0x6c7403491dac2e5e, 0xfcc5e2c41cff3bf0
	.quad 0xbfa87441a9d75ea6, 0xc013000000000000
	.quad 0x0038b84227bc50b7, 0x0000000159800001
	.quad 0x1da53be8a64246e0, 0x47680000bbd5f2b5
	.quad 0x3af875fff21b07ff, 0x7fd1aed5a198d116
	.quad 0xffe0000000000000, 0x7813d3c8a81a944e
	.quad 0x43b92bbf7f800000, 0x7ff0000000000000
	.quad 0xc329c322fff37ffe, 0x39e000007fa6dab7
	.quad 0x7ee23d1f2b7a9611, 0x642589f7df863ffd
	.quad 0xbf14000000000000, 0xd3d182343b4e433f
	.quad 0xc2ad5e93bdfb4308, 0xb708f4929c56da78
	.quad 0x73c12ff9ccd87c00, 0x00008711bf98839c
	.quad 0xad7688fa49340000, 0xc04b6f01be879367
	.quad 0x1af8d8b33fb2fee3, 0x72146a9aacd64beb
	.quad 0xff86956519397cf9, 0xcfe554db4ffffffe
	.quad 0xcb464d25b77fffff, 0x7fa681f27f800000
	.quad 0xffb981733f6e4e35, 0x51acd864ffd63bd2
	.quad 0xc021000000000000, 0x685d5a02f7aede3e
	.quad 0x09c03d7500000000, 0xfff0000000000000
	.quad 0xeb212d7a6fb97e97, 0x3c19998091758265
	.quad 0x80000000977e4f04, 0xfff12b8188b7520f
seed52:
	.quad 0x8afcdf8c0a3e0d84
	.quad 0x69e5eee5ed0afdec
	.quad 0x671d655d5cf6f3ee
	.quad 0x7e7cbf89e8da8c0c
	.quad 0xda7ba1132a0cc4b9
	.quad 0x8020e817e4c459f0
	.quad 0xfffffffffffffeb7
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0x0009eb60a66f10cc
	.quad 0x000000000038f494
	.quad 0x5c281099207151f1
	.quad 0xa376a76492e921af
	.quad 0xf15538858495eb17
	.quad 0x0000000000000edf
	.quad 0x17742402f94f0e58
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x4000000000000001, 0x535a4771bfa284e1
	.quad 0x3fd258e83dd25be8, 0x34bede5dffcd96c8
	.quad 0x80dd8e31ff93ed11, 0x8c15c163677f8000
	.quad 0x411d6a9a6efffaa7, 0x6104cbca4552dc11
	.quad 0x5f97e11ab591eb66, 0xc0000000c9300000
	.quad 0x18f3e43e0016a16c, 0x91ea3c430f594860
	.quad 0x3fa7e236f2c52b9f, 0xff957d0e4243bf13
	.quad 0x3acb8000ff800000, 0x7f207274ac5bb61a
	.quad 0x4c624670ffc91eff, 0xc026a9f2cb368b27
	.quad 0x7e80000000000001, 0xce4daa98c6348540
	.quad 0x810000007fc00000, 0x83c762defefda72e
	.quad 0x37face9cfa65ffdd, 0x410caa1c00000000
	.quad 0x4f3300c9fffde58f, 0xfe466dc5c4b9a0e4
	.quad 0xc01e000000000000, 0xd0818b7053dfb399
	.quad 0x0000000000000000, 0xff44dc9aa834549a
	.quad 0x8003379173acecd8, 0x8000000000000000
	.quad 0xc28cbef00b0f9059, 0x479ef2b7ab9fb209
	.quad 0xffa43a3240a00000, 0xbf3fdcb3fadfbfff
	.quad 0xffd7e523ffb00642, 0x904cc1a90f37b073
	.quad 0x34f59302ee1b1b7f, 0x8560886afeeb8c2c
	.quad 0x19c95c17dcba8497, 0xc649a95b7fd47c00
	.quad 0xf9048a603bf1024b, 0x000000003ba2ffc7
	.quad 0xf8d20e0fff7fffff, 0x06a09d7b84d77ab4
	.quad 0x7ff0000000000000, 0x8094faca017fffff
	.quad 0x7ff0000000000000, 0xbf54a8e490b54cf4
	.quad 0xfff0000000000000, 0xff8ecda442583534
	.quad 0xfed212c9c0f80000, 0x3d25bbd276e37a39
	.quad 0xfdd04b63d5f2fd53, 0x000000008db64490
	.quad 0x42ab19ec7fc00000, 0x4395adbcbfe00000
	.quad 0xfd8e7a0369d35fd3, 0x3b200000995d3254
	.quad 0x21d3c7557fbaad28, 0xbdf1617b7fc12345
	.quad 0xb6ae32a925c7fe00, 0x802e20e2257a822d
seed53:
	.quad 0x44e4f12ee91b9c8b
	.quad 0x000264ae5798449a
	.quad 0xfffff45b876aa5c5
	.quad 0x00000000000001b3
	.quad 0xfbe2f7e129d9aca4
	.quad 0x8c19fd5359b6cef9
	.quad 0x00000000000002e1
	.quad 0xd09a06c133805887
	.quad 0x905c2ff3c192c770
	.quad 0x0020000000000001
	.quad 0x68a07c79ae697f9a
	.quad 0x00166d0c859f0dfd
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x12ef422370d4b1c1
	.quad 0xb5bf5a1b08d1ed39
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0xcd1d2892ff849f7f, 0xbedc000000000000
	.quad 0x7d7d4fafb66fc7a0, 0xd593d7b7c1f97f5c
	.quad 0x000d0d8794345b6f, 0xc1080000c0839992
	.quad 0xfee3920e38d00000, 0x3f800000df174777
	.quad 0xf207506169f2bbfe, 0xec0d7313ffe744c0
	.quad 0x03487c1db5b2a82d, 0xbede6fa93dc1faff
	.quad 0xc815f5bd2566e37b, 0x00400000c32b4812
	.quad 0x0706f0b9eb3ecafb, 0x4180000080000000
	.quad 0xbf28a8137f800000, 0x3a40000043eafc09
	.quad 0xeef0b7607f800000, 0x800a0a4d3c7bb572
	.quad 0x8d53b0ba6c8ebfb6, 0x38815f6d1a47e6a0
	.quad 0x4070c619ffa0be16, 0x000000007fc61582
	.quad 0xffa63e1b00000000, 0xc34fcdbb693afde3
	.quad 0xbf78df994079ac41, 0x130825127faf7fbf
	.quad 0x3c587e26b7b00000, 0x7f1d9d1941d88000
	.quad 0x1973faba10a77402, 0x6d53f3aa86078000
	.quad 0x010000007ffedb0a, 0x4d000001f772fb88
	.quad 0xff68e6f7bc369a43, 0x002afb4dc05cd7f9
	.quad 0xbedc000000000000, 0xfff0dd605ae3d954
	.quad 0x53fc226d85a28069, 0x3f85b8841ac20bf6
	.quad 0x1c7cb068ffe27c00, 0x66327128f07baffe
	.quad 0x689116f8ef7fffff, 0x405db840f273e000
	.quad 0x801fffffffffffff, 0x7f800000df7fffff
	.quad 0x7fc00000ffc00000, 0x308ffa009fcfbfff
	.quad 0xffc0000080000000, 0x1916b799981b829d
	.quad 0xa243921637f1db46, 0x7f09abceb22db3b5
	.quad 0xffe8e563676be8ad, 0x5b4f47a8ff41cb73
	.quad 0x46360d6fe216942f, 0x7ff8000000000000
	.quad 0x00000000d8627cc3, 0xddc827cbff679777
	.quad 0x3f839cb2b6c70c25, 0x40efffffffffffff
	.quad 0xbf2b000000000000, 0x000000001cf8e97e
	.quad 0xba21f3b2aba1cb8e, 0xcffffffffd14e0c0
seed54:
	.quad 0x399a9549207c4b19
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x000000000000291b
	.quad 0xb2ce869cedf324ce
	.quad 0x17b1a69f7164be8d
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x15b678ccdec274cb
	.quad 0xffe833b5814b7313
	.quad 0x00000012a88cc4b1
	.quad 0xec7c552b926eebc2
	.quad 0xea9f32d7291d6283
	.quad 0xffffffaa571f05dc
	.quad 0x87abb2f49eeaf7a9
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x96a2e367cef54d41, 0x30e80fc7b440002c
	.quad 0x3f96a1e4be60b233, 0xc85e000080000000
	.quad 0x01f6102024e17a6b, 0x5bed4634486cb6dd
	.quad 0x80400000c0a3d720, 0x3f82125b1b2d3f19
	.quad 0xf94c3799c67ddfdd, 0xd022b07927ffffff
	.quad 0xcbaee822ffebfa8e, 0xc0940000bfab7e52
	.quad 0x58d4ca7a7ff8cce7, 0x8000000074468e1c
	.quad 0x25fff494fa11a946, 0xddd838605d423d04
	.quad 0xffc000003be2ec79, 0xcdb53eb826fcff9f
	.quad 0xd0a6495480d5fa01, 0x184d59a3ff84945f
	.quad 0x7ff0000000000000, 0x87df4bcc5db14480
	.quad 0xb42dd2aa3f3ffc3f, 0x4004a50d1dfc14b4
	.quad 0xfff8000000000000, 0x007fffff414b49f0
	.quad 0xdb970887afcf3f00, 0x1b7ced5c3051823a
	.quad 0x6a352ac18c6dd6f4, 0x15a85f60a1457a1e
	.quad 0xb3726091a2b97eab, 0xbfb0937789047c32
	.quad 0xdd57ec2cfbfebdd8, 0xc2c51287cf800001
	.quad 0x807b82e1430e4154, 0xffc000000bbc79f6
	.quad 0xff80000000000000, 0xfff0000000000000
	.quad 0x658cd61f7f6d733e, 0x666c815efb3f7f39
	.quad 0x006d733810f27927, 0x0e199f4f85e6fd5a
	.quad 0x7ff65bfecaf9de85, 0xfa61519d7fc6f53c
	.quad 0x99f2598153813749, 0x7f7fffff6e05644f
	.quad 0x40299ded98e5662f, 0x4125f00000000000
	.quad 0xff5a6a1da2f5ad75, 0xffdaa1f19b8dd2e9
	.quad 0x73741391ff6f39bf, 0x40cc00000102ebb7
	.quad 0xfa9d71bee004fe00, 0xc8f3a27b98d1be20
	.quad 0x408ebcbb7fee1e55, 0x40691287ed457b63
	.quad 0xff800000fff7579b, 0x0000000000000000
	.quad 0xcf06bd6780000000, 0x8000000000000000
	.quad 0xffc00000781596ba, 0xff3bf9edfec5f22f
	.quad 0xe9e8adeeffffffff, 0x5a4e78137ffb7f7f
seed55:
	.quad 0xfffffffffffffd0c
	.quad 0x000000000f93a23a
	.quad 0x00000000ffffffff
	.quad 0x729dab55fa8f1b0b
	.quad 0x1c215e553622bebc
	.quad 0x0000000000000001
	.quad 0xfffffffffffff16b
	.quad 0xffffffff80000000
	.quad 0x0000000000ea8d0e
	.quad 0xd751bb9c2c8d732c
	.quad 0xfffff24f18eb5c4c
	.quad 0x702092dcc2b84f4f
	.quad 0x0000000000000240
	.quad 0x7622ac774bb1c2fa
	.quad 0x0000000000000001
	.quad 0x000000081e421a3c
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x40a00000b027aa8b, 0xc9814ac89f7fefa7
	.quad 0x7faea7e080000000, 0x7ff0000000000000
	.quad 0x477eb2dbbedef128, 0xfdaf79c7d2c00475
	.quad 0xd8f7045e39bdefde, 0x800ab998f45e5602
	.quad 0x2e3d2d204bfeff8d, 0x714bbce37f800000
	.quad 0xf76648b3ffbbcfd8, 0xffc17dd23e06460f
	.quad 0x84111b47ffb11e04, 0x7ff0000000000000
	.quad 0x0390f91effe50001, 0x8048400a0c689f62
	.quad 0xffb9ca44c0a80000, 0x04c0d0653e2f766a
	.quad 0x8dae0dc0bafd0b13, 0xc023000000000000
	.quad 0x4022000000000000, 0x03f2df18c77fffff
	.quad 0xffde15a5c0bcb2d7, 0x006ca729870bb0ee
	.quad 0xc05a6bf1d8471a08, 0x0b97ceabc1848701
	.quad 0x1970e713c07e5b28, 0x12ecc76bff8c3871
	.quad 0xac93cc157fbf7d8f, 0x734fdad19e2707ff
	.quad 0x2ffa7631aeb5f923, 0x94fb7c5e25bb4100
	.quad 0xf7b93cd9bf3c5568, 0xc04008279ed05ac0
	.quad 0x7d7d46cd21b5bb65, 0x87a4380349c96b7a
	.quad 0x89d4b3740703c440, 0x43000000bde53735
	.quad 0x25d9ebbfefe1fd71, 0x6edc2b6033937ce4
	.quad 0x8000000000000000, 0x8054405b9409962e
	.quad 0xc07ffffe4236286a, 0xffb7606e98b04a5a
	.quad 0x56b5512743a8f400, 0x7ff031019a0556af
	.quad 0xff1b1a80985a9d92, 0x00000001141e1dc7
	.quad 0x98ab366d26078aa5, 0xac019f68ff29c701
	.quad 0xcf521775cb6f97e7, 0x4330000000000001
	.quad 0xa9d89ff0dfdfc8db, 0x7ff12ca8dba5e22d
	.quad 0x0000000000000000, 0x002369d880400000
	.quad 0x46460753fec8ddf9, 0xc00a000000000000
	.quad 0x4287bd3a3fc00000, 0xbcd9027280000000
	.quad 0xfebbc14442664b97, 0xa334d7e7ffea70c5
	.quad 0x8ff9eebebdee0332, 0x3fb482586f512efb
seed56:
	.quad 0x0c3cecbc0406db05
	.quad 0xfffffffffffffe4e
	.quad 0x00000000ffffffff
	.quad 0x32dd08068f6f5f59
	.quad 0x000000007942c62e
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffca3
	.quad 0x46771c918dd51a8a
	.quad 0x0000000000000190
	.quad 0x0000000000000000
	.quad 0x1cc2141630f1dcab
	.quad 0xffffffeb40faabd6
	.quad 0x227d1aba5e768ada
	.quad 0x0000000001000001
	.quad 0xffffffffffffff33
	.quad 0xffd7a6fd3b3f8a33
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x7fccc6977f967006, 0xc01f242eb0a712a3
	.quad 0xc2fb9dd107b746ed, 0xbf780d1641100000
	.quad 0xfecaca00306716ab, 0xfff0000000000000
	.quad 0xa4809c9e9d4309d1, 0x5e8829d10cfe212d
	.quad 0xca11a8b1eced7fbf, 0xbd07ef3295cb0000
	.quad 0xc32a402d7f86f996, 0x568c113cdb0f0b30
	.quad 0x828fb1aabdf1b467, 0x02105ae87b3ccbac
	.quad 0xbf93aa5c05f4d746, 0x5bb747170088f3ae
	.quad 0x86d861a700000001, 0x3f1cf58e7f800000
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0xc03c45e8bbfd081c, 0x89fc3bc5fddc01f7
	.quad 0xfc09fa6531bbf77e, 0x9ae5777f42de8000
	.quad 0x7bc7842fb3697460, 0x9b45826ab677ef66
	.quad 0xfff9da194991d040, 0x8000000000000000
	.quad 0xfe2b58e97c8f0603, 0x6c213671ef7ebc1b
	.quad 0xe6622ef77f646a30, 0x13ce52a37160e2f7
	.quad 0x7fe97047c91f9bfc, 0x0000000000000000
	.quad 0xfff0000000000000, 0x1479a1017fc00000
	.quad 0x733d589508fa496e, 0x4150000000000000
	.quad 0xbf706b70bc4a89f1, 0xaa7da435d7fffe00
	.quad 0x7f9f7c5d41180000, 0x468c97cfffa64d4c
	.quad 0x59ab34727fc17095, 0x000273a27ffde7c0
	.quad 0xc0033cab1e4a4913, 0xff8f0ce2c11e0000
	.quad 0xdd97907afffbdcfe, 0x4367f4e40ef3ffff
	.quad 0xc01d800000000000, 0x3dc55224429d9294
	.quad 0xfff0000000000000, 0xc703934e83a2db04
	.quad 0x69f4f51fe7ebfe42, 0xfff0000000000000
	.quad 0xc00c9d8446dd48d7, 0x3f867d14f14ca7da
	.quad 0xc42000003e4b63b6, 0x823818fbc39c8586
	.quad 0x4e8527e1d9958000, 0x7e8f65bbf5f4cb94
	.quad 0xf6e15044bdb7fc5b, 0xbbf3bb869a1d5dd7
	.quad 0xc7800001ff7fffff, 0x404526474586e704
seed57:
	.quad 0x76cbe49fb9b388ab
	.quad 0xffffae31c6dde0bb
	.quad 0x00000020bdfa4126
	.quad 0xf11c1e9726cfdd5c
	.quad 0x0000000100000000
	.quad 0x00000000000001c3
	.quad 0x519d64a8b36cb87d
	.quad 0xfffffffffff2c996
	.quad 0xed9818d81905214a
	.quad 0xffffffffffffffbc
	.quad 0x000000000000008e
	.quad 0xfffffffffffffea2
	.quad 0x00000003b8f34688
	.quad 0xa431291806570255
	.quad 0x000000000000023c
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x3f2fd522ff800000, 0xc17d30e5692d91d7
	.quad 0x800000007e9c8977, 0x112e1b39e37ffffe
	.quad 0x00000000feda3d04, 0xf934de26c7000001
	.quad 0x40450a076750f6ec, 0xdf8000017b1a2ef4
	.quad 0x4000000000000000, 0x407741473f4fd296
	.quad 0x2041854cfcfd5b5f, 0x7f800000bb900000
	.quad 0x3ffbd989bdbd16ea, 0x3f75d1f0b8ec54b4
	.quad 0xc008000000000000, 0x3546e9d6f99e9ddb
	.quad 0x73565ca3c1975f27, 0x3fec300000000000
	.quad 0xdaa0b8ca8987eda8, 0x80ffffff1aadb5ad
	.quad 0x008000002095b7f8, 0x77bad3aabe7ffd95
	.quad 0x401621d9ad67f8fd, 0x9d46fe1b8034bcdc
	.quad 0x4018000000000000, 0x446f0000bf661cf7
	.quad 0x3c7ba4d4bb9b7f8d, 0x5483d6ed0feeb1bb
	.quad 0x0000430dc8f99fd2, 0xcfef64bd413db070
	.quad 0x41dac177ff800000, 0x802fffffffffffff
	.quad 0x4035fe123ac7fa0e, 0x598000017f8058c0
	.quad 0x7f800000ff800000, 0x9aa54b32ffeffe1d
	.quad 0xa7f7ff123c91fe00, 0x0523e8fe40d00000
	.quad 0x4334bc74ddff470c, 0xd0c92d2546512445
	.quad 0xbfc57976b248a7c4, 0x07de4bc380800000
	.quad 0x7fb0728a0968b358, 0x3b8644173deb8000
	.quad 0x8000000000000000, 0xee91a92e8f227471
	.quad 0x4015000000000000, 0xc8f388dcff800000
	.quad 0xf9173cf6f47587ff, 0xfaa1256b7f7fffff
	.quad 0xcf7ffffec3e9ced0, 0x42b5d3c6ffc00000
	.quad 0xb7229eeb6db6af3d, 0xfff7ff355805374b
	.quad 0xc3880000b1435333, 0x638aa9491fc310c6
	.quad 0xb968daf1fffffe75, 0xe747400bc1f68000
	.quad 0xbfa4bb421db6782c, 0xbf331ea72e7ffef7
	.quad 0x10bcae077fb633eb, 0x41b68545ff800000
	.quad 0xf1b05bde37c4deeb, 0xff800000bce91f5c
seed58:
	.quad 0x00000000000002cf
	.quad 0x645d91086d4da032
	.quad 0xfa8c99f66349ad32
	.quad 0xffffffffffd8e1b6
	.quad 0x49d06e31cc00bfc9
	.quad 0x847c0f82b68419e4
	.quad 0x0000000000000002
	.quad 0xff118a7cea7f95b0
	.quad 0x000000000000016b
	.quad 0x000000bafcad4965
	.quad 0xfffffffffffffee7
	.quad 0x8d20490ad8a2c228
	.quad 0x00000000000002f7
	.quad 0x0000000100000000
	.quad 0xffff096a46854b1d
	.quad 0xe65428bafe6effef
	.quad 0x02400000
	.quad 0x30000000
	.quad 0x465a78d5f9ed36d8, 0x8000000000000000
	.quad 0x4e06cfb677b40000, 0x3f954c10e13c1273
	.quad 0x07d17e3fbccffcfc, 0x7eee997880000000
	.quad 0x10dfebae7170bd80, 0x8000000000000000
	.quad 0xfff0000000000000, 0x4000000000000001
	.quad 0xddd0ab5b7d41af6e, 0x7fbde3c000296d04
	.quad 0x39b063af5553d3b9, 0xff9d46757e986ccc
	.quad 0x4e8e4d6f857167c2, 0xae2393b2f07adf93
	.quad 0x547d633730789036, 0x90b2eb80d615f3ef
	.quad 0xc20166657fdd71c7, 0x5168ab1fbf8125da
	.quad 0x017fffff80800000, 0x7ff75d1a0eba970f
	.quad 0x0285046d6ca51989, 0xc071ce21944088fb
	.quad 0x000000003f900000, 0xc5421f1055c07353
	.quad 0x6b34603d569fdc94, 0xc21070db7fde7de9
	.quad 0x7ff2130b4d2d1a04, 0xbce0000047c00000
	.quad 0xa4ec094905758f8b, 0x35a04bcfefda13f0
	.quad 0x80097d003cb9ec5f, 0xc003000000000000
	.quad 0x249bfda940c20001, 0x894d28e1bfbb7e67
	.quad 0xffdfffffffffffff, 0x3eb0000000000000
	.quad 0xfd959d24e43a94ca, 0x9a6843f9fff667f1
	.quad 0xd217f60a7feccbff, 0xaccd7cd191d84180
	.quad 0xe59542f6bff3cf7a, 0xfad66aa76398f336
	.quad 0xc373cdc900000000, 0x7f9abbf080000000
	.quad 0x8ec7eac84ea74c0b, 0x6108a2c7f8ef36a4
	.quad 0xffe0000000000000, 0x7ff0423287adfcaa
	.quad 0x5307483704715e18, 0x2058c6f1c35f8fae
	.quad 0xfff0000000000000, 0x94919adeffd5fc7a
	.quad 0x6cc8280ca717fe00, 0xfff0000000000000
	.quad 0x241c41a16fb7ce90, 0x00205fd67fbb0b44
	.quad 0x96b68d877fc00000, 0x7fc0000000000000
	.quad 0xf92aa619c99d6043, 0x2c4aee53f8307d10
	.quad 0xbfbc0bfc6f77850f, 0x88159ab8006f29d5
seed59:
	.quad 0x00000000000732df
	.quad 0x0177a73592094031
	.quad 0x00001317d327780b
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xfffffffffff87b9e
	.quad 0x8879bf421f764710
	.quad 0x00000000ffffffff
	.quad 0x000000000349e0b7
	.quad 0xf3d2e263d43e1640
	.quad 0xffffff8441440fa7
	.quad 0x000000000000017e
	.quad 0x66cf55356bd5ba4d
	.quad 0xfffff3ab4305492f
	.quad 0x0000000001000001
	.quad 0xfd27ddaca88e58e3
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x006134a7c0f00000, 0x57c23df6fd7ba7a0
	.quad 0xffc9598400000000, 0x434ffffffffffffe
	.quad 0x4046b457ab0b221c, 0x99d6bebadf000000
	.quad 0xbf94b8cfaf3b19bf, 0x58f9c868fd4f7673
	.quad 0xfec228c06502e68f, 0x7fc000007a995db1
	.quad 0x8010000000000000, 0xac449aa2e4637df3
	.quad 0x714346c456140e12, 0xc1e636b5cde8cc5d
	.quad 0xf9065ff42f2281cf, 0x409d33aaffc00000
	.quad 0xc3e787acacd67865, 0x7ff0000000000000
	.quad 0xc622ee7abfa00000, 0x6fbd4c68beeffeac
	.quad 0xa68df914038c554b, 0x7fb6c534b29c676f
	.quad 0x026147cb36bf4343, 0x4bfffffe4134e554
	.quad 0xfebcfdd0803f94d1, 0xc02d78da64e4bdee
	.quad 0x47c800006cd468bd, 0x4280000000000000
	.quad 0x00000000ef6712d5, 0x7f926d81411c0000
	.quad 0x210031937fb12836, 0x9161d8d4ffffffe5
	.quad 0x0d03368f40e7b707, 0x656a5407984c1378
	.quad 0x82a95a38109f93c0, 0x8000000000000000
	.quad 0x4950000085389e1f, 0xa9f87ae843d20000
	.quad 0x2da3c458fbf2ff7c, 0x48604397608f3600
	.quad 0x7edbb75bbf9f7bbf, 0x039c19869c7ebfcf
	.quad 0xbff0000000000000, 0xeb38671cb8ecfc08
	.quad 0x450cb15a7fbdfd57, 0xffd44626a6d38010
	.quad 0xbca4a8f5c2fcfdf4, 0xbd7154ccc0c00000
	.quad 0x8000000000000000, 0x7ff3002ae9e39258
	.quad 0x9ad9d9f95396555c, 0x7f92761947800000
	.quad 0x1286f4c9fd6e0780, 0xe432bd538023f8e5
	.quad 0x7df323ed672ec527, 0xb1a27f90ffffffff
	.quad 0x7fc000008595ee78, 0xd6da70b68dd08000
	.quad 0xf8361a8176886804, 0xc1080000ff852cec
	.quad 0xbeb39c2780000000, 0x7881ae5ef3f7ab52
	.quad 0xc0ffffffffffffff, 0x83912da48e1e2ee4
seed60:
	.quad 0xffffffff80000000
	.quad 0xfffffffff9d9af51
	.quad 0xfffffffffffffcbc
	.quad 0xbe22a0e8c58944ab
	.quad 0x2a3d4e95e397c58d
	.quad 0x000000000000002e
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xffffffffffffff63
	.quad 0x603921fa04df9fef
	.quad 0xfffffffffffff880
	.quad 0x0000000100000000
	.quad 0x0000000000000234
	.quad 0x00001a583603b83a
	.quad 0xfffffffffffffe86
	.quad 0x8000000000000000
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x3708eb5089f4c3ff, 0xaf089a3d3c500ecf
	.quad 0x41ac8fb87fbcd16c, 0x402e4d304e432bb5
	.quad 0x810000007f576b67, 0x2e09fefec2c9a543
	.quad 0x80de3e4dfe986749, 0x4011000000000000
	.quad 0x8327ea973d4c811b, 0x8021f9ee8b31bb5a
	.quad 0x44040000ffecfcc4, 0xf03af862ffff7ff7
	.quad 0x85ae2cb5aefeffd7, 0xbef4000000000000
	.quad 0x7a3265ae436d8f03, 0x809306e5d73b47cc
	.quad 0xff8000003f8eb283, 0x8c0c5c97ed91801a
	.quad 0x80800000cfc5caae, 0x052b5fd4d1f70000
	.quad 0xbf956c570740d96a, 0xfeb1a035bd769211
	.quad 0x6414cd3736b80000, 0x801c8dd0668b7083
	.quad 0xfff083a0d16fb546, 0x7f87a2a480000000
	.quad 0x7fc53bfd8407f594, 0x3efc000000000000
	.quad 0xee521cc239f32d00, 0xbfa390b93fc2c261
	.quad 0xcd558c25bf57d6cf, 0x3fbc207b4da6d6f2
	.quad 0x3ff0000000000000, 0x8adc80eeffd30000
	.quad 0x7ff725e9f1911152, 0x800000007f9dcf4c
	.quad 0x9e5a7ccf9d0f1f05, 0x7fd0000000000000
	.quad 0x7fc0000048000000, 0x6d35f3874114b4a2
	.quad 0xffe847d24398269e, 0x3cc00000c096a8d8
	.quad 0xc510000040c00000, 0x7fac53e142e57e04
	.quad 0x401a22bc48db55d1, 0x10ca8699dbfcf7d3
	.quad 0xfca4540aca837c00, 0x81000000714b62c7
	.quad 0x84f657307f93cdaf, 0x400f390b469b22cc
	.quad 0x80c0060326e66191, 0x3e5a522300000000
	.quad 0x7ff0000000000000, 0x3d5ca6e040a80000
	.quad 0xba00000080000000, 0x47cf000042edd7a9
	.quad 0xc9f2a3a8462cf321, 0x40612d7726537ac6
	.quad 0x7dd3c04ba767cfab, 0x0df17028dafbe67c
	.quad 0x8adc1b258e1fc820, 0xc056000000000000
	.quad 0xa4cbb54d34870800, 0x7de01862f0d1602b
seed61:
	.quad 0xfe2b2546aaa50871
	.quad 0x221eacae67569870
	.quad 0x0000000000000000
	.quad 0x195aa96f36c33737
	.quad 0x0000000000001894
	.quad 0x0000000000000265
	.quad 0x0000000080000000
	.quad 0x8de29cf33bdcb4f6
	.quad 0x000027af41c410b8
	.quad 0x826b2be0a75d78f6
	.quad 0x0000000000000000
	.quad 0xfd2292043c113d48
	.quad 0xffffffffffffffff
	.quad 0xd58c3bd227ac5f24
	.quad 0xfec0814fd5fe3f48
	.quad 0x00000000000001d1
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xff654a96292c8077, 0xffe56456fc4c6c64
	.quad 0x001fffffffffffff, 0xc061e9c9d1fdce43
	.quad 0xc01a000000000000, 0x802fffffffffffff
	.quad 0xf864c38bf7067c00, 0x02ecce127b7fc106
	.quad 0x2d8d132cb8c00000, 0xdf9b2bed17e07c00
	.quad 0xfd5b6e4217e1d1c2, 0x000eda7600464078
	.quad 0x34b84d8ef5c37c5a, 0x6f80f125dea04842
	.quad 0x04890c3501d51590, 0xbfc4b8068347b0db
	.quad 0xc03802c36df31e2b, 0x81591f6b7f800000
	.quad 0x7ff12a122798671b, 0xc26135b0fde55daf
	.quad 0x53c3cd16c7026d17, 0xffad4973c1d7a8c5
	.quad 0x0b22807fad737c00, 0x6c9a4edb7fdd80c6
	.quad 0x828ba2301c4ad278, 0xc00a70f2c960844d
	.quad 0x9feaae6375fffd53, 0xa8bb4d42e90ffa7c
	.quad 0xc77a98279d51607e, 0x3c17dc77ffc00000
	.quad 0xcc1afe6457fbd767, 0x9aeef561feffffbc
	.quad 0x8000000000000000, 0x896a40eaff7edddb
	.quad 0x802cd5f365563ff6, 0x7ff30a23f3a6d5ac
	.quad 0x18805b5769b85d91, 0x0c0ce3b9ae3f3ed4
	.quad 0x7f8521efffe4f6a4, 0xc17fa96d8b9f9695
	.quad 0xffb9001a8004089f, 0x8010000000000000
	.quad 0xfabe3720ffd767bf, 0x4023ae8303cd3f47
	.quad 0x43fe53e30015498d, 0xbfe0753eacfbb66e
	.quad 0x3ad2f4c7fbadfdff, 0x7ffd2fb2a63b2c10
	.quad 0x10ef3feae6ff5f87, 0x87860a697fd51474
	.quad 0xe81782ee5679f4cb, 0x8027359c00400000
	.quad 0x8000000000000000, 0xc021400000000000
	.quad 0xfff67079e6e1d8df, 0x7925e8f2e7790142
	.quad 0xb226f751feffffff, 0xffd3bce366fc635e
	.quad 0xc0f40000489b2f06, 0xfff7731eab5ee8a7
	.quad 0x1d5b989b7fe959ff, 0xc03a000000000000
	.quad 0x719a7db0b0e6f4bd, 0x8041b2a980000000
seed62:
	.quad 0x3c18fbee9554936b
	.quad 0xc4f9201196d5dedc
	.quad 0xffff25eaf1093d08
	.quad 0x74f0f03a85dc4f3d
	.quad 0xffffffff80000000
	.quad 0xde05372a4302cb36
	.quad 0x00b627451a8b415d
	.quad 0x000000000cfdb9a5
	.quad 0xb173b0e296130c25
	.quad 0xfffffffffffffe39
	.quad 0x1965042b97f1e36b
	.quad 0xffffeeb891ba5219
	.quad 0xfffffffff6b3ce66
	.quad 0x0000000100000000
	.quad 0x00000000000002d8
	.quad 0x000000000000021d
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xc2e800000037cf2a, 0x1bd32fcefdc40000
	.quad 0xbf3778f540400000, 0x47545e923b200000
	.quad 0x825a22f958cdbb97, 0x376fd1bc88047840
	.quad 0x7ff44dd5618179fe, 0xffc0000000000000
	.quad 0xc0d7000000000000, 0x562c7b59fffdfd55
	.quad 0xe56634a9bf6548c0, 0x800c6b2a674f71e0
	.quad 0x79da24fd11c40001, 0xd5ff35ec17747c43
	.quad 0xf6148d01372e4f01, 0xbf11800000000000
	.quad 0xf75de972f8c670a2, 0xdfed2a777f95f9ae
	.quad 0xc5adfd436b862519, 0xff16d62b00000001
	.quad 0x8041cd97ffa08249, 0x4018000000000000
	.quad 0x1b899fdc405e0826, 0xc6764a85e7f75ffa
	.quad 0x7f853c4abfb80000, 0x9d782c68ed3e5678
	.quad 0xdf7fffff3b8e304a, 0x90b00602fff50367
	.quad 0xffffb1fbed0cd3a6, 0x9940e194475b67ff
	.quad 0xfff37d65f23b63e6, 0x8000000000000000
	.quad 0x4030f38c40900000, 0x004000008974fe35
	.quad 0x0153619ffa023992, 0x52abcaa6c7180000
	.quad 0xa38199928e3ffba8, 0xfff0000000000000
	.quad 0x004000005a7fffff, 0x000000013da3d82c
	.quad 0x80000000001c546b, 0xc07fffffee7c57e3
	.quad 0xc700000100009a1f, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x4064d1d7e9fa9b99
	.quad 0x7ff0000000000000, 0x1b96f4bfff847ebf
	.quad 0x0000000041b76b78, 0x7f8e78957f800000
	.quad 0x7f98a722bbc1f0be, 0x4408678a6ee44458
	.quad 0xee425c4b4ffffffe, 0x800458f6c05ff656
	.quad 0x0e4ec073f0657b22, 0x77a6674d437fceb9
	.quad 0x9735c3b6ff8bfce9, 0x850117cc7fe67dd7
	.quad 0x7fe402fa34373c7c, 0xf6bd1347de1b8000
	.quad 0x7ff9e417d13f663c, 0x401f000000000000
	.quad 0xc1100000bf400000, 0x41effffffffffffe
seed63:
	.quad 0xffffe3aef19b6893
	.quad 0xfff71096fa4449ed
	.quad 0x3cb4aeb5f61dc357
	.quad 0x1273aafa9ea43d55
	.quad 0xffffffc5b134f2af
	.quad 0xd23dccf3a49e8660
	.quad 0x956871d948c1a92e
	.quad 0x00000000000002d0
	.quad 0xaad15e010f40eb89
	.quad 0x0078881582202a6c
	.quad 0xffffffffffff0014
	.quad 0xad29f9839cb611eb
	.quad 0x000000000000024e
	.quad 0x0000000005cca80e
	.quad 0x8fe2969107d134dd
	.quad 0xffffffffffffffff
	.quad 0x01400000
	.quad 0x00000000
	.quad 0x06167acafad80000, 0x8620dcf5bb39ff81
	.quad 0x8ad69427bc23f859, 0x4db74d1cb823dc4f
	.quad 0x2000cdbbdfffceff, 0x862b8751f35bfaef
	.quad 0x0000000000000000, 0x0113a8d04b9ffce7
	.quad 0x90ede852a6ba5817, 0x427c03f295de7dab
	.quad 0x9f47f73fed4fdfff, 0xbf8a8b17dfbbfce9
	.quad 0x62f96a619e44fbec, 0xffb77ed2807fffff
	.quad 0xaf8cec4fbf452865, 0x41add2854f000000
	.quad 0xc53980d1b329be7a, 0xfff18bbbef991645
	.quad 0x7ff27e3413a25d69, 0x7ff34b7936550c68
	.quad 0xff5ca48c30b3d372, 0x78829d85ff8df4bc
	.quad 0x7ff0000000000000, 0xa8612049fa70e582
	.quad 0x53e369acfddfdb7e, 0xeda15a1afe567f33
	.quad 0xf442390a8e780000, 0x7fd0000000000000
	.quad 0xc3b720ea433ae5ca, 0x41e1df177ff20354
	.quad 0xc7f68096be7dfffa, 0xff8000003d00da70
	.quad 0xffe9da1800000000, 0x18d43732cffffffe
	.quad 0x3a213a49c5d20bea, 0xd2985b4678d68bad
	.quad 0x0e1b7f79bfdba6fe, 0xd3bf5f4500000000
	.quad 0x0d0d632b9f07b92d, 0xdab5fd5de90fe12c
	.quad 0x401048bbfd919f15, 0x8000000000000000
	.quad 0x3fc6272f7fde8398, 0x7f9709d7df7fffff
	.quad 0xc0f800003c930000, 0xc4500000c3596dff
	.quad 0x42787f5e1d804444, 0x756fff9fc7fffffe
	.quad 0x96e8dab1405b3e1b, 0x00000000bcbb6171
	.quad 0xcf800001598a10ea, 0x3d8cf932188749f4
	.quad 0x400ffffffffffffe, 0xc1f0000000000000
	.quad 0x401a000000000000, 0x41080000e3196d00
	.quad 0x0000000000000000, 0x3feef79884655be6
	.quad 0x00000000c3105d19, 0x8000000000000000
	.quad 0xff8000007b32acbd, 0xc00fffffffffffff
	.quad 0x4014000000000000, 0x0c3ce78ef0eafe00
