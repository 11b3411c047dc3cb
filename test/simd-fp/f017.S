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
	.inst 0x1f0a01b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2401e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e241a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d68b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c29f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2afd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70f9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21a817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e248b19
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
	.inst 0x6eb0fa7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f23ed5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e3ae47f
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
	.inst 0x4e24f570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18b063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e293875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eedd597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e696818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1ab1a
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
	.inst 0x1e68089c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e64fe5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b4636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f81509f
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
	.inst 0x1e261870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6301d2
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
	.inst 0x1e62a579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee9e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea1d416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e58b0a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1c578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e6adeb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6801ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee0d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e25008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c46f
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
	.inst 0x1e6820e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d1811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b0932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee5d493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e297914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea4ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2ec457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e69ecf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e35ed99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e622a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21aa7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f14017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeafd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6679ff
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
	.inst 0x4e67dc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f50ac91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6de592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e433573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e72f5a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2cfd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6141d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e18b9e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d1c18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f083719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2000aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e622180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1a81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66429e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e216b5f
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
	.inst 0x6e6189d0
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
	.inst 0x1e26b012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e72e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eafccd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6ae5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6401e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e654298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc89279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e212150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60701b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20697c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e692d1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6988de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3129bf
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
	.inst 0x1e2a48d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43ed71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e714872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a8935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eabd617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e242838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6198b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21caba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e499b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0dc05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f629f5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f3fff5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1db5f
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
	.inst 0x1f680870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3008b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e692180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c2813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fc81194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7901a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e31344e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1fa99
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
	.inst 0x1f62ad9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea8d67c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28599d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6bdcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61699f
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
	.inst 0x1e6819f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f302df1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e29dd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eadd633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e029134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e70edd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f2ffdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eaac637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e37693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eeafd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62485d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e4229df
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
	.inst 0x1e6eb501
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e27fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fb019b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2169f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e640265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f708078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6500e9
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
	.inst 0x1e3619bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d4b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20785d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3001af
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
	.inst 0x9e3801e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70d4b1
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
	.inst 0x1e220113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e680005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61c937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e272270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e22d519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6102aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2401cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e64f6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0ba85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeac75f
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
	.inst 0x0e2ef550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e218a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e700083
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
	.inst 0x1e240225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f27a476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c09f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea18979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eaece1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61db9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2bcd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c11f
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
	.inst 0x1e6e2930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2441b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6fa135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e28de56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1c6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f69d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee0d81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a7d3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0f95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6189de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f8b9b1f
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
	.inst 0x1f411550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70858a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee18953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f2a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e77b015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0c999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b393a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6afdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e33387e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e616adf
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
	.inst 0x4e616930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e708524
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e310064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea19875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee8cd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e02b517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61a958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee18aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21685b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59cc4c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e33493d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f30ffdf
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
	.inst 0x0f8390f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e632000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e69f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7084ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e715c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ef5fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f233917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f6be498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a6939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea9d43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e382040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02c4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2189bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eaec6be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78002f
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
	.inst 0x4e61c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e23d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710102
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
	.inst 0x1e624094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0fae55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e0ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3102a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f89909b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f87503d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f7afd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7902cf
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
	.inst 0x9e220110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6929f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f282d34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27c1f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7901a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e65de5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e21c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21993e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6cc45f
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
	.inst 0x1f6304b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e233dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b35eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7900a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee199f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1d957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2139b8
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
	.inst 0x4e217afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fb8525b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6deedc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60095d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30c99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e672040
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
	.inst 0x7e30d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63f604
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fb19032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2201d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e257834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43d035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2fe522
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f34e6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21287a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb8e71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e27d5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa5905e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65299f
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
	.inst 0x7ea8e490
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
	.inst 0x0ea0c512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e680223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e622050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e19bc46
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef6e6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21b839
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
	.inst 0x1e6c29fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3f101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f5fe75d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c11f
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
	.inst 0x1f2d9090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6bdd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2959f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e0590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e33f5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc79156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6738b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc39838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee8cd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f82901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2168dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e708bbf
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
	.inst 0x7e30c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21d9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c84d8
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
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6309d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6621d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e622919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e616b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0aa55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee18adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea1fa9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21183f
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
	.inst 0x1e6719f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e42b031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3dd012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eead453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6ad494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f79fd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e09f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e310168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f39e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e664afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6100ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6b5ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e216b7e
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
	.inst 0x4ee0e8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2800e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f2be413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f082414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6400e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f65d4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eebe457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2dd538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f733db9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e791b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d581b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f60b9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4eb17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e77e5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2540ff
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
	.inst 0x1e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e638933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03a554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d2975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e42adf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f169df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c0958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0e859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f3cfd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3668de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20ed9f
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
	.inst 0x1e6c21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7900c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02c453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eeeed74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e73ecf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e210817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c178
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
	.inst 0x1e2f08ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2bd4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eeee51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19ea6d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2801af
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
	.inst 0x1e218910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2179f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea4f572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eadf433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f37fd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0ca76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e216917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e733ef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee5d579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67403a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f4efd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202168
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
	.inst 0x1e2f193f
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
	.inst 0x9e230050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f4bfe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6169b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e67f4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f510194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f915195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e66fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f2ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6501cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2141de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3002cf
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
	.inst 0x4ee198f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eabd611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e74fc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2409d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f25fd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61585a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2300bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6515c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f44981e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70cb5f
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
	.inst 0x1e262160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa49831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e25fc92
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
	.inst 0x1e790024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6f5195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e22ee56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e613ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e65e699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f1091fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65885f
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
	.inst 0x5e61a970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e257971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b8932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6c1133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61ca74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e260876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eefed37
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
	.inst 0x1e2e69b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2639ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64433c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6901ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f43281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e222090
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
	.inst 0x7e70f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2189f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f8f1092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e5955e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e6169d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e621896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61a8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6bc459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e65004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70026c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea9c77d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1d85f
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
	.inst 0x9e4241b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7800e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e2852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eadf453
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
	.inst 0x1e2a29b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e19e227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f52e6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4b18d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a4dfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e5919ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7abe1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f50fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c193f
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
	.inst 0x1e253990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4bc171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2909d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0c914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b29d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f3205f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e6169f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e640188
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
	.inst 0x1e6d785a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f45e65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0e829d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea9e6bf
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
	.inst 0x5fc49030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a1811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2140b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e678934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3139f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e65f438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e25c519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2400aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5161fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f45841c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fa6987e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63005f
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
	.inst 0x1f491190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f51fc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e702913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e265e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6000a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e6168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a3a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61d43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c09d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e64df7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30caff
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
	.inst 0x2e21c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eeee411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e219933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f49d095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb2d516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f41d6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d09d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c21a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2a04bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e58c12c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e7b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6199fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03a81f
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
	.inst 0x1e2200f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eb0cd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e4330f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eaff573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2921d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2ab4e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e1a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eefc6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee1d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f162c79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e62ec3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6179db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f63c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0cb9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f95f
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
	.inst 0x1e6b9c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e662a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0ca12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e589143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6021d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0d9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1f877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4036b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc190fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c29b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eefd59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3eb01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f41c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66083f
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
	.inst 0x1e6278b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2cdc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6909d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6201b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e6168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e63dd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21b896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f232037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e250228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f41ba99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c883a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee3f55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f678c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29651b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1ccde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61417f
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
	.inst 0x1e6e2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee2d492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2179b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e036cd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4d0595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e655916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f9a917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22197c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0eb5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e62fcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6901cf
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
	.inst 0x9e2201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f44bc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6929f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e233895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61ba57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e72ced8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f508e99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6800ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f2ae55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea6c55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e18896e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e64e55f
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
	.inst 0x9e1939c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc010f1
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
	.inst 0x1f4d9553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e233a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e610265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e272230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e6de677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eabe5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c473e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee3d49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e61699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e30012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0c89f
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
	.inst 0x1e614150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6400e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e32d494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63e41f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e199446
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1ba57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0e939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6f213a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee6d59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e64d75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3906b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6819df
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
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0c831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e62c601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee24234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e617896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1f877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee241b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea4c519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee241fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0c0c7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e773c1f
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
	.inst 0x9e380020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e692991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71e5c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e369014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2169b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e703996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b6857
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
	.inst 0x1e60c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30cb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e33de3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e62fc1f
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
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e218892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e690243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f5ce477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e24fc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c83a
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
	.inst 0x6ee3c63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f02b99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e69fd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f8ff
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
	.inst 0x5faf98f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f291c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0fa54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e722240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6968f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202128
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
	.inst 0x1e62005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29193b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f095c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b49bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6859fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b95f
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
	.inst 0x1f2d85b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1f471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e19ede3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6241d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eeece56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6be557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e70c539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f41817a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e1892ed
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
	.inst 0x4e62cd5f
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
	.inst 0x1f678090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30c8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1e592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e753013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6800a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e27c655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6620e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2b89f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b19b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f23fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eade4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4c8edc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31028e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79014f
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
	.inst 0x1f23a110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6300f2
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
	.inst 0x1e734934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c1d5
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
	.inst 0x1e2200d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e43fc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61cafa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2ae31b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fae99fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f05573d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19f0ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e632190
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
	.inst 0x1f6408f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e66fd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e680264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee18835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0cab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2300b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f413959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea0d81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2300dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6169be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63011f
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
	.inst 0x1e243930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f5fe591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e305a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e205996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3000c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e775c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e665ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6659db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f42a9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee199bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61895e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24401f
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
	.inst 0x9e380020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21b8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6121c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e217a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f829a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e58ece6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1f417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e67d678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e76c6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c13a
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
	.inst 0x1e282a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29bf9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e0211be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f07adbf
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
	.inst 0x0e2168f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f0812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3100a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e62ecb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6af016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e763997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3718b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2aac99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61c93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6188dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f29e5fe
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
	.inst 0x1e439590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790042
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
	.inst 0x1e2140b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a09f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3900c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3459f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6169d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f5fe4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5eecfd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e63e6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f64201d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fae519e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1a8bf
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
	.inst 0x6e30c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e26edd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e700204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19eda5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6b36d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3a3018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2802c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66f65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0f91c
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
	.inst 0x7e70ca3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc7199f
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
	.inst 0x6fac9030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e0a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e685972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e28e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e20fc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70da75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e701a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2b20b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e71d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6a907c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58cb8e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e29dedf
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
	.inst 0x4e67fd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f032532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0a1cd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e617a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3439b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6841d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64d018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e728538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61681a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f78907b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e689c7f
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
	.inst 0x7ea3d450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30d49f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a3013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1f994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202e75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e64fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4c8997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2b3038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f049079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee2c5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea3f57f
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
	.inst 0x1e61c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e4389f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f113c92
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
	.inst 0x1e6988f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2800e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e653916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e586807
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea7e418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e78e699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f08ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f77b45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e23015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0dbbf
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
	.inst 0x1e18cc00
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24a610
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb1fdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2289b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6010d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6dd1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e219ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18d0e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f71fdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea1b8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eacf61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eb2f53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fd6919d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ef5f53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6000cf
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
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e218952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e436074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2500c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eafe596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3436b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f21fd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61bafa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2200fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e31010e
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
	b finish
	.section .rodata
	.balign 16
seed0:
	.quad 0xfffffffffffffd28
	.quad 0xfffffffffffffdc9
	.quad 0xfffffffffffffcfe
	.quad 0xffffffff80000000
	.quad 0xfffffffff67c210c
	.quad 0x0000000000000353
	.quad 0x19cc3243e3bf553c
	.quad 0x0000000000000001
	.quad 0xfffffffffffffeee
	.quad 0xe064535c7a82845c
	.quad 0x726ac8de6fedcc35
	.quad 0x57c16c8b30ab11a3
	.quad 0xfffffffffffc5469
	.quad 0x0000000000000001
	.quad 0xffffffffffffffdb
	.quad 0xb5e29a27214a4680
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xbf8f639a26aafdc4, 0xfff0000000000000
	.quad 0x11c66779fff4bfa3, 0xffa258593da01c3d
	.quad 0x923a212f4708c580, 0x7ff0f4e2bdc77388
	.quad 0x36186f6c7f9fdfe7, 0x9d80f2e57ff7ff94
	.quad 0x00000000458b0000, 0x00000000bffc90eb
	.quad 0x8222bcbabce5c937, 0x18f8d2c5c7ffffff
	.quad 0xee6fb0156b9e1ca5, 0xebb29ce309788734
	.quad 0xc01ffffffffffffe, 0x41c9938e7f9826ae
	.quad 0x404c000000000000, 0x012bd059850842a8
	.quad 0x1e1d09d463f1ddb2, 0xbf60000040098984
	.quad 0x0c52185c1926e98c, 0xc047de4448b35dda
	.quad 0x8000000000000000, 0x802fffffffffffff
	.quad 0x79a1c16705eb2c81, 0xfe6f143b62b62e64
	.quad 0xffc000007f800000, 0x389be7d777ddf9bf
	.quad 0xfb8d0fa763f4fa1a, 0xfff0000000000000
	.quad 0xc3ffffffffffffff, 0xb66004bfdd4c19be
	.quad 0xc0480000f08a4eac, 0xc0effffffffffffe
	.quad 0x4330000000000000, 0xf52cb955e7ffe36a
	.quad 0xc0b400001543897a, 0xe61355e92e4efc00
	.quad 0x0000000000000000, 0x7f800000bf400000
	.quad 0x000f1a68f46e03be, 0x56398fc98f7f4dfd
	.quad 0x21ba2eff80000000, 0xffd27dd901000000
	.quad 0x82db03cdf33fc1c0, 0xff000000f586df86
	.quad 0x27701ecbc9625799, 0x9768dcfc6c06c891
	.quad 0x5d5cb91739cdc300, 0x86942a01a442fe78
	.quad 0x7f2933c25f800000, 0x158ab874db4dfc6c
	.quad 0xbc9f6b51c22af79f, 0x09e38f40df7ffffe
	.quad 0xaca30c8d7dff6ded, 0x594c49438f1fbbbf
	.quad 0xffc0000080ffffff, 0xc0472daa213e324d
	.quad 0x1e5a36a0ffe7f76b, 0xfffad716b27cc0bc
	.quad 0xc2776d1933fa5925, 0xb828000000400000
	.quad 0xaeb6f9d3c2167b95, 0xec797cd83ae48bdd
seed1:
	.quad 0x0151ca0a38666970
	.quad 0xee09da280e52bef6
	.quad 0xffffffffffa043c5
	.quad 0xaf3ccac2ba879de2
	.quad 0xd630139b6b92ee69
	.quad 0x00000000ffffffff
	.quad 0x474bc7a44332170b
	.quad 0xffc955c3182c80db
	.quad 0x0000000000003b5b
	.quad 0x0000000100000000
	.quad 0x3fdeb2d5141348c3
	.quad 0x000000000000001a
	.quad 0xefe3f655660b1483
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x1b499584d6834efc
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xac9f81dd9a6d8200, 0x72466c2cd3effb1f
	.quad 0x8d9b0034bfcb9f6d, 0x6ea92f9ebfeffb77
	.quad 0x8d8f36eb5e8c9f82, 0x99aa408b7fcd7cab
	.quad 0xfff5c1451f6cee03, 0x800fffffffffffff
	.quad 0x73fd3485fa10c525, 0x61d9c522bff6c76f
	.quad 0x118074a398ce4ea6, 0xfff4e1b96b85d9c7
	.quad 0x54c4e5cbdfa34880, 0x3d17d75847b80000
	.quad 0xc3a9996dbc28041e, 0x7ff18be838085799
	.quad 0x42a6b9a3efffbfb1, 0xbd9edf764be2fbf6
	.quad 0x25de26d27ff9375f, 0x3da14a96c0100000
	.quad 0x389366a4fffafd77, 0x41a07b19ff800000
	.quad 0xc1b56bf0c1b5fc85, 0xa408deb0665d79c7
	.quad 0xc5f384f0ffd9fdd5, 0x8000000040560ebe
	.quad 0x13d2261fadefbbf7, 0x1fe6e28241c501f9
	.quad 0xc20da79abd9f434d, 0x8000000000000001
	.quad 0x40edd606e5654af3, 0xecdf95e8bc15320d
	.quad 0xd42340cdfff6db94, 0x7fc0000080400000
	.quad 0x3d6275fc7f800000, 0x10d1776dd3ab7fc4
	.quad 0x000b9309621a91f5, 0xd8b90f3e7fff7f74
	.quad 0xdc648ac4ffbf5f9f, 0xb10146d108de7e51
	.quad 0x297cd2318216b885, 0x3ff0000000000000
	.quad 0x2374f653fffdeee5, 0xffc9cd0743786485
	.quad 0x8f0772abf5fd78b3, 0x151bf3dcb607f2ee
	.quad 0x5f8000007f800000, 0xc3f99113ffdbabce
	.quad 0x0bf3ddd3746313e8, 0x7fc00000871fe0a4
	.quad 0x80c07db663e25ac0, 0x3b80fed8407a7407
	.quad 0xc00ea5e616bec125, 0x11f88c801c7c8b1f
	.quad 0x7ff712c17f800000, 0xff3a1fab7fa3ae42
	.quad 0x9aee3a2b76371ccc, 0xe2e19faad12fbeb4
	.quad 0x0000000000000000, 0xbd4c6d5a7fdc2f08
	.quad 0xc465b7807f800000, 0xfff0000000000000
	.quad 0x7f8000008036f908, 0x187c7128ca14fbb0
seed2:
	.quad 0xfffffffffff9bc5a
	.quad 0x0000000000000000
	.quad 0xffffffffea1b4da0
	.quad 0x0000000100000000
	.quad 0xd75661cb6de9c870
	.quad 0x00000000000003a3
	.quad 0x60a4f732d9fb4a4a
	.quad 0xfffffe897a047f2e
	.quad 0x0000000000000464
	.quad 0xcd0ee0322edf4693
	.quad 0x644a0b06c0f02861
	.quad 0xcf76a45ee6b74d29
	.quad 0xf0f7d9f29424a6eb
	.quad 0xfffffffffffffcb5
	.quad 0x543d18cad9652009
	.quad 0x01b94d367c8d5964
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x3ff8000000000000, 0xbe8f02b21b5c35c8
	.quad 0xbf40000000000000, 0x410c0000c1e68b45
	.quad 0x780b1808004b9252, 0x22ae38d5fbf6fdfd
	.quad 0xcd364db0ffbd0f04, 0x00078752be84e870
	.quad 0x8000000000000000, 0x7fc0000000000000
	.quad 0x05a6ecb6406f1d4f, 0x80000001d9d914af
	.quad 0x017d7243d8f87c05, 0xc5fb98773fdffd6e
	.quad 0x408ab00000000000, 0x5f5735071db64294
	.quad 0x4f81df09453e7c00, 0xc22a393801249232
	.quad 0x176e7069fbfebfff, 0xcea1e030c7337803
	.quad 0x7e83e8477fc00000, 0x3f838790248cb658
	.quad 0xf4b002c57a468c16, 0x8bdad4203f0678ad
	.quad 0x16bac2c67f9639c5, 0x80157b8cd462a107
	.quad 0x98b2ffb27f800000, 0xbfbe1d220ec6e04f
	.quad 0xc00a000000000000, 0xffd11765ec582692
	.quad 0x6e59bd477fc00000, 0x43e0000000000000
	.quad 0x7ff0d41c5c89149c, 0x12e233ef616f7e22
	.quad 0x7a2d22802c95cac6, 0xcc0633e67fffffff
	.quad 0x0000000000000000, 0x401c000000000000
	.quad 0x1e6f397b53398000, 0xbb100000bc5e1274
	.quad 0x9334f724681c07e6, 0xb7c6516aaaa5f812
	.quad 0xbf06800000000000, 0xe963a7656d527c00
	.quad 0x80000000cd58d58f, 0x6bce0e3c1e0b7c00
	.quad 0x3f7be8b1d46e83e7, 0xeb76ba79e1970a69
	.quad 0xddcb65c7e0e524c3, 0x8341b48b387dabf1
	.quad 0x41fffffffffffffe, 0x4108000000000000
	.quad 0x2fad0e1bcbac7c78, 0xc022800000000000
	.quad 0x7fae0d6b47a1ead8, 0x0010000000000000
	.quad 0x701c70afeba3ffd7, 0xc753c3fa23dffe86
	.quad 0x3d77524d7f800000, 0x9177b9967f45fc00
	.quad 0xbfd7cb55dcd3be87, 0xab374a4eebeb03ba
	.quad 0x2ff4bda08c8f7666, 0x1cb82eb0fbfceeae
seed3:
	.quad 0x7fffffffffffffff
	.quad 0x388422b94886dc87
	.quad 0xd6676aa2df52f2ae
	.quad 0xfffffffffb991da8
	.quad 0x3ff4beab42876bf1
	.quad 0xffffffff80000000
	.quad 0x00000000000003d3
	.quad 0x964c703f8d6cf538
	.quad 0xe9e825f373e5959a
	.quad 0x8000000000000000
	.quad 0x36763bf90e2900da
	.quad 0x9c8b911c1389ac65
	.quad 0xf1ad7d7ee4943113
	.quad 0xffff3ecfc8eda9a1
	.quad 0xe8e05193775dc67e
	.quad 0x000000000000db18
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xffd0000000000000, 0x7ff0000000000000
	.quad 0x40effffffffffffe, 0x7f9c411702171505
	.quad 0x016c656100000000, 0x762d541f671d784b
	.quad 0x7f96678740f00000, 0xbe0385623d800000
	.quad 0x7e686687735f875a, 0x7fc00000c3ae99a1
	.quad 0x4090000000000000, 0x046350d17f800000
	.quad 0x92bc6d843deb00a2, 0x4a5444afff9c57a8
	.quad 0x6420b870ff9f8ffb, 0xa61dae2aa6c34795
	.quad 0x8000000042000000, 0xf2e6e76d7effffff
	.quad 0xee2bd6447fd6a699, 0xbd72b4c817778641
	.quad 0x608de85d14bb48fc, 0xbfb5b4a28524576c
	.quad 0xc7afa218a9fd8200, 0xffc00000801e61c0
	.quad 0xc2f91bfd6e1b7a3a, 0x2503df23ffa37da1
	.quad 0x7ff85b871d449f85, 0x7ff8000000000000
	.quad 0x24dd6a886832c175, 0x2fb02085f48b7c00
	.quad 0x401c800000000000, 0x33376149b5334ebc
	.quad 0x16f9da7d43871285, 0xb6e10850ffce58cb
	.quad 0x800fbcd3e21037c4, 0x82b79ae1bae904d1
	.quad 0xbfcb493ee3309f60, 0xb4a01e87f5ffe7fe
	.quad 0x9b5da4f6ffc36337, 0x873c60d92f05df22
	.quad 0x633297e9ffddd69e, 0xc3f1ccbdebba2fdc
	.quad 0x802ba16a40700000, 0xbfd89ccaabf72381
	.quad 0xa48f79c6fd7efd67, 0xc11e000000000000
	.quad 0x24c889e67b513451, 0xe12f23f51226b8b1
	.quad 0xdf9ff203bfff786f, 0xc1f0000000000001
	.quad 0x800000007fc00000, 0x285dd732ffc4fcab
	.quad 0x4268aa844920fe00, 0xff800000011c2d93
	.quad 0xbcf021f4ff800000, 0x8000000000000000
	.quad 0xd980000141548d41, 0xbd7a2edf42e76bcc
	.quad 0x0040000039080000, 0x8fd5fec6bbc2bd25
	.quad 0x0a8434534a9744e4, 0xefedf55ac1282667
	.quad 0x7fb487fcff86194f, 0xc08c00006ba97b1e
seed4:
	.quad 0x0000000000000000
	.quad 0x000000000000004b
	.quad 0xfffffffffffffc9d
	.quad 0xfffffffffffffd3b
	.quad 0x315f5737e82c2538
	.quad 0xfffffffff85d90d7
	.quad 0x00000001e941f2cd
	.quad 0xd70106e396771be3
	.quad 0xfffffffffffffed3
	.quad 0xa2acf0bd30db5f25
	.quad 0x0000000000065240
	.quad 0xf191312d2fa73c23
	.quad 0xffffffffffffff95
	.quad 0xffea674785e42489
	.quad 0x3363dd136f2e1a18
	.quad 0xad92995783b2c82c
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x3b7000004404fa4c, 0x7ff0000000000000
	.quad 0x3fb00000b842c93b, 0xfffb852cb3d372de
	.quad 0x2b566d657feefb23, 0x7ffea2c324919739
	.quad 0xa4d51914584ceb1c, 0x16dd07f17f873fdc
	.quad 0x80b28b21da7ffffe, 0x9d7909dec259c443
	.quad 0x42c4af75f19d7c5f, 0xa879f9a0fae66b77
	.quad 0x7f800000cffffffe, 0x0000000000000000
	.quad 0xc0082d884e80697e, 0x0669eda5208748a0
	.quad 0xa587be2e3ef96a18, 0x3fb46892e9b4f132
	.quad 0xe3782dbd9bffffff, 0xfff0000000000000
	.quad 0xff7fffff7f000000, 0xcb000000014dd5c0
	.quad 0x845772f151e6d0a8, 0xba918cffa1cb9c0c
	.quad 0x9f39ba0f8fcebdf9, 0xc008000000000000
	.quad 0xc3a4305df38d7c00, 0xffec3d4900000000
	.quad 0x03606be8c4effb55, 0xbcaae093806769a8
	.quad 0xbff8000000000000, 0x3b26ee5f30d9fc69
	.quad 0xc2217994fff6f3e1, 0x732410263f335d4b
	.quad 0x47847830de1bcec8, 0x1d37443918190ae8
	.quad 0x000000007a3ae5bd, 0x7fce0c4b6046abbf
	.quad 0x47fffffec77fffff, 0x7d9b42d54233b674
	.quad 0xbd9e18b772ff991f, 0x7fa68c5e80000000
	.quad 0x9d656c487f86cddc, 0xbff0000000000000
	.quad 0x9b67b6e5fd7dfa8f, 0x006af91d71bd4776
	.quad 0x13812dd77f3f70b5, 0x9d4c92327fe03bf9
	.quad 0x21fc47416bdcc7d7, 0x7ff8000000000000
	.quad 0x9248159c1ed25f10, 0x6d5b0becce9433e3
	.quad 0xcb8e4460f67f9ff7, 0x406083bf57af3be5
	.quad 0x42bcb76dc7fffffe, 0x0000000000000000
	.quad 0x92ad0b1c6175a6dd, 0x7362496dffe9e720
	.quad 0xe7da9215474022ab, 0x1bf5a32ce2ee2e1a
	.quad 0x7abce329b47bf4e0, 0x404c000000000000
	.quad 0x5277f8aa5280fc12, 0xfbb7d9165fbad723
