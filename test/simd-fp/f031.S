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
	.inst 0x1f4095d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2901e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e660d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2bc514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f4cfd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e66fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1b917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6242b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e03acd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f5388fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e20e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2169dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eacc55f
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
	.inst 0x1f2e0570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea5f551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f20e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f739014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f5389f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefc536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e737917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0ca18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6248d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e292c7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02a11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea199bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d8b3f
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
	.inst 0x1e630150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f65b9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0fa33
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
	.inst 0x4e6dc655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b3e96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61da37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6502e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f24e5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f640d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e77687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f16799f
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
	.inst 0x1e6d08b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4d1212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2af573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6e8a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e680008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e43e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea199ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eead5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0cadc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f60fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2158de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21289f
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
	.inst 0x1e2c1810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea199d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e616912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e243853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61d8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e737d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e63fcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42f838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e290999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f4ae53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67403b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e337a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e261a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6dd562
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0d87f
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
	.inst 0x2f23fcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21d971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6cc192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e702200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7100c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2238f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2da9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fab90d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63c439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21795a
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
	.inst 0x9e30006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2179fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c99f
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
	.inst 0x1e281830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7e1011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc09072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6301f3
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
	.inst 0x6fa99995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e68bd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e662150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e382999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeccd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4d35bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e626c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f8190bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f64843e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e20fc1f
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
	.inst 0x9e6400e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e19d041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e30e454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f22a096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f28471a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4240fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30cb5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f5be5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27409f
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
	.inst 0x1e60c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e685951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eb1fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e303df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f25e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e4db5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e633936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e69d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f385979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2729fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2140fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2ce585
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6169ff
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
	.inst 0x1e2440b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65b64f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6288f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e248995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c3956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42cd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eb5fdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4898bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4e257c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f81505d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fd1999e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eebe55f
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
	.inst 0x1e685870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59e141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f78fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0d994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21a956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61f017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2201f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e680029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f46405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f83f
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
	.inst 0x1e63c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21c932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2cdcf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6419d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21c9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e645c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e270b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f86593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21197e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202028
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
	.inst 0x1e2a2950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6168b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6efd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e29f4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e295999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e62d4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61413c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e199acd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f88507e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c1ff
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
	.inst 0x2ea5c450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2141b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f43fcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4faf1253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1a9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e287d36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f2ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea3cef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61f01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2129fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f08fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb5ecdf
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
	.inst 0x7e61a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e26e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea0d834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e314996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e257a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6722b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21bad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2ddd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eead67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e64e45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fcc993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e30002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a29bf
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
	.inst 0x9e780160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6a2211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2179d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6338d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e271a17
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
	.inst 0x4ea6cf19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e65ef3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2669db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6869bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1db5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e65e4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0c83f
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
	.inst 0x1ee240b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e240061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e712a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea1a8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e70d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b69d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e18b846
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e63ee38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f77e6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2441fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27b5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e67dc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b8ff
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
	.inst 0x1f689050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2800c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e642832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee2ee13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2520f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3001e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b89d6
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
	.inst 0x1e690a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcf10f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3901ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d609d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79085e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f87f
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
	.inst 0x7e21b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2fc5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e252e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e771016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2b42b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e272819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2719da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea0e83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e283c1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6138fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68008f
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
	.inst 0x1f093810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0a1d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0edb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e210144
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
	.inst 0x7e70d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eb2fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2cf018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eace519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e58a40a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2408dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e697afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2417f
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
	.inst 0x1e21c130
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
	.inst 0x1e6839f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e70fc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e19ad64
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e270875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0fa96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22d017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e203938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee2ee59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6242ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e315dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0fb1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63009f
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
	.inst 0x7eefe5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc05a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e2ee4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f121233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0f2e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e237916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e290107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fca51d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeefd5a
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
	.inst 0x1e679437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6e937d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28889e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f1d5f
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
	.inst 0x1f478070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc49032
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
	.inst 0x0ea1a9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1f935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f04b817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630018
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
	.inst 0x1e2129da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a789c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eaefd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f09a07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ffddf
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
	.inst 0x1e6220f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e227994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f482a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e242916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f5bfc57
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
	.inst 0x6ee1b859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea19a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e342a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e58fd2c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f3fff1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6cb99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7acc7f
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
	.inst 0x1e620090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6788b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e654053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e029514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e219936
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
	.inst 0x1e360958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d0119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f37fe1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e2cfcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0d95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30ca3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f01b17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeae4bf
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
	.inst 0x1e24c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e610142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e18c223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6440b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21b8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21ca16
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
	.inst 0x4f6de638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e240029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f68229a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20146c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f79a8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e22ec5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e25c55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0c99f
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
	.inst 0x6ee0d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e31d612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f699453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e280245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1aa16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7802c7
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
	.inst 0x1f52b0d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02281a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4f8c9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f67fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0dadf
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
	.inst 0x1e6c2100
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
	.inst 0x1e2621e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2eaee575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61a859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea3ef5c
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
	.inst 0x1e21893e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e43c0df
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
	.inst 0x5e6ae510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e619e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f8d5172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f121053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f33b5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e70dc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6189d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ae6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0e97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e686431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4ab1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f099d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67299e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e272c3f
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
	.inst 0x1e662950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1d9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0e9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e274114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2edd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e218916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f321017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea19ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d7a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f19fa
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
	.inst 0x5e3afd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21d8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2001ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e72d41f
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
	.inst 0x9e230090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6188f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6be546
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2ef4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e628d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f73b9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6548f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a1a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d68f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6079fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21b97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03147c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f3de4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f45f39e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c13f
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
	.inst 0x1e039cf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c09f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0abe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e650833
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
	.inst 0x1e650165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e64f678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30483a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc959bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e69030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61681e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea9c57f
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
	.inst 0x1e7900e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef0ec54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fa45ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f664d17
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
	.inst 0x1e2328b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25685a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2501cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61687c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e371a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18bf4e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a281f
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
	.inst 0x1e602890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e19f201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eefd4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e296d74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fb211d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21a8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f568458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e380189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e37385a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30da5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1ab7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef1e45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03f55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b4bdf
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
	.inst 0x6e6aecb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e706872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e25ecf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61a914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e55fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2ea8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3bd017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f19f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61d95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6e30db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7429dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3bd01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68287f
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
	.inst 0x1f6090d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f58e5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61aa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fb11994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58aca5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0ca0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d0ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e66fc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f51a1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f02e87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e64002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f60839e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e75795f
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
	.inst 0x4e219950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0f9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3cb012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f43c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6201f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7209d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f5ae5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e68d499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6900cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43e5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f3abf
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
	.inst 0x4eeacd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc61811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e189862
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18ba43
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6238b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee7d5d6
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
	.inst 0x0e28e6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6439d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61787a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa790bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc9987c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e77191d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2620f0
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
	.inst 0x2ea4d430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2201d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e650002
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
	.inst 0x9e210124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2ec555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6100a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1a958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e280289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6979ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e348b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7801ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e361d7f
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
	.inst 0x6e30c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1b971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2538d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0985b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fd21154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6b4955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f439e36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c2857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8b5138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f67fc79
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
	.inst 0x1e6d1a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e647a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7001ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ec67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28004f
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
	.inst 0x1e6808d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b0811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f7bfcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e710046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e66dcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6039da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59866c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68493d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ebde5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3900ef
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
	.inst 0x1e290180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b0871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290203
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
	.inst 0x0ea19935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e29e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e359017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee4ec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e27dcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21b8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23095d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1f81f
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
	.inst 0x6ea19930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6541d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0c8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21c9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefec56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58e268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27343f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7901ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3520e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e36593e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30fa3f
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
	.inst 0x7eade5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e58cce1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eb1f592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e6178d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e0d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6441b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f8399b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6200f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e262839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b0ada
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
	.inst 0x6e66e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43ccbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b18fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c569
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
	.inst 0x9e290180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7055bf
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
	.inst 0x1e2f8913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eaff454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e74e635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7efcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eafd6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3622a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43a1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6179be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e21d8df
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
	.inst 0x4e6bdc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f49a452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f7de433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e702060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eeffdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e039976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2efc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f88f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c0999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70f9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0c8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2789be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21883f
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
	.inst 0x1e662930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e28ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f2ee512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0f4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2441d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f078cf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e393018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6f3499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6820f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f32e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2800ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a193e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65010f
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
	.inst 0x4ee0c4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6329d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e302040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e64dc57
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
	.inst 0x1e7788d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e68ce9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0cb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f41be7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e22e5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fb4593f
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
	.inst 0x1e21c130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa35072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5faa51d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f69e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2354a8
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
	.inst 0x1f52dc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e66ecb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1fa7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1db3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6fe5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e58440e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e29edbf
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
	.inst 0x1e615810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617912
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
	.inst 0x9e1919a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3129f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e425858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea18999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6500ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61c9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e619dbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e70038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31006f
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
	.inst 0x1e6368f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f441611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f02c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1b813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e302030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e200007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e737a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d1999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0c8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fd290bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61423c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e27ed9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67597e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6501af
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
	.inst 0x1e600cb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f66e435
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
	.inst 0x9e680207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0fa58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61c859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3800ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1d97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21dabc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7b381f
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
	.inst 0x9e620170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0d0d71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2829f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd39a34
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
	.inst 0x1e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58cca7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f045118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea7fc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2e8c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f3101db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eece6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e291b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e346b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e6b3f
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
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6178b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e305852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e680003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6089d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e614215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f453816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f8d99d7
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
	.inst 0x2ea0d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0fb1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18cd4d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2179de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27899f
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
	.inst 0x1e67c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f66fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eafce32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f3ae697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f04a138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61d47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f24a1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eadedfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0cafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6128fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc411bf
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
	.inst 0x4e61d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0b2092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2641f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6919d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21b935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e304936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2b16b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e616859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0892da
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
	.inst 0x4eeefc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e20e45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6699fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e77085f
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
	.inst 0x1e230070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6179d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e3833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f490574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1c5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2b1197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2cc5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a1839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d5a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f093d3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61cb3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e20e6dd
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
	.inst 0x9e7900ef
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
	.inst 0x1f6305b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e308911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2808b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e66f513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e09f5
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
	.inst 0x4ee18857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a3918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6ca0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e282200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f28fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21fe5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fa4993e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79012f
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
	.inst 0x1e700080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21a8f1
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
	.inst 0x7ea2ee53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e250224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6900a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0c856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e680267
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
	.inst 0x1e7808f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a18fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65034c
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
	.inst 0x1e2a4fbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e592d6f
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
	.inst 0x4e6168b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e62cd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6978b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e02ad93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d18d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e4244f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e42ed97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f531d38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f43dd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7802ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71589c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f03141f
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
	.inst 0x1e264170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e661a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6179d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea4c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61b814
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
	.inst 0x4eaafcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f740479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e217b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa790bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e66edbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21a91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eadef9f
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
	.inst 0x5ea1d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b08b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2719f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e59f0a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e274a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f35e578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e650269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6efc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e623a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f88bf
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
	.inst 0x9e230050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2389f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2501e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e59a4a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0d9b5
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
	.inst 0x6e619897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e381a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30d89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e59282c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7439dd
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
	.inst 0x1e23001f
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
	.inst 0x1e6e58b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e627931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2141f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e610103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e28ddf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0f4575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e24ddf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f2be497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a29d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1a879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef9c4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e37ec1d
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
	.inst 0x6eadc79f
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
	.quad 0x0000000000000001
	.quad 0x00000000000001fb
	.quad 0xf4ea5ad6f34fd017
	.quad 0x06cd062ac8b5d611
	.quad 0xffffffffffffbf95
	.quad 0xfffffffffffffd34
	.quad 0x1567fdb2640d378d
	.quad 0xfffffffffc5fc3d2
	.quad 0xfffd2b588e3a82c8
	.quad 0xffffffffffffffff
	.quad 0xfffffffffff81035
	.quad 0xffffffffffd1c2ce
	.quad 0xb8ffabaa0a685dd6
	.quad 0x82fbcbf3a4c142b2
	.quad 0x85a09e665eb932fc
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xc04c96bc9417c746, 0xf07bd154482c0000
	.quad 0x675586d29f8109c0, 0xbcf6d476ba860000
	.quad 0x7ff039dad269acf4, 0xbd98deb38ae41773
	.quad 0xfff0ba613f1b4931, 0x80232693449b11a8
	.quad 0xc07ec9f5de87c49d, 0xf1c07ddf48297400
	.quad 0x3843000043cdafcb, 0xdb7506acbdf4ffb4
	.quad 0x000000003cab6912, 0x7ff0000000000000
	.quad 0x3f1795cbc113bf36, 0xbe611e0295e27f74
	.quad 0x002f794b684a9691, 0x4500d23b19d85625
	.quad 0xc3dc7f1c47400000, 0x80000000ffbb8146
	.quad 0x3b1c0000ff812306, 0x00000000ffd35387
	.quad 0xf95b2b751a080bee, 0xbef869c6ffc00000
	.quad 0xffd0000000000000, 0x7ff8000000000000
	.quad 0x00000000c0b1f747, 0xbf400000c003fbcc
	.quad 0x37b3cb832212a879, 0xc4bd3fcaf324e6db
	.quad 0xaf2010978765c720, 0xb065276f1eca7ef1
	.quad 0xe5a7683be5e81339, 0x7ff35f1cc5da6484
	.quad 0x3fc8633e4150c9fb, 0x0939e1b7066d7e00
	.quad 0xaccd8fc88327069b, 0xfeffffff80000000
	.quad 0x9b0b444cce43c493, 0xbff90163b0b37c20
	.quad 0xbe00f8443de556ee, 0xc311d1c9c38378be
	.quad 0x0461bc29dbbbfffe, 0x862db22841951bb5
	.quad 0xbfaad3fdfb6db4c0, 0xce2791a793e74280
	.quad 0xeaffe1dc1a9982fc, 0x000e99aaa12bc079
	.quad 0x4c467bb588f6ab35, 0x6e39fdf3801b4166
	.quad 0x80c086adf9fd4208, 0xef7050e3784d8563
	.quad 0xd5c1020bc05e8529, 0x3e58000029020200
	.quad 0x000000003e71571f, 0xa1b62363ead5809f
	.quad 0xbf800000be238171, 0x0ac2bd30a2e32849
	.quad 0xffe0000000000000, 0x7ff51374342f1fcb
	.quad 0xa3bb2cfcf5fb9825, 0x7fc00000c111cf1b
	.quad 0x746770527f800000, 0x4197cbda3bdc267f
seed1:
	.quad 0x362602e68d9bb597
	.quad 0x0000000007564699
	.quad 0x07c93e0bbd63fabe
	.quad 0xffffffffffffe377
	.quad 0xf6840d0031cd9ede
	.quad 0x000000c80cc863d6
	.quad 0xffffffffffe97005
	.quad 0xfffffffffffffff3
	.quad 0xb6d71f0fccf44e41
	.quad 0x0000000001000001
	.quad 0xca242c7ce352035c
	.quad 0x9f30cfcae12836ea
	.quad 0x00000000000000b2
	.quad 0xffffc36085f57002
	.quad 0xcb30dbacf6a551ec
	.quad 0x0000000031383d3b
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0xa79debe8620e1af4, 0x143c930df73affa5
	.quad 0x835b630e51941dea, 0xc01b800000000000
	.quad 0x045fb96fbe39af6c, 0x8104775f9f53b236
	.quad 0x8656fdff9ccab057, 0x98d30ba87ffffc85
	.quad 0xbf2c000000000000, 0x3f60000000000000
	.quad 0x68ac0ae6b3538bff, 0xdb1a233041000000
	.quad 0x03449d0aec31d49a, 0x41fffffffffffffe
	.quad 0x3c4c899f80000000, 0xa4172c214db4fff2
	.quad 0xd20d422b6eb32336, 0xccc5893fffafd7fe
	.quad 0xff800000817fffff, 0x3dd426b17f9b2dd8
	.quad 0x4967264ea8c0fe65, 0x80000001fdfb013d
	.quad 0x3ff6b9a1fe850000, 0x7b8b2ccf7faf6324
	.quad 0xa95ca2d9550c5509, 0x0006c989dd014099
	.quad 0xc4fa459000610df5, 0xfff200792ca246e9
	.quad 0x3fcd8808eadde495, 0x5ecdd3453b601218
	.quad 0xc1d4e72c00ffffff, 0xf39665c5be93b4f5
	.quad 0x3ee37e1cbe16e3ac, 0x0810dd237f800000
	.quad 0x5a974e2728ada62b, 0xfeae0a513ff22d57
	.quad 0x822b1b246723243b, 0xf804347640a00000
	.quad 0xfffa230ca42c4ba8, 0x42b39e2f00000000
	.quad 0xbf6d78a9ef26e972, 0x7d1a3ab4ba79e5ef
	.quad 0x80000000d9fffffe, 0x8000000000000000
	.quad 0xc0878e993e000000, 0x7bce6ace65d5df58
	.quad 0xcb87b00a7b7f7e39, 0xceb51c90032ac349
	.quad 0x7ff0243c1b6dfb89, 0x43e0000000000001
	.quad 0xbfa48db7b7bef7df, 0x7ab0dc3cffdc0000
	.quad 0xe7f88b9fcdf7422b, 0xbdc00000c7000001
	.quad 0x51fbf8abf1f886d2, 0x7fb38594010441f0
	.quad 0x4021e537c28abab9, 0x078f0104fa669e0a
	.quad 0x32d3c721ec6f7f89, 0xb5c0000048980000
	.quad 0x43ecfcd7ff800000, 0xc1b4d4c5a99fba30
	.quad 0xbea0dec1c2e233d4, 0x9da8e483dab7fd17
seed2:
	.quad 0xfffdb9a49125675f
	.quad 0x00000033dbb4029b
	.quad 0xaca8e82bffb004d4
	.quad 0xffffffffffffff88
	.quad 0x031c74569c85351f
	.quad 0xffffffe1de344939
	.quad 0x000000000000023e
	.quad 0x0020000000000001
	.quad 0xfffffff8bade486c
	.quad 0x0000000000000000
	.quad 0x00000000159880dc
	.quad 0x0000000000000283
	.quad 0xfffffffffffffe8c
	.quad 0x7fffffffffffffff
	.quad 0x000000000000006f
	.quad 0x6c9b3d7d5edc769a
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x7fdba0e06ba01a18, 0x03239d68791d8897
	.quad 0xbebd5228c0f91cb9, 0xfe8109f880400000
	.quad 0xbd61a185dfd69f3a, 0x90d7e799bd7efc14
	.quad 0x3dc000009b79fb90, 0xee3f2885cc77fbff
	.quad 0x8014cb7bc0f00000, 0xfff0000000000000
	.quad 0x3f71afc4ff724963, 0x3f026fbc7fcea885
	.quad 0x43ffffffffffffff, 0x47e7986310b02804
	.quad 0x00e26856bf1e3b34, 0xe9debb2a84043000
	.quad 0x7f1ede12d52cf4f3, 0x002e7d757161e88e
	.quad 0xffbee7e8feffffff, 0xed96ef2dfff57f72
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0xe4e240a51fd62980, 0x0d0dd47e777a0800
	.quad 0x622d6417feed713f, 0x8114db79a30613e1
	.quad 0x9f3cbdc4c8ff8365, 0xdc3f948d68d0fc07
	.quad 0xdf7fffff00000000, 0xc0c0800000000000
	.quad 0xbf1e97407bfb7adf, 0x406411f27f9f07f1
	.quad 0x161ba50d578646dd, 0x00152bae90cae316
	.quad 0x28ac1a383ffe4b01, 0x52770f587ba58600
	.quad 0xb7501d5f9100d691, 0xbff0000000000000
	.quad 0xfff0aa40039821d6, 0x1b8b9261208d4244
	.quad 0xfff5fee6a4b9982a, 0x426c835000000000
	.quad 0x000940277d73eda1, 0x54b850f7fdfdadfb
	.quad 0x40d800007f800000, 0x00000000d6b78cf7
	.quad 0xc0305ed927009bfa, 0x7e83df0ba14c58b9
	.quad 0xc01a000000000000, 0x7f8c742272158600
	.quad 0x0fe631e3672fd900, 0xfa084b157af7fa4f
	.quad 0x07c7825939e80000, 0x7ff500340f0f5e5e
	.quad 0x3f898b1202be21ce, 0xf86a5503ffff7deb
	.quad 0xbfa747f8debfee59, 0x3fb8cf99b33395d9
	.quad 0xc063dd5eb863ed03, 0x7ff50645447d0c00
	.quad 0x01a595a18a88ea86, 0x3f7e800000000000
	.quad 0x007a6b0d6f4167f7, 0x815dc00a0739fc00
seed3:
	.quad 0x8c280c459a28a384
	.quad 0x00000000000001a1
	.quad 0x000000000000015d
	.quad 0xdad8021acec74fa8
	.quad 0x0020000000000001
	.quad 0xffffffffffffff39
	.quad 0x8000000000000000
	.quad 0xfffffff47a4255f7
	.quad 0x7fffffffffffffff
	.quad 0xe69f13d10caadd4d
	.quad 0xbb4eed6d2067267d
	.quad 0x6546f9553c6f8789
	.quad 0xda850d648564a64e
	.quad 0x00000000013f93df
	.quad 0xb28d8d34d3bcd9d7
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x70000000
	.quad 0x5f393ffbe6193456, 0xbfc2c00000000000
	.quad 0x7e8000009b543680, 0x3cfa699d91a4a5c4
	.quad 0xc06b000000000000, 0xfff8000000000000
	.quad 0x3df131a3be98b530, 0xe17fd9b5614e535f
	.quad 0xfff8f664a54350ba, 0x1ddcc080d73adc8c
	.quad 0x1913428f5bfffffe, 0x80c89f493ebab953
	.quad 0xacaadf460f0c0400, 0x4001611110381397
	.quad 0x00000000c24fad6c, 0xfff0000000000000
	.quad 0x8020000000000000, 0x7ffb916f37d8fd03
	.quad 0x000000009e950f1d, 0xc0b80000c9b3f986
	.quad 0x823bc958807232b6, 0x24e46846f033d576
	.quad 0x401000007f000000, 0xe13909f2867868f2
	.quad 0x40308983f86c3298, 0x75a0bcbaf7cb7ddf
	.quad 0x3a8bb00442d0b2b3, 0x4012f6157f800000
	.quad 0x10bf07b6fe800000, 0x91e401aa6c646620
	.quad 0xfda39daf3d4e64af, 0xff24b99597403fd4
	.quad 0x200c0b2dbef0dff9, 0x6d77c3c5c0d7a7da
	.quad 0x7fbe3ca9bf27b7c0, 0x844465df7f800000
	.quad 0xecd87344007d56be, 0xbfa0e3e7afda757e
	.quad 0x7ff0cdb59f9fa97d, 0xd946d4341a31ffde
	.quad 0xb24dd4d256c2cb00, 0x3c038f11fcdf8368
	.quad 0x7ff0000000000000, 0x0e5967afe771c000
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xbfeafdc2f6d3d191, 0xff800000001c6f4d
	.quad 0x4014000000000000, 0xeef11709108707ff
	.quad 0xc5bde1d1dab60ed5, 0x800fffffffffffff
	.quad 0x7fe2cc6184597662, 0x0b8e1001f6760bff
	.quad 0x9d97960128737c72, 0x18e67414ff800000
	.quad 0x77eaf1788336ead4, 0xcc071f24b13d6bd7
	.quad 0xfff0000000000000, 0x007fffff97665f05
	.quad 0x9d9ee37df1b47e49, 0x3eb9e00000000000
	.quad 0xc5c00000fff0d328, 0xc39400003ffffffe
seed4:
	.quad 0x0000000100000000
	.quad 0xfffffffffffffdba
	.quad 0x8000000000000000
	.quad 0x000000000000001a
	.quad 0x0000000000000000
	.quad 0x00000000000000af
	.quad 0xfffffffffffffdb1
	.quad 0x000029352649904c
	.quad 0xffffffffffffff9c
	.quad 0xfffffffffffffede
	.quad 0x00000000000000a6
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000206
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0x03000000
	.quad 0x00000000
	.quad 0xc064fa796e2b9d48, 0xfff92eb0148972f8
	.quad 0x4dbf84ee7bffaf7d, 0x584e361abebd0b7e
	.quad 0x7d2300727e97f995, 0xc01e000000000000
	.quad 0xbfc00000bda0bfda, 0x0fb9c6d1af9939db
	.quad 0x81eec46973ee4900, 0x8000000000000001
	.quad 0xfb9391c8180332a6, 0x9468ccbc131d0000
	.quad 0xfa45bf4d7e1eff7a, 0xbfd5352cb00d6a8d
	.quad 0x0000000000000000, 0xecc356f2dd3bf923
	.quad 0x40280000ffb229f3, 0x294c5a657db5febf
	.quad 0x8000000000000001, 0x3fb4226bd86fcbda
	.quad 0xbf4a13177fc00000, 0x3fbd7935d2612d69
	.quad 0x5f44e05abea757eb, 0x3c13432dffea4640
	.quad 0x82b0e764255493f9, 0xa4b65801a3b0cf19
	.quad 0x3fa0000000000000, 0xadc2ddf08d4d3d3a
	.quad 0x0deef2d43ebfb008, 0x8000000000000001
	.quad 0x00000000c1ebcc90, 0xbe5047b380c76360
	.quad 0x0ac0b36e80800000, 0x005bac24477fffff
	.quad 0x81cd360e9633fa9e, 0x7ff0000000000000
	.quad 0x3b601ce5a97523fe, 0xffc00000ff09cdff
	.quad 0x3ca41cf76bfaf741, 0x498000007f1db2a6
	.quad 0x5695ce847adf7c96, 0xf10b777ad2ddeef3
	.quad 0xdc483e41df1b5b3a, 0x71b9923daadaa1dc
	.quad 0xed5dfaeecefbfbff, 0x41140000408924ed
	.quad 0xffc00000c0d80000, 0xffc00000c0500000
	.quad 0xcd1e87f3ffefafca, 0x3f043e897f5a5bfa
	.quad 0x800827ed50c6c517, 0xaf3ca188c9ad03ff
	.quad 0xd22378bebd8789f2, 0xf0d7775dbe2ac7bf
	.quad 0x46e27608005b993d, 0x9bd8efffb62103da
	.quad 0x39489706e45e7b47, 0x000000007f898b8a
	.quad 0x4016049f24005c2e, 0x8ec1b7638ca00016
	.quad 0x7fff0ddc37600000, 0xb5dc0000bee84467
	.quad 0x394b000040130628, 0xc1dffa79bc168189
