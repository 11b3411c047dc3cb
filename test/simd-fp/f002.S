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
	.inst 0x1f2291f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e713972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e618873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f35ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e218897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2618d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61d919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e675588
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25435b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65de9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa3139d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18b40f
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
	.inst 0x1e42a4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5eecfcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f253612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6501c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e664135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea8fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3001c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e29c659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e72de1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7d901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65099c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb4d73e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24089f
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
	.inst 0x0ea189b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21b871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e610812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6ab033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c0834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee241f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e6add19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2c1c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e0350bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70f81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e028d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f62e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fdd19ff
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
	.inst 0x7ea1b850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f4bfdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc418f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e325a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eadec14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a1875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c0a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e48d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a2669
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee9d5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e5890cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e233b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c15f
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
	.inst 0x7fc99130
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
	.inst 0x1e790082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e720934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f650d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e301ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f26e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23089b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e79c6bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c05e
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
	.inst 0x4f8298f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f9050b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eeaedf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61b953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6435f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e65f415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03a0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ee437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e338819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1dada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18ddab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e25f5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e69010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21887e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21dcdf
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
	.inst 0x1f6f9070
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
	.inst 0x6e71c4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e216894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f34e4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f3de5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2a8577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f090578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee4c719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1e45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee199dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e75dc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1b8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e68000f
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
	.inst 0x9e2301f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e69edb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e26e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eadd434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee2ed56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e27cc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f433119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eefecda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f05a93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4e637c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1d8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38002f
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
	.inst 0x0e23e510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6301d1
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
	.inst 0x9e630053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0aa954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e1958a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e214157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e6bfe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e646a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e672110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65547e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21d8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e616afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f02747e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d7a1f
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
	.inst 0x7e30c970
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
	.inst 0x1e2908f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e42fc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6d09d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e751976
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
	.inst 0x6eb0c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2729d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fc592da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e620a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0d9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0edbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30283e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6509df
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
	.inst 0x4e61c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e648891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e622872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f58e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e612200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eefe655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e63c5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f288cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0eb0f699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b5c7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea0c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2440bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2295fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3901ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602148
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
	.inst 0x4ee19830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f319532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e617873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b6c74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e648c15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2dd476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e58d168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa119d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2441da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21f5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b3a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68491e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64887f
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
	.inst 0x1e610dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eebee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0c8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f603413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7039d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e674296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f877
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
	.inst 0x1ee2c2d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e26edda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fcd983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19a12c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f36fe1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7901ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e69deff
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
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f643491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21c852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f12ae34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e311995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e69dd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6388f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f9d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2201b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b395a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21a97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f371c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78de1f
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
	.inst 0x6eb0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fb091f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc95212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6fe487
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6741d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220195
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
	.inst 0x9e428c57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e286ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2001a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22019a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eecd5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c21e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c389f
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
	.inst 0x1f40a110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e326833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0ca34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2a88b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61b8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02d9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f702d1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fb49abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fac195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fc0995d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69016f
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
	.inst 0x1e42a9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6ae5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f04c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2bdcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e264196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2168b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee188b8
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
	.inst 0x1e78014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee6cd5d
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
	.inst 0x0f8e99df
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
	.inst 0x1e292930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee6c4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61d8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f498634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e36de97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c0f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1f839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69189a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3001ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e39c69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee0e45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61a9df
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
	.inst 0x0ea199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f853
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
	.inst 0x1ee2c275
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
	.inst 0x4fc398d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0e5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f450c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f7724db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61693c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69701d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1d9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0eaacd5f
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
	.inst 0x6eb0f970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f829811
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
	.inst 0x4fc991b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb1e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e244116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eebc597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3629b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e668999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e282b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f57541b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2308dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6a901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f9590df
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
	.inst 0x1e2640f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64f011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2100c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e673ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2cd69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6001cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e18a22f
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
	.inst 0x1ee24170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61b811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2ea641
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e251625
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d861c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e219856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a1497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d0838
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
	.inst 0x1e66dd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee4c57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29489e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f58adbf
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
	.inst 0x1ee2c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e651a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f8998b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70fa34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e690026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e4215b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e219cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e22feb9
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
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6efac57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e64d45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3528fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69c54d
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
	.inst 0x1e02a550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaacc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61a913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6da934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e23f655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6f8976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee6fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e71e458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3cfd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d181e
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
	.inst 0x0ea3c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67f012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2f2873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e64c454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e619956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e315837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e272250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e62ccfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26397b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3559dc
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
	.inst 0x1e6740de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6dfcbf
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
	.inst 0x2e25c590
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
	.inst 0x1e6128b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6449f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21a9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e316877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2178d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e221ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f70fc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6dc6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2df01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e65034e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602008
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
	.inst 0x1e6400e0
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
	.inst 0x1e3065f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f449033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e614194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eaafd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee0d958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee9c55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea4e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1899d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c2fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6168bf
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
	.inst 0x5ee0c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e611912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2ded73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e66ec54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e0384b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f61d416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e5949a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f270438
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
	.inst 0x1f00c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6240fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4b2f7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e248b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f40181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29901f
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
	.inst 0x7e29e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee18811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e714913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1a9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb4c416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f07bc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ec418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21c939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e217a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61b87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea7f47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee4c6bf
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
	.inst 0x1f03a410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc69831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30ca12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f453dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee240f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0fa56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2a35b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6f98b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f52ac79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27a634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28d01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f23285c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e70193e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1b0c5f
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
	.inst 0x4e6178f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e304df1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e664132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f22bcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6aa154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e65f536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21aa17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f79b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f39b9
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
	.inst 0x5e61c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a285c
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
	.inst 0x1e6f399e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f233cbf
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
	.inst 0x9e7901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea9d471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1d834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f4dfd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68cc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f489938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f45a859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeecdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6102eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e219b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0ca3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e342150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23009f
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
	.inst 0x9e7100c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1f8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6200f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6729f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2201d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25f43f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e312140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e19e1c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f29d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eb7ccfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e423d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03043e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3800af
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
	.inst 0x1f661d10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e240021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2fe612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f3be433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e64ddd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617a55
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
	.inst 0x6f26fc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6301b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e27dd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcc589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2879bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee4ee7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eebf61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc519ff
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
	.inst 0x6e30c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e291972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2100e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f081674
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
	.inst 0x9e028816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e682080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e64d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0c99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef8c47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee7fcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21897e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f289f
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
	.inst 0x9e690060
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
	.inst 0x6f51e612
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
	.inst 0x4ee1aa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e18c9e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e280206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2818d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f9699f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f502c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee3fc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fca51fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcf137d
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
	.inst 0x7e70c8bf
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
	.inst 0x1e620110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f261811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58b042
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
	.inst 0x4ee18814
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
	.inst 0x6e218956
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
	.inst 0x7e30f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e280069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e188b0a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61785b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6201be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f25a5ff
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
	.inst 0x2e616850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e31cdb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21fc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6189b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f3bfe15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f37fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e741c57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6502a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d891b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66cdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2564d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f89f
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
	.inst 0x2f31fcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6f8232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e65c433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e270420
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2801e5
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
	.inst 0x1e2129d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e26fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f30e419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e30c71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f889a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d3c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66ccff
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
	.inst 0x9e790000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f501091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e1a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e727833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c18b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e690065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6900e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e287e57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c3ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2a9d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e59b08b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e69f43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e097f
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
	.inst 0x7e61a850
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
	.inst 0x1e25c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22f013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea9fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f38fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7420c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61ba38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e762839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0cb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6d849c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa6531d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7103ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c38bf
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
	.inst 0x4ea0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7900c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e703932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e19a603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e337934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea198b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea5d476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21e6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1ba19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb4c59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6fc5bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcf113c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f2ae53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6000ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60387f
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
	.inst 0x2ea1f810
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
	.inst 0x1e303912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e616893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2fe563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6fce15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e6179b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f442077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eaccc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2494fb
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
	.inst 0x1e603b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c39d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03d5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6d2dbf
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
	.inst 0x1e691010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3800c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3900c3
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
	.inst 0x1e634955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eacc476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2e8c77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1a858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31701a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea8d43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2ed65d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2edc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e610d3f
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
	.inst 0x1e640020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30bd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f37e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2319d6
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
	.inst 0x1e681a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8999ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0f93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f08a53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21995d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f8290df
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
	.inst 0x7e70c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7028d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e206892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e651c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6441f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e603ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4385d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e231819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea188db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73489e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e664516
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
	.inst 0x1e2b39f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d0854
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
	.inst 0x1e03b816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4fa817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e68e478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6cfdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e33fdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1bb5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0d97c
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
	.inst 0x9e02fd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1b93f
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
	.inst 0x9e6100c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa61971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1b8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1d573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f63ac34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f29e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21b857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c3958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e603a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21fcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0ca5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e29f53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fc3107e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e6168bf
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
	.inst 0x1e22c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e272873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c38f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43f9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0fcc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c6a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64401a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61b8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26383c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e25e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21691e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e19cd0f
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
	.inst 0x7e30d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e600081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59e082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fd19853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e616a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e616877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a2d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee4f519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6201db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eabc59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e69fc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65299e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e238c5f
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
	.inst 0x1f2d98f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e694a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1a9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0905f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7000e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c09f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b3897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e773878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f5424da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7901eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e188d6d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e622afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e682100
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
	.inst 0x5fc35890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e69e4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c09b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea19954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f648135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e317016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e656937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e8938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2199da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4efdd5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78006f
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
	.inst 0x7eb0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8c5971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f468d12
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
	.inst 0x6e28d554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4e1d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f73ad56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fa35937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e69edd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e372cfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29385b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e682b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc491df
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
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6200d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2acc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7100c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e74cd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e67dc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0c8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e695c19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fa491fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c199b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e616adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2535be
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
	.inst 0x1e6618b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f7efdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22ed93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e250244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67d438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e710288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e7919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20085b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e28dc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea0f69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65291e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e62e4df
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
	.inst 0x1e641870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e690182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e63e453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f09a1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea4f5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21c417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e20c478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61c4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79034c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61a89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0fa3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e69f69f
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
	.inst 0x1e6d2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee198b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e2cdc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e69fcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f63b436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e70f518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e375919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcf903a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f08a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b087c
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
	.inst 0x1f619c5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020f8
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
	.inst 0x1f4f8cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e297911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6168f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21a9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1a894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21ed15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2519d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2189b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43bddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f76e5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e61683e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e63dd3f
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
	.inst 0x1e710020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d6992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61ba14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21a8b6
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
	.inst 0x6e66c518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e38e67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6822f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e38d41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e78fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6201fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1d81f
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
	.inst 0x1e620110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa49971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea6fd93
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
	.inst 0x0e30dcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e28fd97
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
	.inst 0x1f48d579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61e51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea1b89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1d83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6540de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e216a5f
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
	.inst 0x5ee5fcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea9c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eeafc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4a2113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e64c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30d8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcc50d6
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
	.inst 0x1e6b2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e32d5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b89da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6178db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea1d8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d58dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fa099bf
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
	.inst 0x1e61744e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee19891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c9df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61c9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f2be534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e790065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f041db6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e250027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6240d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e228471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0cabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6738bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1ba1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21c99f
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
	.inst 0x1e2719f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6009f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e266a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e439973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2eca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e20c595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e746936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e274037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0cad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e690129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e6168fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61dabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eafccbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e216a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f87f
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
	.inst 0x9e230010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e4280f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f885a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e305014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2100a6
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
	.inst 0x1e688898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e32fd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e37b01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb8f6fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e59ccef
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
	.quad 0x00000011fa0462ec
	.quad 0xfffffffffffffda6
	.quad 0x6a632ec47c3d40f2
	.quad 0x1d2b3bd766aabec9
	.quad 0x0000000000000166
	.quad 0x0000000000000381
	.quad 0xfffffffffffffd26
	.quad 0xffffffffe6433219
	.quad 0xb85eba6ceaf16068
	.quad 0xfffffffffffffced
	.quad 0x0000000000000352
	.quad 0xfffffffffdf474d4
	.quad 0x9dedabc66107a281
	.quad 0x000000000000019a
	.quad 0x00000013592f6d72
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x02bcdd55925ab0a3, 0xc0364d1f616eac9d
	.quad 0xf9d11de659800000, 0x800eabb2c2a9b086
	.quad 0x0000000080000000, 0x00bf7b74edaa8e8a
	.quad 0xccffffffeda3d33e, 0x01a1d7545089f228
	.quad 0x7fbb86fee9b5a6ec, 0x09e716e50ac6fcb6
	.quad 0x000000003f7cb053, 0x433eb11a00000000
	.quad 0xbf229d837fd50000, 0x446c00007f800000
	.quad 0x3fb69a42e8d40d7d, 0xfffccdbd93d2cd76
	.quad 0x3d2a70701ebf973d, 0xfffc51c525f77415
	.quad 0xebfe9840c5f2f8f7, 0x80a6b95d00800000
	.quad 0x9c50f6f1be37a098, 0x3ef4000000000000
	.quad 0xc11c00007ff60247, 0xf9fcbe8ed9964620
	.quad 0x00b894ac1f50eaa9, 0x60ba37717b7dbc27
	.quad 0x8b9f58e4802d227d, 0x7f8000002cfef993
	.quad 0x3ec3484cfc3fe3d9, 0x801935dffecf8b79
	.quad 0x43efffffffffffff, 0x2a06b9811015c400
	.quad 0x8406c9a677d95121, 0x9facbaf13dff21c8
	.quad 0x49200000bb9bf1c1, 0xccf3baff6bf6c31e
	.quad 0x115fba87fbcf988f, 0xc78000007f800000
	.quad 0x72c8b4567f800000, 0x3839f56896f9d762
	.quad 0x00448fb97fef6c3e, 0x00000000ff800000
	.quad 0x31d8237bffff7ddb, 0x800ef32519c755d7
	.quad 0x470000007fb92427, 0xffff9a6cdaae49df
	.quad 0x81187c4bffd92a23, 0xc19806ab5f7ffffe
	.quad 0x7f800000fd890cbb, 0xf53f3c0600400000
	.quad 0xfff0000000000000, 0x1a312f40ff9fc5f6
	.quad 0x3a79566dfeca5f99, 0x40c00000ff800000
	.quad 0xabc9d6309efd3fd9, 0x1d8e3ac4eae1813a
	.quad 0x8256e08e80c3899f, 0x7a294b0807c87880
	.quad 0xc4a9ec73fef5fc7a, 0x3f1e400000000000
	.quad 0xc0a000007c44fe05, 0x83314da161b7bb8b
	.quad 0x8001abcfa2fe19c6, 0x7ff0000000000000
seed1:
	.quad 0xfffffffffff92129
	.quad 0x00000000ffffffff
	.quad 0x000000000000007d
	.quad 0x0000000100000000
	.quad 0x000000000000017c
	.quad 0xfffffffffffffc56
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0xb375ade185895940
	.quad 0x000000000000f545
	.quad 0x00000000000001f9
	.quad 0xbdb06fd40385e727
	.quad 0x35872a0f91c72fc8
	.quad 0xffd1e0b2b576010f
	.quad 0xffffff4fa3d0887e
	.quad 0x24369d6b97c94326
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x93e71a16ffff79fc, 0xcff21d4bec588000
	.quad 0x7ff8000000000000, 0xc321e1a580fe7117
	.quad 0xc338fea6f7d455f8, 0xecc356ce7078ce97
	.quad 0x12a66edcfb52f7ed, 0xffb0845335b80000
	.quad 0x63ac7b823c210000, 0x410400003edfcd55
	.quad 0x3fde1c22da67017b, 0x000763f9e75cf2f2
	.quad 0x5191b47ec27f8618, 0xbfaca8f730d4f3e6
	.quad 0x30678547659dffde, 0xbffbd9657fc00000
	.quad 0x4fd3e980ff9e06f4, 0x8f1f9155bd723cc3
	.quad 0x3fa4bce62b6396b6, 0xc993f1ee7fff1db3
	.quad 0xa3c545f5e626007a, 0x5dbdae027f7fffff
	.quad 0x00000001c1040000, 0x3dec000040900000
	.quad 0x3c751b563df5877c, 0xdd3c6a0c4f77364b
	.quad 0x087db463b67bfd75, 0x89f490a3ffcf7df6
	.quad 0xffc00000c4dd9f11, 0xfff0000000000000
	.quad 0xcf706552c0fefc00, 0xa950628bbf600000
	.quad 0xc07c000000000000, 0x43ddb4c52c7d7da3
	.quad 0x3f9684ecfd3f99f7, 0x8000000000000000
	.quad 0x3f2b7220007fffff, 0x0000000000000000
	.quad 0x70f1582eb627fbfe, 0x821f7a642eb5f378
	.quad 0x406f8553255c9b7e, 0xc9a19e162eaa7fdd
	.quad 0x77159b597700d45c, 0xff09fd910b886409
	.quad 0xedb851d459800000, 0x41f23115b30639bd
	.quad 0x15bd30f1a212d6db, 0xc28b2f19933013db
	.quad 0xbfbf8aeb5c120594, 0xa8722474ada30080
	.quad 0x229be7547d708460, 0x80000000227d5357
	.quad 0xbc80de19c0f1c144, 0x7f99e6fa3dd15f29
	.quad 0x7de89e91d0a9ec4a, 0xbff87b63b7f7dcf7
	.quad 0x3e5e8d4dbd51e01c, 0x7e2cc182f9bf5177
	.quad 0x00edc7d5ce1c8000, 0xbc4b1f079e48084f
	.quad 0x0000000000000001, 0x1b3036f43ffcfc00
	.quad 0x2e30c3452b888ae5, 0x80682f59ffb41e06
seed2:
	.quad 0x00000000000002b0
	.quad 0x000d2192837d5197
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffff5
	.quad 0x4322a9a2a144868d
	.quad 0x000000007fffffff
	.quad 0xdd428c90dfda526b
	.quad 0x66aca812a504bc54
	.quad 0x0000000001849fe1
	.quad 0xffffffff80000000
	.quad 0xac38743deea22e38
	.quad 0x000000007fffffff
	.quad 0xffffffffffffc7b7
	.quad 0x0000000080000000
	.quad 0xffffffffffe04fb2
	.quad 0x378966a93adeb82d
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x9ef69e194a2e7e00, 0xfff8000000000000
	.quad 0x7f80000000000001, 0x0aecb08c1835eb05
	.quad 0x107f12f4c827e844, 0xd2507af57f85ee8f
	.quad 0xfe8a298c031d7616, 0xd5f27ea041275028
	.quad 0xbf400000c8c00000, 0x40f001b50316fe00
	.quad 0x09d696c5bfb7fdff, 0x2c56d43fdbd431f7
	.quad 0x7fb46dc53b8632ba, 0xbfc5f62fe1a97c79
	.quad 0xc0c0000080000000, 0x2b071113404d40d0
	.quad 0x004000006eb5bc32, 0xbff0000000000000
	.quad 0x8f9e969151a5f95f, 0x87fec8828b06e93a
	.quad 0x3f00000047800001, 0xbd72ea7c80400000
	.quad 0x006f25687f4856ad, 0x4056126f179ea621
	.quad 0x3ffffffffffffffe, 0xff8000007f8b7857
	.quad 0xf614334940600000, 0x7ff084823d9b1a4c
	.quad 0x00000000c08b54f3, 0x7ff8000000000000
	.quad 0x7ff4e6100b6c661d, 0xbb4f33bce8743190
	.quad 0xe00a340effffffff, 0xfffcddda0db4d66a
	.quad 0x3bf8d3bc7cd17c00, 0x698d2eaebd76ee7c
	.quad 0xfff8000000000000, 0xbf8b7c030345ae7f
	.quad 0x28b441a2c0d00000, 0x7ffe88e23c7c4dc9
	.quad 0x273d8b1ead44b47b, 0x801fffffffffffff
	.quad 0xfe7695e6d35f96e5, 0x7fa47f3ca33b9013
	.quad 0x76a5cd546ed10665, 0x8000000000000000
	.quad 0xb12cff7d7fcffa00, 0x2060e466c3bfb866
	.quad 0xbf72b6217c99c366, 0x4023000000000000
	.quad 0xfd2a8045cdc47c00, 0xa347b9041eb7c748
	.quad 0x11470055032a0000, 0x430604adff800000
	.quad 0x9696367302af4280, 0xfaffc0ac966963b5
	.quad 0x41d157267fbe9acd, 0x5bd656d2583ffed9
	.quad 0xc0086bffffb314d6, 0xcf000000c0000000
	.quad 0x7f90ece2410b4c94, 0x2612917d7fef3f11
	.quad 0x7ff0000000000000, 0xd1ce631bc0ffffff
seed3:
	.quad 0x0cf53e6a0aaf31d8
	.quad 0x00000000ffffffff
	.quad 0x310dd77104a25403
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffc95
	.quad 0xaeb6c78176a2b20a
	.quad 0x15baecd33aaa4c40
	.quad 0xa348bccc636e1aaf
	.quad 0x0000000000000716
	.quad 0x0000000000000011
	.quad 0x8000000000000000
	.quad 0x0006a1370b44da2c
	.quad 0x0000000000000208
	.quad 0xfffaf4c6dd7eb483
	.quad 0x000000043fa5b2c7
	.quad 0xeef2c0e0f4c45e2d
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x2f406c787f800000, 0x1278104f3fcea322
	.quad 0xc3ffffffffffffff, 0x7ff8000000000000
	.quad 0xffc195dc4ffffffe, 0x801fffffffffffff
	.quad 0xbfd3d0fa13178229, 0xbfdd581c7f9d9ca9
	.quad 0xafd8b18a0593d685, 0x704bb8a009af46f5
	.quad 0x01000000ffc00000, 0x3eb6cd0d40275048
	.quad 0x7fc0000040e40000, 0x855068b8625d79fe
	.quad 0x401e000000000000, 0x3a4500007f800000
	.quad 0x1ed687fa98e182cb, 0xfff15d17854ef859
	.quad 0xc2f7217bc19a828a, 0x09c4a17ec9e3bd00
	.quad 0x40effffffffffffe, 0x3c800000000f7cb4
	.quad 0x400abf6ab74338fe, 0x42400000ffd17153
	.quad 0xcd1c5f39ffb3ffc5, 0x3bd4cdf5d2e5f9bd
	.quad 0x7fefffffffffffff, 0xc02a5a166de62777
	.quad 0xed7aa7acbfa00000, 0xbf251838d4e7fb31
	.quad 0x7f92a36bfcf5be40, 0xff8000007ec66b72
	.quad 0x7ff3160318bd58ba, 0xb134d89f783bf6f5
	.quad 0x939ac0f600000000, 0x000000007f800000
	.quad 0x667d36e1bd9ddcbd, 0x7d509613bc940000
	.quad 0x4c7b859554413c01, 0xacc6153c7ebedf6a
	.quad 0x7f800000c8400000, 0x80000000ff7fffff
	.quad 0xa15a97a2d3a0fc5a, 0x0005778e6f42acc0
	.quad 0x7fe0a5ad2bf04dc9, 0xffb1bbe7c66e5927
	.quad 0x6c5c8aeb5aa5cc91, 0xfff0000000000000
	.quad 0x7fa5aadec6820000, 0xceb69e55befcfcad
	.quad 0x008443f80f3b1dc2, 0xeab0f9321a23bc01
	.quad 0xbc54d7abfcdfda5e, 0xea90b8b7a132f800
	.quad 0x7ff8000000000000, 0x3ffffffffffffffe
	.quad 0xfff7b735ffdc6e3b, 0x7c04abcce203b3e2
	.quad 0xce5cca9bdbecb628, 0x9996bad9ffb6de0c
	.quad 0x7fda3ce01e75cc84, 0x6fc52e49802a7c57
	.quad 0xc01922bc763cb537, 0xff284d87a98a6aae
seed4:
	.quad 0x8000000000000000
	.quad 0xffffffffffef2393
	.quad 0x0000000000000188
	.quad 0x0000000000000002
	.quad 0x4547f14ff81c44ff
	.quad 0x000000000075d955
	.quad 0xfe079ac1b43ff8de
	.quad 0x0000000000000079
	.quad 0x6edee11a4a79bad3
	.quad 0x00000000000003dd
	.quad 0xfffffffffffffcb9
	.quad 0x000000000000008a
	.quad 0x183b4a9a23ee9dad
	.quad 0xffffffffffffffff
	.quad 0x0000000000097ee3
	.quad 0xffffff91bc80fc02
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xf95e0b035db34da7, 0x474cca42bfdd7fbd
	.quad 0x7d7bdadd36ae41eb, 0x49ef00007fbbbb5f
	.quad 0x40ea000000000000, 0x714cc8497f890a3c
	.quad 0x0677853dfdfdbdf7, 0xea3c659bffeeebf5
	.quad 0x55fab98ed3927b51, 0x7f80000080000000
	.quad 0x8008000000000000, 0xfe80000000000000
	.quad 0x7daef5d8652cf9a8, 0xefeac0f0c31d4181
	.quad 0x3fc430b1ff800000, 0xf4e2b448764e0200
	.quad 0x7f8000007f800000, 0xfff0000000000000
	.quad 0x80000000ff8a0b6c, 0x7fc000008433e64d
	.quad 0xb54b1f240b5e8000, 0x3df67a4dffbd1f1f
	.quad 0x7f4438f174a8ad56, 0xa0a264dadd7bfc8f
	.quad 0xbf3864397f87f9dd, 0x515d3378e278c917
	.quad 0xcc45716b5dfd77ff, 0x00488452ed257d8b
	.quad 0x8010000000000000, 0x8f8d02c6ffe60201
	.quad 0x722ca940ffde8bc3, 0x1cd34379df9050a5
	.quad 0xbe261581cc77dfff, 0x7ffe7772612807cc
	.quad 0x3f7a498c22ef14eb, 0x9eb0def6fff5fb75
	.quad 0x8312d55a23b3617d, 0xfd8b999dffbdf33a
	.quad 0xff800000bc8625fe, 0x0822bc947ef779f6
	.quad 0x7ff7a49c2a60b5e6, 0x3fbffe79ff9f71ca
	.quad 0xffd97d3934423928, 0x47680000ed37fad6
	.quad 0x42aa6afb47000000, 0x8000000000000000
	.quad 0x400c000000000000, 0x6dfa771477f04928
	.quad 0x814b16a388199ca1, 0xb38499f0436c42aa
	.quad 0xc108000000189ddb, 0xc015800000000000
	.quad 0x0002b10f681229bb, 0xc0f0000000000001
	.quad 0x0dce96ef4282e683, 0xbe32fde176e093c8
	.quad 0xa5a9013d762ac635, 0x0e497d80404b0017
	.quad 0x3a340000ed8e259b, 0x7f00000095472413
	.quad 0x94012413bf000000, 0x883ae42cecb6bdfd
	.quad 0x2fcd2bcd22cebef2, 0x6cd922c702647e00