seed5:
	.quad 0x9fbebed3309fb983
	.quad 0x49111ed0e1b7b20f
	.quad 0x0000000000000076
	.quad 0x0020000000000001
	.quad 0x8de5c620dce1d2e4
	.quad 0x000007bd5ebf0f6d
	.quad 0x000000000000030c
	.quad 0xfffffffffffff5ad
	.quad 0x03a0428711fd8644
	.quad 0xc027ab03513a730b
	.quad 0xfffff38f5e5da853
	.quad 0xc4c2be2cf89b8856
	.quad 0x00000000135b8648
	.quad 0x0001f55a63213f2a
	.quad 0x0000000002515f69
	.quad 0xfffffffffffffda4
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x7f8db221ba600000, 0x12406e1d2ecdfc1a
	.quad 0xc000000000000001, 0xe9c92eed7f800000
	.quad 0x1822850677bdfc97, 0xbcb95c44c063d760
	.quad 0x7ed5bead1336ba59, 0xc4b1dbf6bff7ff35
	.quad 0x06f1afc3317e5862, 0x4f00000039fe3973
	.quad 0x0c9a82c44f6e2f90, 0x60800bfdfec5f749
	.quad 0x014c366968ac4356, 0x7b51323dff9b7e00
	.quad 0xffe56dcdbe41d521, 0x00000000c0c00000
	.quad 0x904fd07ac7ebdcce, 0xd854fac4198379cd
	.quad 0x8601800e3805de16, 0x388a455bbd33f400
	.quad 0x91e169177f8ffcfd, 0x8b7bdaf748b7ed9d
	.quad 0xff800000437c5586, 0x8da1679800000000
	.quad 0x1537cf15ddb8fc1d, 0xca50e1e200400000
	.quad 0xfff8000000000000, 0x3fe0000000000000
	.quad 0x7f800000bf300000, 0x7f8fb4877f87c97a
	.quad 0xfff0000000000000, 0xcf7ffffeff800000
	.quad 0x1e3b9f48ec9d7b05, 0x001fffffffffffff
	.quad 0x5f7fffff80000000, 0x55a8a065fb5fb0ec
	.quad 0x804baa5e8067b711, 0xf478f80856247030
	.quad 0xb56eeecf9f90659e, 0xff70e2bcc009dc10
	.quad 0x7c0d465800000001, 0x4293ad0a095ad705
	.quad 0x3c98845a6db75ae8, 0xd9ffffff42f7f198
	.quad 0xc0d4114c80000000, 0x80000000ff800000
	.quad 0xa50f1481df4ac5dc, 0xbac67bf9460564f3
	.quad 0xf4ac0f99e66b829a, 0xcd5ded3f98efbef9
	.quad 0xda7ffffec0bb8e1a, 0xfff1cd530f40ef35
	.quad 0xb043dc35a724223a, 0x478000007fd18eaf
	.quad 0x0040e785ff800000, 0xff7fffffff9d44bc
	.quad 0xb203e4c38cc6ccd2, 0x1779c1a934c3d7b2
	.quad 0x7fbcf7f67fd7e456, 0x801e5564f9fbeffd
	.quad 0xc06e03612eb2b156, 0x1b8f87af00fdb11f
	.quad 0xfff8000000000000, 0xd2e52e2cb43bfe00
seed6:
	.quad 0x4b9930bedd211c47
	.quad 0xfffffffffffffa1d
	.quad 0x0000000000000000
	.quad 0x00000000001302f2
	.quad 0x6aed1f4f36c24979
	.quad 0xfffffec659c024cb
	.quad 0xfffffffe2b304bc1
	.quad 0x00000007bc0fc8db
	.quad 0x00000000ffffffff
	.quad 0xff0d60515f5c8faf
	.quad 0xf679e65afa0af200
	.quad 0x27c3437e4c93b21d
	.quad 0x0e79ed7052c4b338
	.quad 0x0020000000000001
	.quad 0x00000000058f6d32
	.quad 0x5bbe54a3b86c39bb
	.quad 0x03c00000
	.quad 0xc0000000
	.quad 0xff80000060a584f2, 0x95da7edf3cb97c86
	.quad 0x80000000ffe63469, 0xc040400000000000
	.quad 0x9ec1e2cf6c5e07bc, 0xc054800000000000
	.quad 0x801ad7f965d90075, 0x7f982bffc7fffffe
	.quad 0x68f96703bddefbe3, 0x4526000040fab4f8
	.quad 0xc0effffffffffffe, 0x8f570c950a557343
	.quad 0x801c50b30eda5f6e, 0x8018017d4a01afea
	.quad 0xf8fbbbc701000000, 0xbfc194afedc9382a
	.quad 0x8009a7e6c9faee4d, 0xc0518aa29b5cf080
	.quad 0x802240473bdf0081, 0x99d8b28dbd22ac3e
	.quad 0x7ff0000000000000, 0xfa728d68dfd146e0
	.quad 0x7428a093fd7efff2, 0xfd434bdddef3fc72
	.quad 0x09fd61b6c7effda6, 0xfdde92f362dd939a
	.quad 0x802ce187c1659ae7, 0x436628780bc3a677
	.quad 0x3280509b8e758800, 0x6252f752fc71816e
	.quad 0xbf92fc46ec9866ec, 0x4f4aec391474dedf
	.quad 0x800fffffffffffff, 0x80000000ff800000
	.quad 0xffd0000000000000, 0xe3b9300b860c7e00
	.quad 0x838956884032e7b2, 0xc03e000000000000
	.quad 0x3d2b3139f0ae4567, 0x10971700cf694470
	.quad 0x3a8738d65efdff4e, 0x061ce10987d09407
	.quad 0xd9ef479cff81bc00, 0xff8086dfffc00000
	.quad 0xbda03a9e3e809ede, 0x4002000000000000
	.quad 0x82adb8ac40a00000, 0x017fffff7f84867e
	.quad 0xa17a04b9cf72ffb1, 0x8c05fbd2ff989719
	.quad 0xbfffffffffffffff, 0xbbe7000092324c02
	.quad 0x30803b754a9f01b7, 0x6c1696c979f17c8f
	.quad 0x0068b7b43d624e76, 0x7ff41b5836e11921
	.quad 0x0375fab9ce83bc09, 0x1b76bf2126782b04
	.quad 0xc3d7d1c97fe7f199, 0xce25d73a79faffa3
	.quad 0xc5ad00003d40f52f, 0x42e316a2c376cd2d
	.quad 0x2450cfa0fb2fdddd, 0x3ff3c7f99d62425c
seed7:
	.quad 0x175caf8f6f5c87a7
	.quad 0x0000000080000000
	.quad 0xfffffff0b2be423b
	.quad 0x00000000001eb046
	.quad 0x53d75774c5ce9863
	.quad 0xfffffffffe6742b5
	.quad 0x9e79e451140730e8
	.quad 0xfffffffffffffc84
	.quad 0xb3d4f2ae43d66dab
	.quad 0x0000000001000001
	.quad 0x5d7afd181066880b
	.quad 0x0000000000000288
	.quad 0xfffffffffd7d597c
	.quad 0x000000000000014c
	.quad 0xff92c2e7df7d2999
	.quad 0xffffffffffae8a65
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x80000000c0680000, 0x62179eaf4263c030
	.quad 0x7ff0dfaaca2d7deb, 0xfff0000000000000
	.quad 0xc00e000000000000, 0x1749b4fd7ffefd8e
	.quad 0xeea7d5a6ffbcd802, 0x9923a59afe614e6c
	.quad 0x483cf7143dd57517, 0x7631ba91ff4e87ff
	.quad 0xef81443fc7fffffe, 0xacda920580000000
	.quad 0x7ff0000000000000, 0x800fffffffffffff
	.quad 0x7425e08b0b25d6fc, 0xb33a0a1235028955
	.quad 0x7ff8edfe35eaaa0d, 0xff80000040000000
	.quad 0x8011252c683679e2, 0x12594eaccc407c00
	.quad 0x817fffff7fef4b4f, 0x00000000c3ca7f98
	.quad 0x6cc3eb2297ee4d1e, 0x3f5eff27150d0e8f
	.quad 0x7ff44175a09d90d7, 0x7f800000cd2b4ec7
	.quad 0xfffb171e224face4, 0xff80000000000000
	.quad 0xcb58d24f924ff8ef, 0x79b80b1a57d793dd
	.quad 0x7fae0dc2fcde3434, 0x8d6c861e494a94b7
	.quad 0x90a9c0e7fbfe7fb4, 0xc8f5b9ee9114fc14
	.quad 0xddd2f64faa7fffff, 0xbf08774040840000
	.quad 0xc18dc287740d4927, 0x683030386546fc00
	.quad 0x41738342c2367d32, 0x8a0a5c8cffffffff
	.quad 0x521f08269458fcbd, 0x7ff0000000000000
	.quad 0x89596ee157fb7fbf, 0x4a18a6827ffffcff
	.quad 0xff8a77d67f94da08, 0xd968062a13ae764d
	.quad 0x7ff8000000000000, 0xbc214f16429c4e57
	.quad 0x7ffca53fc8c096eb, 0xc9a00000bdedee60
	.quad 0x4023c00000000000, 0x40d8000000000000
	.quad 0xbbd41ba0ffc20998, 0x7f8000007fdc7546
	.quad 0x115dc0a9811bfad3, 0xb1b62e2e8ccb9b0d
	.quad 0xfdf447c4c0980000, 0xd980000041140000
	.quad 0xbe6f000000000001, 0x74bf3db09cf7bfed
	.quad 0x682accb8f4bcf515, 0x3a2088004a75fcb3
	.quad 0xda000000c18c573c, 0xc9b6994fc5fbd6a6
seed8:
	.quad 0xf5b3335149162854
	.quad 0xfffffffffffef368
	.quad 0x5d22fe155a819f77
	.quad 0xfffffffe4ebb08e3
	.quad 0xfffffffce1f5ae24
	.quad 0x74487cab5e058470
	.quad 0xf668219adc17aff4
	.quad 0x000000012cab1e20
	.quad 0x16b5792c3a3d07c0
	.quad 0xeca689033b5ada40
	.quad 0x9263960f4d06c8cf
	.quad 0x000000127b15812b
	.quad 0x48ab79d4eb6aae0e
	.quad 0xfffffffffffffd9d
	.quad 0x0000000001000001
	.quad 0x0000170beaf1dc64
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x8ca3261bfd7fbf7f, 0xe70aa2fc58b6a345
	.quad 0xbf447e9c7fb501a6, 0x1e503f555648799a
	.quad 0x80000000ff9031c6, 0x4a35b187f9f5bf7f
	.quad 0xc2b2bae1fe13bc82, 0x9bf53286585386d9
	.quad 0x7d97289476f7d6c3, 0x3aa10c4ffff55faf
	.quad 0x7f8b1587bbd5a40c, 0xbf78b9b2301a3d9a
	.quad 0x9909e27534157eef, 0x3fa000006ab9b6bf
	.quad 0x04a818eae15cc8e4, 0x4021800000000000
	.quad 0xff800000f1a6e77c, 0xff288b4fffb1bda6
	.quad 0xa4a4df55fefc5462, 0xbfe4000000000000
	.quad 0xc4b20000ff800000, 0x7fefffffffffffff
	.quad 0x72c810dd017fffff, 0x0e97aef09feffc99
	.quad 0x7ff8000000000000, 0xf69acb41bedd0000
	.quad 0xbfff84f536e30812, 0xdacd7f659ad5c900
	.quad 0xe5150f3a8e117e00, 0x21404ec9ce83fe63
	.quad 0x3fa8c00000000000, 0xb7da451ddfddd09e
	.quad 0x7ff6a651b342943f, 0xbffe0f1ec0a28a7d
	.quad 0x404800001cfb168d, 0xbab480007bd5f554
	.quad 0x0a8afd7deaf18a8d, 0xffdfffffffffffff
	.quad 0xfa0385d27f800000, 0x3fa000004f800000
	.quad 0x92bc919f43f927f7, 0xc11c000007b0f9a4
	.quad 0xd79def5b65964540, 0xfff7cccc79c6c9a8
	.quad 0xbc03200cd7c07df5, 0x660851eadffbfded
	.quad 0xe8e826fe59167c00, 0x800d31182708c7e8
	.quad 0x3f9cdb408a6f102e, 0xef87439c8a5700a0
	.quad 0x2a168c34163c78f5, 0xff800000bdb3f536
	.quad 0x8000000040e80000, 0xb5d100ab41378663
	.quad 0x7f655a0c2c8e7a43, 0xc0b00000c0980000
	.quad 0x7f000000801fa9c9, 0xcfc51684fd1980fd
	.quad 0x32fa71b9916a0256, 0x800000007fa54b0d
	.quad 0x800000008c29e171, 0x0070bef63f800001
	.quad 0x00666f0affc00000, 0x698d2aa30f6d3ff9
seed9:
	.quad 0x0c01c70a4f0b2576
	.quad 0xa3185e922c657135
	.quad 0xffffffffea814cb4
	.quad 0x6f0a292367dac3c5
	.quad 0x0000000000000089
	.quad 0x8000000000000000
	.quad 0x7997da5774f16e39
	.quad 0x00c738217929d0c6
	.quad 0x67d5d031e1da3cae
	.quad 0x0000b926de1d97f2
	.quad 0x035e385a76faa284
	.quad 0x00000000c01662f3
	.quad 0xfffffffffdb5f352
	.quad 0x4cda3a67757e95aa
	.quad 0xfffffffffffff9da
	.quad 0x0000000000000053
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x0004af80f8ac1ab7, 0x8000000191bb5bf6
	.quad 0x4024000000000000, 0x8bb27a0481707386
	.quad 0x99dc967f86e691c4, 0x4022c00000000000
	.quad 0xc0f8000080400000, 0x7f800000ff800000
	.quad 0x407fffffc1100000, 0xbb13a96aad83cc8c
	.quad 0x2301afe2bfbf7a73, 0x817fffff7fb57f44
	.quad 0x7ff16eb2f584c4c1, 0x00bd9c014b6207ea
	.quad 0xc56cccdbdfbad900, 0x22736716a0332321
	.quad 0x7f893c3440000000, 0x167a265fffb8c340
	.quad 0x00000001804eb5bf, 0xffe5a55b9c758a9d
	.quad 0x000d550c8dd36ed4, 0xfc954c05c1100000
	.quad 0x411c00007a8cd5b3, 0xfff0000000000000
	.quad 0x39ec6c7c19ff5523, 0x7ff0000000000000
	.quad 0x7ff674e097546c61, 0x83c5ae8c83ad9cc9
	.quad 0x807fffffc54e9c2b, 0x60d5bacfc96c43f0
	.quad 0xfde98d38dffffffe, 0x7f800000f1873a3d
	.quad 0x5d460a1a87ac1793, 0x02a43bf2ffffffff
	.quad 0x52758d81aa34d16d, 0x7fe4dffbf9d7759f
	.quad 0x4010000000000000, 0xc03af0e6f5328f2a
	.quad 0xc078800000000000, 0xbbe73bf9efb0ff02
	.quad 0x800000007f9ca0a8, 0xbf8e94b2a97ff5c8
	.quad 0x70f52484df7fcc78, 0x0000000042d47245
	.quad 0x060d1e302c8336da, 0x7f8000003fe75fc3
	.quad 0xce4503205022b6ef, 0x80000000bf000000
	.quad 0xafb858dedf000001, 0x139eb1d15cbea83a
	.quad 0x806bad6b67888000, 0x38cf6eb042aad439
	.quad 0xc2dd75767f000000, 0x00146080ee0758a5
	.quad 0x800000007fb95182, 0xbe57002affbbc97f
	.quad 0x7f800000ff800000, 0x7b1e024a494532dd
	.quad 0xefd655a09b97fe00, 0x7883582c7f800000
	.quad 0x6c2d5f0803067c50, 0x4023000000000000
	.quad 0x629e64d0defb5f8b, 0x7fb3cd6dff800000
seed10:
	.quad 0x4326a2de1a5819f7
	.quad 0xf3bf8f3eba40d602
	.quad 0xf2d064b6d661ca11
	.quad 0xffffffffe71b970a
	.quad 0x0000000000000942
	.quad 0xe5af6ef7d7132f85
	.quad 0xd1af02ca31b847f6
	.quad 0x0000000080000000
	.quad 0xc94ed3c960672955
	.quad 0x0000000080000000
	.quad 0xfd0f9de608efb8f7
	.quad 0xaf7fc9d6fb423b1d
	.quad 0x58c70feaba73a08a
	.quad 0xb3ea019ff61e14d5
	.quad 0x8e1874474effb0bb
	.quad 0xffffffffffffffa7
	.quad 0x05c00000
	.quad 0x80000000
	.quad 0xbe95f6edc21ac4d8, 0x000a92eb4421f2fc
	.quad 0x635baf53caaefbff, 0xf7f765a6e30d4b55
	.quad 0xc03a096dfda0a16f, 0x80141660487fffff
	.quad 0x90c95a87beae3110, 0x3898d63fc00c2724
	.quad 0x343e8cb60028d973, 0xc3e2f4e69b418f78
	.quad 0xa4819f2d7febedad, 0x3fffffff015a4930
	.quad 0x0008bff8d8078fad, 0x000000007ed63ce5
	.quad 0x401a595f6e7a61b2, 0x00fb249e9f3b59cc
	.quad 0x872d60b1ffd77fdd, 0x30a8e78b32740000
	.quad 0x477ffffebd511769, 0x7ff15bc9f7684308
	.quad 0x4f1403fcffdf7e79, 0x703d3b137f8dcd99
	.quad 0x8010000000000000, 0x112cab293f800001
	.quad 0x41e0000000000000, 0x00fca9c4507cfc00
	.quad 0x7f80000042d2901c, 0x7941150ecb99feb3
	.quad 0x6d6bef6138c8c9d0, 0xa53b348eb9c14740
	.quad 0x919abc437f800000, 0xbf78c0e7104f328f
	.quad 0x3f94ae632c5bedf8, 0x4052feef8be767e9
	.quad 0x431bad9fecdfce45, 0xd9800000cbd5b369
	.quad 0xf8fc8eb8c0d00000, 0x30519822a8778000
	.quad 0x9d57b22acffffffe, 0x00d434c6bf800000
	.quad 0x4090000000000000, 0xa0bf547a7fefe76f
	.quad 0xffe4cab43f2dac99, 0x40e80000f11b71de
	.quad 0xbfb4db2c49debc71, 0x0000000000000000
	.quad 0x000108a1faddedc1, 0x7993131d1f960800
	.quad 0xdb3ca74fb4d97bff, 0x96fbd4353fc00000
	.quad 0xfe93f5699265e923, 0x98dcb3e9d2b07c00
	.quad 0xbc5aecec37689bee, 0x51686b21bb2ff5fc
	.quad 0x6bd63ffae4d50680, 0x800000007f800000
	.quad 0x3fb8a9113dab5678, 0x7fc00000ff800000
	.quad 0x7fc000007fa0712c, 0x42c56874c375b1c8
	.quad 0xf5caaa924276971a, 0x52b4277df591e706
	.quad 0x405d274cfaf329da, 0xc000000000000001
seed11:
	.quad 0xc31b8111f08d62a1
	.quad 0x5b27a384bd2d2f4b
	.quad 0x00000000000002e1
	.quad 0x3af16bfa0373989f
	.quad 0x0000000001cbe184
	.quad 0x00000000ffffffff
	.quad 0x358f3ca46e82e4c3
	.quad 0x000000000042b1e2
	.quad 0x00000000ffffffff
	.quad 0x000000000000006c
	.quad 0xfffffffffffff0bf
	.quad 0x0000000100000000
	.quad 0x0000000792342918
	.quad 0x0000000080000000
	.quad 0x9b1f60fff7c946ca
	.quad 0xffff4b1487057ccd
	.quad 0x02000000
	.quad 0x10000000
	.quad 0x25e9ca84a8ffffff, 0x2e04b0937fd547c0
	.quad 0x3e1159d87f98c800, 0xc1080000007fffff
	.quad 0x80000000ff800000, 0xff800000c8bb8cc3
	.quad 0x80000000b9400000, 0xf0dc81e94674c187
	.quad 0xc3f0000000000001, 0x9bc89c2af6af2e00
	.quad 0x80548eb7df800000, 0x1cec35ea167cc12d
	.quad 0x16636b2280493b4d, 0xf568d802cf4e0fff
	.quad 0xc721300336907e00, 0x6810d022ee197ca3
	.quad 0x7ff04220f547447f, 0xe08f1e28ffc9b9dd
	.quad 0xeb95644bf672c700, 0xd8f8c72c8259010d
	.quad 0x8405fc3dffb9620d, 0xf50721a3fffdfcd9
	.quad 0x0118e0a2f7ff6df7, 0x6d16b0947fc00000
	.quad 0xa474ccc4be3fa7ed, 0x07636641cefe534b
	.quad 0xff8000007f800000, 0x402ede16a2a9aaad
	.quad 0x4163b699c07ffffe, 0xa48354a885fef759
	.quad 0x4340000000000000, 0x2d3525e397fd0c39
	.quad 0xfff647f4fd4c2328, 0x48800000ffbb5b86
	.quad 0xb80e4edec0ca0480, 0x54108a04a3c3a2b3
	.quad 0x926f52aa7ff7f8ff, 0x2e18105ea6befc00
	.quad 0x4d6de400fd6efff7, 0x1d8c7cf8e5dd67bd
	.quad 0xc0756b3edb9620c1, 0xebdfd6b65e1a6f97
	.quad 0xbe5c4070449e0a56, 0xff5f3897ae877b54
	.quad 0x97f1e116cea85508, 0x403800003fffffff
	.quad 0x6ad05dfdac5e2700, 0x35ec6649d972c000
	.quad 0x749a5ced00ffffff, 0xbf8ee3250d3169d8
	.quad 0xc3f78ae55914a2ca, 0x7f4c958900554e31
	.quad 0x2245af28eb7cc001, 0xee9a8141405a7c4e
	.quad 0x686e510becd5c680, 0x9d0311564197e605
	.quad 0x72c5298454747b02, 0xb5e700007f800000
	.quad 0xfffc7d5423e73e66, 0x7c0a51404042b557
	.quad 0x2438cddb124f3fff, 0x88a7b1a97108fc00
	.quad 0xc34fffffffffffff, 0x4b66c33cffcffbff
seed12:
	.quad 0xffffffffffffff3a
	.quad 0xfffffffffffffd2f
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xfffffffffff81d83
	.quad 0xfffffffffff3f1f4
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001c6
	.quad 0x927021dcce4e5dc5
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000043
	.quad 0xfdfd4b8dd04ad35a
	.quad 0x000000723f68495f
	.quad 0x00000000000000bb
	.quad 0x02000000
	.quad 0x10000000
	.quad 0x5616c7436b17d769, 0xcd83e56df7b8da5e
	.quad 0x3ffeba8066add76f, 0x6d842b9dc0300000
	.quad 0xfff45b4d3c0e3512, 0x8279af253bc00000
	.quad 0x7ff8000000000000, 0x7fc00000d9800000
	.quad 0x1fd9dd3fffdefc00, 0x40c0000000000000
	.quad 0xaf524862fff10b0e, 0xc04c544d6bc8685e
	.quad 0x7fefffffffffffff, 0xc94d0c9383a9fc00
	.quad 0x88ed2f5fffffffdf, 0x4e6cdad34ab1b19b
	.quad 0xc0c00000407e8b0a, 0x2532450cffae81bd
	.quad 0xdf9c58d6c350fc00, 0xfe38111937027c71
	.quad 0x644f5371f3cdf5b7, 0x43e0000000000000
	.quad 0x3f18000000000000, 0x43fffffffffffffe
	.quad 0x07eab58e10a22613, 0x3d000000808c0618
	.quad 0xbfb5b7c6750b35be, 0x3b951e82dbf1ffff
	.quad 0x433fffffffffffff, 0xcea911a7ff93b299
	.quad 0x031c6e28bb69fac6, 0xc07f67f75915beba
	.quad 0xbf73cf1788a4dd6d, 0x7f815db3ffc00000
	.quad 0x2cebee1073e6778a, 0x7ff811e1fb32ebec
	.quad 0xc33ba87a3de4f211, 0x40319212164805da
	.quad 0x800000003d97edee, 0x2be29d2b24bec05d
	.quad 0xbd3e55147f513de9, 0x00072c85bd28db65
	.quad 0xa3031c80d0e3d060, 0x40efffffffffffff
	.quad 0xe8b58c2effe45bfb, 0x12c56d045efeefbb
	.quad 0x7ecdf8f0728c1f0a, 0xf141865780000000
	.quad 0x01114e614571a1c9, 0xfd0bbb72c0b00000
	.quad 0x40082ff3e14c1b06, 0x43bd9fb2ba739399
	.quad 0x7e527f404796d52a, 0xd92800e5e2895e00
	.quad 0xefa6a842be9a19d4, 0x639ee3bfa8d18036
	.quad 0x46d70d139ffff46f, 0x40880000c0e00000
	.quad 0x63cb02c2c8fc7c49, 0x09461c2ae1f5ff9c
	.quad 0xc15daa0839c00000, 0x7ff0000000000000
	.quad 0x7fb0afdadc34c68e, 0xa1b250a3c188422b