seed5:
	.quad 0xfffffffffffffe93
	.quad 0x89abce5f7f795077
	.quad 0xffffffffffff8cb3
	.quad 0x5ed1f342aad680cc
	.quad 0x0000000000000004
	.quad 0x0000000000000001
	.quad 0x82b72d22dd5af4a4
	.quad 0x92f824b05615984b
	.quad 0xb4abab4ea6444880
	.quad 0xfffffffffffffc22
	.quad 0x0000000000001f16
	.quad 0x60f872e0aada3004
	.quad 0x7fffffffffffffff
	.quad 0xffda5180511b94ab
	.quad 0xfffffffffffeb6c2
	.quad 0x00000000001a80cf
	.quad 0x02400000
	.quad 0x50000000
	.quad 0x7d748df39595f9ea, 0xed2e371e639015a0
	.quad 0xe57fc8b77fdff25f, 0xab97bdc55ee75738
	.quad 0x4d5f6f7295fdfff3, 0xb789ee7032550fa9
	.quad 0x7ff559773d19d0c9, 0xa72bc149bb8a0000
	.quad 0xff7ce3f03bb7c691, 0xffb3b4cffa341529
	.quad 0x75a47aa642d96432, 0xfff476bf01949425
	.quad 0xfe351f3b13f6d4be, 0x90e68490a8db0b2c
	.quad 0xf92795e74a822b02, 0xfffe96681e328946
	.quad 0x0008d18a4d1cd316, 0x41a17a393f335051
	.quad 0xc3a8befc7f467c19, 0x7ff8000000000000
	.quad 0xc22421bae2f0b407, 0xbfc65d1453e9ac27
	.quad 0xe1c6dbe27fc00000, 0x1d6d268f6406a603
	.quad 0x40b00000ff88e499, 0x839aaac321b67a6b
	.quad 0x000880c908c17c16, 0xbe79dcbfdf7d99dd
	.quad 0x3fe52238f5d9b7ff, 0x401d33e7d09a166e
	.quad 0x4037ac66010dd43a, 0x004722da1e8ab728
	.quad 0xd264562943d3a92b, 0x45500000c0000000
	.quad 0xfc78e67979bfbef9, 0xf1a94931f02f4fd0
	.quad 0x731bdd19a17ab1d7, 0xfffb01916d64d970
	.quad 0x400e000000000000, 0xfbca09a591209ab5
	.quad 0x5ac9137efff25fff, 0x264bb769fefefffe
	.quad 0x428395a73eea7b07, 0x00544b3780000000
	.quad 0xc37c201eff7fffff, 0x42d2edfc00000001
	.quad 0xc4a4fe4b6190312b, 0x8135959a80000000
	.quad 0x5c7eed88c419ab79, 0x3f26976c55e177ff
	.quad 0xbc578fbfdcf0af53, 0xa961db38ff2ef12f
	.quad 0x7f87dcf16ecb21da, 0x4fe9eeafe11683da
	.quad 0x808000004241f594, 0x589f5f096e3ec8a0
	.quad 0x3fc0000000000000, 0x3e2223d8421cfcea
	.quad 0xec78c304bc5fbfbb, 0xc3250000d65225c4
	.quad 0x7f40bb99d6fcbfbc, 0x3ffa000000000000
	.quad 0x000c98ba55e76694, 0xacaa543d5886c1c0
seed6:
	.quad 0xffffffc5cdbc1ced
	.quad 0x41b9e377cf7d29f8
	.quad 0x97466d4e349c872f
	.quad 0x0091ec575e8cea2d
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x2ae4d1db513b5084
	.quad 0x0000000000000000
	.quad 0x0000000000000087
	.quad 0x8000000000000000
	.quad 0x1bc26b4e52512efe
	.quad 0xfff39fa99feef903
	.quad 0x3605437d7ae8d37b
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff1a
	.quad 0x03000000
	.quad 0x80000000
	.quad 0x2804482fe2f5edec, 0xfff48dfad52cd33d
	.quad 0x404058c50cc57aef, 0x52b06a14d7fffffe
	.quad 0xc002000000000000, 0x00000000bbc00000
	.quad 0x002416b004185e61, 0x9c02c0097ffbdf5f
	.quad 0xec9b586536f7b58b, 0x8335059fc7b8e6e8
	.quad 0xc020800000000000, 0xc0e9600000000000
	.quad 0xfaf56596fefbbfff, 0x4067df5982f79f34
	.quad 0x7cada5a1feffffff, 0x8000000000000001
	.quad 0xb95d80006e320fde, 0x7f800000c0d00000
	.quad 0xd91bc6e55d53adf7, 0x41ffffffffffffff
	.quad 0xb5322d10f19b9172, 0x30967fa7fff7ae70
	.quad 0xbf2615863fa40000, 0x0772135dfffeeacb
	.quad 0xe8aa40adc91a8000, 0x9e4ad1f9c72afd56
	.quad 0x41229e64fcf9c7ff, 0x18c109b475c681f0
	.quad 0xc1f0000000000000, 0x0c7b6f6823ec8000
	.quad 0x7f5beaf1646f15b3, 0x7edd79176cfd3bae
	.quad 0xe4d39210ff9f815d, 0xb4c4f7ac16d28000
	.quad 0xbfd8e42e674823e3, 0xacd9a4b6fdcffe58
	.quad 0x3dd7e763ffc00000, 0x8000000000000000
	.quad 0x53cbe52dffff5ddb, 0xd69e1bf5b5a00000
	.quad 0xe29ac89f7fcfcfc3, 0xe119518381217f96
	.quad 0xc331fe2d29aaeb84, 0x0020000000000000
	.quad 0x74c9ebdb7fbfbf1b, 0x480c80007c06fc05
	.quad 0xeaf77a3e3fa00000, 0x8b426e7c67f37cc8
	.quad 0x9074cf4c71d5ccde, 0x4367cab636513bd2
	.quad 0xb0866b2c71e758ce, 0x99d7ef74c601f3fe
	.quad 0xf227c82a00000000, 0xf134d74ba85ba2f2
	.quad 0x404dc750e8890965, 0xff80000000b88382
	.quad 0xc0d1d43641000000, 0xbc4ed300bea40000
	.quad 0x81934dabc10e0000, 0x402fe7b8967cab09
	.quad 0x15f51a919d48669b, 0x000f4385df7fffff
	.quad 0x7f8000004e96caad, 0x4edeae693fd5a7f3
seed7:
	.quad 0xb646f0526f715925
	.quad 0x00941214587d31c0
	.quad 0x5afd9fe5c7e50a3f
	.quad 0x00000005ec8304b2
	.quad 0x00000000000038d9
	.quad 0x7bf935afd9c612ea
	.quad 0x00000000000001fe
	.quad 0x266ad034b5c9b375
	.quad 0xcc508d46baeb9efd
	.quad 0x7fffffffffffffff
	.quad 0x79739465f8a30c4f
	.quad 0xffffffff80ca87a1
	.quad 0x0020000000000001
	.quad 0xfedf5d7c062611d6
	.quad 0x0000000000000fbb
	.quad 0xa93324fc6bc08796
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x52d736dcbfcf3945, 0x8d84ac71181ea600
	.quad 0x13458d053bbfef06, 0x06e6a87e3cd06138
	.quad 0x30a2ab89b2f82486, 0xd160c09e07ff8000
	.quad 0x40165841ea658c7b, 0xc0024d76c9ae063a
	.quad 0xbf7429b932d060a5, 0xbfaa1a0cb7400000
	.quad 0xbd2cccb970257205, 0x869ea418bfbb87eb
	.quad 0x2fe3f935e3f7ffce, 0x70b01a2f7ff5ff75
	.quad 0x4202ab9b80315559, 0x000000007ff147eb
	.quad 0xa19e25ed36f6c5c0, 0x800f5f3e29a7a758
	.quad 0x3fa5cf431e7f939a, 0xfd2063927ff35404
	.quad 0xfff0000000000000, 0xffefffffffffffff
	.quad 0x000000007f800000, 0x3fa18a6cf9a95f24
	.quad 0x8f1119fa52163300, 0xb9e635847cca027b
	.quad 0x40338d3f5bb96ae1, 0xaa772c24c38f4ba4
	.quad 0x000301eb0b9d0253, 0x7ff954c643f02292
	.quad 0x14acb735fd4c74b7, 0xc0f0000000000000
	.quad 0x2e5de8cfef1e26cb, 0xff800000d18a249c
	.quad 0x7ff8000000000000, 0xfc577b6cd01faaf3
	.quad 0x7f00000000000000, 0x76c7dc7ed1acfb73
	.quad 0x19441ed2c781b57d, 0x7fc0000082c214b1
	.quad 0xa14f5c527db5edc2, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x35e37d32ffbbf892
	.quad 0xc05d2def05dc48df, 0xf5b91206fff16ece
	.quad 0x2c4d031dc10ce171, 0x8000000000000000
	.quad 0x2f34c28ddbef9bd9, 0x41989d95950b2525
	.quad 0x8cd7f32d28d9ce00, 0x6425343dc5f9ff57
	.quad 0xc030000096604374, 0x40f6262f3c35a9f1
	.quad 0xbfa66185c6636e07, 0xc00a000000000000
	.quad 0xbbbc41548a8a988a, 0x402c000000000000
	.quad 0x8020000000000000, 0xfff0000000000000
	.quad 0x2eaa71d1f9f3fd6d, 0x4018000000000000
	.quad 0xc01004b49db8e4d9, 0x7910ba5c998186c0
seed8:
	.quad 0x5bbad8a3199e5311
	.quad 0xffffffffffffff21
	.quad 0x0000000001000001
	.quad 0x1503db75402473ac
	.quad 0x87e99b28e0df7c2a
	.quad 0x4c35189afd75deea
	.quad 0x913f1c0b9254b196
	.quad 0x0000000000000000
	.quad 0xd83acde10915e5cd
	.quad 0xffffffffffffff50
	.quad 0x00000000000000c9
	.quad 0x01161370852b12ac
	.quad 0x00000000000002c9
	.quad 0x6fb65b129c4d2262
	.quad 0xf49dacfab3f70a3c
	.quad 0x08d637a59aefffee
	.quad 0x04c00000
	.quad 0xc0000000
	.quad 0x817086ea817fffff, 0xc3e4491cf7136dff
	.quad 0xd824e04cffdd0fb1, 0x4024000000000000
	.quad 0x4003000000000000, 0x838f7be30045e9fc
	.quad 0x3cba99027fe55fb1, 0xbd600000ff800000
	.quad 0x7f9abf14007fffff, 0xc6000000ff0d3cf5
	.quad 0xbc47ccc3ff000000, 0x893cb10e7effffff
	.quad 0xc0354d96012d66ab, 0x899fdc2e89ccf166
	.quad 0x7ea8f611f35ffdca, 0xc03000000014336a
	.quad 0x40000001bbae24a9, 0xb8424a2e3fea9ade
	.quad 0x477ffffeff800000, 0xc0840000007fffff
	.quad 0x00800000a43e5c96, 0x3d0800009df35872
	.quad 0x7c3d44dee2b92510, 0x85c815bc21a3b401
	.quad 0x970077f80623fe80, 0xda9737af11984b80
	.quad 0x96179cf97f800000, 0xc084000000000000
	.quad 0x839ab8843c0f7025, 0x62a4929f7fa429c0
	.quad 0xb156bd27ecbe7e00, 0x00000000c1220000
	.quad 0x2a5da5e0dbedaee9, 0x02fc837771524571
	.quad 0x0000000000000000, 0xd55596749cb97786
	.quad 0xc38b31b17fa1b7fb, 0xcf8000007fc00000
	.quad 0xfbfba168b4e3e792, 0x5fc84307de57881f
	.quad 0x815b07bc8b7f7dd7, 0xc0651f2a131365cd
	.quad 0x0000000000000000, 0x41e59953fea3e8e1
	.quad 0xff7ce835fe13c43b, 0x3f7f38e7c6e85b4e
	.quad 0xbfddfa4d8cfb8830, 0x34ce0eed6c3c1635
	.quad 0xc396cde99ca67dba, 0x7f80000000000001
	.quad 0xbe0bbf2f5db8fc00, 0xbf7709730cd18229
	.quad 0xbf7c000000000000, 0xcf00000180000000
	.quad 0x40000000bfe90e50, 0xff800000174814a9
	.quad 0x0245f6db59c17bd5, 0xb1b92e98e97ffe00
	.quad 0x67f30f5ee812efc5, 0x93ccaf32d4e9fc00
	.quad 0x8025c115007fffff, 0xa6f20061d52d4100
	.quad 0x801ad38253e0847f, 0xac300c42ffe7fe3d
seed9:
	.quad 0xfffffffffffffb3c
	.quad 0x0000000000000001
	.quad 0x195a4d5ff0bc3806
	.quad 0x0000000000000001
	.quad 0xffffffffffab0cab
	.quad 0x0000000000000001
	.quad 0x2d18ba89f5644602
	.quad 0xf53895f115c65ce1
	.quad 0xffffffffffffe289
	.quad 0x3b8d1f7fecd9958b
	.quad 0x903d3bda751c22fd
	.quad 0x0000000080000000
	.quad 0x2c9c29157965c053
	.quad 0x7fffffffffffffff
	.quad 0xf7dfd1ebbcb6c208
	.quad 0x00000000000000da
	.quad 0x05000000
	.quad 0xc0000000
	.quad 0x0881c4a509930001, 0x8d5467b029341f91
	.quad 0x9fd2290b7e684100, 0x5ce6666665ffb029
	.quad 0xc280000076299bbd, 0x0014188f541f0964
	.quad 0x5157da0968b93a00, 0x705ae3144bffef1f
	.quad 0xb775d32afffffdd7, 0xa6d4f772cccf79ed
	.quad 0x72a9c87ac3af4ede, 0x6ac25d8c90e23cd7
	.quad 0xfff7aa470da34634, 0xfff0000000000000
	.quad 0xffc00000f22e19bb, 0x000000006e677bc1
	.quad 0x7a719a3280000000, 0x43f0000000000001
	.quad 0xfff0000000000000, 0x558a7e7a2c2dfc00
	.quad 0x782bebd8ef0d3f66, 0xed152e80af12f185
	.quad 0xfb8e047eea923215, 0xc0c73a74c80e0000
	.quad 0xc08e781eeb830022, 0x4d8798bf7fff6da9
	.quad 0x0b90c12504deb133, 0x49dc8cbe71220000
	.quad 0xe49e4233c9ee6cf4, 0x7ff8000000000000
	.quad 0xb101407f7ff3dfdf, 0x1260328ebc99fe3f
	.quad 0x8046ca509729d6ab, 0x000c2e1399d6e0eb
	.quad 0x035b6e1c1a682e3c, 0x7ff01ece18b0667c
	.quad 0x7fef953eaaaa3120, 0xab591844b7ff0f24
	.quad 0xf428072c5a0ab767, 0xfa3b99c3c5a5fe00
	.quad 0x3f74d4c92d5ad45e, 0x1a401aac68806136
	.quad 0xbfe0000000000000, 0xfff0000000000000
	.quad 0x86114cee7f87fe17, 0x4014316200000001
	.quad 0x3fed8fff7b7b561c, 0x3fce551bf527f279
	.quad 0xc37fc87573c395d7, 0xffba56ebdf800001
	.quad 0x12ea50827fff7fe8, 0x7ff3e98dff1d6f8b
	.quad 0xe6411c7336f07400, 0xc024c64c14ba3e65
	.quad 0x6c4607d9be0f7f7d, 0x3697dafafccecbd0
	.quad 0xc7d56813bc1032e7, 0xc03f4bd16ad702a7
	.quad 0xfe5722fa7fd5d317, 0xbf8bb8d9ad041c51
	.quad 0x26f1296a7ca1ff1e, 0xfd767bb5d8cf8176
	.quad 0x1dc8df6f65d0fc1c, 0xc34457e580000000
seed10:
	.quad 0x000000000001111e
	.quad 0x016a64f85e45a20b
	.quad 0xfa7b88a8e47b7ccc
	.quad 0xc8e598ffbab2ed78
	.quad 0x0000000000000000
	.quad 0x000000081a0192f2
	.quad 0xffffffffffffff4c
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x00000001eb154376
	.quad 0x7fffffffffffffff
	.quad 0x4c2ddd428da5cc8a
	.quad 0xffffffffffffec43
	.quad 0xffffffff3fd9f18e
	.quad 0xfffffffffb92fa46
	.quad 0x02000000
	.quad 0x20000000
	.quad 0x41a10a34da000001, 0xfd8d8bbab6e08a11
	.quad 0xfff2248b799d511b, 0x610424cc0f7fffff
	.quad 0x0a0fc2014372a985, 0x4e40702322352581
	.quad 0xc0569d54b8b449ae, 0x7f9818585828db27
	.quad 0x8000000000000000, 0x0151022bffbc3151
	.quad 0xe25602f3ccff7c00, 0xc3efffffffffffff
	.quad 0xcbe7316ddfffffff, 0x7ff8000000000000
	.quad 0x14c6e0faf8b43a17, 0xfff0000000000000
	.quad 0xb42aaadedc84fc49, 0xbf821f19ffbff74b
	.quad 0xc01d000000000000, 0x123a443b3bc15ffc
	.quad 0x7da925c7838f3e86, 0x3f5fc69cc0400000
	.quad 0xbff3c846e293679c, 0x105da3d06e413d54
	.quad 0xf626e70cbfd82e3b, 0xbe1c6524c0100000
	.quad 0x40b80000c4000000, 0x625ac98437113a49
	.quad 0x7fb4c89cff800000, 0x40e66fc773859daf
	.quad 0x00000000e6be9a34, 0xa4997a8fbe635fbb
	.quad 0xffefffffffffffff, 0xbfa3000000000000
	.quad 0xc07ac125358b5308, 0x8c39958d4941658b
	.quad 0x561041d5ff9f0000, 0xc7500000ffc00000
	.quad 0xd3574a1efffd8297, 0xa26a468715bccd3f
	.quad 0xff800000654798e3, 0xfde8484b775582dc
	.quad 0x144da144126c6a15, 0x4037ce97dec60944
	.quad 0xc10800003fd20abb, 0xf51d4001bd1af7a8
	.quad 0x529036f2de3fa830, 0xfffcd99e7ed5df62
	.quad 0xefce7d2bfff1efe1, 0x61ff735d7fbcc3ff
	.quad 0x420d98e4cfdf0821, 0x607376fab73edf7b
	.quad 0xfff25ee55332226e, 0x798ba8dd96727f56
	.quad 0x800000001aa01c7e, 0xdfea01b1ffb5e351
	.quad 0xb54aa60133ae6460, 0xbfa3b4a79abdbfa0
	.quad 0x807fffffff940827, 0x77d9e9be880101f0
	.quad 0x9c28f9fac3645c55, 0xbc87e01fc0900000
	.quad 0x3fa4db80b245af3e, 0x6b8be456bf9bdff7
seed11:
	.quad 0xfffeca9ed669b19b
	.quad 0xffffffff80000000
	.quad 0xc4d1c75c8b429d95
	.quad 0x3e4ffdc25ab52e06
	.quad 0x3bd88d3e1245356c
	.quad 0x0757a7e3940f4e20
	.quad 0x000000000000000b
	.quad 0x0000000080000000
	.quad 0x77fe7110d20d7056
	.quad 0xfffffffff2d9f2fb
	.quad 0x00000000078bc84a
	.quad 0x2f7637c5f2bdf571
	.quad 0x0000000000000001
	.quad 0x1f7db5f51092d5b8
	.quad 0x05db614a9a2b4f06
	.quad 0xffffac86aa875c56
	.quad 0x02800000
	.quad 0x90000000
	.quad 0x7f800000c9000000, 0xe8848375763caf3c
	.quad 0x7f968fc30029c6fb, 0x8004487431bfb43c
	.quad 0xbad1e95e7f8c7cc6, 0x7fba265280000000
	.quad 0x8a1891e30079d464, 0x8a99da779716c680
	.quad 0x4002000000000000, 0xb3967c12fff1fef6
	.quad 0x4d875c85fe967edf, 0x0000000000000000
	.quad 0x9a64d2d7562f801d, 0x4008000000000000
	.quad 0xe307ff95f86d5db5, 0x0da7867ded73ffcf
	.quad 0x7904d7f5a7ebc1a4, 0xfff0000000000000
	.quad 0x7fd740c5ffefeff5, 0xfffa25f6c1040000
	.quad 0xf39ab05f6edd7d41, 0x1ba6a75f2530a0de
	.quad 0xdca990fbbedd6329, 0x7ff8000000000000
	.quad 0x16144405624d7e00, 0x00328376c0600000
	.quad 0xa081b249ffebfd89, 0x3c244a8050bdc330
	.quad 0x098db2ed7ffdbfed, 0x0001fa712d5ce8a4
	.quad 0xfdeacb0acc521523, 0xbc06aa8c00000000
	.quad 0xe28771386980cd2f, 0x406c683d8112da92
	.quad 0xed1bf61f51800001, 0x15eef494ff800000
	.quad 0x5acdae94d48afe00, 0xfeb1ae2d6444a239
	.quad 0x7c19859e4ee45638, 0xbde182ec5ee41b53
	.quad 0x8010000000000000, 0x6d48d1a79fc094b3
	.quad 0xe19fc8e2ffd2beb9, 0xe10f51641fe7e8b7
	.quad 0x4750a7fd00000000, 0xf0afb6187f7fffff
	.quad 0x00000000c34adec1, 0x7ff63a630b1ca897
	.quad 0x66008a04ff9efe14, 0x834b5c6d51143d4a
	.quad 0xfff0000000000000, 0x0eb687522d9478db
	.quad 0x3ec3c00000000000, 0x3ecfc00000000000
	.quad 0x83a4c848f92325b2, 0x5bdd7bf8fccb9394
	.quad 0xedc4c76afd6d5def, 0x000000004225097e
	.quad 0xe8ac726007e283ff, 0xffc000000cfd50c2
	.quad 0x6a9129b6c1100000, 0xffa485adbe2a07f6
	.quad 0xc1e0000000000001, 0x1339ab37256207ff
seed12:
	.quad 0xffffffff4c25a903
	.quad 0x0000000000000000
	.quad 0x72b0fb7ec8eef7ce
	.quad 0x88fea54607b7367a
	.quad 0x00000000000006bd
	.quad 0xd27e5dd92bd58398
	.quad 0xdf1be6806a1eff18
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xd4877c28685d2110
	.quad 0x0000000000000001
	.quad 0xffffffffff1189c6
	.quad 0xfffffff9c2e02c04
	.quad 0x8000000000000000
	.quad 0xcf348f446c83d92c
	.quad 0x000000007fffffff
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x5c6fde216f7fffff, 0x02be53f67392b3f8
	.quad 0xbfcd052fae3052a4, 0xc1865c28b79381e3
	.quad 0x01e9033301966f83, 0xff9da29dff800000
	.quad 0x8269e8b1ab622906, 0xa3b464797feafbbf
	.quad 0xc166ea7efa385b44, 0x36b1446600000000
	.quad 0x1bc195d980714efc, 0x4f5d4860b7433681
	.quad 0x3d58cb5f102ca893, 0x43863cbcffffdb68
	.quad 0xffdeba6402aae0b0, 0x623b9fe27f27ffef
	.quad 0xbdf4e0887eaa43a9, 0xd061fcd5c1a75ba0
	.quad 0x081a689b41bd0ec6, 0xc0600000c0b80000
	.quad 0x7f000000c1f8c23d, 0x0000000000000000
	.quad 0x00458c1aff80f400, 0xfff0000000000000
	.quad 0x3b2c0000457fffff, 0xf91871b228afa6a7
	.quad 0x1e458cfea89efe11, 0xbfd2b8dd6188f28e
	.quad 0xf45a0f8fefef2fff, 0xd47e09cd5ff8dffb
	.quad 0x1b870915054c8000, 0xa4de144be1986c6f
	.quad 0xf2d226942fcb637c, 0xffdaef07ba150000
	.quad 0x806c888fbce3ec49, 0x00000000814b111a
	.quad 0xc03bd0d18bebc200, 0xd89eb0d7963598eb
	.quad 0xa8d50bc73f3faba6, 0xf478bf3c78effd83
	.quad 0x00000001817fffff, 0x000000003ca5eedd
	.quad 0xb131b24dbb77cea7, 0x3d3ac156f25f4142
	.quad 0x8740ebd71fd7ffec, 0x7f8b477343c6653c
	.quad 0x3ffc000000000000, 0x43d6f38b3e94f3cd
	.quad 0x06f76cba1af1aeee, 0x7ff0000000000000
	.quad 0x4f000001c0900000, 0xfff704d739f5a068
	.quad 0x6099ab83cea40000, 0x7ffb5d3c848532c1
	.quad 0x7f8d4235946ed874, 0x80db15e26f5e5220
	.quad 0xbf6086cd48400000, 0x875d8a62ff800000
	.quad 0x59ce202b7d34cbe9, 0x3fd0000000000000
	.quad 0x3bc6e52c43170000, 0x3e442525970956d6
	.quad 0x42f12554fce82e01, 0xbd68a963ec265079