seed5:
	.quad 0x0000000000000066
	.quad 0xffffffffffffffd3
	.quad 0xfffffa02249f3ad8
	.quad 0xbbd9a69ad5d3e501
	.quad 0x00000000000001f7
	.quad 0xf89a2891acf569cf
	.quad 0xffffffe788dae572
	.quad 0x0000000001059f55
	.quad 0x0000000000000143
	.quad 0xfff7147205c9ff4e
	.quad 0xea2e113325668cf2
	.quad 0x0020000000000001
	.quad 0xfdc9dde7d31192db
	.quad 0x0000000000000001
	.quad 0x00000000031e23ed
	.quad 0x0000000f4868dc12
	.quad 0x01800000
	.quad 0x90000000
	.quad 0xf83bfd3e41b90438, 0xfff0000000000000
	.quad 0x3e6c3d3418dc4008, 0xff800000c3248334
	.quad 0x7f48a2ed7e630fe9, 0xc1b77ba27f800000
	.quad 0xc11a0000bc75b502, 0x8072bdd53f543878
	.quad 0x000fffffffffffff, 0xef62fa4666c072b6
	.quad 0xbfb1e6aa14801c1e, 0xc0f80000fa1e6ed1
	.quad 0x3f99b0622cf17759, 0xd83dcc2170880b9c
	.quad 0xc01893deb2ac7990, 0xbfd6179b651e5479
	.quad 0xfff8000000000000, 0xb33616a4cd31f860
	.quad 0x99f624d2ca774540, 0x071195b47b26e10f
	.quad 0x007355e67fc9dba8, 0x817230e640f0bcf6
	.quad 0x75310f9ca35d3b91, 0xfeb7388f225af0da
	.quad 0x02987e9b298d069d, 0xb98ca8547fdc7ff7
	.quad 0x2f4d0deee9ca8000, 0x8aa01d9157db8200
	.quad 0xcd5264de4ba0faa7, 0x7fe23ec9ff800000
	.quad 0x7ee9d77b83f9a67f, 0x7b34b9c6a7c99d71
	.quad 0x8a6a749868207c00, 0x40bbb750bf9ffd7b
	.quad 0x0ee20053b76f3b71, 0x7ff3d40fcd1c593f
	.quad 0x7dc95c7fdc59b8cb, 0xbb000000b6e76be5
	.quad 0xfd17fc41ffdbdd18, 0x3c0eab7f0085285f
	.quad 0x039602aab46df416, 0xffd3689dd28cf0d9
	.quad 0xbfcadda50017e235, 0x3fdea42a07fb2d68
	.quad 0x066787d36472f461, 0x00251edadf7ffffe
	.quad 0x0000000000000000, 0x00000000d9fffffe
	.quad 0xd38efd24c0f0ad42, 0x7fd10b687fc41025
	.quad 0x7ff8000000000000, 0x0000000000000000
	.quad 0xbf9f088293cf37a1, 0x5b09e127db7fdef8
	.quad 0x01357c1e803ed400, 0x724d625cffa68000
	.quad 0x0006a3d7a26cda21, 0xbf7da793f5cda113
	.quad 0xc0083f5047ffffff, 0xc340000000000001
	.quad 0xc1efffffffffffff, 0xffb0740d05845ec0
	.quad 0xbee00000bc300000, 0x7ff0000000000000
seed6:
	.quad 0x000000000214a554
	.quad 0x1922feb9e7d8c722
	.quad 0xbaf44d7c38f4600f
	.quad 0x0000000100000000
	.quad 0xfffe4dfb3278f80c
	.quad 0x8000000000000000
	.quad 0xdb74b92eba4649a8
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xaf57efbbd2de250d
	.quad 0x0425a045c5cc8228
	.quad 0x7fffffffffffffff
	.quad 0xc54b4203f49594f2
	.quad 0xfffff965c56a7629
	.quad 0x5298ea5fbae834b4
	.quad 0x04000000
	.quad 0xa0000000
	.quad 0xcaee4381c4adf400, 0xac56be18cf9b4474
	.quad 0x87fb5e507e800000, 0x80400000fbd615dc
	.quad 0x407b73f1a7fb05b0, 0xc79a670216fc225e
	.quad 0x4c05706cab73fe87, 0x787803eecd7679bb
	.quad 0xc07fffffbf900000, 0x7f8000006e6545b8
	.quad 0x7f01b2752c40cd26, 0x382000008099cf83
	.quad 0x29a3f78238440000, 0xc0125fd4852c0a12
	.quad 0x6e1f682ec4a9975b, 0x0c42da4f8ef9bd2d
	.quad 0x802fffffffffffff, 0xc37fb71f45bc0000
	.quad 0xc8f00000c193655c, 0x56a9579ac976a4bf
	.quad 0x21dcafd5bf5f43ef, 0x80000000c0dc80ae
	.quad 0x0000000000000000, 0x817fb7ebcc72780b
	.quad 0x7fdfffffffffffff, 0xb1ee66a2fffffdf5
	.quad 0xdcb9b19fd9b18a6b, 0xfff9dfeb1f0375da
	.quad 0x7b9d8d14dee7a563, 0xd66f7250a1afd9b4
	.quad 0xe4e084cc8eb622a7, 0xd5edd285abcbfb00
	.quad 0x7ff8000000000000, 0x996eff20bf9f3377
	.quad 0x4023800000000000, 0x8d97236e9414ff21
	.quad 0xbf94e45269a3b09c, 0x98f8948b7f800000
	.quad 0xe60c47bfec5a7f3b, 0xa37f153bd77fff66
	.quad 0xfff0000000000000, 0xffc00000d0d544b2
	.quad 0x7fa52d9cff8eb8b5, 0x810f97ce2eec5f42
	.quad 0xc197908754e7914f, 0xcf1e02a664b9c83b
	.quad 0x73ec29fdb2b9a9c0, 0x3e800000425dc0b3
	.quad 0xfff37008af02f39d, 0x08ac3cb6ff830800
	.quad 0x5ad658be5a05fc23, 0x80a040e2000dc7c5
	.quad 0xaf870a5b00800f05, 0x8056c53eee3507fa
	.quad 0xfec137bbe2692a0b, 0xc0258ee09e54bd10
	.quad 0x80000000bf900000, 0xa961c5741cbffd3a
	.quad 0xa72d0032f7fc5000, 0x7ff0000000000000
	.quad 0xbfd8d4724eab1b2c, 0x83951bdd3d62da18
	.quad 0x41efffffffffffff, 0xd46cf528dfd56ec4
seed7:
	.quad 0x00000000078ea2bc
	.quad 0xffffff089ac57724
	.quad 0x0000000080000000
	.quad 0x1711b380a4877c22
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x6b7c9667871e9605
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xfb15318db8c30a45
	.quad 0x28fb30287d231837
	.quad 0xdbff9579a60690de
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc73
	.quad 0xb9a763d85bf89800
	.quad 0xffffffffffffd2a0
	.quad 0x03400000
	.quad 0x90000000
	.quad 0x737ac8879e39e201, 0x717af711f25a5869
	.quad 0x412dc00000000000, 0x3e594e69807fffff
	.quad 0x82fa926ad7c9fe0a, 0xa64e118461c9f400
	.quad 0x8000000000000001, 0x50cb11b3d26fffff
	.quad 0xe021e87516180cb8, 0xff8bcd9b9f846eb1
	.quad 0x7ee53db4ffae9b2f, 0xffdc08c640f5f7be
	.quad 0xd1e2f14a81470334, 0xde6578c587bbc080
	.quad 0x9ad6be766153fba6, 0x5478f2e73c8b49b6
	.quad 0xfff0000000000000, 0x02b6cf1bfec846c4
	.quad 0xffb380592fd10238, 0x404b883f45b48dca
	.quad 0x4060000000000000, 0xbd1435af00000001
	.quad 0xdc36676f9dcd6575, 0x27b55c4c443587ff
	.quad 0x8000000000000001, 0xda0e0e85a1c37bc3
	.quad 0x2124e78cffefe7d7, 0x01d445b2161cff01
	.quad 0xff8000007fde1035, 0x7feba938c7cbfc99
	.quad 0x22d98076fbfbfc00, 0x3fcc9a4a0240d75f
	.quad 0x2e058a59be250400, 0xb88c0000ff800000
	.quad 0x2116aabc7fffd9d7, 0x4330000000000001
	.quad 0x3fde1d4b48c7c2c1, 0x00000000ff800000
	.quad 0xf876db206560d4ee, 0x32ae8eadbeade482
	.quad 0x037c378057fc3098, 0xffbce15cffab620d
	.quad 0x6cfbc4b9fd77d5a9, 0xff51f9f4ffca361e
	.quad 0xc6e00000764b689f, 0x840e1c500052cc42
	.quad 0xfef2af610ca2dfc5, 0x30837419dc47b270
	.quad 0x74d2151a47800001, 0x0cc91ea57fa87da4
	.quad 0x001fffffffffffff, 0x8008000000000000
	.quad 0xac0e23d1ffbcfb66, 0xc73d2e297ebab3dd
	.quad 0x10d1c5bdb51df456, 0x7f80000084518f57
	.quad 0xc60f00007fd2a47a, 0xbd0947e1055b3400
	.quad 0xbf7cfce661cc7ede, 0x00800000c0880000
	.quad 0x7fc000007f800000, 0x0ccaa654800b98e9
	.quad 0xc0f0000040300000, 0x683062897f00b508
seed8:
	.quad 0x0000000000000640
	.quad 0x000001c4c5b4d54e
	.quad 0x000000000000027c
	.quad 0x0020000000000001
	.quad 0x0000000fd17281c3
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x5587bbc0abb6af66
	.quad 0xe6094c29396beb39
	.quad 0x964353d4b2ba1324
	.quad 0x9a51dee017408b4c
	.quad 0x000000007fffffff
	.quad 0x3901da0e5cd81409
	.quad 0xffffffffd6243750
	.quad 0x1b4b3909929e7f0d
	.quad 0x014437d39b55a35e
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x3f8bd00000000000, 0x40e400006829cc27
	.quad 0x09b6ee6552f7f7ff, 0x4056200000000000
	.quad 0x400f0e6b7be0b95b, 0xc016000000000000
	.quad 0x0f428f898f6b8600, 0xa52413a5ffeac880
	.quad 0xb574bf016ea1bc5e, 0x50c5069ee0060775
	.quad 0xff800000c91441d9, 0x30d39e5b5105a801
	.quad 0x4822c84f2d048f37, 0x6fb12aebffffb967
	.quad 0xc24c0000c7073fb2, 0xff9932abfeffffff
	.quad 0x5054e02580000000, 0xdaf8e8438f1f8001
	.quad 0xfffe7d321bee9c1d, 0x456b91396e350ed2
	.quad 0x7fb7974b409857b8, 0xf1655ad013ff0575
	.quad 0xb28b43ae80251ece, 0x80d5f7b07f800000
	.quad 0xc09cacdf80fc6554, 0xeeb5680e1781e196
	.quad 0xc02e72a945e040b6, 0x03223d6631d37dbd
	.quad 0x8000000000000000, 0xfdba4dbd837b4e77
	.quad 0x8c1f4473277eea0c, 0x6bdbd8343c6c9253
	.quad 0x7fba4d3a4c000001, 0x6c2c2c5c5f16f960
	.quad 0x7fa1196700000000, 0x8086fae5e3aa4ad4
	.quad 0x0033c49123e858b1, 0x0000000000000000
	.quad 0x1fcb7655b20f010e, 0xfe179c47768b79a7
	.quad 0x1abfbaf8996ab61c, 0xbb5f2d897f800000
	.quad 0x7fc00000f81320c7, 0x044edddf46b47c00
	.quad 0xbe02cbfb7f800000, 0x05d41ee1e9607913
	.quad 0xbd5cdb4b80000000, 0x8055fd210988ab75
	.quad 0x8040bc40ff920474, 0x1342b387414b9fb6
	.quad 0x5ed160fbfbcdb6f5, 0x08c8ddc7fffffeab
	.quad 0xbada63d40869c990, 0x3f86ce3628a6ab5c
	.quad 0xc3f6ca7aff800000, 0x420c97fd801b3a76
	.quad 0x6a1c617d71cb7441, 0x46450adf7fe1d250
	.quad 0x8c266b67fdf2e7f1, 0xff80000041ae0000
	.quad 0x007fffff3d8567ee, 0x8c19b1fb1d26b74d
	.quad 0x8000000000000000, 0xbff9c441887ae5c6
seed9:
	.quad 0x0000000000000000
	.quad 0x0dae19a7877a65fd
	.quad 0x4a1422118a7c2e57
	.quad 0xfffffffffffdfdad
	.quad 0x00000000000001d4
	.quad 0x00000000000000e5
	.quad 0xef8556cf149d8aa9
	.quad 0xffffffffffffffb9
	.quad 0x0000000000000082
	.quad 0x000248ef4e66e08b
	.quad 0x0000000000000d35
	.quad 0xfffffffffffffca1
	.quad 0xfffffdabd36034f4
	.quad 0x000000000000015a
	.quad 0x00000000000000ab
	.quad 0xfde7d56286ee6f3e
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x80000000f6b92209, 0x3fa70220d9d1162c
	.quad 0x3c030f3041749839, 0x7ff587d13e1320cc
	.quad 0x2d7a29787771dfef, 0x3dab8c75ec79ed59
	.quad 0xfc794363e3e97d1b, 0xc00ffffffffffffe
	.quad 0x800656cb434c5c61, 0x9af187e400000000
	.quad 0x39f08ab4d68cf958, 0xc2f03250d57dfe86
	.quad 0x7fdfffffffffffff, 0xff800000ff800000
	.quad 0xbcd5981f40200000, 0xc2b4ce5eddb2b747
	.quad 0xaa8f4f98e7fdc377, 0x47c708385ca95511
	.quad 0xc09c0000416f6bf2, 0x7ff0000000000000
	.quad 0x7f452f1cabedcbae, 0xfff04fe9d88efa2c
	.quad 0x80064e60bdd58a8d, 0x401e000000000000
	.quad 0xffcc5a35800055be, 0x002fffffffffffff
	.quad 0xe04cecc7fcbef3f6, 0xa064042efc358000
	.quad 0xbf7c5b8845a1d7dd, 0x3e83e9dc56a7cfe3
	.quad 0x42f4912b7fed10b5, 0xc016000000000000
	.quad 0xfe974e95bf800000, 0x404930118a518599
	.quad 0x3b67802d8ed99157, 0xffc0000036780000
	.quad 0x96fb26593bcb0afc, 0x00000001bee8be75
	.quad 0x7fbcbef13c400000, 0x04dcf75c5376fbd9
	.quad 0xff1d893e3e2d1138, 0x944da68d277f7c00
	.quad 0x0000000000000000, 0x8304724c2f96e43b
	.quad 0x4a8223e001f53d46, 0x40284c3d34c687e4
	.quad 0xc8ee9b6c977bfecf, 0x380e4b95fff67eba
	.quad 0xc0a00000df7fffff, 0xfffd941404620b73
	.quad 0xffdfffffffffffff, 0xe2b196f1bfdc7fa7
	.quad 0x3ca5c3897fabef2e, 0xb64a02cb59744780
	.quad 0xc01f000000000000, 0xffa4fb59bc986030
	.quad 0x40dc00009ca3c8bc, 0x20c8995be578b05e
	.quad 0x7f80000040ee39d3, 0x218ad8d8fc22fef6
	.quad 0x40980000ffc00000, 0x001fffffffffffff
	.quad 0xffd0000000000000, 0xffc00000c4ae0000
seed10:
	.quad 0x0000000000000000
	.quad 0xb4fddae28f09967a
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x619fe7e313a06b96
	.quad 0x7a37291b572a2c43
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x853164f7958795e1
	.quad 0x000000000014ef3e
	.quad 0x000000000275c695
	.quad 0xfffffffffffee51a
	.quad 0x39e70c6e5543fc4f
	.quad 0x0000000000000124
	.quad 0x0020000000000001
	.quad 0x04c00000
	.quad 0xe0000000
	.quad 0x800fffffffffffff, 0x40c00000fec98b4b
	.quad 0x4b9ab3d629aa7e00, 0x17995eb3d441f9ee
	.quad 0xc022c00000000000, 0x07258cc722ff8201
	.quad 0x017fffff5f000001, 0x4023e7ce3ff03b83
	.quad 0x401c000000000000, 0xc0e000007f9b84fe
	.quad 0x40613cb4af117476, 0xe1b35e70fffeff93
	.quad 0x46060000ff000000, 0x9d07c38e54b807db
	.quad 0x7fd9f6fb72dd6e22, 0xffca165d7a994524
	.quad 0x7f00000077920638, 0x5ee9aec327330000
	.quad 0x433beddb4086adea, 0x7fc0000080000000
	.quad 0x0f0cf2cc3e2aaa56, 0x3e8ef13b405384cd
	.quad 0x7fc00000b7200000, 0x800000007f57e577
	.quad 0x800000004f000000, 0x43e2c72c5fa18eac
	.quad 0x48700000007fffff, 0xbcb73d3d2e2f0014
	.quad 0x6566b8cfdb38ce1f, 0x7fbdfcb9ffac3ecd
	.quad 0xf5addd717fff9a11, 0xcd845a04aa2d0348
	.quad 0xb5a1704877e6dfeb, 0x8000000000000001
	.quad 0x806345bea0a52080, 0x8000000000000000
	.quad 0xff00000048cc0000, 0x09f2b2527f800000
	.quad 0x41effffffffffffe, 0x0008a0ceba1bb64c
	.quad 0xfff3f85fdeab6cc6, 0x4858b2614f3efef7
	.quad 0x802b21e5bdf50f99, 0x7ff9b6b7d1f6fdb0
	.quad 0x9b84b80a7b5ec876, 0x7f800000c258c80f
	.quad 0xd789fca5fe814900, 0x800fffffffffffff
	.quad 0x53acbabc6de4f400, 0x0fb80535bdbabea4
	.quad 0x0000000000000000, 0x3bcb594e7fb88e06
	.quad 0x39140000bb880000, 0x885ec0ef3032c9e5
	.quad 0x001fffffffffffff, 0xffcebac8ffe794c2
	.quad 0x0008000000000000, 0x41d3dd9e3cc387fa
	.quad 0xc055ad60aaafc22b, 0x7f80000000000000
	.quad 0xfdfdc1ad5f295c44, 0xffb022f680ffffff
	.quad 0x7f8000000a160e1f, 0xd22afbefbde9fc3b
seed11:
	.quad 0xffffffffffffffff
	.quad 0x09cbb3eaa468226c
	.quad 0xb0deb1ef9918fa68
	.quad 0x0329e8c35ff7f553
	.quad 0xffffffffffffd3b2
	.quad 0x630ef1dd81c9f7d5
	.quad 0x0001999ed5ea92c6
	.quad 0x000000000000018b
	.quad 0x0000000053264ff7
	.quad 0x0b1985fee2c06545
	.quad 0x0000000000d8cff0
	.quad 0x7fffffffffffffff
	.quad 0x000000000000555e
	.quad 0x488bad448b75b26f
	.quad 0xffffffffeb982646
	.quad 0xfffffffffffe65ee
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x862af0630cdcf2fb, 0x3e800000c17cb055
	.quad 0xe5ba73231faf7b76, 0x6c7fa0337fdf4863
	.quad 0xc019000000000000, 0x800000004fcf43b4
	.quad 0xd0f7056048b9ffdf, 0x0000000000000000
	.quad 0xdd302f0f52ed92fc, 0x5db2c273ec807bea
	.quad 0x85631660fdb3fc00, 0xffcc9bbec7c00000
	.quad 0xfac353193fcd8ae1, 0x43200000972ca33b
	.quad 0xbfdc34e5dcd5ba12, 0x3f9e06cdf3f92ad9
	.quad 0x3fac9f33c0800000, 0x0000000000000001
	.quad 0xdf2e38059733ddcf, 0x1696c65dc9f7aeed
	.quad 0x0000000000000000, 0x10d318fc8a86c280
	.quad 0x8dad1198ff1d053f, 0xee3fd1dba1f08fc0
	.quad 0x164ed4387fd3db24, 0x0000000000000000
	.quad 0x40399c933aedbbf4, 0xff28eaa6a7d17bcb
	.quad 0x8009f956cff4f323, 0xdaf76b7d7fe97e7c
	.quad 0x605d0e5dbdd5c597, 0xff800000ffce956b
	.quad 0xffb0335b7fc00000, 0x7ff00566650c9b1b
	.quad 0x80000000a9268e40, 0xb6480000f816abb1
	.quad 0x99b344637f99ff77, 0xffc0000000000000
	.quad 0x80000000c05da856, 0x7fa02b933f800000
	.quad 0x834c7a517fe361a0, 0x7da5d95ed312b783
	.quad 0xc3e0000000000001, 0xbd8dc244bd76f2b3
	.quad 0x1b2c9f1a3c670000, 0x5a1936ddc10c0000
	.quad 0x401927f3fffd9d76, 0x7af2fd7b26d9e96b
	.quad 0x6272bbdafefbcb75, 0xffd0000000000000
	.quad 0x40e3600000000000, 0xb36a5ad6cfec91c3
	.quad 0xc0bbc73900485229, 0xc0e00000b6f66212
	.quad 0x53c24b9e3f0f9d28, 0x30ac6d339a267d09
	.quad 0x3359fc2bfff17012, 0x10bd5ac980000000
	.quad 0x8000000000000000, 0x3c7d13a17f961ce9
	.quad 0xa93768a2c1ea1f36, 0x5a2453069d3ece55
	.quad 0x433fffffffffffff, 0xfe7d16018e8cf34e
seed12:
	.quad 0xfffffffa81d0b9f7
	.quad 0xffffffffffffb685
	.quad 0xc8f4f6f89d2b9b99
	.quad 0x0020000000000001
	.quad 0x00000000008eeb08
	.quad 0xfffffd30fd2b0210
	.quad 0xfffffffffffffdc7
	.quad 0x556ab542e023cce2
	.quad 0x000000000000035c
	.quad 0x00000000ffffffff
	.quad 0x0000000100000000
	.quad 0x0001f1f0a9c26f0f
	.quad 0x0000000000091c1b
	.quad 0xffffffffffffed8d
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0xb9177ea3fffefebf, 0xa8600306b37fffff
	.quad 0xbba8b35e80000000, 0xad2c919ab8824a00
	.quad 0x230ead2d92dfce7f, 0x91cd1479ff800000
	.quad 0x4046b871a1e8685a, 0x800000007f800000
	.quad 0x80000000c0480000, 0x00400000c05de1bf
	.quad 0x06a2c5a0dfffffff, 0xcf1665649e35fe00
	.quad 0x8002d70eb3ffe417, 0x6da290909979d45d
	.quad 0xbfdb7c93a83606af, 0x40540e57dc672dd2
	.quad 0x403e415d76f97e77, 0xff8000000049c9f3
	.quad 0x401dde662c984725, 0x5a3ffdf7dd5edd5f
	.quad 0x31277c05df71e88f, 0xa527cac8fe7f7f9e
	.quad 0x7fe8153fbfc417f0, 0xbcff0abf9ad77801
	.quad 0x3dd4e1ca800fdfc0, 0xdef9d15182bf5443
	.quad 0x7cd3620fa77f2eeb, 0xcb91531bffdb7d9f
	.quad 0x13a819eefeb30293, 0xbfa94b598dd38e5a
	.quad 0xbebf800000000000, 0x3fffffff807c250a
	.quad 0xb97a21339e8ae22e, 0xfdf4a2557a913a14
	.quad 0x1988df0249b38f00, 0x7dd3bff7c77fffff
	.quad 0xffa889d17d24290f, 0x42da789436440000
	.quad 0xc01b000000000000, 0x800a51eff0e60384
	.quad 0x0000000000000000, 0x401ac00000000000
	.quad 0xc22bae2e003fd8e2, 0x5ff61cc1fcbf79ef
	.quad 0x57178797cd11bc00, 0xff8000007f81e62d
	.quad 0x585237c9952e780b, 0x4d399253ff7f67ff
	.quad 0x4121800000000000, 0xa6b2231818068165
	.quad 0x8191d50effaffc00, 0xb80000007ba7f146
	.quad 0xfff0000000000000, 0x3f800000ff800000
	.quad 0x7e41390bc39884ad, 0xc0000001ff800000
	.quad 0x14526d61202afa0e, 0xbff4234a2fa950a7
	.quad 0xc7728d887fc00000, 0x1d452b5ca889fc00
	.quad 0xc04b000000000000, 0x70f3b5c715ce506a
	.quad 0x00000000ff800000, 0x0000000000000000