seed13:
	.quad 0x0000000000000372
	.quad 0x0000000080000000
	.quad 0x01a90782bfb35c91
	.quad 0x000000000000012a
	.quad 0xffffffffffffffff
	.quad 0x0000000000000052
	.quad 0x753dc844db5d2b6d
	.quad 0xffffffffffffffe1
	.quad 0x3a83c4233969b447
	.quad 0x000000000000025b
	.quad 0x2a6a0fc331ada75f
	.quad 0xfffffe10f26b5add
	.quad 0x000000007fffffff
	.quad 0x26c09eefaea79d95
	.quad 0x00000000000000b9
	.quad 0x000001dc36c4050c
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x24ee2d18ffbfffff, 0x5f6da533a2b3fae5
	.quad 0xc6c00000732991a3, 0xc00a000000000000
	.quad 0x77a5cac3dffffffe, 0x0000000000000000
	.quad 0x7f993c14b79c0000, 0xc069c91b521bee6f
	.quad 0x8000000000000000, 0x85f555298070e2e6
	.quad 0x802458cd0c7673a5, 0xf4c70a098f387d86
	.quad 0xc280b267807f7329, 0xbfd068b47762034f
	.quad 0xc36a72a87f800000, 0xb8845757c5a80000
	.quad 0x47fbaecff61a1588, 0x4014800000000000
	.quad 0xe79146a5fdff3a00, 0xc7a000009c021c0c
	.quad 0xc2c1caa6ff8ace1e, 0x77aa500effbfbbf8
	.quad 0x00f99443ffffffb7, 0xc07902e2f062dc27
	.quad 0x83833bc1a2264954, 0x5ea2e9dd4adde021
	.quad 0x63855e0fffdbe7a2, 0x064e64dbff8e0415
	.quad 0xff800000fe800000, 0x41020000f2e8c1f3
	.quad 0x2e667b9876439b00, 0x002b93b4ac28076e
	.quad 0x3f17252e2a6e316d, 0xbc7fddbb749b2fd4
	.quad 0x3f2151ad2fbb0aff, 0x7147b1f1eefdceed
	.quad 0x960171a090cdd7df, 0x8000000000000000
	.quad 0xea7e46f4a208f0ff, 0xffb95809bf400000
	.quad 0x8016c313bfffffff, 0x7f000000c0400000
	.quad 0xffd0000000000000, 0x37af000000000000
	.quad 0x3ed0000000000000, 0xceea4b68f6f7ec47
	.quad 0xc017000000000000, 0x3e9ce39e80000000
	.quad 0x7c466ab0b6200400, 0x7fa3d38f80000000
	.quad 0x85ab5007d1030210, 0x8000000000000000
	.quad 0xe3bbb8a89e3a8e9c, 0x7c64af42007fd7b5
	.quad 0x19ea15087ca322aa, 0xcb68497a98da1b7e
	.quad 0x8000000000000000, 0x1a39d3836965f1a7
	.quad 0x40a00000ffbafde3, 0xbfe9899355f5f48f
	.quad 0x4000000000000001, 0xe8a1d7747d3fb3db
	.quad 0x7adb380924c9b1ed, 0xfeaf24b9fff77fd8
seed14:
	.quad 0xee2df0206eaf8319
	.quad 0x67d60e9c9e0555e8
	.quad 0xfffffffff237fbeb
	.quad 0x23375ca1e9f88a05
	.quad 0x000000000000012c
	.quad 0x0000000000000001
	.quad 0x0000000000000005
	.quad 0xe0527169f43cdb38
	.quad 0x2d8ad251490a6fb7
	.quad 0x8aefd28637a2ee34
	.quad 0xfffffffffffffe87
	.quad 0xfffffffffffffe31
	.quad 0x1e5b0b6ca648e796
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffeed
	.quad 0x8000000000000000
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xefce2942c3e80000, 0x7ff5329b81958bea
	.quad 0x0000000000000000, 0xc0c000003d7ab40f
	.quad 0xc01c800000000000, 0x9b90dc606d4478b6
	.quad 0x4050000012b8a568, 0x556bf9a9fb7c7baf
	.quad 0xff80000000000000, 0xfef81800583c29c6
	.quad 0x610126a27ff7fffb, 0xffc0000043a00000
	.quad 0xfff9bfe974e7f898, 0x0000000000000000
	.quad 0xc1f0000000000000, 0x77f5a63287d336a0
	.quad 0xff61008dcd40e28f, 0xc00fffffffffffff
	.quad 0xc1824b6f411c0000, 0x80000001a37ec896
	.quad 0x0000000000000000, 0xf140e4ef7b7dfedf
	.quad 0x4035a1431cc9bde8, 0xc03ea412bfed4caf
	.quad 0x8b5c3d9bbf5b7c6c, 0x7f92aa889a7199b1
	.quad 0x7f8000003e7d5cc1, 0xd0d5eebd3782f931
	.quad 0x40211e3d7f800000, 0xbf86606a05769090
	.quad 0x833e57b4ed583ac6, 0x8000000000000000
	.quad 0x0b0acb85bf2e7ffe, 0x40ffffffffffffff
	.quad 0xc3eea5a28920fc00, 0xfef4e9e8c7eaa2ba
	.quad 0xc6d2f6bedcbd7c0f, 0x800c6c9dda7fffff
	.quad 0x41efffffffffffff, 0x7ff2a8a3bb3d6628
	.quad 0x80378b3c7ee23ab1, 0x787fcb4780000000
	.quad 0x5bd16f73ff7adbae, 0x4792b617df7b9fff
	.quad 0xc1cccaf82f7bfcf7, 0x3bb1b8d27d9ca91a
	.quad 0x3f7480007fd4ce28, 0x400ffffffffffffe
	.quad 0xc1e0000000000001, 0xda76553c845e5aa8
	.quad 0xfff447dd904cd47d, 0xff8000008061ca28
	.quad 0x801fffffffffffff, 0x0c38f6d3f7f2defa
	.quad 0xf12791e132128966, 0x12d14ab67f727fed
	.quad 0xcf000000ffa3f498, 0x8000000000000000
	.quad 0x801fffffffffffff, 0xbff5fa4a007fffff
	.quad 0x0000000000000000, 0xdcb346f5ac17c3c0
	.quad 0xdcc785807d8d7da1, 0xbf82900000000000
seed15:
	.quad 0xffffff7cf6e5e8a1
	.quad 0x0000000000004e55
	.quad 0xfffffffffffffd50
	.quad 0x0000000000001fa1
	.quad 0x9e60d13744efc59b
	.quad 0x0000000000000000
	.quad 0xfffffffff34e939e
	.quad 0xffffffffffffffff
	.quad 0xffff800ce6018ba9
	.quad 0x96481b37e705ccb5
	.quad 0xfffffffffffffc75
	.quad 0x28638eee5ffee463
	.quad 0x0000000000000001
	.quad 0xfffffffffffff996
	.quad 0x00000000000001ec
	.quad 0xffffffffffff096f
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x8006019987577703, 0x0a3d562173dc0800
	.quad 0xb39577eb2a46c880, 0x3f797955f326a6ff
	.quad 0x00c35dc1d9800001, 0xbf48000000000000
	.quad 0xfebe13e6835c4baa, 0xbff1c100ff6b0e72
	.quad 0xd66023de7f800000, 0xbd180000ffc00000
	.quad 0xcb00b5ffbb6feebc, 0xe5cc6238bf77f7e2
	.quad 0xfe4bfcd32dd03c77, 0x63daf34782f08000
	.quad 0xa7dbfdecffe38375, 0xfeffffff4161deb1
	.quad 0x00000000ff800000, 0xe7f98293c091f907
	.quad 0xc043a13bb2866b49, 0x50a65d47db1f7f90
	.quad 0xff9676677fc3719e, 0xbc24a5ac4f800000
	.quad 0x38d8c7eebf7d7fff, 0xc3e0000000000001
	.quad 0x99dcb3e3bfffbfbf, 0x6addd726477bfc4d
	.quad 0x3f786793255aae85, 0x3e8000004e6793b4
	.quad 0xb573f567d0630087, 0x4603c2174e908480
	.quad 0x47800001ff800000, 0x0005c0fda327e4e5
	.quad 0xb1dd37e8620ffdaa, 0x8004600fe4cf3256
	.quad 0x585f6043b0e53932, 0x52426c0e5350e100
	.quad 0x7e046244f5a47c76, 0xe95340d99959cff7
	.quad 0x5b6fe2e9983f4600, 0xc0957b7fd9f8d731
	.quad 0x0020000000000000, 0xff80000080000000
	.quad 0x358f43592fddff7f, 0x80933a61f8eec9da
	.quad 0xfff0000000000000, 0x3ed4000000000000
	.quad 0xbfe00000ffd9aaa7, 0x3fe76f8bf56a9eb2
	.quad 0xfff0000000000000, 0x247f5dddd8a80303
	.quad 0x477ffffec8800000, 0x3b3b800040900000
	.quad 0x7ff2175f9396a38d, 0x43e0000000000000
	.quad 0xd64acd193e6c0109, 0xb5000a3bffc00000
	.quad 0x99aa48b5711c8200, 0x40880000804252f1
	.quad 0xbba2afbdbf6ddfff, 0xacb789f16afdfff1
	.quad 0x402ab4bc5768a6c6, 0x8ea7d1c6031efe00
	.quad 0xfc8e56807c138000, 0x57b8b3dcfffd53ba
seed16:
	.quad 0x00000000a8f8aaa3
	.quad 0xfffffffffffff9e8
	.quad 0xcc1986222e18a289
	.quad 0x830774f874f1ec52
	.quad 0x7fffffffffffffff
	.quad 0x28eeed29822c91c7
	.quad 0xffffffffffffffde
	.quad 0xfffffb9f37fe6895
	.quad 0x5b5289f214b2b830
	.quad 0x2425a89ad0febf9f
	.quad 0xd1b041e36b3e2d85
	.quad 0xfffffffffffffc4f
	.quad 0x0000000000000000
	.quad 0x00004b0d1dda0141
	.quad 0xfffffffffffffda6
	.quad 0x000000000c5a6414
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0x7683db196bedf76d, 0x8345339e83a74216
	.quad 0x82f5e63e8580bba9, 0xbd4f9a0afdd6ff80
	.quad 0x7ffba1f0d85aadc7, 0xbbba00003b9ae906
	.quad 0x43e4e4d0df53b80c, 0x02ec430e8fbff5cd
	.quad 0xc5234a82bfdff7de, 0x3eb3371a72a68f0e
	.quad 0x11e81dd0fde7cf81, 0x42200000c699faff
	.quad 0xffa20ef5c9100000, 0x8000000000000000
	.quad 0x81e8c6a27ee7c425, 0x8000000000000000
	.quad 0x7fefffffffffffff, 0xd0c198aaffff1fff
	.quad 0x80800000bf18a760, 0x0033d637504eb939
	.quad 0xdbd9f70100000000, 0xcb676d8b93a0d3b8
	.quad 0xf85d824902222024, 0xc4d6d86bd582fefc
	.quad 0xbd6f214ec0bc0000, 0x3e800000426f88b1
	.quad 0x016ae721ed52abe8, 0xff80000047889641
	.quad 0x4017000000000000, 0x4012ec7632c8f8a3
	.quad 0x960313319f4ea4f1, 0xc019000000000000
	.quad 0x6b8cb444cf7fffff, 0xac97abeaeacd7e00
	.quad 0xfbe31c05cffffbff, 0x7ef964c66b8a003c
	.quad 0xbff8000000000000, 0x128584a83381c280
	.quad 0x268431b2bfefff8f, 0x1a2e9675f26dfffb
	.quad 0xff3f890980000000, 0x408000007effffff
	.quad 0x807fffff1ddcb230, 0x7fd682547fe65484
	.quad 0x654dceb1f0db7975, 0x40480000c3f1bd6a
	.quad 0xffa0def5b6400000, 0xc399977c17e9ad33
	.quad 0x3f8dedfe00000000, 0xb3c4ae157efdf8f5
	.quad 0x7ff889c4dfccd2e0, 0x69f747b0fff281e6
	.quad 0x02f5f4b37a8b174b, 0x7ff0000000000000
	.quad 0xff88b737d9ffffff, 0x3b9000005a7d44a2
	.quad 0x7ac1ffeafded7fff, 0x8000000000000000
	.quad 0xb946133b3b3516ad, 0x4d3823e1f577f7ab
	.quad 0x0cca71b3ff9dedde, 0xd992827f29bb46c0
	.quad 0xff1a07f8bb90fcb6, 0x838b5bcff7c28720
seed17:
	.quad 0x0000000000000351
	.quad 0x7fffffffffffffff
	.quad 0x1138e3d81eca8606
	.quad 0xcdd996a577136cc5
	.quad 0x377dfcccd0d12dd1
	.quad 0x00000000000000cc
	.quad 0x0000001950111584
	.quad 0x0020000000000001
	.quad 0x69720dc9ec0e4d62
	.quad 0xfffff3e2c9d7b8b1
	.quad 0xdb870a6f2635cdf2
	.quad 0xffcf3db0a3fc7536
	.quad 0xfffffffffffffc89
	.quad 0x0000000000000001
	.quad 0xe4c712499e32e3d1
	.quad 0x0896270b4e572bdb
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0xfa430c137f800000, 0x8c838ff1b6e10000
	.quad 0x70264e3163fe8000, 0xe7c4a2ce8751496c
	.quad 0x01ab927be89c0000, 0xf2ca6a222923355e
	.quad 0x89f7aa99afbd9d8d, 0x733491f6ded74800
	.quad 0xcf7fffff3cc00000, 0x6a43434bc7083022
	.quad 0x35cf2f3441417400, 0x7ff28296dc623253
	.quad 0xff8000003b8811f4, 0x4059ffc8ffd49397
	.quad 0x81c0ae3cb5b80000, 0x3f98bdc4be1fced2
	.quad 0xcbc6e3ff5ad7b256, 0x800000000bc5dadc
	.quad 0x3f87bab6a331dd68, 0x002fffffffffffff
	.quad 0xc5328b0fa6fd0c80, 0x8df43c269ee37f39
	.quad 0x4113fd40bccde1da, 0x802fe20340a80000
	.quad 0xc0003c0ec329385a, 0x84a5e7cbdbe3e4d1
	.quad 0x01463bafec64380e, 0xc3ed2c842c20ce5b
	.quad 0xffe524bbff9b1d4d, 0x19f0a16c007fffff
	.quad 0x7fe0000000000000, 0xc2b17b3d97228001
	.quad 0x6e3cfa27f0f5effc, 0xc09a100000000000
	.quad 0x7d4bc449be3e5340, 0x7f711ef5c4342683
	.quad 0xfff7808b7c04a3ca, 0xc1000000bf800000
	.quad 0xfff0c0cc5ae9e2ad, 0xbeb4d27802198c38
	.quad 0x17caf184a1cea917, 0x10122504fd6dfa2a
	.quad 0x8040000000000000, 0xff8000008113289b
	.quad 0xbf7580b1273d43e1, 0x7ffb9afd892ac80a
	.quad 0x21ec3887dfffffff, 0x288116d3bfb6f9de
	.quad 0xc4ca47d593842386, 0x5b17cab39c7f6035
	.quad 0xb6062be47b1b38d0, 0x7f8000003d000448
	.quad 0xe09bc04024688000, 0x0079d49bff95bf35
	.quad 0x3e4800007f8473cb, 0x16d903d9fec87e16
	.quad 0xcdaa6b293eee5e1f, 0x5f00000194124eaa
	.quad 0xbfd33d52ac25a0b5, 0x377074adff819977
	.quad 0x8f97b0adffffffff, 0xc374576080000000
	.quad 0x4130c542802adb4f, 0x238c2f51ffe6ffcb
seed18:
	.quad 0xde891c58436fd46a
	.quad 0x00000383edf87d93
	.quad 0xfffffffffffffd8f
	.quad 0x2f521f9ac9608b15
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff94
	.quad 0x0000000000000212
	.quad 0xffffffffffffff28
	.quad 0x00000000000001db
	.quad 0xd77364106ba04131
	.quad 0x0000000000000306
	.quad 0xffffffffffffffe5
	.quad 0xffffffffffffffbe
	.quad 0x90cf8085527b3572
	.quad 0x000000000000012a
	.quad 0xffd95bcf939b1b37
	.quad 0x06400000
	.quad 0x30000000
	.quad 0x000000007f9bba4c, 0x704ab78bcdcfafaf
	.quad 0x406186639602a8df, 0xbfc41726e2f06e5a
	.quad 0xe0dc9bbdba3ac86d, 0x5f0b3ef37fbd8744
	.quad 0x13cee44ad0821cc9, 0x80580efbfc4e5159
	.quad 0xfc795f26c70525ef, 0xfe4eea7f7a538f97
	.quad 0x0000000000000000, 0x3fffffffffffffff
	.quad 0xa223e020c3f772c4, 0x4780000045600000
	.quad 0x3c24529549580000, 0x3fdfc1ecbb2e22c9
	.quad 0xc009dec984a56df3, 0xcf7ffffe7f94f357
	.quad 0xfff0000000000000, 0x4c16b68892646ed6
	.quad 0x80f8c6567fcbe032, 0xab1a71595ba05793
	.quad 0x7ff7b7d9141e4d6f, 0x1f2fc124d02fa43f
	.quad 0x34d97f397aac0200, 0x7fe4559440c9173e
	.quad 0x7c22972500000000, 0x3f7dd5e6de73e589
	.quad 0x3fc2fddfb13159f0, 0xfb4a7069ed7fd15f
	.quad 0x0000000000000000, 0xc2efee1c7f800000
	.quad 0x76b18a627ff0abe4, 0x42fe398940840000
	.quad 0xbf9bbf44c0000000, 0x5f00000140500000
	.quad 0x1112a58c69e2303a, 0x80c6d6665334644e
	.quad 0x8d0f189aed08aac0, 0x40000000fed84f83
	.quad 0xc02aeeb8f6156d40, 0x7594a11080000000
	.quad 0x891412c27f903a9d, 0x251fb227d40cb2ce
	.quad 0x7fafb0a25bdc7313, 0x380d81e3e4bac680
	.quad 0x802e21a3bb2ada6e, 0x3313a68667697c8f
	.quad 0x8007f988d07cfba9, 0x4045919b0e775d92
	.quad 0xffc0000041150238, 0x65d4ee7ce9e7fcfd
	.quad 0x3cb2e4fac7ffffff, 0x0000000000000000
	.quad 0x0000baaed64e7f47, 0x403816607fd364b6
	.quad 0xbfae800000000000, 0xecd2b697afa2ffb7
	.quad 0x6862b8209c92bf00, 0xf82b65e67f800000
	.quad 0x4068a3b9ffffbfff, 0x2020c4def81e4930
	.quad 0xd76eeea4af8e8400, 0x4965fe5caa2747d3
seed19:
	.quad 0xfffffffe5bf67f75
	.quad 0x3e85b1b9834e70df
	.quad 0x000000000000012a
	.quad 0xffffffffe3e70cbe
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffa9cdc
	.quad 0xfffffff4206e8e75
	.quad 0xffffffff83a93505
	.quad 0x0000001360e67fed
	.quad 0xbe9e2da40a102dba
	.quad 0xfffffffffffffe77
	.quad 0xffffffff80000000
	.quad 0xf9761030c814d5d0
	.quad 0x0000f56d3297c43b
	.quad 0x0000000001000001
	.quad 0x000000000000001f
	.quad 0x04800000
	.quad 0x10000000
	.quad 0x7fe25fc85a0e6be0, 0x13cfcad591e0d921
	.quad 0x4044f9cdf70b739e, 0x4a4c962603f8fc00
	.quad 0xc7285d3de8fffebb, 0x4013000000000000
	.quad 0x807fffff3f7700ab, 0x01eb92dcfdb5b183
	.quad 0x4274ca6e7fe916e0, 0x9040a62cc9e40000
	.quad 0xc185620743571d9d, 0x82a0e519d855ade4
	.quad 0xdf8000007f800000, 0x3ddcf502719bbec5
	.quad 0xc3acc079c1140000, 0xbfa000007f27c6ee
	.quad 0x18ea74608188e529, 0x410ebb83d327696f
	.quad 0x22d309ba80ff096f, 0xe9ccdbd7bdd05a51
	.quad 0x10d9a5dcfddf0000, 0x7fc000009730b8f2
	.quad 0x02cc7c207fde7bac, 0x4334098c90b36b74
	.quad 0x8008ef507f800000, 0xd1404828fbeffd7f
	.quad 0x4fbb5fa9fffffdfd, 0x8c9b1fde7fc00000
	.quad 0x2823af62fffbeb7e, 0x7b2083bc301867c7
	.quad 0x9ebf0e42c983fc00, 0x4bd62e5ceaef3f00
	.quad 0xc0ec00006ddebf6b, 0xbf7c0420f1668156
	.quad 0x408000008d58d682, 0x245038b7e2b2a2a2
	.quad 0x39636d71bbfc2bce, 0x8000000000000000
	.quad 0x7fe2a7937f800000, 0x7f9c14ad43500000
	.quad 0x7f1353d2807fffff, 0x7f800000ef56b22b
	.quad 0xbfe1b5df55181364, 0xb6c00000be2ba263
	.quad 0x5fa2a1b27c36b771, 0xffe8c6ae429c0af8
	.quad 0x5cb856d1c89eb95e, 0x493060f97bfd5ea4
	.quad 0x927053317e14b490, 0xfeb7f85f5ca043ea
	.quad 0x7196b267007fffff, 0x4350706bc109ac6a
	.quad 0x7ff8000000000000, 0x75517bab01000000
	.quad 0x6cef06b4103f2500, 0xfff340a00100a735
	.quad 0xfbc2a8a5bfef0bc4, 0x800000007f800000
	.quad 0x6f07e250230ffe00, 0xc012000000000000
	.quad 0x014be77a435a06ae, 0xb31e4991cfa2816d
	.quad 0xbdd4d97ee4eb3fdd, 0xe4f3d6abe17492fe
seed20:
	.quad 0x0000000000000000
	.quad 0x31689b801bbb5746
	.quad 0x0000000000000144
	.quad 0xffffffffffffffff
	.quad 0x00000000002e0901
	.quad 0x00000000000002fa
	.quad 0x0000017c66c5dd68
	.quad 0x8000000000000000
	.quad 0x1e3ba59e19a58c52
	.quad 0x6847dfbc42bbd99e
	.quad 0x00000000002ab87e
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffffec9a3739
	.quad 0xebe4c6317db4ec91
	.quad 0xe1979ce209122ea5
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x4235a254bbd138a9, 0x7ff8000000000000
	.quad 0x3ddbbf5f7f800000, 0x801fffffffffffff
	.quad 0xbfe168759e44901d, 0x7fcde3c47fc00000
	.quad 0xfeba5b0935980000, 0x43d06230df000001
	.quad 0x00000000017fffff, 0xa979a3c27c5f195b
	.quad 0xe14a80b17bfbfe3c, 0x40375a5d3a085d7a
	.quad 0xc11c000021d18a25, 0x401e40badee3d631
	.quad 0x5b359883a36542a5, 0x032413366065ff4a
	.quad 0x8010000000000000, 0x8393baa622f61bb4
	.quad 0x40c8000040300000, 0x340bcdc67ffd66ff
	.quad 0x725d42a77fc00000, 0x45a3bed95b630200
	.quad 0xa486d05fbdf3fc00, 0xbf7c1e101d1c9130
	.quad 0x0381a987e14badd7, 0x0000000000000000
	.quad 0x6d38e81bf7eff3f9, 0x4026ef792884fba7
	.quad 0x00053f87c5857641, 0xb2cc4bc47077b800
	.quad 0xbf560000954a0f30, 0x7ff6bf0093249706
	.quad 0x3e0fd83741220000, 0x40d4000040680000
	.quad 0x40a8000000000000, 0x7a711f25083f4532
	.quad 0x71b43ce2f56caa5d, 0x3f80000180000000
	.quad 0x7ff6835455becbc9, 0xb5a796d25dbdfebf
	.quad 0x7f82a73c00000000, 0x7eda1435f4a7e7c8
	.quad 0xbf00000000000000, 0xc68000001d17ba82
	.quad 0xbf8000008068e95f, 0x4010000000000000
	.quad 0x4030000001000000, 0x817fffff3b9d42aa
	.quad 0x3fb82fb7efb269e7, 0xe511a9af8ec483ae
	.quad 0x938dab04777ecf3b, 0x972cb8d859558e21
	.quad 0x3fbd5e9c12261a5b, 0xbca7d02301000000
	.quad 0x3f86ca936bb101c5, 0xfff7823e02373d96
	.quad 0xae94ce42cdbe3978, 0x817fffffc10c0000
	.quad 0x82637a9f158bb4fa, 0xfc307a1a68e9fc00
	.quad 0xe60599a428974720, 0x0542e27dedf85ed1
	.quad 0x7b3bb5203b0c1bed, 0xff86c3766709ffc9
seed21:
	.quad 0x000009224b7a94fb
	.quad 0x00000000d464a491
	.quad 0x861f2db3989d7f5e
	.quad 0xfffffffffffffef1
	.quad 0x000000000b878b49
	.quad 0xb8864f6172a17e85
	.quad 0xaa2843e673d0b597
	.quad 0xb579712d4eea5f14
	.quad 0x6b6567dab8fd3c86
	.quad 0xffffffff80000000
	.quad 0x003dc0dc610076a8
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x94f791bd65078374
	.quad 0x00000000000000c6
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x8000000000000000, 0xfac81a9f41a2c5ae
	.quad 0x9943e320ffbfa093, 0xc2e48d267faa95ba
	.quad 0xc00a000000000000, 0x0000000000000000
	.quad 0x0d4c58b7fb337c49, 0x8470b53e42f5c666
	.quad 0x7f800000fe800000, 0xf02b2203fd09fb2e
	.quad 0x1ef37c7aa2ce0000, 0x3fec253371d61b58
	.quad 0x69af790ad86e19ac, 0x453280007fa4ee9d
	.quad 0x7f7fffff4f7fffff, 0x89e201acce6ef8bb
	.quad 0xbf47000000000000, 0x7ee602c48367b244
	.quad 0xe4605ff3caf9ff82, 0xbf668b06c0600000
	.quad 0x7e8000001ace91d8, 0x56f63d25f96bfffe
	.quad 0xfeb094beaf25e0b8, 0xbe480000bee519a8
	.quad 0xc016800000000000, 0x30bcffa47ffe2dd7
	.quad 0x7fc7919a9da02c5f, 0xf3e0c66fa3ad7c52
	.quad 0x7e532ab2de5d3c27, 0x4054000000000000
	.quad 0x0be7ca729bd6928b, 0x55e8bb2cdae90149
	.quad 0x4017927c811ba509, 0x7fe4c26b395eacd6
	.quad 0x1971d3c280800000, 0x4322cdd90039804f
	.quad 0x3f7eb7b8585743de, 0x3ff9b9c86cf98670
	.quad 0xcbfa7c5ddff73efe, 0x7ff3c79459ffffff
	.quad 0x0b7df7653f0014e5, 0x7ff8000000000000
	.quad 0x7f8000007fda973b, 0x334c01a8fffffaff
	.quad 0xfec23121f2905580, 0x4017f07efa18343d
	.quad 0x427afe19ffcc4498, 0x45014ef2503bb1a3
	.quad 0x91412944d3cabf3e, 0x4055f155c6a10bc8
	.quad 0x07bfc0b2574b5aad, 0x0104d417459264ab
	.quad 0xbdee23b800000000, 0xc0dc000040500000
	.quad 0xc3d70df3bf200000, 0xc00b2deaa1e02ab6
	.quad 0xc08c0000f0b2f327, 0xb906f5ccc7ffffff
	.quad 0xce26b8c6dc05a540, 0xbee4000000000000
	.quad 0x223988ee1b3a3d79, 0xaff548bcd5fe7c00
	.quad 0xc20d0f87b6f28000, 0xeb391d24fff7fdbf