seed13:
	.quad 0xfffffffffffffebf
	.quad 0xbe4ead34231a2e56
	.quad 0xa503bb10138667c2
	.quad 0xd79f0631041ee43a
	.quad 0x00000000000000b0
	.quad 0xffffffffffffff31
	.quad 0x0000000ab8335564
	.quad 0x000002d842762337
	.quad 0x7a2cfa7259ba3394
	.quad 0xffffffe668b626b0
	.quad 0x00000000000001e0
	.quad 0x0000000000000130
	.quad 0x00001750596fa4dd
	.quad 0x4c1ff705c3c893a7
	.quad 0xca61fc69ed5847cb
	.quad 0x0000000080000000
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0x3f6ad3fa2cfdedb4, 0xfff0000000000000
	.quad 0xc36f88127ffa4fc0, 0xfc5e78b4ce325fb6
	.quad 0x41efffffffffffff, 0xb06c7497fd7ffd68
	.quad 0x1a8c319227e6ac98, 0xffdb2ce84e84868c
	.quad 0x3187edcec87fdd44, 0xff8000003bf6fbea
	.quad 0x7785ce777feeb3be, 0x817fffff80000000
	.quad 0x4e62160cc8bb7d0e, 0x1408731d600743fa
	.quad 0xcf800000804531a1, 0x42897e4a7f800000
	.quad 0xc6acca959c617c00, 0x001a1b6e80857a4d
	.quad 0x8613c039bf625097, 0x749702453ddfcfcc
	.quad 0x7e800000dfffffff, 0xffeebeb34ada323b
	.quad 0x7ff0000000000000, 0x867d974dbffdfda6
	.quad 0xfe0c3b87db9334cd, 0x8b00212e6efcfe00
	.quad 0xc27e4e059618a5c4, 0x8000000000000000
	.quad 0x5c1ba40fc51cf8d0, 0x7fbc86a9ffa46a3a
	.quad 0x7ff8000000000000, 0x802eac297fc00000
	.quad 0x7faffe535d4de833, 0x1d22d33db046f9a1
	.quad 0xc0a2000000000000, 0xfff98dec00f51d3c
	.quad 0x7f8000000c104d29, 0x8000000000000001
	.quad 0x43fa74c6630d6819, 0x0d838dc5ff800000
	.quad 0x40f0000000000001, 0x5b3bcd7fc76f7c00
	.quad 0x8000000000000000, 0x59d960cbd58b9c30
	.quad 0x807f7cf8bda00000, 0xb1ab7bf1ca9eddda
	.quad 0x0000000000000000, 0x4780000001000000
	.quad 0x819275d8bb200000, 0x65ee29d11073fffe
	.quad 0x80ffffff7f800000, 0x4c00c6575b194680
	.quad 0x8009a600b41a6d51, 0x403e4ddc4144879e
	.quad 0x404a778958735e68, 0xca4ec3667fdd2522
	.quad 0x017fffffffe13898, 0xa5da6d00acfeaffe
	.quad 0x32525ec8e06b3400, 0xa99899e918ff9ef7
	.quad 0x800e90c619919292, 0x83084204f03f9783
	.quad 0xc1fffffffffffffe, 0x91713a677f926918
seed14:
	.quad 0x686651ce84eec940
	.quad 0x11da94290ed5eb7c
	.quad 0xffffffffffffff40
	.quad 0xe30be0c443ce0f34
	.quad 0x3fb4c99d78266959
	.quad 0xb157a144cd056182
	.quad 0xfffffffffffffa99
	.quad 0xf8a9b208877a16c9
	.quad 0x0000000000000246
	.quad 0xffffffff80000000
	.quad 0x6501a055ae0595a8
	.quad 0x0075e849f4d259c1
	.quad 0xfffffffe2963cc8f
	.quad 0x0000000000000001
	.quad 0x00000000000001cb
	.quad 0x00000000000003b9
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xa8be3dc591347bfe, 0x7ff0000000000000
	.quad 0xfdbba86695b47727, 0x8000000000000000
	.quad 0x388782880f4b7a61, 0x7ff9005d0d629bac
	.quad 0x0000000000000000, 0x8467ab11aebee4cf
	.quad 0xfff56460d7f04a6c, 0x7ff184071e7a63bd
	.quad 0x7030a22f660d7ceb, 0x8008000000000000
	.quad 0xe9f4a966f4ba3930, 0xc7ac9855ff365b82
	.quad 0x7ff0000000000000, 0x01ec382b85c9af29
	.quad 0xe7d69bae726e8000, 0x7ff708a436b40ab7
	.quad 0xff800000005832e7, 0x83587dd3f1937178
	.quad 0x58160f0ff9dbfd6d, 0x5f0000007fc00000
	.quad 0x000132e4d06d8070, 0x7f800000bb680000
	.quad 0xdd2cb75e83f70f65, 0xfe5e11d13cd1dc86
	.quad 0x7ff5118ca29745bb, 0xbfc3ef9c042ab7f9
	.quad 0x8fcc3d69cb79bff5, 0xc020800000000000
	.quad 0xc0c00000ff000000, 0x805ed874e3f38e92
	.quad 0xfe62f95cb8018400, 0x5791384dbd76d9f8
	.quad 0xffff1a3cb763f6c7, 0x55b8659877344680
	.quad 0xd5173444bd684480, 0x8000000000000000
	.quad 0xb1547ac2ffc00000, 0xfff75aaaa462f5f9
	.quad 0x081c2a4c20dce600, 0x270a1ff8ac28c055
	.quad 0x3f75cfdb243a468f, 0x000000000043765e
	.quad 0x1d140a78ffdd8000, 0x1dbd48699d76715d
	.quad 0x43c4891a8bfb7fb1, 0xc9fffffe3f18aed8
	.quad 0x3a9bda0dc24483df, 0x7ff0000000000000
	.quad 0xe339256c7ccedeb8, 0x9accb6d68b23087d
	.quad 0xa36e682177357f45, 0x8051b3f5d7dd87d3
	.quad 0x8000000000000000, 0xff8000003d8c0000
	.quad 0x41f0000000000001, 0x9c5f1a55fb777ebc
	.quad 0x4000000000000000, 0x6a5f12a5d3e7398c
	.quad 0x3fbfb995c3af33d0, 0x36c00000407ca076
	.quad 0xbfd2691acf45e010, 0xe1ba2987ffee7751
seed15:
	.quad 0x561de93cbeeb30e5
	.quad 0x8000000000000000
	.quad 0x0000000000000370
	.quad 0x0000000000000222
	.quad 0x11d3e7f44b8b37f9
	.quad 0xffffffd36aed6127
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x00000000000001fa
	.quad 0xffffffffd41f148c
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffb
	.quad 0xfffffffffffffca3
	.quad 0x8000000000000000
	.quad 0x000000000022a828
	.quad 0xe176c9734cfb24a2
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xf275b879dedd6d78, 0x80dcfe1574e234cf
	.quad 0x13c03c761504b669, 0xd6ff5dda1a857577
	.quad 0xa35f67fd5512fa68, 0x1334ffb6bbd7fddb
	.quad 0xbf3016930053aa22, 0x3fca900000000000
	.quad 0xfee7b78a36b40000, 0x085a65f5fdedbf7f
	.quad 0xffa4b396150127c2, 0xffc0000016d24fcf
	.quad 0x402df56b5ab78c67, 0xf048db86419d59e0
	.quad 0xff944a234f000001, 0x8000000000000000
	.quad 0x7ff6c0b2df4cb57d, 0xe38d2aeed7db7e00
	.quad 0x7fd32dd8b1846acd, 0x7ff0000000000000
	.quad 0x7ff2ca761d5d354b, 0x7ff33a9b2cc9a7c4
	.quad 0x0000000000000000, 0xcb2f9eb8cbfefdff
	.quad 0x4012000000000000, 0x5f800000c1140000
	.quad 0x40a4f00000000000, 0x3f8c9fb4046230c6
	.quad 0xff9cf842796f36d4, 0x546b082780b3fd9c
	.quad 0x7fb49a2b274d7c81, 0x000fffffffffffff
	.quad 0xb744bd86b6dfb980, 0x75f0ce97fd917c00
	.quad 0x614bc035fbfe7d80, 0x4040000000000000
	.quad 0xe6b4650efffc7841, 0x89b9916cf6300000
	.quad 0xbc45efe3c3711aba, 0x7b2b97ea658db432
	.quad 0x3f6d16857fef619e, 0x411c0000ff923a1f
	.quad 0x7fc306b349a00000, 0xf88cf0e4fe800000
	.quad 0xff56e6a5eeda8000, 0x40b40000802d056b
	.quad 0xdc2995a67ce71340, 0xa319731eabbfbbbe
	.quad 0x8018811b2fcccd72, 0x36b3db14c9dfaf55
	.quad 0xebe7cb6278830000, 0x044a513cfff84f3d
	.quad 0xb18b84d4cde4f7ff, 0xc17000005d8936ae
	.quad 0xa9520fedabf2a74b, 0xb1046863e9d482c3
	.quad 0xaf02deacf4eaffbb, 0x1f13ca2401475a25
	.quad 0x1dfc10789841c9e2, 0xbfee268c167f1be0
	.quad 0x18c885f0c97ffffe, 0x018143e780ca9c7f
	.quad 0x1394bea16951783f, 0x0000000000000000
seed16:
	.quad 0xffffffffffffff8f
	.quad 0x000004faef0ab17a
	.quad 0x0000000000000284
	.quad 0x509cbb6cc24b8805
	.quad 0x6dd9219badcd76c3
	.quad 0x000000001d139816
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffda9
	.quad 0x00000000000000bd
	.quad 0x00000003a7b2d83a
	.quad 0x0000002dbc1ab3e5
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xea1d10235b3e74ae, 0xffc000007041538a
	.quad 0xbf9fecfd3eb30124, 0xff8000004f000001
	.quad 0x80800000ffc645df, 0x822511ec50e57c8f
	.quad 0x3fa08fbfd26b0fdf, 0x0003253f3bc051be
	.quad 0x7fcd717ef99ac5aa, 0x80000000ff8f62cc
	.quad 0x3fe8000000000000, 0xbbb0c5173f9d5a60
	.quad 0x5bbaa223c2b9fc08, 0xb4cf403999b9febe
	.quad 0x3c00ea71043003ff, 0x401c000000000000
	.quad 0xfff8000000000000, 0xbd4a97984066871f
	.quad 0x401d000000000000, 0xc060000047000000
	.quad 0x527c3b5ac32bfc00, 0x00094f91ee28a917
	.quad 0x802d90edd6dacbf7, 0x94464f15285ffbff
	.quad 0x0683d98081317c00, 0x7fc00000bf7bcaeb
	.quad 0x53d6cd3a817ffc00, 0xc7851678ff800000
	.quad 0xb64400004db419b4, 0xffee4679ff9bf723
	.quad 0x00800000c07fffff, 0x3b34d453fa578000
	.quad 0x3ec600004f4ca3c9, 0x8000000000000000
	.quad 0xffa21ad9ffe16df3, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x4105800000000000
	.quad 0x7f8000007f82ae71, 0x0cc6b20e7d13ff36
	.quad 0x16b0eb487fefd028, 0x20290d3ebfff1b2b
	.quad 0xbd98dc788068d596, 0x51579bdefc6c5a4e
	.quad 0x9e0c4bd1ae31fe00, 0xba53000396450000
	.quad 0xbf02c00000000000, 0xbe03b4b145930000
	.quad 0x43d849d3d6de1788, 0xc77fffffbbc44105
	.quad 0x42cd6f6d80800000, 0xfe9fad54f1a2833b
	.quad 0x7ff8000000000000, 0xac7182f7d6d27b64
	.quad 0x519ffa17ffb16cc8, 0xa4be081dff7f1c16
	.quad 0x4b85da5d778ddb48, 0x800ed98b36f40000
	.quad 0x8a25e5d0b3a5fdb0, 0x18515c5dffbfed48
	.quad 0x60732bad5da73b99, 0x3b68000009963258
	.quad 0x7167f80e3503d449, 0x7081dd34fca7d81e
seed17:
	.quad 0x75cefc97409e3893
	.quad 0x0000000000000814
	.quad 0xfffffffeec0efca0
	.quad 0x0000000100000000
	.quad 0xffffffe010380f2d
	.quad 0xca9c531e1a71412e
	.quad 0xffffffffe322ced9
	.quad 0x00000002abff7cdd
	.quad 0xfffffffffffffff8
	.quad 0xcb5eaa63c786f063
	.quad 0x3d068e8b374cf7c3
	.quad 0x04c7c1cac97501c5
	.quad 0x40876086e946ee68
	.quad 0x00000000000001c4
	.quad 0x0000000634ea4687
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0xfde1b7617ffd1f13, 0x0004e8fc8f26476a
	.quad 0x63002894be57b746, 0xd26feb7dc449096e
	.quad 0x41200000fff51cb0, 0xa8dd428dfffbe7b3
	.quad 0x3f7632a6e8132802, 0xb2f9a0c940980000
	.quad 0x77c6de60fa91f9e5, 0xf1d19a2dfee37dd8
	.quad 0xa2d24fb22604cf3a, 0x433fffffffffffff
	.quad 0x433fffffffffffff, 0x7f800000b2ceb4de
	.quad 0x8008000000000000, 0xe27c2090cb2dd523
	.quad 0x000fffffffffffff, 0x004321d1f2a79783
	.quad 0x3c555201c298b8f5, 0x7fc0000080000000
	.quad 0x7ff4d6f2cfbe379b, 0x47c3962affc00000
	.quad 0xf8645c44a88aa908, 0x7e3d6300871cc0d0
	.quad 0x4072877f4048a3d2, 0x7ff8000000000000
	.quad 0x7f800000c0e80000, 0x96f18c01cb97e3a8
	.quad 0x9d6f8e7c6fe9bdee, 0xfff0000000000000
	.quad 0x9af164544a71d3da, 0x9de9c6167fa32f19
	.quad 0x4720f1ab59ffffff, 0x017fffff3fa00000
	.quad 0x7f800000f818ff28, 0x7fe66dbad5befbfa
	.quad 0xbec0000000400000, 0x30c9fc3b447bd6ee
	.quad 0x10ea60bb20347c00, 0x7ff0000000000000
	.quad 0x80026ec20e0958ef, 0x0132e77be7e4f5cd
	.quad 0x92cfdceed21ba090, 0xbb730000c0000000
	.quad 0x5edfb0f7215bfed4, 0x4020000000000000
	.quad 0xf4e559012d850764, 0x0b2053a8bffbfff3
	.quad 0x3fc0000000000000, 0x742c05e74f8efb4e
	.quad 0xeb948dc87ffeffbd, 0x3f77de8175b4d29c
	.quad 0x7298567e8ef244a6, 0x80ffffff5f000001
	.quad 0xbf2b500000000000, 0x01a5d417423c336c
	.quad 0xe02ad8b06f7f4a9f, 0x3f4df8c7946b7eb7
	.quad 0x841e41707fa5ceca, 0x8d869e8bbf82ee5b
	.quad 0xf4b83ba4c5442034, 0x26e1bc8cff800000
	.quad 0x535db034835e5298, 0x7f800000c21d76fd
seed18:
	.quad 0x3e97248a0a727cc9
	.quad 0x00000000000001d7
	.quad 0xe68f0c5d40c960ed
	.quad 0xffffffffffffffff
	.quad 0x97478f289188a8f2
	.quad 0x000003e6cc7133d9
	.quad 0xfffffffffff75d06
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x00000000000000b9
	.quad 0x7fffffffffffffff
	.quad 0x0000a4d9ed70acd6
	.quad 0xffffffffffffffff
	.quad 0xfc196f8bbf874dc7
	.quad 0x0000000000000000
	.quad 0xfffffffffffffeed
	.quad 0x03000000
	.quad 0x40000000
	.quad 0xc03ebd7f41a0581c, 0xc0f0000000000000
	.quad 0xe8bdda357fecaf78, 0x0476676453c5d11a
	.quad 0x41400000ffa39588, 0x4010000000000000
	.quad 0xcce6f5bf7436b300, 0x8c4bbfd06f1c2379
	.quad 0x406b302acb18772e, 0xfff88718017918b7
	.quad 0xbf50000000000000, 0xc0f800003cc0b79d
	.quad 0x3dd6cc2abaaf876d, 0x001e22828bcd0c52
	.quad 0x7faca122bc3e0858, 0x13712c263db14a7e
	.quad 0xbc4ad5907ae89fda, 0x2a32a89df3d7f9d8
	.quad 0x17275ddbb8937e00, 0x75fd211479fffecb
	.quad 0xce7fcf7d6d4bfc89, 0x06782ac5b01ff9a2
	.quad 0xc05af5597c32b06d, 0x4074c00000000000
	.quad 0x998dd9b7e7f40067, 0x8000000000000000
	.quad 0x82f84cace35c0d8f, 0x8000000080000000
	.quad 0xfffe4614f8f3b547, 0xfff0000000000000
	.quad 0x6b709a927dbf5ff8, 0x8020000000000000
	.quad 0x433a42c5667011a0, 0x74f7f9225bd4fdd2
	.quad 0x7fc2a42aff9aa028, 0xc05ffba3e77af3dd
	.quad 0xbf9670e9c0b00000, 0x8f05d87bdf9960f9
	.quad 0x22467599628b2eb0, 0x81f083c6c520ce06
	.quad 0x5826e87140a5db80, 0xc092b3a6812dd7d2
	.quad 0x23a9b50952b1d8e1, 0xc06f9f3d43fafb63
	.quad 0x455d616cc4c67c00, 0x3ffe000000000000
	.quad 0x3e2f4d613c9c59b5, 0xff0fe91529d2fe3a
	.quad 0xdf00000100000000, 0xaf2780c44522da4e
	.quad 0x9795645c7bf7fd7f, 0xbf80000040765ad0
	.quad 0xc03a6292c6a80000, 0xc09800007f8cb512
	.quad 0xc02ed0983adc719d, 0x99098e590432bd00
	.quad 0x82065ee4f00be4e8, 0x7ffc95f49ed6ed2a
	.quad 0x9a7848116cb0872a, 0xf0e2a396ffb5985b
	.quad 0xb9049063fdfa7e16, 0x3b8f5dfc40400000
	.quad 0x01d31bd06f1dc4e9, 0x2593ff69ffcaff81
seed19:
	.quad 0xffffc25dd5701cbb
	.quad 0xfffffffffffffde2
	.quad 0x0000000000000000
	.quad 0x0000000000000087
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x00000000000000b2
	.quad 0x00000000b641aa57
	.quad 0x4b8d80ea2599fafd
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffc0
	.quad 0x0001fea42900a146
	.quad 0x0003fc1d0fa1fe81
	.quad 0x000000000000001e
	.quad 0x0000004d5dafb1ff
	.quad 0xac3b1f490b61807f
	.quad 0x04c00000
	.quad 0x00000000
	.quad 0x00000000f750bab9, 0x3d020dd07f800000
	.quad 0x7a9190abe8aa114a, 0xddd56703bff75fff
	.quad 0x984caa4ffdfcfeff, 0x318420c2ffccfe25
	.quad 0xd4099998ffb63cc7, 0xfff485caafb36be7
	.quad 0x40f619dc15994ef6, 0xbf9d2126f6d12c41
	.quad 0x0745bf742f5408c9, 0x60d9f3bbf3957b8d
	.quad 0x7eadfdb4c1080000, 0x49be460f01058938
	.quad 0x02417b94e73edb77, 0x3fbbac6fc02a9900
	.quad 0x7ff0000000000000, 0xa6bf3fd477eb83bc
	.quad 0x2ed0efd71d544fbd, 0xf0b8099444a4d7f0
	.quad 0x4057993e7f817014, 0xc02a5b7ed36a8051
	.quad 0xfff0000000000000, 0x8004cacf763fd771
	.quad 0xd9800000c1200000, 0x0300a545cf40c9cf
	.quad 0xfff8000000000000, 0x72043e8cd0a5caf1
	.quad 0xc03c000000000000, 0x7ff0000000000000
	.quad 0x1c02e7e5e38eda3f, 0xbf848ac000000001
	.quad 0x4c71d1d8493c0000, 0x809c6120c6ad4444
	.quad 0x9ddb8c0dd62ff5d8, 0x00011105f19649ea
	.quad 0x826f7039aa7ed60f, 0xf379225300135e73
	.quad 0xc6209c468438f4ed, 0x108fd28e34b6605d
	.quad 0x8061821800000001, 0x7f800000bd200000
	.quad 0xa7732db8fffb7ffc, 0x3984eff49d7c7de1
	.quad 0xffe0000000000000, 0x7fd48fcb5d6042d9
	.quad 0x6e64abdc006ba4e1, 0x8000000000000001
	.quad 0xc0e8fb963f913d72, 0xffc00000c9790000
	.quad 0x5fd3da1bbffefdf0, 0x7fdca9f73f3823a4
	.quad 0xbc7e1f10c3364efe, 0xfff255516ca751b8
	.quad 0x7f80000038f20c4d, 0x805c4668b6340000
	.quad 0xc3c7b330c4bd7c1a, 0xfff2e716f94452d5
	.quad 0x8009a4b5ea6ec13c, 0x7fe0000000000000
	.quad 0x83f707121be912ba, 0x43c000008128eb59
	.quad 0xffb009963ed67868, 0x65b2ac44bfe00000
seed20:
	.quad 0xffffffffffffdc52
	.quad 0x00000028a4cb7d56
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe61
	.quad 0xf4e63de6d05e7e32
	.quad 0x0000000000004f0c
	.quad 0x0000000100000000
	.quad 0x6c0fbe280f0264c1
	.quad 0x0000000000000001
	.quad 0xbb1e1c416e3bd9dd
	.quad 0xfffffffffffffcc6
	.quad 0xbb0b3e5c514ee8f3
	.quad 0xfffffffffffffca1
	.quad 0xfffffffffffffece
	.quad 0xffffffffffe57807
	.quad 0x0000000001000001
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xf8bf23720f15216c, 0x59e070549f94af6d
	.quad 0xc718000080000000, 0x3141f9a9ffea4560
	.quad 0x3e445eeabeffd375, 0x474aa97a7f6bdddf
	.quad 0xcf0000003fc00000, 0xffd4eac1ce98309c
	.quad 0x40f0000000000000, 0xc2cc4d950055afd4
	.quad 0xb5e000007e90d583, 0x7f8cfd4780000000
	.quad 0x3915e2038aebb3b5, 0x7ff00257602f95a7
	.quad 0xffc30ef0c370fbce, 0x6c1d9e7b91b2f57f
	.quad 0x7d1810dd00000001, 0x7ff8ccb554d71573
	.quad 0xf4fc8b084961bf00, 0x85fa2b76c17110d0
	.quad 0xf7ab5c037f8063a5, 0x3b30000080000000
	.quad 0xfff0000000000000, 0x3d31c2baffbffdef
	.quad 0x01927276d8bf6bd4, 0x8e78dac7ff800000
	.quad 0x7fb33a7bffacd433, 0x65044fbf7f0d7e00
	.quad 0xc07ffffe3084118b, 0x0c90e470ffb34e1f
	.quad 0xc14076efda7ffffe, 0xc2c00000ff800000
	.quad 0xc400000000000001, 0x6024b8f57f9bbef4
	.quad 0xff800000ffc00000, 0x7ff0000000000000
	.quad 0xc04b8cd9d3860b18, 0xc0a9c00000000000
	.quad 0x4f3b78dbf5c8a6da, 0x3ff0000000000001
	.quad 0x9dcf401540000000, 0x0084afcdb1e67799
	.quad 0xa3170764125b23b6, 0xb2412b77df86fc6e
	.quad 0x7382020e00000000, 0xc020400000000000
	.quad 0x638d0d99d93da55e, 0x929c4deb8094e59e
	.quad 0x0286bb6113eb204d, 0xc1832b1d900bfd03
	.quad 0x0402aa223f69af66, 0x8000000000000000
	.quad 0xc02f864b1fed4bc7, 0x6a3776bbf9c9ace7
	.quad 0x7ff8000000000000, 0x40a0000000000000
	.quad 0x14401ed19b47fc00, 0x39ad6981b7787f6f
	.quad 0x4017000000000000, 0xf50cc41280000000
	.quad 0xc039bded8a5c0148, 0x8323e7514220a458
	.quad 0x0008000000000000, 0xf5c99cd5ffbdffd7
seed21:
	.quad 0x000000000000031c
	.quad 0x0020000000000001
	.quad 0x000000a8eec3b8b7
	.quad 0x6ea581cc19dd7c29
	.quad 0xfcb98919de192e95
	.quad 0xc5a4ac617ac175e6
	.quad 0x00000000ffffffff
	.quad 0xffffc50c80bf3099
	.quad 0x0000000016f00c69
	.quad 0x0019bc7853b7f740
	.quad 0x00000000000007c9
	.quad 0x0000000100000000
	.quad 0xffffffffbec5c986
	.quad 0x371da8690e6b68a3
	.quad 0x7fa203ab2fbe65b3
	.quad 0xfffffffffaa89d76
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x4b8ee1677b7f7f15, 0x40e0000000000000
	.quad 0x04548163d9a19efe, 0x2acd41faf284c1c1
	.quad 0x40900000855aabc8, 0x4465b3e7ff3dfaff
	.quad 0x7fc0000000000000, 0x7f0326b37f800000
	.quad 0xfff01fcb81e6f572, 0xff9af5fcc1a80000
	.quad 0xbfea2a9346ffb85f, 0x8294a7dde54dd4b0
	.quad 0xc709fa449fdecffb, 0xb6e53fad24114bc2
	.quad 0xfff0000000000000, 0x7f8a45acc0800000
	.quad 0x095727e2dad6750d, 0xfff0000000000000
	.quad 0x7b1227b69ff978f9, 0xfff0000000000000
	.quad 0x540eea75cb907dc4, 0x82104bae118d2dda
	.quad 0x1cf25bbccd3cfc0d, 0xc015800000000000
	.quad 0xe7cb2fe18b2efa89, 0x7f7512425447c23c
	.quad 0x7fd7282ac411c385, 0xc012000000000000
	.quad 0xb6ef9b3f3dfa2600, 0x42f987360ef88ddf
	.quad 0x7ff0000000000000, 0xc77fffff7e8c8ae8
	.quad 0x41d7ebcac5bf0000, 0x1eae5c095da84061
	.quad 0xff80000080ffffff, 0x41e0000000000000
	.quad 0xedaffbadb9080000, 0xfffca13c671a4143
	.quad 0xa7a2958391d00000, 0xc0ffffffffffffff
	.quad 0xbd7cd027bd11b708, 0x444f393b7fe6c9eb
	.quad 0xf70f5662062798f1, 0xe4843ce6bc9f9f32
	.quad 0x7f8000008ed2c583, 0xbfdf47cdee2a9a83
	.quad 0x80b7e3abe7afbfaf, 0xc00ef6be58f72a8a
	.quad 0x7fc000007fb78320, 0x000000013faae150
	.quad 0x8020000000000000, 0x35800000c0a80000
	.quad 0x0000000000000000, 0x06d4d8edf5fad7f5
	.quad 0x14c6b329b5bbaacb, 0xeeaafca67f9bfbd7
	.quad 0x800f58789520d170, 0x7e80000000786d76
	.quad 0x400f617186cdb609, 0x85abfccbf7fcb5ed
	.quad 0x7ffa0e8e44efcb40, 0xffd9c0f9180e369c
	.quad 0x82c59e9b2b2d1cb1, 0x8000000000000000