seed13:
	.quad 0x00000000ffffffff
	.quad 0x65b994698a3747f7
	.quad 0x0020000000000001
	.quad 0xba0e9fa6e1433230
	.quad 0xffffffffffffff96
	.quad 0xffffffffffffffe3
	.quad 0x1a9e3467dc86e290
	.quad 0xffffffff80000000
	.quad 0x823a0b3fbdeb02b9
	.quad 0x00000000000d8a18
	.quad 0xfffffffffffffd1e
	.quad 0xfffffcc84951601d
	.quad 0xffffffff80000000
	.quad 0x42f7185bb08e3e76
	.quad 0xdedd341a665a4ccb
	.quad 0xfffffffffffffddb
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x8000000000000000, 0xbfdfb7851c272b12
	.quad 0xfff508d99624d94a, 0xff80000037d44963
	.quad 0xd872f095eeef7f67, 0xc0e590ba40f1635e
	.quad 0xfff0000000000000, 0xffc00000c8c38000
	.quad 0xdc314527f8ed7090, 0x00b5d23942cb579b
	.quad 0x3cabca6880fa59e5, 0xadcbbd46d08ec8ad
	.quad 0x19261dc7fbff3ffd, 0x845c2b5abe95fe00
	.quad 0xc0108b457fdff3c7, 0xbff2f0ade27687fb
	.quad 0x16923d833f000000, 0x3fcc000000000000
	.quad 0x5113faa26c10f8b6, 0xe59589facd8efcf1
	.quad 0xffba3f90ff800000, 0xc11400004071c7e9
	.quad 0x91e8ffc189ffffff, 0x7fe0000000000000
	.quad 0x9069b0f4faefd6e9, 0xe8355e081b7f0001
	.quad 0xcebbe9c7baf97c00, 0x8919fc71077c2be5
	.quad 0xfffeadd4564d8e9f, 0xb0cca7e10e71a3cf
	.quad 0xffe8b4cbfffe729c, 0xbb9acc2ebb3ac4f1
	.quad 0x3975a92cbf8fb88b, 0x7ffc867d12803e0b
	.quad 0x4335cd596b301602, 0xfff8000000000000
	.quad 0xffc000003d1dcd5b, 0x405b425b57d2310c
	.quad 0x0010000000000000, 0x5056fc680d007a01
	.quad 0x7f8000006d5c5bb4, 0x00393f40eef947a0
	.quad 0x4f3a960a7ffdd76f, 0x3fea400000000000
	.quad 0xd84c632fad683b01, 0x07a2afe0f9fcfbff
	.quad 0x3b9425f47fc00000, 0xc16d1af4340d1817
	.quad 0xc04e6d7794e86cbd, 0xd5a39939d8f60800
	.quad 0xd9fffffe80000000, 0x7ff0000000000000
	.quad 0xa7dd43a553257cc4, 0x066f755ac16f48ac
	.quad 0x000323ad3cf203fa, 0x7ff070528acc91b4
	.quad 0xe17ed060fdf7ffde, 0x7f800000bd0a0000
	.quad 0x3fc2ab696e32361c, 0xf110df1b3231c8a0
	.quad 0x7ff19d2715cd6f1c, 0x5654928c7be67e00
	.quad 0xdc83e302393f6c66, 0x7f68db4f80128097
seed14:
	.quad 0x060265642b847297
	.quad 0x91e564f528140de1
	.quad 0x0b0b98498053419a
	.quad 0xa8667ff945d1adbe
	.quad 0x851ee60784bfc7ce
	.quad 0xffffffffffffff5b
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x0000000000000767
	.quad 0x0000000100000000
	.quad 0x000009d76c39edd6
	.quad 0xffffffff8c1ecbed
	.quad 0x0000000000000120
	.quad 0x8000000000000000
	.quad 0x0000000010ee5cc8
	.quad 0xffffff46763f3337
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xaf8ad26d80000000, 0x026a09042033eb27
	.quad 0xe2ae743343a07c00, 0xbf7532b8d00db82e
	.quad 0xffefffffffffffff, 0x3fa655983a0500bf
	.quad 0x7f8000009a73a317, 0x9395d02977ad41fd
	.quad 0x43eeb67c5341bc5d, 0x800320526e198529
	.quad 0x5a00000143c87898, 0x0011edf73f431c1c
	.quad 0xff000000bbe501ef, 0x000c2ddb51d608d9
	.quad 0x9db836a9799e8600, 0x7ff77adeda53dc01
	.quad 0xfffd982e020bd24a, 0x3e2a5f8b3e07567e
	.quad 0x0176948a3d0c0000, 0x403800004950d27e
	.quad 0xc1f0000000000001, 0x7ff8000000000000
	.quad 0x7ff71d5be0fcebc4, 0x7ff8000000000000
	.quad 0xbd553bd200000000, 0x400073f5c3f544dc
	.quad 0x303fec749d7ac80f, 0x411800008561b0bf
	.quad 0xbff38e7547cdc9d5, 0x3f5158b07f990194
	.quad 0x7ff576b34c17d52b, 0x39b30000ff800000
	.quad 0xff8000007f800000, 0xffcdf297801127c3
	.quad 0xd98e96c2379dc6f7, 0xbd3a7f1f40a7666b
	.quad 0xaaff27bee4947801, 0x00000000c3a33064
	.quad 0xc3711179197fdad0, 0x55dcf1ddffc00000
	.quad 0x7f80000040900000, 0x7424ff7eb96d7c24
	.quad 0x8a1c06115c9dbffe, 0xfe60cdfad0facfe8
	.quad 0x745d770debf20f4c, 0x4100000000000001
	.quad 0x7fea03d712075b5e, 0xc4d6fa896060b309
	.quad 0x40e800003e4c3581, 0xc1c532dbfffbb464
	.quad 0xcf0e13dd72b22ff5, 0x454d580d7f124670
	.quad 0x4022b1ae35a7d6e8, 0x25e2a15388d2819d
	.quad 0x006de8f96a5826ca, 0xfff8000000000000
	.quad 0x7992f6697f800000, 0xff0000003eb876e8
	.quad 0xbcf8a97600000000, 0x4001200000000000
	.quad 0xd9fffffe7f800000, 0xc069c7ba48168afb
	.quad 0xc02230fdfd04d41f, 0x4c1cf32fffe6ff7a
seed15:
	.quad 0x000000000000010f
	.quad 0x64fd1c928faf3df8
	.quad 0x7fffffffffffffff
	.quad 0xfffffad5bbf8fad6
	.quad 0x00000000e0d2184f
	.quad 0xfff0a9a0e3efbc2d
	.quad 0xfffffffffffffff0
	.quad 0xfffffffffff854e8
	.quad 0xffffffffffffffdf
	.quad 0x000000000738f31c
	.quad 0xc401f08c7ae5144e
	.quad 0xffffffffffa73137
	.quad 0x00000000ffffffff
	.quad 0xfc1eed57f04a8ed3
	.quad 0x7fffffffffffffff
	.quad 0xdb03d15a8e12678a
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x07389387b1007c00, 0x362e31de4f5ec4e0
	.quad 0xfff0000000000000, 0x36198fbe17288000
	.quad 0x0000000000000000, 0xbfb1c55e4e34c377
	.quad 0x400ffffffffffffe, 0xc07d000000000000
	.quad 0x1245513ce0e483bc, 0x000dd9c1812a0c9c
	.quad 0x52569eb3ffddfdff, 0xff800000c0c80000
	.quad 0x41481c7080000000, 0xd8801c991aa61646
	.quad 0xc019000000000000, 0x416e00007fc00000
	.quad 0xbfd7e5220d09b5ee, 0x0363ada09b461c2d
	.quad 0xffc000000009ddf7, 0x80000000ff8774d7
	.quad 0x92d84351151057f4, 0x4316cfdd7b4742c9
	.quad 0xe2783f4f9b7f4000, 0x7ff21dd1935b736d
	.quad 0xffd6620d7fe24a65, 0x7f9e9000da79f861
	.quad 0x5edf64ad7af42ff7, 0x7ddc36dea87c03ff
	.quad 0x812b36ccb08f6901, 0xf850b2f7ffffffff
	.quad 0xb162ba5cfb26db4f, 0x15f18a50ef8aff33
	.quad 0x4f54beb72eba8a9f, 0xffc000005e000000
	.quad 0x2ed9044fe2f20000, 0x8000000000000000
	.quad 0x618f432bffff97e1, 0xbd7562189270baec
	.quad 0x4020800000000000, 0x7f77d09d9ff23f0b
	.quad 0xc019800000000000, 0x6cf7f94996e0e9aa
	.quad 0x073bf8f9ea799293, 0x006e0522eef817d5
	.quad 0x00068e6dba43a250, 0x68e8894f57fbe63a
	.quad 0xffc7821017f464b7, 0x7ff06a3e1212c5c3
	.quad 0x7f338c4ae7152efb, 0xea8adda2699da2cc
	.quad 0x7e3f12855011ebc2, 0x423e58e4397800a3
	.quad 0x814367746ef478f7, 0x3f7ba5011a02dc1b
	.quad 0x2e716ac836f90287, 0x90bcd33a70944be1
	.quad 0xc7e3b5837fae6c38, 0x0004652d55b1df9a
	.quad 0x0c68411110936957, 0x5166c9fac4a19e21
	.quad 0x759275a4a951f850, 0x411c0000ff800000
	.quad 0xa55c35fedadefb4b, 0xbc2400c37fb08fa4
seed16:
	.quad 0x0000006e4507489d
	.quad 0x0000001b33dd0f03
	.quad 0xce890f7ebac1d382
	.quad 0x474ed0106f1435b4
	.quad 0x1c1ed5487696f4b5
	.quad 0x0005ead94a81bfdb
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffee79
	.quad 0xfff98b1f174279aa
	.quad 0x6d330c15f7949e7f
	.quad 0xfa15a634af80e5fd
	.quad 0x7fffffffffffffff
	.quad 0x0000001dda0c08bf
	.quad 0xda5e36dd1b0e2b77
	.quad 0x0000079605134eb0
	.quad 0x02400000
	.quad 0x30000000
	.quad 0xb7ac0000c124ff72, 0xfb17884c012c67d1
	.quad 0x80f8039580ffffff, 0x8cbfe0f637fcde22
	.quad 0x7fbc0098fffd9ad7, 0xc38ab7de0055ced5
	.quad 0x7ff8000000000000, 0x8ba1220ec3be5dbd
	.quad 0x6ff840fcfdffffad, 0x7787c514db2886f8
	.quad 0x7ff0000000000000, 0xfffad1ecd0234aed
	.quad 0x00ffffff3e137dbe, 0xc007fa5fbccf037b
	.quad 0x0021816da73c2def, 0x3f55ccdac0cc0000
	.quad 0x3e934cd6d6a73ff8, 0x3fcb785dd84fd1a5
	.quad 0xd8892f588929fcda, 0x7466ef93b93fc380
	.quad 0xff800000ffc00000, 0xc1ffffffffffffff
	.quad 0x3bb9b67fffffd7f6, 0xee080d80ffd5cbff
	.quad 0x000cb88d47d6d142, 0xa6be9a30a2ef7f3a
	.quad 0x7d44d5fafb968000, 0x4ff04d188b631ce1
	.quad 0xc1e36a623c4f894c, 0xfff2aa26d2afbd54
	.quad 0x8000000000000001, 0xc24c985b403004e2
	.quad 0x7fb6b3fe7fc00000, 0x9e52685480c4f487
	.quad 0x3bb358c541981252, 0x004a98f3ffd5ed65
	.quad 0xda4a182024effc00, 0x81a1340e4b0be68f
	.quad 0xfdad48d2928c99c8, 0x5b46539893b11ca6
	.quad 0x7effffff00400000, 0x71546ed2ffb4446b
	.quad 0x80cf79946e9908f2, 0x3ff37b884ca2fe44
	.quad 0x3faf2e4f16a8c2ca, 0xff79748e3d632b0f
	.quad 0x6356ca40eec01fd8, 0x00d0971bf1e4b0f0
	.quad 0x9538b9052cd27c00, 0x000000003eea4b03
	.quad 0x3fc815858aebce4b, 0x64432519ffd13e57
	.quad 0xaf1414af80000000, 0x66b6199ffefcf9ff
	.quad 0xc0a8000093e9aa77, 0x80f1642b400e06fb
	.quad 0x0e5e025edca84432, 0x4024000000000000
	.quad 0xff4abe86801a2aaa, 0xd4f554b342aacd58
	.quad 0x0309a65980000000, 0xffdfffffffffffff
	.quad 0xa228074e9488b1b2, 0xc10c00007f800000
seed17:
	.quad 0xbfbeaafb225a3fcc
	.quad 0x000000000000e086
	.quad 0xa8e7be413e2003dd
	.quad 0xffffdb1a68ba7957
	.quad 0xe9bd400e3d5e6cad
	.quad 0x3544e900b0d7644c
	.quad 0x00000000ffffffff
	.quad 0xffffffffffe1ea7a
	.quad 0x0000000000000177
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xffc645a2d9ba35ef
	.quad 0x0000000000000af7
	.quad 0x00000000000000bc
	.quad 0x77faf5229ff6d382
	.quad 0x0000000000000123
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xb6d12ea7ff7fddb7, 0xf5f46d4effaa9cd0
	.quad 0x000000007fb8cdb8, 0xa572a861553b8f1c
	.quad 0x8465aff8812120f8, 0x28fa46c7d4e7fbff
	.quad 0x25148f30586e5683, 0x000000013ec00000
	.quad 0x5901fb30c3c4a019, 0x7fa96ccc40300000
	.quad 0x7f8000007f888822, 0x31e35d1affecff11
	.quad 0x8000000000000000, 0x57b513f55aabf3fb
	.quad 0x90a3c01dffc32c4a, 0xade205ebffd9dd6b
	.quad 0xaea23d883eb54d65, 0x7068754bc4a84a50
	.quad 0xc4a084e7e55dfc00, 0xd1608e226f3fffff
	.quad 0xffefffffffffffff, 0x62dd50866cf88d91
	.quad 0x074b6da0fc7c7ff5, 0x31a34bc4d8fc8600
	.quad 0xbed34ddc46f7fb2e, 0x2d44ebfbbff7dbae
	.quad 0x64330edebfd55bbc, 0x7f9bdf534753f7a5
	.quad 0x3f984a587f800000, 0xc35097eb7e800000
	.quad 0xffc0000080000000, 0x6b7098fdc8bbd4d0
	.quad 0xa51f4fcc1f9add97, 0x5f1adcf8137771f7
	.quad 0xffd0000000000000, 0x40330f3b2c656b56
	.quad 0xbfd8de27057d9849, 0x082341e463c77e29
	.quad 0x8670526b3f118d53, 0x7f2b40163f1fb0aa
	.quad 0x403d86b4f0bb7762, 0x2a16dd010fb43c9a
	.quad 0x800000007f802821, 0xae94598cdff6b65b
	.quad 0x3ff4000000000000, 0x0000000000000001
	.quad 0xfc4a338bc194cbcd, 0x2d1664124ed9fb42
	.quad 0x889bae4d41744e77, 0x348bfcecc6c99d4b
	.quad 0x486f5cfebf37fc5b, 0x03c42a44bffa59f1
	.quad 0xfe1d62cb8ebc5cfa, 0x800000007fc00000
	.quad 0xf32b1a07c0d00000, 0x400e5f9afb932440
	.quad 0xffe6a33fc0dc01e0, 0x9218b378ac21a3cb
	.quad 0xe0642762ff293967, 0x98900d01c06f7fd0
	.quad 0x61657cce54654b99, 0x7ff363d7069627d2
	.quad 0x7fd0000000000000, 0x4af000c10338dca0
seed18:
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000265
	.quad 0x000000000000025e
	.quad 0x000000000eb3d385
	.quad 0x000000001afbf2ec
	.quad 0x8000000000000000
	.quad 0x2f4d6d257ed32f2e
	.quad 0xfffffb231004db5d
	.quad 0xf73ccfb64d22b6e8
	.quad 0x00000000001c2612
	.quad 0xffdc6ff9690b661a
	.quad 0xf5456df7d2d4dc5f
	.quad 0x0000000100000000
	.quad 0x0000000000000005
	.quad 0xfffffffff8dc1e68
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x4bdfb17c005bd803, 0xd75fc252025ae222
	.quad 0x337532a1b9bf75d7, 0xc0a9a3106dfffc31
	.quad 0x628000013fa00000, 0x5c354ce3d06d37d2
	.quad 0x63487b5cf3f4fe9a, 0x9014c3e4885cd30e
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0xcda004e00a97bffe, 0x0022a682f941f1f5
	.quad 0xffd8cd3abda287d2, 0x4037613c4e1192ed
	.quad 0xc050600000000000, 0xffbb71693f2a232d
	.quad 0xff09ebddcf8c5c03, 0x7ce4b09426987e00
	.quad 0x00000000ff7fffff, 0x65e90ffbca75fc00
	.quad 0x086b650a7e7cbf06, 0x23eebcceaadfffe6
	.quad 0x00ffffff7fb0217b, 0xbf99c5fd161e3889
	.quad 0x1252d73057677f7f, 0x38713fb7bbaee9fb
	.quad 0x4dd59dfc3d996d91, 0x404c000000000000
	.quad 0xe80e4b1cffe7d6e9, 0x7ff0000000000000
	.quad 0xc100000080000000, 0xbbfc1ba13ffb9944
	.quad 0x812fd95024ac1c7f, 0x807fffff7fc00000
	.quad 0xe42fc4d3bbccac08, 0xbd540f2080000000
	.quad 0xc1effffffffffffe, 0x00000000ff8868c1
	.quad 0x45ad229fbedb8175, 0xf461b878e17a0000
	.quad 0xae1a937fffe9fc00, 0xae5b03c8be8bff6f
	.quad 0x4072b07a7fc00000, 0x7ea3cafae60d3fc7
	.quad 0x7034439effef7d7e, 0x4f8c0aceffbe16d5
	.quad 0x1a585125003b5f45, 0xc788afb3fff9722c
	.quad 0x14a7c97593008500, 0xbf9d400000000000
	.quad 0x341d15e56def7c00, 0xcfbcf39d6bc14225
	.quad 0xdd9e4d3584efec22, 0xbfdb14fbf8e52f1f
	.quad 0x66d4075133485c1f, 0x180aaad0d1dbfc00
	.quad 0x774c91744b800001, 0x14c3b9b1fa05c87a
	.quad 0xcf3a6fe1a184376a, 0xfff15eda72a75672
	.quad 0xc002000000000000, 0xbe087228f3238680
	.quad 0xaf8e9c62ffbfbfde, 0x421c78cdc0406d39
seed19:
	.quad 0x18db91a639557139
	.quad 0x0000000000000173
	.quad 0x0000000000000263
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0x038843cfd79b77ab
	.quad 0x58362aba60c6a58e
	.quad 0xfffffffffffffcbb
	.quad 0x000000000001c4e0
	.quad 0x6626b4c9df456da8
	.quad 0x57a9f6e06581aa42
	.quad 0x7c83587a362a3611
	.quad 0xcdc5f1e37cc4583e
	.quad 0x0000000001000001
	.quad 0xfff11c0e9427c4b4
	.quad 0x0000001cba0a19e0
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x10be457a80000000, 0xc147535a7eea3b8c
	.quad 0x4b596401ccedfd79, 0xbd0013037225ffc2
	.quad 0xfff8000000000000, 0x4016000000000000
	.quad 0x7f8000007f800000, 0x207c1cbe1afb5692
	.quad 0x8051eed97f800000, 0x8c17c209d896fc00
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xd352480cbff7fffb, 0x84b02f56f3b3bb01
	.quad 0xb0b68d85ddffffff, 0x60b9e80efff7f2af
	.quad 0x3f95cd4213702bde, 0xc13c82b8119a7c00
	.quad 0xd5db9274cfd7e6bf, 0xcd664247e92afdde
	.quad 0x410d5facffc00000, 0x3e2aef71f7571117
	.quad 0xfff02c09fb3ee996, 0x00ffffff6fd7b977
	.quad 0xeb6675a353860400, 0xcdec51e9c3e238e2
	.quad 0x3fe8ccf1dc656806, 0xfda665d879279f30
	.quad 0x7e70d742a94b4cd2, 0x80445aed709161f4
	.quad 0x16fb70e25a06a5a1, 0x41ffffffffffffff
	.quad 0x3c06cb16d95ea644, 0x8eeb4fcdff6ffdd9
	.quad 0x3c1586fa48d00000, 0x03654253c3049f5f
	.quad 0xc0e80000bb86cfb8, 0xa5822b6c807f3249
	.quad 0x81bc25132a8ed35b, 0xdf8478fc80000000
	.quad 0x42b15782ef9a8bf2, 0x1de665258043222a
	.quad 0xc04ad2ba4b557c51, 0xc010bfac30589d2b
	.quad 0x7ff109fbc514ab15, 0xd62f11387ffd9600
	.quad 0x8a81ff1399b3876b, 0xff42b6af7f800000
	.quad 0x8000000043b1fe6a, 0xc702d317fdfbb7fb
	.quad 0x478100004391f609, 0x0000000043f4141f
	.quad 0x7f373f410c32b02f, 0xfff7e678371d3b6a
	.quad 0xb524280dd4933e07, 0x401dfe2a49536fd4
	.quad 0x3febd1a621458cb9, 0x2aa0ee897fddbf7b
	.quad 0x7300845befffff71, 0x47382fb4ed32326c
	.quad 0x3f04549f5a000000, 0xc05be39c3035292d
	.quad 0x750f2481a4a7c662, 0x0ab998663c587307
seed20:
	.quad 0x139b33d85a653fa4
	.quad 0xceda55bf502c7951
	.quad 0xe56dac28046cc39c
	.quad 0x0000000000000000
	.quad 0x010a463049a5284b
	.quad 0x0000000000000001
	.quad 0xf7b8a045e914b1d5
	.quad 0xc7fac8154b4bb546
	.quad 0x0000000001000001
	.quad 0x00000000000001da
	.quad 0x41bdffe739e5d26c
	.quad 0xfffffe84f07e653b
	.quad 0x8000000000000000
	.quad 0xe469ef0e6e5277ed
	.quad 0xfffffffffffffcb3
	.quad 0x00000000000000c1
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x7f908138de9dab8b, 0x476db975a09068c2
	.quad 0xae92b0cd3095486e, 0x7ffba1f09bcc47da
	.quad 0x59f8c5d2085ffc88, 0xbc7d41c47fde256c
	.quad 0x72588368d168fe00, 0x0fa26d64bfede5f8
	.quad 0x36b3ad7a77767daf, 0x3ffcdf91b4b01ce2
	.quad 0x40b000007f8535fb, 0x7ff0000000000000
	.quad 0x12e4c0e4c789528c, 0x03563d9b719a3406
	.quad 0x509f9cc97fbbff36, 0xc0e0000000000001
	.quad 0xbfffffff80000000, 0xbf8b9d832cabc730
	.quad 0xfecd199808b7268d, 0x49ea2b69f37bffff
	.quad 0x0030c895c0c80000, 0x6ee6014b239f7169
	.quad 0x007069310013a9c2, 0x98a717c29400fbe8
	.quad 0x954c0bd6c1f73cdf, 0xa9eb28ed7ffe9775
	.quad 0x8533d9bb00314778, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x2934b3fb7f3efde1
	.quad 0x2da08b8154d27c00, 0xfff0000000000000
	.quad 0xa6e9d2987fe23767, 0x27ae056a655c1fee
	.quad 0xef2d4c68c3f380f4, 0x7fc00000ab98a259
	.quad 0xbf738c5268440323, 0xb9e0d9337acffe30
	.quad 0x33e093fdff5eda7e, 0x800889f8251f6b58
	.quad 0xfff2ee8423d72f84, 0x40270aa5a5521a41
	.quad 0xfff8000000000000, 0xed58130dbe25aac8
	.quad 0xfaec575d4795baad, 0x45d74e6dc377a9a7
	.quad 0x7f8b595f904cccda, 0xff560d205a7fffff
	.quad 0xc2e514f62be652e2, 0xfdac3624440b16da
	.quad 0x8000000091a0982f, 0x11b66283ff998000
	.quad 0x8173dd99373ae1f0, 0x4a9433fcc23b22eb
	.quad 0x2f813479ffce71b3, 0x7ff8000000000000
	.quad 0x9b0fd5d14e56e5f2, 0x80d3b3df7e8f7800
	.quad 0x750c99e87a1609ae, 0x7ef51f970237ffad
	.quad 0xfff5839dd494b827, 0x0c9e7d34d8dfedfe
	.quad 0x8000000000000000, 0xc26e7d5e3b3ea6c9
seed21:
	.quad 0x0000000005b1f02b
	.quad 0xda440402c9754777
	.quad 0x33d0be1d4a60e31c
	.quad 0x0000000001000001
	.quad 0x4dc10f1eaaa8813b
	.quad 0x8000000000000000
	.quad 0x5b512f62a3092690
	.quad 0x0f222229519ab506
	.quad 0x30ce151b0b6ab354
	.quad 0x000000003e80fc66
	.quad 0xffffffffffffffff
	.quad 0xe25599a56b6de585
	.quad 0xf337a05213efb499
	.quad 0xffffffe47d94fd95
	.quad 0x602acdda07bfb2b3
	.quad 0x7e25b2d2acf18208
	.quad 0x04000000
	.quad 0xf0000000
	.quad 0x4153f836c2300000, 0x400d688eb262adee
	.quad 0x3f5ea86785b90ea7, 0xfe7d1907fff7bf79
	.quad 0x4104000005d5078d, 0xfeb3d6ce7e8fe1ef
	.quad 0xba4f83d51c057f05, 0x3ede37dfc0c40000
	.quad 0xc0e2000000000000, 0x391600000089a692
	.quad 0x7fdfece1ff800000, 0x779555fd414dab1f
	.quad 0xcfe8a23bf37decef, 0xfc0de7b6bff7d35b
	.quad 0x691d02857eef5f80, 0x2649ad7b7ffde4ea
	.quad 0xee8a4d8c1477fccf, 0x007fffff3fcd04cf
	.quad 0x8000000000000000, 0x8008ec1a7994f7ee
	.quad 0x0019736e00000000, 0xdab2cdcfff02ed2c
	.quad 0x3fd5d1de613e99b9, 0x40b0ba5ac0a00000
	.quad 0x6ea41f6c52dbb783, 0x6f827d07ffae7e00
	.quad 0x0020000000000000, 0x268a03f2ac54ff09
	.quad 0x7fcb39dd000a31f9, 0x7fe0000000000000
	.quad 0x3fe00000bf62f90e, 0x61bda16cdfb0ebb8
	.quad 0x7b37b7dabfc9a9c0, 0x5ce160c4222c7c9a
	.quad 0xe73b4230ceed417e, 0x3f3d433abd1b44b9
	.quad 0xed9010ba626401d8, 0x91ecad5d74ecd323
	.quad 0xc3524b3e07d5a600, 0xa41050fe58f80000
	.quad 0x804bccca80774aef, 0x3fe0000000000000
	.quad 0xf609f1fe7d227528, 0x27a11396c3b9a363
	.quad 0x38c57a58c7298000, 0x0008048aa1dc00e0
	.quad 0x8005f897a6d1ac6a, 0xbf800000ff800000
	.quad 0x94c4a3d2dbd7fef8, 0x7ff0000000000000
	.quad 0xb770201209556329, 0xc2800000f8130ac3
	.quad 0x23115301dcbb9b3f, 0xc004000000000000
	.quad 0xbfa007f9c622bad8, 0x42a8fa5dffff7dff
	.quad 0xc1f0000000000000, 0xbc58104eff837e3a
	.quad 0x80000000c1a5eef3, 0xbc45fbe5af99320c
	.quad 0x8000000000000000, 0x0170ae8429a26539
	.quad 0x7fb54919f1eca487, 0xc36eea06c27fdb8a