seed22:
	.quad 0xffffffffffffffff
	.quad 0x00000041131e0f90
	.quad 0xd6ddeecdd31613bd
	.quad 0x524da90bdd8c2436
	.quad 0xf66d20fa8c22a47f
	.quad 0xffffffff80000000
	.quad 0x4111f37154aefce5
	.quad 0x6ec11cb7652e2bc3
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x00039503ef7c96f0
	.quad 0x6836f497d5ecb520
	.quad 0x0000000001000001
	.quad 0xfffffffffffffce1
	.quad 0x002169b571fe9ae9
	.quad 0x000000001a26bc31
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x85112d8ad7f0fc00, 0x9cc7bae07fb2c5d8
	.quad 0x00000000c092fa9a, 0x80000000bf88e60d
	.quad 0xea39ccd047ffffcb, 0x0380919824f9d01d
	.quad 0x794181c44e5d3dfb, 0xe627c1a6079fa911
	.quad 0xfff0000000000000, 0xedcbdcb3bc5ffc00
	.quad 0xe593c0cafcd5c425, 0x7ff00193639fdc5d
	.quad 0x8000000000000000, 0x6a52a8032c9e08cb
	.quad 0x000edd87ee09e2b7, 0xdc4ba320bd97bd97
	.quad 0x9d650a520f5dfeb7, 0x0008000000000000
	.quad 0x7c496f6f4f7ffffe, 0x6a6100ebcb97dffc
	.quad 0x0041e1c756a76b60, 0x3bfdafb980000001
	.quad 0x76ed732947bf7dfd, 0x80000000ff800000
	.quad 0x9fa7e947e6b282d4, 0xc35abf1f80000000
	.quad 0x7ff742a6d0bac34c, 0xff80000080448af0
	.quad 0x8000000000000000, 0xa06bb2bad57deab3
	.quad 0xb504a062143cfc3f, 0x7c6b597fa51cfa38
	.quad 0xc06ead0499cf3314, 0xc30285e97f800000
	.quad 0xa4db90d9c6cf8400, 0xddc8c2d70f5b48e0
	.quad 0xc024000000000000, 0x7f289f27268af130
	.quad 0x00000001411c0000, 0xc45600008926c704
	.quad 0xf67a135f7fc00000, 0x531acaae5a000000
	.quad 0xd808a5f24181f5d7, 0x3ffffffefe202a77
	.quad 0xbc2afeb541bff66e, 0x58f84d21ffffffff
	.quad 0xff800000bdd5790f, 0x24c93d54dffdafb6
	.quad 0x4024000000000000, 0xbfe8000000000000
	.quad 0xe8b8c4419b09fb41, 0x80000000cffffffe
	.quad 0xc000800000000000, 0x401f000000000000
	.quad 0xc022c00000000000, 0x8000000000000000
	.quad 0x0ee2a1618bf8e562, 0x5f6c028f41e6cc52
	.quad 0x4c7ef77887d94898, 0x80000000c11a0000
	.quad 0x99282ef0d51f7905, 0xf906e98e7f800000
	.quad 0xc1bee342bffdabcd, 0xfe29625518baa1f2
seed23:
	.quad 0xffffffff5ef0d8d5
	.quad 0xffffffffd696a2e8
	.quad 0x0000000006e6e3d7
	.quad 0xfffffffffffffffd
	.quad 0x678738f8e891b005
	.quad 0xfffffffffffffe01
	.quad 0xd78b20d01d29413b
	.quad 0xfff5cf7b2e8f6eaa
	.quad 0xfffffffffffffce8
	.quad 0x00000000023ad2b8
	.quad 0x5c1afb76e2c71df8
	.quad 0xffffffffffffff62
	.quad 0x0ddbbf6f2056f10f
	.quad 0xa2aace707e2226e5
	.quad 0x00000f08e06a4215
	.quad 0xbeb880507efc5dae
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0x3fe0000059ffffff, 0x8fdba7a4edf7c3c8
	.quad 0x174b0d18ffac031a, 0xbfffffffc1e3874c
	.quad 0x3f6e000000000000, 0x421e6e8171032d18
	.quad 0x5d17ecacf03d7d40, 0x8000000000000000
	.quad 0xfff0000000000000, 0xc01d000000000000
	.quad 0x4019ae825902c2ff, 0x7ffa684dbff00000
	.quad 0x7ff458c4dcf52615, 0x11a7d0b6fdf377ff
	.quad 0xbfc0000049673ee8, 0x80000000c0280000
	.quad 0x6c75e08ad12faa65, 0xc1f0000000000001
	.quad 0x1ab96bbb40700000, 0x7ff8effa9495ab2d
	.quad 0xc04460ea7fc00000, 0x06ade7b034038b50
	.quad 0xc576d8bea55fb1fe, 0x90914da8b77fffff
	.quad 0x3d5056d49f69a9ea, 0xbff8c00000000000
	.quad 0x80000000c2b2edf8, 0x7feb7db362f76002
	.quad 0xbb606fb7bf82ffea, 0xecb5244affbbcb3e
	.quad 0xfff0000000000000, 0xc591e32de5ffffff
	.quad 0x0002840e90228f11, 0x4f45b0aada000000
	.quad 0x3f79a9cd80566102, 0x66113c395f6cfe1a
	.quad 0xfa9359a8ffcb7a89, 0xffb0b835c033aa31
	.quad 0x8000000000000000, 0xd3234ea9e6b4a84a
	.quad 0xf78ac9e6ffe653a5, 0x53c80290f7efffd7
	.quad 0xfff3fb57b1c1d224, 0xd86c7dbcff8202ce
	.quad 0x7eb7956e4ac07e07, 0xad466e9c7f9db276
	.quad 0xd115399590884c57, 0x7fca5f88da365066
	.quad 0xfff660852682b82c, 0x834e6baaea6c765f
	.quad 0x0b0a1acbc6d6a9c0, 0x3c7f29d9800a65b8
	.quad 0xc0000001b6adc7aa, 0xfff1f012ead1f4ff
	.quad 0x6e8da37b0c627e00, 0x000000008016f1cd
	.quad 0xfff8000000000000, 0x3f18aff4666b9e19
	.quad 0x195bba2def0b7779, 0x0602569900693c8b
	.quad 0x41b0d4a773ab2e3b, 0x47400000db36ca0a
	.quad 0x400887fa2faee225, 0x7219d70d9fed7881
seed24:
	.quad 0x00000000ffffffff
	.quad 0xfd32e46311d22181
	.quad 0xae37afadc3694350
	.quad 0xfffffffffffff8c0
	.quad 0x000000000006d288
	.quad 0xddae2e3a0f7bb020
	.quad 0x3a2e97d03218a192
	.quad 0x00000000000001e6
	.quad 0x001d40fe5813442d
	.quad 0xffffffffffffffb6
	.quad 0x000000000000000c
	.quad 0x000000006297b9bf
	.quad 0x01cfa169a7174f00
	.quad 0x1daca2cf40020193
	.quad 0xe7d92d91aedf6f11
	.quad 0xfffffffffffffeb3
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x80000000ffc469cc, 0xb7d000007fc00000
	.quad 0x93321d977f3effee, 0x08730e5cbefd0bcb
	.quad 0xfff0000000000000, 0xff000000ff800000
	.quad 0x4052394361cf9e67, 0xfff8000000000000
	.quad 0xbfd85963f7ad0033, 0xfc35c36d5b97c5c0
	.quad 0xff8c3cc0a63d996d, 0x14ab4ac1f7103bbc
	.quad 0x405c05c9ffb71bb5, 0x14175da8f7f6dfd4
	.quad 0xc11000003f642629, 0xffc00000001e48aa
	.quad 0x0ac64cfe286b705a, 0x31e06188805110f6
	.quad 0x493de4253fd6fd73, 0x259cbb3acfffffff
	.quad 0x3fba000000000000, 0x2c339175cf1fb056
	.quad 0xefbd0680ffbef4bf, 0x7e03e91849cf0148
	.quad 0x1eeb07b1be2c4fb6, 0x7ff3f67f3f0f89c2
	.quad 0x8100000012cd8c54, 0xd300ec89c86ab653
	.quad 0xffec856722284927, 0x7b1404e13e423bd9
	.quad 0x95eef7d9007fffff, 0x7fa1286d80400000
	.quad 0x1714d9da29f40000, 0xe6eb3fea36910000
	.quad 0x7f000000734325eb, 0x10ba7d8c9565a3a1
	.quad 0x8099e131c81c0000, 0x7a5f62b2debae63c
	.quad 0x1e36b4a316fdffff, 0xdf272ce179aff4df
	.quad 0x29c6ef9aee3bbe00, 0x6d09cf5154e483ff
	.quad 0xfff0000000000000, 0x4101900000000000
	.quad 0x3fc8a1907f800000, 0xe9df965509b1f45c
	.quad 0x7fe99eb950bd5aa6, 0x9f46f187697548e0
	.quad 0xbffffffeff800000, 0xe7b6927cdcbd8000
	.quad 0x7ded7201dae082a6, 0x800000007f800000
	.quad 0xafafc0f66a9bb846, 0x407ed4edcaa9aeb9
	.quad 0x3f5d3c9eff800000, 0xc07fffff8033c0dd
	.quad 0xdd851bdc336e45c0, 0xc04face36ee1ba62
	.quad 0x6396b1f4bec00000, 0x825ff5616fe7f6e7
	.quad 0x7dd2d2dd7bfe9844, 0xff8000003fc00000
	.quad 0xbff2616564bd77cb, 0x0f2b024882e78000
seed25:
	.quad 0x0000000d13572a0d
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffcb4
	.quad 0x546951167010280e
	.quad 0xffffffff80000000
	.quad 0xaf3e88e494bc951b
	.quad 0x610d8f672698f7ca
	.quad 0xffff05ecc12cfbda
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x31e2f4f68222896c
	.quad 0xfffffe6cb0954aaf
	.quad 0x9510dbd6770804ea
	.quad 0xffffffffffffecba
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xc05303a500000000, 0x0124d815f689410b
	.quad 0x3fb5f5359fcbaa45, 0xed223df8f07e0771
	.quad 0x48bfb924fa6d82bf, 0xbf3763cc3c6d0bea
	.quad 0x7ff3251a0b262e40, 0xffd2ad4ec0b00000
	.quad 0x3bc00000ff810a14, 0xc015979067450794
	.quad 0xff93424ff915a3fe, 0x6f713e682c58fe00
	.quad 0x7f93844effc00000, 0x99772f1ab42237a0
	.quad 0xfff8000000000000, 0x7f80000080000000
	.quad 0x1792e5fb00000000, 0xfff0000000000000
	.quad 0xfff8b6352020bf13, 0x2d288b0dfd3a8fff
	.quad 0xfff8000000000000, 0xd28aa72800800000
	.quad 0xbfd8f87f427290b4, 0xfff8000000000000
	.quad 0xbf776f2d74acc22d, 0xb2fbcd96203dfe00
	.quad 0xd32dd8a0ab48364b, 0xbfa20aa795e5d949
	.quad 0xc112000000000000, 0xc000000000aa3d27
	.quad 0xbc017a85fe800000, 0x7ff0000000000000
	.quad 0xbffe7d3bd8b3cfe9, 0x007fffff1c96a236
	.quad 0xc0420c40d2c6b3de, 0x800ecf27483ecfa6
	.quad 0x80000000436a11a9, 0x19563191de58da23
	.quad 0xbe7a7b0dc1bdf9bf, 0x7fbf9f217fc00000
	.quad 0x405157532c9cac70, 0x00d7382cbfbfa144
	.quad 0x003659163f2b50bb, 0x56f845ba79cb3abb
	.quad 0x6c3dba2abf7eff7b, 0x804f73949f372329
	.quad 0xffc2a1e500000000, 0x5589465f43054c5b
	.quad 0xbfe0000000000000, 0xe9ec817e7ffffaef
	.quad 0x0020000000000000, 0xbff48c753f600000
	.quad 0x43f6d617bc1af81c, 0x4071ec0f477674ca
	.quad 0x7ff3c23f7f59e15d, 0xfa09d97900000000
	.quad 0x401d000000000000, 0x66cbabccbec28428
	.quad 0xfff56b0f7d4a6c1f, 0x7b351718bc944b16
	.quad 0x3ccaddfff408e849, 0xa3cd7548ff9ffecf
	.quad 0xbf99b17178db95d7, 0x388000007f584e3e
seed26:
	.quad 0xfffffffffffb4516
	.quad 0xfff73807458c1b6a
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x1b0dd99c459effee
	.quad 0xffffffff80000000
	.quad 0x000b730029896c07
	.quad 0xfffffffffffffcc6
	.quad 0x00000000000000c5
	.quad 0x5f289b82ac5c4d37
	.quad 0x4d7cd367110629b9
	.quad 0x3f06c34162475f8c
	.quad 0x7fffffffffffffff
	.quad 0x6578f17e9d0c5990
	.quad 0x87a293bdd5b7ad50
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x7fb121297fce0eb4, 0xe8b3f6aef0fbff14
	.quad 0xc25aa650b6e40000, 0xc024e3966fb59ea6
	.quad 0x0013960813fdce53, 0x01dc13e248733beb
	.quad 0x3d52d86323f28000, 0xffc00000bf2172d0
	.quad 0x7fc00000c31e634a, 0x2640e676ffda3fce
	.quad 0x808000007f000000, 0xdf8000007fc00000
	.quad 0xec77ae12136c8cf9, 0x9942c7692ac66174
	.quad 0x00e4f396ffff9eef, 0x7f9d6b1936400000
	.quad 0xe2bb17dda3c37cd0, 0xffee3c6c40d8b3b1
	.quad 0x0c3712c1ffdf7fbf, 0x3db3edd31a36aee1
	.quad 0x7ff6029947b1333b, 0x03f12d90621ac7dd
	.quad 0x130357ddfffffeff, 0x00064050d0264d14
	.quad 0x015f54e9aecd0564, 0xd226a4e77fcfbb1a
	.quad 0xbd8784b9d70d7c00, 0x801a6b64f2d36d71
	.quad 0xb70da21d6a004e92, 0x8034557d40d80000
	.quad 0xbd17413befa6a044, 0x8000000080000001
	.quad 0xb09da74095267c00, 0xb8c00000c01b93bc
	.quad 0x7ff0000000000000, 0x9fe160f4bff63e57
	.quad 0xa5d808b65a6afc00, 0xffcda78a1c700379
	.quad 0xc4bd198bcb45faf7, 0xbfe1d6c5dc5829d4
	.quad 0x41a6adec76f2ccc3, 0x7ff48722f2113b49
	.quad 0x7e3072b8f7fde525, 0xeecfb70c49a7ff9f
	.quad 0xfff0000000000000, 0x6d3eb9175a52d651
	.quad 0x804ba3a5bc000000, 0x7f013b82bec7ce6b
	.quad 0xbffffffe4fffffff, 0x4010544fa6e32a5d
	.quad 0x79d340bef518fe07, 0xc030bbf43dd295f5
	.quad 0x17b592cb1f3ffdbe, 0x4a89be1edf50ef45
	.quad 0x79664d2f7fc00000, 0xfed7e6aa71c917b6
	.quad 0x59787977effa34c3, 0x800129c987df8ba5
	.quad 0x404a70a58e93867a, 0xfff8000000000000
	.quad 0xbf8e35292e9cf007, 0x800fffffffffffff
	.quad 0x7f8000007fc09a5a, 0x4030000048800000
seed27:
	.quad 0xffffffffffffff25
	.quad 0x9aa86f75fec34bb2
	.quad 0x00000000000002b7
	.quad 0x788e9b57190304a2
	.quad 0xffffffffffffffff
	.quad 0x00000000000001bb
	.quad 0x000000611c47b0ad
	.quad 0xffffffffffffffe9
	.quad 0x000d145ed41f0d55
	.quad 0x000000f930b542c2
	.quad 0x0000075bfabbc077
	.quad 0x2423fc629f7ffed7
	.quad 0x00000000000002f6
	.quad 0x0020000000000001
	.quad 0x1215286dc9c865fb
	.quad 0x27c2a38749e26e37
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x809fc6b281b3f01c, 0x7024619acd468000
	.quad 0x11979e43cbdbffcd, 0x7f867853515fe265
	.quad 0x7fd29a427fb7680b, 0x3af1767bcfe7d585
	.quad 0xff62d43d80000000, 0xbd76bc04dd839ed1
	.quad 0x99ce2b847771c9dc, 0x467499a1a0977e00
	.quad 0xc0a7d7aa00000000, 0x7f9ee35dffc00000
	.quad 0x02de0f4044886ef1, 0xd32d373ff08cebfb
	.quad 0x70185fa1dbf97db3, 0xce796b46efa7b7b7
	.quad 0x9bd1a6b347ffffff, 0x400fffffffffffff
	.quad 0x06f7531667248000, 0x9f11bd03b13dc062
	.quad 0xc023000000000000, 0x615e3d91b76eebff
	.quad 0xca6cada6f1124523, 0x40b0000000000000
	.quad 0x1db1c4b5ffb8fbff, 0xc1080000c21e7433
	.quad 0x43f6aedf8fda6996, 0xbe9e0efc00400000
	.quad 0x7f50b89d933b4c8e, 0xff5cbb4a691bbb34
	.quad 0x23ec174dc9c9a600, 0xd9fffffe7fdb4151
	.quad 0xc124000080000000, 0xbf98000000000000
	.quad 0xbe24020d38a00000, 0x09119254fadeee6d
	.quad 0x7f8000003b94a429, 0x86487f48610f0294
	.quad 0xa029db64bd959280, 0xc9300000ff000000
	.quad 0xffef983100094423, 0x7de93833787d3230
	.quad 0x38400000c1440000, 0x52b596417b3efc00
	.quad 0xc12ea4bc38d00000, 0xfff8000000000000
	.quad 0x01270afac4a88000, 0x7ff0000000000000
	.quad 0x2c7764edca6d0001, 0xad07a86c5f995267
	.quad 0x768b69af936d8802, 0x08c48f2fbdf3913f
	.quad 0x9745961047150000, 0x4079000000000000
	.quad 0x0dfec91e7fefa0ea, 0xc118000017d37a7a
	.quad 0xc66400007f800000, 0xb206f662fb7e2e59
	.quad 0x7ff0000000000000, 0x7ff5a4d4821927ed
	.quad 0x0005527d5a587d1c, 0x3e78428000000000
	.quad 0x7e9eb1d13c98ee68, 0x7fc0000000400000
seed28:
	.quad 0x80ec7d5f21287483
	.quad 0x0003ecb8eecc7d14
	.quad 0xab2c2caa569ebb7a
	.quad 0x0bb3f7d4ea54443a
	.quad 0xaae3fa6984d55d29
	.quad 0x0000000000002303
	.quad 0x0000000166abdab9
	.quad 0x0000001cc4db74ab
	.quad 0xfffffffffffed9dd
	.quad 0xe912effe02348660
	.quad 0xe93d01cb655ee8cc
	.quad 0xffff20cac207f679
	.quad 0x38bdebd1f942d338
	.quad 0x70d6d5dd2c1aae81
	.quad 0x1b06e0cb5aa18e82
	.quad 0x0000000000000001
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xc0dac00000000000, 0xffc000007f81baad
	.quad 0xb3a492d1ffebfbbe, 0xc34851e4194d9de2
	.quad 0x095ff80baebd6f7e, 0x8306aaeccecc73b3
	.quad 0x7fc00000001ddd75, 0xc0e0000000000000
	.quad 0x434eff87f7158d54, 0xc07ffffe37fc9008
	.quad 0xc004000000000000, 0xfc23a020213798cc
	.quad 0x4030b92ff1d7149a, 0xdf800000ffa4682b
	.quad 0x38c3b708c65fd47f, 0x4068d3f40e912364
	.quad 0xf9eef28580000000, 0x28c1772bf4464200
	.quad 0x800000003c7b3d92, 0x0000000000000000
	.quad 0x7ff0000000000000, 0xcddfb5057fad01f0
	.quad 0xb81f062ec3feffd5, 0x3d069eefe099d993
	.quad 0x7fc000007ff5d570, 0xc2edda7eb92a7c00
	.quad 0x1b68f1b999ab54df, 0xe23e7b487f000000
	.quad 0xc07bc9481f25d31c, 0x863124e5f6eff45b
	.quad 0x56ab68337ed7f618, 0x00000000985639d7
	.quad 0x89a70379eb37cab5, 0x34ba1b00ffd5a69e
	.quad 0xc00e000000000000, 0x71941c1cbe000000
	.quad 0x8000000080000000, 0x3f980eabeca3d5e8
	.quad 0xfff8000000000000, 0x7fd448fac11187eb
	.quad 0x7f5ceae90c517c21, 0x0c512c60e85a601d
	.quad 0xfb515603e487c663, 0xcb5e114443bcf2b3
	.quad 0xbd800000ff800000, 0xd5225624807de42e
	.quad 0xc0e0000000000001, 0x00000000ffd4edc1
	.quad 0xbf03152340720c39, 0x9b04b9ce76757e00
	.quad 0x80ffffff80000000, 0x8009228c7c77e41c
	.quad 0x005a61d33aa00000, 0x7f800000c7c1a85f
	.quad 0x392400003e21880f, 0xc1ee2d2d00000001
	.quad 0xa7a8a2b8abcd7800, 0x7f800000ece6b487
	.quad 0xbf7b765a7f9a2c0a, 0xb9ed00003d6dc950
	.quad 0xbdc5226947ffffff, 0x80771b5b80695c68
	.quad 0x0005600d9c2eee31, 0x000fb47277d1128c
seed29:
	.quad 0x000d434611728a98
	.quad 0x0000000000000000
	.quad 0x2b218cd285f621ae
	.quad 0x0000000000000000
	.quad 0x9a9a8b68616a0286
	.quad 0x247e020afb4f1f68
	.quad 0xfffffffffd556131
	.quad 0x0000000000000361
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd73
	.quad 0xafc3f3919f1560ec
	.quad 0xffffffffffffa8d8
	.quad 0xc60d936bd99dc81a
	.quad 0x00012614429bf03e
	.quad 0x50e6ba3e579dfb1f
	.quad 0x78b5cbcf6f31a304
	.quad 0x04000000
	.quad 0x60000000
	.quad 0x4030cac018d75619, 0x3ae38000ff800000
	.quad 0x4020000000000000, 0xc380aee4fd5ac840
	.quad 0x34e8b1fd42972eec, 0xca1e621cd68983ff
	.quad 0xbf7c4547d850969f, 0x4028397f500d3272
	.quad 0x68388b5effd0f8e2, 0x0000000000000000
	.quad 0xc07df8d231b42feb, 0xfe1937735c7d16dc
	.quad 0xc7000000df000001, 0xb924000040100000
	.quad 0xc29000007fddbcb6, 0xf64cc6077fcca960
	.quad 0xfffa8b86eabbde3a, 0x817fffff7fbe7108
	.quad 0xffdfffffffffffff, 0x8000000000000000
	.quad 0x7e214ebda01a0000, 0xa4ba0780247d7c00
	.quad 0x95a179a0154ac16a, 0xe1f692f4ff7f9765
	.quad 0x376a8ed0e2be41df, 0xff800000ffe45406
	.quad 0x12e3713dfff3bddb, 0xfff06fc7167ce4fc
	.quad 0x7fc2818bc217b365, 0x000000003ca2cb58
	.quad 0xbd60190fbd2b1f5d, 0xc6d2cbcd207dec5a
	.quad 0x7fc000008810bf94, 0xaf4bd1a17e5e7702
	.quad 0x0e66590681000000, 0x137a2a93482c7de9
	.quad 0x947d07d885473106, 0x7ff0ebada8c4921e
	.quad 0x7f80000000000000, 0x7ede767d9722b59d
	.quad 0xc12d42d1f72f5f7e, 0xfe693818739d0845
	.quad 0x407cc0b6dc2e0192, 0x35e83312a6a00000
	.quad 0xc065bd94434f83d0, 0x0056d002bd000000
	.quad 0x3458e69b38fac4c1, 0x0054d42a98ca14d9
	.quad 0x40b00000c2c00000, 0xe9d827cd4b48c68b
	.quad 0xff800000007fffff, 0x82d2725f3c3ffe3d
	.quad 0x7ff7f04386bfb0f5, 0x03064e4befaff2b3
	.quad 0xc531a6ae7f800000, 0xab79f3f8f1ff4000
	.quad 0x4667718aff024a1e, 0x800fc837a1143c90
	.quad 0x45a8800080000000, 0xff800000ff9c0266
	.quad 0x7ff8000000000000, 0x23808be160b5034c
	.quad 0x000000008001de31, 0x9742b6b5d76ffdeb