seed22:
	.quad 0xfffffffffffffc30
	.quad 0x0000000000000000
	.quad 0xffffffffffffff57
	.quad 0xb5a02f27855d5fd9
	.quad 0x0e60ea6f39599fd0
	.quad 0x0ad327bd1ea2ccd5
	.quad 0xbe14868618451640
	.quad 0x7fffffffffffffff
	.quad 0x00000000004c45d6
	.quad 0x0000000000000000
	.quad 0xffffffffc8b7d865
	.quad 0x9ea5af6c0596cf8e
	.quad 0x418e259bf43bdcd0
	.quad 0xd5af48adaa9c2325
	.quad 0xa7eff19d6a681f60
	.quad 0xfffffffffffffe67
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xf0b4fdf97fb0fa49, 0xd1e6a2ef76497c00
	.quad 0x1b776f27c07dbb23, 0x001db1c9dd7ffffe
	.quad 0x830f3b82b4f3b762, 0xa602242ab6e4f880
	.quad 0x3c9e63df71682fc8, 0x746ab677fdffffff
	.quad 0xbf5946d2ba768086, 0x998cd4d28014fb62
	.quad 0xff1b7642c5e48294, 0x1bfefc360d8f8f50
	.quad 0x8000000000000000, 0xb1fb66f5bffc2f7d
	.quad 0x3fb85a5c3d0bc29c, 0x3fe1865ebb4089bf
	.quad 0xeb8f7a24ffaf4fd2, 0xb3ff7754695dfe00
	.quad 0x807ffffff1c07733, 0xc3ce827c0060c1d5
	.quad 0xc058cafab32ff3b6, 0xee012c378f5b488a
	.quad 0x22b9120bb0c68000, 0x832c52563cfcd0f7
	.quad 0x800e6f6dd19eb978, 0x7ff8000000000000
	.quad 0xa02d605ab2d8ba0b, 0xbdbbabc1c0940000
	.quad 0xfffce6ea34a3e47a, 0x00127099e36f7c00
	.quad 0xbcc6ba615bffffff, 0xc5200ece3c83f91b
	.quad 0xc0060000ce9d2fc6, 0x0de9020673cabccf
	.quad 0x3dad3c3bf09b28ea, 0x7b09533d6f238e13
	.quad 0x8000000000000000, 0x40c80000bfcfc99f
	.quad 0xffbfedba7c491795, 0xc0d0d00000000000
	.quad 0x80404e21723e91ba, 0x7b12893cff75d55f
	.quad 0x4078a32996d7a3c0, 0x3c7ef5cd80000000
	.quad 0x5e259f5c7fff7ff9, 0x6e3413e6b6200000
	.quad 0x3ea2bf69ff800000, 0x806af948c1180000
	.quad 0x75128ac07fb4d630, 0xffc296393d32d1e3
	.quad 0x601b785fff544664, 0x804b0af62f3269f3
	.quad 0x992a9ef0db4afc00, 0x3cec3953584fc762
	.quad 0xf6dc5c56db52f92f, 0x802fffffffffffff
	.quad 0x40a80000ff7b213f, 0x38dae04bdfffffff
	.quad 0x7ff8000000000000, 0x7ff714010151de7a
	.quad 0xab2867b1d8754cd7, 0x7fdeaa0732c47d3a
	.quad 0x3fb49b4a61164975, 0xc04f2e5d6bc4f55a
seed23:
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffc8fe
	.quad 0x0000000000000331
	.quad 0xffff8d6fc368a287
	.quad 0x000000000000013b
	.quad 0xfffffffffffffd03
	.quad 0x0000000000000274
	.quad 0xfffffffffffffd17
	.quad 0x95f2cea7d68e9aaa
	.quad 0xc1ace7f434ce1bb3
	.quad 0x00000000000001bc
	.quad 0x684fa08d7ae39b86
	.quad 0xfffffffffffffdf0
	.quad 0x1e8e6a56c3f53547
	.quad 0xfffc419cf5a3d437
	.quad 0x0000000001000001
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0xc020000000000000, 0xeba7b9e2ebdbc74c
	.quad 0xcffec34b6c4e5222, 0xf3d2521798ee9826
	.quad 0x7ff34ba1454e1596, 0x4024400000000000
	.quad 0xbf8429deed156dde, 0x0019247eff800000
	.quad 0x00000000ff800000, 0xd61de9ed54277d9a
	.quad 0x12642a1766aba780, 0xffe0000000000000
	.quad 0x3fd5c69bb46b0625, 0xb7af6bb2d4de6f9f
	.quad 0x000a1b06fd9780a6, 0x5bb3879effb48e20
	.quad 0x814fa1707fc00000, 0x2ac2ce99eac97d05
	.quad 0x002efaba4c02aa9f, 0xbff13fac253f3de8
	.quad 0xbe25aef5007fffff, 0xdf303e3afebbfbf7
	.quad 0x3fbd3c7198af71bf, 0x85210c9896d77473
	.quad 0xffc0000041cabdf8, 0x71f77a864c800000
	.quad 0xbfa23b2efdf068e5, 0xbfe00000c0f80000
	.quad 0x807eb6dedc6ae286, 0x3e74c7eec77ffffe
	.quad 0xe562618c27697a20, 0xa56095d7ebbbfc73
	.quad 0xff7fffffc0f80000, 0xd09c696ddcfefd1f
	.quad 0xcfed168100000000, 0xca01bf27fff72ddf
	.quad 0x800000017fc00000, 0xe093883cbf879d74
	.quad 0x400bedf1efd37412, 0xfff37c1e885ddb0e
	.quad 0x52c7d912ff6efc80, 0x7e374fd2c8a8be9c
	.quad 0x7f816eca41140000, 0xb4ac3d85ffafe7dc
	.quad 0x4058300000000000, 0x00543a54b84091e4
	.quad 0xf8bb4743a55b52c5, 0xc0effffffffffffe
	.quad 0x4d442a259f6b3680, 0x3ff3a255b386362f
	.quad 0xbfeae7ab3ba22fe4, 0x22accf584eb77c17
	.quad 0x7f800000bd9f99aa, 0xfeb4c074ff841895
	.quad 0x93f5311e2ab50ea4, 0x4977ab03fb9dc907
	.quad 0x3ef5bed69c211be1, 0x689c3de5b8285a52
	.quad 0x8349e5dabe000000, 0x7ff0000000000000
	.quad 0x000000003e199b0f, 0x8cab385794376806
	.quad 0x4008000000000000, 0xfe4092ba00f8b2c2
seed24:
	.quad 0xfffffffffffffc19
	.quad 0x0000000000000295
	.quad 0x000079be32c51517
	.quad 0xffffffffffffccfd
	.quad 0x000000000000001a
	.quad 0x00000205d11f4d50
	.quad 0x4f49cb1254319507
	.quad 0x0000000000047e9f
	.quad 0x2f937542f3e42255
	.quad 0x0000000100000000
	.quad 0x3cbf420080055cdb
	.quad 0x395ef44e995cbffd
	.quad 0xfffffffffffffcb5
	.quad 0x0000000001000001
	.quad 0xb7b4f714bfb3bc69
	.quad 0x0000000000000001
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0xb018c7cffb6fa9bf, 0x4600901f6e867e00
	.quad 0x00000000ff800000, 0x12d45d48a8e68bff
	.quad 0x40680000ffc21a1c, 0xd37414ce56ffff33
	.quad 0x7ff0000000000000, 0xfffb3a8cc1140000
	.quad 0xbda7ad905a2d8b35, 0x4020000000000000
	.quad 0xc00fb8ecdaf00f9a, 0x0000000000000000
	.quad 0x21bfd169ffed0000, 0x92e383613cfc1dfc
	.quad 0x39eb8bc4bcecfe2e, 0xff68b2acbf600000
	.quad 0x800363d9d35d60f8, 0xbfc3000000000000
	.quad 0xc011000000000000, 0x41effffffffffffe
	.quad 0xfff92011ba3be77d, 0x0000000000000000
	.quad 0x3b2e8a84be75ef7f, 0x837db3da03efc9eb
	.quad 0x40083b13f167c86d, 0x8020000000000000
	.quad 0xbff000007f800000, 0xd3c024e62e2cde47
	.quad 0x80000000801f8a8b, 0xfebafdaf7f800000
	.quad 0x8cd89e48fffed46e, 0x7f8000008005689c
	.quad 0xfff196b56b164af7, 0x3880b87ebed7ff5d
	.quad 0xa2f0a601b4e4c500, 0xcf02ae93bfdf751d
	.quad 0x3a282a7effbf92fa, 0x7f80000040000000
	.quad 0x7faa6eaa5a1d4379, 0x79128fba1ff7fbd2
	.quad 0x1c915fbc51665b36, 0x22cf1cc2f5bfcf9e
	.quad 0xc028906b6fe64301, 0x75d43fd07f800000
	.quad 0xfac0c816ff800000, 0x400000003dea8cbb
	.quad 0x3d6600003fb35315, 0x4b899951a474b2d2
	.quad 0x270556aaaf397400, 0x80e81eabafe256b8
	.quad 0x8bebb65f92a2cfc6, 0x0a7bde98f412f000
	.quad 0x7d834778f6455bcf, 0x802a59cf275f9d00
	.quad 0x0128f7a7bc6db787, 0x4000000000000001
	.quad 0x817fffffe3737ad1, 0xdbc65026ffff7f7f
	.quad 0x7ff8000000000000, 0x00db13f3cfb27c00
	.quad 0x3fb5652465557728, 0xc050573e369b68ed
	.quad 0x08ee86ec80000000, 0xff558a93d011adb8
seed25:
	.quad 0x000000000000062b
	.quad 0x0eece8ff5ae8f20e
	.quad 0xf9807c98376a9781
	.quad 0xf09dc8c7289aa822
	.quad 0xd1efbbd96ac7d505
	.quad 0x951a42d8783cce2c
	.quad 0x37dca875644920fb
	.quad 0xff98cf267d1a9bf2
	.quad 0xdf9ea4fcf9db58b7
	.quad 0x0000000552225c72
	.quad 0x000000000000000b
	.quad 0x0000000080000000
	.quad 0x79889a8a2c506be0
	.quad 0xffefcea6014d09f7
	.quad 0x0000000080000000
	.quad 0x000000000023acbd
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x8000000000000000, 0x3b8af6c2feffffff
	.quad 0x41951a6f7fc00000, 0xc06c4de2f1bf5061
	.quad 0x6546304066eff180, 0x3dde8ee7434f5ef5
	.quad 0x3d21eaaa5e921483, 0x801d150941690000
	.quad 0x895bd19a7f4ff88b, 0xb4be9f7b6fbefeff
	.quad 0x7fc00000bbd038da, 0x40900000ff800000
	.quad 0x7083918d706cb683, 0xb45db1aec8c77bff
	.quad 0x7ea034150246596b, 0xc77fffff00000000
	.quad 0x3fbe51ce8b52d034, 0x002fffffffffffff
	.quad 0x7ffa99edb5d50a14, 0x8000000000000001
	.quad 0xc0e400008d0ceeb9, 0x17dcbc5afe4b781f
	.quad 0x644557f7562cd57b, 0x15ab325e7fa2a214
	.quad 0x002fffffffffffff, 0xbece34f900000000
	.quad 0x3759df0724007c00, 0x48e108e1ebfff8e5
	.quad 0xfffc9e9935cbbbe2, 0x7fd5840800000001
	.quad 0x82602eebc81523a5, 0x00000000bb840ef7
	.quad 0xc3e50d3c3b9c0000, 0xfff0000000000000
	.quad 0x8000000000000000, 0x00bc61deff0d8c06
	.quad 0x740e0c7bffb47d3e, 0x401e000000000000
	.quad 0x7ff6270fccf826e3, 0x4342b4a2477ffffe
	.quad 0x2f5cfc5adbb6fbdf, 0x00000000f99f3add
	.quad 0x5c2f0c0a534bfc4d, 0xc24d395a00800000
	.quad 0x407947de88f3db01, 0x9a6ebec07f800000
	.quad 0x8bdcdf297fce0200, 0x8307a6a3cdbf5e17
	.quad 0xc01d575bff96c69f, 0xd35e070f00408ae8
	.quad 0x0877cf91bce797a8, 0x5b2d1517609923fc
	.quad 0x3dd649a83d46d26c, 0xbec04de8ff90aafd
	.quad 0x7effffff7f800000, 0xbbe980f27f7fb7aa
	.quad 0x53494b7ffa6ffe01, 0x70bfe064e3ddf66f
	.quad 0x3bda0bc7754669f6, 0x000082cad2a7def5
	.quad 0xc0f17b099565e555, 0xc3a7d4ee365a8200
	.quad 0x09df17f286e438e7, 0x5a53a5b27a02ed5d
seed26:
	.quad 0x2d9f3581312f90c2
	.quad 0x0000000000000002
	.quad 0x0000000000000001
	.quad 0x5c7f391fb76c86a2
	.quad 0x0000000000000156
	.quad 0xffffffffffffffff
	.quad 0x0000000000000105
	.quad 0xffff97f93b57400a
	.quad 0x000000000000008e
	.quad 0x9925902d2096e09e
	.quad 0x00000000000002c0
	.quad 0xfffffa07675985f4
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffef0ddd
	.quad 0x0000000001000001
	.quad 0x5ce8ab368d0cf791
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xef67bc5146698791, 0xc923b00dffeef810
	.quad 0xe6b05c8406cc2655, 0xfff8000000000000
	.quad 0x7d774907ff77cffb, 0x8000000000400000
	.quad 0xf3d2a6faffc6fc86, 0xff9a51ee25077bf8
	.quad 0xbe86ffc5fff47b51, 0x4024000000000000
	.quad 0xfff8000000000000, 0x21c7a3ecf75eee37
	.quad 0x802fffffffffffff, 0xcaf7abd2defdf7ff
	.quad 0xc021800000000000, 0x0a9b40c670a80043
	.quad 0x3fd69c2e53b59a09, 0x140d2fd3ff95d218
	.quad 0x5fb9a2298272e30d, 0x3fe71a882b5cdb26
	.quad 0xd8150fa00763a57b, 0x79018cd3846c1a67
	.quad 0x3ca9274bffdf4565, 0xebe060c473ac4082
	.quad 0x4058b4d8a9610ce8, 0x0063447f8be1a55d
	.quad 0x015fd6241965fc00, 0xd2e5c32c4a31c5a9
	.quad 0x7d18a27302474000, 0x7f857a8840900000
	.quad 0x63f24f53ffaebebf, 0x0008000000000000
	.quad 0xc0b400007dc817f0, 0xe1777d5462e6e471
	.quad 0x7fc00000ffbfae42, 0x9549338a7ffffc00
	.quad 0x36656b25473b406f, 0xbf545315fc39273e
	.quad 0x7fd0000000000000, 0xbf400000ff800000
	.quad 0x8000000000000000, 0x7f85cc3d2bf6a1b6
	.quad 0x457167d677fbaeff, 0x741511b73f7ffdeb
	.quad 0xdda00b5aaa3dfb52, 0xbe98f5e7e1ba7ccc
	.quad 0x8004ac9729503ba1, 0xbd9c914affeb24b2
	.quad 0x00023f597a27c994, 0xbf787eddc247a818
	.quad 0x000b7a25e5a8a816, 0x68ed42c3ffdfdeed
	.quad 0x6c34bb7947260000, 0x33e8755c85be90e0
	.quad 0x423d45a2ff90d6af, 0x7fbcd4f2bcea406d
	.quad 0x2c407036b90adb03, 0xff37c8e5fef2fe46
	.quad 0x80ffffffff96e4c6, 0x199458f4806c06d1
	.quad 0x50bf9cc1ac02fe83, 0x3d467dda40bddb53
	.quad 0x7f80000080400000, 0xc309b4dbba260000
seed27:
	.quad 0xffffffffffffeb3e
	.quad 0x0000000000000000
	.quad 0x0000000000000036
	.quad 0xce62cb83ccc20b76
	.quad 0xffffffffe219da78
	.quad 0xf0ee7cf807451029
	.quad 0xfffffffffffffab6
	.quad 0xffffffffc4b0657c
	.quad 0x5c02eb1c5809809e
	.quad 0x704d6c2741606e2f
	.quad 0xfffffffffffffff3
	.quad 0x00004c7d8937b1d1
	.quad 0x0000000000000373
	.quad 0xfffffffffffac890
	.quad 0x000004c0ba9f450d
	.quad 0xffffffffffffffff
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x27f23dafc4d4fc00, 0xc40ffffffffffffe
	.quad 0xb7d0000000000000, 0x427000000014988e
	.quad 0x3ba4531cff800000, 0x7e3ed6501ed78382
	.quad 0x6e7a8579ffdd4252, 0x89483573fbb7fbff
	.quad 0x7ffad54523226740, 0x3e4565c03d400000
	.quad 0x7fdaf0a6082e3bf8, 0xc11c000042892288
	.quad 0x41106579969b4364, 0xffb405f23f3d6936
	.quad 0x407502e051a8a2b4, 0xc3e855e533089584
	.quad 0xf5011bb47faf1eb0, 0xbf800000406503dd
	.quad 0xf6cfaef7eedf7d7d, 0x8142edc9007fffff
	.quad 0xc011800000000000, 0x7ffefb8a007afe7c
	.quad 0x226fb0d2ff7e2ed3, 0x0000000000000001
	.quad 0xffc00000ffc00000, 0xd0533f37ffd6616f
	.quad 0x7e2ca43886f3bf26, 0x52ab50945bd93a9a
	.quad 0x3fb2a06e98857f44, 0x038304779147b2e5
	.quad 0x98a54a4c20218ba9, 0x4063f89c2b46c1d4
	.quad 0x5b55d0d9ec7d06fc, 0x3521a7895ff14099
	.quad 0xbfc57c323684b5fb, 0x807fffff80000000
	.quad 0xe3b1385aee9eff51, 0x02eeb905867fc075
	.quad 0x3c67c382c1020000, 0x95c75852f77ffffe
	.quad 0x3f74bae8b9255f75, 0xe3eb7f514599fb71
	.quad 0xba51052c2ab1fc00, 0x89e868f0032e7c00
	.quad 0x0c2d471ceff1c6ec, 0x96e56e63909d0eca
	.quad 0xbf5e000000000000, 0x10b6f8a9fffdcfff
	.quad 0x7fc00000c9c00000, 0x78dd27e1d72762b2
	.quad 0xf5f0bebea8cac680, 0xfff14b324ac4a0cd
	.quad 0x5877f06e90f753a0, 0x0f3a69e096e10000
	.quad 0xc0bc0000edec7619, 0xcb079839cde70846
	.quad 0x7422ad46a1caad8d, 0x1db0c92ca088486e
	.quad 0x002c796c358a8bda, 0x4d21a85510d53006
	.quad 0x10a9e2e9feea2c0b, 0xc1e0000000000001
	.quad 0xbfe8000000000000, 0x804000007c601063
seed28:
	.quad 0xffffffffffb2e58f
	.quad 0xffffffb7f7745f5c
	.quad 0xfffffffffffffdbe
	.quad 0xfffff5a579bc5111
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff79
	.quad 0x0000000003ba84e5
	.quad 0x0000000080000000
	.quad 0x000000000000066f
	.quad 0xfffffffffffd96ae
	.quad 0x0000000100000000
	.quad 0xffffffffffffe7c8
	.quad 0xffffffffdfb8fa82
	.quad 0x00000000000001c2
	.quad 0x0000000100000000
	.quad 0xc9b2b4bcb5969e8d
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x03d30ee5ff880000, 0xbcd1d21e7fb65e92
	.quad 0x43e0000000000000, 0xffabbbf3b72ec921
	.quad 0xfe9911e643790636, 0xee70b75e9fcf48a0
	.quad 0x455f3149dfde8af6, 0x3cf000000015821d
	.quad 0x691be964681fdc51, 0x8d96ffffb3769f49
	.quad 0x6a800094be5fcf7a, 0x0000000000000000
	.quad 0xb7fd5aaadea57657, 0x830b35e05c3c8740
	.quad 0x5f1a46569972bd9c, 0x8000000000000000
	.quad 0xfca3bcb6ecfeccb6, 0x002fffffffffffff
	.quad 0x446bf1471280c966, 0x99fbf5438d2af801
	.quad 0x0f88bb4a5fffffdc, 0xf45281a7804b0f94
	.quad 0xd68327734addfbda, 0x0cb258cf7f7fffff
	.quad 0x5f9f31b6d14f750a, 0x59800001c2ca39a9
	.quad 0xc32ebd9641d27e32, 0xbff22422d5614814
	.quad 0x9bc77314ef6d734e, 0x8ceb49774109bfcd
	.quad 0xc16b546e3cf77993, 0xc5f2cefbf7c54be0
	.quad 0x00081605199a71a2, 0x1a39974f86f94fa0
	.quad 0xfff039ec7d61995a, 0x3badaf24b1ef3a6f
	.quad 0x420cffe8ff8e634c, 0xcf000001c3175df0
	.quad 0x64c4ecc5cf7ffffe, 0xb167dd46fffebefc
	.quad 0x3f8201b4ca6eb4c1, 0x31d40927d5298740
	.quad 0xba1b3682feda05cc, 0xff80000000000000
	.quad 0xfff0000000000000, 0x8002a615f2095fef
	.quad 0x017fffffffa90a40, 0xa14406f9c9167c2c
	.quad 0x8aeb17837c9154e2, 0xdffb8a257fb51ba9
	.quad 0x5e659ee47fa943e5, 0xfec5ac218339637a
	.quad 0x53c60b11ff84f8fd, 0x62a39785d47fff1c
	.quad 0x7ff64f50026aee55, 0xfff51edaff0b0950
	.quad 0xffc00000807b7126, 0x800000003f6bc8e2
	.quad 0x7f80000073ca6115, 0x4d87cf4efefd8dfe
	.quad 0x3baa6a227ba30bff, 0x40037cba6d0a0c3f
	.quad 0x5aee9f902ddd3217, 0xc013000000000000
seed29:
	.quad 0x0000000000000365
	.quad 0x000000000000003c
	.quad 0xffff4be9a7002884
	.quad 0xfffffffff4e19924
	.quad 0x000000002f636432
	.quad 0xfffffe297e93f24b
	.quad 0xdd003b3c2d809f23
	.quad 0x0014131019c51961
	.quad 0x0000000000000379
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x000b5edff6c761ec
	.quad 0x00000000000bc543
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc93
	.quad 0x32dffd3410d79581
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xfff0000000000000, 0xa87e23bbf8bad92c
	.quad 0xbfc92307bb179823, 0xbf590000bacb0000
	.quad 0x3f873ef71d61a4f1, 0x037c22e979dc4c46
	.quad 0x98a1fed53c908658, 0x7bd31089ccef0c48
	.quad 0x64e1509bfff9ff5f, 0x807fffff00000000
	.quad 0xd5c9aac9cf903b90, 0xa13ff35259b7eded
	.quad 0x13f7db956c244c06, 0x43efffffffffffff
	.quad 0x7ff7635f23435f26, 0x3f9c0f2045976cd5
	.quad 0xc04e905da7e3e982, 0x40efffffffffffff
	.quad 0x002fffffffffffff, 0x3ff0000000000001
	.quad 0x7f96aa59538d7c6e, 0xc22d632343cf8708
	.quad 0x0000000000000000, 0x6e6428c5dab06600
	.quad 0xc6653ad38f75d91f, 0x094f6d3b394666f1
	.quad 0x2646f6fa08e181b0, 0x7fda8bb0420236ae
	.quad 0x5371b895a64b7bda, 0xb70000007f800000
	.quad 0x406ea076795e5a1c, 0xff37376ac0e86d9e
	.quad 0x43a41e13fec1b0ba, 0xbff0000000000000
	.quad 0xbfe2fc11654cef40, 0x7f8f876d8a755004
	.quad 0xc6dc0000006d9c0f, 0x7ff8000000000000
	.quad 0xbba26e21f7b1826c, 0xc0555647ac6ad0f5
	.quad 0xc1140000ff000000, 0x41400000ff16fe1b
	.quad 0x00000000e17fffff, 0x7935180ecdf72b7b
	.quad 0x5e39dc63ffffffff, 0x8000000000000000
	.quad 0x41f17ee73ff00000, 0xfff5401e5d177c4c
	.quad 0xc1af158affcb0000, 0x42d72e1843f97c4d
	.quad 0xfffff7b634d5c0e2, 0x1620933caefffa7b
	.quad 0x800b61ce5d830047, 0xd0046a68f79f5f9f
	.quad 0x7ff0e5678405a01c, 0xc0ee000000000000
	.quad 0xedc63ebf8904b259, 0xfeb585f236349456
	.quad 0xfff0000000000000, 0x3ff0000000000001
	.quad 0x0010000000000000, 0xbf6c000000000000
	.quad 0x800fffffffffffff, 0xe16d0fe8b5bd02e9