seed22:
	.quad 0xb47ada46e12b53d3
	.quad 0x00000001b29eb166
	.quad 0xcc58514ed3b9c6ca
	.quad 0x0000000001000001
	.quad 0x0000000000000369
	.quad 0x00000000ffffffff
	.quad 0x000000002d949130
	.quad 0x0000000000002710
	.quad 0xa1c5f820232fd186
	.quad 0x8000000000000000
	.quad 0x0000000000000322
	.quad 0x00000000000000b1
	.quad 0xfffffffffffffc9d
	.quad 0x0050cf5f9ac2e80d
	.quad 0x00000000000007df
	.quad 0x0000000000000021
	.quad 0x01000000
	.quad 0x40000000
	.quad 0xcbb129cb3799f5d9, 0x8000000145a00000
	.quad 0x3ffdb805ded5452c, 0x228f93aebb168133
	.quad 0x7ff4398d946872bd, 0x604e40b9bbd16dd2
	.quad 0x4070a9c9b0a6bae3, 0x6c918a26ffefffab
	.quad 0xffc00000be1f3ca8, 0xcf699f4e4388ecf0
	.quad 0xf4fced92f3dafd7f, 0xdf8000003d322b44
	.quad 0xb17ff231bdeac5e0, 0xbfac74c474b4ad8a
	.quad 0x3fda370d75033012, 0x7fc000007ffe3626
	.quad 0x07ad82c9f6fed555, 0x7e43a9e5589f23f1
	.quad 0xf6bb3459ff800000, 0x05c88bb39afeddf8
	.quad 0xf949c69fffdfbbec, 0xfff4e44eb1c15f94
	.quad 0xfff8000000000000, 0x06cbc4d9fff8f9c5
	.quad 0x0c2baff9c5ff7dff, 0xd065ccb38685ed8f
	.quad 0x800254c17ba6f382, 0x2477447dffde7cff
	.quad 0x7f76833dbdc54b7f, 0x9d0914dd88e83fdd
	.quad 0xffdf39ae71195832, 0xff94336bffc4d70d
	.quad 0x37ee4cdc07825680, 0xf2bd8882bba12672
	.quad 0xc7600000bcd521d1, 0xbd0583a6fdf779ff
	.quad 0x47d59a7dffe3f170, 0x070d7033b1229fcc
	.quad 0x8000000000000000, 0xd958b7005d4f03ff
	.quad 0xdfd14276be6fc7df, 0xbfadf424a7f7ea74
	.quad 0x327245bbf5aa81c0, 0x3fbd40ad8668bab0
	.quad 0x802fffffffffffff, 0xd54a624ff0765af4
	.quad 0xbf5fc00000000000, 0xbfc3f4cb13b31c17
	.quad 0x5e860f41ffde7fa7, 0x987b4ccbe6f207e1
	.quad 0xbe80000080e3bd7c, 0x70370948c264c3e0
	.quad 0xd46c3ebd3c3f53fb, 0xbfebfe62e352f5b8
	.quad 0x7ffa1e1156c6b7d6, 0x8379805b9b450c56
	.quad 0x14b115adc3d20000, 0x0000000081000000
	.quad 0x7f9cbfe3da7fffff, 0x95c0d2d2f6bfffb6
	.quad 0x2c50583e2a1813fb, 0x3ed8000000000000
	.quad 0xc0f86f57ffea97d4, 0x8000000000000000
seed23:
	.quad 0x275a28ada178b9a5
	.quad 0xffffffffffffffff
	.quad 0xffffffffff235ee7
	.quad 0xfffffffff210b4bd
	.quad 0xffffffff80000000
	.quad 0x0000000013bdba00
	.quad 0x8000000000000000
	.quad 0xc303d1ef2538da30
	.quad 0xc266d5896b8a9dd6
	.quad 0x1c75c809d868b749
	.quad 0x000000000000030a
	.quad 0x416c5f23d643dacd
	.quad 0x3280e6916bc5123e
	.quad 0x0000000001000001
	.quad 0x8d322a573c997e0f
	.quad 0xfffffffffffffc6a
	.quad 0x06c00000
	.quad 0x70000000
	.quad 0x001966267fab1918, 0x7f73e66ae2bcf0bf
	.quad 0x9d76c290ff800000, 0x007fffff7ca9353f
	.quad 0x35ac00009a41d5db, 0xff800000b6300000
	.quad 0x41080000477ffffe, 0x8003f0e1152ebbfa
	.quad 0x5c63c933fffff7fc, 0xc022c00000000000
	.quad 0xdb808f85ffd7efe1, 0xfff0000000000000
	.quad 0xc8db468d7b410c16, 0xcee802afded1c728
	.quad 0x692d6aca6aed7c00, 0x0010000000000000
	.quad 0x00262c6fbbec4002, 0x40463b6e827825c9
	.quad 0xff800000f92efaef, 0xa77c70f90f745281
	.quad 0x9115cda3229fa7fa, 0xbed4e00000000000
	.quad 0x73ac7dd9eac839ca, 0x0000000000000000
	.quad 0x40f1137c0086bedd, 0x8026747c70c3acc7
	.quad 0xbfb38fa35648ce4e, 0xb4f1a0f9a9fbbdc9
	.quad 0x6dfe6330c3358300, 0xad35194326702300
	.quad 0x36f38cf34c1f4c00, 0xff80000040900000
	.quad 0x83e607897abffc3e, 0xedda9654a179f82d
	.quad 0x3fc0000081000000, 0xc0a91d77ffb5847d
	.quad 0xdcad1d25405be500, 0xdbd1524dde299d92
	.quad 0xc1f114ca7fc00000, 0x407d7baae0da9547
	.quad 0x01ef7690fbbb6749, 0xd9d1028ffbcb5fb3
	.quad 0x7035f3621cb4ee03, 0x3fc46572de361f40
	.quad 0x7ff0000000000000, 0xffa6f69ebf400000
	.quad 0x4f800001880fa65a, 0x3d07aa40c70ecf80
	.quad 0x8000000000000000, 0x7f80000000000000
	.quad 0x2d0d5b74fd41fc00, 0xc00b79a178b8994e
	.quad 0x1ca4ef9e152ea6b8, 0x6dd905b77cdea66e
	.quad 0x0000000000000000, 0xc2d4881f41e00000
	.quad 0x7f849cf0398e0000, 0x7ff2321bfed33e37
	.quad 0x3fd5cd77bdb7bd37, 0x7ff3b20bdc4afece
	.quad 0xfbd62a4af8ef7cab, 0x7ff5672eef8a019a
	.quad 0x2af8576618bacc26, 0xe22cf63406e713ed
seed24:
	.quad 0x000000000000025e
	.quad 0x8000000000000000
	.quad 0xffffff322ca08b26
	.quad 0x0000000080000000
	.quad 0xfffffffffffffcfb
	.quad 0xc96beae3c223100f
	.quad 0x0000000000000001
	.quad 0x5b60e7a9c66b6a51
	.quad 0x00000000000e7987
	.quad 0x4c449dd0d35f791e
	.quad 0x01ad140bf9c65c52
	.quad 0x0000000000045bd6
	.quad 0x24c034b10fc3e108
	.quad 0x0000000000000341
	.quad 0x000000000000035c
	.quad 0xffffffff80000000
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x0435ebef850644c0, 0x3c3f521cfe8b39bb
	.quad 0x00a8dd7fbf600000, 0xf353f39f80000000
	.quad 0x4000000000000000, 0x3c23f3171c51ac83
	.quad 0x98d49777c3d6797f, 0x802fffffffffffff
	.quad 0xd329ac781ad70fb9, 0xaaaa52ae782dd4df
	.quad 0xc01f800000000000, 0xe0f64f89ed5c7e97
	.quad 0xa2a5be321c15fc00, 0x0b2940d3847dfaee
	.quad 0x452ab0e9ffffff69, 0xa1c2d4f7f95ffaf0
	.quad 0xa7a218091fd77c76, 0x0e8ad3a0b929533b
	.quad 0x7ff283ddff8a8e65, 0x002a55c8ff258b60
	.quad 0x7ff00ccf2165a43e, 0xfff0000000000000
	.quad 0x8006ed6d40598fc5, 0x4d610f3aef3fffb2
	.quad 0x8aee77198ee6a867, 0x3dc000000026b195
	.quad 0xffff373c7dfb7d43, 0xbfeee82f10819177
	.quad 0xda00e1bef06e476f, 0x510caf93eb7bd0f6
	.quad 0x7ff255204edf87b8, 0x8fdeb31edb15a61b
	.quad 0x7fbf41f6fac854bb, 0xc3f1ef9880000000
	.quad 0x000000003cd6d9d2, 0xfff4af4d8fc3b4f0
	.quad 0xf5575c883fc00000, 0x6146178f00000000
	.quad 0x7ff0000000000000, 0xbeec000000000000
	.quad 0x3d982a5a00400000, 0xc049e2ba40f351cb
	.quad 0x41198b8fffd7fc25, 0x6c02bbf967642a56
	.quad 0xfff7606f33187060, 0x49104f44a1887e30
	.quad 0x7f800000f82adf8e, 0x7ff186fb7306513b
	.quad 0x000000007de4a890, 0x9626d9caa33b7b26
	.quad 0xae4e90be4390fc00, 0xff83664ac0c80000
	.quad 0xc229c3551d13e8e2, 0x7f846deb0034a829
	.quad 0x802fffffffffffff, 0x00000000781bbb35
	.quad 0x412c8b6876ff604e, 0x2d1faa15c32720e8
	.quad 0x0512f5d669f32196, 0xc0ffffffffffffff
	.quad 0xc0c8000000000000, 0xaf397b70ce5c971a
	.quad 0xc3e6fca9bbc17cf0, 0xba11ae61df23b585
seed25:
	.quad 0x00000000000001cc
	.quad 0x000000000014407c
	.quad 0x0c6f284830b7dd42
	.quad 0xffffffffffffff9a
	.quad 0x004d1c5a11949a4e
	.quad 0xdfb6aa03415af897
	.quad 0x400de1e3b44227a9
	.quad 0xedb309b5575bc770
	.quad 0x0000000000000088
	.quad 0xffffffffffffffc2
	.quad 0x0000000000011bd8
	.quad 0xfffffd08a372048c
	.quad 0x32f78120949128be
	.quad 0xffffffffffffffff
	.quad 0x0008f2521c995c9b
	.quad 0x000000001304134f
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x7f8000007a8428ec, 0x4887789a5af1377b
	.quad 0x926d65116f33674a, 0x2292675cffc6fe00
	.quad 0x2f987b01f9285de5, 0x2dd92115f507fd39
	.quad 0x5a2a686f6cc6bbe5, 0x000000009038d3ba
	.quad 0x6bf249737a580b6d, 0xe5f151e46e17837d
	.quad 0x817ffffff0299bc3, 0x0a5af84ec4a17a7e
	.quad 0xb27285437df6ce11, 0xfff0000000000000
	.quad 0x66f55e6bffbedf8f, 0xe34a890b5880c1c5
	.quad 0x41bcb2dd59800000, 0xb31ec200cc8c020f
	.quad 0x813c8b5762016aa7, 0x80000000bcf831d4
	.quad 0x7f6ad1aef81fd91b, 0x400d000000000000
	.quad 0xbfa356c252dc7320, 0x2699b453e9ffffff
	.quad 0x262425baf3492486, 0x735b9b7d3fcfbded
	.quad 0x0000000000000000, 0x3f8f5e137a8c5b6c
	.quad 0x6c7a80fb34cf0000, 0x8000000000000000
	.quad 0x0867f231c17e77d2, 0xbf4d33567ff20dd4
	.quad 0x7ebde439c6e9d7a6, 0x660e6c7bbf7905d7
	.quad 0x47fffffe8f056fb5, 0x7fe0000000000000
	.quad 0x0000000000000000, 0xafebccb3d9f3fd7f
	.quad 0x75739238ff7fffff, 0xc0643ebf8229b906
	.quad 0x41efffffffffffff, 0x7fc000006da77e8e
	.quad 0x40019cd8ecfffc90, 0xc022000000000000
	.quad 0x8000000000000000, 0xd5a34f7bebb3fdfc
	.quad 0xd1524be8dec14700, 0x94848ac47ffffea1
	.quad 0xa96416b1ef3e7df6, 0x4020714cd0c78e60
	.quad 0xff00afc5519036fd, 0xbf1e800000000000
	.quad 0xfba5d326ff800000, 0x47ecf6264c06f865
	.quad 0x0356c9c1b70af9c9, 0x696b45f7c8c48000
	.quad 0x3fd0000000000000, 0xdb41b5fcb07581b2
	.quad 0x00019d855515c754, 0x0cfdabe69fdcfded
	.quad 0x7fe0000000000000, 0x5cc12103ffbb5fa3
	.quad 0xfe26d00d910f9f5f, 0x0000000000000000
seed26:
	.quad 0x00000219abe1a49b
	.quad 0x0000000000004d48
	.quad 0x250c1af4aea758cc
	.quad 0xd0fbb6c78f3faafd
	.quad 0xffffffffffacf785
	.quad 0xffff50597d297e18
	.quad 0x000000007fffffff
	.quad 0x445578cae28c38c4
	.quad 0xe48d49aa78b63622
	.quad 0x03f4d71c587909f7
	.quad 0x37cd131f6372cf57
	.quad 0x2a937ce7d588de3f
	.quad 0x00000000000003a4
	.quad 0x00000000000001cd
	.quad 0x00000000ffffffff
	.quad 0x0000000003c29d4d
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x7ffeee6b0b0b2cc4, 0xbfcf971e42933913
	.quad 0x598000000a38f4e0, 0x0000000000000000
	.quad 0x7387b0f665d9b22c, 0xd0cb5bd2bebfd7d6
	.quad 0x3d098ee93fff2d9a, 0xdf37d5bb412f8954
	.quad 0x8d202f34e4f4cee4, 0x3ccb917680ba57b7
	.quad 0x7ff8000000000000, 0xffc00000bf126ae2
	.quad 0xffdc47cc031552d2, 0xc0ba800000000000
	.quad 0xffaf1fc691b3d77b, 0x7ff0000000000000
	.quad 0x7ff626e32ee789dc, 0x80099ca09d0148b9
	.quad 0x3c47f69fffb0b6db, 0x400a000000000000
	.quad 0x80385c4959800001, 0xbe769c6a00000000
	.quad 0x0000000000000000, 0xbfb927c7a64d8037
	.quad 0x2d4a91c76157514a, 0xef00eb0250bcfe00
	.quad 0x7ff30c799ed49839, 0xf60ca37d4c107ff6
	.quad 0x800bab3c768e776b, 0xb8439f6f3f7da67c
	.quad 0xc0efffffffffffff, 0x7a5681694e938000
	.quad 0xffac36ab3fa00000, 0x7f80000041d12443
	.quad 0xf3db1beefdb5f9ff, 0x40b232c8ff800000
	.quad 0xb27ded5be9660000, 0x128adab33ee3852b
	.quad 0x40fffffffffffffe, 0x80360743ea5c6058
	.quad 0x3ecc100000000000, 0x7ff790bc150f054c
	.quad 0xc021000000000000, 0xc013000000000000
	.quad 0xfff8000000000000, 0x00800000014845f5
	.quad 0x8013d1a8e7910bff, 0xf3e0786f7f9966b6
	.quad 0xc98057c65d78dfc0, 0x40700000a988e9ee
	.quad 0xc33c000081000000, 0x3fc4000000000000
	.quad 0x9cfce70580000000, 0xf9210bb0ac527cb4
	.quad 0x7f8000003a180000, 0x807fffff40000000
	.quad 0x7fb91802491c8000, 0xff62b873d375936a
	.quad 0x8489d8c18c617f23, 0x15f6d7f7800c7873
	.quad 0x001768c842fb3c11, 0x8000000080000000
	.quad 0xecae5b7c18e26018, 0xeb1074d33cafc875
seed27:
	.quad 0x0000000001000001
	.quad 0x83df715010d3755f
	.quad 0x9a0f11b411ce01c3
	.quad 0xffffffffffffffc1
	.quad 0x0000000000000001
	.quad 0xfffbfd974a85ddc7
	.quad 0x0000000000000058
	.quad 0x00000000ffffffff
	.quad 0x000f696a737a97c9
	.quad 0x0000000001000001
	.quad 0x0000000000000251
	.quad 0x0000000000472d72
	.quad 0x0000000000000067
	.quad 0x000006c1d895d88e
	.quad 0xffffffd32b06e6c2
	.quad 0x4bd7c3173f5310e6
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x0034027d40000000, 0x97755c233e9369c1
	.quad 0x5ae9530ea9ca7d82, 0x62e072eec73631ac
	.quad 0xe11faebbe7c73c4f, 0xfff0000000000000
	.quad 0x8006c2da58f7f152, 0xfff67b02e5acee43
	.quad 0xf38edf50fff5de53, 0xff800000ffb06879
	.quad 0xcce13199be7ffbff, 0x4befeafc63026f0b
	.quad 0xc3354790d99c35d7, 0x7fc000004ce5073c
	.quad 0xce3534983e9a2e09, 0xaf346bb4e1dd8000
	.quad 0x8320ea6dbe800000, 0x3d334a79bf65f144
	.quad 0xc07fffff0ea9c5d7, 0x6f2124a644800000
	.quad 0x7f9ac7743baba0b4, 0x807fffff409f0000
	.quad 0x80abc108d155e33c, 0x7f304a94da9c70cd
	.quad 0xfedc4441a4ed811a, 0x40c80000477a291a
	.quad 0x7ff0000000000000, 0xff97766200000000
	.quad 0x7f8000003006ae18, 0x45dfde069a767c16
	.quad 0xbf0000000040e2c2, 0x022892d2d1607349
	.quad 0x8d43b094cfe6fc01, 0xfff0000000000000
	.quad 0xc0a40000ec0db256, 0x36de724527d37bff
	.quad 0x533dae88fe6dfb36, 0x9fd2b16944a00000
	.quad 0xff85414371c8cb3c, 0xf3993e19ffdce7fe
	.quad 0x42f0faa3e86610fc, 0xfff4fba9ead4b2cc
	.quad 0x4f3e17dbbe0d7773, 0xffc00000ff800000
	.quad 0xbeff400000000000, 0xf7d866249f12f400
	.quad 0x6b6280ad7f53fd3f, 0x8fce2ec0f5fdca53
	.quad 0x03b18d14f4ac79a0, 0x2fbde6e07f5e6ef6
	.quad 0xffc00000c0146b4d, 0x7fa06f0643a65bd2
	.quad 0xff8000008477008e, 0xffd418a8cc06a0ec
	.quad 0x8000000040c00000, 0xbfdc801963b21f79
	.quad 0xbe8585c880000001, 0xa8e0a2a54298f8ac
	.quad 0x2aa752cc7e3d793d, 0x470000013c4ca2a6
	.quad 0x4af7bb0d3d904100, 0x22fdb0fbc153f551
	.quad 0x7ff31fb776a04125, 0xae02ee1307a57e00
seed28:
	.quad 0x002b376a865c0564
	.quad 0xc924abb2d22c1055
	.quad 0xc0dcb657085ae532
	.quad 0x0000f98507d16683
	.quad 0x5a8e4bdb6b4aec34
	.quad 0x65b3c7279e15c068
	.quad 0x926c0ca48b96af96
	.quad 0x000008b349ce2050
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc5e
	.quad 0xfffffffffffffa46
	.quad 0xfffffff80c8355ea
	.quad 0x0000000080000000
	.quad 0x0000000344809252
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x8f1647b03f6762e8, 0xbc9219fbbdd33231
	.quad 0xf132fc886d5fa314, 0xfff84b9331a67bf9
	.quad 0x8d1d4aa67ffdfdf9, 0x058edef2800079e4
	.quad 0x433b9997f5f76231, 0x5cf116d4bbfdeffd
	.quad 0xa9ecf238fc977c00, 0x1a33e8735a7ffffe
	.quad 0x0002441b76d7e02d, 0x3f800000ff800000
	.quad 0xc07fffffc0400000, 0xefabb796bfde9ffb
	.quad 0x292b2b913cd943fe, 0x3ff4ca3e37e7befd
	.quad 0x212f8fccdff1fc3b, 0x3fe07ee616b07507
	.quad 0x00a150e58077036f, 0x69cee1bb6a8b3a07
	.quad 0xc6675bf3c1288dfc, 0xbd5f41c8c0d80000
	.quad 0x9c35c6a780000000, 0xc88f00003ddee970
	.quad 0x00000000ff7fffff, 0xc059a00000000000
	.quad 0xf820634b0072a56c, 0xfff0000000000000
	.quad 0xc68ad7d2fffeb7ff, 0x0c456e2ade977ff6
	.quad 0x6eea443c5f777f5f, 0x800aad1c59e28048
	.quad 0x405c94b643a66e29, 0x801e659e600d4c40
	.quad 0x8040000080619cd1, 0x3c891d40bc480000
	.quad 0x7ff0000000000000, 0x40eaa7b60364fbd0
	.quad 0x7f44a69fecfffae1, 0x80000000bf7e9d20
	.quad 0x002faafd78a856a1, 0x733cee66dca2c300
	.quad 0x350061d9cf5dcfff, 0x0000000000000000
	.quad 0xfff8000000000000, 0x74f4a866c290a6dc
	.quad 0xcb800001000c26f4, 0x59fffffe7fb9a9c1
	.quad 0x4021800000000000, 0x9b3717f4e7d4d528
	.quad 0x9f9be69e824421d3, 0x7fc369b97fd7be80
	.quad 0x0253ecad3f655df8, 0x31f01c34c7abfdff
	.quad 0xc54fddfddef6f9d2, 0xa0287dcf9f6fbfb7
	.quad 0x817b1195a44e19c1, 0xfda28878b1368e99
	.quad 0xffd4431f221b9fec, 0xcb3a32431db3c7c0
	.quad 0x80578272c0b00000, 0x3fd0000000000000
	.quad 0x8000000000000000, 0x7b3af373c20f7535
seed29:
	.quad 0x00101d39df5478d0
	.quad 0x42e03a4f777727c8
	.quad 0x00000000056aee03
	.quad 0x84e464f45f361996
	.quad 0xfffe0eab4f83cf19
	.quad 0xbccd7f3004334eb2
	.quad 0xffffffc3787e8275
	.quad 0x000000000000006a
	.quad 0xfffffffd0abc3d63
	.quad 0x00132d63c861f1e0
	.quad 0x0000000000000128
	.quad 0x50f8242cc16a4bfa
	.quad 0x0000000000000067
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x03000000
	.quad 0x10000000
	.quad 0x654b7bc4baea0878, 0x55c23477514d043b
	.quad 0x7f8000007fc00000, 0x405d0436e861c9fa
	.quad 0x8da0af56bca36d0d, 0x000fffffffffffff
	.quad 0x0000000000000000, 0x1401f6af3522ba72
	.quad 0x3ff339a624202ffc, 0x38faeb75be6fdcd3
	.quad 0x0000000000000000, 0xbba40049ff800000
	.quad 0xbf7c209b0fd96a54, 0x8549d278cef6fbff
	.quad 0xa3c4ad1b59ae5a01, 0xfff0000000000000
	.quad 0xd05c2212bdfff734, 0x0008000000000000
	.quad 0x3fffb15c9ba64b0f, 0x5a38a639a992803a
	.quad 0x7f30c71d1b689d66, 0x1817785088177c2a
	.quad 0x403d44b9740e11b0, 0xcce913ad02beb740
	.quad 0xffb9f0587fc00000, 0x80e49372c0700000
	.quad 0x383e6514fffeffef, 0x3abe5bdb7dfe4dd3
	.quad 0x7fd5d4a9d1d96429, 0xff8000008389d287
	.quad 0x3c57b50c385cc708, 0x9164dcec47efb835
	.quad 0x093c48cc7703c6ee, 0xfff0f47665715743
	.quad 0xd8753be55fffffff, 0xfdd159d84b080001
	.quad 0x1afc4ab95191fb83, 0xe3b11978e00a7328
	.quad 0x447a8000b74dec2a, 0x40d00000ff800000
	.quad 0x4054800000000000, 0x0292c6b8a4ccde57
	.quad 0x0000000000000000, 0xfe96910b22ec47b9
	.quad 0xbf62c00000000000, 0xc14260d6ffc00000
	.quad 0x7ff1f65fb278cde3, 0x3b1a6b688879a1c5
	.quad 0x9aa7e957004bfc00, 0x4110000000000001
	.quad 0x8319091a634d09da, 0x4cab16668f550032
	.quad 0xff843046ec66a08e, 0x679513497fb57a00
	.quad 0x3a8f48e91969202a, 0x27b0cfa4f57ffc12
	.quad 0x6abeea4ceaeed5bd, 0xf55f407bdfffffff
	.quad 0x002a4c9b6556666b, 0x7e4dee4f666324ae
	.quad 0xb0a1698c7fe76734, 0x7dd5f67f3fbc22e0
	.quad 0xffd13d15d2f277a3, 0x253a9eb5fff39fe7