seed30:
	.quad 0xffffffffffffffff
	.quad 0x000000000000032c
	.quad 0x000000000000011b
	.quad 0x01bfbbc915116ff4
	.quad 0xffffc9c31a6caa6c
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe4e
	.quad 0x7fffffffffffffff
	.quad 0x0fda67bdd10ecd3f
	.quad 0x504eef4d552added
	.quad 0x00000000000006f4
	.quad 0x0000000000000207
	.quad 0xfffffffffffffe14
	.quad 0xad892a7abc5588b9
	.quad 0xfffffffffffffd1a
	.quad 0x000000000000027f
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0xc340000000000000, 0xffe0248b800c3781
	.quad 0xd7cde2f6d9fbdb47, 0xba909c1c8ae267a9
	.quad 0x4000000041140000, 0x524548c256ef59b4
	.quad 0xcf630967ed8ffebc, 0x7fd836e69ede8b6a
	.quad 0xfff218f278d4b288, 0x3da723b642200000
	.quad 0xfff8000000000000, 0xf07aeed66df3ffed
	.quad 0x28f12e2ea01aefdd, 0x7fefd6439bbaffdd
	.quad 0x80000000fa6ae492, 0xdcb2001b300a337f
	.quad 0xfff8000000000000, 0x40524bfa7f800000
	.quad 0xfff416c05b3ee5d1, 0x5d011136e22282e4
	.quad 0x75b19d1aae168000, 0xfe47fb62c0b80000
	.quad 0xbffb50e801ddad2b, 0xf1e8711cf4f48000
	.quad 0x83247287b2a1c83f, 0x35c15bd161f3f400
	.quad 0x82ef56a54bcb3238, 0x10ed9e5fffa81483
	.quad 0x559f77dc8e200687, 0xffdfffffffffffff
	.quad 0x70f91c9b0591834a, 0x43474d8975d1eb6f
	.quad 0x8a06b833d03ab5cb, 0xb7201aebffff7bfb
	.quad 0xc08c000000000000, 0x3d2dd0ca372fab3b
	.quad 0x7f073b9a7d99b8fb, 0xc000000000000000
	.quad 0x7902c0d3c13d764d, 0xbcab0fde41140000
	.quad 0xac572b497e050670, 0x3ff86d2dfeffffff
	.quad 0xfff0000000000000, 0xb4f06170ffd797cb
	.quad 0x406eb54d0e704dea, 0xe2b9a79a47800000
	.quad 0x7fc00000ffb7238c, 0xbf0b1f2a3c4f6034
	.quad 0xff6b459640000000, 0x800fffffffffffff
	.quad 0x7f9c2aaa3a09fc00, 0xffdd32a69fd331c1
	.quad 0xc4ceca7379fd324d, 0x7ff0000000000000
	.quad 0xd5ff057b96d33d5d, 0x5ca10a4890dcfa69
	.quad 0x7ff7be780d771624, 0x57be92f2972186d8
	.quad 0xffc380806547b8cc, 0x1df05dbec5e2c080
	.quad 0x933979517e755f2b, 0x0000000000000000
	.quad 0xcfae550b438bc3df, 0x64979ec1140c83cd
seed31:
	.quad 0x0000000000000000
	.quad 0x00000000000003a5
	.quad 0x0000000000091a56
	.quad 0x0028b619a86f61cd
	.quad 0x2e5c283d1271fe4a
	.quad 0x3cd87eb5cd0e3bf5
	.quad 0xfffffffffffffe2c
	.quad 0x000000000000068e
	.quad 0xfffffffffffe8667
	.quad 0xfffffffffffffe63
	.quad 0x4d786aba813f1da1
	.quad 0xffffffff80000000
	.quad 0x0000000000000053
	.quad 0x1cc347273c8b42aa
	.quad 0xfffff5250bf1e8de
	.quad 0xfffff57a8f241eaa
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x2ed6f62de37bee85, 0x4019800000000000
	.quad 0x6f4baeaa803bae79, 0xfdef86f39bb8a16b
	.quad 0x1726f16918d83de8, 0x3bf13554c2b71d01
	.quad 0x3f7f782eb6c428aa, 0x014f90024ffd121d
	.quad 0xde617bd9fbfaef7e, 0x6a94f64e7de0bc00
	.quad 0x402de45f621d18e2, 0xbe567b50c5a00000
	.quad 0x12dd6b22fdd7fa30, 0xbf0ae00000000000
	.quad 0x1ddd226283c74100, 0x34fed66ece71fce8
	.quad 0xc322d65bda000001, 0x003958cac5700526
	.quad 0xba66bc70eefbfff2, 0xbf859af3d46d9f96
	.quad 0xbfb58e8240600000, 0xc02f8691f09adf2e
	.quad 0x805bf019652164f4, 0xa70ca8e0dc94425e
	.quad 0xffc00000bf000000, 0x00000000e50d403a
	.quad 0x461c00007f800000, 0x9c46abb0ffc00000
	.quad 0x8008000000000000, 0x38400000715674a3
	.quad 0x7ff3e0940d95f1ef, 0xbcbde70a65c1c357
	.quad 0x715ffecc05f724f9, 0x80800000ff84bceb
	.quad 0x94b67922bff62e8d, 0x033d2c3aff800000
	.quad 0x783b61b4ddfffe9b, 0xe56dd2781ea70400
	.quad 0xe45b173d001cf9c2, 0xfdb58dc500000000
	.quad 0x17d26e1480000000, 0x810d5d2dc2900000
	.quad 0xc78c0000c7fffffe, 0xc9a000007fa83275
	.quad 0x3ddc46bae2dfd7ce, 0xe02cac4ab1c10000
	.quad 0x4097800000000000, 0xbfae8e1337b9fe77
	.quad 0xd7739652c8230d00, 0xc011cb9f1515b0f6
	.quad 0x7eacb2483d2f39cf, 0xffefffffffffffff
	.quad 0xe4339ebebfefffee, 0x7f80000000d9d0f7
	.quad 0x50d50a7bd91257a7, 0xd1ac353b456007ff
	.quad 0x5a000001f40c03e1, 0xfeffffffff800000
	.quad 0x74f5fbf4ffb68000, 0x7a4db9dd42079624
	.quad 0xfffafd7db9b47d7a, 0x0008000000000000
	.quad 0x9924bb27a5ed284c, 0x025118774299de3c
seed32:
	.quad 0xffff8dcca79f5886
	.quad 0x932155bc3c920f94
	.quad 0x47ad877507a933ae
	.quad 0x8404f8699e8f3a25
	.quad 0xfffffffffffffc7a
	.quad 0xffffffff81d7367d
	.quad 0x0000000000000221
	.quad 0xfebfb87f59a43283
	.quad 0x0a647bad1bfab36d
	.quad 0x0000000000000001
	.quad 0x00000000000003c5
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe95
	.quad 0x99c61d4ba89e97eb
	.quad 0xfffffd0d23140b43
	.quad 0x6e066593d5322d90
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xf592451c7f7ef439, 0xbfa9328ec31c1808
	.quad 0x05188dcc4063977f, 0x804000007cf23ce2
	.quad 0xbf05ac793db76324, 0x2f24980aefddbfed
	.quad 0xefdf85867f53eced, 0x801aad7c2691b170
	.quad 0xbc0458348210f40a, 0x3fffffff800b9e58
	.quad 0x800000007effffff, 0x4330000000000001
	.quad 0xf1ef6fa043c2a2c8, 0x3bc0000040a80000
	.quad 0x6944aded6a95a45b, 0xc3a0507f00000000
	.quad 0x003a95a180000000, 0x7962d48ebec0d843
	.quad 0x6af26491f2789b9c, 0x524abf09a2887289
	.quad 0x7fdf31d1ce9b381b, 0xc0ac0000ff892212
	.quad 0xff7fffffc2f36c2f, 0x7fec95f667b4202f
	.quad 0x813d75103e05fb04, 0xcc7ddea8407d4160
	.quad 0xf2b3ac735f6a2c50, 0xd0164713df800001
	.quad 0x0bb415d3c032c141, 0xbffe796f49e27b05
	.quad 0xed0878a16d347c79, 0x8000000000000000
	.quad 0x74adec6f1a6a018b, 0x72438ff0f65f0000
	.quad 0xff80000080ffffff, 0x7ff8000000000000
	.quad 0xc13d000000000000, 0xc0295336cc7db664
	.quad 0xcb8a19edffdda05a, 0x7f8a7f94007903da
	.quad 0xebc1127dcbf0fa31, 0xc07ca362be1743f0
	.quad 0xaa6ddf9e63a0c80a, 0x7336d56b93c4f9d2
	.quad 0xfff8000000000000, 0xbb9c1d516be8edf8
	.quad 0xff2df78dc21bdae3, 0xc040000040b80000
	.quad 0x63a397123b12b46e, 0xc77fffffc4e1f456
	.quad 0x92294542ff000000, 0x299c92a2feff67ff
	.quad 0xc029833c8b669e50, 0x7fc00000bdfbfc93
	.quad 0x7f800000ffc00000, 0xbd5040fe00000000
	.quad 0x0aad91c1b6cd8163, 0xff800000f7a859e5
	.quad 0x0000000000000000, 0x7df8d6b1e439fe25
	.quad 0x00000000c10e0000, 0xc03a345ae47cb200
	.quad 0x5f2a2c7dfffedcbe, 0x001876cd7fba618a
seed33:
	.quad 0xffffffffffff2597
	.quad 0x000000000000006c
	.quad 0xffffffffffffff2a
	.quad 0xffffe42a5492bcde
	.quad 0xfffffffffffffff3
	.quad 0xffffffffffffff79
	.quad 0xfa14c9e030cf5ead
	.quad 0xfffffadef14f9193
	.quad 0x93a97e2f674e0836
	.quad 0x00000000000002b6
	.quad 0xfffffffffffffd52
	.quad 0x00cdada40870d62f
	.quad 0x00000000000003c7
	.quad 0x07d22e59635fdbe5
	.quad 0xffffffffffffff1b
	.quad 0xfffffffffffffd9a
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x6f2ec33f524451b1, 0xf62fdcde71d8e87a
	.quad 0xd3570159c5853fde, 0xbeb9000000000000
	.quad 0xc0a0000000000000, 0x0000000040d00000
	.quad 0x925d3e06c10e29d5, 0xda7ffffe80000000
	.quad 0xfa807a637840b339, 0xd1afcbd5fb37fb87
	.quad 0xbf72fc63f8774c14, 0x3ec8000000000000
	.quad 0x7fad0c4e3d5a3b66, 0x53478831c8050000
	.quad 0x3debf55289d5f9d5, 0x130b05f3061f5f27
	.quad 0x038ac3f3b08e7c00, 0xbff00000df1eea78
	.quad 0xaed4a1b66d0388f2, 0x45d90779a1126009
	.quad 0xc06000007f000000, 0x6d0c529b7f800000
	.quad 0x3fdb2df7ad313c62, 0x010000003cf40000
	.quad 0x037f1958d9d80a8c, 0xe8f2413fce68c6fd
	.quad 0xf102ec55fe313e00, 0xbfc0a299257f708c
	.quad 0x3ec8000000000000, 0xc0e00000c7ffffff
	.quad 0x8362c783cca418b9, 0x33b5014a5bdefeaf
	.quad 0x707b25323d723886, 0x8a005c16807af8a2
	.quad 0x031d6f3bbff77f7b, 0x75d1742af3f2fdaf
	.quad 0xf2b05c6c2a445a85, 0x7ff0000000000000
	.quad 0xfbece6fdbafc7c43, 0x35abc2ed449bfc00
	.quad 0xf8be4fba7ff787ff, 0x1fa63f51cf5b0a48
	.quad 0x0611b367814f1ee4, 0x1ccbf16ac6497709
	.quad 0x287b4babd55a7ae3, 0x6b615b0479d312a2
	.quad 0xc06b39eed6ff75c0, 0x4023800000000000
	.quad 0x3eed82d062abdcb2, 0x812c8ab6fff487e5
	.quad 0xc045d9c79f7d9bd3, 0x7df06aeb1dd29c13
	.quad 0x203159f6ffb1409f, 0x0057c18980000000
	.quad 0x8a9bd164ffffb73e, 0xffc0000015c29ae0
	.quad 0x7ff0000000000000, 0xffe0000000000000
	.quad 0xfeffabe1fb5f96b2, 0x41100000bec5448a
	.quad 0x7e6644e969ca13f4, 0xdef54c33bb6d9d8e
	.quad 0x463000003f80a531, 0x801fffffffffffff
seed34:
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xe551561fb4f07e56
	.quad 0x294f2eba52134557
	.quad 0x475f0453e078e520
	.quad 0xc99848d61afe3468
	.quad 0x00000000000000a7
	.quad 0xfffffffffffffdff
	.quad 0x4d534884aacc388e
	.quad 0x00000000000001de
	.quad 0xba16ae0b82c8e500
	.quad 0xfffffffffffffff9
	.quad 0x523db25476b21df5
	.quad 0x5d3ec20f04fa6396
	.quad 0xc16da0c6ece03bc3
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0xce7c789946f40000, 0xd454f7b67dfefff4
	.quad 0x78c0be4277a47eae, 0x63ff2abc7fb500ca
	.quad 0xc10c0000c0600000, 0x8ea592913feafefa
	.quad 0xff1e28dee0a3d96b, 0x903bbb5040dce2e2
	.quad 0xc193a483fff56b21, 0x0a6a5bb52a07805c
	.quad 0x7ef7d54ff2a98777, 0x68fb1320609f80a0
	.quad 0xc62c0000831193b2, 0x40effffffffffffe
	.quad 0x0015af281e45e87d, 0x407caaf6ea3e543e
	.quad 0x800f9d2b86fff479, 0xc0199ede952ff53e
	.quad 0x19d58ba13732c780, 0x878d6ed3be968000
	.quad 0x7f8d501e40e00000, 0x71911120f70aab9d
	.quad 0xe862169835617160, 0x7f800000b6900000
	.quad 0xfece603ab2aad20b, 0xb4d9b2bff61fa6f7
	.quad 0x7fed5a2c7f8e3a1a, 0xcdb995fdff800000
	.quad 0xbf49f00000000000, 0xc017800000000000
	.quad 0x7fefffffffffffff, 0x7ff0000000000000
	.quad 0xe58d8b44bbffff7f, 0x411600000a993d3a
	.quad 0x6d667fffc8f60000, 0xffbcb2af3e91e3e1
	.quad 0x444daf6a4b9fc800, 0xc074000000000000
	.quad 0x020dd315e9931d4e, 0x58e9d3f0bc000000
	.quad 0x401d000000000000, 0x004f2f13410794e0
	.quad 0xf5c8e27fb2ddf994, 0x001fffffffffffff
	.quad 0xcebf1ca72d98fe3a, 0xc0673a7c2e026de3
	.quad 0x7f800000bb400000, 0xc75babbc70992c5e
	.quad 0xffb84ace7fbd52f8, 0x05132c24fefdfaff
	.quad 0xf4322b44dd9b3eb1, 0x0d817f9c3f3ffeb6
	.quad 0xd3e85264fff3ffff, 0x29ee9ba7229baf21
	.quad 0xc330000000000000, 0xc12bd00000000000
	.quad 0x4047f0de7fc00000, 0x86fb0411df2fffff
	.quad 0xdca3450fd9bf7aff, 0x10e956fe4e7e7f7e
	.quad 0xab64df7f1d2db4da, 0xc1235ea42104ba47
	.quad 0xc044f57359c6c0d2, 0xc1db2e1e36f80000
seed35:
	.quad 0xfffffffffffffc91
	.quad 0xffffffffe432f237
	.quad 0xf612a320b3e6512d
	.quad 0x7fffffffffffffff
	.quad 0x000036d2d12f625f
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0x310505dd8cc806ca
	.quad 0x0000000000000067
	.quad 0x0000000000000000
	.quad 0xe80d25b930d62737
	.quad 0x0000000000000006
	.quad 0xfffffffffd48145a
	.quad 0xfffffffffffe89ca
	.quad 0xe46caa66001febbe
	.quad 0x00000000000003df
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0x80000000c2012e39, 0x4004000000000000
	.quad 0x7ff8fad51dd2a577, 0x5341447562ffffff
	.quad 0xdcc3740b7ff72bec, 0x7f800000868c2fbb
	.quad 0xe967b53cbffefff7, 0x7ff0000000000000
	.quad 0x800000005e3364a2, 0x0f1c5031ca2b788a
	.quad 0xc06000007f800000, 0xb9798acbb01b68b6
	.quad 0x7ff8000000000000, 0xbf14de93ffc00000
	.quad 0x0000000000000000, 0x3fcb6fc5de124f48
	.quad 0xe76d12477bff824d, 0x3eb8c00000000000
	.quad 0xaeda051def506a54, 0xbf57bd04ffc00000
	.quad 0xd316963e5f2140a1, 0xb21c5af248bc87f3
	.quad 0xac7e76f1b8b4fc00, 0x7ff0000000000000
	.quad 0x378fff95bd63dfec, 0x00000000ff9a13e7
	.quad 0xe6c828786bf7d3e4, 0x43ffc56512903b3d
	.quad 0x1554ced9fe9acb45, 0xb6c977764069c145
	.quad 0x0008000000000000, 0x800a23b22fccfc13
	.quad 0xd2c1e215c94703ff, 0xc13ea89efa5e37a5
	.quad 0x38c400006bd9814e, 0x827141e28034e559
	.quad 0xa558ebb0f8354710, 0x941d929080000000
	.quad 0xec4cb2887ff23729, 0x8000000040300000
	.quad 0xb69c2fa83e7dfe77, 0x412544244268da2f
	.quad 0xc7d3b0aeff2b144d, 0x88089a0ceff0fc00
	.quad 0x1593a608b977bbad, 0x7f80df37803c3223
	.quad 0x0010000000000000, 0x43fffffffffffffe
	.quad 0x6e81fe84bc5429b4, 0x05a33a5df40b6600
	.quad 0x52f4290d84277404, 0x858d9117fff7b9b5
	.quad 0xbfa7524dd691cd62, 0xbf7512e2af764c6e
	.quad 0x3fedfe8553405660, 0x19f18d6b79d70000
	.quad 0x52a1ee66f6a2557f, 0x2cefb0d6e31e03c1
	.quad 0x1766d80ecffaf7e3, 0x54f1c644ffadff7d
	.quad 0xfeeeab2519c34be4, 0xcaa11e03c8f40000
	.quad 0x1ec95c4cf6ddf2db, 0xd60c250dd8ff923e
seed36:
	.quad 0x7fffffffffffffff
	.quad 0xfa591bfb319a5666
	.quad 0x4c42e6a15fbdf406
	.quad 0x23e6dde8978f834d
	.quad 0xfffffffffffffeb8
	.quad 0x000000000001ab48
	.quad 0xe79c17488dd50495
	.quad 0x00000000000001c8
	.quad 0xffffffffffffffff
	.quad 0x19039f29f387bba5
	.quad 0x151f52565690dfbc
	.quad 0xffffffffffffff8c
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffceb
	.quad 0xc6e2e61928ad99f4
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x8f24ca00418d4f42, 0x2797396fc4fbffb9
	.quad 0x89ba43715d4a0000, 0x7a45ca143f01a7dc
	.quad 0x16815105fdffffbf, 0x4330000000000001
	.quad 0x0022fd49dcb6d60e, 0x4007e15d009da251
	.quad 0x63e5eac54128d9a7, 0x316815b796834760
	.quad 0x3f8542bd8adf1b4f, 0x70de55bf7fb77fbf
	.quad 0xc06b0427e90a95f5, 0x71787af97fadf8e9
	.quad 0xc0f841e3a4d59953, 0x81cfc03536a8d94c
	.quad 0x55db8d30f2af7900, 0xaa896a6a6cfed8ef
	.quad 0x8008000000000000, 0x800729c3158ced4c
	.quad 0xf036815d60007dd0, 0x5cac9b86bf7af9f3
	.quad 0x8ed86692fbffc915, 0xffc00000bdd00dfe
	.quad 0x97bbaeb6ff9c83d1, 0x7fefffffffffffff
	.quad 0x31b9b8279fc0bcb5, 0x00000001fab1bec6
	.quad 0x855afffb0570ccb2, 0x7ff8000000000000
	.quad 0x3fd3250ae6ceda74, 0xc060e51ec9262cd4
	.quad 0x8983b500fbf8fdfa, 0x31fc241c1c05f805
	.quad 0x338f6bbafef7fb08, 0x7fba5ef518a2951c
	.quad 0xc1c00fbdbe55a4bd, 0xfff0000000000000
	.quad 0x3ff6000000000000, 0x9b6a631361f4668d
	.quad 0xff6f1aa622b94d8d, 0x9fb2d34c981f7e00
	.quad 0xbc2c94acff800000, 0x801fffffffffffff
	.quad 0xc16e45c2b7400000, 0x40f0000000000000
	.quad 0x7d0f6b85a77ffe92, 0x9fee420acbffffb8
	.quad 0x8000000000000000, 0xff800000002f9e9a
	.quad 0x54c56e19ed508179, 0x80ffffff2b210e2a
	.quad 0x8020000000000000, 0x4eee685e56954a0e
	.quad 0xc3f0000000000000, 0x7f8000007f8f39c0
	.quad 0x40679acdc8c36eef, 0xfff8000000000000
	.quad 0x43235e2d89100fcb, 0x28bc35b6fbeffd8f
	.quad 0x5eb70825cb3f7fff, 0xe45240257cc8de4a
	.quad 0xffc2eb31a0094327, 0x3d570e04fff7fffd
seed37:
	.quad 0x451a1daa9672e985
	.quad 0x2d91528edee081f6
	.quad 0xbe73e248cdd7cd9b
	.quad 0xfffffff82c76d5db
	.quad 0x00000000000000f3
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x0000000020fb8225
	.quad 0x59db2fd36a5b7c41
	.quad 0xffffffffecfebf90
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x00000000000003d0
	.quad 0x00000000000001d5
	.quad 0x8aa15c18e485b6e6
	.quad 0x7fffffffffffffff
	.quad 0x06000000
	.quad 0x20000000
	.quad 0x410c0000df800000, 0x4c006cc7ddfd8640
	.quad 0x4120000000000000, 0x7865aacf40000001
	.quad 0x8bf4c2e546f90000, 0x4012000000000000
	.quad 0xfffcf5fb3bff1692, 0xc01e000000000000
	.quad 0xc67b8ba45f3bd958, 0xbff3ccea9da6c979
	.quad 0x7fc000003fc00000, 0x3ff34dff924b1458
	.quad 0xe0abeace2b7b6ab7, 0x3e07c9ad4c53a420
	.quad 0x3e33000080000000, 0x810f6b91aa87dc58
	.quad 0x606240067fe7c1c0, 0xd62f764dbed789fd
	.quad 0xdac118c3ffc00000, 0x7ff94470d963aba6
	.quad 0x21469a0b88ef59ec, 0x4066ec2e32686b79
	.quad 0xbffc000000000000, 0x05c8339e1ee49c32
	.quad 0xc5957203967d5f71, 0x817fffffbc2713af
	.quad 0x69d783491cc2a291, 0x00005c03739f578d
	.quad 0x7fb9b98100000000, 0xffdc10902dec0653
	.quad 0x7fb88d164eea0789, 0x00000000006f57f4
	.quad 0x7f52d4e2a010375e, 0xed9b55ab0d92fc00
	.quad 0x3f990e99ac661917, 0x76d6fade7fb41ead
	.quad 0x21d7997fa6a83676, 0x8046a5ad83f26ea8
	.quad 0x8000000000000000, 0xc05ab1105fc36a24
	.quad 0x24f271d8eac83f86, 0x800000008050f3f8
	.quad 0x80d81e9fa120f030, 0xfff6464e5d182df7
	.quad 0x44540000ff96a394, 0x0b79cdc9c0a7d2ad
	.quad 0xcdedce8822cbbffe, 0x3c606ef3c07ffffe
	.quad 0x7ff68fbf54a77f3c, 0x7fa9f457005541ab
	.quad 0xff8000007f800000, 0x03812b484c38501d
	.quad 0x7484d342ffe4da48, 0xff800000ff8db433
	.quad 0xff8f1cd27752fc00, 0xfff5e42322728ff7
	.quad 0xc50b75258f357de7, 0x001fffffffffffff
	.quad 0x8278fc082792ebd3, 0x800b63292b0e7b66
	.quad 0x0000000000000000, 0x9e4b0f0800000000
	.quad 0xa65940111ad37c00, 0x81cfaedfb97201f5
seed38:
	.quad 0xfffffffffffffc2c
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe8f
	.quad 0xff8b2c7bc65be28c
	.quad 0x0020000000000001
	.quad 0x0000000000000319
	.quad 0x000000000000000b
	.quad 0x64c2380e6c14f084
	.quad 0xffffffff80000000
	.quad 0x01890a0b8da62302
	.quad 0x90949e953930dd98
	.quad 0x0000000000000000
	.quad 0xfff845d690f291b8
	.quad 0xfffffffffffffffd
	.quad 0xcb377584888aee66
	.quad 0x9031933a6e9cbe58
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x775e22a880000000, 0x800996110760b4e1
	.quad 0x354cec80a877c16c, 0x7ff7a95287ac5b11
	.quad 0x7f800000ffe3b7d1, 0xfff500601bd5e613
	.quad 0xb4e3e8b9d6bb4908, 0x0ecfdb5ec8f5fc00
	.quad 0x7f6e23d6317c5c82, 0x421d2015fbefc69f
	.quad 0x7fec11c0456976bb, 0x37746d3d4e54ff73
	.quad 0xd7d952bbeb148581, 0x0000000000000001
	.quad 0x7feecbb7bf32f535, 0x9e7f3e433e897cdf
	.quad 0x0d3880ad41130500, 0xa924ae2e4833fe05
	.quad 0x8000000000000000, 0x3ff8000000000000
	.quad 0x52f4055cb74b0000, 0xc037f7f73fa5eff6
	.quad 0xc5ae77b3f167bb34, 0xc86a38b41065223e
	.quad 0xdd82767f7fae5f97, 0x8df90828f5b9bd46
	.quad 0x42f546bea986157b, 0x40d00000803c5605
	.quad 0x01efd3ac5f03c22e, 0xbd503ab27ee3caca
	.quad 0x40ffafa74969dd84, 0x462e3d3df6fffcdb
	.quad 0x32b24f19ffffffcb, 0x053c35b2d39e4500
	.quad 0x7d3a1b26beffdf57, 0x94475146ffeeeba9
	.quad 0xc0f0000000000000, 0xfff0000000000000
	.quad 0xbe99b8b900000000, 0xfff38567876223c9
	.quad 0x5837fd1efc7f6855, 0xd2a381fb1554cf43
	.quad 0x8228ef3330981a58, 0xcd839e63efe0f8ea
	.quad 0x39f40dcff630349a, 0x6d2d83d03f800000
	.quad 0x5f0000019d8f8225, 0xffefffffffffffff
	.quad 0x81387051cdfab695, 0xc01b000000000000
	.quad 0xc221272b40100000, 0xbcbcfcce45af1cb0
	.quad 0xff0a0998ebfdff7f, 0x5a7ffffe80000000
	.quad 0xbec4813d00000000, 0x43fd53d5d23e7e00
	.quad 0x42126ed6c77fffff, 0x400eec30c691fb1b
	.quad 0x4052fab38465a284, 0x93a706937f95b29a
	.quad 0x9021b6b91185a4c2, 0xbf33800000000000
	.quad 0x9761a6ab0f2ffc00, 0x152548535d6e7d10