seed30:
	.quad 0x00000001690604ea
	.quad 0x0000000100000000
	.quad 0xef763a553ed62d73
	.quad 0x0000000258f553f9
	.quad 0x378a3bcc8a369352
	.quad 0x3e4a5fe44c5838e1
	.quad 0x17a27fccb8eec13b
	.quad 0x65b1e823efa079f1
	.quad 0xfffff95dad8d6f1f
	.quad 0xfdb1f77297ff0df7
	.quad 0x0a4c081b5d1d2ea5
	.quad 0xfffffffb6d19fa23
	.quad 0xfc55343fa2507754
	.quad 0x0008f7de900c0323
	.quad 0x621a8da0bf024572
	.quad 0xedf92219c89a4982
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x000d3e21ce8a90ed, 0x3f2e76057fbe2461
	.quad 0x0000000050e5c279, 0xfff8000000000000
	.quad 0x37d0ca42ff8922f6, 0x777ce5025a000000
	.quad 0xbdf9f6f644400000, 0x3dc25324fbc9ba85
	.quad 0xc01924aba5b9c1e1, 0xbfa18eaba6b44a4b
	.quad 0x9cc93a9446780000, 0x80000000467849b0
	.quad 0x2dc493e829dfc808, 0xc0e7e00000000000
	.quad 0x9d8d4717dfcbc78c, 0xbb7030d55eec4878
	.quad 0x8000000000000000, 0x801ec1ace2991c93
	.quad 0x4ffffffeda4fba6c, 0x0168aa4e9ebddbbc
	.quad 0x40521ab98a7752cc, 0xbec200007bcf7814
	.quad 0x7fc00000435fe571, 0x401a000000000000
	.quad 0x41180000007fffff, 0x9cb7f507202831a0
	.quad 0x4b0d4152c15e825c, 0x80c82cb47effffff
	.quad 0x4cae9ac831117936, 0x6d7b1d289fcffff8
	.quad 0x7ff5f3f1181021fe, 0x7e1998713e4c8111
	.quad 0x9ed7d2f8bedf797f, 0x454e0000e909bafb
	.quad 0x179efc32ffc00000, 0xb86b3bee119807ff
	.quad 0x000000007fc00000, 0xdc0e6aa65ef0fe00
	.quad 0xc07fffff00000000, 0x8d9fc9b2ffa17c00
	.quad 0xda6f117313bcfc00, 0x77f99116f16f348c
	.quad 0x171f2c07ac473bf5, 0x1bcd4f119cd4afc2
	.quad 0x4410000000000000, 0x672b2577fb9819cb
	.quad 0x586844a7d4194000, 0xbfffffffffffffff
	.quad 0xffc00000017fffff, 0x4109000000000000
	.quad 0xfff0000000000000, 0x2605b1c27fdda730
	.quad 0x7ffb30be011fa947, 0xff37dc1aa7ca4ec2
	.quad 0xb971ada844b2bffd, 0xef10045b7f800000
	.quad 0x6f3890dfa2e43e5e, 0xff96198ec11c0000
	.quad 0x81179931ff4043d8, 0xc3071e1365ab837b
	.quad 0x3ff8280cf295eda2, 0x00113515df800001
	.quad 0x40e0000000000000, 0x7c1262253b200000
seed31:
	.quad 0x33592d732d8198a5
	.quad 0x000001e6d8c3e533
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0xec2529bb8b278c06
	.quad 0x0000000100000000
	.quad 0x000000000004e9e0
	.quad 0xa24213568a1c98dd
	.quad 0x0000fd45b6553915
	.quad 0xced435658cc58582
	.quad 0x470bf1777162658f
	.quad 0x0000000000004679
	.quad 0xd56b93c311b63439
	.quad 0xfffffffffffffcec
	.quad 0xfffffffffdf86f72
	.quad 0x0001db55407e612e
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x7f8f6c3ac14a3cf0, 0xbc8b6d1de61de282
	.quad 0xee94c71efec9fc00, 0x7ff61f9bdfaea3ec
	.quad 0xed0408fbffe72ee3, 0x7f8016967f800000
	.quad 0xa1aca435ff7db8ea, 0x7f7fffffc77fffff
	.quad 0x127729850a45a6a8, 0xfff146052caff8cd
	.quad 0xfcfda9ccbf254bdf, 0xc1e4304edf537c85
	.quad 0x47fffffec0000000, 0xff80000040d80000
	.quad 0xc8980000489a6546, 0xef65a786f3ae4620
	.quad 0x50ebc1f1e55c7cf8, 0xc018000000000000
	.quad 0x9678eafdb31a5225, 0x3ebaf9aaffc00000
	.quad 0x7fc000007fe28ad5, 0xac1f65c2af084780
	.quad 0xbfef62abaececef8, 0x3d2eeb71ffbffee5
	.quad 0x41000000c169f6b8, 0x8f9dd856fff980fc
	.quad 0xa65c54a1beb9fd29, 0x0000000000000000
	.quad 0x000000007fe540be, 0xfffc1cdf5a883834
	.quad 0x3f99bf8e5ff2ca20, 0x3c6e4cd86d5502b8
	.quad 0x3fdf6afda2837794, 0xc2af9b4e277bfddd
	.quad 0x5f28010d7f7fffff, 0xa12802d5b4284111
	.quad 0xbf1cbd3ad8d2692e, 0xbd3156337f800000
	.quad 0xbf800000c0b00000, 0x330e9e08beffffc7
	.quad 0x00000000ffdaa686, 0x3ff26470ea0b7d7b
	.quad 0x993fa46900000000, 0xa9be71d600000000
	.quad 0x417668edff886226, 0xa1cd99a9bf33fe4d
	.quad 0xfff3bb2da72fd40b, 0x424a41e30ee72f13
	.quad 0x2468f3dfebe3f72f, 0xb7400000bc5412bf
	.quad 0x0091d857104cb127, 0x52fb1387014130b4
	.quad 0xc05ac00000000000, 0x7ff8000000000000
	.quad 0xffef1cf7fc389326, 0x8009d5389ee1f096
	.quad 0xffdfffffffffffff, 0x000000003c445b0e
	.quad 0x37d9f2f97fbe9f6e, 0x816e17cb80000000
	.quad 0x7ffb213ca5c64910, 0xbc25dc650056e09f
	.quad 0x8000000000000000, 0xfffbf7659d853949
seed32:
	.quad 0xfffffffee1476e88
	.quad 0x000003eddcc56f60
	.quad 0x000000007fffffff
	.quad 0x0000000000000327
	.quad 0xfffffffffffffd6a
	.quad 0x000000001cd49e43
	.quad 0x5416ef26f2a6cb9f
	.quad 0xfffffffffffffffa
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0xff1884615dbdf6ba
	.quad 0xfffffffffffffea4
	.quad 0xfffffffffffffdb0
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x8015a4c274603192
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xc042d024621235d0, 0xc7d4c556e87bb1cd
	.quad 0xc375826bffa6c639, 0x3fd2878b0f33a72c
	.quad 0x43e0000000000000, 0x5f0000003cef0000
	.quad 0xcab2578e1d2e0920, 0xd6fb48026b737b20
	.quad 0x4bb95837d269ac51, 0x0000000087f53fed
	.quad 0xff743e11346f18b1, 0x40220b7920e44dd0
	.quad 0x3f9f09f16f9ed981, 0xbf87861fbce2b951
	.quad 0xfff74093e5f286bd, 0xdf000000b7b00000
	.quad 0xa6284757b790a822, 0xffff02836c8f522d
	.quad 0x3fb21b6eb114fde5, 0x6ae23895db7d7c00
	.quad 0xc06ae08bf30521d5, 0x94e0f7909f977927
	.quad 0x7dd14d5affffdefb, 0x208951c569e40c1c
	.quad 0x5f80000080000001, 0xc535193ee7fdfd28
	.quad 0xc10800003ecdbe94, 0xfff68197e82178c5
	.quad 0xff51f2ee80000000, 0x00000000bfb58d24
	.quad 0x7f4aa9e58d289602, 0x8024543edf800000
	.quad 0x3fe64801a13dc6b8, 0xffc00000fec78267
	.quad 0xc650000040980000, 0x7fc000007f7fffff
	.quad 0x4117749c3d0214ab, 0x8006c97738412bb3
	.quad 0x404ded8f93eec83a, 0x68602236be191488
	.quad 0x3363cd17d7fa8401, 0x3dcc00007fa56d18
	.quad 0xa325ed299d51fc77, 0x000e0d8a00094a24
	.quad 0xc00f000000000000, 0xffc000003dcf3caf
	.quad 0x4064294cc70f6bcd, 0x8000000000000000
	.quad 0xd323fe67ce347fe6, 0xc06d8d586707b756
	.quad 0x3ca80000feec0a99, 0x800c3002c5fd9527
	.quad 0x3de33edb7fbf5b65, 0xe399c73339590000
	.quad 0x7fdfffffffffffff, 0xef73dc4b67908325
	.quad 0x01658566004928b8, 0x7ff0000000000000
	.quad 0x7feb759dc34510ed, 0xbf7233be0cb870ee
	.quad 0xbfda13cfd7408211, 0xffdcfdf8bf97a4ef
	.quad 0xc1550047383bd201, 0x7ff6812c4158a582
seed33:
	.quad 0xfffffffffffffd62
	.quad 0xffffffffdcc89672
	.quad 0xb9f226b249d9dfd8
	.quad 0x90fc6dc3a64b7a48
	.quad 0x0000000100000000
	.quad 0x00000003d40ce86e
	.quad 0x37aa2f7920109e28
	.quad 0x0000000001000001
	.quad 0x0000000000176883
	.quad 0xcc85b32362ba1d78
	.quad 0x511655a1beb74ab6
	.quad 0x630ac03c538e11a6
	.quad 0xd5695eb20e3d2c8b
	.quad 0x0000000000000182
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdd9
	.quad 0x03400000
	.quad 0x80000000
	.quad 0xff7fffff3f14435b, 0x6bf2cdaebdb51c24
	.quad 0x1dae8dd07f800000, 0xc04d00f97c1392d7
	.quad 0x0100000000000000, 0xc33ffffffffffffe
	.quad 0x09f7eeb7fffa028c, 0x40fffffffffffffe
	.quad 0xc887ca4ead3fff7b, 0xb79000008fc9dc8b
	.quad 0x14284d1233b4060f, 0x6c4b07b8ff800000
	.quad 0x6ee132d52df580a5, 0x8000000000000000
	.quad 0xea793ee8be13579d, 0x59fffffe41a58000
	.quad 0x7ff8000000000000, 0x7f80000080000000
	.quad 0x4998484abe744848, 0x0000000023802fef
	.quad 0xb35efc1ac821fe79, 0xbc90888fc1c64a25
	.quad 0x401d000000000000, 0x2054bb53fff24eb8
	.quad 0xb4a8d65ec9c4dd42, 0x0d624f98f7efd7bd
	.quad 0x082c8d791c209a9d, 0xa6660e86d3eb0000
	.quad 0x3f0abf077f7ffd7e, 0xc60ec5ecffe5f8bd
	.quad 0x016c3b068f215737, 0x3715309c7fbfc57f
	.quad 0xbf7eeb64d941f5dc, 0x7fc80c1280d00a40
	.quad 0x02dbe97957d1e2c7, 0x21484326ff9bffcd
	.quad 0xc0efffffffffffff, 0x3ffffffe992ced4d
	.quad 0x7c874a94dc2c4173, 0x0008000000000000
	.quad 0x7fc00000807fffff, 0xdcd09448d58079a3
	.quad 0xb0da871fae970000, 0x8000000000000000
	.quad 0xc34fffffffffffff, 0xbf7e62883305a4da
	.quad 0x30040e6552a3eb01, 0x0668134ed1ff7dd3
	.quad 0x7ee5ea658b45af69, 0x81bea61ec58a60d7
	.quad 0x3c9fb45a6f9231f5, 0x800fffffffffffff
	.quad 0x7fbd028cff040c84, 0xc0207ce0e7b41a24
	.quad 0xc62246aabffb3dd5, 0xc006000000000000
	.quad 0x15f9e3c5fea516b5, 0x7f896867ffd7feb7
	.quad 0x9d12f5bd7f800000, 0xc07678876d3ce299
	.quad 0xbe3011d7802766ac, 0x36dc138c6170fc00
	.quad 0xfff0000000000000, 0x8003f4d14e396b66
seed34:
	.quad 0x0020000000000001
	.quad 0x22a67ae342fddfce
	.quad 0xffffffffffd867a1
	.quad 0x0000000080000000
	.quad 0x5a14e004e2d7a3ad
	.quad 0x49df8d3d60ffe35d
	.quad 0x0000000080000000
	.quad 0xffffffffffffffc9
	.quad 0x0000000001000001
	.quad 0x000000000000058e
	.quad 0x68b3b0f78bf5943f
	.quad 0xf6c7e88048f9adf6
	.quad 0x784c9848da721bbc
	.quad 0x699cb9fe59a554a4
	.quad 0xa505dd2320d75825
	.quad 0xfffffffffffff086
	.quad 0x03800000
	.quad 0xf0000000
	.quad 0x7e800000857e25a6, 0xc01029f8d474aef8
	.quad 0x49970000ff800000, 0x3c800000bfc00000
	.quad 0xd71f7112bcd8adde, 0xc023800000000000
	.quad 0xffb069877fa0506e, 0x8000000000000000
	.quad 0xff800000ff800000, 0xbf87e74900685b65
	.quad 0x7f8972c5da76ffb3, 0xff8000007fb079ad
	.quad 0x1d6db7b804c61bf6, 0xa96bc8a4aa26a677
	.quad 0xbfc79d135722989c, 0xbed8fce67f800000
	.quad 0x1a0a5dc7cc1cf7ff, 0xc0000000c014216f
	.quad 0xfe4c751d1f7d3716, 0x7fe972fa6d9989d4
	.quad 0xbfb0314d4f5d8c81, 0x7f795cae5a7fffff
	.quad 0xc10fcda052e5be4f, 0x3604800080000000
	.quad 0x0000000040313606, 0x7f8e199c7f800000
	.quad 0xe8a761b0fbf68000, 0x3cac7245c0000000
	.quad 0x8af9a2dbff6636cb, 0x800de05afbe399a8
	.quad 0x621bf0ba4e6bfdf7, 0x46400000709a6d03
	.quad 0xe4cc93df72760000, 0xc2af406dff702d9e
	.quad 0x028a780ecff1b36a, 0x6153dde50fee6c9f
	.quad 0xfff01fb5a4b943bc, 0x322aabbce19afa2c
	.quad 0x3fdde8144cf8debe, 0xc11400007ed0de16
	.quad 0x1abc3a934b83fbb2, 0x172acb0aab7fcd9b
	.quad 0xbfc1bb86176c3b19, 0x4052f500b06e7bd0
	.quad 0x4010000000000000, 0xd9ffffff00000000
	.quad 0x7ffc6c12573727fc, 0x7ffeab90967f0034
	.quad 0xb1794bc53562cc47, 0x096d3232fcc1b0a7
	.quad 0x4022c00000000000, 0x3fd3f2833d7caebf
	.quad 0xdb0ec6d4be4bf975, 0x3fa475aa52374e3a
	.quad 0xc015d095f3024c49, 0xff8000004399e2e0
	.quad 0x00000000406b39d1, 0x40a8000000000000
	.quad 0xbffe000000000000, 0x007a8e443c94e87a
	.quad 0xff8000007f800000, 0x7fae594893aaae9e
	.quad 0x72e176ba7fd17e52, 0xfeb4bdc68f439571
seed35:
	.quad 0xffffff4b38d825d8
	.quad 0x8000000000000000
	.quad 0x3c29aeada32aa5c6
	.quad 0x2a8bf59a90c85b41
	.quad 0xfffffffffffffef9
	.quad 0x7fffffffffffffff
	.quad 0xfef819c58824fc54
	.quad 0xfffffffffe8b94cf
	.quad 0x0000000000000153
	.quad 0xaced74a5397e0930
	.quad 0x5b53139fa1da0329
	.quad 0xac2ecc544b1403e4
	.quad 0x0000000100000000
	.quad 0xffd77f9fe107067d
	.quad 0x8171f844096ac6d5
	.quad 0x02a11f9dc282f8c9
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x72345bd730064f58, 0xff800000006ae873
	.quad 0x3be817ed7ebf5e58, 0x000fffffffffffff
	.quad 0xc017800000000000, 0x4c09bc3bbf51e607
	.quad 0xdf9b12033caa85fe, 0x57736bb4efae956e
	.quad 0x07b47525eef6c6c0, 0xa042b0f9ff7fffff
	.quad 0xc0a1849cffac0dfb, 0x8034fb5f43a35f31
	.quad 0x7fd7976c622ffd2f, 0x7dda87c2fcbadfce
	.quad 0x0592f7a91f330bff, 0xbfeb6f0830e531b5
	.quad 0x4048000000000000, 0x80262471dc21c798
	.quad 0xfe8000003dfbef51, 0x3cbadb2e39b80000
	.quad 0x000000010b8b10fb, 0xfff6b87eadf22ea7
	.quad 0xffff41c538e4038f, 0xfff144352c996eaa
	.quad 0xc06c000000000000, 0x7f8000007fc00000
	.quad 0xbffeaa9a9d2387cd, 0x800af9061ab214f7
	.quad 0xf5cbe9b8f398fd27, 0x75b6ee2db747f670
	.quad 0xbebd341e3e0a3e85, 0xc27cac9e753e3ce7
	.quad 0x3b9f901d4078fb51, 0x3fc3d1812416bddf
	.quad 0x6c15757c7f800000, 0xae6adeb474042720
	.quad 0x7e2f8b90b7a54349, 0xb07c7ceeea6e6e7f
	.quad 0x8bfa46dad9ffffff, 0x910613f9a8a7521b
	.quad 0x2707f832bfb7a179, 0x7ff8000000000000
	.quad 0x7ff42c92d31e1f65, 0xd51c9834e77182d8
	.quad 0x702a9c21ffaddcff, 0x4059b4862e3d26f5
	.quad 0xecfdf8317f800000, 0xbf10400000000000
	.quad 0x0309e925933a1a28, 0x246d5d32939935eb
	.quad 0x2ba78f6bef86c860, 0x7f96c3b87fd5c157
	.quad 0x87315d37ffab7f63, 0xbb9004d1fdd093a3
	.quad 0xc006000000000000, 0x400fffffffffffff
	.quad 0x41effffffffffffe, 0x7f91142c7ffb5164
	.quad 0xab2c6e43bdffa50b, 0x7f92426502604383
	.quad 0x717091ececf24fe4, 0x406806039da87c43
	.quad 0x0d32b387d5f709b4, 0x401b000000000000
seed36:
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000003
	.quad 0xc2b34cd38a73f806
	.quad 0x31eb51ca5533c554
	.quad 0x0cc97082807d2d95
	.quad 0x6a1e94fd372ba6a8
	.quad 0xfffffffffffffce3
	.quad 0x00ce0d574d0a9dd3
	.quad 0x0000000100000000
	.quad 0x000000000000000d
	.quad 0xffffff843bfdfc52
	.quad 0x6cf5d9d83aa95ebd
	.quad 0x1d6f088b62e4d998
	.quad 0x101b201d31c90bed
	.quad 0x03400000
	.quad 0x40000000
	.quad 0x0ba4623ec7f23c01, 0x3e016cadbdf94036
	.quad 0xc3effffffffffffe, 0xe1dfdc33a6b383f6
	.quad 0x5ffcad42ca38dfd8, 0x800000007fff6fc8
	.quad 0x47e50000864c33d2, 0xccde8fe1f1e7b7d6
	.quad 0x73eb52b4c0b00000, 0xfff0000000000000
	.quad 0x8000000000000000, 0x540adce0e27ec7c7
	.quad 0x7fc00000007fffff, 0xa6d84c74ed2d7a28
	.quad 0xb25de1aa5b2c0000, 0x2998d2aa02f57c00
	.quad 0x4230000040300000, 0xa0ae34c3404f25dc
	.quad 0x7361dd39fff6a599, 0x7d6eccc1efb5988a
	.quad 0x6a33a7857ecffbee, 0xfff45dbc2006b52b
	.quad 0x6266c27ceb3fbffb, 0x4340000000000001
	.quad 0xbfa2e72608f90d5d, 0x39480000c3f4f100
	.quad 0xe5c608e12b445390, 0x6c7908b1fff17f1e
	.quad 0xdfd79154edfc4f97, 0xaa20a78cad3a3453
	.quad 0xe39f17663c7db38c, 0x7dea203d6f0fff7b
	.quad 0xa67df7f7652ec5e0, 0x03721ab673deef13
	.quad 0x4018c03bb28db742, 0xc0efffffffffffff
	.quad 0xf9b5a21fbd743fff, 0xa2b9fc5fe81f7db8
	.quad 0x55bfd4e53177fb92, 0x166e0b46971b0352
	.quad 0x0a446ed6feb50e24, 0x00ef993b7fca9fbb
	.quad 0xbb48000040bce026, 0x7f8000001670d07b
	.quad 0x4f7ffffebfa5e994, 0xff800000b959454b
	.quad 0x2280518efe5cffbe, 0x41467fac00552ec0
	.quad 0xc50b617cfcb74c68, 0x3e27c571eefefbb5
	.quad 0x7d5cce6e46c00000, 0x7a7d489e7f800000
	.quad 0x4e46f90aace19640, 0xdae9f089ffbfc3d9
	.quad 0xbeb9000000000000, 0x1a4712a7fcfffff1
	.quad 0x2f6cc153e7ddf288, 0x87d16b7d783efe8e
	.quad 0x8000000000000001, 0x42a36c04ff800000
	.quad 0x65a746b153a50039, 0x41142912bbd83df1
	.quad 0x800fffffffffffff, 0x3d144ab6005c117d
seed37:
	.quad 0x07312318c7a2424c
	.quad 0x0e82e583a2106ad5
	.quad 0xef66bb76d16e6c92
	.quad 0x3fa8ce07e5955469
	.quad 0x87dafbd76b6ea526
	.quad 0xce2f6b6f47098a23
	.quad 0xab8e50b433d7a9eb
	.quad 0xfe3e3c4bd8e282bc
	.quad 0xffffffffd55d29ca
	.quad 0xff9b0188268b92ca
	.quad 0xfffffffffffffddf
	.quad 0xffffffffffffcca1
	.quad 0xffffffff5fa34cb0
	.quad 0x0000000000000088
	.quad 0x00000cb55e12fe9c
	.quad 0x0000000000000137
	.quad 0x05000000
	.quad 0x80000000
	.quad 0x0b15d937fa797940, 0x007a85f54334bea8
	.quad 0x7f0d31afd12cb2ce, 0xffa3b231da7fffff
	.quad 0x59a8683ff6ffff08, 0x18f028a346000000
	.quad 0xf0881b0ce15eba00, 0xc06bbff8f1f0aa37
	.quad 0xc0c2db3393a277a6, 0x47c7f945869a761a
	.quad 0x404a0000c2324aad, 0x0f1a1c4b80000001
	.quad 0x4021800000000000, 0x7303c9987dd17ef7
	.quad 0x42972b3858cefc00, 0x001fffffffffffff
	.quad 0x7fc00000c6b50000, 0x347af95ebfffffff
	.quad 0x8019fc645511902f, 0xff80000040b12e86
	.quad 0xe31394566fa843ce, 0xf9613cb9fb7bf888
	.quad 0x003bb277b72bec94, 0xc021400000000000
	.quad 0x5bb1401d7714425e, 0xa6b69cdb4645ef8d
	.quad 0x6a2e73277fff71fd, 0x0afba880c0638136
	.quad 0x14f5db10a2d9ff30, 0xff800000006be653
	.quad 0x7ff0000000000000, 0x40a8000048637fa2
	.quad 0xffc00000ff659026, 0xb6f582d07faf87ff
	.quad 0xfa1a6ac2fb3701fd, 0xe408590ffff6ffea
	.quad 0x25af27dbbfbf9ebe, 0xb0211205d38c061a
	.quad 0xc2b5f04615af2ec0, 0xd444703877cb87ff
	.quad 0xc22cad337b01858f, 0xbc824d2440b80000
	.quad 0x7fe0769d27f2c2db, 0x0ffa7b048271fcf8
	.quad 0x800550cc34cbc487, 0x57ddfed1fffa6ab2
	.quad 0x2a74a5b72bac030c, 0xc00c000000000000
	.quad 0x41000000bcad6932, 0xc29d8626c20501a5
	.quad 0xc02436c2d490e60c, 0x42f41d2dda322e15
	.quad 0x800fe616ca699297, 0xf112e8e533b6daa7
	.quad 0x000fffffffffffff, 0xdfadbd9c77fbfbff
	.quad 0x00d2eb826004a8b2, 0x7ff969defdb78e3c
	.quad 0x3fdf937222dec7d7, 0x7fa38cf61ab8bb92
	.quad 0xff8f14f1477ffffe, 0xffb81adb7f800000
	.quad 0x3cf0bc95bf4e48ca, 0x00800000ff800000
seed38:
	.quad 0x0000000000000104
	.quad 0xfffff941b7483249
	.quad 0x4fa190ec026ea890
	.quad 0x0011084a91ca240c
	.quad 0xffffffffffffff70
	.quad 0xfca86b567e967542
	.quad 0x00000000ffffffff
	.quad 0xaecc7e851b5c17ec
	.quad 0x033875d48a4e4788
	.quad 0xffffffffffffffff
	.quad 0xe8593696b8edb466
	.quad 0x000003ac69af5d2b
	.quad 0x440ecb43fcb6deab
	.quad 0xffffffffffffffff
	.quad 0xfff9bf149032bab8
	.quad 0x000000000000013d
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x803209523f000000, 0x80530b197f800000
	.quad 0x831812310da9d7a5, 0x7ff6f80eaa4dce62
	.quad 0xfee44530005d3e22, 0x57ac2d8edff7ffbf
	.quad 0x3e80000040d00000, 0x7ff2d3836c8fec3e
	.quad 0xb8d94417f84343ff, 0x8009f9d8c69ccc2d
	.quad 0x4a73d6469dcfe015, 0x7ff8000000000000
	.quad 0x80051dbeca2d69b1, 0x4030000000000000
	.quad 0x81c9ee84ae074e61, 0xde5a67ae05843e00
	.quad 0x7ff8000000000000, 0x800000019b814166
	.quad 0x40980000dbd95755, 0x8b36f61afffbb3e9
	.quad 0x8c5fca006caa2679, 0xdb0add2d318688dc
	.quad 0x3ff54b5738b8b67e, 0x2c3a36e9007fffff
	.quad 0x8000000000000001, 0x14acc4a8fffade8b
	.quad 0x794b1673258cc800, 0x868349b23f800000
	.quad 0x00000f7441ace09d, 0x407756028ad8cd4d
	.quad 0x853709792c033b1e, 0xa56253beffdbbf9d
	.quad 0x3fa6c5f29beffc9d, 0xc4c7473076653c48
	.quad 0xfffe86b029a78c1e, 0x43efffffffffffff
	.quad 0x3e0e07b140655e84, 0x9cd4fe017f800000
	.quad 0x972fec67c096222b, 0x007a53534a4e407e
	.quad 0x4f21c7f956ffffff, 0x7ff87c12026e6eee
	.quad 0x02f79041be7be7ae, 0xec7cf01b7f800000
	.quad 0x89c4f40d47fffffe, 0x7fd58a94410dd9c3
	.quad 0x8d99aa09d76ffe00, 0x7eb02fa02e6d1f86
	.quad 0x0000000000000000, 0xae036b477bfebfef
	.quad 0x401b875d00bfd323, 0x8ea04c13c349d0fd
	.quad 0xbd6f7294b5bdfbf5, 0x8000000000000000
	.quad 0x4ffffffe918f42cc, 0x001fffffffffffff
	.quad 0x1c0377751a6fa60f, 0xc1200000c1e0a8f9
	.quad 0x897aef94ffeff7ec, 0xf1d96b3d70ad340e
	.quad 0x5c8f1613fcfde7fa, 0xde19dd11e5d40744
	.quad 0x181e21ff7d7379a6, 0x43000000ffad1636