seed30:
	.quad 0x778631dfae644403
	.quad 0x3287ff05ad686337
	.quad 0x59df7b5ed23dc8c2
	.quad 0x000000000003ba3d
	.quad 0x00000003b0e30dd9
	.quad 0x0000000d22530f35
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0xf60e1c67522b3519
	.quad 0xfd72fe95d150925a
	.quad 0x000000000000004e
	.quad 0xe2e0773890783662
	.quad 0x342d45222688297b
	.quad 0xfffffffffffffeea
	.quad 0x000000007fffffff
	.quad 0x00000000000000ab
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x825f71847fabfbbe, 0x6dcf21effff5defa
	.quad 0xbfdef779224ea053, 0x7f800000bf800001
	.quad 0xcfbd7af0a30f4978, 0x631d69b161334884
	.quad 0x8000000000000000, 0x3fc407b283ae61c3
	.quad 0x7fc000008123cfc6, 0x003bc7fdffde4991
	.quad 0x7f800000000bed61, 0xbf8000007f800000
	.quad 0x015a54626172f801, 0x7ff5a9107bf4aef7
	.quad 0xffdfffffffffffff, 0x884cfa478dd1ecd3
	.quad 0x9bf98ad67ff7e8bc, 0x7f8239a17374973a
	.quad 0xd9ffffffbd3e67d0, 0x7ff05cd02da19929
	.quad 0x012fc90416296d3d, 0xdbfffffef32c4bab
	.quad 0xfe1887491f80d3e5, 0xc01912eabf2f0540
	.quad 0x000fffffffffffff, 0xaf1ad31278208d55
	.quad 0x2d3a8f44f87f7c21, 0x3aafbf83ebda5800
	.quad 0xc3c1ff2d43600000, 0x403561f19bd27fc1
	.quad 0x0055987375f16a64, 0x0000000000000000
	.quad 0xff800000bf98817d, 0x002ec45804edd42e
	.quad 0x1790ea29f4fafc09, 0x72510ccbffac5e24
	.quad 0x7edd69b054292b97, 0xc01e7ea3c6ed2a26
	.quad 0x3f3a800000000000, 0xc18000000025a1ef
	.quad 0xc2f4810a5f7fffff, 0xa6e6c63903d14840
	.quad 0x8ff92d2484bffc00, 0x96117ca4b4180000
	.quad 0x9aa4166ac0b00000, 0x000fcaf2c4dcbfef
	.quad 0x26ce494d12047c00, 0xc0516c1da23227f2
	.quad 0xff80000083afed35, 0x0000000054c2c4e1
	.quad 0x6e6200090751f806, 0xff9bc42900000000
	.quad 0xfff7906eb4c482d2, 0x6c9eb07343ad446c
	.quad 0x823177ffe6b8cc5c, 0xc125800000000000
	.quad 0x06cd80f5ffbfdffa, 0x5bdfedccefff6fff
	.quad 0x59d8aa6d44b2fa00, 0x88e31b7a43a7d2fe
	.quad 0xf67a3537a0935ff1, 0x60cc2eca7f0be000
	.quad 0xc3ffffffffffffff, 0xfdfbba1aff7f2bff
seed31:
	.quad 0x000000000032ab1a
	.quad 0x727b01a327fc0401
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc9b
	.quad 0x2f92228f3c696645
	.quad 0x0000000000000003
	.quad 0xffffffff80000000
	.quad 0xc3b515a464a2dd2e
	.quad 0x0000000080000000
	.quad 0x0000000000000059
	.quad 0xb4bcac663f4b094b
	.quad 0x42a0dfa4d10a310b
	.quad 0xffffffffffffffd0
	.quad 0xffffffffedd8c8dc
	.quad 0x4a0d538eca925478
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xc0000001b22d09e2, 0x0d90895dc35d1e1b
	.quad 0x6db657aab1d783ff, 0xc01040f802090900
	.quad 0xbe80000000ffffff, 0x7ff542ac596d420f
	.quad 0x99420bec3ff77bb7, 0x00033006f72f566d
	.quad 0xc15b253e80000001, 0x97f702917fd3fb7c
	.quad 0xffd0000000000000, 0x7dc4bb4386f3f6ca
	.quad 0x918c8d9fbbb065c8, 0xc022000000000000
	.quad 0x91903471895b98f2, 0x800c36166f42a315
	.quad 0x3fd5b8cde199ddd5, 0x6ca2605acfeefbfd
	.quad 0xbfb757e9943ebb85, 0xff800000dfc66f35
	.quad 0x44451cd85dffffff, 0xffc0000063e69717
	.quad 0xb4e047fdd5df7fff, 0x413c000000000000
	.quad 0x3d747b89c0880000, 0x82772d3c34cbaf3c
	.quad 0x910ad4a35f77244f, 0x10d948743e480000
	.quad 0xfaaf5177d2b79f23, 0x8111806f044de1d3
	.quad 0x406649261e5fdfac, 0xc05be14acade7a4b
	.quad 0x0040a7da80000001, 0xfff8000000000000
	.quad 0x7ff6e1ed58c52412, 0xa822778af7eeffbf
	.quad 0x2013547c768ccb19, 0x217223f1626e8000
	.quad 0x0bff9afdfefa6fe7, 0x4257cb857ff15303
	.quad 0x5fec589656476c04, 0x5655dbf2bdeeaaa6
	.quad 0x3f600000bed87b65, 0x0382ac0593a5bad8
	.quad 0x000e3b688f1973d2, 0x404cc09ae11b45bc
	.quad 0xa2f34ff9b3b47ff7, 0x8376c182509a55d6
	.quad 0x718c9ce68037bcaf, 0xd14b59daffaadd1d
	.quad 0x9e4fcee67377c6f7, 0xdd1e7e466ed7f97f
	.quad 0x7eb5cb1fb2d919b8, 0xbae0000000000000
	.quad 0xfff49c45811bb734, 0xfff0000000000000
	.quad 0x3fa90ccabb33b238, 0x2183b56383e64956
	.quad 0x7f9849ee7f8a20aa, 0x747b255841140000
	.quad 0x7691f1dc7dcffd3e, 0x7693978a7fda1f6e
	.quad 0x3c131babffc3fa62, 0x000fffffffffffff
seed32:
	.quad 0xe250cc4c92e37c7b
	.quad 0x20171509fcabaefc
	.quad 0x22be476c125df9bf
	.quad 0xc6716ae366e8ec11
	.quad 0x00000000000002fe
	.quad 0xfffffffffffffded
	.quad 0x0000019c0839867b
	.quad 0xffe304188307ab13
	.quad 0x0000000000000008
	.quad 0x0000000005c112dc
	.quad 0x000000000000001f
	.quad 0x3f27b1de1e117a4d
	.quad 0xfffffffffffffee2
	.quad 0xb98bfcfd87fc77ff
	.quad 0x00000001b7b710bc
	.quad 0x27392dfdeb2faa6e
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x00f284d107bc5eac, 0xd336f4ef2dd906d2
	.quad 0x7ff4a1f467015c5e, 0x7fc0000037000000
	.quad 0xc3cfca3bfb7a11dc, 0xfff0000000000000
	.quad 0x0029fda2e427ac8f, 0xc3a78bb93fa00000
	.quad 0x87af4736ef0121e8, 0xbfb5700000000000
	.quad 0x4023000000000000, 0xff8000003bf20000
	.quad 0x387000007f800000, 0x7eca1262d668e7f8
	.quad 0x91522a4dbf149f05, 0x40f0000000000000
	.quad 0xc01e800000000000, 0xffefffffffffffff
	.quad 0x7fb6835900000000, 0x7f800000bfe00000
	.quad 0xb8479840bfbffebf, 0x000805513bdbbdcb
	.quad 0xff888774abf467f5, 0x7fa891367fc00000
	.quad 0xc0000000ff9dd3fa, 0x23750da9fff9754a
	.quad 0x4051fdfe3f604ae3, 0xcf000001fe80f579
	.quad 0xc013000000000000, 0xff8000003fc33062
	.quad 0x7f800000fcdeadfd, 0x490000003ec1bad8
	.quad 0x29e3bcd4a55322e4, 0xff676ef0f20b5a9e
	.quad 0xffae8c39ff800000, 0x8a747bf67bcf0000
	.quad 0x7fff49ab59657b21, 0x49fe63d539364f4b
	.quad 0x80c1eb3a71727f50, 0x38600000de800001
	.quad 0x1fc59403016241e6, 0x00f34d594e89df47
	.quad 0x8000000000000000, 0xc155ddbe7f800000
	.quad 0xac19f365b8eefdbf, 0x00400000ffb3170a
	.quad 0xfff9a2e17d4a9dea, 0x315ee81efefebff7
	.quad 0xff800000da000001, 0x7c84dbb6ff9e8f53
	.quad 0xffedcd7d801c95a4, 0xfff5dece3c550c80
	.quad 0x7ff332e22bbd0bb3, 0x23349fe4c4cb7c07
	.quad 0xbdc78030bf7d933f, 0xffc72e76807fffff
	.quad 0x029e4a6d57b52adb, 0x4080000000000000
	.quad 0xbc31cdc316ed264c, 0x18536420438c99d7
	.quad 0x3221d4d9ffe93730, 0x0000000000000000
	.quad 0x1717c219bc9c8800, 0x7feedc16bcc6d1aa
seed33:
	.quad 0xea4802bee00210e9
	.quad 0x00000000000002c2
	.quad 0x81cd0f82251586f8
	.quad 0xfbcd4ebcf225097c
	.quad 0x00000000000002d3
	.quad 0x0000000000000008
	.quad 0x75951c5b504a12b4
	.quad 0x007bd19162fb45bd
	.quad 0xffffffffffffff15
	.quad 0xf9f4fb2dc908eed2
	.quad 0xabc794534db22673
	.quad 0xffffffffffd99438
	.quad 0x003bdd8b023341ff
	.quad 0x5c85e93da9826019
	.quad 0x0000114f3afb8896
	.quad 0x26ca28e5af442fba
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xb7f400003e706a35, 0xbb3f0ea4e7cebc48
	.quad 0xcc3ea07494187c17, 0x4190000000000000
	.quad 0x7fd0bbedf82c0d28, 0x4ca6d7d7ff8ce008
	.quad 0x40148c0ae7cc005d, 0x402f000000000000
	.quad 0x45d047eb034d4b40, 0xc00c000000000000
	.quad 0x1f62ada7f72c9da0, 0xa71164137f800000
	.quad 0x6a2a2e1ef56add40, 0xf9953c7c7f800000
	.quad 0x46c1e74f7463e796, 0x80d04e77005e0c10
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0xb3fd207d51b40246, 0xf493fcb5c9ffffff
	.quad 0x6309e366d1af982a, 0x88dcd126f57fffdf
	.quad 0xfff0000000000000, 0x6a9e38528e32a072
	.quad 0xc3d77f2a8013633f, 0x9a5cb6d300000000
	.quad 0x756a13015a195c8b, 0xdfff215ad3d6ffad
	.quad 0xbfbd1c1aee465770, 0xecae453f83504c5b
	.quad 0xf70d420ecb11468a, 0xa211ffd5889cfcec
	.quad 0x7ebf4a63ea32e1e6, 0xfff28b58cffe112a
	.quad 0x3cbfb70bc1085e50, 0x7fa492527fe6a948
	.quad 0x7fdfffffffffffff, 0x7e0cd5ba5a9a1cab
	.quad 0xff79b21804c7f12c, 0x4ec4d23acf5cc001
	.quad 0xf4bede68ff800000, 0x09fe64c78398c1ae
	.quad 0x00000000bcd14423, 0x7ff0000000000000
	.quad 0x149e9656fffefdf7, 0xca194d9dffbcd3da
	.quad 0x89ecdc5110b740c1, 0x3f9d5aec80d36835
	.quad 0x2e12fdd6626afcc8, 0x80ffffffc0900000
	.quad 0x2fcddfc072269a09, 0x8959e4f67f9ffabf
	.quad 0x06d9bd9ff45cfc01, 0x004a27d45240d758
	.quad 0x627ebcba6a9dc508, 0x804e4d2c80000000
	.quad 0x33dedf1b90bbff35, 0xfe6933707ebffdd0
	.quad 0xda7ffffe43cbc5b4, 0xddac95af31cdf800
	.quad 0x54200d1cc8d71e83, 0x43f0000000000001
	.quad 0x0000000000000000, 0x106bfc62ffe97f5b
seed34:
	.quad 0x79fd2d896ebd873b
	.quad 0x00000000000028cd
	.quad 0x00000000308b5689
	.quad 0xbda7df20b29f50ae
	.quad 0x0000000000000371
	.quad 0xdbe6ea352be4da05
	.quad 0x00000000004f539f
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xa5e170ae0c2c495d
	.quad 0x0000000000000185
	.quad 0x00000eaed20bfa21
	.quad 0x714536a0645476bd
	.quad 0xffffffffffffff7f
	.quad 0x0020000000000001
	.quad 0x06d03dc859731aa2
	.quad 0x03c00000
	.quad 0xf0000000
	.quad 0x3026785e40dca2f8, 0xd6f91e4afdf3e7f9
	.quad 0x0042bbc0c0e3959e, 0x2b1996d47fbffa17
	.quad 0x7fc00000ff800000, 0x7fae006b7f432506
	.quad 0x8016685d432f133b, 0x0000000000000000
	.quad 0x8000000000000000, 0xc050b1109f8de850
	.quad 0xfa08c9ca7f9a24af, 0xf3f533e1deef8000
	.quad 0x801a7641ebeb676a, 0xbdcb990f3ff00000
	.quad 0x7ff1bd75de862977, 0xfff0000000000000
	.quad 0xbf4343337fc00000, 0x5a00000141180000
	.quad 0x00054ca94b0d2d88, 0xfdca8b4ac718e0a7
	.quad 0x4a5efc9c89f97d29, 0x45f5edec5f28c6fe
	.quad 0xbfeec12f215aa097, 0xc06b43b99af4ca45
	.quad 0x6a2fce4b3cb35648, 0xc1e0000000000000
	.quad 0xc3310a183fe284c5, 0xb2c47c74dfdbfbc8
	.quad 0x807769943fffffff, 0x7f800000ae939c21
	.quad 0x4384e7184722b488, 0x0000000009479715
	.quad 0x0000000000000001, 0x3fd0000000000000
	.quad 0x3ffc09e8280ffb40, 0x7eebbe41cafe094f
	.quad 0xc28d23c5805ade48, 0xff8d97ddbf900000
	.quad 0x39ce80008a06cba0, 0x8ef8e1767fa11537
	.quad 0x7ff0000000000000, 0x3fb944e6f78c39a3
	.quad 0x7ff8000000000000, 0x0242c333fc13ee97
	.quad 0x9015535e80800000, 0xc0f80000960f96e1
	.quad 0xb2d1ab8f96a77300, 0x81000000104571d9
	.quad 0xbf7ab41bc1a28eac, 0x05185bc16ba2b840
	.quad 0x2f0f92642d457801, 0xee45df217dd8ff16
	.quad 0xaeaa6954ccfffffd, 0xdf2db0f9ffc00000
	.quad 0x3f48248e59ffffff, 0x7ff3a7fe3b629e35
	.quad 0x40d8000001000000, 0xc0600000801454c9
	.quad 0xfdd58fb30a24b9a7, 0x63bbeb8affeeffdf
	.quad 0x8000000000000000, 0xbfd7209e22287cea
	.quad 0xd460cabfbbfbfbf6, 0xaedeaee07f7f4900
seed35:
	.quad 0xfffffffffffffffe
	.quad 0x0000000152c33720
	.quad 0xb232865fcf5eb97b
	.quad 0xfffffffffffc494f
	.quad 0xff154c2709c86b37
	.quad 0xfffffff5751b1525
	.quad 0xfffffffffffcf65b
	.quad 0xffffffff8088c996
	.quad 0xb985ad7a1cd3f4c1
	.quad 0xb97f91d1f8170bd2
	.quad 0x038bc3735791a149
	.quad 0xfba4e26fea3cd61d
	.quad 0xffffffffffffff92
	.quad 0x0000000000f9b92b
	.quad 0x5977c689c1918dbd
	.quad 0x000000000001363f
	.quad 0x01800000
	.quad 0x90000000
	.quad 0x08c744442272d303, 0x801fffffffffffff
	.quad 0xc0551c8033c6055f, 0xc024000000000000
	.quad 0x7105b8a29ac16ab6, 0x80000000961fcaf5
	.quad 0x7ff0000000000000, 0x7ff8000000000000
	.quad 0xfdb687ee9238d828, 0x567be8a2e6a67d00
	.quad 0x30b8ec88ff800000, 0xff8000003d2cc738
	.quad 0xbffc000000000000, 0xdb6b261de7b9ed75
	.quad 0xe2de795b5301c300, 0x7ff2961a03d38d50
	.quad 0x837c3b6030cfb2b3, 0x280f6f92a69440c0
	.quad 0xe6895debff1f7ff3, 0x7fcff762050c0b3e
	.quad 0x43150cff0b364d56, 0x3fe4000000000000
	.quad 0xffa9fdcdc1360000, 0x41930b523e24c68c
	.quad 0x3ff0000000000000, 0x3eb529ddffc00000
	.quad 0xc11c0000136b8d79, 0x4340000000000001
	.quad 0xc7acbf813fd6a2ab, 0xf944b1167668085d
	.quad 0x7beb8d13fabf1977, 0xb1f84a0340b6e522
	.quad 0x773beb12ea2a27f4, 0x42094ede756376c4
	.quad 0x7acbb63eeca220fb, 0x7f800000ffc00000
	.quad 0xb15f6f8d9b442bdf, 0xc0390e497d33b3a2
	.quad 0x6a0fa7be029158c9, 0x6eb04975d6359bf3
	.quad 0x3f80000137400000, 0x5f800001ffef176d
	.quad 0x7ff0000000000000, 0xbcf6efe342f78421
	.quad 0x54a2704a114edd2b, 0xc00c000000000000
	.quad 0x4023c00000000000, 0x7ff6ef7442cd0a90
	.quad 0xc09f96f6f1d70dbe, 0xc0f00000578ec774
	.quad 0x4c314e4cb266bdb0, 0xcf7089af00000000
	.quad 0x02ee0cd378b18f94, 0xff8000007391b42f
	.quad 0x5b64256bd34a7e00, 0xb7200000ffc00000
	.quad 0x8c0699abfff6cd13, 0xff80000085dd0a44
	.quad 0xe62e45a4bc6554d4, 0x59b08409ffce7fea
	.quad 0xef664d8438b2040d, 0xbdcab4cebf31b669
	.quad 0x471469aaffddfcec, 0x1865d49a8045ffac
seed36:
	.quad 0xcc57c2aefd73bbc5
	.quad 0x4597696aac489174
	.quad 0x0020000000000001
	.quad 0x0000000000000176
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x5dad1f44b63cbd29
	.quad 0xb1a0f12ff1f68865
	.quad 0xffffffff80000000
	.quad 0x000000000000018b
	.quad 0x86d198ae060c6126
	.quad 0xfffffffffffffce0
	.quad 0x6082946df386abe9
	.quad 0xf5199bd55f3be34b
	.quad 0x5ef7b13167a2a81c
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x79a22febebdb127b, 0x7ff0000000000000
	.quad 0xc0729935cc057bec, 0x5adc10337eb4a50c
	.quad 0x2eaee5161ebcea6f, 0x404ea6e40c3c6c2d
	.quad 0x805853c03d9c4fcb, 0x23625bc0983dfe88
	.quad 0xa789fcc2800c8080, 0x57701f2b009d05fe
	.quad 0x651943c352fb46c0, 0xc073bceeadd6b028
	.quad 0x40215a30810b791a, 0xc98134c8eb15a1e6
	.quad 0x5e9aa58240579432, 0x010473c3ffbca003
	.quad 0x07f22b12001ced33, 0x323a6f08ec0645e0
	.quad 0x7ffa97fb6220dbb5, 0xffa34edf1ad54bb7
	.quad 0x0000000043e6859f, 0x3d82cb517faf096c
	.quad 0x3c4402974009d53c, 0x6c8433506cdf1df5
	.quad 0x8021b6d7bf5c1a5b, 0xffa902efbd4e7b27
	.quad 0xbccdf70fffc0081b, 0xe66278bca4b9769d
	.quad 0xd392f15b7fbcfbff, 0x5eb277d082f97ad3
	.quad 0xc040000000000000, 0x5d6eb38fbbe71df1
	.quad 0xe606fde655e60200, 0x800dd579be8b32e6
	.quad 0xa21950e4f46403ff, 0xffff7a5f3d799a96
	.quad 0x894074c0e7df83ff, 0x4542a9d180800000
	.quad 0x6fe5208cffdf1c07, 0xe431fb79d1e31cb0
	.quad 0xa2063843fe7f8000, 0x38b0000080000001
	.quad 0x00e6ce8edd1b9f1f, 0x8000000000000000
	.quad 0xb680000046400000, 0xd9a9f86d801ff520
	.quad 0xc0c0000000000000, 0x41e33b0f648f9c76
	.quad 0xc0b665a3be32333e, 0xc450000047000000
	.quad 0xceae8e648af24540, 0x2a3166ce7fbafc1e
	.quad 0x478000013fc6b64a, 0x229235a33f375ce2
	.quad 0xbe00000080000000, 0x3d639b4fbf1f742f
	.quad 0x9d34b499bde69730, 0x4f7fffff16e7fc4b
	.quad 0x0000000000000000, 0x3e14b7c059fffffe
	.quad 0x9b0cc4a5dd7e05a8, 0x945a39ef13f6f6e1
	.quad 0x5a11560840cb31a2, 0xfbfa65ece901fd28
seed37:
	.quad 0x00000000000000ed
	.quad 0x0000000100000000
	.quad 0xdce6cf8e81d65471
	.quad 0xffffffffff8bb3f9
	.quad 0xfea2a57669c38a60
	.quad 0x32ba52f76b57668b
	.quad 0x4497eb716e3437dc
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffa
	.quad 0x000000000019e4c6
	.quad 0xffffffffffffff64
	.quad 0x000000000000008d
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0xfffffffffffffca0
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x010362e3422ba0bd, 0x5da4f5a2b5ef6af7
	.quad 0x696891618129f9a0, 0x461ddf6288998033
	.quad 0x0d5782c7b47df800, 0xc83b8689ff7fffff
	.quad 0x3d30a5e2cf7ffffe, 0xfe57000800000000
	.quad 0x7f8055897fa9d7f8, 0xfff0000000000000
	.quad 0xc420000000000000, 0x0000000000000000
	.quad 0x3a0447fbffdebfdf, 0x6e628648ef75d2ab
	.quad 0x00000001c1011762, 0x0000000000000000
	.quad 0xa128c4c47ffbdeaf, 0x14b766bcdb9603eb
	.quad 0x5f35a6a7f76581cf, 0xf7f61536cfb27ddd
	.quad 0x53bb3349688078fa, 0x000727eee015cd65
	.quad 0xbfae223ded850d90, 0xd917ffa67fffffeb
	.quad 0xcfde042dffef39f3, 0xc1effffffffffffe
	.quad 0xe4d23bd3677fffd7, 0x4030b4c334e5c8b0
	.quad 0xc3f0000000000000, 0x7f80000040980000
	.quad 0xfe800000c1be5179, 0x890210d6bff9ce52
	.quad 0xb5d8f65a5b2fefa0, 0x60c89d893e777c8e
	.quad 0x3e00c0d44fca38d9, 0x7f6591fa7fd54aaa
	.quad 0x7ff0b1209fee29b3, 0x951ffb3b7f800000
	.quad 0xbfd68934bae34234, 0x43efffffffffffff
	.quad 0x5f7fffff00000000, 0x0000000000000000
	.quad 0x428ccad19fbe9d6d, 0x19a432a989f1fc00
	.quad 0x564e55d9d4ca707d, 0xb7840000bc0731eb
	.quad 0xc25b280fa39501d1, 0x0000000000000000
	.quad 0xc0e8000093d52769, 0x0eb311a37f800000
	.quad 0xd65df8422b75227f, 0xffd7b28b24b7f42c
	.quad 0x7ff23764eb9f99f9, 0x00e1e0db00ffffff
	.quad 0xc0764b060a3edf7e, 0x4090000000000000
	.quad 0xb0936a8fe1ccec33, 0xd900574dcdc5ff1c
	.quad 0xce5cd0f6ffff7faf, 0xc4ea1549dbbe8800
	.quad 0x598000006b8e0efa, 0x93bc19c9f6a96000
	.quad 0xe9e6035ef3024001, 0xf3a64a6b99f247c0
seed38:
	.quad 0xffffffffffffffff
	.quad 0x005e48a45b670e4b
	.quad 0xffffffffffffff4c
	.quad 0xffff143fa3a982b1
	.quad 0xfffffffffd5e6c59
	.quad 0xfffffffffd3d5f1f
	.quad 0x443a3ea9cc3bdc56
	.quad 0x0007c8e049dc6d75
	.quad 0x0105fe7d2f3324ab
	.quad 0xfffffffffffffda9
	.quad 0xffffffffffa3d411
	.quad 0x0000785eccc762b3
	.quad 0x0000000100000000
	.quad 0x00000001b6e7a975
	.quad 0xfffffffffffffecc
	.quad 0xffffffec65a1eaa0
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc8054e79cfddc388, 0xfb340d45c2b20d0e
	.quad 0x808594d886d53af8, 0xd346076253e54c01
	.quad 0xc016800000000000, 0x3d23e0007fa7d4e1
	.quad 0xfff17923a286d161, 0x800ae0f0b4cf1f35
	.quad 0x4005ce86ffbd37af, 0xc2ef37dafb577bbf
	.quad 0xc003c6077892244d, 0x3dca841f3063addb
	.quad 0x4218711600000000, 0xc0463b00d5219d9a
	.quad 0x270e3edeb70d5c02, 0x7ff84f40a7120b29
	.quad 0xffe86cfac77fffff, 0xfffed82149adc85b
	.quad 0xbd470a5d40b00000, 0x00000000ec6ca1ae
	.quad 0xbc73b4527fc00000, 0xc075731c2f968d94
	.quad 0x6185db5680000001, 0xddfef89370682e92
	.quad 0x0000000000000000, 0x401c000000000000
	.quad 0xaca1df4bc7fe49cf, 0xcff2e996436e0f8b
	.quad 0xa224a19f0e5b7d84, 0x853dcede2ef18387
	.quad 0x64b2121935edf017, 0x91227ea17f800000
	.quad 0x0000000000000001, 0x2f445467b7efbe79
	.quad 0x52e1e8abbdfb3c6a, 0x745352e4ff800000
	.quad 0x40b800007fb0f1e0, 0xffdf1811b5a5c1b4
	.quad 0x7ff8000000000000, 0x7fca5a63285b1e16
	.quad 0xff80000039b00000, 0x50c0c8ef5fffffff
	.quad 0x04fa4247382dde98, 0x40f0000000000001
	.quad 0xa852c74472ef4cfc, 0xffa44c6d017fffff
	.quad 0x00800000c6080000, 0x61592ba8fc762000
	.quad 0x26c7e4f6db253bfb, 0x8ad1b6327fb3beb6
	.quad 0x01c8024205cebbb0, 0xde8280b6a4d580fc
	.quad 0x7c0ade504083617c, 0x7f7ffffff7941f75
	.quad 0xffefffffffffffff, 0xfc6c84d38ebdffbb
	.quad 0xc002000000000000, 0x7deeffcb4a52badd
	.quad 0x11788d96ffb46407, 0x8100742039800000
	.quad 0x0bcd1ded8aa39bdd, 0x8a85249748900000
	.quad 0x7ff8000000000000, 0xfff8000000000000