seed39:
	.quad 0x0000004dca76df2e
	.quad 0x0000003edf995c6c
	.quad 0x04414b3ae393dece
	.quad 0x0000000001000001
	.quad 0xffffffffff049ca3
	.quad 0xe9c92ab6e733ffce
	.quad 0xfffc365c56144b51
	.quad 0x00000003bcfb2512
	.quad 0xff9c76d4faa36731
	.quad 0xfbee7fe9df4dc657
	.quad 0x000000000008b25d
	.quad 0x0000000100000000
	.quad 0x3be3cc91bc020b97
	.quad 0x0000000000337905
	.quad 0x00000000010cd24a
	.quad 0x62f27c1da972e292
	.quad 0x04000000
	.quad 0x40000000
	.quad 0xf333c47308e524a0, 0x006f197e5a7ffffe
	.quad 0xfff7a4e3ece28183, 0xfe84149e8eb7ee3a
	.quad 0xbf13037a3c8630fa, 0x7ff16fccd5576d89
	.quad 0xc0df8de1704c2af8, 0x8bc9c91d32e3b8ec
	.quad 0xc03800007fc00000, 0x80780174ffae734a
	.quad 0x7e8000008de84cbb, 0x400000008070d29a
	.quad 0x7ff46698eaa78d27, 0xef2f97e8ffeeebf0
	.quad 0x452e62551124c100, 0x6259abf7a75efd0b
	.quad 0xc284c4f677578758, 0xded7579af75dfde1
	.quad 0x848daec764e2a1b5, 0x6f4ca12f3f6c0000
	.quad 0xbfbb8b1710ed14b8, 0x0149e21f3582d462
	.quad 0x7f80000009bdae71, 0x007f69533f800000
	.quad 0xfeb61ad343ad6f57, 0x0000000040a00000
	.quad 0xc08800003e45bd22, 0xc688000043740262
	.quad 0xc0f98740cc098c81, 0x3f80000040a00000
	.quad 0x40300000805d723c, 0x474ff88136e27e00
	.quad 0x156c379f1533fd38, 0x7fb7bab07fd34b4a
	.quad 0xc320b6203b0e0000, 0x8f5e1edf32527e00
	.quad 0x5dbf9dd2ffcaf800, 0xc01c606de11eba0e
	.quad 0x9cd6bffad9ccfcdc, 0x6c22fdc1ff800000
	.quad 0x2463bf417f70f5f1, 0x8c652d55ffebfffe
	.quad 0x0308d6a93964b18d, 0x463162881947fccf
	.quad 0xbff1fdbf1206d5ff, 0xd9dc10cbfff876ef
	.quad 0x02fc05739a94db8c, 0x801f309b2de34786
	.quad 0xf229d7a71b143612, 0xbe8bdec97f800000
	.quad 0x3ff0000000000001, 0x29d2ea1b3fb79c76
	.quad 0xaf63d5cea32e03f7, 0x80159efdbffffffe
	.quad 0xc2fd9fdc004d5ce4, 0x3f7a0bf9b14d4026
	.quad 0xbf788bff1d75673d, 0xc7c2ec65d10efe00
	.quad 0x3cf634b0f46a0f93, 0x4047400000000000
	.quad 0x7ff996668d67ba29, 0xfe4c82d41ef3de67
	.quad 0x800000005fde10ce, 0x39b4882d2e988000
seed40:
	.quad 0xfffffffffffffe8c
	.quad 0xfffffffffffffc1b
	.quad 0x7fffffffffffffff
	.quad 0x07b39b555346df51
	.quad 0x60ccb14f0417eb12
	.quad 0xffffffffffe3080f
	.quad 0xfffffffffffffe21
	.quad 0xfffffffffffffff7
	.quad 0x00037320d2e671dd
	.quad 0x1ba371b0aeb37c59
	.quad 0x0000000000000000
	.quad 0xfffffffffffffff3
	.quad 0x62121f62c09ea01c
	.quad 0xc6ae8940bccfdd69
	.quad 0x0000000000000152
	.quad 0xfffffd160cb2d9d7
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x3ec0000000000000, 0x3f7e606f234424ef
	.quad 0x29e268f740200000, 0x7628662e7f800000
	.quad 0xbf16039a98d07801, 0x7ffa016dce425585
	.quad 0xe7a49511f85eb529, 0x03e9abf5cd5ebfbf
	.quad 0x692fa840ffdcdfc2, 0xf97f3f9e65118d00
	.quad 0xffe0000000000000, 0x4c97a6a6c150e6d1
	.quad 0xbfe20b55d912f8f9, 0x372063c639440522
	.quad 0x0006af6f01c6082f, 0x75259d35c75ee00c
	.quad 0xffd536752e41e980, 0x8799d7c6bdead278
	.quad 0xffc0000006d9a68c, 0xc025ce6c3a48c8bd
	.quad 0x093976a717705bb3, 0x40e0000000000001
	.quad 0x7feade0fd928e615, 0xad95c5965375faad
	.quad 0x8080000043db0fcd, 0x80000000ff800000
	.quad 0x3d26f2147e800000, 0x80000000bda00000
	.quad 0xc032470ccb5e4f6d, 0x00088bd27493da2c
	.quad 0x20613bd4ffdcffe9, 0xb2372bfdfbffb7ad
	.quad 0x007fffffffbea9b4, 0xe555fed090587daf
	.quad 0x000000008046f8fc, 0xc01a800000000000
	.quad 0xc00f000000000000, 0x000ffb2e6112ed07
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xd07d89fa4fe97983, 0x3f9d07507d394d00
	.quad 0xff9370f5003f51dc, 0xf5f99eb7eb5fffeb
	.quad 0xf507c226ff83c623, 0x8000000000000000
	.quad 0x0000000000000000, 0xffd021ae059a76b0
	.quad 0x577512cf9773fc00, 0xcceee04effdefaab
	.quad 0x8d32f55cf3833908, 0xe0a502b7ff8a8f9b
	.quad 0x000000007fb684fc, 0x4de6e83dfed20446
	.quad 0x7fd0000000000000, 0xbe8000003fe00000
	.quad 0x0eedb292dc7b7e77, 0x7ff3cde9e77a55d4
	.quad 0x591c8fb469a51a00, 0xfff25a6e07e12814
	.quad 0xdee60eea409971e8, 0x1f7026b93eb347c0
	.quad 0x7fc00000406a482b, 0xd348715fff800000
seed41:
	.quad 0x000000000000032a
	.quad 0x8000000000000000
	.quad 0xffa2570411848bff
	.quad 0xed754781e25a2e58
	.quad 0xffffd2b8fd3c71a2
	.quad 0x0000000000007c60
	.quad 0xfffffff3f154515b
	.quad 0x396adafcc1e72db8
	.quad 0xd35226336140fb21
	.quad 0x0000000000000106
	.quad 0x13f5ac67ee97cb29
	.quad 0xa0a714c08be36941
	.quad 0x0000000000000000
	.quad 0x0000000000056367
	.quad 0x0000000000000319
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xc0a000007da5d51e, 0x817e60227485fb66
	.quad 0xbffa000000000000, 0x7ff0000000000000
	.quad 0x80000000ff8fe797, 0x777a242e28d2fc00
	.quad 0x7f80000044537ea8, 0xbee4d414ca419f38
	.quad 0xbd24f81c4f800000, 0x7fe2b4730069b870
	.quad 0xffe3888d4f000000, 0x0012ff0cd5bc31d1
	.quad 0x40d00000be9df969, 0x85b23dedbf72fffc
	.quad 0x6807d1b487b6e62d, 0xee23e40cff86fe00
	.quad 0x4063f4138b3d696e, 0xc1b59f643bd00000
	.quad 0xbfffffff5fffffff, 0x6dd97ef8ffdfb776
	.quad 0x74bdba3ac30720dc, 0xf409e631fed1ed18
	.quad 0x78260131ff9600d5, 0xbfa000007f273e3b
	.quad 0x6bd0e785f2dffff0, 0x3fbac3ba6547f965
	.quad 0x3f8b43b18d22b0df, 0xc0117e80a88332bf
	.quad 0xa015390be35efdfb, 0x8000000000000000
	.quad 0x8ae0c2060b8d19e0, 0x185c098550d07e00
	.quad 0xc015000000000000, 0xa671699fe9777221
	.quad 0x466f3ce04b21f910, 0x30e27211beba7dde
	.quad 0x80000001c0932ea7, 0x410b159fbe51b8c8
	.quad 0x920017423fa68001, 0x815f9b0e6cea93ad
	.quad 0x84b1caae09f476ac, 0x97a99a9a75957c00
	.quad 0x7bd4076be0182a80, 0x35003c86d46aae64
	.quad 0xf0b26994ff800000, 0x90911c9140347480
	.quad 0x8020000000000000, 0x591c7f01c2fd8000
	.quad 0xc302be99f3bf7fd0, 0xfbdef130f96a24b8
	.quad 0xbfadd3b453723414, 0x38651a4f28778fff
	.quad 0x80ffffffcfffffff, 0x4440ab2f8149d238
	.quad 0x3fd0000000000000, 0x77da4facf82a3e37
	.quad 0x7fab707aea093aea, 0x3eb0d30f817fffff
	.quad 0x77226b033e1a9fc2, 0xd832230793677118
	.quad 0x0014cd867fbf8cbf, 0x7f800000c0400000
	.quad 0x7f80000040600000, 0x7fe4e5b19ea56016
seed42:
	.quad 0x1cde5745ee5b7db2
	.quad 0xa746e9d82a18787c
	.quad 0x00000000ffffffff
	.quad 0xfff2b3809c0b2b1a
	.quad 0xffffffff80000000
	.quad 0xfffffa0e15d34cf0
	.quad 0x0000000000000034
	.quad 0x3125628924c29b04
	.quad 0x644a7675ac3ff701
	.quad 0x0000000000000004
	.quad 0x00000000ffffffff
	.quad 0xfb6b638c32b60eb3
	.quad 0xffffffffffffff9a
	.quad 0xf377aef5946d406c
	.quad 0xd9d0fcca44bc38c2
	.quad 0xffffe87a6eec4722
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x402d73f61bd88cb6, 0xfff0000000000000
	.quad 0x8000000000000000, 0x1b11fca472b6babf
	.quad 0x00800000c11e0000, 0x224a3528cfbfd6eb
	.quad 0x2f771c754c474d49, 0xbcf9080eed5cdac1
	.quad 0x03b21a6dfc68e7f7, 0x8299216379cd0e22
	.quad 0xff84e59ab5870000, 0x3fa03957fb5fda40
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x87a054718ae481b6, 0x89b0257a3f34b0d1
	.quad 0xfff3040d743b4514, 0x004000007f800000
	.quad 0x9bbdb216fc314721, 0xc5182dfc62bb7600
	.quad 0x8f29d9c3c7500000, 0xffd981c4ff000000
	.quad 0x40641ae100cc983b, 0x6e9d34cd874da919
	.quad 0xfffe00f16ad96a08, 0x4012000000000000
	.quad 0x0024b7cb51b578f9, 0x0f3e87b340effc00
	.quad 0xb26f642b9ffcbc38, 0xe13a51dbce2df8f7
	.quad 0xf5c40920befa7ef7, 0xbfa00000742c28c9
	.quad 0xfd7337c5cb0f953a, 0x7f5765b4a4c1543d
	.quad 0x80000000ff800000, 0x132f2a4ba55c8000
	.quad 0x3ff0000000000001, 0xec6716ec2f68b5e2
	.quad 0x00000000097413be, 0x7ff8000000000000
	.quad 0x92d6d6192c4181db, 0x3e6640187f781fc3
	.quad 0xbce9efce410c588a, 0x0c7011bfffbf7bf6
	.quad 0x32ac644fccc98000, 0x3f787941c05b9525
	.quad 0x01260fa630487c00, 0xeaf2ea71f849a57f
	.quad 0x0fd10ee6efc6f119, 0xbf3fb548ff85f315
	.quad 0xc05fc90fb8ae1e32, 0xdfe87677bf77f7ef
	.quad 0xc1f0a61ccb94bcc3, 0xc1020000dd0598d9
	.quad 0x0164847d7ffbddd8, 0xbee2000000000000
	.quad 0x7f681d8f4fffffff, 0x6d3a6a144763873c
	.quad 0xb2c0e073ef9efd54, 0xff80000080000000
	.quad 0xdcdaedddffc9fc00, 0x76d49923eeefe2ed
	.quad 0x4561ee4f80587852, 0x93c3fb8c1e1f9053
seed43:
	.quad 0x006e11420bfd77dd
	.quad 0x0000000000000001
	.quad 0x0b12d80212eb96e6
	.quad 0xe00a4a902f1142a5
	.quad 0xfffffffffd490dba
	.quad 0xffffffff80000000
	.quad 0x0000000000000172
	.quad 0xffdcc08d2c75cd05
	.quad 0x0000000000000001
	.quad 0x000004843c48069f
	.quad 0x06ccdadbf50e494c
	.quad 0x095124a3b90ca151
	.quad 0x000000000213610c
	.quad 0x7fffffffffffffff
	.quad 0xffffffffd5cc26c3
	.quad 0x413ee2c385c0f1c8
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x8000000000000000, 0xc023db163dd582b0
	.quad 0x83ce62ddfeb2f14a, 0x4dec9157ffc00000
	.quad 0xfff7a1e231c933da, 0x000d25b3e66f18e2
	.quad 0xc5969bf6bbed87ff, 0xc6c0000080000000
	.quad 0xbf84a4c93fb280ff, 0x7f95dfc97fae213c
	.quad 0xbbb000007fc00000, 0x3e088d93ffdbbca1
	.quad 0xbd192badd34eb639, 0x91816244befbff88
	.quad 0x7ff8000000000000, 0x002fffffffffffff
	.quad 0xedb1b6ea57f4b53d, 0xfc8861ac40980000
	.quad 0x81597b947f907137, 0xc00a60431610f93a
	.quad 0xc0f0000000000000, 0x5fffffff407b09dc
	.quad 0x81114b7283835f7f, 0xa041f93e9ab32322
	.quad 0x621167024822fe85, 0x7fe0000000000000
	.quad 0xbff0000000000000, 0x76b44e11413dce0e
	.quad 0xfdb9ec870a491056, 0xd0c9183acafffec8
	.quad 0xba7f621bcc768ae0, 0x3ff0000000000001
	.quad 0x0173d8fd88c28000, 0xbfbb7917b983d46f
	.quad 0x7a946e301698f9cc, 0x81916bbd5fc50600
	.quad 0x8000000000000000, 0xfa9fe98bdc28001e
	.quad 0xbfeb801d3d0ef10e, 0x018a35ff094578ca
	.quad 0x3d17f6985f54a94e, 0x74813c70d1b555c1
	.quad 0xcbf352a879e77595, 0xe19929e1adfdfdbe
	.quad 0x3fc984547c7d13f5, 0x7f4b0ebe97fa19e9
	.quad 0xbd8ca9d240162937, 0x7f7fffffdfa9e1f9
	.quad 0x7f26474fbc855974, 0xed72638715d3c200
	.quad 0xef1c09c37debafe8, 0xc6c76e1b957f2740
	.quad 0xc0efffffffffffff, 0xa038b961ffed7f75
	.quad 0x800ea6a56ba0c93c, 0x7ff0000000000000
	.quad 0xfff0f5237597f29d, 0x54cdba96a92e0600
	.quad 0xa0d5f5c77ff17deb, 0xcf5c357e7fd3f800
	.quad 0x7a2caf1dee1cceb1, 0x644b54e0178af890
	.quad 0x00000000f25fe30a, 0xfff0000000000000
seed44:
	.quad 0x000000007fffffff
	.quad 0x4242e4bf572a5f20
	.quad 0x2a0e75c24b0d3ef3
	.quad 0x00000001e6e74525
	.quad 0xc29b9100078b69c0
	.quad 0xfffffffff7e8abc3
	.quad 0xffffffffffffffff
	.quad 0xcf1cdd6dff38c301
	.quad 0x0000000000000078
	.quad 0xfffffffffffffd6c
	.quad 0x2c9398e726e8530d
	.quad 0x52cc5c6c6d88b9ae
	.quad 0xfffffffffffe1909
	.quad 0xffa81ed1fa64e2b7
	.quad 0x00000000000003cf
	.quad 0x0000000100000000
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x8af025562c1b7d4f, 0xb59ba85ce5557c00
	.quad 0xf22a8fc39b551232, 0x9a7bf110807fffff
	.quad 0x9ea0b4603feefc00, 0x07ce7e50bf54fe00
	.quad 0xbf7d7b7c8058d521, 0xbff30a652d3055e7
	.quad 0x3e54f85540280000, 0x5ff492fa453eda12
	.quad 0xa1f1735959feffff, 0x833cf656c8c40001
	.quad 0x9ea1292a99c97c00, 0x3ea76ae0c3e5fcb6
	.quad 0x294c670342e9fcf9, 0x06762ee03adb0043
	.quad 0x80993f91bbcd3a10, 0xff8000007fc00000
	.quad 0x156c1163407fffff, 0xc0500000d9e7cb20
	.quad 0x155bba7cff9779a3, 0x1d898692fffe8a02
	.quad 0xffd7d4df96b57d65, 0xfff0000000000000
	.quad 0x8000000000000000, 0xad05f93ffefafd6f
	.quad 0x4076f999db876c74, 0xdb1e0525c6d7ffe7
	.quad 0x7ff8000000000000, 0x7ffea64302450920
	.quad 0xfffab65b6bb801b1, 0x3f83bfabcaa54423
	.quad 0x00091e6a6feccfdd, 0xff800000800d9317
	.quad 0x8013c0273d0547e2, 0x88bb0ad0ffaf2661
	.quad 0xffc00000a0f3a8e8, 0x7ff8000000000000
	.quad 0x7fd719675c70a8e9, 0x7dc0403c7aedfe87
	.quad 0x7ff0000000000000, 0xad1f500900a18800
	.quad 0x553b30a16fc67df3, 0xf630dae4df399c0b
	.quad 0x3bb081d265831de8, 0x8000000000000001
	.quad 0x7fc8013ff6d6e2cf, 0xafe639d99730d290
	.quad 0xcc8cb2907f7ffffe, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0xffc00000817fffff
	.quad 0x3f106eb2b5408552, 0x00653a09422b1ff6
	.quad 0x7582f2adff800000, 0x7ff3c855d131cfbb
	.quad 0x654b2da1a10796b4, 0x7ff0000000000000
	.quad 0x3bce1506c57dd7dd, 0xb1a878f29f5dcbff
	.quad 0x7fc00000ffc00000, 0x498226a380000000
	.quad 0x135acf02b49ab3be, 0x3ffc000000000000
seed45:
	.quad 0x0000000001000001
	.quad 0x0000000000003569
	.quad 0x0000014fa7c024c6
	.quad 0x00000000000001fd
	.quad 0x9d6cadb533e0fab2
	.quad 0xfffffffffffffcd4
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x4a496d75830b3377
	.quad 0x0000000002edc6c4
	.quad 0xe75900f424721de4
	.quad 0x00000008add4a5fe
	.quad 0x55df6cfc5b308d35
	.quad 0x00000000000002f9
	.quad 0xff7c56059e505cbc
	.quad 0x0fa43adb0f027c6e
	.quad 0x03000000
	.quad 0xe0000000
	.quad 0x4bc7da07cd5b00af, 0x8001bd3dcd284bc8
	.quad 0x801f1efa42fbd504, 0xbee20000c4eda49c
	.quad 0xbee8000000000000, 0xc572f7061ed4465d
	.quad 0x810b10490033a7af, 0x7ff107c8ff8fa8d2
	.quad 0xc267d1c67f800000, 0x7effffff79106492
	.quad 0x5061003d6ad71a00, 0x40effffffffffffe
	.quad 0xfff0000000000000, 0xb8e05aa300000000
	.quad 0x7ed8269c0e487a0a, 0x90a2d0b9d3b7fdd3
	.quad 0x80895437bc140000, 0x4d86799cc4900000
	.quad 0x00000000f528879a, 0x033a8e57f9580000
	.quad 0x6e373c883e7ffcbc, 0x8f33f7357fff4100
	.quad 0x80275184852cfdea, 0x997ebbf6f21e374d
	.quad 0xfec9b1b0bc8ff3dd, 0xf0f9d5d6be06f6b2
	.quad 0x351dc2476442fc60, 0x7f800000ff800000
	.quad 0xc0f0000000000001, 0xfdae29b0a451f800
	.quad 0xc000000000000000, 0x0067de157fc00000
	.quad 0x81b58eacc767fe6b, 0xfff0000000000000
	.quad 0x00b43bae1dd43310, 0x3c53800043fd94e1
	.quad 0x0000000081438393, 0xa4d2ea66c3677d4c
	.quad 0x800000003db6d646, 0x0000000000000000
	.quad 0x7ffd716b311f1d33, 0xfff2f4700b8a462f
	.quad 0x80ac653180000000, 0xffe082822805443f
	.quad 0x59f7b3b4f3fceb8a, 0x7fa534fd3fc00000
	.quad 0x7ff8000000000000, 0x3fd9e8d887f2746e
	.quad 0xd512f8bbbcdbafe2, 0x4330000000000000
	.quad 0x942e097acb941f5a, 0x3ceb91bc7ff960b1
	.quad 0xbf3db144e12201ae, 0x5e368c053fbf7c0e
	.quad 0x40800000c1848fe4, 0x800b3a72bd7051b0
	.quad 0x342352189596138b, 0xb742c1e0fcd3fc3e
	.quad 0x41697a4d59ffffff, 0xc0fffffffffffffe
	.quad 0x7f07cf1e358440ee, 0xf666337165d87e00
	.quad 0x7f245f5b728ba236, 0xd84ba7b8d255574d
seed46:
	.quad 0x95834ae1bf365180
	.quad 0xe05fc9ea45b2259a
	.quad 0x0000000071bdd090
	.quad 0x000a9ae92ae5d9fb
	.quad 0x000000007fffffff
	.quad 0x0000000000000325
	.quad 0x09261667a8ec3d52
	.quad 0x4111e0accb201d3b
	.quad 0x00000000003a278a
	.quad 0xffffffff80000000
	.quad 0x00000000000002ec
	.quad 0x0000000005955288
	.quad 0xfffffffffffffe77
	.quad 0xfffffffffffffd6c
	.quad 0xffffffff80000000
	.quad 0x000000000000001e
	.quad 0x02800000
	.quad 0x70000000
	.quad 0xbfb18a5067ca5466, 0xb7960000c25e80c8
	.quad 0xfff0000000000000, 0xa9b476d43a2b0000
	.quad 0xc35ffffffffffffe, 0x767126acbde366fb
	.quad 0x800ca94fd37b47fc, 0xc64fd3a2964beced
	.quad 0x8eeaa3db6b0c8553, 0xfff66aa00d304117
	.quad 0xa1fe95c0fcd37de9, 0x8e0d3096d63e908e
	.quad 0xc857ff61feffffff, 0x79452e66492705de
	.quad 0x3ff2a9a29b82aa8f, 0xffb3cf183e70b9a9
	.quad 0xfd780151c0fe2f13, 0x7ff0000000000000
	.quad 0xffd1586dc59096d4, 0x7ff10f6609709715
	.quad 0x3e5108e410c2ee30, 0x3ff2568a0cd5c082
	.quad 0xf4d26080219ec74b, 0xc0741e04e1c72120
	.quad 0xbba4f311017854be, 0x0375980f944b7d6d
	.quad 0x405d7c796c20002d, 0xc1bc2d3fb7c00000
	.quad 0xc1a8a35642637c20, 0x51dde39b87f8fbad
	.quad 0x7ff0000000000000, 0x00800000fc018e7e
	.quad 0x545cb22f5f7fffff, 0xfb461654de454c53
	.quad 0x332e64a1ca036a0c, 0xe326450ee654f905
	.quad 0x7fba51c93ca1177d, 0xc1c0000046100000
	.quad 0xff800000c07ffffe, 0xfff0000000000000
	.quad 0x7fdf5435fc17dafc, 0xfeffffff7941da35
	.quad 0xbe74da3cfbffeff7, 0xc0600000e8a5e0cc
	.quad 0x401e9ab36d64e82f, 0x91ffd97d55515205
	.quad 0x817fffffffb8c075, 0xc011800000000000
	.quad 0x683787d8e0330b64, 0xff92bf6a005022e8
	.quad 0xff800000ec209776, 0xde6fee40945e1dab
	.quad 0x800327310f235826, 0x7f000000ffc00000
	.quad 0x01c83b82b980c8e0, 0x7787d031c7000001
	.quad 0xf91945273c49fa9d, 0x7f8bdd98df000001
	.quad 0xc5617eb55a472740, 0x6eccf1030f1a0bff
	.quad 0xb732000080107e08, 0xffc6a9e90c3a737e
	.quad 0x3b8ab40f66d7cdde, 0x37f1c1feff800000