seed39:
	.quad 0x00000306e56e4b76
	.quad 0xfffffffffffffc68
	.quad 0xeca74d10fe206712
	.quad 0x00037a27e31827e9
	.quad 0x000000000003705f
	.quad 0xfffffffffff139e7
	.quad 0x159022976e70d116
	.quad 0x000060676886d7b8
	.quad 0xb292b18f2407f352
	.quad 0x000000000000006c
	.quad 0x0000000000000001
	.quad 0x0dd4108617f91727
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x85204cdbd7ac59a9
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xc1f4f10e425f79b3, 0x80542894ec394df2
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0x8725303a5107e504, 0x8000bb3ddf7fffff
	.quad 0xc0b00000007fffff, 0x008000003be52fda
	.quad 0x38594d2660cb77aa, 0x8000000006ecfcea
	.quad 0xc330000000000001, 0x193a7542ffc6c7c8
	.quad 0xb37f0de5c097f971, 0xbfff2f47d3876cec
	.quad 0x404000007f800000, 0x7ff8000000000000
	.quad 0x3b52000037400000, 0xacc7cce4d4c04f42
	.quad 0x80000000805f95b7, 0xff8000001abd7795
	.quad 0x4088000080000000, 0x43e0000000000001
	.quad 0xee06d692b8ef0c3a, 0x4a13784dff5efcdf
	.quad 0x4024000000000000, 0x43dbc3869fffdffe
	.quad 0x82c9b834aebb1062, 0x79c8c1f67fab0715
	.quad 0xa5d4c34cdcff7c00, 0x7ff8000000000000
	.quad 0x0000000000000000, 0x802fffffffffffff
	.quad 0xacabbe0c250d17e6, 0x6f0f12f8fffddf9a
	.quad 0xffcb6cf147800000, 0xffefffffffffffff
	.quad 0xfba1d6623ba24cf7, 0x7e356ea17fb1b8f3
	.quad 0x99d196b7c365a213, 0x5ed46a674ecc8800
	.quad 0x7ff9cf0f94bc4737, 0x3c6a3f569343fdef
	.quad 0x989085ca7fc4397b, 0x74f81412d16bff2f
	.quad 0x3e6a018f552cdc2b, 0xdaa2ebb8be9f82e1
	.quad 0x5990869cbdcb8a5f, 0x0b314897595aa4f9
	.quad 0x80000000804c5d30, 0x8b5165b6001d35af
	.quad 0xa69059392a27fa98, 0x3ff5f7ec035b8e62
	.quad 0xbdb147f1fff57c00, 0x9be8e2aad3e59f7b
	.quad 0xc0d80000b6580000, 0x006d84120011725e
	.quad 0x72a2bd31ab4fb2d0, 0x8074bd2c304dd451
	.quad 0x9e7659eaf0667896, 0x299405d2b9e788f0
	.quad 0xb12f720893b13c01, 0x09ffe1517fcf7ef8
	.quad 0x8000000000000000, 0xbdcbb8e39e3e3ec9
seed40:
	.quad 0xcc5ad2e0b0beb6f7
	.quad 0x22b9d66ba6c1e0a1
	.quad 0x98979db877ef8a59
	.quad 0xffffffffffffff06
	.quad 0x00000000ffffffff
	.quad 0xec31278e61f28e23
	.quad 0x1c54a337c10a8436
	.quad 0xfffffffffffff69f
	.quad 0x96e9549bf2fe8a97
	.quad 0xfffffffffffffd54
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x00000be73c39685b
	.quad 0x85579b2040f8fb0a
	.quad 0x3abdb2cf9668b812
	.quad 0x0000000000000193
	.quad 0x04800000
	.quad 0x60000000
	.quad 0x00f15301be91a3c3, 0xffab73d771cd7bcb
	.quad 0x9dc21fb48c699bd5, 0xfd3e9be78f49f8aa
	.quad 0x4011000000000000, 0x0000000041c3fdda
	.quad 0xffd87775153ed5ef, 0xfff8000000000000
	.quad 0xfff2cb2fea04843c, 0xc3effffffffffffe
	.quad 0x3d8ca3de0edcb189, 0x7fd0000000000000
	.quad 0x4330000000000001, 0x07bf8cd6feffb96e
	.quad 0x3fc800004360a998, 0xc0fffffffffffffe
	.quad 0xc399a60cc2d38f19, 0x7188dff2c17bfa93
	.quad 0x0c2795a872be01b5, 0x7fd95fb60fe99118
	.quad 0xc040000000000000, 0x801995202ce3dcfd
	.quad 0xb97f6ee426bbbfff, 0x3aa8d84ac0a143b2
	.quad 0xf20b16e90bde54ad, 0x8000000000000000
	.quad 0x3fcb22d2c0c89f5a, 0x40083e7499dc8f05
	.quad 0x81dfe43d3f451151, 0xfe3584220a340511
	.quad 0xff80e34947400000, 0xbfd7f2fd5be22d6c
	.quad 0xc3123336dffc3f70, 0x0d4c864377df7f7c
	.quad 0x4be7190943c1e88c, 0x61b1197f937ffb7b
	.quad 0x13f77756afdd4751, 0x133ade264eaf37ce
	.quad 0xf7dc1c997fff1ffa, 0x013bdea0c0b00000
	.quad 0xbaed106d99c07c00, 0x8059c8c0c1140000
	.quad 0x35b82ac3014b7c00, 0x4aad23f1073fc2c0
	.quad 0xa91b3fa02ddd7e3f, 0x3b3e41cad858fc00
	.quad 0xec59ed23a8b3f867, 0x3fb8c9f1233d82b9
	.quad 0x40700000c7000001, 0xfff0000000000000
	.quad 0x7fa05ca87fbb84e1, 0x96530c40c9e00000
	.quad 0x598000017f800000, 0xc350c2a9e176a8af
	.quad 0xda39059dc0788680, 0x3e8895c5c0400000
	.quad 0x7fd77dddd7fb1785, 0xbb5af6ccd6888000
	.quad 0x60f784b2dd620c95, 0xe853b86c5028c879
	.quad 0xbe5f54ddc8edf6b8, 0xc0164ae4137b3310
	.quad 0x0cfb812fffc00000, 0x7fae8abe9b7534d9
seed41:
	.quad 0x0000000100000000
	.quad 0x9506b9e52d6126a9
	.quad 0xffffffffffffffff
	.quad 0xffffffd32f92e809
	.quad 0x30a6f196ddf86b67
	.quad 0xabee86f4f89bfa57
	.quad 0x0000000000000eba
	.quad 0xf9a0f849576feb74
	.quad 0xffffffffffa4484b
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x14839217583044f8
	.quad 0xffffffff80000000
	.quad 0xa0d476fc59dab909
	.quad 0x00000000000003c7
	.quad 0x0000000000000001
	.quad 0x00400000
	.quad 0x90000000
	.quad 0xfee18d4000c63101, 0x3ff0000000000000
	.quad 0x7f6fdd057811700f, 0xbac0890f1d31b65e
	.quad 0x232bab1cbfecd3ce, 0x003c371148a00000
	.quad 0x41d34f8141100000, 0xfde0ec8f80285748
	.quad 0x4013800000000000, 0xfeffffff7fa9df37
	.quad 0x3c20000080000000, 0x3187421067ca5035
	.quad 0x499ddbda72846f14, 0x73514df0d3fffa29
	.quad 0x00000000bf800001, 0xff823faba7bd91ec
	.quad 0xbfc3998effaf309e, 0x5a9b9ffc2bcdcd4a
	.quad 0x7ff2d20652f24134, 0xbbdd82057f800000
	.quad 0xf57c75a780000000, 0x81353e28c4500000
	.quad 0x8ff44c50130f89db, 0x40726be06202e713
	.quad 0x1c2400465a21f987, 0x733f9007abb7bd7b
	.quad 0x2fa1395980000000, 0xc19cdf962b625f66
	.quad 0x846b30467fe2082b, 0x80d97d62fa7e7dd4
	.quad 0xc9e893c97fcf4128, 0x42513c585f941407
	.quad 0x7ed26422ff800000, 0x83cff4e3e4fa6023
	.quad 0xc030b48f6cd56089, 0x439f3b463e540b98
	.quad 0x14778607bf3fffbf, 0x890fbac07fbffcf7
	.quad 0xcfe3ad51ff800000, 0x7f82205f3953a424
	.quad 0xc04411094b461e57, 0x810000007fa7564e
	.quad 0x5e2a8b54ff8e77ff, 0x7ff7b40f819969f9
	.quad 0xcb0b681ffbad03ff, 0xbf3000003dab0751
	.quad 0x618839be88ebb86e, 0x16848ccc2db294f6
	.quad 0x985f048cffc00000, 0x7ad615b71630ef1f
	.quad 0x5fd02422341177ff, 0x3dc00000036cfaf5
	.quad 0x5ca711467fcd7c64, 0xffa1944400000000
	.quad 0xaf7907c81fd72f00, 0x404d83f9f829c149
	.quad 0x4746a50b7f92fb4b, 0x6d75c7f750270c85
	.quad 0x14d0d80102e6d3e6, 0x3768706866af1d8c
	.quad 0xcee58fd7437688db, 0x20de2da0439668c9
	.quad 0x1141cb77f1297945, 0xedf3f243fffffbff
seed42:
	.quad 0xffffffff80000000
	.quad 0x11c8ac7bd31600f0
	.quad 0xe42abfdb48cbaca4
	.quad 0x0730f2df01614030
	.quad 0x29465ba14c75ce63
	.quad 0x0000000100000000
	.quad 0xffffffffffffffe3
	.quad 0x13b9e309e12bc344
	.quad 0xfffffffffb0f0c7c
	.quad 0xfffffc1f46a692fe
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffead
	.quad 0x000000034c2a2a72
	.quad 0x0d80b1883b5d8479
	.quad 0xfffffff80d9f0034
	.quad 0xffffff8421382fb8
	.quad 0x05800000
	.quad 0x40000000
	.quad 0x408e000000000000, 0x85f31cd459fff9af
	.quad 0x7f9330cd7ff2b93c, 0x886006c15b7ffffe
	.quad 0x4baf2478837fefcb, 0x7ff6b941f788cd81
	.quad 0x34020e32dff7bfcf, 0x00000000f626f1df
	.quad 0xca344c443511c41f, 0x7be266e07f8fdb4f
	.quad 0x4430b9c1d220f03c, 0xd9a65a7680000000
	.quad 0xfffeca95e9970c1b, 0x4e01ceb47fe0c8f0
	.quad 0xbefbd02b7effffff, 0x7526c69a005e9b1a
	.quad 0x80265c2093d71082, 0xc03b5035dca13f1c
	.quad 0xd6c396747fcf002a, 0x70e3af11ff832ad7
	.quad 0x5086db46aa8e56e4, 0xcfedfc6d14254983
	.quad 0xb3d3b57bfe823a00, 0x3fb1261ca35bf52f
	.quad 0xfdaca63857c34e38, 0xbcc000002f6eb132
	.quad 0x529cb534db7ffff9, 0x7200ba6973daa402
	.quad 0x3895f562589f1fff, 0xf6c0e36028fc7c00
	.quad 0xc01e000000000000, 0xffb2cf5e40ac0000
	.quad 0x003a67f3c6e00000, 0x401e000000000000
	.quad 0xb49ea2f2fffdfd7f, 0x80526cb989e98355
	.quad 0x17bb028b084a3d14, 0x942331313ce08936
	.quad 0xdad13cdef88b9d3b, 0xe36b8e6073bd81cc
	.quad 0x02be81dc78c82430, 0xb9fd92d8bff24b9b
	.quad 0x9bf7566cc5408200, 0x3f42d54640918059
	.quad 0x7dee99d689fef853, 0x4114000040300000
	.quad 0x3fe0dab437ffff58, 0xfff8000000000000
	.quad 0xad382631cebfbb7f, 0xd6ed4ca359800001
	.quad 0xc002000000000000, 0xcb175cd4d4a3fa8c
	.quad 0x87a6ccda45b804e2, 0x14156352b7ff57df
	.quad 0xb835ec083e7b81d9, 0xc008000000000000
	.quad 0xfdc3a520841fec89, 0xc78ec99a88a7272e
	.quad 0x4576c795ff97d687, 0x7ff8000000000000
	.quad 0xe90bdeaf5b9b7400, 0x017fffff80ffffff
	.quad 0x40ac000000000000, 0xc059097e3082ca71
seed43:
	.quad 0x0000000100000000
	.quad 0x304eb7c92f4ddc59
	.quad 0xfffffffffffae995
	.quad 0x00000000000002a9
	.quad 0x36149d0f7ead2b65
	.quad 0x0000018db3fd9d1e
	.quad 0xfffffffffffffe1a
	.quad 0x1a3eb1b17d501ef7
	.quad 0xffffffffffffffe1
	.quad 0xffffffffffffffe6
	.quad 0xaf8f7d5fcd998003
	.quad 0xfffffffffffffeda
	.quad 0xfffffffffffffe20
	.quad 0x8000000000000000
	.quad 0x22c8f11a4d3637db
	.quad 0x38662e110e83aaec
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0xffb22f22c1376b8c, 0xc1ffffffffffffff
	.quad 0x0fb561d49ddd7e67, 0x9d8575de08c8e8bb
	.quad 0xffc000001b41c1ff, 0x7ffcb0ff80d4eabb
	.quad 0x7fc000007c15aad7, 0x422d4d4a3e2631f4
	.quad 0x71d3a2d237ef5abf, 0x7ff0000000000000
	.quad 0x3cc274df60bea77f, 0xc5200000007fffff
	.quad 0x82d2d605d2d70304, 0xb0e5b693e9418400
	.quad 0x401a000000000000, 0x8514f1d7ffaf0d80
	.quad 0x698fd4d8fe9fc1b7, 0xfff18342adef0399
	.quad 0x833fbf5d81eed8f5, 0x157b94a5fed308a7
	.quad 0xc008000000000000, 0x3c2b524e3a427c00
	.quad 0x5ef94c0bf37fe1bd, 0x6b1fbb76a3a95b4d
	.quad 0x4594000080000000, 0x83edb805f9c3c580
	.quad 0x3fc74c57252a667a, 0x30f23fae7dac43ff
	.quad 0xb22fa995ffffffff, 0x413a94397f800000
	.quad 0x3e264c5a47488ec5, 0x435b98a9bffffffe
	.quad 0x8000000000000000, 0x47de5cda3ed40000
	.quad 0x7f865b707f9fd1db, 0xe17ffffe46880000
	.quad 0x3f0a400000000000, 0x152d25ecbdffd5ad
	.quad 0x71545d5570857c00, 0xec579c1500000000
	.quad 0x79fd2bc77ffa5bac, 0xfff6d43a038b25cc
	.quad 0xff800000c0ff8eed, 0x0000000000000000
	.quad 0x293d59df5d16c8c0, 0xfff0000000000000
	.quad 0xc0089a4689de5970, 0xff780e9e8108499b
	.quad 0x348ecbd3627c03ff, 0xd32e64b89ef785fb
	.quad 0x8b4ab6847180edd0, 0xc12000000b25a9f8
	.quad 0x0000000000000000, 0x465f21e57ffdff6b
	.quad 0xb69e26c4091c6831, 0xef717c830dd11fcd
	.quad 0xa04961be92e9d278, 0xbfc6baff520360c8
	.quad 0x509f0e45d77ffffe, 0x7f800000ff800000
	.quad 0xbff8be77a97a9be9, 0x81c3f963f5ff02ee
	.quad 0x3ef31ca9bc3e7e01, 0x0087e820dee0f801
seed44:
	.quad 0xae2b5dc2fae8f978
	.quad 0x8de51c3e490831a6
	.quad 0x00000000000008d4
	.quad 0x34c97a8ea7d3bcc3
	.quad 0x00000000001bc798
	.quad 0xffffffffffffffff
	.quad 0x000000000000001e
	.quad 0x1085f4792f14564d
	.quad 0xffd460d8a05abb23
	.quad 0x00000037471229f9
	.quad 0xffffffffffffff2a
	.quad 0x0000000000000000
	.quad 0x0000000000000075
	.quad 0xb426c5f1b5cbeb74
	.quad 0xffffffea2b8ccbc6
	.quad 0xfdb47f61eaa58640
	.quad 0x06800000
	.quad 0xf0000000
	.quad 0xc05ae89026bc1572, 0x834d0749b3e80000
	.quad 0x11b42fd400f6bf1e, 0xfff0000000000000
	.quad 0xc0f80000ff000000, 0xc019000000000000
	.quad 0x3f92000000000000, 0xc07fffff7f919f45
	.quad 0xc06ca25dcd55ce55, 0x3a38f1f7c03ee847
	.quad 0x08ee87d8eb4d65ba, 0x4127100000000000
	.quad 0x410c000086f18a3c, 0xfe49e9f2ed3d9ab5
	.quad 0xffce3827007fffff, 0xdc16b3540971ba00
	.quad 0x006907bb5299519c, 0xd7919f5ac530c451
	.quad 0xffe0000000000000, 0xfe69120afacfe7de
	.quad 0x499c0000c0f494a7, 0x403c7c94b8ab8320
	.quad 0x7f4c15199a70d273, 0x97ca4822ff78bbff
	.quad 0x134d8703a984f18e, 0x8000000000000001
	.quad 0x4013000000000000, 0xdc069836d70ac330
	.quad 0xbee651c656516ab6, 0xe58d9c2b4af07a19
	.quad 0x3f70c3ff1b7046cf, 0x448c75a194803385
	.quad 0xfff33cd7f5bb34a3, 0xffe0000000000000
	.quad 0xbc40000080400000, 0xc033390336c1d024
	.quad 0x3ffbc0c564c9d796, 0x6bf2d636406e2e1f
	.quad 0x2d097066a18feeb0, 0x45178cf1a1147c8c
	.quad 0x0100000001774b5e, 0x0525fde7393ba50e
	.quad 0x4696124cbdfdf9d7, 0x00159a2bdf000001
	.quad 0xc000000146940000, 0x805558547f800000
	.quad 0xd9c9efd9fffe378d, 0x3f0d800000000000
	.quad 0xc000000080a8b525, 0xfb655c3f1253d0f5
	.quad 0x40580000477fffff, 0xc1200000ffad74da
	.quad 0xffc062f740c00000, 0xc0e2000026d13f1f
	.quad 0x027344ed66f1fc45, 0x8000000000000000
	.quad 0x3fb356249f9b64b6, 0xfd3730f5ef7ffdb6
	.quad 0x0f24c9e1e50bfd7d, 0x953ed62bffffffff
	.quad 0xfff664fb62caa19f, 0x7f8772c889a4c81e
	.quad 0x802fffffffffffff, 0x80a3c3b0dc000000
seed45:
	.quad 0xfffffffffffffdf4
	.quad 0x000392ca093632cc
	.quad 0x03a7e88d984b2407
	.quad 0x00000000000000e3
	.quad 0x0000524589b47a9d
	.quad 0xffffffffffffffff
	.quad 0x0000000000001431
	.quad 0x000000007fffffff
	.quad 0x0308cb5b7f0ac888
	.quad 0x0000001347d4aff7
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000244
	.quad 0xfb9f28d632822de8
	.quad 0xfffffffffffffc51
	.quad 0x000006ab677ebeb0
	.quad 0x0000000000000001
	.quad 0x06400000
	.quad 0x90000000
	.quad 0xb6894a953391c3fa, 0xcf8000007fc00000
	.quad 0x7fad4cef807fffff, 0x9092d0cee1ffffff
	.quad 0x802dd91b0cf2bb85, 0x00000000c37d2e83
	.quad 0x4001c6c44a1fd4e6, 0x5f800001049a961f
	.quad 0x6e5673c683addc4a, 0xffed84e640d00000
	.quad 0xffe4187854b28eb6, 0x8010000000000000
	.quad 0x000f38c07f800000, 0x807fffffbd6afe26
	.quad 0x7ff39f086c5ec64e, 0xe7600df67fd5cceb
	.quad 0x00ffffffbc68a720, 0x244c230ba6e1c7df
	.quad 0x4026f27972c43c7c, 0xff80000057d84476
	.quad 0x82b1b740d20a5f7a, 0x70e0da5cbbce0709
	.quad 0x0b1218a5cdfffc3a, 0xb3b2b6522bba6349
	.quad 0xbf977704f5a5467c, 0xffc00000810ce420
	.quad 0x3fdb000000000000, 0xfff0000000000000
	.quad 0xffa5d48240f40000, 0x7fc00000ff81886e
	.quad 0x84d45e5e631cd24b, 0x82b3e096e26c5c5b
	.quad 0x40149c1a5a168eef, 0x00000000feffffff
	.quad 0x000000007e800000, 0xfff0000000000000
	.quad 0xc07ffffe7f8415ab, 0xbd7d8dfcbc4c867a
	.quad 0xd78c07826a7946ac, 0x3be517a17fab7ef9
	.quad 0xc0f000003de1e3c7, 0x90460be3190f02ec
	.quad 0x4045593cff3684de, 0x40200000c15d2f5b
	.quad 0x4012000000000000, 0xc0000000431acad9
	.quad 0x3fcbe5c299734b8b, 0xffec08a19a2558e2
	.quad 0x401eeef2ffcee5ff, 0x7ff0000000000000
	.quad 0x7019a7e281000000, 0xa67c798000000000
	.quad 0x0e17ec8effbcba4e, 0xded0d24a44c94340
	.quad 0x6f7000739885e86b, 0x7e30b52395029108
	.quad 0xb17f04f7ffc00000, 0xbf85e0cffbe9fa07
	.quad 0x5fdbda92c7b7feaf, 0x66414a496452fe00
	.quad 0xfff8000000000000, 0x763ed611010bac2e
	.quad 0x085979c8cbd1a604, 0x407dac7045c8c05e
seed46:
	.quad 0x000000000000016d
	.quad 0xc06f21225b27c8ba
	.quad 0x000000007fffffff
	.quad 0x0000000000000011
	.quad 0xfffffff1e358ddcf
	.quad 0x0000000080000000
	.quad 0xffffffec004dd847
	.quad 0x0072b0b8714c34fc
	.quad 0x000000007fffffff
	.quad 0x0000000000000372
	.quad 0x00000000000007b8
	.quad 0xfffffffffffffcbe
	.quad 0xfffffffffffffd2f
	.quad 0x0000000000000001
	.quad 0xffffffffffffff87
	.quad 0x2e83b328bfec0288
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xb8ddc5873352fed5, 0x94ba675f1827205e
	.quad 0x19e466b37f15964f, 0x8aea39d5e69a7c00
	.quad 0x009fb9975cd28114, 0x406f800000000000
	.quad 0xfff790c35c463b8f, 0xbfdc92c9614c45a2
	.quad 0x3f59321eebd6fcd1, 0xc114000080331efe
	.quad 0xd01851b39390cfc8, 0x7ffe57d3dd82c1e3
	.quad 0x7a2b0fa30bc079d0, 0x5dc7f353eeaf79a7
	.quad 0x7ff4d4079d290e5c, 0x25ba03c07eea01ed
	.quad 0xf0c2abf35cfffffe, 0x7f800000ff000000
	.quad 0xffba004b80367771, 0x49dc7748aabe7e48
	.quad 0x8f71ac96feffde7f, 0x0df290e9dcdf5539
	.quad 0x9289ce7ea4869708, 0x145cb983bc3cfef7
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0xff8f9d35ffc5a622, 0x7d82afa756cea092
	.quad 0x000000015f800001, 0xe285d00e6b2f22dc
	.quad 0x5e327e6298e9dc64, 0xf5b66eef7f9fd567
	.quad 0x840a7787c35afd0f, 0xfe2b4ffd955d80e7
	.quad 0x00223e58025e7444, 0xff86d92e4042358f
	.quad 0x7fefffffffffffff, 0x004c04c4ffd767fa
	.quad 0xdc8dc75bffebbc01, 0xf36c13137163fc00
	.quad 0x834488e8ff800000, 0xd6f32faffdfff6f5
	.quad 0x402b215c8fde61a3, 0xa2c2dea1ad944f5c
	.quad 0x7ff293ead802bb4e, 0x871178913a9b8502
	.quad 0xaeba014a46bc7cf6, 0x817c613b823cf4fe
	.quad 0xc6454c7d7ccf000c, 0xfcb0b472dbfcff41
	.quad 0x802b8472007c50f4, 0xe431f26453658bb4
	.quad 0x8c2ccca851584601, 0x7ff8000000000000
	.quad 0x9291debfbfdbfd68, 0x8000000000000000
	.quad 0xfff8000000000000, 0x7f90626241f69010
	.quad 0x8087901bf7fd52c5, 0xfe9e79f1d990455a
	.quad 0x7466db316f411f52, 0x7ffe4063a11d2f46
	.quad 0xc049b3514d42d0c5, 0xfdf7dd30998e37b3