seed39:
	.quad 0x0000000000000f44
	.quad 0x84e28d37d19087ac
	.quad 0x2e92056fe515396c
	.quad 0xfff1e3d5ca471ec6
	.quad 0xffffffffe4eb3858
	.quad 0x0036da6e589690fa
	.quad 0x00033ca7cbb4d377
	.quad 0xff9d452dc8e961bb
	.quad 0x0000000000000029
	.quad 0x00000000ffffffff
	.quad 0xfffffff2a0610af5
	.quad 0x00000000000002a8
	.quad 0x000000000000036c
	.quad 0x2d8294fc1385cf53
	.quad 0x3ea72ce29f209988
	.quad 0x18696693cdefde55
	.quad 0x04800000
	.quad 0x80000000
	.quad 0x2d87145e79328162, 0x8008000000000000
	.quad 0xfdcc942b3faf99a1, 0x400a1e85e6d148aa
	.quad 0xbdadc6c880000000, 0xbbac49f6257ff698
	.quad 0x407ffffec2988e1a, 0x80102153959273bb
	.quad 0x4a08674bc77ffc96, 0xbae9c6bb80000000
	.quad 0xf87e3489fc6dc400, 0x8a4c0f4e5f8a00a3
	.quad 0x3615754a1bb6fc00, 0x43d69faf7f800000
	.quad 0x404249c5ff97d57d, 0x821087e4f0421b99
	.quad 0x129fca61af317ca8, 0x41e4cad7802098e4
	.quad 0xc3e0000000000000, 0xc0f81a512d80f542
	.quad 0x7f800000ff800000, 0x04450befd1af3bac
	.quad 0x2716663dfff7ffbb, 0xea3076bfc3dcb0d9
	.quad 0x0000000000000000, 0x09c072b1b629c1b4
	.quad 0x00ffffff807fffff, 0x3bf23f4524c00410
	.quad 0x3f800000c0b80000, 0xb13f9416f757c3ad
	.quad 0xa5b5f9b4fecb7fff, 0x48980e13f5317c4a
	.quad 0xc35e055e6df1c804, 0x4067aa594e11fbea
	.quad 0x3c9347d7c1766f58, 0xe6309d0cfdeadae5
	.quad 0xff2ba40a7bd218c5, 0x9d2c4ae79baeeebd
	.quad 0xbe31853cfb74ff6f, 0x91fd4b2f6d90a675
	.quad 0x7f80000010405983, 0x68183ceaab141e00
	.quad 0x7fe455d63829ade4, 0x5f4230ad80000000
	.quad 0xf48080e6ffb7fed7, 0x1d89a4e8cfd47efd
	.quad 0x7fa84fbfc1f75a45, 0x3a800000df7ffffe
	.quad 0x9b568d7f3c400000, 0xebd59020cf221fd7
	.quad 0xad46adaffe802a00, 0x7f0d6a4b41400000
	.quad 0xffc000003e9baed2, 0xb0c9f33b72bc179c
	.quad 0x20685c90e287cca6, 0xbffc2561f380eaa4
	.quad 0xbd8cf5ae0ee87916, 0xc00f16b7dcceaada
	.quad 0x0000000000000000, 0xff8000007fe2203d
	.quad 0x19e6b10ed573cb77, 0x395000003f800000
	.quad 0x357c78592b1afc00, 0xe25d526aff7fffff
seed40:
	.quad 0x00000006b434d4b2
	.quad 0xd020424c8321fa57
	.quad 0x0026a749c0703559
	.quad 0x012dfbbe3c1b4914
	.quad 0x0000000000035fd9
	.quad 0x5f3579c6f5223363
	.quad 0x00000000ffffffff
	.quad 0x000000000000019e
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffff1
	.quad 0xfffffffffffffdaa
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffc1a
	.quad 0x0000000100000000
	.quad 0xd13c0ab107880c30
	.quad 0xea89c9f989177de4
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x26898108babb4640, 0x7e800000ff960b20
	.quad 0x40ffffffffffffff, 0x9999d9abffce504c
	.quad 0xc0295e3747a13d42, 0x7ff0000000000000
	.quad 0xd6ad0992ffdbbf3b, 0x2580385eb45c79c3
	.quad 0x91d94cd17f7fffff, 0xea21f7c97fe0fbb5
	.quad 0x2ffce64cfff1e7d5, 0xe717f677ecc17957
	.quad 0x4018c6b2901d6430, 0x800fffffffffffff
	.quad 0xaf05af01ffffaefb, 0x7f80000080400000
	.quad 0xc090000047800000, 0x0000000000000000
	.quad 0x002ad3c53fbe475a, 0x8000000000000000
	.quad 0xcfe9a54dbdb8338c, 0xf184b97c461428e2
	.quad 0xffd5eaf14196f9ec, 0x0222e4b75e7dffbf
	.quad 0x800ce06bf7ced44f, 0xd18f2950ffbe7f7e
	.quad 0x7ffa34182843bb13, 0x801c829fd0e4378c
	.quad 0xb7800000f9fcb63b, 0xc0980000ff800000
	.quad 0x7750a0f41aa33393, 0x21293aa94a70c961
	.quad 0xbf9b3b759de54be8, 0x001037f4fff9580e
	.quad 0x9c131695392aa214, 0x8264d392c8334815
	.quad 0xfed15820bfc47c00, 0x9e3926aac239a5d3
	.quad 0x4020000001000000, 0x7e008e60b2c0f400
	.quad 0x6754da76c5f8f032, 0x80000000bc6de90e
	.quad 0x628d3158fe4ea992, 0xc02eeff159800001
	.quad 0x18a096b0fcd79e6a, 0x2c855cc4d6b00691
	.quad 0x40b0000000000000, 0x43610c0f7f83917c
	.quad 0x95136ab721884d96, 0xf2be2e297e800000
	.quad 0xc11045697ff69c9b, 0x52eea9d02edfbfbe
	.quad 0x4015000000000000, 0xffc00000c3def99f
	.quad 0x40752a9a68fcd882, 0x49f888fcbeffbefd
	.quad 0x3fbd875aba6fa9ac, 0xc00231d646f5adfb
	.quad 0xa29790481f5388f9, 0x73b86048df800000
	.quad 0xfa52968fff827ff7, 0xcaaf65a07c45e5af
	.quad 0x320b79c0228583ff, 0x3fb7000000000000
seed41:
	.quad 0x2fa85f23889b810e
	.quad 0x000000007fffffff
	.quad 0x20598a1d5bd76b7e
	.quad 0xb1bc677f390414eb
	.quad 0xcc89ac9d4e260802
	.quad 0xfffffffffffffffc
	.quad 0x0bcd1fd639094890
	.quad 0x0020000000000001
	.quad 0x2bc77f64eb64e6b6
	.quad 0x7fffffffffffffff
	.quad 0x617deeefd9ea2e51
	.quad 0xf16750c762cc82c1
	.quad 0xfffffffffffffdf6
	.quad 0x7ea003def1e73d8c
	.quad 0x000000000000000f
	.quad 0x0a6cf412bc78f5cb
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x8708c0610da14a89, 0xc330000000000001
	.quad 0xbfffffffffffffff, 0x800fffffffffffff
	.quad 0x54b2c98df65f02f6, 0x6f10dc0277ccfc4b
	.quad 0x46abd07c09f7d03e, 0x7ff0000000000000
	.quad 0x411400006fc4ef27, 0xa505316f7f8bbf7d
	.quad 0x88c0baed532018cc, 0x019555f3bca8eccf
	.quad 0x8000000000000000, 0x014f2d2b09d88868
	.quad 0x3e77106c975957cd, 0xc080000080000000
	.quad 0xe1e28431ab1229cc, 0x567c2324ff7fffff
	.quad 0xff80000080000000, 0x846d06cb2b1b0200
	.quad 0x75f808d47f800000, 0xfb8ff38e7f9fd936
	.quad 0xcb73a46bcb9b27b8, 0x002b8c43c38e110c
	.quad 0x4000000000000001, 0x61391e507ba67cee
	.quad 0xed546e78be47ba4d, 0xc3d1c644ff90e2e9
	.quad 0xc007000000000000, 0xf8e4b2e641e223f3
	.quad 0x8346b57045cc9854, 0xc270000000000001
	.quad 0x91574da5a4dcbffe, 0x41220000fd3ec590
	.quad 0xf08b0da8b90e45d7, 0x8000000001462c14
	.quad 0xfff0000000000000, 0xffa1a598a60002a2
	.quad 0x03eac6257fa723fe, 0x0021d4f0eeab26e2
	.quad 0xff80000080000001, 0x9b98b531cc1aeff1
	.quad 0x99524e90a6fe4d65, 0x7301639afc6dcefd
	.quad 0xc078000081411a8c, 0x16f78b71ff827981
	.quad 0xc7fffffe3dadb5a2, 0x61e429aeb88d2e02
	.quad 0xe5f1d3ccfff7f7fa, 0x3f78000000000000
	.quad 0x7f8000003ce8d909, 0x6ec290fe78919c68
	.quad 0x6e071cdf7f8fbbe5, 0x7effffff80000000
	.quad 0xfff8000000000000, 0xfff125d436de47d0
	.quad 0xc050400000000000, 0xefecdfa34362c2a1
	.quad 0xc012aad034d9fa13, 0xfc5500b8f46c0800
	.quad 0x68109ab9bef8fbdc, 0x4132000000000000
	.quad 0x9619f9f8151bc780, 0x8000000000000000
seed42:
	.quad 0x25dcf31d88992979
	.quad 0x07a534d46d47da92
	.quad 0x00060757ce6eaebf
	.quad 0x000000000000032d
	.quad 0x882e7b5f95116267
	.quad 0xfffffffffb812e36
	.quad 0xfffffffffffff3aa
	.quad 0xbe53945110f50d8d
	.quad 0x782be88e7c783e4d
	.quad 0x16b6e9ea88026314
	.quad 0xfffffffffffffcfd
	.quad 0x10f4f913c93f208a
	.quad 0xffffffffffffffab
	.quad 0x353d86f801c913c5
	.quad 0xfff7950495055c16
	.quad 0x0000000000000299
	.quad 0x05400000
	.quad 0x10000000
	.quad 0xc02d13e540cc0000, 0x5556c9d1ffc10586
	.quad 0x7e1cfa3aafcb532a, 0x23b22f5b7fbffcc5
	.quad 0x8000000000000000, 0xbffc000000000000
	.quad 0x435ba35d1237a2b5, 0xe20580c3efba3c01
	.quad 0x4051ab1bab8887dd, 0xfe071f20c0282074
	.quad 0x00000001c3ea454a, 0x3f1471ff8564c528
	.quad 0x3fe5bf2ec16ab675, 0xc2f33f6fc16f7f15
	.quad 0xfff424c9e73890f9, 0xdcbcbcb066f97ac4
	.quad 0xff8000003f14e22f, 0xc06c9e78f2233cb7
	.quad 0x5d095f26fffeff0c, 0x7fd1342bff36adf5
	.quad 0xb384c37bffcba1b8, 0x6101a571f13ec800
	.quad 0xfc5dad7563b6baac, 0x83e1a8c043b92c4f
	.quad 0xbecba598fe5aff4a, 0xffc0000080000001
	.quad 0x7ff63670a439115b, 0x5aa334d004a2c6e0
	.quad 0xbd6d364e7fb3c4fc, 0x8048823e47800000
	.quad 0x45d58fce47cb1d7a, 0x7c16f6a59fd1c7ab
	.quad 0xfff5535f1869c22f, 0xf1ec1eb07a4ddfef
	.quad 0xfff0000000000000, 0x405650d31c1d4c14
	.quad 0xc078000000000000, 0x4e26fab2ff3f7ccb
	.quad 0x82cef7836e7fffff, 0xbfdbb01f73821a86
	.quad 0x0e99c5712af06cea, 0x93bf60eaff3edecf
	.quad 0xc160ede752453c00, 0xfff0000000000000
	.quad 0xbdc05b7300000000, 0xe3843570d7cb8573
	.quad 0x802fffffffffffff, 0xd419a9e1cc503ade
	.quad 0xf95189748ad1aa7c, 0x4172885872f2cb98
	.quad 0x84b7a137f3306744, 0xa21a3cbcf4eac38b
	.quad 0x25acc54cc3457b8a, 0x461f52103d9d68c1
	.quad 0xff901fe9b7000000, 0x0000000000000000
	.quad 0xfdd0b5aa44d687aa, 0x7fe0000000000000
	.quad 0xfe35cb39d9752159, 0x4695b98ba1be9fff
	.quad 0xe7219601a2057b10, 0x000b87975ca85e13
	.quad 0x244dd30384183d0e, 0x25075449627d4e6a
seed43:
	.quad 0xceb1cce8bd5c6e8a
	.quad 0x00000000000001cc
	.quad 0x2ca5da57a813a067
	.quad 0x00000000000002b8
	.quad 0xff9e972102dca033
	.quad 0xcfcfe071c835d6be
	.quad 0x00000000ffffffff
	.quad 0x1c0cac9d68e645e4
	.quad 0x0003eeb60a28527c
	.quad 0x0000000000000184
	.quad 0x5629b6545a687e89
	.quad 0x000000007fffffff
	.quad 0x0000000000000028
	.quad 0x9fa2d90f8be8d256
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x04800000
	.quad 0x40000000
	.quad 0xba140000c0000000, 0xff9bf480ff800000
	.quad 0xbfb0400000000000, 0xc240000000000000
	.quad 0x3fda4a7b3c4e30bd, 0xe5e2259bfb5e9df4
	.quad 0x3edeb00000000000, 0xebcbc7e45a14159c
	.quad 0x3fe42e5928128f31, 0x7fe3bfb340c80000
	.quad 0x3a7935fc3ccdd648, 0xffff707040a00000
	.quad 0x48d8128cfffbb6ff, 0x3f85b00000000000
	.quad 0xc05c119e144c42b8, 0xfff4ac4eb5a4f303
	.quad 0x93e563aa9424cafb, 0xc1060000cf7ffffe
	.quad 0x270d38d6f2adf7cd, 0xfc7d1044e4e9ec00
	.quad 0x839e052216690000, 0xfff0000000000000
	.quad 0x83b29af472b2d7cb, 0x4002bf467f8cc0b5
	.quad 0x8e85f81000000000, 0x7ff8000000000000
	.quad 0x400d000000000000, 0x8048f71b9d8ae8df
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0x7f00000043d7d4a9, 0x879848fc7f800000
	.quad 0x820be0bc29980547, 0xfdb56f3baa08ce3f
	.quad 0xaf4a7d35bede7e00, 0x0000000000000000
	.quad 0xa513002864ffffff, 0x77ab42d23e000000
	.quad 0xead56f6d79b08eff, 0x20a3c9d9fff74ff7
	.quad 0x3fa0000000000000, 0xff8111338041cd0f
	.quad 0xc028000059a96214, 0x5584463300000000
	.quad 0xb41f676ebfd4fe5c, 0x05da7537ffc00000
	.quad 0x7ff0000000000000, 0x800fffffffffffff
	.quad 0x40bca9024f000000, 0x4112800000000000
	.quad 0xfff7955e57299b60, 0xc2902cc999a809e6
	.quad 0x3e758c1dc2b83dd2, 0x539ed9cbc7f45321
	.quad 0xbe3d3d8afe68af4c, 0xa91ad16e7a1bf8f7
	.quad 0x899a7081d29e436e, 0x0a088d5b7f8ce120
	.quad 0xfff6c0edbd80c77d, 0x00000001098f4402
	.quad 0x7ffb369dbb7fbb42, 0x03b6eb1c10ed4a0f
	.quad 0x5d55b25f9c880cb8, 0x97a8acfb292a3970
seed44:
	.quad 0x97c92252003b18d3
	.quad 0xfffffffe1324f37d
	.quad 0x000000007c3d2a82
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0xb2b261f6c4108423
	.quad 0xca2f7964f3c6473a
	.quad 0x009fd811a211f7d9
	.quad 0xab802a4265cee821
	.quad 0x7799b60189594c25
	.quad 0x9740588bd7eada40
	.quad 0xa7aa5b018e32d1b7
	.quad 0xffffffffffffffff
	.quad 0x251c0288f4135a8c
	.quad 0x01f189645dd7d4c1
	.quad 0xfffffffffff89642
	.quad 0x03800000
	.quad 0x40000000
	.quad 0x4023000000000000, 0x42d10667c0d80000
	.quad 0xb358477ea9a83ca9, 0xffd90261cdd83946
	.quad 0x7f800000c8000000, 0x7efffffffcd3eac3
	.quad 0xbf8ee6912eacbd4d, 0x898c4a0cde84fc00
	.quad 0x8efd996d7fb37eff, 0x8fb06dd0949bfb80
	.quad 0xfaabb73029a84502, 0x7ffa4df20a075e26
	.quad 0x43caf9b7d9ffdb3e, 0x804fd110c9bf0000
	.quad 0x11ae082cc49c31c2, 0x40e8000015608192
	.quad 0x40821bf700000000, 0x3fadc3b0f8940bc6
	.quad 0x13bec2868f399dd7, 0x43ffffffffffffff
	.quad 0x7e88db048902bb24, 0xc75ea3ef5abb907c
	.quad 0xbed908a3c2bd95d9, 0x802192608ab66c0c
	.quad 0x1d46ca5a80000000, 0xb3b4f8dc80000000
	.quad 0x5703d8a03fcbfbce, 0x29a89f48ffbef7d7
	.quad 0x266f98989cb18580, 0xec8017bbd2fe7f7f
	.quad 0xfff8000000000000, 0x33a79a97584b74fb
	.quad 0xe85372c733dd1e33, 0x57fc2ffad20cfc00
	.quad 0xc0cc800000000000, 0x2a3fd87518c8fb0e
	.quad 0x7f00000078e6ec4e, 0x7fc00000004d7143
	.quad 0x0000000000000000, 0x7dd90efd5f288947
	.quad 0xfed2027a9ebdcb24, 0xc9dbe61200207388
	.quad 0xfff708b93525f550, 0xbe59506840f40000
	.quad 0x140e7ee17d197c00, 0xff8000007fe2e34a
	.quad 0x1c550251ffc00000, 0xfe1842f86bd4f28c
	.quad 0x4011800000000000, 0x3ffc000000000000
	.quad 0xffdb7e07c0fed52d, 0xbf7dd392c35b7f2f
	.quad 0x3cbaa3f5800924f0, 0xbee3000000000000
	.quad 0x886b5d12ffad79d4, 0x007fffff3b2d9b6f
	.quad 0xb64850a2f7fe53b0, 0xb4bc77160f89cbf9
	.quad 0x54d9a4057fb4fc00, 0xc0a8000043bfcc25
	.quad 0x2d80a6f03d44b637, 0x7ff0000000000000
	.quad 0xbf5c000000000000, 0xc1ce7d763ca9f11b
seed45:
	.quad 0xf971f1da2376f773
	.quad 0x2d857fa65ad293d4
	.quad 0x0020000000000001
	.quad 0xffffffd8bfc7d4ca
	.quad 0xffffffe7871ee549
	.quad 0x000000002e69fceb
	.quad 0x90462fbd0a351fe1
	.quad 0x0000000001000001
	.quad 0x03e7255343d577be
	.quad 0xfffffffffbb9ebee
	.quad 0x3d1f88cb8fc1b8db
	.quad 0x00002afc72b559dd
	.quad 0x5abc4f333a2349ee
	.quad 0x7082557b0ffc69d6
	.quad 0x0000000080000000
	.quad 0x255410e58fac8ae3
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x802013cc14018552, 0x70cd7b97ae94c180
	.quad 0xffa30b9ad7bd19ea, 0x7fcd339c7faa9741
	.quad 0xc09400007fa3c29c, 0x7fc00000a2de4b56
	.quad 0x407000007e800000, 0x0020000000000000
	.quad 0x55febe3a433806a1, 0xc31acbea007f455e
	.quad 0x0a52e55a25864880, 0x125c1591cdebcdb8
	.quad 0x00000000c18a1702, 0x970a7c123febbaf9
	.quad 0xbfc076b96d5f9ab5, 0x08e00b2141498000
	.quad 0x43adc87bec170f9a, 0x0162e05ddeff7bfe
	.quad 0x0bd63b2cff800000, 0xc3d873875b4c5914
	.quad 0x3fdeae8effa470da, 0x410c0000f79394c1
	.quad 0x401b000000000000, 0xbf38000000000000
	.quad 0x6396ac1ad110fb55, 0x3c3c0f76bcb77c00
	.quad 0xffe5df9117277c63, 0xfff0000000000000
	.quad 0x5571f1db8e257e4e, 0xe4108da0cb59977c
	.quad 0x8368eaafeb062c94, 0x869689bd96ab3996
	.quad 0xff99b57212da154e, 0x7fb587d0b5099f9b
	.quad 0x7e8f4f081fbf84a5, 0xfff8000000000000
	.quad 0xbf308d6c3f400000, 0x938f5ffbcaffffff
	.quad 0x45d6b8c8febddddc, 0xde75a336edb413e4
	.quad 0x5c4d585ded59b2f4, 0xfff0000000000000
	.quad 0x4102644d7f800000, 0xae953012bfbf83a6
	.quad 0xbf716e3ca2d70dae, 0xf99a8bf24ffffffe
	.quad 0xdf1bed581afeffff, 0x7fb67a131074ee3c
	.quad 0x7ff0000000000000, 0xec200dfeffc444c0
	.quad 0xdf8000001c885d7d, 0xfff0000000000000
	.quad 0x4340000000000001, 0xa9052fe8da157814
	.quad 0x9a564c53be4305ee, 0x41530d6998ff69c0
	.quad 0xbfbe000000000000, 0x6c7d726ef6477437
	.quad 0x03cad18f92d6829c, 0x0000000057577ca9
	.quad 0xfff8000000000000, 0xffc0000000000000
	.quad 0xb40b96378c71bf82, 0x80000000ffa3cdbb
seed46:
	.quad 0x40f4f7edd65b67f2
	.quad 0x00000000ffffffff
	.quad 0xe7fddd7f06624df7
	.quad 0xecb8d2dd9858877e
	.quad 0xfffffffa30fe6c79
	.quad 0xffffffffffffffff
	.quad 0x000000000000012d
	.quad 0x8000000000000000
	.quad 0xb0eb3eebbec4b9c8
	.quad 0x8000000000000000
	.quad 0x0000000000000013
	.quad 0x731b755932929891
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffffffe7
	.quad 0x000000000000014e
	.quad 0xf32bfeec991030fd
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x7f1483c1bf2c833f, 0x80fdcfd79dab7a14
	.quad 0xa9711aabff27f6b3, 0x3c3a028766976dfc
	.quad 0x4d4440073fc00000, 0xfd22f143ffffff37
	.quad 0x7f8000007fa46843, 0xda72c44daad30371
	.quad 0x0000000000000000, 0x464000007fbddac7
	.quad 0x0619ca5355027850, 0xb98000003c3f22ca
	.quad 0x165190483cd9f4bf, 0x0000000000000000
	.quad 0x9da0f07f3ca67792, 0x06408ad9321a5aaa
	.quad 0x41251f245cdf7f18, 0x5cbf6586ffefffcf
	.quad 0xbbeba110feffaf42, 0xc0585b220dab9ffb
	.quad 0x5eaee0dec77ffffe, 0x8378104d8486e500
	.quad 0x3769390da3d66c1c, 0x713f61539b2d3cc5
	.quad 0xc1b685f45f800001, 0xfff0000000000000
	.quad 0xfe7f698f80000000, 0x411fffffffffffff
	.quad 0x0086455248ccf09c, 0xf8930cdeffed7d7d
	.quad 0x0f0e757cffc245a0, 0xfff0000000000000
	.quad 0xbfd2af117f000000, 0x3a241d2098b4b000
	.quad 0xf4feaea87fdbfea2, 0x35c95be5ffbe8000
	.quad 0x7facc290ff017b2d, 0x87be9efa00469da8
	.quad 0x3f13429b67e33524, 0x0074a5cebc4bbe0e
	.quad 0x0020000000000000, 0xb7e30000c0e80000
	.quad 0x8060e3e8ddda45d7, 0xb98d6531f83f705e
	.quad 0x7fcde4fdc2b38c53, 0xc2cc32d4c9040000
	.quad 0xff63c7a53a351fed, 0x8000000000000000
	.quad 0x5a78a27280b051d0, 0xffe0000000000000
	.quad 0xff800000ff800000, 0xffbebac899bae3ee
	.quad 0xc12000007fe1d821, 0x5f000000c1792a8c
	.quad 0x6408bba81c260200, 0x7fc00000c0103562
	.quad 0x7f800000ffc00000, 0x0276406f689c0800
	.quad 0x8846cd237fc52e4f, 0x2ceda39694f87311
	.quad 0xddff5053d2da7b4a, 0x3d34d37880000000
	.quad 0x9790bd26f39e7ab4, 0xe35b9317e7f919e6