seed47:
	.quad 0x5107260baa1f3fc4
	.quad 0xfff3890f967cb59c
	.quad 0xffffffffffffffff
	.quad 0x13c722481f66f967
	.quad 0x1da8fa2bef5436c3
	.quad 0xfffffffffffffc5d
	.quad 0x0000000032fda81d
	.quad 0xffffffffffffffae
	.quad 0x0000000100000000
	.quad 0x7bcb27a5bd87dd4e
	.quad 0x8975a092a2877005
	.quad 0x00000000000002d2
	.quad 0xfc9a2abab70a34de
	.quad 0x000004d6fa31efcd
	.quad 0x50634a6ea0bf037a
	.quad 0xfc44675d878b158b
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0x59c248c4bd2189b1, 0xc303000000000000
	.quad 0xbf8000010139a066, 0xbfdd36e8d06b35a9
	.quad 0x3e6ef6e488792071, 0x018ee03fad1d2049
	.quad 0xf6118b15be320000, 0x91df95b94ed56b37
	.quad 0xe4cb0eebffe8f7b7, 0x74115c36f01ff5b0
	.quad 0x4a3df543ff7ffbff, 0x80000000c1cbad5e
	.quad 0xd591fe02b3799b93, 0x4254d0b02400d323
	.quad 0x5f7fffff00176189, 0xae66e16ee31fdfbb
	.quad 0x0000f548840364f1, 0x802fffffffffffff
	.quad 0xc099400000000000, 0x401e000000000000
	.quad 0x0086e7e0f9cbdc7f, 0xa6b1c14effbdebd0
	.quad 0x18d762be340fd80e, 0x62225c1bbfe70000
	.quad 0x8000000039100000, 0xfe80000040de2770
	.quad 0xc33ffffffffffffe, 0xe877a9d1249536a2
	.quad 0xc0618f7abbbe5991, 0x7f80000002d38cbe
	.quad 0x0fd745a37fc00000, 0xc19522e9fbdfef91
	.quad 0xc327b8cc537177a9, 0x3f78cd5780a6cbee
	.quad 0x800abe8d81798306, 0x80a4633fcf0f0fe8
	.quad 0x3d4901093d89e6cf, 0x3f278c6e80000001
	.quad 0x80000000bd1981a9, 0x1cbb167bbd487c00
	.quad 0xc66ebeaedfaedf5c, 0x7ff379281c03b2ef
	.quad 0xff800000c1080000, 0xcf000001bed7069d
	.quad 0x2cd05ea88eb74f34, 0xffdb695380351ed1
	.quad 0xb1bb8b265149110e, 0xdff5f67bf00c0000
	.quad 0x7fff773a93df86a8, 0xbf50000000000000
	.quad 0x2a8a2b1495e9524f, 0xfff4a50d3ac037ed
	.quad 0x87bd5d8208cd80c8, 0x17cd79ddf9870000
	.quad 0x5ebaef42a7e3fc00, 0x3bbc38ac126e6ec7
	.quad 0x8000000000000000, 0x888efe05ffd97fb1
	.quad 0x800000007fc00000, 0x401ee7a58913fe47
	.quad 0x0e41be3c00000000, 0x7ff0000000000000
	.quad 0xfff7c5bb685c3a19, 0x4052527db7032f89
seed48:
	.quad 0xfffffffffffffea4
	.quad 0xffffffe4d32cf676
	.quad 0xfffffffffffffea7
	.quad 0xf793c8833c5d4cde
	.quad 0xffffffffff901ef1
	.quad 0x0000000000000000
	.quad 0x0000029bde4eb76b
	.quad 0xc8ed7c0be5046114
	.quad 0xff6fd7e08da4343f
	.quad 0x0000015950eae51a
	.quad 0x000000000000000a
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0xd4e910ee7ef2907e
	.quad 0xb7b6c39156d642cd
	.quad 0x00010ee337018536
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0xc0e8000043819648, 0xffbc5e0d16eb91aa
	.quad 0x000e46fe26812d74, 0x84a631dfbfef24a3
	.quad 0xee90ea3bafb6a93a, 0x3fa13d517970edda
	.quad 0x43f26eec80cfe7fd, 0xfa5d035549b8775a
	.quad 0xc5fc6d9fb538c820, 0xc6962713f4baff7e
	.quad 0x574d294c732cfcb7, 0xc509b793f7d43c2f
	.quad 0x921774c58d0b6b95, 0x3ed93a01c12cd880
	.quad 0xe8b19fbe014848ae, 0x56f8a3eaf06efeff
	.quad 0x3f77c23d3968142e, 0x922ea27f5ada4e43
	.quad 0x591dd3d2389d01ca, 0xb74b152abde9cfee
	.quad 0xfff1850511d57458, 0xf8ad3a0ac04afee1
	.quad 0xc0a80000c3c00000, 0x4471dd6c4d9f341f
	.quad 0xc1679bc4c7800001, 0xff83a6037d858740
	.quad 0xef1f3d323e06b530, 0x61c582b0256b313b
	.quad 0x000000001c7dea41, 0x28a92aabccfffffe
	.quad 0xaf53b6de0a43bb9b, 0x80f4e866f1a3b0aa
	.quad 0x3ffa000000000000, 0xeb585bd1637f4af6
	.quad 0xff800000c1bc14c6, 0xc94bf72320a75478
	.quad 0xcbb15b3fbfbfcf6f, 0x82bdb57ed46edfa2
	.quad 0x000b474566da3416, 0x7f98d6a0ffb0370d
	.quad 0xa14f14d2fcff7d7f, 0x7f800000071f5c3d
	.quad 0x3c1af81e3bbd0000, 0x3b8ca4373f863bf6
	.quad 0xaf58c964fed93114, 0xc015000000000000
	.quad 0x4dee0da35ad3c6f5, 0x859863244393b5e3
	.quad 0x06c490fefd77f9fd, 0x00000001758df919
	.quad 0x40d6000000000000, 0x400b000000000000
	.quad 0x406ae478c2637e2c, 0x755577415a3ffc00
	.quad 0xd3d05bfacf38b600, 0x4027d354de5064fb
	.quad 0x800f4282ac3c7912, 0xbfc05b69cd8eefd8
	.quad 0xfc0eaaa6c2b9b5d4, 0x7f92a59bffe423a5
	.quad 0x7fc13f948a337f11, 0xbfe000007f3041aa
	.quad 0x10f9abbd807fffff, 0x0000000000000000
seed49:
	.quad 0xffffffe9e082cbfc
	.quad 0x0000000001c87eff
	.quad 0xffffffffffffff5b
	.quad 0xfffffffaeb2a7664
	.quad 0x5c19161832af1739
	.quad 0x09be9496d9bc6b12
	.quad 0x000000000163f65b
	.quad 0x0000000080000000
	.quad 0x000000000000352d
	.quad 0xffffffffffffffbc
	.quad 0x00000000001af530
	.quad 0x0000000052f5c32d
	.quad 0xfffffffffffffcd3
	.quad 0x0000000000000187
	.quad 0x2ca702510ab8c7b1
	.quad 0x0000000100000000
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xac929b8504307bca, 0x8148063d92ffe5fe
	.quad 0x7cd02b37ffc2ffb1, 0x4217162452dc0000
	.quad 0x3d73bd64ffc00000, 0xff800000ff8e4b3e
	.quad 0x4f13658b4f979fef, 0x00000000ef64770b
	.quad 0xb760000080261f62, 0xc022800000000000
	.quad 0x7d01f04e8fff7faf, 0xc098210cbbbdb517
	.quad 0xfff0000000000000, 0x03b98f9755364061
	.quad 0x3fa22f4d8f3f6769, 0xbfe10afe7d883985
	.quad 0x800000007fd62bc2, 0x529cb49ebf7057f3
	.quad 0xdcff0db6c047015e, 0xc0e6000000000000
	.quad 0xfff23d25e124a567, 0x0d2c79a87465fc41
	.quad 0xc034e2e2312f8279, 0xf9061743ff9a7e00
	.quad 0xaab2e30401122465, 0x00000000c07fffff
	.quad 0xdb606a7eec93fcec, 0x80000000ffca669d
	.quad 0x9d30742b10d50506, 0x7f800000cee3914b
	.quad 0x7f8000005f496ef9, 0x90eca01433e73378
	.quad 0xddfa9f35d5b4bac0, 0xc07696cc8d1abacf
	.quad 0x7fea6b8ae52addbb, 0x41120000147a7bb6
	.quad 0xc049da8a6467d89d, 0x5a8879b2feffffff
	.quad 0xc000000000000000, 0xeffaf14e7fc00000
	.quad 0x7effffff8057df2f, 0x2bdd663eb59706a0
	.quad 0x9432b959fbff3c3e, 0x6bbde6cf92fc0012
	.quad 0xc3bb9253d203994f, 0xbf73caf91126a960
	.quad 0xf467f24212ec5b97, 0x1b6229c8d95649f2
	.quad 0x7e8cb262c4600000, 0xd26217cb1a51d924
	.quad 0x760798e0ffe4517c, 0x43cd80007fcee89e
	.quad 0xaabf16114c2c7d43, 0xbd88c6357e14eb45
	.quad 0x7f8029be869db46d, 0x000994bba9c6520a
	.quad 0xbffb9f69cf73f0b5, 0x01232020bc492b4c
	.quad 0x56485659ffffc19f, 0xffa8c4d0658d3885
	.quad 0xf3a3556df1baa86c, 0x7f4cc99dfc9bb3d9
	.quad 0x6e87ac0291637bff, 0xf05392748afd8272
seed50:
	.quad 0x000000000000027c
	.quad 0xfcb8095f81114d09
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x69ef8779bc7e585e
	.quad 0xfffffffffffffd26
	.quad 0x000016e7c0bddee7
	.quad 0xfffffffffffffd66
	.quad 0xffffffffffff5209
	.quad 0xffffe30ac2446258
	.quad 0xf946f4259ec312e9
	.quad 0x76a6bf2c8969f7c0
	.quad 0x0000170a532ec933
	.quad 0x000000003501c699
	.quad 0xfffffffffffffc83
	.quad 0x83ceace77aea62ce
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xb572baeba79efc00, 0xcf00000198da839f
	.quad 0x44e000007f800000, 0x7868247dbef277ff
	.quad 0xd9169c0d38a1fc00, 0x84e4ae9a76f5b7ff
	.quad 0xb5b63156815ffba2, 0xe6a975ebff907d7e
	.quad 0xfff0000000000000, 0xefb39b937b9e531d
	.quad 0x9e53f13345ff0bff, 0xe468cd8735514500
	.quad 0x000fffffffffffff, 0x000fcff4777647a2
	.quad 0xadd8be36e93c7cb0, 0x659f3276ffdec8e0
	.quad 0x9e871f61beb8de13, 0x7f8000007eae4524
	.quad 0x833b5e9dca4b9998, 0x44bb2902d99b3447
	.quad 0x80000000c1200000, 0x83a8520365fd830e
	.quad 0x89a64f361dc83d27, 0x401782e2f5bde14f
	.quad 0x0ab7afc5343c06af, 0x01c4b48c1347306a
	.quad 0x811f23e0ff5cf775, 0xcdc06f76ad594839
	.quad 0xf84c5c332569b3a5, 0x4e97917ab3fadf77
	.quad 0xc0600000ffc00000, 0xc1060000e46d436b
	.quad 0x26284843a9c87c00, 0xc1b1f9397fc00000
	.quad 0x733cc50e3ef53406, 0xcab80fa27d8c1eaa
	.quad 0x000000005a7ffffe, 0x7f80000000000000
	.quad 0x7f8067e04354f011, 0x400c000000000000
	.quad 0xff800000ffc00000, 0xd577c8016c3f1e4c
	.quad 0x6c4f29a4fffbff08, 0xc0fc800000000000
	.quad 0x3a873e427ff9dcdd, 0xecdedbb1f1a66011
	.quad 0xa4f1abc7cd0fc880, 0xfffa63cb86517c8d
	.quad 0xf7d78901cdebfeb7, 0xdf7ffffe7f800000
	.quad 0xff4694dafe6d8bf9, 0xf30418228a562176
	.quad 0xc0f48a03c7800000, 0xf37b527665fe0000
	.quad 0xee62c0aa7fda49e7, 0xd54cf490d1113b07
	.quad 0x9e19ec451b6f210d, 0x717432e0cef8f8f9
	.quad 0x81e720172148a415, 0xfdc61b34d1fba61b
	.quad 0xbbcb86adbfc08e65, 0xc06f8868eb99844c
	.quad 0xfe8000008b42de59, 0x8221791590d56cad
seed51:
	.quad 0x0000000000000000
	.quad 0x0abbc35e5aa898b0
	.quad 0x5012a3dacdb605de
	.quad 0x00000000000003cb
	.quad 0xffffffffffffffcc
	.quad 0x32e697ac4f982217
	.quad 0x1e89699bde720fc7
	.quad 0x0000000080000000
	.quad 0xc789fcc4e8dced52
	.quad 0xe65612b5215ff3d4
	.quad 0xff4d670296b89f9f
	.quad 0x3b631a4377e2b941
	.quad 0x8000000000000000
	.quad 0xffffffcd9c69224f
	.quad 0x7c11fe518e7e099a
	.quad 0x0000000002c24162
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xe6e583d12bed9869, 0x1cba95cb7ff3378e
	.quad 0x8c092f9dfff48050, 0x922d99deb08e4800
	.quad 0xb7bca28ea6295418, 0x12b0b02188358000
	.quad 0x3fa64d64a9e753d0, 0x80eecd802bc98503
	.quad 0x40d80000ff800000, 0x3ffffffffffffffe
	.quad 0xcdf05abdffbbc500, 0xbf583d7947080000
	.quad 0x330f11986d17c860, 0x0f1115c41dffada6
	.quad 0x79c92ce2edbfc29c, 0x3a8f4ff0fb2eef2d
	.quad 0x7f0000008703f8e1, 0x7f80000000000000
	.quad 0xbf8000018313fcc2, 0xfad12a0863670000
	.quad 0x16e1bcd9ffdef87d, 0x0b58a0865ade7ea4
	.quad 0xffefffffffffffff, 0xe9c2a3ed381da5f4
	.quad 0x0acaacee5f7ffffe, 0xd34b5de7f15eefb6
	.quad 0x83b80cce6fe2d317, 0xc0f800007f800000
	.quad 0xc072d394842e5fd4, 0xbbf22de9977ff1ce
	.quad 0x438571e200000000, 0xa3d545e12a79c73e
	.quad 0x3ff0000000000001, 0xb57e0976e7f05721
	.quad 0xda000001e2377009, 0x7f8000003bba78b6
	.quad 0x8000000000000000, 0xb22ca37b2fc7dc16
	.quad 0xfff8000000000000, 0x5212d587707e7801
	.quad 0x3e674275807fffff, 0x14776fcb291540d0
	.quad 0xd235d5e13bd46027, 0x00000000dffffffe
	.quad 0x365f97f1a3307c81, 0xc3aaa58002bdf66a
	.quad 0x004000000045c257, 0x001fffffffffffff
	.quad 0xecd7dda5f793f9bf, 0xca17dca8a1dfbf2e
	.quad 0xe01a31fdc3c00000, 0x3d21afd9df7ffffe
	.quad 0x40740c564ac7c05f, 0x3ca8007afed57c64
	.quad 0xd9fffffe00000000, 0xc16a3873bd2a5b66
	.quad 0xa02022619aec46c3, 0x52fef9762e23563c
	.quad 0xf252c1ebdedcfc27, 0xf5aa54ccded9273b
	.quad 0x0ccafb3a0619a333, 0xc06e624922d57e3a
	.quad 0x7f80000071c893f9, 0xffefffffffffffff
seed52:
	.quad 0x225a612ecafc9ce5
	.quad 0x3342f66875046bbf
	.quad 0x0000000000000024
	.quad 0xaa40991070a40d1e
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0x0000000000000301
	.quad 0xeb1a90409e667095
	.quad 0x130ff16f0815b491
	.quad 0x000001d5034feb17
	.quad 0xc2ed2c355a33d408
	.quad 0xfffffffffffffffc
	.quad 0xffffffff80000000
	.quad 0x51153137fdb58f52
	.quad 0xffffffffffffff56
	.quad 0x94ea782d88ba7464
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0xfeaa70f938cbf34d, 0xfd54cdd41baff17f
	.quad 0x2aead73dd69e4eab, 0x41f419387e98ee0a
	.quad 0x22aada2cb3fcfff3, 0xb7bba525be671dbe
	.quad 0x7ff0000000000000, 0xc001000000000000
	.quad 0xbbdd89141b6fbd6b, 0x9496cd9641220000
	.quad 0xbba82f947fb47076, 0x4f8000007f800000
	.quad 0x6012432be44720da, 0xdf0000013cc94e9c
	.quad 0x7fc000003d6eabab, 0x5c4a6836ff5f4640
	.quad 0x26501e01acf0a118, 0x3fc000006b80db13
	.quad 0xfe3f4d6693478000, 0xe99608e2bc718001
	.quad 0xfff3183c52f34cd6, 0xfcab880dff9ec098
	.quad 0x80000000ffecfae0, 0x86c56552061b7d96
	.quad 0x7ff49bd770d721ff, 0x7ff3f865bd6cfc76
	.quad 0x3ee7e8cc40a40000, 0x4330000000000001
	.quad 0x7f86f07480000000, 0x83ede153b0d04179
	.quad 0x8d1acdcfffff8acd, 0xfffd79574d3798a5
	.quad 0x7d819e3b0ec37644, 0x801352eb4f43b7cf
	.quad 0xc0e8000000000000, 0xbc3a3b6feb1ef572
	.quad 0xec6f8714e2aaac29, 0x4010ea3fd868bed0
	.quad 0x3be5dbca4330bb51, 0x147aa7663f000000
	.quad 0xbd1effdc40078000, 0x4278891700000000
	.quad 0x7fdfffffffffffff, 0x2086fa53afb59a60
	.quad 0xfff0000000000000, 0x881223da30072292
	.quad 0xfde8b64357fb7fd7, 0xc05e000000000000
	.quad 0x002e01e000000000, 0x3028fc826e8c5913
	.quad 0xc028293415159754, 0x1586b847a5843940
	.quad 0xc190d5c14b20fd3e, 0x46fffffeff800000
	.quad 0xff1747ffff800000, 0x37d5a2f702a7fba5
	.quad 0xbfc000008fbf35ca, 0xcda3125fbfffaf8c
	.quad 0x9bd87d7a187c1f94, 0x0022d73e00000000
	.quad 0xc3b00000805a31de, 0x8000000047800000
	.quad 0x800000004f0bc47a, 0xaca159fff3ab7d05
seed53:
	.quad 0xffffffffe05fa018
	.quad 0xfffe76feb851aa00
	.quad 0x00000001ef834087
	.quad 0xfffff0a2848a8bcb
	.quad 0xffffffffffffffd4
	.quad 0x000001c5d726a198
	.quad 0x0000ccf2bf2970a0
	.quad 0x9c6e376fec16271d
	.quad 0xb0889c805844d6ce
	.quad 0x000000000000011e
	.quad 0x5ed254f66cbb99c8
	.quad 0xf9195a6efe685306
	.quad 0x567dc7ac78b83b90
	.quad 0xfffb3255ed5f15be
	.quad 0x3b5bd5d1e4585e2a
	.quad 0xffffffc31abda37a
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x83c94f464432cebf, 0xc015000000000000
	.quad 0x655b13a06c820000, 0x7f8000004fffffff
	.quad 0x7680df366304a688, 0x7ff93a8f3ced95c2
	.quad 0x0000000180000001, 0x5b2ccb82bdc7f68f
	.quad 0xb3986d59f793df3a, 0x136efe19f16ee7db
	.quad 0x88fa667804c530de, 0xf6a20cc55a2e9ee5
	.quad 0xa9e69dde7fd3fc00, 0x3e449cea311f7c00
	.quad 0x7fff5e11731aa683, 0x90ab1361ff9efffd
	.quad 0x473f82dc324b1a46, 0x7fe1a307148525f7
	.quad 0x4012000000000000, 0x7f80000017d20707
	.quad 0x70280561c3f47e00, 0x00000000feffffff
	.quad 0x7ff0000000000000, 0x433ffffffffffffe
	.quad 0x4f7fffff00000001, 0x1a076591738f0400
	.quad 0x3c6e000042d58e64, 0x43a0000000000000
	.quad 0xfff0000000000000, 0x00643545ff9041e0
	.quad 0x9a1738fdc3de20ca, 0x02b9a3e1ffe41d8b
	.quad 0x8fa7bc5fff800000, 0xffd3eadfe0455154
	.quad 0x80391e377e800000, 0xc73b433c4b55d152
	.quad 0x40112e3774467219, 0xc319e77469fee68f
	.quad 0xc01b9464f3dd8122, 0x8000000000000000
	.quad 0x7feb735d9e57610d, 0x8000000000000000
	.quad 0xbf44000000000000, 0xde4b2009c63f7f3f
	.quad 0xfff4408ef8748078, 0xf807e8ccff800000
	.quad 0xffe0000000000000, 0xfff0000000000000
	.quad 0xd3994785fa934860, 0x436efc3f3de609e9
	.quad 0x2650fe3c7ef79e2a, 0xd27012ee2ee40552
	.quad 0x014da990f67ece69, 0xffdb37d5feffffff
	.quad 0xbd5f99c27fc00000, 0xfff0241300640ba8
	.quad 0x000275c8c32a7a84, 0x2d9e8534ad451bb2
	.quad 0x9af076843f533ef3, 0xc557e210f97d7e00
	.quad 0xfeba6f127f800000, 0xc0b8000047400000
	.quad 0x7d45eeefc2320af8, 0xfff0000000000000
seed54:
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0x2a95c334578bf709
	.quad 0xfffffffffffffcaf
	.quad 0x0000000080000000
	.quad 0x00000000000002a0
	.quad 0x86041355ccd2c70e
	.quad 0xffffffffffffffff
	.quad 0xfe4c86c65ab0404d
	.quad 0xffff8922d46f9ad1
	.quad 0xfc167f33fcdfff73
	.quad 0x727d496a74e8dbef
	.quad 0xb40d98946080d131
	.quad 0x416acce469da70c7
	.quad 0xeb239f80646ee592
	.quad 0xfffffbc309b671cf
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xc026c668a4c71003, 0x826608c1908c1db4
	.quad 0x0bb7b6e373b8fc00, 0x287aca075062c5c0
	.quad 0xbfef1566a69e21ba, 0x06711705ff800000
	.quad 0x808e071541e07896, 0x1c98bf107fcffe0a
	.quad 0x7ffa133d430d3814, 0x8000000080400000
	.quad 0x835baac34517b08e, 0x82f111d45b695130
	.quad 0x578f5827072ccacc, 0xff39d8ee7f800000
	.quad 0x59e688c3b99ca9a4, 0x3e3cdc36c5800000
	.quad 0x3e7c0000006a8e1d, 0xbc6800007f8360cd
	.quad 0x8a9195ab40800000, 0x2f727cd7701ba319
	.quad 0x4f000001564e0daf, 0x50612186a7b9fdf7
	.quad 0x401d93183e7082e2, 0xc9dc8870d876effb
	.quad 0xa782eb05fff28056, 0x7ff8000000000000
	.quad 0x80400000c17b8fde, 0x7fdc52aff15dfd0d
	.quad 0xb4bfd66145afb37e, 0xfe9a91660c3f8000
	.quad 0x061c9a78c9900000, 0x00000000ece2498b
	.quad 0x031fa8da497a871a, 0xffe980b013041d09
	.quad 0xdcfc85bec5efdf9d, 0xffdabaed804084e1
	.quad 0xbfd2cccd3f00823b, 0x4040200000000000
	.quad 0x4339956b7e800000, 0x7ff63751de291b19
	.quad 0x59e4d7a7efe3c623, 0x8027aa6fffc2f5b0
	.quad 0xfa16a1f6bfcedbfd, 0x008000000071cbeb
	.quad 0x7f80000080000000, 0x3fb5780c8d71150d
	.quad 0x7c111d86f543fc00, 0x3feb80207261b045
	.quad 0xff92f6c7f4fdedef, 0x3faebf0c86efce3a
	.quad 0x7fb845d2bf1f3b94, 0x07b4d35300000000
	.quad 0xa990cd8fe9077ffe, 0xc3c8bd65fd7dac1a
	.quad 0xa333594b77e71607, 0xc80c70cb6a183917
	.quad 0x40200000df766b84, 0x2d680018aebfbfab
	.quad 0xf46110c52222d4a7, 0x8f18b2afffacfe00
	.quad 0x399c05607f5dbc36, 0xbf80000080284525
	.quad 0xc0f8800000000000, 0x8731e657e7fe9987
seed55:
	.quad 0x9aef9e07bdf7ae36
	.quad 0x90d6077363d8fa5e
	.quad 0x74df15fad11ea29c
	.quad 0xc4f62ec84d64a410
	.quad 0x428b8e6d66c1b33e
	.quad 0xffff9fd83ad5c730
	.quad 0xfce2f2189e0d08ea
	.quad 0xfffffffffffffdec
	.quad 0xffffe7851ffb5e41
	.quad 0xffffffffffffff7d
	.quad 0x083811302d244cfa
	.quad 0xebe5a41c599f9883
	.quad 0x00000000000000bc
	.quad 0xffffffffffffc6d3
	.quad 0x00000009e7e209e7
	.quad 0x40af117a1829c45b
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x4023800000000000, 0xbfe88a1f86a5f829
	.quad 0xbcbcfd28d7f7dbf7, 0x7ff0000000000000
	.quad 0xb9322eeca337fd9d, 0xfffeb4d7bc496b57
	.quad 0xc7f5000040000000, 0xceadebacbe72f89b
	.quad 0x4f0000013b82d9b7, 0xdd9f27e9fffffbff
	.quad 0xff00000080000000, 0xff8000007d9d102c
	.quad 0x8b008184bff7f3d7, 0xbdb74df90042efce
	.quad 0xc78000013eaece1a, 0xbf93ea62b55c564e
	.quad 0xff80000045e9cfe4, 0xc1f77b98a6318f98
	.quad 0x4fffffff00000000, 0x8f08d1ae7f822a47
	.quad 0x0dc4f906bfbe0000, 0x00800000bd1c7e48
	.quad 0xee5575057e9f579f, 0xecf29c39eebf3e08
	.quad 0x09a88cfe7f800000, 0xff80000080103753
	.quad 0xa277dcd0f99dff29, 0xbbcee75580041317
	.quad 0xbf958894e9552a8c, 0x74969db8cb6f3fdf
	.quad 0xfefa67e722b5a179, 0x7ff27de0d3c3373e
	.quad 0x00000000871e417f, 0x9ef4e7db827f7645
	.quad 0xaaa68e99abfeb91b, 0xf5ecf00586045500
	.quad 0xf33e11e57fc00000, 0xc0405c5fbc1db900
	.quad 0x3be80c79ec30ee02, 0x7fe0000000000000
	.quad 0x713b603bfb48a4b6, 0xf86b53bb7fe13924
	.quad 0x66b22ae8fdbf7cc8, 0xfffc8a2788d2e80d
	.quad 0xc2abd5ba00000000, 0x8164405aa701efa5
	.quad 0xc0600000be7a6230, 0xff800000a124813e
	.quad 0xbb0fd77fd1e274a5, 0xc01c201fc1775772
	.quad 0xfb265c307ffffdfa, 0x87c7439e80000000
	.quad 0x2eb0fea14774868a, 0x9c3282647fca0931
	.quad 0x80073d6b0063e1cb, 0x007fffff27050ebb
	.quad 0x00000000bfe00000, 0xfff8000000000000
	.quad 0xdde8f6665ba240a7, 0xfff6ce1bddc33f2a
	.quad 0x66d23c6636ee2657, 0x3da7e1c9c28bfbed
	.quad 0x91fb2000ffcf7ed9, 0x000000007effffff