seed47:
	.quad 0xfffffffffffffde2
	.quad 0x00002872ede8cb19
	.quad 0xfffffffffffffc35
	.quad 0x63dced0563d2bd8f
	.quad 0xcaf494381f8309e7
	.quad 0x000000000071146e
	.quad 0x0000000100000000
	.quad 0xffffffffdcd1d604
	.quad 0x000000000186dc4f
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x61de379e5e03e67f
	.quad 0xfffffff2fe068803
	.quad 0xa849b10c58992496
	.quad 0x7fffffffffffffff
	.quad 0x0000000001474f8b
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x8f6b306300000000, 0x6f998b9f1078a429
	.quad 0xc8191dfe66e3c40f, 0x801a1f1fbae9cf41
	.quad 0xfff0000000000000, 0x007cdfaa08238b56
	.quad 0x0407de1d0bea7bff, 0x7b36ca39147cfdf5
	.quad 0x9cbb6783ffef7d47, 0x43effffffffffffe
	.quad 0x7ffcabfc49342031, 0x03ac612629441aca
	.quad 0xff00000014e6d3da, 0xd117a5835ffcff99
	.quad 0xc003d7b61273a09b, 0x7dc4f903a54a98d2
	.quad 0xf936f57f7f8f9870, 0x4002000000000000
	.quad 0xff20d9e5ff7fffff, 0xedda32aeffdba0aa
	.quad 0xff80000042e284a4, 0x0de7464faafebec0
	.quad 0x00800000bf900000, 0x40f0000000000000
	.quad 0xff8000007fc14e0d, 0x81454ed7cdb4dce7
	.quad 0x3ff53e56523a9155, 0xc0800000c9940000
	.quad 0xc009000000000000, 0x93ddc5a9f0efbcdf
	.quad 0x0016f37142b757c4, 0x7115dfc4bdfefff7
	.quad 0xc027241c8c736141, 0xac226ea951d7fb16
	.quad 0xfe22aecd3506c84b, 0x8f3a609c7ff007ec
	.quad 0x7ff0000000000000, 0x816952c47e17817a
	.quad 0xf9435d9f80309e14, 0x80400000ffc00000
	.quad 0x8000000000000000, 0x740768dbaae40000
	.quad 0xfff74bdc71797275, 0x4cf98f7c99de8451
	.quad 0xff0dc5c2488f114d, 0x7f800000ffc1847d
	.quad 0x7ff420249083294d, 0xff08830700000001
	.quad 0x7ffd9a806af3e79a, 0xfff0000000000000
	.quad 0x9cd577329643fc00, 0x4f0000017f800000
	.quad 0x90c6acf8ab85fe69, 0xc0ae000000000000
	.quad 0x4012000000000000, 0xffc00000ff9c2def
	.quad 0xe1b545cb0bdbf981, 0x80000000cf800000
	.quad 0x3ce81ce22fbcf822, 0xc831aecf81068eee
	.quad 0x280a45f17fc3e0fb, 0x40c4000000000000
	.quad 0xd8b9ebabfdfa9df6, 0x01000000184e87fa
seed48:
	.quad 0x000000000000140e
	.quad 0xb81a0f511cb49e90
	.quad 0x108b96809ced09d3
	.quad 0x6148a260f461c21d
	.quad 0x0000000000000326
	.quad 0x11e1706224b4b62f
	.quad 0x00000000000002a7
	.quad 0xfffffffffffffe8b
	.quad 0x000000000000140c
	.quad 0x000000000000024e
	.quad 0xfffffffffffffe85
	.quad 0x00000000000001de
	.quad 0xff1f029e5c7cb704
	.quad 0x0e7a8048127ca6c1
	.quad 0xaa391c5601537ee8
	.quad 0xfffffffffffffdb5
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x9a310039fe6ed6d6, 0x8000000000000000
	.quad 0x5389aa47bf24ea1f, 0xbc2f25b180000000
	.quad 0x68e0c03cfff17e00, 0x08d3f50e2ab1fbff
	.quad 0x432d46e0abde5860, 0xc0d0000000000000
	.quad 0x856d473ffffebdf8, 0x8d85d3a18bfb0131
	.quad 0x0000000000000000, 0xc004000000000000
	.quad 0x128b8868a73fa709, 0xfff0000000000000
	.quad 0xffc000003ce38000, 0x7ff0000000000000
	.quad 0xc070000000000000, 0x60c4c84e05fff6f0
	.quad 0xc300000024022548, 0x1a0ba431efdffe90
	.quad 0xdf237fa87c9e8617, 0x80f20c48be1f0071
	.quad 0x3fdbd47121631b7e, 0x8000000000000000
	.quad 0x8f4c0381418b2eec, 0xf76938eeabd04100
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x7ff8000000000000, 0xde3841bd39fbffee
	.quad 0xbb92b9d47fffff67, 0xff91dcd574ab1e8b
	.quad 0xf0090939802d787e, 0x00800000d9800001
	.quad 0x4088a00000000000, 0x40180000c71a0000
	.quad 0xfd8710a9b7800000, 0xfff0000000000000
	.quad 0xfe3ff000b68189fe, 0xc89400007fc00000
	.quad 0xffbe9d667dd6cc15, 0xbfad733fd4dc1e80
	.quad 0x4008dad141080000, 0x982256745ed20800
	.quad 0x3f000000bde25b43, 0xc0a400003c05e037
	.quad 0x5f7fffff3166a982, 0xf554cac6a2bffaef
	.quad 0x41400abd7abb433a, 0xc07000003f600000
	.quad 0x95cc76afcfde4ec6, 0x0ee70a84056c9ebe
	.quad 0xc12cff58d4695584, 0xc0ac00005f800001
	.quad 0xf3b9869affc3fffc, 0xf945a73e99b97ca0
	.quad 0xfaf29116be1a5bfc, 0xbd4d444be7529c9a
	.quad 0x89c4f9f5c1040000, 0xa8faf8bbb45c9d37
	.quad 0x8020000000000000, 0xf5297ab2c61a03ff
	.quad 0x08d412e5006ec5fc, 0x51de49807cddf904
seed49:
	.quad 0x23f7e22f972791f2
	.quad 0x1d635bfc3033058c
	.quad 0xffffffffffffffb3
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe5b
	.quad 0xfffffffffffffd5b
	.quad 0xcdab8824382ac057
	.quad 0x0000000000000bb0
	.quad 0x0000000000029520
	.quad 0xfffffffffffb57e1
	.quad 0xc489ce419b88ac82
	.quad 0x471cf49d0496d46c
	.quad 0x9cbdfbc9648e67ec
	.quad 0xffffffffffffffff
	.quad 0xffe0605c8afdbdea
	.quad 0x05800000
	.quad 0xf0000000
	.quad 0xe1b555ba14833aa1, 0x40a00000bd101295
	.quad 0x42e06fb3ffc00000, 0x7ff8000000000000
	.quad 0xed228464feca67b9, 0x8000000000000000
	.quad 0x1ab73d07ae6c5e95, 0x99f917b4ffdc35fe
	.quad 0x800fffffffffffff, 0xfff8000000000000
	.quad 0x835c2191fdce514c, 0x0000000000000000
	.quad 0xc2f66a7901000000, 0xffce65d0df9579e0
	.quad 0x22b964124fe9fc00, 0x81a2705fa0e3d3c6
	.quad 0xffb7f45dbdbd9749, 0x2452b3184ab90044
	.quad 0x5c185b6ecc787d03, 0x3f800000ff8cacad
	.quad 0x002fffffffffffff, 0x90bee5cfcf2dac93
	.quad 0x3a5bb0f1bfbbcfb3, 0x86ace4186fb61ac9
	.quad 0xc5e26c856968d221, 0x91d6d3e0ffbd0000
	.quad 0xfff0000000000000, 0x403f320efc2c11ec
	.quad 0xffbdfdec42b630ba, 0x0d1e29a35ce67953
	.quad 0xc0122a485f6c5752, 0x02fd5ddd4a719ebb
	.quad 0xfea1114f7fc3ecf1, 0x40efffffffffffff
	.quad 0xde3c938d7ffcfd15, 0x531d29024c812987
	.quad 0x3cdbf529c1642d88, 0xbf0000007f800000
	.quad 0x1268ad10c16cc3ff, 0x54b2fe6280000000
	.quad 0x724dbfdebf0bf801, 0x806833747f82cca1
	.quad 0x7ff9606062206b6f, 0x3ff502a46f84a9b1
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0xfffc6b97ff000000, 0xffeea4a1b5d28000
	.quad 0x5a56683efe478c95, 0xc09f4d824129240e
	.quad 0x7405802e3ffea445, 0x401b000000000000
	.quad 0xbfadba4cb6c1ef78, 0x7fb368348a072a66
	.quad 0xffc000001befa839, 0x0000000000000000
	.quad 0x818143fbd29d4d57, 0x7ffcc467e32e65e8
	.quad 0xcb8304c4002c0ba0, 0x66f5a76706947c00
	.quad 0x05794deacff7fc73, 0x878872f0a74b44e3
	.quad 0x650a5848ffefff84, 0x827ebfc151261899
seed50:
	.quad 0xe0e4330b5503cd03
	.quad 0x0000000001000001
	.quad 0x3ccb4ad61e7149a9
	.quad 0xf357a98edef6e31c
	.quad 0xffffffffffffee7f
	.quad 0x014e313a7996c172
	.quad 0xffffffeb730dda71
	.quad 0x00000000000003e8
	.quad 0xffffffff58b79901
	.quad 0xfffffffffffffc30
	.quad 0x000000000000031c
	.quad 0xfffffffffffffd99
	.quad 0x232794eb4c8fb24b
	.quad 0x00000000982c7157
	.quad 0xa241f48f2b768112
	.quad 0xfffffffffffffeff
	.quad 0x01000000
	.quad 0x70000000
	.quad 0xbc3d1158bc2a33ad, 0xdffcfb63758095a0
	.quad 0xfffc014520829a04, 0x7ff8000000000000
	.quad 0x800fffffffffffff, 0x40e400001712a5f8
	.quad 0xca99f3ac40efc22c, 0x8000000000000000
	.quad 0x6079e387186e43e3, 0xff8000003c63c47c
	.quad 0x000000007fbfafa8, 0x40700000fe994820
	.quad 0x800000003d62fdc2, 0x4000000000000001
	.quad 0x4e8111dc26332189, 0xb852d17fff7cfdbb
	.quad 0xc2a90627b7600000, 0x15420209efffc800
	.quad 0x0037cc986fd9724a, 0x7ec3de796d569a40
	.quad 0xa674babe42afe680, 0xf856765dd7ca3c58
	.quad 0xc762efbac0000001, 0x800000003ffffffe
	.quad 0xb050d5d97fbd7c00, 0xc0d80275e4b356ce
	.quad 0x4036eb53dcb64562, 0x4f7ffffebd8cf2b3
	.quad 0xffea23503e45767f, 0x04c67c65ea44ba01
	.quad 0x8aef1b8f48356383, 0xce8e731cd3b64c49
	.quad 0xdfe6e99f5beb8000, 0x3fc3ad1f0d37fe40
	.quad 0xc8ee040a3fbacc07, 0xa1582ef934fd06b3
	.quad 0x408000002d1c735a, 0x80f80424cf7ffffe
	.quad 0xe530ab1f000ea486, 0xfff3c7fb00000000
	.quad 0xe50cfcfd1b19109f, 0xc068af32b63351e6
	.quad 0xb7bc1445a55a3253, 0xbc6a1315c836670d
	.quad 0x400e000000000000, 0xd127c1dff04f7fbf
	.quad 0xffeb1fd6d076d153, 0x2cde0ca355430800
	.quad 0x5796b798bdb1b586, 0xfff5db7c597c978d
	.quad 0x84ed9b8ebe2c7c00, 0x4dcfef570966fcf1
	.quad 0xbf992ddc44fe7986, 0x02c9c46dfffa7df7
	.quad 0x40651662321d5764, 0x402830dc6f440b1c
	.quad 0x3ff4a43f3d77fa00, 0xfff0000000000000
	.quad 0x7db6a2c047bf0000, 0x92b831eb4d4debfe
	.quad 0x6a7b7b4fff7fff7f, 0x1620c39563c3db42
	.quad 0xfd0e3f5823024713, 0x81eda7867ffbd7fd
seed51:
	.quad 0x0dcc9410ee154ccd
	.quad 0xadd8e54c26716292
	.quad 0xffffffffffffff57
	.quad 0x000000000000011d
	.quad 0x00000d2f21b03c1c
	.quad 0x0000000000060ad8
	.quad 0xffffffff80000000
	.quad 0xfffffffffd0ad8c4
	.quad 0xe3f8f4cc4c436af6
	.quad 0x0000000000000001
	.quad 0x00000000000484d3
	.quad 0x000000000000021f
	.quad 0x00000000000001ad
	.quad 0xffffffffffffff41
	.quad 0x0000000000000000
	.quad 0xe2df041002d97bf2
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x8000000000000000, 0x65afb76fc8fa0000
	.quad 0x65bcfc65ffa5bc00, 0x41080000265d3105
	.quad 0x8000000080000000, 0xbfb8000000000000
	.quad 0x805d48a650e65f5f, 0xbfbc100000000000
	.quad 0xcf7fffffbdc16909, 0x7f80000081000000
	.quad 0x2b8a2a7dbcbbfffc, 0xbfdbd18253fe9118
	.quad 0xe646ba01dfffffff, 0x22d1b69d7f800000
	.quad 0x8247d96a2c8d75cd, 0xbff0000000000001
	.quad 0xb9f800004f7ffffe, 0x89599eec59800000
	.quad 0xc74c0948955d310f, 0xff2aebefb95b05ce
	.quad 0x7eafeaa4dfb47ddf, 0xff800000ffc00000
	.quad 0xcb58a25eab4047b4, 0x8000000100000000
	.quad 0x3eeb000000000000, 0xd548d2b12f7f34ff
	.quad 0x6239553d91965787, 0x1c523965ffe7ff4c
	.quad 0x0019cff1ff87e6f3, 0xdf8000017f800000
	.quad 0x7f8000004f7ffffe, 0xff86140fbdb12ba7
	.quad 0xb78000008bcf2a1f, 0x7debbe9bc9d5da31
	.quad 0x000df85868bd8393, 0x37f0000040880000
	.quad 0xaa63a5761d6c0000, 0x4ffb6d36bf109534
	.quad 0x7ff13ad061370e90, 0x7ea5f3f61c51858a
	.quad 0x42cefdc98d8e0340, 0xbd5eeeea1b33f868
	.quad 0x2e2de0633f3efebf, 0xf6150812ffbb3fd9
	.quad 0x7ff0000000000000, 0x034d5292effdce10
	.quad 0x80800000041b3dbb, 0xdc485466fdf2becf
	.quad 0xb6c90fb7284e794e, 0x965ecc49437e44ab
	.quad 0x3f88000000000000, 0x80307e9e07ff9c12
	.quad 0x9908246e2fdf7e4e, 0x3f34000000000000
	.quad 0x90876f8ecaf98000, 0x8000000000000000
	.quad 0xffbb7a68dccf34a0, 0x40b80000be3cd1c3
	.quad 0xc021800000000000, 0x3a3fc176c3cfffeb
	.quad 0x7ecd8f7cdccd9ba5, 0x022c273c7bd5d9d2
	.quad 0x0000000041100000, 0xc9200000ff8fc0ba
seed52:
	.quad 0x00000000001b09b1
	.quad 0x1e8e5c7623a1805e
	.quad 0x00000000030fa516
	.quad 0xfb0541fb711627cd
	.quad 0x8000000000000000
	.quad 0xfc7d725ef73a0908
	.quad 0xfffffffffffe7526
	.quad 0xfffffffffffffddb
	.quad 0xb869aca7aa88acc0
	.quad 0x0000000000000042
	.quad 0x0a06f1cbcf9768fa
	.quad 0x009566b5955be3fd
	.quad 0x572eb8d248e0e5e7
	.quad 0x0000000000000001
	.quad 0xe7e0150022313d5b
	.quad 0x000000000000000b
	.quad 0x01800000
	.quad 0x70000000
	.quad 0xfff16f47c1080000, 0x401c8528b0bc2950
	.quad 0x012098137f092c38, 0x451ba532bc964261
	.quad 0x40c0000000000000, 0x467c5eed7dc3fd7a
	.quad 0x60b4500848038000, 0xf60a0ea9edfeffff
	.quad 0xfb6808a8cdc60000, 0xfeff17d3bc46a5ba
	.quad 0x80000000807fffff, 0x357d009f3ed372e5
	.quad 0xc0ddc00000000000, 0x02ca4fb59087bf3f
	.quad 0x7effffff6fd52895, 0x158749a0c5737396
	.quad 0xe5db8163cedea5aa, 0x42b4d01f01049b8e
	.quad 0x00052efd7fefd24f, 0x49e04e78a5447c3c
	.quad 0x2002f10dd3f5febf, 0xc02900956027bb16
	.quad 0x8c6ae52860379522, 0x4249108a40a95cc6
	.quad 0xdde9fb9b253efbe0, 0xc69e769bffdc97c9
	.quad 0x9985e7af23ef48e6, 0x0000000000000000
	.quad 0x77acd38a5e687fcf, 0x7eb29a6b2cb9016f
	.quad 0xbc4bbf26e0ea525e, 0x59be0b59fecd7cdd
	.quad 0x7ff794521c8c9a96, 0xacd2ac1a3fa00000
	.quad 0x805f2b4901cb1460, 0xf5ed88b173e680c8
	.quad 0x6c0e22f5007fffff, 0x64b5c943ff7bfce3
	.quad 0x9c4b4fa93d46f81e, 0x8a2d43d1bf7eecf1
	.quad 0x3d5800000279d094, 0x4011000000000000
	.quad 0xbff3665fc0180000, 0x2f5150ea2d62a647
	.quad 0x8000000000000000, 0xbf7767a53bfd3c33
	.quad 0x476d150649aec7c0, 0x406eccc011a8b232
	.quad 0x41c000007f800000, 0xb9a63a6d805a0000
	.quad 0x861d03474f470cf2, 0x712acef240847f8e
	.quad 0xbdb9644100000000, 0x489000004286d425
	.quad 0x000e27ea7f7fffff, 0xdd7b0d12666ca16f
	.quad 0xbfbcf59dcffffffe, 0xd980000140a9e26d
	.quad 0xf14b3a268f049c8c, 0x004995f05c91a761
	.quad 0xf37f1b32ea8feef3, 0x800000003d957a09
	.quad 0x800000007f7d05c8, 0x08b23392c249803d
seed53:
	.quad 0x0c6d14e62922a457
	.quad 0xffffae34898941d4
	.quad 0xfe977f059e439eea
	.quad 0x3563d5cb23004c1e
	.quad 0x17b3bbb77a5fa0e1
	.quad 0x11cda995c761ac64
	.quad 0x1534dd7f3e82ffd1
	.quad 0xffee21dee9236296
	.quad 0x78609cc822fece6c
	.quad 0xffffffffffffff0e
	.quad 0xfe5ddbad93acb09d
	.quad 0xffffffffffffffca
	.quad 0x000000000000032e
	.quad 0xfffbaf0fbc4ff6b7
	.quad 0x65b13abc621d0a8a
	.quad 0x000000000000000b
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0xe1f9f5609460c680, 0x0334574dffdd79ff
	.quad 0x8052a9a57f800000, 0xfff0000000000000
	.quad 0x0e7a1a6af1916402, 0x844242feffdf37ff
	.quad 0x8052260becfb1d12, 0x3c0a0000bfee2cab
	.quad 0xfff0000000000000, 0xf5aa12bfcb3b8131
	.quad 0xfff83e241ff8b291, 0xb9a9bcee00d977fe
	.quad 0x18071cd85b7bae80, 0x3f72ba89464a81ab
	.quad 0x11785cc0fc53dff0, 0x6f2a63b9fff7ffdb
	.quad 0xfed3c25e82b408c1, 0x00105877e689cb14
	.quad 0x4e801109458700ed, 0xbd17e2a480000000
	.quad 0xff2ab59e9b6afbfb, 0x800e037e2b6cf484
	.quad 0x802dbba44e8e8425, 0xc5ccd6b15f00be80
	.quad 0xfb1f96fdcbf79af2, 0x98449aa262956fc4
	.quad 0xbde09dc852d926e2, 0x37763e996307fd6b
	.quad 0x8c77b621ff000000, 0xfff264cd3ae0a476
	.quad 0xffe85ac610a72612, 0x8074634401000000
	.quad 0x7fc000007f800000, 0x143ee71b21770000
	.quad 0xe89a32d8eb471212, 0x775c81e05f6eaf8e
	.quad 0x42cb2e25f13b3f33, 0xfff0000000000000
	.quad 0x5b85691700ffffff, 0x3f7fe7f81d29d2ef
	.quad 0x7de366ca9168728e, 0x51fd4c0e3a80fe00
	.quad 0xc049e070bef73ffe, 0x8010000000000000
	.quad 0x09bf01aa7fb3febf, 0x7ff37ee0a82d483e
	.quad 0x6b2ef09cbd3bf7f9, 0xb9ba8000456c8000
	.quad 0xc25a1038bcff63a9, 0x96e0a5d32e03ef16
	.quad 0x7f2c06d73acec278, 0x82e7b9f1d3ac8b56
	.quad 0xc0ffffffffffffff, 0x3d8d2d6cf742cb21
	.quad 0xff800000c0080000, 0xca2a36d5802be595
	.quad 0x39f8000000d13c2f, 0x3fee50e4eacca340
	.quad 0xffe0000000000000, 0x5a955eaebdc26fb5
	.quad 0x915ce4ef7effcdfa, 0xcb6845d5bff7dfef
	.quad 0x796faca2ff800000, 0x7ff0000000000000
seed54:
	.quad 0x0000000000000001
	.quad 0xef42cdb1e626cd93
	.quad 0xffffffff4b36a77b
	.quad 0x0000000000000297
	.quad 0x0020000000000001
	.quad 0xfffffffffb0f2b68
	.quad 0xffffffff80000000
	.quad 0x0b5f959638dcece7
	.quad 0xffffffffffffff6b
	.quad 0x7f1c7e652f7375ba
	.quad 0xbde2c4c7ecc45e75
	.quad 0x53bd258c645a1e76
	.quad 0x000000007fffffff
	.quad 0x00000000000001fd
	.quad 0x73e54fd8680b7597
	.quad 0xffffffffffffff4b
	.quad 0x05400000
	.quad 0x30000000
	.quad 0x40b5c8c22861fc00, 0xffe0000000000000
	.quad 0xfca3d6615fe09749, 0x6cdbebb9ff800000
	.quad 0x06787b89ffa7d7f1, 0xfff1ff69032acee9
	.quad 0x9561e125bfdfffbf, 0xce0c953b3a9ffd38
	.quad 0xfffe5df523c52cc5, 0xbee64b273dd297ed
	.quad 0x7b5f5a36893173a9, 0x3fd8000000000000
	.quad 0x000fffffffffffff, 0x46ab8fa8c252e144
	.quad 0x059fadcffeffffff, 0x7c1d6e0dff7fd796
	.quad 0x166e6b8ee4874580, 0x7ff77737fc168f03
	.quad 0xfd7da7fadf735a3c, 0x4427780260bc03ff
	.quad 0xfff356d6be48d26d, 0x04245bbfffe17400
	.quad 0xfa4431065fbe8ee1, 0xc012000000000000
	.quad 0x3fdfad66e7858a77, 0x8b88d4f275f7b2ff
	.quad 0x844866d3bf000000, 0xff566e380036e5b2
	.quad 0x8c544503ff374423, 0x0253d52810da4d7b
	.quad 0x8a79f9778e69c2c0, 0x626da03ff15e46c4
	.quad 0x00000000ff979aad, 0x80000000817fffff
	.quad 0x4bffd027da6fb96f, 0xd7bc6424ffbe6cf8
	.quad 0xdf82c47c63817d76, 0xc33fadc851246ed2
	.quad 0x94d02fca360a84bc, 0xb88e0000fe800000
	.quad 0x4076497435558cd0, 0x44c00000ebc48e50
	.quad 0xfff020e8e0cdd980, 0x900fd736e788f899
	.quad 0xbd8e31e1ffc00000, 0xffd0000000000000
	.quad 0xfeae782aaedf71f2, 0x5a909055bdb2d5a3
	.quad 0xbfe4000000000000, 0x7ff3d788623de5b1
	.quad 0xffec571ff7d894fe, 0xcf7ffffeb5b00000
	.quad 0x014ea4297f800000, 0x5d7c2ab1e79ffdf7
	.quad 0x9341765e75727eee, 0x41132bbf18bd060f
	.quad 0xcb625345225e7c97, 0x002e050a2ce2b594
	.quad 0x8c1aa48bffb8c250, 0x2ef1622afe7f236e
	.quad 0xabbb3be67f8045f3, 0x54379e27b84a3e7d
	.quad 0x304a63b52318781d, 0xff8f58b0bc51c6f1
seed55:
	.quad 0xfffff8ea5e1f3b8b
	.quad 0xff2d197dced11798
	.quad 0x0000000100000000
	.quad 0x00000000000014c4
	.quad 0xfffffff81a41d610
	.quad 0x0000058f3f051e1a
	.quad 0x169b395622b39958
	.quad 0xfffffffffffffe75
	.quad 0x8000000000000000
	.quad 0x8e0eac961cbc8311
	.quad 0x1211fe0a57dbe7d1
	.quad 0x1412df8b22b5548a
	.quad 0xfffffffffc3eb64f
	.quad 0x9db31c3a09f4abed
	.quad 0x27ba34c788da76d1
	.quad 0xffffffffffffffff
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x7e956f612891aceb, 0x7fa244074ffffffe
	.quad 0x315c8fb3f4ecc500, 0x0000000000000000
	.quad 0x403356701dc2e7f9, 0x1f7f5cd015eb7f98
	.quad 0x6cc1834565e810d2, 0x9a7a07bf7f7fffff
	.quad 0xb282eeb3533382b5, 0x7ff0000000000000
	.quad 0xc0a800005a245c4b, 0xe4d9dab892bbf773
	.quad 0xc022800000000000, 0x801fffffffffffff
	.quad 0xc68d39a8da000001, 0xc0bf800000000000
	.quad 0xa7089481d03bc8e0, 0x3fd0760ed288022c
	.quad 0x7fc00000c1040000, 0xfdd1241732e4a5b6
	.quad 0x1699702505113037, 0x168e8fb3386903c4
	.quad 0x3ba6a901e95c1d60, 0x722fc3a63870e780
	.quad 0x00054c687da3ff80, 0xff93d8daff800000
	.quad 0x7fdf7f81ff11a320, 0x40ec00007f800000
	.quad 0xff80000000400000, 0x81b4fd93a0f67a07
	.quad 0xbfe4000000000000, 0x5b53a50d122722a5
	.quad 0x3f21768580000000, 0x43abd87441080000
	.quad 0xbd18b6fd987073f2, 0x682f9eda7f800000
	.quad 0xd4fa51ac8116ee83, 0x08aa5267ffafffc5
	.quad 0xb1db2abf453ad5ed, 0x80000000bb86212b
	.quad 0x410600007f800000, 0x668c30f6fdbffff2
	.quad 0x6f9456e14b43ee5a, 0x20d82f87ff8dfac9
	.quad 0x5a8d026e55fe00ac, 0xd3910ceb890ba236
	.quad 0xe20692dddf3dfdf7, 0x7f9def33008bd008
	.quad 0x7ff8000000000000, 0xf87f436ae07165b5
	.quad 0x14ca5140b45074e9, 0xc3637cd3bc190127
	.quad 0xcb343bb1f53893c3, 0x99be6e64763c4273
	.quad 0xb6d10000774a254d, 0xc002b2cf3768a204
	.quad 0x47b81fc6c0200000, 0xc491d6aaa492c6c0
	.quad 0xfff0000000000000, 0x1b4e67b36ffb8f6f
	.quad 0xac06e39379e75d90, 0x63477efb7952fd38
	.quad 0x0000000043d5a1e0, 0x8054548f2b8507ff