seed47:
	.quad 0xfffffffffffffafc
	.quad 0x287010d10d3c0d88
	.quad 0x17bf0a200bde0b12
	.quad 0xd436f8da4dc2de9e
	.quad 0x8f658f277d782f50
	.quad 0x6541a9c17e4a73e9
	.quad 0xfffffff901d43114
	.quad 0x0020000000000001
	.quad 0xffffffffffffff45
	.quad 0xccdb4706e7308829
	.quad 0xffffd396d420da22
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x1d45b677a6f24b65
	.quad 0x0000000000000268
	.quad 0xcb3cda1d0f7efcda
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0xc46d0000ff82e35a, 0x3c760000d9800001
	.quad 0x3ed0000000000000, 0xbf9b0c1d40e00000
	.quad 0x7d24562b7f9472fb, 0xbfb67b36e350ad55
	.quad 0xffafd50d80b6f9b8, 0xfcaac1c6785fea1a
	.quad 0x0599db5501000000, 0xc68c0000dfffffff
	.quad 0xff800000778426d6, 0xa2ca5cf88fc4f609
	.quad 0x82c3bdfa0555e3dd, 0x7fc000003ec00000
	.quad 0x0c425965ff877d92, 0xd21c4bd4edaffb09
	.quad 0x81d99b7307114643, 0xf1f32895ac7c51c4
	.quad 0x402c1287cac19dea, 0x9552a508ff16e933
	.quad 0x80000000bc800000, 0xc024000000000000
	.quad 0x55c00b956ba44600, 0x5e65deeecaf10000
	.quad 0x8028f79021065762, 0x84b318f9bfdf2bbd
	.quad 0x890413bcc3c58ab0, 0xd980000180000000
	.quad 0x0000000080800000, 0xffc0000043fba45a
	.quad 0x401c000000000000, 0x00000000cfffffff
	.quad 0xd98000008355bafc, 0xc00e034bda862d43
	.quad 0x65d8e46f6ee07ec0, 0x817a6b0c2bba0744
	.quad 0x9fb9e54d4bb625da, 0xbfd41c641918dfb8
	.quad 0x8000000000000000, 0xbfe0000000000000
	.quad 0xbf80c65a8cdd4989, 0x83c062db52c5f7f4
	.quad 0x630a7735b7d18330, 0xc3be8f4c40000000
	.quad 0x7fa595d2817fffff, 0xfa0707e67f800000
	.quad 0xbb59199dfd1f3d00, 0xd959aebbc09c48c0
	.quad 0xfa6abf4d4f7fffff, 0xff9065dc52468953
	.quad 0xfd69d861873e8000, 0xbf19400000000000
	.quad 0xed28c108f5adb90a, 0xeec9ab84f3bf7dc5
	.quad 0xdcb68af9bf1e21eb, 0xaf7e1bc2fff678f7
	.quad 0x3e0000007490de38, 0xd1cdd4ed79c8fe00
	.quad 0x2fceaa9003039c5d, 0x80000000005f2ca9
	.quad 0xd03d866c3f45a620, 0x7b8cc7651402950c
	.quad 0x80001dfb87c72677, 0xb13ac94dfe922788
seed48:
	.quad 0xffffffffffffffff
	.quad 0x000001a5a409b409
	.quad 0x1ec2970057ead479
	.quad 0x0000000000139b05
	.quad 0xaef1cc9307f98cb8
	.quad 0x7fd53d15ed6159e6
	.quad 0xf7656327960c43e7
	.quad 0xc13aa9eb8a23ba4d
	.quad 0x00000568c9955905
	.quad 0x6113552889ecb363
	.quad 0xfff7cf57037393ad
	.quad 0x000056e98ad122f9
	.quad 0x48632bacfa73226f
	.quad 0x0000000000000001
	.quad 0x00000000000523a1
	.quad 0xfffffffffffffc5f
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xcea15edf69aafd6d, 0x7668a2199c4c5f0b
	.quad 0xfff8000000000000, 0xfff0000000000000
	.quad 0xcc90aefeffd7b9b2, 0x7477171300ffffff
	.quad 0xc04f041485aec463, 0xffdfffffffffffff
	.quad 0x7f84655d3e2cae7f, 0x822eaf99a09313f5
	.quad 0x0000000000000000, 0xc03d5fb26695ce32
	.quad 0x60201fc37fdb1cf6, 0x7e26526432616a6f
	.quad 0xaa21c909ea56b46b, 0x40d800007572bdc4
	.quad 0x00000000009a410c, 0xbfd7dfb54e4afe7c
	.quad 0xe2b4a3d4fc46db8a, 0x400c000000000000
	.quad 0xfff0000000000000, 0xc015000000000000
	.quad 0x846358ac4310901a, 0x8075e9857fc00000
	.quad 0x416978f7ff800000, 0x01520e617f8809b3
	.quad 0x1296b33aa1f68000, 0xc00355f759ee96ce
	.quad 0xa64ee8d4cc383f2a, 0xcf800001c0e80000
	.quad 0xbed6000000000000, 0xd607f0077c66c5d2
	.quad 0x80000000797ebfac, 0x80377fa280000000
	.quad 0xbff0000000000000, 0x7ff8000000000000
	.quad 0x7f8ce1c1ff7fffff, 0x7fa613f0ff800000
	.quad 0x436f7e0898423c0c, 0xbfaff45e58183a68
	.quad 0x817fffffff5a9705, 0x1c72d297c06c41af
	.quad 0x4f000001c1244b07, 0xfff2ece31da6b300
	.quad 0x8000000000000000, 0x657d34675f3e9b39
	.quad 0x3d7e9aa23fc00000, 0x2a5204f4e63f7c98
	.quad 0x7fbadcee81000000, 0x424f8b4777414c4f
	.quad 0x9436ffbeffcef7ff, 0x10196e2b00bad8d5
	.quad 0x473624345d5da7a9, 0xbc4844f100000000
	.quad 0x8d95111b4036fc00, 0xc269cb8a8dadfd1d
	.quad 0x40f4000080000000, 0xbce6779a95237c00
	.quad 0x76c1c09effb8880f, 0x511c651b86386bf3
	.quad 0xffc845300002d3ff, 0xdfa5be208fe897d8
	.quad 0x7f9d9da98056bcf2, 0x57cd1ecd36057977
seed49:
	.quad 0x01e4e31bcf5af44f
	.quad 0xffffffff80000000
	.quad 0xeb1a82ea194012a7
	.quad 0x80623a4f0270dd9c
	.quad 0xfffffffffe9a13a0
	.quad 0x00000000000002e8
	.quad 0x47c7e6eccfd654a6
	.quad 0x0020000000000001
	.quad 0x0000000000a126c1
	.quad 0x56ba60e02a12dbec
	.quad 0x2fe6fb3a954ad997
	.quad 0xdfde996d26e2a0c0
	.quad 0x0000000001000001
	.quad 0xe916d580db9193e2
	.quad 0x00000000000000d1
	.quad 0x92c968dfe6bf23c8
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0x0d63262bdb73fd1b, 0xbf63400000000000
	.quad 0x83ce859e00000000, 0x800fffffffffffff
	.quad 0x0212d386d929e075, 0x9ce3ec5ead3de207
	.quad 0xfff8000000000000, 0x7e14e5d6511bb17d
	.quad 0xc340000000000001, 0x403851bd49606fb2
	.quad 0x1dc672907f97a617, 0x7ad4de84ffab32aa
	.quad 0xfff8000000000000, 0xc8598d8e7fddc600
	.quad 0xbfa050dddc496436, 0x0eae8047d401c700
	.quad 0x7eb43a37acbe295c, 0x7f800000bcf96b13
	.quad 0xfec7a6a6bb938e58, 0x0000000000000000
	.quad 0x291fd2fc43e00000, 0xffe7f07df72b1d13
	.quad 0x69da1d5073da15a3, 0x9ce77c8909b0f73b
	.quad 0x3ff07304b7a32849, 0x7facb3f8814c54f6
	.quad 0x7ffb03fdf0dece5e, 0xddeddfa4fbdfdfbf
	.quad 0x0000000000000000, 0xf4fd21b8ffa6d3bb
	.quad 0xda7ffffeff7fffff, 0xc000000000000001
	.quad 0x6e117b35373a0000, 0x551498767f9a0b48
	.quad 0x7348a85cf0c7a75b, 0x5cd4d80c43f7dffb
	.quad 0x4001ab0da8d2f270, 0x889d65947f98c8ce
	.quad 0xbbc6a0645941c8b0, 0xbcac3737ec12c68a
	.quad 0xc029afb8b359cecc, 0x3fc8643bc1813282
	.quad 0x00000001ffe21547, 0x7e0686597f58d16d
	.quad 0xfff8000000000000, 0x62066831ffd50616
	.quad 0x054305cd7f74e9d3, 0x51679a187b0f8a4d
	.quad 0xffa70c4f6f5864cb, 0xbfe0000000000000
	.quad 0x56e8a1e125bffffe, 0xc387cf39ede7702b
	.quad 0x7f80000098313119, 0x6193491f14227953
	.quad 0x3d9d3a657fc64023, 0x0000000080000000
	.quad 0x1b0361ecbf5e4c1c, 0x092116e6d3efe7cf
	.quad 0x1d9a00c1b13cf969, 0x434fffffffffffff
	.quad 0x7f80000041980000, 0x0000000080000000
	.quad 0xc0f000007fc757b8, 0x6d3da1087f000000
seed50:
	.quad 0x6ca88d2ef299ebca
	.quad 0xfffc74a6d15f5dd1
	.quad 0x0020000000000001
	.quad 0x000000000000010b
	.quad 0x00000000ffffffff
	.quad 0x95ce8243ac2aee4d
	.quad 0x277654e572e1793a
	.quad 0xfffffffffffe705a
	.quad 0x2eb2803ab1d72afd
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x00000000000000b0
	.quad 0xffffffffffffff0b
	.quad 0x478031615336bd76
	.quad 0xdc55b98e9eb08b4d
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x47b00000fffc95d4, 0x5f800001fff4e334
	.quad 0xd5696e72417ab974, 0x3bfd150e92697fdc
	.quad 0xbf8118f0ff800000, 0xc0b2f960bc95e96b
	.quad 0x3d70ed4a92d9f677, 0xbdffc7e83f800000
	.quad 0x7fe77e40ffbda229, 0x57bfff1b08d7fde2
	.quad 0x002fffffffffffff, 0xc2b3fd7940f6c92d
	.quad 0x8000000000000001, 0x5ca971a5f7d7fff8
	.quad 0x3e40421940280000, 0x6e879c7cff9ffbff
	.quad 0x004bcb153e5d043e, 0xfff8000000000000
	.quad 0x8687ab9b9ca23682, 0x7ff0000000000000
	.quad 0x20da277cffb37fb0, 0xf311141c94a57c00
	.quad 0xbc87d8685f0a7f51, 0xfff8000000000000
	.quad 0x7c5cf6304a519c47, 0xfff0000000000000
	.quad 0xffe0000000000000, 0x42bac2d540b80000
	.quad 0x3638000044600000, 0xccbe389c84867d1e
	.quad 0x7f3949b9248824b8, 0x3d08c1540a16c600
	.quad 0x791c36e238517928, 0xc0548574765d280e
	.quad 0xc11f77a7989cc240, 0xc010f0c671272cd6
	.quad 0x686b8644ffcc9b54, 0xc4e50339ffdaf7ff
	.quad 0xc0e00000bf800000, 0x4567118effd77d39
	.quad 0xcbc08c07cf7cfbc5, 0x4f0cf21d36fbb27b
	.quad 0xbe2cf6cbbf85f6c5, 0xbe811b41b7608000
	.quad 0xc013800000000000, 0xffbcc624a36c40df
	.quad 0x3de9af54fe8d74bf, 0xbeddbebf9c6eb5c6
	.quad 0x7e6b6c92c349fe0a, 0x67094b671cfffdf1
	.quad 0xfc6cd106fff7ef71, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xc050c5f5c57774fc
	.quad 0xff8000007fc00000, 0x7fd8ff42e7a1d767
	.quad 0xbba78cc780000000, 0x3ce65df37ee33ba3
	.quad 0x3f86adbf1e4337af, 0x00800000c2d7c2ec
	.quad 0x833c106b1875de5a, 0xa9583236f3188b14
	.quad 0x5e3949bcee77fe0b, 0xf304023548ef3d1f
seed51:
	.quad 0x000151724848ee97
	.quad 0xfffffffd65c4ed8a
	.quad 0x00000000ffffffff
	.quad 0x0001679e3fe699a6
	.quad 0x00000000000ae61b
	.quad 0x0ea83000f350dc7e
	.quad 0x318565a957bd30d6
	.quad 0x000c0d2b0d32a780
	.quad 0x0000000001000001
	.quad 0xbf990c5bf8981aaa
	.quad 0x000000000000039a
	.quad 0xfffffffffffffd24
	.quad 0xfffffffe9e2cd417
	.quad 0x2a7640b6a963deba
	.quad 0xfffffffffffffe39
	.quad 0x97d4298792a26908
	.quad 0x03c00000
	.quad 0x30000000
	.quad 0x2537e393db9d0000, 0xfff8000000000000
	.quad 0x40349a05191ee6f4, 0xc118000000400000
	.quad 0xc832000060d87e6d, 0xc023c00000000000
	.quad 0x004d0a18bcd00000, 0x475a80007fc00000
	.quad 0x79ba6a1540b00000, 0xffb800f90719d7ef
	.quad 0x4098000080000000, 0x99fe13a06833bb4b
	.quad 0xbb2baaa3974bcfdd, 0x406becae409f759f
	.quad 0xc0fffffffffffffe, 0x835708c3f41e8eba
	.quad 0xf009730b1e1ec611, 0x7ff8000000000000
	.quad 0x0000000000000000, 0xc3f0000000000000
	.quad 0xffb1013300000000, 0x89d956a2bbd4067c
	.quad 0x802fffffffffffff, 0xfff0000000000000
	.quad 0x00400000660b739c, 0xe15bfddeea7bff8f
	.quad 0x411db42641200000, 0x7ff0000000000000
	.quad 0xfcfa72b0bfd4fb88, 0xae45fcb67fffefa2
	.quad 0x91f87cc4ba2f3df7, 0x402cd1dcd183b3f7
	.quad 0xbfa4e71b3c4d5a4e, 0x738e29ac7cd61241
	.quad 0xd56c5736defdefbf, 0x3f91ed22ed9bd3a9
	.quad 0xc040c21b2ea60819, 0xeeaf1ca07573febb
	.quad 0xd63adbd6605a956f, 0xe4f2f48f3f400000
	.quad 0xfff5172899620173, 0xfff0000000000000
	.quad 0x7f800000dbde27c4, 0x9bce4faedf663ec7
	.quad 0x7ff0000000000000, 0xbfdd600000000000
	.quad 0x8000000000000000, 0x80ffffff41100000
	.quad 0x0f5aa978ff800000, 0x7fd35be947e892e2
	.quad 0xfb90a07ac17fbd4f, 0xc010000000000000
	.quad 0xbf1b4df1bcc1d989, 0xf5390170061bfcbf
	.quad 0xffbdc4cb40800000, 0x1db2191baddaf7ff
	.quad 0x7f8ffd2cbbaf6603, 0x40e0000000000001
	.quad 0x9eb849d8df3e7da9, 0x95b67fc9ae7cba13
	.quad 0x666dc5508052261e, 0xea8c43ab09de0ee0
	.quad 0xc54da639deed7d55, 0x017fffff423c1799
seed52:
	.quad 0xfffffffffffffe27
	.quad 0x8f322ee72c115f52
	.quad 0x00000004e675ef37
	.quad 0x3b25f5002461a93c
	.quad 0xfffffffffff887af
	.quad 0xd96414d1b01e33ba
	.quad 0xffffffffff77e7dd
	.quad 0x6c6f7c09012de89b
	.quad 0xffd9d808dd9e46ab
	.quad 0x06dbd63e3f129f54
	.quad 0x8310f22aaa7237ee
	.quad 0x00000000000001c2
	.quad 0xa54ce227d650b8bb
	.quad 0x0000000007108aea
	.quad 0xffffb1220041e805
	.quad 0x763b71ed9108d2cb
	.quad 0x06400000
	.quad 0xd0000000
	.quad 0xa476516efee8b546, 0x7d88fec298887da2
	.quad 0x92b8157625305075, 0xc0da22bbfadc7af5
	.quad 0xc00000017e800000, 0x430cd480f7c5d800
	.quad 0x3f935a0a4baf59a5, 0x3f7227e780000000
	.quad 0xffd0000000000000, 0x13f8638b735ef300
	.quad 0x470000013d9c356d, 0x59ffffff7e7262fe
	.quad 0x5aa6d2f0bf1bd757, 0x0000000000000000
	.quad 0xef6c670bcf000000, 0xcef8c8d3aa98ee88
	.quad 0x80307232aa74fe70, 0xb0163d8c5fa54928
	.quad 0xffae8792ff800000, 0xc012000000000000
	.quad 0x41efffffffffffff, 0x08bb825d05cf0c27
	.quad 0x7f96c96d7f800000, 0x7f80000000000000
	.quad 0xdfc79863c31e0df3, 0x942fa82bc135717a
	.quad 0x7f8d831bbc94eec3, 0xc20845b5c3049695
	.quad 0xffa5cbddfffafa39, 0x4a7e0a925e20b1e3
	.quad 0xfff272670ecdfb23, 0x59dd3b2fffc71488
	.quad 0x7fc000003f619a54, 0x083b5ab13b8f5169
	.quad 0x40f0000000000000, 0x96bfc6dbf977f37b
	.quad 0x856b34fa52c1bddb, 0xcfe2118b17fb075a
	.quad 0xf354a4a774195162, 0x3fccb375a19dcc7f
	.quad 0xffe936809ac7be8b, 0x00400000009f0f0c
	.quad 0xca2ce042e66bedfb, 0xbf7c77af46ac2dae
	.quad 0x40b00000c7ffffff, 0x0789b197cd5bfbf1
	.quad 0xfff0d57871d2fbfd, 0x41180000fc990ece
	.quad 0xd576fad6f5e88000, 0x000265aa8a8c0ce9
	.quad 0x2472a0cef3a7214c, 0xbf937cde1c6a4290
	.quad 0x41df0000c92525f1, 0x0fd6ab3cfff7fcff
	.quad 0xff800000800df396, 0x8c028f7500000000
	.quad 0xce974c34657481cb, 0x8901796e3f4385df
	.quad 0x00ffffff4f8c9f20, 0x3711be558e2db8ae
	.quad 0xf49ada42133221fe, 0x40268438a01b6fa6
	.quad 0x16b21f66bc22c680, 0xfffacfd4d7934131
seed53:
	.quad 0xfffffeefb6d7ebee
	.quad 0x8f942a5861a184fa
	.quad 0x000000007fffffff
	.quad 0x2676ee884d4c66e9
	.quad 0x0000000000000000
	.quad 0x00ebecd61c97b27a
	.quad 0x000000000000056c
	.quad 0x000000000000032f
	.quad 0xffffffffffffff59
	.quad 0x000000000000031c
	.quad 0x3655b70b1938ad08
	.quad 0xfffffd1c22a76295
	.quad 0xffffffffffffe07e
	.quad 0x0d98d8babd238c26
	.quad 0xfa70f65133e82ccb
	.quad 0xbd504345ed1af156
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x3dcae42f564d7b64, 0xbefe00141317e45a
	.quad 0xff7c756280000000, 0x208fd8afcfb3ff5d
	.quad 0x86e18d587fc6789e, 0xbc9aead0f4c0fd2a
	.quad 0x8000000000000000, 0x0010000000000000
	.quad 0x2c4e1176df7ffffe, 0x40e729e4e7c85f76
	.quad 0xc5eeea92b1d6c50a, 0xc03535ca239d5c95
	.quad 0x411800000058ee13, 0x3272bf2f80000000
	.quad 0x7656a286a59cc2e7, 0x000cd39405ecfada
	.quad 0xf3b48ab700000001, 0x0f07e45a7f800000
	.quad 0x000b06483a2b2d34, 0x48ce28d546e2cbc1
	.quad 0x2a4aa8d09de9c9d4, 0xbcb02f213e339e32
	.quad 0xc74000006c0b7564, 0xd3fd52cddb969d18
	.quad 0xa70f04a717d425ac, 0xc1a8b3f2f67cfb7f
	.quad 0x00149175c10d3246, 0xe895c025ff967e00
	.quad 0x566fd48b2241b2ba, 0xfff14f44d84bc82f
	.quad 0xbff0000080584fc6, 0x97987c19e1fe8400
	.quad 0xbd98da78feffa7f3, 0xbc500000fffbea7c
	.quad 0xbf785355bfe3fb37, 0x800aa60b93c27185
	.quad 0xffd0000000000000, 0x401a800000000000
	.quad 0x6be3ae8da6a8c5f5, 0xc15c000097b69859
	.quad 0xce3e64abf0a8fc00, 0x4b741b5674bedf57
	.quad 0x43ac9de6ffae41ff, 0x402baf975ec4628f
	.quad 0xbc3bb8aa4b0b7c00, 0x408c000081082cf1
	.quad 0x7f80000080000000, 0x7f80000016c990f6
	.quad 0x3952b18fb8c663f7, 0xff216099aa281b4b
	.quad 0x0000000000000000, 0x410800003c4f11d3
	.quad 0x0100000040880000, 0x645460a0dbfff37f
	.quad 0x4b2e740a65bea92a, 0xf59540e4d7aaf044
	.quad 0x519571cb90b73766, 0x96b26edff1c6be59
	.quad 0xcad9bfdc79567c91, 0x0014a6a4dbe3f3c8
	.quad 0x64259caeb21877a1, 0x44c1008b186ffdfb
	.quad 0x65d40bdbff800000, 0x7ec4db57bfc0136c
seed54:
	.quad 0x1451e6f822881993
	.quad 0x0000000000000275
	.quad 0xffffff91b0af993f
	.quad 0xffffff664f4b3fbb
	.quad 0x5fd10f536efd44c4
	.quad 0x059cf0042e4a1b49
	.quad 0x000000000000010a
	.quad 0xffffffffffffffff
	.quad 0x00194908aa02bd92
	.quad 0x00000000217d9480
	.quad 0x834c0607ba799fc6
	.quad 0xbf898abc8c36795d
	.quad 0xfffffffffffffe53
	.quad 0x000000000000039c
	.quad 0xffffffff80000000
	.quad 0xa9ebddace53fd4a3
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x8000000000000000, 0x6951e6da1ca24c63
	.quad 0x800fffffffffffff, 0x8008fb0e1dafce03
	.quad 0x409fffffffffffff, 0x51461ebda6ba2f18
	.quad 0xff800000c1100000, 0x801fffffffffffff
	.quad 0x805d5ebec0f80000, 0xed6a3a8ff39bc0fa
	.quad 0x68e6cf878b0d45cb, 0x7ffd9e297fc00000
	.quad 0xffd0000000000000, 0xe9a933fa4cab9518
	.quad 0xf154838d9fc66c59, 0x43f0000000000000
	.quad 0x022908532fc9fa50, 0xfff31e0ec59f09b2
	.quad 0x7fcc9a90feb8ae97, 0xc5aa62bbb53dfc8e
	.quad 0xff800000ff910c36, 0x3e30000080000000
	.quad 0x7f800000434d0000, 0x8d397241b90ac02b
	.quad 0x5a0b328ad6bc7d53, 0xa5856e8c55ffffff
	.quad 0xffd217081371959d, 0x2445aa708dc8c440
	.quad 0x3fd6295dff924067, 0x800866cacea6e42f
	.quad 0xc340000000000000, 0x7fc000000095fece
	.quad 0x78bcc0e6da52dff2, 0x7102d201805f60f9
	.quad 0xf00679c83e808208, 0xefe7a3adf51babc2
	.quad 0xdf00000174d95329, 0x70af1828d4326700
	.quad 0x7ff702acf77ada2c, 0x06710e910fa4571a
	.quad 0x462b07bb86befefb, 0x80800000c35bc137
	.quad 0xff80000017098fa5, 0x9b85b97ebdeafc00
	.quad 0x001fcba3c0fc0000, 0x001be3c3c0000001
	.quad 0x96ddd877463581b5, 0x7ff0000000000000
	.quad 0x190bdffedc275f2f, 0x2272eaddffd6fdce
	.quad 0x96bfccba1a4503ff, 0x0b9b94c0eeee0cdc
	.quad 0xc04f79ee1cb83283, 0x43f506925f800000
	.quad 0xc00fb73b514e732f, 0x7ff3c57f76134622
	.quad 0x0000000000000000, 0xb11fa36b4ffffcfa
	.quad 0x7a4e6be1c1160000, 0x400fe378a091ef7b
	.quad 0x7ff699024f800001, 0x639444227e8211c0
	.quad 0x3600d445eeffff22, 0x8010000000000000