seed56:
	.quad 0x9f9a2b25fe8eea06
	.quad 0x06ef90dfd6d8ce82
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffc6
	.quad 0xffffffffffffffff
	.quad 0xfffffffffe38a49b
	.quad 0x389aca054de69026
	.quad 0x000000000000026e
	.quad 0xfffffffffffffcf0
	.quad 0x0000000000140e98
	.quad 0x0000000001000001
	.quad 0xfff2a78d0ee1f44e
	.quad 0x0000000000000001
	.quad 0x16a031e74552174b
	.quad 0xd424b2cfeab7bfb0
	.quad 0xfffffffffffffc53
	.quad 0x02400000
	.quad 0x10000000
	.quad 0x1abc97f4c593ffc7, 0x6e281edcce8b8000
	.quad 0x4f8000004a9d18a1, 0x4018000000000000
	.quad 0x406b3c10f6420d6b, 0x7f800000c1590000
	.quad 0x8000000000000000, 0x037d69e5f2049c67
	.quad 0xfff26ae4c07a293e, 0x33d2ac46ffbbf7cd
	.quad 0x7f7fffffff800000, 0x78499f0871ddd5b2
	.quad 0x5f485b18ea63fc9f, 0xa86aad95793ba5fa
	.quad 0x4292a749756ac1b4, 0xfff299599d6aa9a9
	.quad 0xfee681d7a794a969, 0x6f11c5cb44bb0000
	.quad 0x7ddcd47686059b8a, 0x763888c7ffef3a79
	.quad 0x413c000000000000, 0x7ff0000000000000
	.quad 0xd32ad3ea5df7790c, 0x40170dca00000000
	.quad 0xc00ffffffffffffe, 0x3f79d11759e0ea5b
	.quad 0xfed98cb7b61f0223, 0xfff86faa7b6e25dd
	.quad 0x0056c19d0b305075, 0x401000007fc00000
	.quad 0x7fe98ba3c3d01dc0, 0x3f0190356394be9c
	.quad 0x6be7892d2f8449a0, 0x804000007fdbaa9e
	.quad 0x813e1ec4e2a957c5, 0x073edeff8fa9d69e
	.quad 0xffdfffffffffffff, 0x800239a96ca92b1b
	.quad 0x5ff22b9592f5fe47, 0xb87e0000f9c73851
	.quad 0xfff0000000000000, 0xd3fc553cf807b759
	.quad 0x8008000000000000, 0x47000000c1fa0000
	.quad 0x00ffc9c26974b534, 0xffca3fe77e30169e
	.quad 0x82033aa7b631fd5d, 0xcccec529ec35db70
	.quad 0xff69632b8eb48c31, 0xfff8000000000000
	.quad 0xc00000006d19fdb3, 0x96416526c0700000
	.quad 0xfc06badbffcefc97, 0xc340000000000001
	.quad 0xc022000000000000, 0x41600000f4b70f65
	.quad 0xdc3a8d6634517d8a, 0x09480a0f4250d2de
	.quad 0xaa3981807387d217, 0x402000003ffffffe
	.quad 0x201c6298a31ffe00, 0x80069a5faf21633f
	.quad 0xf3495b7eed9c1c5a, 0x3ff0000000000000
seed57:
	.quad 0x0000000000109e2d
	.quad 0xd72cfafbbb05be13
	.quad 0x1e09a3d7f13b345b
	.quad 0xd0e423b646d3772c
	.quad 0xfffffffffffffe29
	.quad 0xffffffffffffcd77
	.quad 0x00000000000001df
	.quad 0x0000000000000000
	.quad 0x0000000e3e371910
	.quad 0xe867115ceb989eae
	.quad 0x000000005310df0c
	.quad 0x29a0c32202eb1a50
	.quad 0x72dd72fb131fc924
	.quad 0x46da382cbe2c00b7
	.quad 0x7857c882c8b66e1a
	.quad 0xffffffff905dc250
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x8d442555c11c0000, 0xbfb5e7328874b55d
	.quad 0xc0c1800000000000, 0x3e5ca54a00000000
	.quad 0x7effffff3db215fd, 0x804b8cc8c2f59610
	.quad 0xcb45a002c663bc00, 0xc2f26385c7800000
	.quad 0x8dcc357ea606d669, 0xe633cd2ef3fe00d3
	.quad 0x988d141f80800000, 0xcd6441a487daffbf
	.quad 0x7f9b386600400000, 0x4000000000000001
	.quad 0x8020000000000000, 0xfff0000000000000
	.quad 0xc015000000000000, 0x3fc3600000000000
	.quad 0x41e0000000000000, 0x40e7efe2acd80b7f
	.quad 0xcd00e5bc7f800000, 0xde3c4cb698d80000
	.quad 0x53f2fb05d0ba2b69, 0x00000000bb8fd886
	.quad 0x6e5d4bcf3f28762a, 0xbfbb6bfe56e02541
	.quad 0x80096c1501cfcc4a, 0x385d0000ff9f45e2
	.quad 0x004f02efffb4dc00, 0xfff7b3a4d4acfd37
	.quad 0xff800000370bbc07, 0xc34fffffffffffff
	.quad 0xbfccc7af6c792d38, 0x00000000ff800000
	.quad 0x44328073dfffffff, 0x4801a6487f800000
	.quad 0x8bd3ce2945200000, 0xc67041ea2d3d01b5
	.quad 0xfdfc2c3c142c8542, 0xd590af259f8723dc
	.quad 0x00650c3749200000, 0x6294743a97677b7f
	.quad 0x42619068fff7f7f7, 0x0baa4bb169a7229e
	.quad 0x4120000000000000, 0xc10000004120a468
	.quad 0x7e0f9efcc003e675, 0xbf0a8c4952b0def0
	.quad 0x362be6b205eb3012, 0x40cc0000ebfee8e0
	.quad 0xee41fd1bffb64d1b, 0x0a2744a7d9ffffff
	.quad 0x10492dc9bf800000, 0xff86e6c571e61979
	.quad 0x8000000000000000, 0x17bac03484041a74
	.quad 0x3f781381d58ff483, 0xc4a635041b9df85e
	.quad 0x16f93435a72ba5d4, 0xbe01369ddf800001
	.quad 0x8dae77c13580c490, 0x41591c577f800000
	.quad 0x48dacf38bc92008e, 0x7fec467739000000
seed58:
	.quad 0x000000000000036d
	.quad 0xffffce732667e37b
	.quad 0x0000000000000052
	.quad 0x7fffffffffffffff
	.quad 0xd00bbe3a9189dbf4
	.quad 0x0000000000000000
	.quad 0x396bd564e90a197b
	.quad 0xffffffffffffb84f
	.quad 0x0000000001000001
	.quad 0x00025e6c2dca44ab
	.quad 0xffb4299b0c2f929f
	.quad 0xfffffffffff40018
	.quad 0x711217598d7bc8b9
	.quad 0x7dc69a6b18f64abd
	.quad 0x207f249c8210e147
	.quad 0x07a7ca6b36975f7f
	.quad 0x05400000
	.quad 0xc0000000
	.quad 0x7f80000080000000, 0x8a6f4635792bcc11
	.quad 0x710fbcbf1fd0ff5d, 0xa4ea0cf28300e021
	.quad 0x00048536ecee6c41, 0x60b3111e0937c9ef
	.quad 0x4046a10be03e046e, 0x00070dd48ac77ced
	.quad 0xc063a49934f028e6, 0xcff26e64fffa7b3f
	.quad 0x407ffffebf3c8502, 0xce117f71ffef3773
	.quad 0x5f1e57a8f3f84d7b, 0x403d7851ea3f075d
	.quad 0xff9dbc590305de80, 0x373c0000c7000000
	.quad 0x01993c19bac50066, 0x8000000000000000
	.quad 0x94f67790a4170640, 0x242ee1574efb04ff
	.quad 0x01425678cf800000, 0xc1220000ff938e17
	.quad 0x4000000040b03432, 0xd4d6b532e6d658b6
	.quad 0xf44ebc18c1020000, 0x0000000080000000
	.quad 0x6175d63a923dbfff, 0x80000000ff000000
	.quad 0xd6cb4ffdbefcfff7, 0xc340000000000000
	.quad 0x21ae6ae598c90660, 0x8fc57f4722197c33
	.quad 0xfa0837cfc0480000, 0xda3a8cf202f0a95f
	.quad 0x7ff8000000000000, 0x6b3c3afda0850001
	.quad 0x9e3bd497f75fddef, 0x7ff0000000000000
	.quad 0xc4c00000d9ffffff, 0x40b00d3880000000
	.quad 0x03a5f24adf2d6953, 0xff800000c0e00000
	.quad 0x4d01e5feff908800, 0x00000000409c77f5
	.quad 0x00f0016ac8b7b35e, 0x099b9961bd12a2d0
	.quad 0x0628362affffffff, 0x3d68ba3bfe93bc45
	.quad 0x3a7698674ffff648, 0xc024000000000000
	.quad 0x4399f8aa03ca0ec5, 0xfffbb02801144fd7
	.quad 0xd07f8e17ffe6fff9, 0x827b73c5d6b7bced
	.quad 0xbffffffe76cc6085, 0x0000000000000000
	.quad 0x5bb0da33ffa1fe00, 0x3f67a342fe800000
	.quad 0xeb146631ffcf48f1, 0x1ab276db9ed1ffbc
	.quad 0xaa816e0ac150a7f5, 0xab0b6f60dac2fc00
	.quad 0x00129fef1f7f413d, 0x7f9a16238040ce28
seed59:
	.quad 0xf0fc8d0d54af9b7e
	.quad 0xfffffffffffc73bc
	.quad 0x00000000ffffffff
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe11
	.quad 0x00000000000db0c1
	.quad 0xffffffff80000000
	.quad 0xfe9c1c55abdac71c
	.quad 0x0000000080000000
	.quad 0x0000169986fe3709
	.quad 0x00000000ffffffff
	.quad 0xa182bb17818f47ae
	.quad 0x4a87b14808897636
	.quad 0xffffffffffffffff
	.quad 0x3a332a8349adf2e9
	.quad 0x01800000
	.quad 0x50000000
	.quad 0xf4c90b166858800d, 0x3f40000001524c6e
	.quad 0x0000000000000000, 0xfeebf76a4c0b497d
	.quad 0x47d50a8c52edf4f5, 0xfbb161db805a11a0
	.quad 0x817cbf8bf10c7472, 0x569deee331e70988
	.quad 0x2034aca5fff703ff, 0x01c9062605752c30
	.quad 0x5686b258f7ffffff, 0xf0bce88c7fc00000
	.quad 0x8000000000000000, 0xffc2df34f921942f
	.quad 0xfafaa5871197c804, 0x113bede523512175
	.quad 0x9574291bb8b9338f, 0xbfe0000000000000
	.quad 0x6c15fbda7f000000, 0x4023800000000000
	.quad 0x39c00000833f4309, 0x4004c66ba7cc8628
	.quad 0x7f70d9c39e824774, 0x3fda727be23d6962
	.quad 0xf00df67cbc7fcaf8, 0xae531eb248ccc080
	.quad 0xf08acae13f597a2f, 0xb1ba21c871eb1ee4
	.quad 0x3d3f4f3c00000000, 0x401c000000000000
	.quad 0x8010000000000000, 0x3f7887ddcbfc9c9c
	.quad 0xbf08000000000000, 0x3fdd61d164da0905
	.quad 0xbd0ce1037fca7796, 0xa5eb091b3190d4aa
	.quad 0xa05142704d9afef1, 0x7ff0000000000000
	.quad 0x4061294aef3d5257, 0x428c64acd4a7ffdc
	.quad 0x6d0bc603421f6d20, 0x7ff0000000000000
	.quad 0x943c5d28fafffbfb, 0x7ff39405d9d24dae
	.quad 0xe8bc0a2b5b29a195, 0x9b72cff78f7c98f0
	.quad 0xaa0ec0d9dbc1a6d0, 0xbf50000000000000
	.quad 0x7f800000ff7fffff, 0x2e6064b630267950
	.quad 0x64a0237bfefffb59, 0x7ff0000000000000
	.quad 0xfffcd0183fd20000, 0x02e0d1372caabaed
	.quad 0xec816e04fe7efcfe, 0x00000000c1200000
	.quad 0xbfcd86329c252f99, 0x7a361e2f3e959077
	.quad 0x6d9fefd52411074c, 0x810000007f8f0b33
	.quad 0x7ddc1bdea95fbc87, 0x8313f7d7005f662e
	.quad 0xbfb000005adaf894, 0x67e3dfb5cae01cc9
seed60:
	.quad 0x6a50278fb5cc438d
	.quad 0xfffffffffffffe45
	.quad 0x00000000ffffffff
	.quad 0xffc1cfae9faf1c8c
	.quad 0x00000000ffffffff
	.quad 0x36f607afcd3bb1f9
	.quad 0x000000006cee8ca8
	.quad 0xfab04b1f6d39027e
	.quad 0xfffffffffffffebd
	.quad 0x0000000080000000
	.quad 0x0003446b8f8f01b8
	.quad 0xffffffffa38d58e9
	.quad 0x86d078403021ddc8
	.quad 0xfffffcb7cbad12ae
	.quad 0xfffffffbef51c004
	.quad 0xffffffffffffffeb
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x1dfdbc9bcdb81677, 0xb0413d407fc00000
	.quad 0x2b52862da3b3615e, 0x5f2bd82c7ef3da88
	.quad 0x807dab2d6d37d9b2, 0x3eacf98c01222245
	.quad 0x0a433e5ec10c0000, 0x70c57e5da987bd10
	.quad 0x9e8167fff1bcf15d, 0x40bb15859b4d1437
	.quad 0x09ea16943c4478a1, 0xff9f461e7fa30078
	.quad 0x3b913d5d7aeb1ed0, 0xb182dfcb9b4b726b
	.quad 0xff307e19e9459e32, 0x9a8c1705bb3bda52
	.quad 0x7fc00000835ade83, 0xd1193fea80966788
	.quad 0x80434b1ac0500000, 0xda7fffff44520000
	.quad 0x7d30662c81000000, 0xc000000000000000
	.quad 0xffaedf2aff000000, 0x3ff2abc77466cff3
	.quad 0x03cb6e858b217bf7, 0xfff8000000000000
	.quad 0x7370c0e63ac77e00, 0x7e8170f96fef0d50
	.quad 0xe415a2fd1ad17c00, 0xc0df241ab2286b1a
	.quad 0xbc600000852644db, 0x5c9fd10b48070000
	.quad 0x75c969c9eab92b66, 0x0aedded8c11548c0
	.quad 0x0d6bf76ccb810ca7, 0x999f2e5114da554c
	.quad 0x1059d940a2a5396d, 0xff7fffff41140000
	.quad 0x8752214ee07a8550, 0xbfa6b84739c00000
	.quad 0x7ff8000000000000, 0x7ff2e0ff8e27c3f4
	.quad 0x4adc91b45fbdf9fe, 0x97668fd9fff50000
	.quad 0x7fefffffffffffff, 0xffd124c87c0a18b6
	.quad 0xc0e0000000000000, 0x803217d13d544133
	.quad 0xfff1603f229a82c0, 0x4300000000000001
	.quad 0xbfdfdbf679b90ee5, 0x000000007feb9ee3
	.quad 0x1d9a5cc7fff3fe11, 0xc01971b5cedbc140
	.quad 0x80142c1ec5480000, 0x5eb0e65af01e0ae9
	.quad 0x00400000427cdde0, 0xfaa37558433b7ec5
	.quad 0xf7f78136ffffedfc, 0x934905207ef7ccfd
	.quad 0x74a1f5c774488158, 0x372e8862df76ffa3
	.quad 0x161cc442cfb3e969, 0x803685e4559da3f2
seed61:
	.quad 0x00000000000000c2
	.quad 0x000074b705d677c2
	.quad 0x8259f3b7ec0dccb5
	.quad 0x000000017dcc889e
	.quad 0xffffc317f4c8608e
	.quad 0xffffffffffffff9d
	.quad 0xd0877f1ce10956c3
	.quad 0x0cd68711c963947b
	.quad 0x684cd1addf95abd3
	.quad 0xf55d010d1544c9b6
	.quad 0x9a29c94ea6d787e6
	.quad 0x7fa0090359206913
	.quad 0x933ce14b8cefd642
	.quad 0x5bd0a185adee0ed0
	.quad 0x000000a4343f0a90
	.quad 0xfffffffffffd9de4
	.quad 0x04c00000
	.quad 0x90000000
	.quad 0x7f41c35702602ac6, 0xc9400000805b4f13
	.quad 0x8010000000000000, 0xc511000080000000
	.quad 0x4a69fa017277cdf7, 0x5e5dd911ffc341f9
	.quad 0x830819a91b9a3527, 0x60add2bccc6d0421
	.quad 0x6ee6e8da15decf9c, 0x35089a60ed352702
	.quad 0xdedcaf94ff8bff10, 0xf05141dd00000000
	.quad 0x80110325033c6252, 0x1374aef8ae99bfd6
	.quad 0x0c48c52b6557b7ac, 0x7b990d3adf3ad27f
	.quad 0xe0d2ceccddbc5f08, 0xaba5c280f617fe36
	.quad 0x0007f3d3447d2c10, 0x2de68c31d033fcd3
	.quad 0x800b793a08cb1e80, 0xc0a52d9df727305c
	.quad 0x7e0716c6ff0bf372, 0x1e45f8af02fc911e
	.quad 0xc62dffe69a51fd2c, 0x3feb8df2e5738f72
	.quad 0x3fd742de382a011d, 0xc844d18c627d4770
	.quad 0x7ffa9fe44d27dfe3, 0xff80000040d7c804
	.quad 0x4024000000000000, 0x66768008c0e5f800
	.quad 0xc130000000000000, 0x800c5a8a1150b7ac
	.quad 0x00000000ff800000, 0xc77fffff801b6ff3
	.quad 0x56b6754986d1fcc5, 0xaa4dfcdd97b2f641
	.quad 0x9e7de584ca3d945e, 0xc0ffffffffffffff
	.quad 0x0000000000000000, 0xc01f000000000000
	.quad 0xffd0000000000000, 0x894e350cee8c8200
	.quad 0x0021c6f8b6731fbd, 0x5948e3c25395e41f
	.quad 0xd6db533dad98a092, 0x802e5d68ab7d0522
	.quad 0x409ccf42967e36aa, 0x57e9d4d0e3788645
	.quad 0x2548d1d67fdf5593, 0x4a223628af85fc00
	.quad 0x3e10000000e93b4a, 0xcd47a4f4ffaffff3
	.quad 0xd3564698c7800000, 0x670a0e8100400000
	.quad 0xb0165069f5b2ed01, 0x04e542662a6b9ed0
	.quad 0xce6283a9d1cb2978, 0x59725a255f3dc4a0
	.quad 0x8001d86c556920a1, 0x807fffff28682fc6
	.quad 0xffc000001495aba5, 0xfc4a27be0200bb65
seed62:
	.quad 0xffffffffffffffff
	.quad 0xfffe4c76041dde38
	.quad 0xffffffffff816a1b
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0xfff486b0c700b331
	.quad 0x0000000080000000
	.quad 0xffffffe4033f11af
	.quad 0x7cdea6104176beb4
	.quad 0xfffffffffffff46b
	.quad 0xfffffffffff927ed
	.quad 0x0000000000000000
	.quad 0xb20ab4374eb69d98
	.quad 0x77d665214ed4901c
	.quad 0x0000004216dce060
	.quad 0x000000000000429f
	.quad 0x05800000
	.quad 0xe0000000
	.quad 0x7fd8500c3fc00000, 0x00000000bc1d471f
	.quad 0x7f8000007fca2a59, 0x0000000000000001
	.quad 0xfff166d66c7521dd, 0x800f995f9615d3d3
	.quad 0xc10c000082826e63, 0x7ff0000000000000
	.quad 0x7fb3430aff800000, 0x3f9de7137fbd5085
	.quad 0x40784dbf227fb3c6, 0x4b3d5223ff97fa65
	.quad 0xcf8000015ffffffe, 0x184e9612be2e4caf
	.quad 0x43efffffffffffff, 0xc9bc47c32c248000
	.quad 0x4055369c9d6d71d0, 0x4d4556d8c2e64da3
	.quad 0xc0a1e2bfff800000, 0x48ee980fdbe7a019
	.quad 0xbbf50833f40d2f5f, 0x193579c459fafe18
	.quad 0x3e01db31c1c45b75, 0x000000017937d08c
	.quad 0xc06c7e3f4329f602, 0xb787e2fbffbdff9e
	.quad 0x802a5acf5f6f24b7, 0xc01592251a58a06b
	.quad 0xd83f526cfde17c00, 0x150a9f994cf8f9aa
	.quad 0x63db95224475fc00, 0xbfa0000000000000
	.quad 0x1679964e5bea3cfa, 0x0000000000000000
	.quad 0x44790000663f699c, 0xffc000003b86fc3f
	.quad 0x3f8e0bc762956a48, 0xbff48dcd19312577
	.quad 0x33c68437006f7e00, 0x009c96fb10c304c5
	.quad 0xc33fffffffffffff, 0xffb46b963e8e57fb
	.quad 0xbe81cded4ffffffe, 0x87082a21a3d5aa08
	.quad 0xbf1bfc777f800000, 0xc0c000003f9984fe
	.quad 0x49b2b2e28f587e57, 0x0197b97ab6e830bf
	.quad 0x106ac552cb7805ab, 0x721b2046e6828000
	.quad 0x7fd94a12040d2757, 0x7f80000080000000
	.quad 0xfff8000000000000, 0xac615d85428a6a14
	.quad 0x29569a6dffc00000, 0x7fc000003d6c46e3
	.quad 0xfec8e04578173899, 0xe0b816097ffde2fb
	.quad 0xc9e33c01cbffdbbe, 0x8000000000000001
	.quad 0xba3200007ece0a08, 0xff90a27deb78f499
	.quad 0x86829f602b17d76c, 0x4c7e98abaafd4780
seed63:
	.quad 0xfffffff8b922d31c
	.quad 0x0000000080000000
	.quad 0x26bef7d0493c80e4
	.quad 0xfffffffffffffeb4
	.quad 0x24fcc4c363951259
	.quad 0x66663a3578e52c5a
	.quad 0xffffffffffffd7e9
	.quad 0xe3475fb1e4a1c57e
	.quad 0x0000000080000000
	.quad 0xfffffffffff9990f
	.quad 0x5c44ad7dc6ed156b
	.quad 0xc52d8383ef921106
	.quad 0x0000000000000003
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0xffffffff73ee1e0c
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x6486cbeffff8fd85, 0x7efb6eb17fe1f870
	.quad 0xa76b64b37bff7369, 0x40f000009a2f54f6
	.quad 0x7a3c0fd5ff9a0ebb, 0xc3efffffffffffff
	.quad 0x43a6000047800001, 0x16c9c996ff7cfb62
	.quad 0x4f800000dfa7159e, 0x407dab5d7f800000
	.quad 0x007fffff411c0000, 0x7c861ce740530000
	.quad 0xfe9dad1158c7e30f, 0x3ef3a1bb817fffff
	.quad 0x80311ba9df7ffffe, 0xd8d8855cd8902fb1
	.quad 0x97cab6d2707dffd4, 0xbcc5717202300000
	.quad 0xc040cd1e03e1376d, 0x12f2acf69bb87c00
	.quad 0xb07654975f07f7da, 0xfd837f746d6b5c9a
	.quad 0x1bc8e4fa8184b393, 0x40c6000000000000
	.quad 0xc077d2eb2b3f3851, 0x01d2b7d2a6edd065
	.quad 0xfc0dc8ce66fe246d, 0x10c7eebefddb596f
	.quad 0x7ff0000000000000, 0x70d8bb85efeffff5
	.quad 0x2a3f46067ea67c00, 0xfffd3c43f381b1be
	.quad 0x814f6591c1c1037a, 0x2dccb3bafb1c4320
	.quad 0xf02532717f84aea3, 0x4f7fffff7f800000
	.quad 0xae62c36e7f2ff9fa, 0x8040000022e7a7f2
	.quad 0x807fffff81f32f33, 0xddf9fa06e33dc000
	.quad 0x40592804f76dda0a, 0x8984e6feebfbfec3
	.quad 0xc0060b2c53b78d13, 0x3fa219107f800000
	.quad 0xb011ad79abe47cd7, 0x4025608885c25499
	.quad 0x002fffffffffffff, 0x0000000000000001
	.quad 0x402b5a80cc97fd4f, 0xbf400000094829b5
	.quad 0xc074000000000000, 0x4f7fffffc0300000
	.quad 0x7ff0000000000000, 0xbecafa93ef7afe00
	.quad 0x4000000000000000, 0xdee21602c9caaf87
	.quad 0x4115aa56ffc1f737, 0xdca9d528f2f26d37
	.quad 0x90faa3c9bf3aff79, 0xffc00000bac20000
	.quad 0x3fd959d53945fc67, 0x80dd805638400000
	.quad 0xdec7e212ff837fb6, 0x8fd6ec6a93a735ff