seed56:
	.quad 0xffffffffda519984
	.quad 0x00000000ffffffff
	.quad 0xdd9eacd382b4ae65
	.quad 0xc725164c81008661
	.quad 0xd8cfb9047aba700f
	.quad 0xfffffffffffffc81
	.quad 0xea193da0a190151e
	.quad 0x000000000000001b
	.quad 0xfffffffd4f421b51
	.quad 0xca1ba90add2f37d9
	.quad 0xffffffffffffffc2
	.quad 0xb3d1115336cd6e0d
	.quad 0x7fffffffffffffff
	.quad 0xffffffe64cfef398
	.quad 0x00000000000001bb
	.quad 0x000000adcfd2cc59
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x0571d06411f43f26, 0x7cfe6a4a3eaf018b
	.quad 0xbffcebd6431e0b24, 0xc0a4800000000000
	.quad 0x56e411f9afc6eaa7, 0x0705b676ffdee7cd
	.quad 0xfd7acb3e8b41813d, 0x80000000ffc00000
	.quad 0x8000cb7783e94605, 0xe128177affdeff63
	.quad 0x0004d4269b750232, 0xc060d29248ad6a56
	.quad 0x13cddf9aff800000, 0xa0bb9f79aacffbc7
	.quad 0x5cb4d76887a9f8f2, 0x0300ae28d56ebc0a
	.quad 0xc00ffffffffffffe, 0x724beb564fb73ecd
	.quad 0xffc5695d7fc00000, 0x000000007f800000
	.quad 0x7ff8000000000000, 0x4022daa775823e2f
	.quad 0x8000000000000000, 0x0738d6101726d67f
	.quad 0x3f2160087f987376, 0x0000000049100000
	.quad 0x35c74cfe442b27a0, 0x0052e3d5461a7b40
	.quad 0x7fd3c4addc1cd727, 0x3f1c000000000000
	.quad 0xecd76082fc153472, 0x404b58663bdce903
	.quad 0x7241fb874f800000, 0x59e046a1dbf7ef7b
	.quad 0x19f26e391d385ffb, 0x7fc000003dc34060
	.quad 0x9269ed8fb2c4fc00, 0xa8b3883dec6d2c37
	.quad 0x89863c8cfbdc9d82, 0x80000000004306ee
	.quad 0xc344981749d1f183, 0x3f9f9fc268477e7d
	.quad 0x6a2319c172ce7c42, 0x855c2e6ec81e5639
	.quad 0xff8000007f800000, 0x424a0955791d2d78
	.quad 0xc04a2c08c6e29b0a, 0x0cad6a90b466b5d9
	.quad 0x7ff0000000000000, 0x7fdd2f68b3f47385
	.quad 0x00bc79544969bf59, 0x00000000ffc00000
	.quad 0xbfbd587947f041ea, 0x0284e9cb411c0000
	.quad 0xc11a0000ff80b718, 0x9628a3497fd9c440
	.quad 0x47b800009b6ddc4e, 0x58173ba7a66dffff
	.quad 0xc119ed52ff856b6c, 0x7fc0ad8aff8ce3d1
	.quad 0x7ff0000000000000, 0x9d0dfee9ebfb8f9d
	.quad 0xff5d3e7c23063817, 0x6d20e682db8e9680
seed57:
	.quad 0x00000000331e37fe
	.quad 0xeaf2c40a505199d3
	.quad 0x0000000100000000
	.quad 0x00000000000000e9
	.quad 0xfffffffffcb52094
	.quad 0xa2a94a5cb9c6f259
	.quad 0xffffffffffffe837
	.quad 0xda9b0d9cbd838a9e
	.quad 0xffffffffffffff21
	.quad 0x7fffffffffffffff
	.quad 0x57a1f93e501e9cbe
	.quad 0xffffffffffc4baae
	.quad 0xffffffffffffff01
	.quad 0xd953e3aae965782a
	.quad 0x553a0cacc735958b
	.quad 0x8e4340ae7ef14aaf
	.quad 0x06c00000
	.quad 0x70000000
	.quad 0xdf7ffffe05c2b55d, 0x4b695a0151e77def
	.quad 0x0725fa8c7180003a, 0xc391054b777782f4
	.quad 0x8000000000000000, 0x5352d8b95c0f03ff
	.quad 0x7ff8000000000000, 0x834a884e9ff78bbb
	.quad 0xffb5895eff3ce32e, 0x028a835e7e8f789b
	.quad 0x84a9c6ce7fb613c5, 0x222ccd56e9f2d356
	.quad 0xc047ad62b0c9af81, 0x7ff0000000000000
	.quad 0x7fc0f8edbc380000, 0x7ed156c1803ceaf3
	.quad 0x3fa4e3ac3fc80000, 0xc3f26d8bc0075eb9
	.quad 0x0a2e72b3c0300000, 0xd7135d2da10959c0
	.quad 0x001047775154f699, 0xbfb79e637fe64f08
	.quad 0x13cac998749bfd8d, 0x291dc309b4a6fcef
	.quad 0xc66a9f2280000000, 0x3cfc30d72c043fe4
	.quad 0x3f06800000000000, 0x40faf0af7f8bc8e6
	.quad 0xe004427a9e893498, 0x3fe41019988e6212
	.quad 0xc0d00000c84e0000, 0xc022400000000000
	.quad 0x00145c95b5768aa6, 0xbed6200000000000
	.quad 0xfdaf8e271cbf597d, 0xd34b6ba176fee98e
	.quad 0x9d666f957f800000, 0xffd0000000000000
	.quad 0x1aac8083ffff87bd, 0x3e977fec7ffd8072
	.quad 0xcfcf254097e9ca78, 0x0540cfaeb9e0492e
	.quad 0x12de86ee61828000, 0xc0cc000041bdd37c
	.quad 0x930cd8f9beaffffd, 0xf6c219d200000000
	.quad 0xc85cfbc5faf5eb2b, 0x4039a45b59ffa16c
	.quad 0x54ad872fd30a7a6c, 0xbc7478acffc00000
	.quad 0xfb577cef4f9646c8, 0xe7c33c50106a7bd6
	.quad 0xdfdd65ce8d8b8b68, 0x5361e5ef13187a44
	.quad 0x48ada27affebebff, 0x00000000bd6d587d
	.quad 0xc064c37e3f5dc5f2, 0x73e9b2363e250000
	.quad 0x3419e89ceb87de42, 0xc03bbacc9b77d831
	.quad 0xd5b92afb3010f221, 0xff192a376f929cb4
	.quad 0xbeeb87c242d1c8f6, 0xefecd8eac62c0000
seed58:
	.quad 0xa12099d560a26ca6
	.quad 0x0000000100000000
	.quad 0x6b75b8f5c3a6efb2
	.quad 0xffffffffff080f59
	.quad 0x5da146e1e1bbe3a6
	.quad 0xfffffffffffffff5
	.quad 0x00ca399d17bf28f5
	.quad 0xffffffffffffe866
	.quad 0xea62103133243c34
	.quad 0xfffffffffb33806c
	.quad 0x7948bb731c34b471
	.quad 0xfffffffffffffc4a
	.quad 0x000000021dda17be
	.quad 0x0142be8ffab84518
	.quad 0xfffffddc9eaa25fc
	.quad 0xffe501bee8048fbd
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0x3f33af0941000000, 0x46700000bf5b8e21
	.quad 0x448f037fec0f4440, 0xffd3aa29ffa482bc
	.quad 0x5533a532fec7fc00, 0x00000001bc16be17
	.quad 0x7ff28c499e4ffc6e, 0xb764121bbfa76ff7
	.quad 0x51cd2a3bbffcff9f, 0x48880000ebfa41e4
	.quad 0xca6954b19b9df7da, 0xa564f48effa9bff7
	.quad 0x5db0b0677860c315, 0xe70f7b04dffdb9ff
	.quad 0x1864eeaadf71e8b5, 0xe4031b3ca9b179c4
	.quad 0x9bbf81a63a3bfd1f, 0xa6e43705c361a06a
	.quad 0xc02afaa0a5d3195b, 0x849ce48d397a0abc
	.quad 0x9215716e16338000, 0x8000000000000000
	.quad 0xf0ff1ce37f884eaf, 0xfff0000000000000
	.quad 0x9c3fe713bec488f9, 0x89f6c2383f686f67
	.quad 0x3e05fd0cc5ff8000, 0x44b336ebdd8705a6
	.quad 0x60bbf454ff3f7fca, 0x00031d5300a4e3ed
	.quad 0x0224711817c28d1a, 0x8000000000000000
	.quad 0xff483cc2c0280000, 0xaf2969e4ffea5050
	.quad 0xe85b62fe1a7eaa48, 0xe32702d0dac9d343
	.quad 0x3ff4000000000000, 0x9a94757d077e0fdd
	.quad 0xffaee543bf061b2d, 0x98367f5845800000
	.quad 0x7ff679d839151fcc, 0xfffea3ed112f4c7c
	.quad 0x3e49ed793f900000, 0x7ddd9b17e947fe00
	.quad 0xc44dd3bd5fdfeff7, 0xaed393c6ffcdfc85
	.quad 0xffdbecc140969e1f, 0x7425dc8842c520cb
	.quad 0x8000000000000000, 0xfeffffff8f10f01e
	.quad 0x4bc4bf175a01c440, 0x7c65612d16c98900
	.quad 0xd89dbd04fff7c375, 0x4f80000100000000
	.quad 0xcb51b90eb15afd6b, 0x00000000ff960800
	.quad 0x807fffff14efc5cf, 0xc014a301caa4c90c
	.quad 0xc1f9889bf9703c7f, 0x884cfa7396ee7f77
	.quad 0x17a7c6d88050a186, 0x40530a290160d23c
	.quad 0x007f83c79b46d6db, 0x751066cdffe6a867
seed59:
	.quad 0xfffffffffffffc5f
	.quad 0x587721588ab07314
	.quad 0x000000000dcf4490
	.quad 0x0000000000000001
	.quad 0xfffffffffffff72b
	.quad 0x0000000000000001
	.quad 0xe4c5399b41b6cd79
	.quad 0x0000000000aa587c
	.quad 0x1228853aea19c33c
	.quad 0x5b4e80c3a310599a
	.quad 0x00000000000001bf
	.quad 0x520aa3922e2dca18
	.quad 0xb31981f87f850170
	.quad 0xcc64c31150681e63
	.quad 0x000000000076af8b
	.quad 0xfffffffffffffc3c
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xa74a8f98ac738291, 0xbefa000000000000
	.quad 0xf1d4fa02f84add8a, 0xc5be8177e39c8000
	.quad 0x4360000000000000, 0xe27c7398ed0f7c00
	.quad 0xc7000000f08ef2cb, 0x7ff1888eb6cc26d8
	.quad 0x000000017f3047f3, 0x635221df5ddffeef
	.quad 0x3f4000000019be54, 0x7987338b519dc3f1
	.quad 0xf74f41ffe03e1ada, 0xb594743c7fb0fb4e
	.quad 0x09893fc37f800000, 0x3ec79a49ff800000
	.quad 0x343a2e1e265b0340, 0xc330000000000001
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x89f984943d7d7ef9, 0x2f3eb111fbbde822
	.quad 0x3ff0f0fe4a38e3a8, 0x06ec68bc9350ad08
	.quad 0x3f9b4e8d0c50f388, 0xd32899ccacbed77e
	.quad 0x3fc93b42c1df4490, 0xbfbc93b73acee731
	.quad 0xbf88cd34c32c8959, 0xfeeef28a8bfa37d7
	.quad 0xc383ad47ffaa2000, 0xfff6382ffc85dbc8
	.quad 0xc0900000ff559cb6, 0x4028000000000000
	.quad 0xc05e38fdbaa139cc, 0x86a4cc876f072322
	.quad 0x7063c79e263e356e, 0x1d7573e87ffeff82
	.quad 0x0000000000000000, 0x62c6090ffcfffbbf
	.quad 0x8000000197f32b3f, 0x40602df5dc2d4f7e
	.quad 0x8000000000000000, 0x51b9b054588dddc2
	.quad 0xca99cc588786bb07, 0xda17bd167fa73daa
	.quad 0x78914ffb195cc0ee, 0xf1f6a210df800001
	.quad 0x3d1809f737436b65, 0x81a7414a9353fc2b
	.quad 0xffd104d6e87baec7, 0x591afc9efb9b5eab
	.quad 0xc333ceafd6ac71e0, 0xff7fffff80000000
	.quad 0x66041609bb2af89a, 0xaa55118a00400000
	.quad 0xfe93917d59b6e7ed, 0xe0fbf1d1bdfd24ef
	.quad 0x7fb070d3c06c44b3, 0xb7c504ef14f8aa00
	.quad 0x7effffffc08dbd8b, 0xd97fc674a069fc00
	.quad 0x8068f58702075cde, 0x410200007f800000
seed60:
	.quad 0x0000000000000398
	.quad 0xffffff4246f99eb3
	.quad 0xfffffffffffffd98
	.quad 0xffffffff5279e694
	.quad 0xffffffffffe51b30
	.quad 0x00000000000000a4
	.quad 0xfffffffffffffe62
	.quad 0xfffffffffffffffd
	.quad 0xc399f640ff89817a
	.quad 0x0000000000000095
	.quad 0x077f5c8a16d8924b
	.quad 0x000000000000026d
	.quad 0xffffffffffffffff
	.quad 0x7ad0a1d6b71b112d
	.quad 0xfffffffffdfc8f64
	.quad 0x0000000001000001
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x67529632bb47c871, 0x4382f7ac4f000000
	.quad 0xc0d00000bfe01591, 0x7ee76608c8da0000
	.quad 0x78cc72c7f3d8fe00, 0x4d4a4e1ea3cd00eb
	.quad 0x4376800d00000000, 0xadfdf71d5802aed7
	.quad 0xaf36db594c217c33, 0x3fb7a7b1a96c5701
	.quad 0x2d49c273d14444ca, 0x007fffff007fffff
	.quad 0x817d6e3c13bf4cfa, 0xb589000000407eb4
	.quad 0xc060fce4598fa52a, 0xb948e882d290ffd1
	.quad 0x8014a240ffc00000, 0xbfe8000000000000
	.quad 0x6f26555bfbfdbe9a, 0xb5a8f6c000d317f6
	.quad 0x4016159b8ecb4693, 0x7f800000ffc00000
	.quad 0x7ff0000000000000, 0xff80000000000001
	.quad 0x7ff944504ed891f1, 0xff000000df4c3334
	.quad 0xf08c570bfe6fdf1b, 0xeac1db03fce5f55f
	.quad 0xc390d157b8cffc00, 0xfff2b205707db1b1
	.quad 0x43600000003fbbdb, 0x3fed5b295b7690ac
	.quad 0x800000005ca82569, 0xc35cd17b0e26b6dd
	.quad 0x3fd9a583ca1fbf9e, 0x9087a30aed5b87ff
	.quad 0x7fe955753eca3fec, 0x7e800000acea307d
	.quad 0xfe23df91cf59959b, 0xf6fd2630ffffffff
	.quad 0xc20000009a6b0784, 0x80ab422d898bba7d
	.quad 0xed880f3f8dde7c1b, 0x7ff0000000000000
	.quad 0xd05af612ceffeaf9, 0x800000003f9e0000
	.quad 0xdf800001ff000000, 0xad7e4601c222c3f6
	.quad 0x7f9b9b1b40e80000, 0x6646613d40cb6c0a
	.quad 0xe5e9fd06ab612c5b, 0xffc00000ffb3baed
	.quad 0xe8c3cc4b7f747f37, 0xf3150eb685297c00
	.quad 0x8af9b227ca37bebd, 0x7fdb24747f9ec464
	.quad 0xc010000000000000, 0x367abf56ffbbfeff
	.quad 0x8020961240f00000, 0xff97357f38100000
	.quad 0xc6d800007f800000, 0x0000000000000000
	.quad 0x4126221d7f800000, 0x7ff8000000000000
seed61:
	.quad 0x02eabfe8a235fd7f
	.quad 0xffffffff80000000
	.quad 0xee1c28e7f52434eb
	.quad 0x72f3c9bd5b2f7950
	.quad 0xfffd81c6d58a74a2
	.quad 0x000003d020737baf
	.quad 0xc47193ee3da946d3
	.quad 0x11eebe6163cc4052
	.quad 0xc100bd0fe656bf47
	.quad 0xfffffffffffffeff
	.quad 0x7f1133ac7602c38f
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0xa3d3ba5f212219dd
	.quad 0xd88dc16695f27476
	.quad 0x0000000006aad067
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x8010000000000000, 0x6ef039b1aa43c180
	.quad 0x17b0b2ffffea37be, 0x41f21e647f800000
	.quad 0xfff7a3e4e56da61c, 0x401c000000000000
	.quad 0xbf78000000000000, 0x000000009c87667f
	.quad 0xfff8000000000000, 0x8e25c03fdefbc8a3
	.quad 0x4001e078ca15ae29, 0x97748bddc8db50f3
	.quad 0x40f00000c0dc0000, 0xc34ffffffffffffe
	.quad 0xfea9d61120786759, 0xf2a69bd43f36ff61
	.quad 0x3f89000000000000, 0x4ae32d5f0231fc00
	.quad 0x1f4a90afdb374200, 0x8000000040b00000
	.quad 0x7eecb7443e768b4b, 0x7ff0000000000000
	.quad 0xc031daa153a30644, 0xbf7fdc9cc3041b05
	.quad 0x405e85f37969aab1, 0xe13a5de7505d7c00
	.quad 0x8bdb13a551e689dd, 0x3ffffffffffffffe
	.quad 0x3f65400000000000, 0x7c2225b57ebbfa6e
	.quad 0xe2cc35a5f545fb4c, 0x7faf8b6f000205d9
	.quad 0xfef043d7f795ffff, 0xc1efffffffffffff
	.quad 0x9e44dc0477f42e9e, 0x7ff18f0873b8e140
	.quad 0x395eabe4e0e0ff81, 0x7f67314799dd29ed
	.quad 0x80009d79610a4cb0, 0x5b6da2ac7bbd8223
	.quad 0xa4bcd06112743f00, 0xe5e0c304ff7f77ef
	.quad 0xe0f74f193fdd6aef, 0xbe79a1406c3a6c95
	.quad 0xfeffffff013a9464, 0x9f683d16a538d16d
	.quad 0x7ff05ef6a6afc02b, 0xc656d9166c2d877b
	.quad 0x433ffffffffffffe, 0xf46276e3feffffff
	.quad 0x266736971b328000, 0x0000000000000000
	.quad 0x1a862584fddd258d, 0x806c47b800e0ffa2
	.quad 0x499f41c605d894a7, 0x412a1ad898f6e39f
	.quad 0xff80000080000000, 0xff80000080000000
	.quad 0x8fd96b3900c7c217, 0x80ee1ea3aefafbfd
	.quad 0xffa130e6fffc52f6, 0x59fffffec44e1a13
	.quad 0xbd5fd39af42c4523, 0x1465f6a8fcf77f9f
seed62:
	.quad 0x1880d986c9d8159c
	.quad 0x0000018a865ee113
	.quad 0x0000dea77a52fd2e
	.quad 0x030cf8761a3b5329
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe3f
	.quad 0x000000000000004b
	.quad 0xffffffff3feadfc3
	.quad 0xfffffffffffed06d
	.quad 0xfffffffffffffffb
	.quad 0x483654b876e45010
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd65
	.quad 0x000000000000000d
	.quad 0xcb8e1879925a672f
	.quad 0x05000000
	.quad 0x20000000
	.quad 0x9edcfaf0bd767cc5, 0xb91fd8b7f3bffff7
	.quad 0xc1c075d0c0700000, 0x9c937c7dffbeff3f
	.quad 0x1649c930befbf987, 0x0257eb41324450e3
	.quad 0xbd245bd4ffb7ef98, 0x800354de3e9436e7
	.quad 0x4270e8b5dfdfde82, 0x3e00af6a5b4a0bff
	.quad 0x3ee8000000000000, 0xac8cf6f7bff55e2e
	.quad 0x877d7d38c7f9d7f4, 0x7fc00000b8c00000
	.quad 0x8cee74f7c3effbab, 0x7fc9305e4af50658
	.quad 0x389a3b96c1333e00, 0x598b14c3632bd281
	.quad 0xa6ae50752b5d1547, 0x3eba000000000000
	.quad 0x09be52d8259c0def, 0x8046dd1053e78b41
	.quad 0x3fc000004039448b, 0x14478c207ffd181b
	.quad 0x800d8d74e9c77e49, 0x8000000000000000
	.quad 0xa4a2c89adacc7ff8, 0x40520000c05322eb
	.quad 0xbed1a00000000000, 0xffc000000a3b7586
	.quad 0x0b6d946536710d89, 0xffaed5a9ffc00000
	.quad 0x02bf4be5f1f5ffee, 0x96ff570be7fd7d5e
	.quad 0xff800000c72011ba, 0xbef2c00000000000
	.quad 0x60beb7f0ffb20000, 0x46dc97f4fedffe75
	.quad 0x3cc9ed9cf42082e8, 0x000000003c17b84a
	.quad 0x6a2020c4c2bea92f, 0xfff1b22e527707b7
	.quad 0xf9a1eb577fcf7dfd, 0x7fc00000a6a69f0f
	.quad 0x4061fff27fff77b6, 0x1be21f84d03c03ff
	.quad 0x801220a71173b62f, 0x7ff614ef80db4e3d
	.quad 0x4d37c7fb50e5dd17, 0x1bc928911b915952
	.quad 0x43d5c8b0c09e54ad, 0x8000000000000000
	.quad 0x411fe1ff3e4ef314, 0x17024552cf857d9f
	.quad 0x5f7ffffe373cdc66, 0x61b9d280f3d839dd
	.quad 0x68eeb80837c3c085, 0xd00b5988cafeffef
	.quad 0xe5bebf568ad68000, 0xff8000008c51a186
	.quad 0x4249e6f640c00000, 0x80291fd9c096eab1
	.quad 0x67f5eb147f800000, 0xff05010fc17f0da7
seed63:
	.quad 0xffffffff80000000
	.quad 0x48f5411d5c4cd918
	.quad 0x1a005ef6190cc60d
	.quad 0x000000007fffffff
	.quad 0x59b029efbd775723
	.quad 0x8000000000000000
	.quad 0xffb9e10c412d1bf6
	.quad 0xfffffffd7132e695
	.quad 0xffffffffffd63eea
	.quad 0x7aad5650ea58f639
	.quad 0xfffffffffffffc20
	.quad 0x0000000000000000
	.quad 0xfffffffffffffef2
	.quad 0x5b76de9d5396a332
	.quad 0x4856d86e7b57f44b
	.quad 0x9e17c8fac3360cbc
	.quad 0x03400000
	.quad 0x70000000
	.quad 0xc2bbe71b32d7f797, 0x7f800000ff800000
	.quad 0xab17d6e5567b37ff, 0xbb826154ff800000
	.quad 0x7fdcb0946d860d80, 0x13204c0affe18201
	.quad 0x9f6326157da525c2, 0x807d0598bc490a34
	.quad 0x7d8659a0b37f46d3, 0x04efb5f27fbfbf3f
	.quad 0x74516b6bfcaf7ffb, 0x9dd5bce705cea299
	.quad 0x65f100cdffb27a99, 0xfff4e33dec1f90cf
	.quad 0x3dcdc377248daa75, 0xffc000007f800000
	.quad 0xbf18000000000000, 0xfda948257ffaefed
	.quad 0x829f166a8002c21f, 0x2fc1a086fefee3dd
	.quad 0xb87326e1ffe2013c, 0xc1fffffffffffffe
	.quad 0x18301637a98afc00, 0x97899f6880000000
	.quad 0x41040000c0b80000, 0xbc755a50e645f977
	.quad 0x3f4000006f5b3bb7, 0x2d2fff42a24bfc00
	.quad 0x7f800000ec81392e, 0xc330000000000000
	.quad 0x4072f2fcff800000, 0x0000000000000000
	.quad 0x8040000080000000, 0x62e318abd9efcc21
	.quad 0x6bc3809afff7d6c7, 0xfeb7fc1dbf826ce4
	.quad 0x80000000c74f4e0c, 0xbfffffff00000000
	.quad 0xfff1c0be78b21cff, 0xef2165217f800000
	.quad 0x3e91566c3e2e6f48, 0xa019a699f7bfb7ce
	.quad 0x4a9fbfc3c1dce22e, 0xbfcaf0540d6c1361
	.quad 0x800e5c1f390f5a4b, 0x801dc33715a26d7c
	.quad 0xc89513467faf7c00, 0xa9a112bf1d5c8f25
	.quad 0x498dd673612c58e4, 0x7f1e5dd8df4b821f
	.quad 0x7ff0000000000000, 0x8d060cacffb0a7fa
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0x004000006d55c3a4, 0xff800000ff800000
	.quad 0xe4e9ac060dbfdfe9, 0xba2c6a37fe800000
	.quad 0x80ffffff3c35cbf2, 0x8a99c130ffadafbe
	.quad 0x3fb4000000000000, 0xda7ffffecf7fffff
	.quad 0x3f49a47ffab376a3, 0xfe4a01b3e7dd7819