seed55:
	.quad 0x000000000000025c
	.quad 0x00000000000002c4
	.quad 0x01292c6b4dd696d1
	.quad 0xfffff76b8885d59e
	.quad 0x000000000000000e
	.quad 0x000000005dd0db9b
	.quad 0x000000007fffffff
	.quad 0x0000000007c5dbed
	.quad 0x03ba52d4c8f51a73
	.quad 0x6ad275f66f6a26ec
	.quad 0x70ebc4d0b19fd450
	.quad 0x00000000000003c4
	.quad 0xffffffffffffffe5
	.quad 0x387206a648961d2c
	.quad 0xffffffffffffffff
	.quad 0x31fb912f598d433b
	.quad 0x03000000
	.quad 0x10000000
	.quad 0x0350a8514d509250, 0x00400000408f1cf9
	.quad 0xfcabfe7508c8288b, 0xbfa4ff666cb3ece5
	.quad 0xc1ff766658324f50, 0x80000000ed172fc7
	.quad 0x7f800000ff800000, 0x746afdf84399c0ea
	.quad 0x400c000000000000, 0x830e7993cfffdde1
	.quad 0x776b8e8400400000, 0x1a7d58a8fff16850
	.quad 0x0fec0c189e761e01, 0x1da14be4c1100000
	.quad 0xdf00000040d5643a, 0x8cf4b75c5a000000
	.quad 0xfe80000059ffffff, 0x5ed952c2a4ffffff
	.quad 0x0000000100000000, 0x38dd59f1df5ac704
	.quad 0xb4928f07075f7a7a, 0xc1efffffffffffff
	.quad 0xb0669e5ae4409a17, 0xbb5ccb29ec417ed1
	.quad 0x40efffffffffffff, 0x7fc0000045cb4efb
	.quad 0x9d91e4b780000000, 0xfff90b2e98ef1f03
	.quad 0x035926c9d20a6439, 0xff5c6df1ffcdbdbf
	.quad 0xbe3f65a7610ca9f6, 0xc01c000000000000
	.quad 0x59ffffff80000000, 0x817f82e30088c403
	.quad 0xfff2a279c674e45e, 0xf47f24bdc06b6c26
	.quad 0xffd0000000000000, 0xc857d7741de030f1
	.quad 0x002fffffffffffff, 0xfb61bdef3cf17d13
	.quad 0x3f94d03700000001, 0x3f99cfbead4344b8
	.quad 0xff80000080800000, 0x7ff8000000000000
	.quad 0x3ffd97a70ed3da3a, 0x917f1d5900000000
	.quad 0x7ff8000000000000, 0x730f6e063fa00000
	.quad 0xbe63cfa8bdcb08fd, 0xfbea1c6b53bc236d
	.quad 0x7efd6c87e502134c, 0x7ff9d868297b626f
	.quad 0x3cfd1f1eff800000, 0x7f800000ffad30f1
	.quad 0x7fd37c2a745fbbfc, 0xffbc693b80000000
	.quad 0x83a8e17c6d781e6b, 0x834a3043a55e46d7
	.quad 0xc913ec13ffbf5aa8, 0x7ff4fa74c1c352eb
	.quad 0xc0e0000000000000, 0x7c950f175a06f2f0
	.quad 0x612c1586c91dfca0, 0x403c0392445eeb61
seed56:
	.quad 0x0000000001000001
	.quad 0x00000000000000d4
	.quad 0x38f546103529921e
	.quad 0x8378c101948976ca
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe74
	.quad 0x0000002a5f99e400
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffd
	.quad 0x000039053cafb2e9
	.quad 0xfffffffffffffd54
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0xffffffff80000000
	.quad 0x02800000
	.quad 0x40000000
	.quad 0x800e393d45cf1557, 0x0324e8ea8326e741
	.quad 0xbead382880000000, 0xc3e4d57bffc65eb8
	.quad 0x332eeef33e5d279c, 0x8000000080000000
	.quad 0xc0f0000000000001, 0x8546e7b826d55651
	.quad 0x42da798d90e12fda, 0xba0e0000436a4352
	.quad 0x5a0000003e7ed209, 0x00efec8c0055d718
	.quad 0x4cf0f8dc0aaf7c00, 0x7fdfffffffffffff
	.quad 0x49d7038a87180000, 0xc3a4171cbe9d6b5b
	.quad 0xb09220e1241630a6, 0x0020000000000000
	.quad 0xbbfe5d2e3dd98b8f, 0x22e09ac0980b25a6
	.quad 0xe3b5392ee856fd43, 0x03457f6586fb50ac
	.quad 0x8969eea4dffffffe, 0x402101ad1ae4e5a3
	.quad 0x870037f781000000, 0x800000017f9e12a5
	.quad 0x405f1bb30c82bd07, 0x3fd2c068c836bcda
	.quad 0x19fff2e0bdfebf4f, 0x759933e2725b3b52
	.quad 0x9073ffeeff4fa060, 0x40726d6b3b737430
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0xb9fdbe1bbf6f6dbb, 0xc801000080000000
	.quad 0x00554b1dc7174044, 0x3b80ac9396bd76ee
	.quad 0xc83720c4c9a40736, 0xed0b4643e1ffcbf6
	.quad 0x0089103c44cc0000, 0x201fa923901ca4af
	.quad 0xd2cb46bffdffffff, 0x381bc15c7eac3b18
	.quad 0xb93db6c4953c9048, 0xa3d0e4ffa73c3ccd
	.quad 0x6cfd678dc00bc0c6, 0x7f4cd2e9ba0a2fd1
	.quad 0xb9bedefc81563800, 0xe6a78025072e7d68
	.quad 0x050d270d11890000, 0x805c1bd66356acb2
	.quad 0xc00c000000000000, 0x00411275a67a7c2b
	.quad 0x809438954ddbfe44, 0x5f80000000400000
	.quad 0x800fffffffffffff, 0x68b310f2bf6d0800
	.quad 0x0a0c821a8ecad809, 0x8ef0a55cff2bec53
	.quad 0x401a800000000000, 0xbfb5a00000000000
	.quad 0xfff191851d3d1754, 0xbffafd6b7aa2b1c7
seed57:
	.quad 0x0000000000000185
	.quad 0xfffffffffffffb33
	.quad 0x011a27ae6742efc1
	.quad 0x0000000000000399
	.quad 0xffffffffffffffff
	.quad 0xffb3a57735097fe6
	.quad 0xfffffe954bfed494
	.quad 0x0000000001284c18
	.quad 0x000006983f4db818
	.quad 0xe2b76a3bcde0c755
	.quad 0xad00c6fb833ddab3
	.quad 0x0000000100000000
	.quad 0x6e4ada529f10ddef
	.quad 0x79148d7acf40010c
	.quad 0x2a3486c3a0ab80f0
	.quad 0x0000057fd89a63d8
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x872bcb5c7f1dcfff, 0x1a71492d23bd4740
	.quad 0x735de6faffec49e1, 0x64dc62c87ffe7bff
	.quad 0xda235d839293eaa0, 0x7f800000fb493c63
	.quad 0xeef52fc96c08b0b2, 0x401a000000000000
	.quad 0xfeffffffb6713725, 0xfff0000000000000
	.quad 0xa17daa3c2e6f87ff, 0x8000000000000000
	.quad 0x86ab6d8e53b540d3, 0x6a2591038f13c557
	.quad 0xb7d3d636ffdef67f, 0xb2bfdd74e4e6183d
	.quad 0x7fd20121f21b8357, 0x3e71014e7f9631b0
	.quad 0xacaa13e2f45a9cba, 0xbc72f99c00000001
	.quad 0x0194b924d80abef1, 0x1e1392deffde07ff
	.quad 0x4067f9236808e05b, 0x1e580e70ffebd91c
	.quad 0xfef5137b007b61cf, 0x112909b57fabff67
	.quad 0xffe66d17c0200000, 0x719a9c0f626e7d8b
	.quad 0x175d4a9a78ee45c0, 0xe64516c1b6de4035
	.quad 0x807fffff3f3ead82, 0x59ffffffffa9df07
	.quad 0x039df612792cb52a, 0x40980000806063e6
	.quad 0x0476a9574281b14d, 0x3f8dc73b7d35baee
	.quad 0x1893a5c5c2102877, 0xb49dc7483a060000
	.quad 0xde90003021779f2d, 0x29b10a8e79e0fc00
	.quad 0x3d8e47ffffc00000, 0xc11c0000ffd1d852
	.quad 0xbfd37c5e876bd5c8, 0x8008f7e88e670092
	.quad 0xffc00000c0a3ec4e, 0xef868490aa5054b6
	.quad 0xbff0000000000000, 0x8040000000400000
	.quad 0xd198503acc2ffd5a, 0x817fffffc222656c
	.quad 0x62458d029e167da7, 0xc1b33a317f800000
	.quad 0xfff424c31b884edc, 0x71569cbbbfffffff
	.quad 0x4180000040c20000, 0xbd8c3a7c80000000
	.quad 0x07a0861d65ffac81, 0x27cca7957fc9c055
	.quad 0x40d8000000125283, 0x7d79da910a2878aa
	.quad 0x627b1d2851798bff, 0xbd2331995feb8535
	.quad 0xeb7a0662fbfffffe, 0x502431ad0b3ffbef
seed58:
	.quad 0x0000000079b0b535
	.quad 0x59828c5fe9f15a1e
	.quad 0xb5fcf81b4ccb172f
	.quad 0xd837d4d58a88a53b
	.quad 0x8000000000000000
	.quad 0xffffffffffed148d
	.quad 0xb084f507411e3737
	.quad 0xf9c3e702475e09e7
	.quad 0xffffffffffffffb8
	.quad 0x0000000000000071
	.quad 0x00011c20dbab4dda
	.quad 0xffffcf7b9e45b9e2
	.quad 0xf7f569aab6f27d59
	.quad 0x8000000000000000
	.quad 0x3b3effe07c0b0953
	.quad 0x000000039e8e125b
	.quad 0x01800000
	.quad 0x20000000
	.quad 0xbe341c6080b47c0a, 0x00000000bc8b605a
	.quad 0x4007737da91afc00, 0x800000017f800000
	.quad 0x7ff667a4df04d2e7, 0xff800000f7f6b2e5
	.quad 0x46bc01f73f5a0b57, 0x7c92a4b8f1ea4a08
	.quad 0x29324bc1ff930666, 0xdff7a3059cb71040
	.quad 0xfe7b510375152056, 0x8ce2f794d70b07ff
	.quad 0xf5c51800f7599e55, 0x7f800000ff7fffff
	.quad 0x62fdd5fefbf6a653, 0x4067b6747e46e0a6
	.quad 0x3ac6e343b5cbdf7d, 0xc07498e7c35c577b
	.quad 0x89688bd4acd7b894, 0xcb7927ea77bfaffb
	.quad 0xe3b4816954431ff6, 0x8014675d08176be6
	.quad 0x35c40000d0a95a35, 0x7c4a079fffc00000
	.quad 0x0000000000000000, 0xd14dda0dffcccef3
	.quad 0xff3f282888f8428a, 0x8128bb8bcc3ecfba
	.quad 0x0000000000000000, 0xf72b26db004bc788
	.quad 0x40216b5fd03f18d8, 0x2eb2972f4ffda928
	.quad 0x42e800008f2836a7, 0x72bf113e3f174c62
	.quad 0xcdd6030aac7d7d5f, 0x3fe16cc85e5c7171
	.quad 0x26cf8798f0365ad4, 0xc07fd4583fb9efdd
	.quad 0xffa6866bc0e80000, 0xfff0000000000000
	.quad 0xbff0000000000000, 0x8357e03efff7f894
	.quad 0xc0d80000bfe07aa7, 0x80238b71d8f15556
	.quad 0x57ffebd8ab056ed1, 0x095d9fe52e48d9bd
	.quad 0xfffeb5f5afcdaa69, 0xf9454a77ddb3fc68
	.quad 0xfe8b3b00963dadd0, 0x484d5bdf7ffddbff
	.quad 0xa53ebd246b9279e5, 0xfff3b41bf0f7e75e
	.quad 0xc20d9818ff7cf8ee, 0xc23fdba1371c0000
	.quad 0x8fc7db3f85882ad4, 0x3f863fdfff8d735d
	.quad 0xbe08f50781f27c61, 0x1f8463b7b37dfd6e
	.quad 0x2a3da3b5b8ab47e6, 0xffc0000000000000
	.quad 0x0a24fb06da7fffff, 0x7f4a35ad0cf7fcab
	.quad 0xffeb0662ffacf73b, 0xd785f4c774ff7c00
seed59:
	.quad 0x00000000161cc0d9
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x4ce3d845c71b4761
	.quad 0xffffffe41e524cf8
	.quad 0xcafc38da3fefeff4
	.quad 0xa606484056ad53ff
	.quad 0x000000000000000e
	.quad 0x9a7fe6416ba3fb75
	.quad 0x1c945df9e2412e8c
	.quad 0xae029a0f8bd7fc03
	.quad 0xffffffff301147ce
	.quad 0xfffffffe7508b864
	.quad 0x001aacc84f746abc
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xd4172c1e7fc7fce5, 0x000fffffffffffff
	.quad 0x7ff38bf5b56071c7, 0x8010d055c77ffffe
	.quad 0x4020000000000000, 0x1f2c90a003d37c3c
	.quad 0xff80000081000000, 0xc020746de0e25353
	.quad 0xfe9e055100000000, 0x42b43f9b183e95df
	.quad 0xf8a89d6f7f800000, 0x8008000000000000
	.quad 0x723ac0d700875234, 0x4a8aea30fbfecfff
	.quad 0xbf5600007f800000, 0x4330000000000000
	.quad 0x40780000ff9478e7, 0xbf0b53f8c0700000
	.quad 0x3fe444a44db270ba, 0x3fe8000000000000
	.quad 0x64545ab7fffedfff, 0x0000000000000000
	.quad 0x409fffffffffffff, 0x38e00000c0980000
	.quad 0xfff69abe92d9d83a, 0x19afb6deffcac890
	.quad 0xc053144a8a608000, 0x800fffffffffffff
	.quad 0xc0391b687f800000, 0x4f7ffffec7000000
	.quad 0x2a3289cd4ad234f7, 0x52cd30318775fcd0
	.quad 0x7ffd08ce2c44cd52, 0x8b6d19bdcd01254d
	.quad 0x012c26b14af13f00, 0x410800007f891605
	.quad 0xaab2c9de1531faab, 0x40acb9007f800000
	.quad 0x0a5bafb7062ffc00, 0x3bfb594500800000
	.quad 0x00000000bfc00000, 0x6b4978135acb371a
	.quad 0x1d428fde3ffffffe, 0x3fac6fcbcd4869c0
	.quad 0x7b59a2cf82e7ab94, 0x7ea14ff41a79c2b8
	.quad 0x6513ac2b27709ab3, 0x10c45ea580000000
	.quad 0xc064727c009ab9fa, 0x00000000bf27adef
	.quad 0x97fceccf6a144280, 0xc8400000780fed6a
	.quad 0x212368d850e05b9b, 0x290a6884e102f9e4
	.quad 0x2ebf60b08f660000, 0x4065466d1e8ed88c
	.quad 0x8000000000000000, 0x3bdcebe5ffbddf46
	.quad 0xedb51fce7431fe55, 0xc04c0fbb8cba8e8b
	.quad 0x1c2e634bfffe9f7b, 0xb3fae241fffe570e
	.quad 0x57def50158d90125, 0x2b79213b70db5091
seed60:
	.quad 0xfffff4753fdcad5e
	.quad 0x000000000000028b
	.quad 0x0000000001000001
	.quad 0x160c9a7895d3be97
	.quad 0x000000000034390f
	.quad 0xe94d9cea6c5861f1
	.quad 0x0000000080000000
	.quad 0xf5638029296a293b
	.quad 0x0000000000000131
	.quad 0x00000000000003d6
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd54
	.quad 0x00004cca857ffe23
	.quad 0xfffffffffffffdb0
	.quad 0xcbddfcfb7ed646bd
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x010000007fa92efa, 0x965fbff4ff7ffffe
	.quad 0x010000003cc85608, 0xbfa376c69af1dbb8
	.quad 0xc05a000000000000, 0x3ed0100000000000
	.quad 0x80000000e67b2515, 0x7858c3f8df7ffffe
	.quad 0x41e8b80cff800000, 0x01102088c013dc71
	.quad 0xfff0000000000000, 0xe72d47b1f80cb74c
	.quad 0x82e60cfef9caa5c7, 0xb3de5ecacbcf8000
	.quad 0xbcae6726006f57a1, 0xe63c0b56ef3fffcc
	.quad 0x3fa7834848ba3f16, 0xc3f0000000000001
	.quad 0x4112000000000000, 0x8024568178dd8876
	.quad 0x43bc7c8400000000, 0x842a9bc2ff6c5df6
	.quad 0x7ff43bf1db9e1c6e, 0xfff0000000000000
	.quad 0x3f8f19293f500000, 0x0010000000000000
	.quad 0x5e60bede60378be9, 0x2750a025ffe3813d
	.quad 0x399d2d6ac97322c9, 0xbcf19dd500000000
	.quad 0xfd59bca232f82bfb, 0xf6a765ac45ddfe00
	.quad 0x2721a3e4a47f45e1, 0xa60c715256c95d3c
	.quad 0xfdce09967a4e2f3d, 0x3f89600000000000
	.quad 0x8000000000000001, 0x7703d80cfcfdffff
	.quad 0x962fdffa3ccb20f2, 0xc022e78a41d88c32
	.quad 0xfea0aa8695780951, 0x7ff604d9b4f03a1a
	.quad 0x3fce6f37c89bd153, 0x7dddb95a9b6a9027
	.quad 0x9543fb81d5dfffff, 0x3ff00000a4a80ac8
	.quad 0x83b505f7ec582588, 0x3fbd4518178c9932
	.quad 0x40f0000000000000, 0x3c400000407fffff
	.quad 0xc012000000000000, 0x7669d339486c1baf
	.quad 0x1f1bed68fff2ac2b, 0xfffe1364ff832569
	.quad 0x7ff0ba642df6db53, 0x26057d2ad3e67fe6
	.quad 0x4beac423f0a03d13, 0x0000000000000001
	.quad 0x1c59bf807fbffedb, 0x51c1693fc3fa7fef
	.quad 0x7f8000004309cd0f, 0xc04026e667947fe9
	.quad 0xc0f0000080000000, 0x94528559ffec0b19
seed61:
	.quad 0x0000000100000000
	.quad 0x00000000000000c1
	.quad 0x42ccde097ef1e99a
	.quad 0xfffffffff10e5533
	.quad 0x00000047e7853a87
	.quad 0x000000000ccb7ce8
	.quad 0x0000000080000000
	.quad 0x032397c6bfb05b43
	.quad 0xfffffffffff9864b
	.quad 0x0000000000000250
	.quad 0x00000000000003b7
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0xffffffffffc119b5
	.quad 0x7521bdc06552df9d
	.quad 0xfffffffffffffc83
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x7ff3fbf44707e07d, 0xffd3755c178fd3bd
	.quad 0xda00000096aaa902, 0xf22bfbddbcdeb4d1
	.quad 0x7f80000080000000, 0xc071ba7bc572aea1
	.quad 0x56bc3f87ff3e602b, 0x800000000f816c3c
	.quad 0xfa95d821eb6ae0d9, 0x80a211e09c94058e
	.quad 0x7280e034da970000, 0xc6ee9f31f4e07f14
	.quad 0xc2a7361edff2ca86, 0xc04d0ffbc3e6e77c
	.quad 0x3fd0000000000000, 0x4f7fffff449f8000
	.quad 0xa949da755cd6fcbf, 0x5134257ff4cf5faf
	.quad 0x817af8c2f7fffffe, 0x0024f0381d985cdd
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0xd8875fc1f1a40800, 0x97d067d3bef92995
	.quad 0x5e54ee00ff800000, 0xc00fffffffffffff
	.quad 0x80001e3b2accf0af, 0x4f9c7a313f901dd4
	.quad 0xaacce72b5621a14b, 0xff800000ffd4ce5d
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x5f8156eb5462ff4a, 0x422026efbb2228fa
	.quad 0xeb67822ef759b686, 0x0000000074f065db
	.quad 0x69612ee3feebf003, 0xf2e893fe3e75634a
	.quad 0x8000000000000000, 0x0b63f3f79334f400
	.quad 0x043bb17217de2f8d, 0x8000000000000000
	.quad 0x0008000000000000, 0xc005000000000000
	.quad 0x40af33204d13c950, 0xffefffffffffffff
	.quad 0x7716d5d7d45c1f61, 0xf9b6b4987874ce2f
	.quad 0x103053c04f000001, 0x02ddc64b2484092f
	.quad 0xf110170effc00000, 0x37855ea9577d1f71
	.quad 0x02c3a29f0e1d0997, 0x800f92b6a87ce1e0
	.quad 0x001cf98da050190c, 0x2aca2c9dcba526fb
	.quad 0x35d84519fb76fffe, 0x4609b78bff7df7dd
	.quad 0x0f2d8a1e8121717c, 0x800d124d0023bf47
	.quad 0xa61f83d93ec6c840, 0x1af4f00a000435b3
	.quad 0xc3efffffffffffff, 0xf9f46612ffde7fcf
seed62:
	.quad 0x0000000000000000
	.quad 0xb66a40ae3aec5878
	.quad 0x36a508fcba09be71
	.quad 0xffffffffffffffd1
	.quad 0xc3375dae96788d8f
	.quad 0xffffffff80000000
	.quad 0x000000000000006c
	.quad 0xffffffffffffffff
	.quad 0x000000000000016b
	.quad 0xfffffffffffffff0
	.quad 0x5bd86324130c3940
	.quad 0xffffffffee001513
	.quad 0x000001b4bc40a836
	.quad 0x0000000000000000
	.quad 0x19e5cf35980a4a7a
	.quad 0x000000001e3f847a
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x1c02ddb6f1287d31, 0xb00e76ad2b9f0000
	.quad 0xff800000876e4fc9, 0x00000000bc6ba6aa
	.quad 0xc03116ee27648a11, 0xee3de68fc5efeeaa
	.quad 0x1c79b3d5f7df7900, 0xf98436c3ead55196
	.quad 0x3e261ea07db98072, 0x80af99cbc053c280
	.quad 0xf29b8c0ae5d3fcbf, 0xfff82b151be374e5
	.quad 0x2318cb138129373d, 0x98632d2eb539e591
	.quad 0xc1688935f4b1f525, 0xe0c196067ba7ef7b
	.quad 0x7ff3b78a69eaf0c5, 0xffd3d6df80000000
	.quad 0x7817c35c7f941c1e, 0xce560b6874273b28
	.quad 0xd6f8f7c1cffeb256, 0xfe376e91f5a68f99
	.quad 0x3b68000078fadef8, 0x10a2b1c29d280000
	.quad 0xc0940000ff800000, 0xff0a5b2eeac8f148
	.quad 0x3fef0c0b30532ead, 0x3bf30c1e4fac4123
	.quad 0x7f8000007fa4b1a4, 0x9291a397fb3f127c
	.quad 0x80c2f7aebd0f722b, 0xfff0000000000000
	.quad 0xbe05431500000000, 0xeebcc6dd00bbfd9b
	.quad 0xff83f6c248960000, 0x7f800000c019f349
	.quad 0xe02e6b6efa4779e7, 0x72656d93ebfcf40a
	.quad 0x7f80d0aaff99e998, 0x010000006bdf33b7
	.quad 0xdef25c745ffffffe, 0x4cf5c86effdffbfe
	.quad 0xc0a00000009b1dfa, 0x7ec936f129011cc0
	.quad 0x16c26c5600000000, 0x4024ef608e144dd8
	.quad 0xfbe9f7a6ffd57661, 0x8d579b7ef3df5ef8
	.quad 0xfe44486c96528fa2, 0x62b3144bffc8d8a5
	.quad 0x2e8368915953012f, 0x7fc00000ff800000
	.quad 0xe8ef6e9abfef7eff, 0xffc000007f98e5ae
	.quad 0x32c6047840096aae, 0x4df442d21bce65a3
	.quad 0xbf96d4f8acb207cc, 0xdf8000007e800000
	.quad 0xb28cde5aaddf94c5, 0x4021400000000000
	.quad 0xc00c000000000000, 0xfec65f5000ffffff
	.quad 0xfff47957efdef8a6, 0x8000000000000000
seed63:
	.quad 0x000000000000033f
	.quad 0xfffffc59d744e887
	.quad 0x0000000000000000
	.quad 0xffffffffffff87a3
	.quad 0x6784acea0576c22f
	.quad 0xffffffffffffffda
	.quad 0x49a1e8224759a81b
	.quad 0x0000000000000000
	.quad 0x266bd8c997f6e064
	.quad 0xffffffffffffff6a
	.quad 0xfffffffffffffd79
	.quad 0x0000000000176e1b
	.quad 0xffffffffff09bb5b
	.quad 0xfc04cacac4712684
	.quad 0xffc5c3a9c24d566c
	.quad 0xfffffffffffffd3f
	.quad 0x03800000
	.quad 0x00000000
	.quad 0x35e4d6f4cbf7a7a6, 0x8ad3d6049d387adb
	.quad 0x1e9a098ba5ab4897, 0xa4b7a4277ff9abdb
	.quad 0x4406370d970c785a, 0x10c219bd6be37e9d
	.quad 0xfad174fcd0192b8c, 0xbdfd000054f8dddb
	.quad 0x40ea40c619ee3e21, 0xfd9dfa8216bf8490
	.quad 0xbbcc6d4bc83ebb88, 0x7eeff7c5377e8fb3
	.quad 0x3fe344abccc8678d, 0x369d9c415045e053
	.quad 0x35f2d6bd1286ba00, 0xfff0000000000000
	.quad 0x3bcb213709aae006, 0x3da8c1521ca6c904
	.quad 0x637a3536af384ebd, 0xabef0d8ba5c70580
	.quad 0x0c5abbd65cada610, 0xc2991d87b139a248
	.quad 0x583f19ef74fb4480, 0x22c3013c0d3e724f
	.quad 0x6ea6938cfaeac290, 0x83a9853d17808b2c
	.quad 0xa261dd5ab0ef7ac4, 0xfff29c63c7000000
	.quad 0x983e602cdc02ae1c, 0x64697832ffe97fbd
	.quad 0xa6ded3498bf9383d, 0x00260510f2ee235c
	.quad 0xbfffffff417090c1, 0xf2be9d65fe1efff7
	.quad 0x631e3045e03feff7, 0xb40e5eb6ffffffa5
	.quad 0xbfe366770cf40c58, 0xc81221424f7e7a81
	.quad 0x8000000000000000, 0xe1c578af7344fc3f
	.quad 0x3ff19e25b8b98e84, 0xbf0473cad71b4534
	.quad 0xa1e83863ffc9475d, 0xffe97c51195902fa
	.quad 0x595de84aff7b9cd2, 0x7ec388e6c0df8297
	.quad 0x0dc511e9ffed5fbd, 0x39e533ab7743fe35
	.quad 0xd27ffffe3fe00000, 0x3a56c05e9dd1869c
	.quad 0xb06ffe0c34e2d379, 0x3fd4a66240ec0000
	.quad 0x41f35d8200400000, 0x87f1abd9d11dfc00
	.quad 0xc78000017f800000, 0x43e70c148046707e
	.quad 0xfb6e7849ffd7a2b7, 0xfe76e8aa2b8d4500
	.quad 0x2bfedc127b4b22a1, 0xef9efb33516726ed
	.quad 0xbf8000003be60000, 0x802fffffffffffff
	.quad 0x406800008039f9aa, 0xeda161bbc7e00000
