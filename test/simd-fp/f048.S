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
	.inst 0x1e630070
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
	.inst 0x0e616852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6501e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21b835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f348c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30fad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f00081a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e210546
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f919a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e618a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2168bf
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
	.inst 0x1e2c38d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2201d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee241d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6401a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7428f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1bad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0c599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f65407a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c4a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2201dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e682200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c05f
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
	.inst 0x1e210100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6dc511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e310182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f89f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e617934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1a836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e750918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee19899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59802a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30cadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e76eedc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e633abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e77c6be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e71014f
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
	.inst 0x5ea3fd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e741012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e186a03
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4bc9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e700265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e664196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21cdb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0e898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee6ed79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e19a0ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e391b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6241dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67687f
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
	.inst 0x2e2188b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21f537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21a9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1fa35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a28f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3001e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2269f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e649ef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f72fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68bd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2140fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202348
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
	.inst 0x1f6324d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e66e5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e03d5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b19f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e25e4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e660855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0e11b6
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
	.inst 0x1e763958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eedcd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d799b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fad507c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7b89dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6bfdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0ba47f
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
	.inst 0x5e22e490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f420d13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2640b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea5c615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1b9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eedfdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e342010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0f6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c21c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e24d6de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea6c53f
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
	.inst 0x0e2169b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea5fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e294994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f610495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e662270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e300087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f49b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa199bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f24e73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee4e41f
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
	.inst 0x2e21c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e212210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e581ce2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee5fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e218895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f430a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e341857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e334878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6669f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21885a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61b9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61c8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3559bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62399f
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
	.inst 0x1e61c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e623951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3021a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4288d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f702ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2201d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f163999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61411a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e30002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea8e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30038d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e33dd9f
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
	.inst 0x4ee8cd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61b8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6548b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e583c43
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2ad4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f24b295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0cab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fb09157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4794f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea0c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7685ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1d8db
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
	.inst 0x4f8b50bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f3cfdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c0df
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
	.inst 0x1f0798b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0f8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e274212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb5d536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2301b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e232260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e616b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1da5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7028bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6401cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6168bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1b9df
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
	.inst 0x1f2a9010
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
	.inst 0x0eadc572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6169f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2121c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eafd615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230016
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
	.inst 0x7f3ae538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e28761e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6201fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e25dc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38038d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68034e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f86195f
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
	.inst 0x4fce51f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaecc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23ac32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6bc5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1bab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea6c6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64eef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f32fd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61407c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26701f
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
	.inst 0x7ea9e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f31b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2400f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6168f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e302210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e18da66
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e34f017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6300f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef2e539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6bdd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e777a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2c203d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eb4e53f
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
	.inst 0x1e2919d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c48f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f33fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6add53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e42bcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c075
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
	.inst 0x1e274057
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
	.inst 0x4fc85199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d681a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f221dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2889dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61c85f
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
	.inst 0x9e2400e0
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
	.inst 0x4e61c8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02d0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e616895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eaac4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e644017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0cad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0f439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e1a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a68bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea5cd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21dc9f
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
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f038a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4509d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2401c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21b837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f093578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e258a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e69d43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6279db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e64d47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2cfc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e22c5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24c35f
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
	.inst 0x6e6ef590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f41b0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2afe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1a9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f482df5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6179b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e603978
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
	.inst 0x1e64787a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0c143b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e69e5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7c8423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b385f
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
	.inst 0x1e2141b0
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
	.inst 0x9e710002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e29cd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220136
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
	.inst 0x1e3001a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620119
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
	.inst 0x1e6541db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e89fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62411d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e5888ae
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
	.inst 0x4e61dd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e618911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eebfc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e600083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e029935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0faa1976
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
	.inst 0x5f8810b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e664079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee2ecfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f20b99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0e97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d287d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3100ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6188df
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
	.inst 0x1f209970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7121a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0a00d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e60f434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e617a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea19a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e610a17
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
	.inst 0x1e31e546
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a0adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e197e6d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f2b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee6d47f
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
	.inst 0x1e23c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0441b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e272952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e240123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e676a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2398d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0934b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6189f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeecc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61d91f
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
	.inst 0x1e2d18b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f659c31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f3de5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e303813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3901a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e0258f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6ffc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e762160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f638f1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea8c55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f42e55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e22dc3f
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
	.inst 0x1e284990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3079b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc65972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2199f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f21e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e634815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2201d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e619917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f744d38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e690049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e652120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6bc4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e200dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61693d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fcb90de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee3c71f
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
	.inst 0x1e18ec60
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6441d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f022a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30d936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f8a98d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6fe578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e347979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e210aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b29fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f41bf3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30000e
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
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65a617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee3e4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0d835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e0288b6
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
	.inst 0x5e21c898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e293919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4dc5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcb59bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2800ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f031f1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcb993f
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
	.inst 0x9e640120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1b871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624a12
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
	.inst 0x7ee1b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7028f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fce9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4fb9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e352ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e36d539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6118da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f61355b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61a93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fca139d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eeae45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e589e2f
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
	.inst 0x1f4dbd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e280001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e222120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b78b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61b975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e767977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f39e638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6e35b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e73cd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f98991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21d9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f63d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2ba42a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7803cf
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
	.inst 0x9e680120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61d9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6e3e53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e281814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e60fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02ad36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61b857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fa61218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc85119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6909da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2cd6db
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
	.inst 0x1e35583d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e305a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68006f
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
	.inst 0x6e61c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e254151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e671595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a08d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f8218b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e671ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e262998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2629fa
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
	.inst 0x4e21787c
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
	.inst 0x1f2a311e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f44903f
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
	.inst 0x2e616930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea0c931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f849a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f442e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6501e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6288f6
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
	.inst 0x2e22e518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e673ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202328
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb1c6bb
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
	.inst 0x1e7800ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f519c9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e27d4bf
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
	.inst 0x1f25a4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e642230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f73fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea8e554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7801e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6ea5e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e380227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1b8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61a939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c31a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee5c6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21b9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e1989ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f6dfdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f72e8df
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
	.inst 0x1e270830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f5de431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0ca12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61ddb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f04b454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e03b095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eaced36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e70fe77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e66a555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2ce47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eeae59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3000cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67d40e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fce19df
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
	.inst 0x5f64e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6120f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea4fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4c28f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f292876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2ef017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e64ed79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6bb87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29187f
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
	.inst 0x1e64945b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2141f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2be432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e30a425
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f209df4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f845875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f5df6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e79d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e712919
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
	.inst 0x4e31c49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e69c51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62423d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2689be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2621e0
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
	.inst 0x4fcd51f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03a091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f946b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e201a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f71fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eb5e436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6500e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eebfc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e66fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fd2103c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d00bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e69010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a08bf
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
	.inst 0x9e596060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a8931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d347a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6accb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18fe44
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e218a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4256b6
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
	.inst 0x4e29dcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02811a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eeec67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62407c
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
	.inst 0x1e59ab0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6bef9f
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
	.inst 0x1f04a0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea5ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f634052
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
	.inst 0x1e226854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaced35
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
	.inst 0x1f12d057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f404118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea2ee19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e674a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0fb5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e73583c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38038f
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
	.inst 0x9e220190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f909211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f489c52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f75e4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e31fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f521595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b69b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f3620f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f74bdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1b9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e28edba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0a28db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f3ee4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6ef43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c11f
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
	.inst 0x1e2e2850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e199d01
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
	.inst 0x4e6178d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eeaf454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61d935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1d936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e250188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6cc4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eabf51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2588dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2fec1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f5437
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
	.inst 0x9e18c940
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e02dd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea3d4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7029b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f3cfc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e71e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21ba18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30f9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2c18ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee2d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f23e51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee2d59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea3ec9f
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
	.inst 0x1e6740b0
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
	.inst 0x9e620052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61a873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1a934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e780105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f39fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2dc5ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61b819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6401ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa4923b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fd2991c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b49fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ed43f
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
	.inst 0x4e2ecd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f0931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f50adf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6488d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65d405
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e02c858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e66e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59ab0a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e2070
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
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0faa91ff
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
	.inst 0x1e6059d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e682811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19c882
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e700023
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
	.inst 0x4fc619f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e18d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e63e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f63a178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e642919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f82507a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61699b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e29c5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f409cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6fe75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62591f
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
	.inst 0x1e21c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e221931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0f9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc85114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7009d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f25a436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea9fdb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f3391b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c195a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e65fe5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0d87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4621ff
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
	.inst 0x1e23c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e73f011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fa050d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f6975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6300b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18ba68
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0729f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2b013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef8f61c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0581bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23487e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0c97f
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
	.inst 0x1e2588d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2f1df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2301d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e226dd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e282140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd550f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0d3c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59ec8a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68693b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2568fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e662450
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
	.inst 0x9e780000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e6a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f10a8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e252975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fcc99f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e212080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f8191d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e217af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61f01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f631cbb
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
	.inst 0x0e2178fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e1965ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e19c9ef
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
	.inst 0x1f0425b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e2070
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
	.inst 0x1e2af013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea3e537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c7018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2742f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0732fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30d8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79f01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61354a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e26eeff
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
	.inst 0x1e64c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e27e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e625812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb1ec73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f8d9817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2008d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0eaff6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1f97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202278
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
	.inst 0x2f23fc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc9513f
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
	.inst 0x1e199460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0f8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2534e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e64fc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fcf50d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e037836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc29017
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
	.inst 0x7f20e619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea0d81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4d3cfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fda91df
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
	.inst 0x7ef0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f64b633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6801e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f108655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e682060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fce91b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e645899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29026a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3168fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70cb1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03b5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef3f57f
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
	.inst 0x1e2949b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c0d1
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
	.inst 0x6ee2c4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6bd5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2000e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7475d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2edcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd6911a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f532d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7944a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6178bf
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
	.inst 0x6ee1a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e692110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e250123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1a8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e68c5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6421a0
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
	.inst 0x1e6c3998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef8e4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2001aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee199dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e35185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66299e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2d88df
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
	.inst 0x6f3afdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e30ddb1
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
	.inst 0x5ea0da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21a814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e261995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e67c5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e301a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6201f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66411a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e27dc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f495b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f81917f
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
	.inst 0x1e274110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25fd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e62c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e28c635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f671c36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e284a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e275879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f129f3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ea25c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f1488bd
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
	.inst 0x9e79012f
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
	.inst 0x4e63cdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e28d432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e43ad13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc09254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18bc85
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fc59a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e700288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e429c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e210a3a
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
	.inst 0x1e64083c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2fad91bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e3ef65f
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
	.inst 0x4ee4c5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2908d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e617872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1b914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f499895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2e3417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2605b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc110d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b09db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e623a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67693e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f9bf
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
	.inst 0x1e2c6990
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
	.inst 0x1e3901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e42b1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e71cc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e681017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1f818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0fa39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e616afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6fddfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21d99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ecc9f
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
	.inst 0x4e22f590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fac9211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19b062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e618893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e64d5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fa19235
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
	.inst 0x1f020c37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e77c618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1a939
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
	.inst 0x1f640e9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6328fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6122c0
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
	.inst 0x6e61fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2ec593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e63ddd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e27c555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e244057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2200f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a5919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fce509a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21695b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e31f43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e23c75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22017f
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
	.inst 0x1e6c3810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eaaed11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b58f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e2ae456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e254217
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
	.inst 0x1e6275e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e701eda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0b851b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e33289c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0d89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f202ebe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c15f
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
	.inst 0x1e2309b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd05811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e588422
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61b8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fa39035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f955976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e02edb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e67e6f9
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
	.inst 0x1f498b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b097c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61aafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee2e4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e69f43f
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
	.quad 0xbb6a552509b2188a
	.quad 0x4fee9585a2db540a
	.quad 0xffffffffffffff7b
	.quad 0xe380b9e343e8124f
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd24
	.quad 0x4a748388ec20f191
	.quad 0xffffffffffffff79
	.quad 0x0003785f44dd66f2
	.quad 0xfffffffffff8f879
	.quad 0xfffffffe41bc2aa9
	.quad 0x0000000035e7c083
	.quad 0xffffffffffffff25
	.quad 0x0000000080000000
	.quad 0x7d5f4f571a99c927
	.quad 0x03c00000
	.quad 0x50000000
	.quad 0xc25d7c0344c00000, 0xbfb8d6aa0926d6b3
	.quad 0x0eff2981f56c4900, 0x80c33d8bf2dc3c01
	.quad 0x3a44df3dd61ac870, 0xfff0000000000000
	.quad 0x7f800000c8960000, 0xbdcf84347effffff
	.quad 0x3f7987743d7219d5, 0x665be85a6adefde7
	.quad 0x7ff0000000000000, 0xc1efffffffffffff
	.quad 0x3f4be00000000000, 0x7fd6435eb77446e8
	.quad 0xbde0eb5b49f9a16b, 0x98c1fec67fc00000
	.quad 0xd200caf7bb7efc16, 0xbe0a77c881753adc
	.quad 0x42edaa54ff7fffff, 0x4001e00000000000
	.quad 0x8000000000000000, 0x7ff4887b8fdcb157
	.quad 0xb4ba4737c796534d, 0xed7bccadff8463c7
	.quad 0x7ff0000000000000, 0xad7a1f9fdbbb7975
	.quad 0x10ac036eceefcbeb, 0x3f81a33f31f7c8e1
	.quad 0x1653d03bfe0ff5bf, 0xfff43ba4b0379326
	.quad 0xfff0000000000000, 0xbf7a470b2282fcd7
	.quad 0x0000000000000000, 0x253e960dffe4f9be
	.quad 0x74cfbfa0bb907bff, 0x405e0e432fbb2106
	.quad 0x3e0baef53a042044, 0xfff0000000000000
	.quad 0x583bf17c0225bde1, 0x47fc00005f000000
	.quad 0x00800000ebcc4ee7, 0xb471ffc83c6a5de7
	.quad 0x82ee4c1ca47c44a3, 0x93389ab19570fdfe
	.quad 0x7fdfffffffffffff, 0x4018000000000000
	.quad 0x1a478ce9f55f50f5, 0x3fb5bda98ffc3aee
	.quad 0xbc959f50c3ee168e, 0xfed12eef9eb82e69
	.quad 0x83456d055e5b00c7, 0xda9c5f58fa350000
	.quad 0xff1c2064987438cb, 0x31c61a47fabe8ba7
	.quad 0x7ffff55404d30174, 0x232ef8903e7f0000
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x4034a1913f42a202, 0x3f8468e2390c3a04
	.quad 0x7ed300ea8ea333ad, 0x9dfc904bfed7f272
	.quad 0x0097d34100000000, 0x904cacf184c61159
seed1:
	.quad 0xf86b4cc95d568eef
	.quad 0xffffffffffffc53e
	.quad 0xffffffff80000000
	.quad 0x000000000000035e
	.quad 0xcc63702ebc113b22
	.quad 0x00000000000002f3
	.quad 0x0000000000038591
	.quad 0x03159ae8029a81c8
	.quad 0x000000000000030b
	.quad 0x571926e6e1cb9654
	.quad 0xc516015b4749b327
	.quad 0x03b217788600cace
	.quad 0xffffffffff7c7b0d
	.quad 0xffffffff80000000
	.quad 0xffffb479b4823274
	.quad 0x73361513e13bdf11
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x82d79f340acadcc6, 0x6496c665dfc0a973
	.quad 0x7ff609a6316ce74c, 0x3eb8dea9be7852ca
	.quad 0x8000000000000000, 0xfe645b1a9be54a56
	.quad 0x40ffffffffffffff, 0xe8e77e00a97e0249
	.quad 0x40e2a053856e5362, 0xce4a1cb11028275a
	.quad 0xa760f6714fffffb2, 0x800873a4b0fbeb04
	.quad 0xcafc976a71daafd7, 0xbfcaf402134ad145
	.quad 0xcfe57b9d7ff3d400, 0x8001d6818327ea29
	.quad 0x078806766f737d66, 0x7fa7a55959ffffff
	.quad 0x71b318c37c70de84, 0xffe77463ff800000
	.quad 0x62fd3bdcbf2af1fc, 0x807fffff3ca46727
	.quad 0xff3fd87fe2e6a9c3, 0x3baeb5b400000000
	.quad 0x7f9a27fc411c0000, 0x43dbeb8affbff9ff
	.quad 0xcd0248e8dfffffff, 0xfd75f5f785cc000e
	.quad 0x4000000180000000, 0xc032800000000000
	.quad 0x40f8000003965ac0, 0x8edd23e352b98200
	.quad 0x7ff747ef983fdfac, 0x6c5397a603887271
	.quad 0xfffe74a41e9451f2, 0x000000003c040000
	.quad 0x5faca3c0ffecda29, 0xcfc337e8ffdfdfff
	.quad 0x031ecf53ffa51af2, 0x513e3bffffb0154d
	.quad 0xff80000078509b7e, 0xbffdd455b921a5b5
	.quad 0xafd7003c803880cc, 0x7ce7bf6bff009d10
	.quad 0x55a8c2107ffffcd7, 0xd5d11b84f36dfe65
	.quad 0x7fba97b44303f3f9, 0x3faee59b2d8b76e5
	.quad 0xc01c000000000000, 0xc91280006e55a25c
	.quad 0x75bb10509c88c632, 0x807fffff7deac5dc
	.quad 0xc057800000000000, 0xc5a7ecf104cafe5d
	.quad 0x7ff21b1d5fbe5b4f, 0x7ff0000000000000
	.quad 0x2d13bdec942a131f, 0xffd343053f2bf23e
	.quad 0xae693b0dc5ff7e00, 0x7fce897408efd49a
	.quad 0xb62000007a1c562c, 0x4cce898420ea7802
	.quad 0x8000000000000000, 0x80297c1c9ee8f45e
seed2:
	.quad 0x2c240fef804f893c
	.quad 0x0000000000000001
	.quad 0xffffffffffffffea
	.quad 0xe9e46ac97b23b238
	.quad 0x64694bf0ed152962
	.quad 0x216be9a6f534e9f4
	.quad 0xda2865996058361e
	.quad 0x000000000006a7a8
	.quad 0x0000000000000000
	.quad 0x0000000000000a82
	.quad 0x0020000000000001
	.quad 0x4e9f81fc4728f3c0
	.quad 0x4c9ed52390e6a5fa
	.quad 0x28181aae61a34564
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x0000000000000000, 0x7ffe4cc3d9934516
	.quad 0x0d148c29d1fbc600, 0x000b9a0c381564b8
	.quad 0x0000000000000000, 0x091193dce5b9feab
	.quad 0x82a82b41e39e46bf, 0x7e6848904b05c817
	.quad 0x7f9e36f4ff800000, 0x0355917bf2d230c0
	.quad 0xa5b4e078bffeffeb, 0x3fb620abdb8918a8
	.quad 0x4fe9b9b0fd3e66b3, 0xffa0d142ff7fffff
	.quad 0xc050d96bf5b9a3b3, 0x803bbfc7c55500f9
	.quad 0x4022000000000000, 0x7ff0000000000000
	.quad 0x7ffb2f1bf2de934b, 0x000000004399d21d
	.quad 0x3387e8195f9ce037, 0x8100000040905747
	.quad 0x1b1f55aabffbfe99, 0xc07372ffde9d75ef
	.quad 0x7f7d76d5d4c16f6a, 0xe5f7adabf2fc7c00
	.quad 0x3e0c0d62e39bfccc, 0xaf8c58ac525fd285
	.quad 0xbe761c814f7ffffe, 0x7f2b95300d21fe00
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x329978624dcc7805, 0x7893c15bdfb27c9b
	.quad 0xc1b20f7ac3527bc9, 0x7ffa4569edfb08c8
	.quad 0x7423b9848ecaf27f, 0xbfc206f62ab8c072
	.quad 0x40715ad2a1c1a13a, 0x473a139fcf9f3ffd
	.quad 0x6ad2aa0b17fffd47, 0x6ae033c652a67da7
	.quad 0x8c6eae16bfa80214, 0x7ff8000000000000
	.quad 0xfffbb70861e65964, 0xdfa4f91bcd27fefa
	.quad 0x006b3ffa41100000, 0xffefffffffffffff
	.quad 0x7fe6be1a460ad2bf, 0x4f552a5cb2383c80
	.quad 0x63bca936b8432331, 0x80000000f34fd80c
	.quad 0x403839002368481a, 0x8906302400907e00
	.quad 0x80000000c1e9bce7, 0x7fd610f69d5db19f
	.quad 0x0a29887d406ff547, 0x0b515d84b7ebf8d3
	.quad 0x4bc91a60b1162b16, 0xbf8775e380800000
	.quad 0xddf62f5694640000, 0x3b9cde527f800000
	.quad 0x8a801958c1000000, 0x4024000000000000
seed3:
	.quad 0xfffff4daa25548af
	.quad 0xffff6d841cdd0c68
	.quad 0xd89be3eda60a3637
	.quad 0x08f662f4d1346d0a
	.quad 0xffffffffffffff8c
	.quad 0xfffffffffffffe62
	.quad 0x7fffffffffffffff
	.quad 0x000000082b2a774a
	.quad 0xfffffffffffffcae
	.quad 0xc83cf5fa3d85a71f
	.quad 0xffffffffffffff93
	.quad 0x5274b1fbbe2caf60
	.quad 0x97c3000994fa5a9e
	.quad 0xffffffffffffffdb
	.quad 0x91c1d117f03d41ef
	.quad 0xfffffe95b59c33cf
	.quad 0x02000000
	.quad 0x60000000
	.quad 0xc07ffffebfac7b50, 0xfeb21ef4da9d7ba4
	.quad 0xc0d00000ff9ed46b, 0x869fa976c898fc00
	.quad 0xc138000000000000, 0xbffffffeffc00000
	.quad 0x7ff1ee8cb4472099, 0xc44fa482ffe3bc78
	.quad 0xbfc0000000000000, 0x7f8000008035999e
	.quad 0x5fc4b6fdffbfecb8, 0x8c73efdd471be995
	.quad 0xbfdb18b76120bde7, 0x7fee31aaf12603bc
	.quad 0xcc4f686812c6d4d3, 0xfff0000000000000
	.quad 0xc3f3bf663f4c51f3, 0x7ff5af8236dcc4fb
	.quad 0x7d69ed810f162d5a, 0x400ffffffffffffe
	.quad 0xc067000000000000, 0xff96c09dffa977f8
	.quad 0xba0c00003fffffff, 0xfff0000000000000
	.quad 0x12a71252e7f93c7e, 0x9593084e6ccafca6
	.quad 0x40e0000000000001, 0x778d95dc9c2b73bd
	.quad 0xbf8bdca19ed4e869, 0x1d3cb99ac5ad8103
	.quad 0x7ffcbbbbf02cac7b, 0x3e6def549a835097
	.quad 0xc746474bb01846d8, 0xfaf6f0ddf5bb51d3
	.quad 0xefd9f3747fc00000, 0x3bf622ae40800000
	.quad 0x372d425f5aeebdab, 0xff8000009117716b
	.quad 0x3ed4000000000000, 0x7ff0000000000000
	.quad 0x3f6c7144ff800000, 0xc047a36b31296f57
	.quad 0xd1bf3c32fffffffe, 0xfff0000000000000
	.quad 0x69895a903ec8bfc7, 0xc1f4b0293fdd0000
	.quad 0xcfc705854de763ce, 0xc017000000000000
	.quad 0x800000007ea95189, 0x00d4ad0134f5b483
	.quad 0x7d0045d2ff9489b8, 0x3f000000e4aacf9f
	.quad 0xdbd9f13adfffffff, 0x4015000000000000
	.quad 0x3dd229da8b868000, 0x8000000040500000
	.quad 0x00800000f4d5ea48, 0x7d044371417ffffe
	.quad 0x00ffffff43bfe175, 0xa647d8a27f9ffb80
	.quad 0x800000003bcb50d8, 0x7016e850e49f7ebf
	.quad 0x807fffff77c92405, 0xca9ea68a788d2700
seed4:
	.quad 0xfffffffffffffe86
	.quad 0xcbf74a328038b7cd
	.quad 0x8000000000000000
	.quad 0xfffffffffffffea7
	.quad 0x0000000080000000
	.quad 0x0000000001000001
	.quad 0x052ae62feb91af42
	.quad 0xfffffffffffffb51
	.quad 0x4e19d94bc3ba1fd4
	.quad 0xc1aed5a434a0e013
	.quad 0x000000007fffffff
	.quad 0x00001acc772960d2
	.quad 0x00000000000003a6
	.quad 0x34c6eef624bb1d6f
	.quad 0xe50e8ce2b5788cc1
	.quad 0x0000000000000022
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x4c11292fffdbbfff, 0xfbd075c6fffd5bff
	.quad 0x3fb9d284a0d5731b, 0x00e80f60f746e2a4
	.quad 0x3f930b76977d3b47, 0x7fd0ea556fc2cad6
	.quad 0xbda48eb6412f88b7, 0xbf2da537bb8db036
	.quad 0xfff6c35460006f51, 0x69b3261b4621e0e6
	.quad 0x423709635f7ffffe, 0xa9552c565592b480
	.quad 0xffa1a50bf3246fc3, 0xfe7867b181000000
	.quad 0x80ff66e3851a9d06, 0xff2769266b4b2a48
	.quad 0x7e2257aeec33431f, 0x6a195497bfd9fe45
	.quad 0xfff0000000000000, 0xc3936beac0700000
	.quad 0x71acc92b80238fb5, 0x807fffff4f7fffff
	.quad 0xc390000000000000, 0xa01415e3b60802f5
	.quad 0x3bce0c24800051cd, 0x0020000000000000
	.quad 0xfea44d57fa74fbe5, 0x8000000000000000
	.quad 0x4022800000000000, 0x40b0000040ec0000
	.quad 0xc39d479d8055bd91, 0x000000007f822eb8
	.quad 0x811833fb805af161, 0x0516ef7680475eb3
	.quad 0x982b7068da51bc00, 0x8376e85bffbf7b42
	.quad 0x657d9ecbe5368976, 0x21020fc0c8e27c87
	.quad 0x40c0000000000000, 0x8000000000000000
	.quad 0xb8e0000025c405eb, 0x3aa9430a75663261
	.quad 0xbe960000ffc00000, 0x4045000000000000
	.quad 0xc8b3f48dfbfdf9fe, 0xaecf84f9807fffff
	.quad 0x14e82804408c0000, 0x5f3f1164ffbbc614
	.quad 0xd0ae60c56fade4ea, 0xc01c000000000000
	.quad 0x62766428bdfedceb, 0xc013400000000000
	.quad 0x80cbc915962a4f7c, 0x7f0000000020fa9b
	.quad 0xb1ce5db78f2a8219, 0x02d3723ea067749c
	.quad 0xc015000000000000, 0xc016000000000000
	.quad 0x9d2ec481fbdfc66f, 0x70a127fd7fb4ae13
	.quad 0x0201e95de8356ffa, 0xc24c0dfe1d972c49
	.quad 0x0000000000000000, 0x4203433f413a3f0a
seed5:
	.quad 0xfffffffffffffd61
	.quad 0xf881ba5e96f00d81
	.quad 0x8b0638b46b6fc829
	.quad 0x000000007fffffff
	.quad 0xfffffffffcd5fc6a
	.quad 0xffd08a6b797fae19
	.quad 0x45f251860223c14e
	.quad 0x0000000000000150
	.quad 0xffffec495f004370
	.quad 0x00000000001966ce
	.quad 0x0000000000000182
	.quad 0x00000000000003d6
	.quad 0xfffffffffbfb63de
	.quad 0x630174135e12de47
	.quad 0x0000000100000000
	.quad 0x8e9c03552a55aac3
	.quad 0x00800000
	.quad 0x50000000
	.quad 0xbf77b4c3e3235911, 0x2b394c1aae6f64a6
	.quad 0xbc1ae98801120db2, 0x3fad80007fc00000
	.quad 0x89f93222147f0000, 0x3fe4ff18187d621c
	.quad 0xbf3002417bf929f9, 0xbc228c71ff6f5125
	.quad 0x4061a0e92500b866, 0xf02f2bf2fffa82a3
	.quad 0xb84573c85e07b29d, 0x41bf253980465056
	.quad 0x3e443987373ffef5, 0x16c71a41f5decee9
	.quad 0xc3d048d776044724, 0xaf58ae9ef7d17c00
	.quad 0x03937daf515f422d, 0x8000000000000000
	.quad 0x3ff4000000000000, 0x08689868ff800000
	.quad 0x800f2d87b50c24d6, 0x041a263015014ac5
	.quad 0x357179d5963c237e, 0x3e6a69bfd6ffffff
	.quad 0xfad4ed95417ec93a, 0x00f3e2178e43a08d
	.quad 0x8000000000000000, 0x6193d7b0ffe7ffd7
	.quad 0xff81a3827e800000, 0x8c0af1082f4c76f5
	.quad 0xd8e3aa84f7fb7f35, 0x9d913bef7432c2d5
	.quad 0x787e313a47800001, 0x0b54bffa905980fc
	.quad 0xff0000007f800000, 0x433f67774c000000
	.quad 0x4071a5d2088ab735, 0xffe6e8a971859ddd
	.quad 0x7ff0000000000000, 0xc190ca62c3350ce6
	.quad 0x115acd6efbdcf7f7, 0x80622ad8b3366122
	.quad 0xe9c1ac2a7fd98000, 0x24caacfcbfe00000
	.quad 0xfff99bb39aa38cfc, 0x2079d8c99e7fffff
	.quad 0x000ea39d06da0401, 0x7f7e1fc83ce5f855
	.quad 0xbf08c5fc00599a42, 0xfb5615c780ec2aec
	.quad 0xe15640a0ff800000, 0x0008f1a49049e90f
	.quad 0xca6460af84538253, 0x521e926cd9fd7f2a
	.quad 0xfe42decf175860a4, 0x9dcee8f4ffa20000
	.quad 0x8000000000000000, 0xaffa6a60ffaef862
	.quad 0x7ff8000000000000, 0xc32bb8a3c7800001
	.quad 0x434ffffffffffffe, 0x407ffffecfffffff
	.quad 0xbffffffefb39d6b6, 0x7ff75176095463c6
seed6:
	.quad 0x000000000000012b
	.quad 0x3fe18afa492c5627
	.quad 0xffffffffdfcbcc2f
	.quad 0x0000000000000c60
	.quad 0xa70f3406ab18a0f8
	.quad 0x0831d1a53decce76
	.quad 0x0000000080000000
	.quad 0x000000000001ca3b
	.quad 0xa321879dd7cf1b6c
	.quad 0x0f68dcd6ab39b453
	.quad 0x000000000000010e
	.quad 0x000000007fffffff
	.quad 0x659157ec56885b07
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x00000000000001a4
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x43f0000000000000, 0x83947b193826d6bb
	.quad 0xffefc27c68917e9c, 0x7ff8000000000000
	.quad 0x4f6c27408d754c2d, 0xcf540a033a8e7d8b
	.quad 0xcffffffe7b5f37b3, 0x8004600807e24db5
	.quad 0x60c49a2ab9d23575, 0x000b3f6070746b06
	.quad 0x70efb06306692a36, 0xbb000000e1d19f00
	.quad 0x8f628a93e3b7bbd5, 0xf40a81358b7e3ad3
	.quad 0xc016000000000000, 0xca11f02bbdfffe60
	.quad 0x1c7097ac7bfbff9d, 0x80000000febdf649
	.quad 0x03fb50b8ba408a23, 0xff8f73b5bddc7956
	.quad 0x4341f342ffeef9dc, 0x27762caf09d13187
	.quad 0xbd4860a0ffa3dfff, 0xffde9ced97621499
	.quad 0x003ca780be19db93, 0xc00c000000000000
	.quad 0x7ff0000000000000, 0x4269783db7972478
	.quad 0x256af71c14d07e00, 0x4020800000000000
	.quad 0x83b4b7ab1b3c7f54, 0x05c1fd213e12eb24
	.quad 0x40c6b9c8ff974583, 0xbfee90b080400000
	.quad 0xbfd42378e96597b2, 0x3fc8d911610a2140
	.quad 0xc57f72edfffdfbff, 0xf8ec6dc9263e7f76
	.quad 0x3ffc73fe00000000, 0xc2c658bfc7800001
	.quad 0x160e4f4418bff7d7, 0x26c521d63fed8ef6
	.quad 0xbf85aad2a6732b7a, 0x5faef616fff3d31c
	.quad 0xbfc6cbd69d8eb4f9, 0x1d05a6bcffcd7c77
	.quad 0x4050a00000000000, 0x42353ad2bcd08000
	.quad 0xc20ead5df3095e56, 0x00000000d9ffffff
	.quad 0xfbc0f15a82537393, 0x01f3b2ea3e25935c
	.quad 0xde5383fe0bffffff, 0x1b9513c1947486fc
	.quad 0xcfbfd572ffdbffbf, 0x000c93ec3f72d949
	.quad 0x1dbbe586f5dfac14, 0xff7a0b938063e1d4
	.quad 0xc013000000000000, 0x9178fa05ff83be8e
	.quad 0x695f2e77dbffffff, 0xabbcd2ce7f7fffff
	.quad 0x3f252d61feac1655, 0x80000000ff90753e
seed7:
	.quad 0xffffffffffffffff
	.quad 0xffffffffffff830f
	.quad 0x9f784fccf7a4ad8b
	.quad 0x000485673fe83f10
	.quad 0x3c5b963f52d7646b
	.quad 0xffffffffffa7a0c5
	.quad 0x9932d600449f3ef0
	.quad 0x0000000000000232
	.quad 0x8000000000000000
	.quad 0x00000000000001b7
	.quad 0x5a7e0c1f5564e764
	.quad 0xfffffe52ce424132
	.quad 0x0000000000000000
	.quad 0xdbb6118fa488044f
	.quad 0x00000000000000b3
	.quad 0x6d9179a67190de4b
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xbfbf7047331fa93d, 0xfa5cd7267fb7cb64
	.quad 0x8058b9c9da000000, 0xad9e74853d1ddc29
	.quad 0x00643eed59fffffe, 0x3ad9a089ffefc97f
	.quad 0x457195cace98677f, 0xbfd17ee90a4385ca
	.quad 0x4c5b68deef950a79, 0x7941fe4f3e200000
	.quad 0xee5562a234bb7953, 0x7f800000bd841c85
	.quad 0xf853d603ff3f7f87, 0xb9f880f9588e7a1d
	.quad 0x08919878017bac85, 0x83c032b9a7f76769
	.quad 0x0265ab88bba8696f, 0xc1c2caa6dffd67ff
	.quad 0x806d4db3bf080000, 0x46db4de8084bd070
	.quad 0xdb2f82b28e6cd0bc, 0xfff3af2e3d5397a9
	.quad 0x6b3bc762cd868000, 0x7fd38345c1720b78
	.quad 0x2ad497fb84b07e00, 0xc0592688b7636895
	.quad 0xa3a59d088d0c7cb0, 0xb36d8310dc2fa979
	.quad 0xbff0000000000001, 0x401b000000000000
	.quad 0xa88f1c1c69bf6373, 0xcba7ca78bfbffffb
	.quad 0xad5ee83cc9228001, 0x8293e1f14c57063d
	.quad 0xd9fffffe80000000, 0x00774a77ffc00000
	.quad 0x0a76a3b884cd0128, 0x4f8000001a0b53be
	.quad 0xfdccb4ded933cc97, 0x81f0e18566b482ba
	.quad 0xf6414eddc79be788, 0x7ef912d6c0c6ef77
	.quad 0xc5050000ffa7b05a, 0x7dd8f005aaba01c1
	.quad 0x7fab70157f83a1d6, 0xffefffffffffffff
	.quad 0x08de0105aaec884d, 0x97bad8c57fb50205
	.quad 0x7ffa64c545e00000, 0xff6501383dd3f078
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0x1ce526b329bee633, 0x4e8000013fe00000
	.quad 0xc03ad7744ba29e27, 0xf5f7ab5b43000000
	.quad 0xfff2b04077b6017b, 0x45b98e2d90637b22
	.quad 0x6bc420b515e264b3, 0x804b37761c615ca4
	.quad 0xf7db05d3964eabb2, 0x55ba942174f597bb
	.quad 0xf13e747fc8362dcc, 0x0a346fc826757400
seed8:
	.quad 0x0383736268d3391c
	.quad 0xfffffffffffffd7d
	.quad 0x000000000000296d
	.quad 0x3db88e06528221d2
	.quad 0xdd66eff1c774e434
	.quad 0xfffffffffffc19f3
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x61e2e3630f3ae1c0
	.quad 0x7c83e01c8e139455
	.quad 0xfffffffffffffffa
	.quad 0x62ab16d3d1245c39
	.quad 0xfffffffffffffff9
	.quad 0xffc8e363c5712511
	.quad 0xfffffffffffffd9d
	.quad 0xfcc587b66f5d3e72
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xf042859afefafb73, 0xfff2e91c73feeb9e
	.quad 0xbf70bda1e228d469, 0x800352cc04c1b5ba
	.quad 0xbd0b170a41804427, 0x0000000000000000
	.quad 0xc1b051abff800000, 0x7fa55a0f813791a5
	.quad 0xe6d2c99cfe51f728, 0xff216cfdf0fdc578
	.quad 0x19711a48beff7feb, 0x40000000c3ab577f
	.quad 0x3f98000041000000, 0x736bc65dc0280000
	.quad 0x800196e2b4848a80, 0xe54a4e607e807f15
	.quad 0x162a83ba0067d5e6, 0x0d27a87804073b59
	.quad 0x135b3db73c7abf5e, 0x3f81e724c9070695
	.quad 0xd2e8e9aeffc6c080, 0x4330000000000001
	.quad 0xc74ff8c9ff800000, 0xfff2f61f5084179a
	.quad 0xfddf23e3b3ba931e, 0xff66185286bdb447
	.quad 0x00572a837fbf29a0, 0xffeaa580c3ed6fa9
	.quad 0x0000000000000000, 0x3d1400007fbc71ba
	.quad 0x801e6a76432109a9, 0xc0e0000000000000
	.quad 0x37b0000047200000, 0x3fdeb9bf5acb151c
	.quad 0x7314f2fdaa33f986, 0xebc76d0fe25052d3
	.quad 0x4010c6cbe70d9167, 0x0d631ef0727fb9f5
	.quad 0xfff1912e25c2ed72, 0xfffc19e07df09338
	.quad 0x5b10bb805297bc06, 0x7ff0000000000000
	.quad 0xfd91725139663fdf, 0x7fab7848ffd41647
	.quad 0x68ca82068c2f9987, 0x392b2727c751c840
	.quad 0xa766162bdadfcb9e, 0x7ff8c8d8a0cc4787
	.quad 0xc778000040277d71, 0x403359a33816184f
	.quad 0xdfedaa315f38f9b0, 0x5cc173ba942c0600
	.quad 0x822bae555b09648a, 0x7f85d7e1f8a83e0a
	.quad 0xa45571c6437ffc1f, 0xd3295ba43fdd7d7e
	.quad 0x193cd53dd8886e7f, 0x0d4a00c6443ffd4e
	.quad 0xc016000000000000, 0xbfbd000000000000
	.quad 0x056d48a063917e00, 0x4022c00000000000
	.quad 0x3ffffffffffffffe, 0xd0640f2efefbfee4
seed9:
	.quad 0x00000000000002b7
	.quad 0x000000000000039a
	.quad 0x8000000000000000
	.quad 0x833f642198997ced
	.quad 0x0000af43a612172e
	.quad 0x00000000000001f4
	.quad 0xab525b9af69a42ba
	.quad 0x000000000000024f
	.quad 0x0000000000000379
	.quad 0x0000000100000000
	.quad 0x015e235d9744a978
	.quad 0xb959bbdcabf2a9c6
	.quad 0x0000000000000309
	.quad 0xfda4a86902745743
	.quad 0xffffffffff1cac39
	.quad 0x9e72d36d7c335f75
	.quad 0x03800000
	.quad 0x90000000
	.quad 0x01000000906d5d7e, 0x7ff0000000000000
	.quad 0x000000007fc00000, 0xc43c5b96aa1c0385
	.quad 0x6ee7b68f382bb72e, 0x0dbe6da17f7fffff
	.quad 0x00000000c0900000, 0x50eccd847dfafbff
	.quad 0x7ff0be9355d58bac, 0x3d22247880000000
	.quad 0x40e0000000000000, 0xc022f5b791ec752d
	.quad 0xa437dd6341200000, 0xa44064a6f57a76bf
	.quad 0xd6240a8dbeb0ed6f, 0x40b00000410c0000
	.quad 0x8000000000000000, 0xb92243a1ffefc3d4
	.quad 0x5eef2e842d12bbcd, 0x016b9ffa3ae1f278
	.quad 0xbc78c69f2c194b72, 0x3cad6fd180000000
	.quad 0x3f9acbdfdffc401a, 0x0004872286fa6c6f
	.quad 0xece2800ef24705ac, 0xfff8000000000000
	.quad 0x5238a23a3dffefef, 0xffd0000000000000
	.quad 0x067f78e9f2b0c8a0, 0x8000000000000000
	.quad 0x0000000000000000, 0xbff8bf3f6e00189d
	.quad 0x422c0000ffa9c252, 0x46a94922f6027559
	.quad 0xfff0000000000000, 0x3fa000003fa00000
	.quad 0x4906ddbbd7938000, 0x62af2f3e2bb6786d
	.quad 0x5cd4d9d1cc793c93, 0x404fb682355b6082
	.quad 0xed33f6a9fbffc2b3, 0xec45507e0352ba68
	.quad 0x3fc5ff64372ce9fb, 0x9c05b2f6d4818bff
	.quad 0xfff0000000000000, 0x7c5a1bd56544be00
	.quad 0xbff0000000000000, 0x41dadb84ffd7491d
	.quad 0x50f56167ff6ddd84, 0xee153995f7bf5bbc
	.quad 0xc012800000000000, 0xc0610b27a88c4566
	.quad 0x7fc000007f7fbbbe, 0xbc112f9a80000000
	.quad 0x7c27845b81b7722d, 0xfff8000000000000
	.quad 0x8100baa07f919a15, 0xc020000000000000
	.quad 0x891145977fdf69fb, 0x8000000000000000
	.quad 0x3e2fe190001a2312, 0x7a072c9bcf1afed3
	.quad 0xb1a200c78d2908a4, 0xfe03d4ec5ab565e3
seed10:
	.quad 0x8e633df04cbb78e0
	.quad 0xffe14b44d943a4d5
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffc2
	.quad 0x0000000100000000
	.quad 0xfffffffffffffdd3
	.quad 0xfe53b3861eb3cc44
	.quad 0x2d5a43fc6fb91f30
	.quad 0xffffffffffffff22
	.quad 0xfffffffffffffefe
	.quad 0x000000000000007f
	.quad 0x51847171759660c7
	.quad 0x33dc111278445f55
	.quad 0xfffc857f419c6526
	.quad 0x0f69e42e83b65598
	.quad 0x000006ad7f71ec0c
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0xa74a9f4406eb3f66, 0x8199154bd078feb7
	.quad 0x80cb082976a1e24f, 0xbfa6e34f42a8dbff
	.quad 0x156d13024f7ffffe, 0x360000007f800000
	.quad 0x3f0aa00000000000, 0x8041714d00de78ae
	.quad 0x7e03681453a2932d, 0xfe1078288fe33540
	.quad 0xbff0000000000001, 0x7ff8000000000000
	.quad 0x7076fb3fc10c0000, 0x80158d81562a3f9a
	.quad 0x1e06de12ee99db40, 0x062d18edb9353f80
	.quad 0x0aacc1145707580e, 0xbf7f845ab612d9b0
	.quad 0x426e05920003401c, 0x0000000000000000
	.quad 0xc7da1b7b5df87ce9, 0x75790304ed7efe8f
	.quad 0x883e3326feffffff, 0xbc512034ffd1f51a
	.quad 0x9826ad27f0c2827f, 0xf2dabcfecd01e37c
	.quad 0xa62dbc01162e77fe, 0xd0face22fd7700be
	.quad 0x1b0ac4206f661900, 0x6567b41000000000
	.quad 0x820fc70d765ed126, 0xcca922de18a3faec
	.quad 0x7a0b1a22f7937ffe, 0x28d16476957d3300
	.quad 0x7ff8da54c7800001, 0x3c1fe2f937200000
	.quad 0x000f4f307f473387, 0xbbcccc18e6fc0800
	.quad 0xd39180e1a2d07ad8, 0x002bf5289f7ec3b2
	.quad 0x8000000000000000, 0x8e4bc72fa7c29d80
	.quad 0xe63474faa17eff5f, 0x00cbf5f62b129128
	.quad 0x8014688cf55928db, 0xc000000000000000
	.quad 0xe71911a5ffd1ff6b, 0x4c3317883f800000
	.quad 0x85b3908373b40d77, 0xffc00000ba500000
	.quad 0x794a94d35d1cad69, 0x7fabd7f27aefdeff
	.quad 0xed48cebec0700000, 0x807851efbd780000
	.quad 0x7ff36e94ad9815d3, 0x002fffffffffffff
	.quad 0x1c6b3607000fbb73, 0x464b99d5eec87c00
	.quad 0x0100000080000000, 0x000000008fadd081
	.quad 0x3f38800000000000, 0x4f603cbff347869c
	.quad 0x1a384da3dff90ffe, 0xa091b5c87f7f4fc4
seed11:
	.quad 0x2196b7f92d9d1abf
	.quad 0xfffffffffffb3907
	.quad 0xffffffffffffbc4c
	.quad 0x145b1248ed54f664
	.quad 0x0000000000000001
	.quad 0x9bf02228e3296626
	.quad 0x39eaca2675e66096
	.quad 0xc5d0698ba4950e68
	.quad 0x0000000000000150
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe5c
	.quad 0xffffffe462287ece
	.quad 0x9320728bbfe6fd01
	.quad 0x0035cba903e006bd
	.quad 0x6952b0fe12dba83e
	.quad 0xdb592b4d18379cc7
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x4000000000000001, 0x99dabc87477fffff
	.quad 0x475f000083c81bf3, 0xff2e1dfc3eef5781
	.quad 0xde070d83c0600000, 0xc140f93d00a80d70
	.quad 0xff25d161998e473b, 0x954aceacaf7cfcdb
	.quad 0x3ff0000000000000, 0x7dec389f72dca5a2
	.quad 0x4030000000000000, 0x53bbdd317fbfc7fe
	.quad 0x07f467f6fff7ffe8, 0x3f80000080000000
	.quad 0xbf8b600000000000, 0x918237033cf0f7ff
	.quad 0x710a9c20c1493051, 0x5e3f0e003a69d2e9
	.quad 0xfff0000000000000, 0x3fb477cabdbee96c
	.quad 0x0000000000000000, 0xdf8000007fc00000
	.quad 0xfff8000000000000, 0x472baebb558c18f1
	.quad 0x8021c6fc72828c07, 0x7f80000080000000
	.quad 0xcfffffff18371f6d, 0x7fc00000be860adc
	.quad 0xc069000000000000, 0xc0ac000000000000
	.quad 0xbb18000040b00000, 0xc880000042302cc6
	.quad 0x6fe864558bffee37, 0xb0873f0de2e7d9af
	.quad 0x3f9c138ffe61e0c6, 0x34a9cefcd6ffd2f7
	.quad 0x4061700c8670ad26, 0xfff7ffd074d1b2b8
	.quad 0xff8b351fff800000, 0x205f36df9e7dec5f
	.quad 0xbf96cdba47c9ca04, 0x0dc818137e28c204
	.quad 0x6f9e03a8135393e0, 0xfff0000000000000
	.quad 0x3d338bb2da000001, 0x248b9dc6f65f7d77
	.quad 0xff80000045b00000, 0x80c9376caeff3ab6
	.quad 0x0054f3787f8997da, 0x3be8765b19a51518
	.quad 0xb83239e7dbb9fdf9, 0xc014800000000000
	.quad 0xbfec60c33722cba7, 0x1758624ef9ffffff
	.quad 0x2a3718799ee27b2e, 0xfff0000000000000
	.quad 0x2679e04eec127d97, 0xfff60093cb4cd086
	.quad 0x7ff0000000000000, 0x8126b65cc7f9fb8e
	.quad 0xa420c2748005fc00, 0x5e4fe6527eebe9fd
	.quad 0x8594d57655df8aff, 0x0000000000000001
seed12:
	.quad 0x00000000000001f5
	.quad 0xfffffffffff902dd
	.quad 0xde629c4a66dcb5ee
	.quad 0xb2e7b6f95271460a
	.quad 0x5625af9b08f7ebc1
	.quad 0x0000000000000001
	.quad 0x000000000000010d
	.quad 0xffffffffffffc0e1
	.quad 0x0000000000003a7b
	.quad 0xc203df0937f9f258
	.quad 0xffffffff80000000
	.quad 0xe5f2d5f5720ca9fa
	.quad 0x000000000000023f
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0xd4976d17eeb0b7a2
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0x3fa0000080000000, 0x801fffffffffffff
	.quad 0xf2d4140970a253d2, 0x41f0000000000001
	.quad 0x840a5d42bfa02bfa, 0xfff8000000000000
	.quad 0x805807361be29e93, 0x7a30d51b80297c00
	.quad 0xd82cb1dc3e6ffe30, 0x4a62821d78a7fe5a
	.quad 0x000ab6048b00d3a6, 0x46800000c16c9e8c
	.quad 0xbbc066f385f3383d, 0xef999ee1ed9fff56
	.quad 0xfff25d80a514b700, 0x0a6977bf9b3b0469
	.quad 0xbff1e43188bd335e, 0x7ff8000000000000
	.quad 0xbfc3039925ed7563, 0xec63b5ea614f4678
	.quad 0xcccc15939a6a7f7a, 0x7f9794947c5e93dd
	.quad 0x2cc72c7fffce0bff, 0xbd147f82014b1fa4
	.quad 0xba5d000044470000, 0x7ecc362dc8600000
	.quad 0x7ff56ab674c42cda, 0x61e39faafe1177ff
	.quad 0xc090000000000000, 0x9103487ab6f5a000
	.quad 0x470000017fc00000, 0x7ff31b08a19b7cad
	.quad 0x6f6b8e7bfdd57dff, 0x5ae7ff9f44978070
	.quad 0x1b00ca9695e24ff6, 0x198bdbc2ddd98000
	.quad 0xbf4779be723367c9, 0x80000000bc71771c
	.quad 0xba06dc6aa4ffffff, 0x00000000ff8a660c
	.quad 0xf834b6703d060000, 0x9666b027ffd677dc
	.quad 0xf1f222f187d613b2, 0x43fa0000ed3c4f71
	.quad 0xc00c098304f24797, 0xc0f0000000000001
	.quad 0x7f000000ffaeb1fe, 0x03f0cbbd6ef37c71
	.quad 0xbf72c15dff1b47a1, 0x08d3075ebdf5dedf
	.quad 0x6eb8573c8e064540, 0xc7b528085dd9fa9d
	.quad 0x6532194656000001, 0x4030fd4a965d04d3
	.quad 0xac5c0423b2a1fa71, 0x7071ea7474ba3792
	.quad 0x80800000c0609df1, 0x8017c28c0b9077e3
	.quad 0x92dcc05cfea5f455, 0x8dd632cc017fffff
	.quad 0xbf020bc440980000, 0x7f8000007f8f00fa
	.quad 0xc01eb78518f53c08, 0xc00179ec8c00d3e8
seed13:
	.quad 0xfffffffffffffc2f
	.quad 0xffffd9fae99fd471
	.quad 0x000000000000016b
	.quad 0x9d48d191fa481efc
	.quad 0x805fbfe1f487d2f7
	.quad 0x00000000003d01ee
	.quad 0xfffffffffffffcee
	.quad 0xdb553c5831e4574b
	.quad 0x3af082c89daae70c
	.quad 0xa8b374532bb4f009
	.quad 0x8cf0f3c16c1ca6ff
	.quad 0x0000000100000000
	.quad 0x0000000000000258
	.quad 0xc72326cc1df532cf
	.quad 0xffffffffffffffd9
	.quad 0x0000000000000000
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xb9ea438dcef1ebb0, 0x8000f6bff5e31d07
	.quad 0x42000f7d6c1c6d6d, 0x4011000000000000
	.quad 0x0d28f26ef5340dec, 0x1070d0953fe00000
	.quad 0xc3ad388bd76fb75d, 0xb0fc4b0ddcb5f6cb
	.quad 0x65f897c940700000, 0x06d36bcea84d4080
	.quad 0xc010000000000000, 0xdcd7b3e08d694e70
	.quad 0x0000000000000000, 0xe606a6fd9b12c6b8
	.quad 0xc374e4d080000000, 0xbfbc600000000000
	.quad 0x0015ae402a576742, 0x258681b17f984801
	.quad 0x00c197c0ff977800, 0x00b5681a68991d4a
	.quad 0xbf800000bc160000, 0x52cf72043befd77d
	.quad 0xc1ff0145deca66c2, 0xbe9d8b35bf74e95e
	.quad 0x083c6f3a7f800000, 0x17005ee7325cdaaa
	.quad 0x376ea74f927b1507, 0x45e000ceffeffceb
	.quad 0x4021000000000000, 0xa7cc78e8f96fd7ff
	.quad 0x3f2c8945ffddb5b5, 0x3279af0af569f9ff
	.quad 0xc00ffffffffffffe, 0x84f74faad55abf8f
	.quad 0xfefdee777f800000, 0xffefffffffffffff
	.quad 0xb811ae6cda6797df, 0x40296f3a8c8eb3f5
	.quad 0xf80866bd24ec02d9, 0xc021800000000000
	.quad 0x40aa711affd8fc58, 0x3fd0e1ae0a46a11c
	.quad 0x3fae83b20f6214a6, 0x7fc0000041200000
	.quad 0xc07c67698f98591a, 0x7ff0000000000000
	.quad 0xbd8edba53d9687e8, 0xf9dd189acda2f8ed
	.quad 0xfdb1db61248618cd, 0xea2630cb3fffffff
	.quad 0x3fa04aeb85243dae, 0xbfc9bad60363386c
	.quad 0x4a9374f6cc4f9565, 0x007fffffffc95424
	.quad 0xffdfffffffffffff, 0x3ee3800000000000
	.quad 0xd34ceaef2be9b0f3, 0x40d940858b828175
	.quad 0x04f041911ada7ee5, 0xfd365aa35efef9ff
	.quad 0x4030c00000000000, 0x3d642893ff800000
	.quad 0xcc81d63ff3aff74e, 0xaeaeb85a4fffffff
seed14:
	.quad 0x000000000000006c
	.quad 0xfffffffffffffda1
	.quad 0x0000034408ffaa9e
	.quad 0x000000687585b14a
	.quad 0x0000000080000000
	.quad 0x13a4f9e2391d9dae
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x00000000000002f6
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xf6b3181802965392
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x766a6d7bc7d9afe2
	.quad 0x0000000100000000
	.quad 0x07c00000
	.quad 0x90000000
	.quad 0x4022d25118988558, 0x36eea38d7facff8b
	.quad 0xc017000000000000, 0x6dbe698fc2675e55
	.quad 0xc10dd79f41040000, 0xc2cbe456002fc8b0
	.quad 0xc350c155806438d8, 0x7e800000ffbcd6b4
	.quad 0xfffd5ff8c675021c, 0x00000000c1593671
	.quad 0x86a0ad01c68a12a3, 0x8ed298f97fb28ba2
	.quad 0xc0f0000000000001, 0x3fb1e4579f07b712
	.quad 0x8b5ac62cb9da82c7, 0xf51ae0a0407ffffe
	.quad 0x2ead99ee934c4b74, 0xb1d8179913457880
	.quad 0x93c5718b7f7fffff, 0x62e3595bfc6f0000
	.quad 0x07e41ebdb5bb0000, 0xc11c000036370000
	.quad 0x9fed2615defac8a0, 0xa1533a14a6a6b06d
	.quad 0x410c0000bc426b83, 0xf23aa07d3658d01c
	.quad 0x3c50aba8ff800000, 0xed2dd8e0094c9fba
	.quad 0x7f7fffff3e786685, 0xff9b6470ffc00000
	.quad 0x400e000000000000, 0xece410ad80000000
	.quad 0x17483f65c17f310d, 0xd9fffffe69ae06ef
	.quad 0x2bbe8416bf2f83da, 0x01d4ce8d22ff4450
	.quad 0xc3fffffffffffffe, 0xdc85eed1ff84d8fb
	.quad 0x187e4268ffdcfcdf, 0x83c607783377b2c5
	.quad 0x81000000800ad9a2, 0xc52cce46f17ffa56
	.quad 0x3fce9b523f30a7dd, 0x913b351d407fffff
	.quad 0x9b1825e974b65ac0, 0x3fb09362ffc00000
	.quad 0x9a21bdc19bd52a95, 0xdf7ffffe6b59e06d
	.quad 0xd44e1e4c410c0000, 0xfa6de335fd4a05b0
	.quad 0xfde4332ebb7f7ffa, 0x005610b97f7fffff
	.quad 0x7f800000358d5644, 0xaa635fe7e3f8fe62
	.quad 0xc248747cf2d012da, 0x6cd4bf697f800000
	.quad 0xc32082d33bcd0b0d, 0x7ff0000000000000
	.quad 0x8dc5099ecf9ed3f0, 0x7fa72193f7c8a091
	.quad 0xca85bcc3c448f4d4, 0xbe930000f920814d
	.quad 0xf98c4590cf800001, 0xc0ac0000c3fc6226
seed15:
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xa7a155d19ae66613
	.quad 0x00000000ffffffff
	.quad 0x00018ebc6e12ad2f
	.quad 0x000000027e2bfe8c
	.quad 0x0000000000000013
	.quad 0x00000000000001d7
	.quad 0x00000003c3c3cae8
	.quad 0x000000007fffffff
	.quad 0xffffffffb53bf3c9
	.quad 0xffffffff7245e692
	.quad 0xf231fbfb557f561e
	.quad 0xfffffffffffffff8
	.quad 0x4348771753ff373e
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x7fa2a4bee8005e5a, 0x406ed2e7efffff7b
	.quad 0x3a2aa9a1466cead6, 0x0000000000d1171f
	.quad 0xc804b89955e27e00, 0x7fff8a705fb1bd45
	.quad 0xb946112f99047e5a, 0x807c4ec9bed181f6
	.quad 0xd26c77b1c455037c, 0xffc278e45336ff6e
	.quad 0x38a29130bbebffdd, 0x8000000000000000
	.quad 0x7f8000007f800000, 0xfff0db93c6ea7745
	.quad 0xa7d346c648fa7c00, 0x464dcdda5f000001
	.quad 0xc3e113bd7fc00000, 0x7fc000006dbc9a19
	.quad 0xfb8deadd56ae7c00, 0x3ebc500000000000
	.quad 0x4e392a74ffbf4c7c, 0xd645b08ddbdcfeae
	.quad 0xffeaac9ca72b4eca, 0xff800000bbd38f5e
	.quad 0x567b3c5f9767ecf9, 0xbf42000000000000
	.quad 0xc070e61ea52a794e, 0xfff7315a78fb736f
	.quad 0xc05b200000000000, 0x3260061ec07ffffe
	.quad 0x406d54e7d4c80bba, 0xb27791efc7000001
	.quad 0x3ebf700000000000, 0x7f5229b9704e4aee
	.quad 0x29d1a4824c628000, 0x47000000c309277e
	.quad 0x0000000000000000, 0xae412bf3abc23970
	.quad 0xc043c71e4f3f8e07, 0xad3459b07fc00000
	.quad 0xc1308c7900000000, 0x62e2c229d149b353
	.quad 0x5ec6bebffeef7fd8, 0x9774cf7bc3b1eed9
	.quad 0x3eeafff0ff6ff7e7, 0x9295b608ff823762
	.quad 0x3fd792d67d53aee6, 0x12a090b56d769fa5
	.quad 0xbf8322a5d8993e67, 0x000a2f36efaafeaf
	.quad 0x7f800000df3bfb89, 0x29e0594ae2b7fa00
	.quad 0x7f7fffffcf800000, 0xc3ffffffffffffff
	.quad 0x87e5c3128b6a3f7d, 0xc020800000000000
	.quad 0xcf000000c7fffffe, 0x801c3b09ffbbf773
	.quad 0x3f72250efefefbbd, 0x7f82f403c0000001
	.quad 0x0000000000000000, 0x590000015fffffff
	.quad 0xc02000007f800000, 0xc0f80000c10a0000
seed16:
	.quad 0xfffffff8a3422ff0
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0xc500f0a14fe6c588
	.quad 0x51046da3ee58866a
	.quad 0x0000000001f8a258
	.quad 0x00000000000000c5
	.quad 0xc33ebfa8e40640f7
	.quad 0x00000000000002bd
	.quad 0x00000000000000ee
	.quad 0xffffffffffffea30
	.quad 0xfffffffffffffc6a
	.quad 0x0000000000000130
	.quad 0xe312113494fd9057
	.quad 0x04800000
	.quad 0x20000000
	.quad 0x7f0ca82a00ffffff, 0x6c83c748dfa2ff45
	.quad 0x3df6d8cfffbf9eff, 0xe93807e852d74762
	.quad 0xb9ecec13d422c580, 0x7f800000364a0000
	.quad 0xfb9595cd93857dda, 0x74ee3d027fc00000
	.quad 0xba0000007f916c39, 0xbffe7791de761c30
	.quad 0x7205793ac3e11132, 0x92c847761587fbff
	.quad 0x8000000000000000, 0xa98b32ad7fcfddba
	.quad 0xffc00000fd710637, 0x2bc63f5ebfeb8f3d
	.quad 0xff800000c0a74769, 0x8081f161ccc1c2a7
	.quad 0x0000000000000000, 0xdbc5ca65ffbff737
	.quad 0x7de704ca8e17c99f, 0x2562379e4e7c0dc0
	.quad 0x86c2f8a3d7d7659f, 0x7f2b607cca2c8200
	.quad 0xfa1268459ce77bba, 0x778f9bfdcb088001
	.quad 0xbdc8642cf156fc00, 0x7ff29a5758d65835
	.quad 0x40e0000000000000, 0x80400000cb398233
	.quad 0x0756ef26a362a156, 0xe31663a043a54600
	.quad 0x7ffcfe9702d2cc57, 0xc0065a810ac3c46e
	.quad 0xf5faf8f4fbcd7bfe, 0x4c45052e4217a94b
	.quad 0x001fffffffffffff, 0x80ea3fffa3f05e13
	.quad 0x53a65bb26f65f745, 0xca2c9f11d796fbbf
	.quad 0xfff43868551f0e5e, 0x1fef19d6ffdb4830
	.quad 0xbffffffffffffffe, 0xffc0000080000000
	.quad 0x8010000000000000, 0xfff7a057fd4e1238
	.quad 0x7ff0000000000000, 0xe3b90947f6daf8f5
	.quad 0x7ff0000000000000, 0xb2fa7c67ffa94bfe
	.quad 0x3f3e37dbf4e6fcce, 0x008ec03beb4500c0
	.quad 0x8ac6cf304646dd3c, 0x8000000044809a64
	.quad 0x7fb9922c177eec7c, 0x56abcbe27ff66fff
	.quad 0x933c0c882475cc58, 0xb91383986523c649
	.quad 0xb6e600007fc00000, 0x37c58a6cdcd7dd5b
	.quad 0x310b9550de60fc00, 0xff266b866daa1293
	.quad 0xff80000000000000, 0xc0e9d7c6feffc2bb
seed17:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe06
	.quad 0xfffffffffff03a7e
	.quad 0xb89b9e1d8f98d1b6
	.quad 0x0000000100000000
	.quad 0x00000000000dcf1d
	.quad 0xfffffffffffca07a
	.quad 0x00ba441146de6899
	.quad 0x7fffffffffffffff
	.quad 0xfffffffa280c74e8
	.quad 0x6792536cb6e9fbb7
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0xffffffffff8d8b52
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xffd0000000000000, 0x47b7bb98c3bbffb9
	.quad 0xff800000804db562, 0xd84737ff3de2051a
	.quad 0xb6400000a213b563, 0x3f78a5fce070bf37
	.quad 0x061d515b80257ecf, 0xc69400007ea0fd58
	.quad 0x470000005a1ddc35, 0x7f7fffffff87cebf
	.quad 0x377420554935fadc, 0x7ff0000000000000
	.quad 0x96a3d26342b47c31, 0xfb454b355626c680
	.quad 0x02903163c81987fb, 0x5e98cd1ceb1ba029
	.quad 0x40a00000ff800000, 0xf7b322cf4144d57f
	.quad 0x7ff502b070703786, 0xc033ce1d851ade1a
	.quad 0xffd0000000000000, 0xc0500000002c3361
	.quad 0x18bb2e1eb1eacd3a, 0x8a23521f7fb8fca7
	.quad 0x7faf854532c7bba5, 0x001e0f02cfffffff
	.quad 0xfed11242c30de0ed, 0x2533a10565ed3e3c
	.quad 0xc23302817429e774, 0xffda5e93781c14d0
	.quad 0x3c9036e1c00fbc89, 0x3fbc914def66973c
	.quad 0x34aff16e1153ce2e, 0xcaa2b027bffffe09
	.quad 0xfff54cbd4953ae12, 0xe6a7a5133dd78670
	.quad 0x9641a4e600000000, 0xda80000100ffffff
	.quad 0x75ec36a47f9f9d19, 0x5d28f3d8ffcb57bb
	.quad 0xbc3070be3b800000, 0x7ff0000000000000
	.quad 0xad6905418bff7e6b, 0xd9f1a379deb79f3f
	.quad 0xfff31218127c9151, 0x41f80000fa51492f
	.quad 0xbfbe839009cfc432, 0xbf5f8057225715ad
	.quad 0x0bbb10c40c148b78, 0x383600001ca5dad3
	.quad 0xff33a0f920aa9fed, 0xdaf0ab50f5844080
	.quad 0xcaedcdd7ffbd33f9, 0x800f1f05179bf92d
	.quad 0xffa6d8e7bd026ffd, 0x7f90b192ff046435
	.quad 0x0000000000000000, 0xc05c7e78aa4b9f98
	.quad 0x41c3d56443372583, 0x8bdb0a9c88fcfeea
	.quad 0xcfdab6e382fbd5b0, 0xfe9b768abb4736c1
	.quad 0xcbf91ab07fe656ad, 0x8010000000000000
seed18:
	.quad 0xfff57e5a45a28329
	.quad 0x7fffffffffffffff
	.quad 0xffff985ff129d1b2
	.quad 0xea591c9b1c63b5dc
	.quad 0xa26a26bd61443f75
	.quad 0xe7d142e34758c632
	.quad 0xffffffffd1996365
	.quad 0x000000003552292e
	.quad 0x0000000000000337
	.quad 0x0000000000000248
	.quad 0x0000000000000000
	.quad 0x00c4729fe8d1c02b
	.quad 0xffe23f7d2f03a715
	.quad 0x0000000ac7805c77
	.quad 0x0000000001000001
	.quad 0xfffffffffffffef0
	.quad 0x01800000
	.quad 0x20000000
	.quad 0x40d48fd220d19c04, 0x816e6353bf27910d
	.quad 0x513032c23fa9ec2f, 0x7f800000102fecd7
	.quad 0x65db89e4f7f17a76, 0x7ffd6ec4755969e0
	.quad 0x4021000000000000, 0xfffaf118ba90c8b1
	.quad 0x427c2443f7b3bb70, 0xbc407117da7fffff
	.quad 0xff597ed7172b4b5d, 0x7f67162088217d11
	.quad 0x3fd7040c91ceec6e, 0x1959a64bb4054001
	.quad 0xefe20a80ff9c5fff, 0x43a1f2010e47a97b
	.quad 0x477b59f87fc00000, 0x7f93182c00000000
	.quad 0x3fe0000000000000, 0x3151a1607f4c7bff
	.quad 0xba2b9db0905a0b24, 0x765bf9341103c280
	.quad 0x40c4000000000000, 0x6cad579bfd7dfcbf
	.quad 0x7efe364dd206f0c1, 0xcb32a28ddcd9b4dc
	.quad 0xbff0000000000001, 0x802edd0800000000
	.quad 0xc79af6469b02c98b, 0xc0526644db4b2218
	.quad 0x085c6cc5636e7d3d, 0x3ffff399705f3e33
	.quad 0xc0624e8b80ad88b4, 0xc361ab19697e3327
	.quad 0x46d9b5da6978b465, 0xea88dcf700ffffff
	.quad 0x60b5d53e43c1f280, 0x8214ee69abfd7a76
	.quad 0x7f981b45c1200000, 0x8000000000000000
	.quad 0xdf7fffffdb8bcd8c, 0x4058000000000000
	.quad 0x3f4000007ffa4f3d, 0xfff0000000000000
	.quad 0xc002000000000000, 0x75c00e395e3bfa00
	.quad 0x3e09318a80400000, 0x000000001c930b5f
	.quad 0x542eff8dffdabfea, 0x94982d3769e4bfea
	.quad 0x8658cd10ae63fbff, 0x932d279ec177fce0
	.quad 0x81752bd9fbc7ff67, 0x0020000000000000
	.quad 0xe49ad592fb27bd43, 0xf0ae9878edeca82e
	.quad 0x4100000000000000, 0x670c040825eb8000
	.quad 0xff7fffffffa60fb3, 0x006ec1d3c0f40000
	.quad 0xfd08d53cba50f7ff, 0x3fc000003e757771
	.quad 0x401b414f6bfc17a9, 0x0000000000000000
seed19:
	.quad 0x000000000000025f
	.quad 0x00039b6c022c5a43
	.quad 0xffffffffffffcccd
	.quad 0xfdf88bdfe00eae2f
	.quad 0x00000000ffffffff
	.quad 0x00000000002de3e6
	.quad 0x0000000100000000
	.quad 0x00000000000048c3
	.quad 0x25e6fbe48fd5f7aa
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0xffffb2f4fcf4ef0f
	.quad 0xfffffffffffffe85
	.quad 0xfffffffffffffd3e
	.quad 0xffffffe6097f0e71
	.quad 0xffffffffffe683d7
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0x94cdc5d94e815f64, 0xc023800000000000
	.quad 0xc8020000bc2877d7, 0x813321fd8411a932
	.quad 0xb6800000c1bf9cce, 0x8e37e58592db41fb
	.quad 0x42ee1b3580ffffff, 0x7e1e435e63feac6c
	.quad 0xffeaa77b27592fcb, 0x40e4a9de362fc098
	.quad 0x890b8ca5bdffcb2f, 0x889501f0bf405ce8
	.quad 0x5fffffff9b3ef183, 0x80000000bd4ed75b
	.quad 0x2f3067f280400000, 0x1c10f56f95e2fcef
	.quad 0x0dc8198acda8b20b, 0x7ff5df67ab2dd936
	.quad 0x4000000000000001, 0x1b28a8db817fffff
	.quad 0xc4ece25bbd1c7c00, 0x59832734bf3ffefd
	.quad 0x8000000000000000, 0xfd22a400620e8446
	.quad 0x82d4e84183f064e4, 0xd7283ba3c3a24860
	.quad 0xda26171f51d28866, 0xbff6100000000000
	.quad 0x7d09e1e6ed242625, 0x0020000000000000
	.quad 0xe5b0cb4e7fe19821, 0xbffb52c71bc00112
	.quad 0xc34ffffffffffffe, 0xfe8b22290e6bdd1c
	.quad 0x7ffe10ec016aeb9e, 0x0000000000000000
	.quad 0xfff109065b5cf8fc, 0xc4651212b4877c00
	.quad 0x3ec536c3a28125ae, 0xa3123eff991cfc00
	.quad 0xc078000000000000, 0x7ff0000000000000
	.quad 0xf13510397f7fffff, 0x0000000000000000
	.quad 0x149a25a8ff800000, 0x7fff65936d2390fd
	.quad 0xaa6db298c2bb8dce, 0xa2c60578cc72f943
	.quad 0x3d3034c53bfdea51, 0xc02b76f262a8d682
	.quad 0x7ffc3346c9399da8, 0x3ffb8a13db4c8ae1
	.quad 0xe1bc6a369b7efdff, 0x7fa4a3eebf0a2810
	.quad 0xc380519b7f800000, 0xda35a851fdd9efbe
	.quad 0x402b105f6ad069f1, 0xea22cbe4a8579484
	.quad 0x80000000588b51fb, 0x80400000d862051c
	.quad 0x05c09fbc2fa7a28a, 0xfff8000000000000
	.quad 0x0000000000000001, 0x08bff537dacbbb51
seed20:
	.quad 0xffffffffcb4bc8e6
	.quad 0xffffffffffffff16
	.quad 0x5382f78d4841838e
	.quad 0xfffffffffffffff3
	.quad 0x005ce34596b8200e
	.quad 0x000000000056dc9e
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xfee784f3e482af9c
	.quad 0xb54679f5330f83f7
	.quad 0x0000000001000001
	.quad 0x000000000000004e
	.quad 0x0020000000000001
	.quad 0xffffffffdcc0dae7
	.quad 0xfffffffff4578f60
	.quad 0xffffffff80000000
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x000000007fc00000, 0xd17e3e2dffe1f7ff
	.quad 0x001a6181b7e29628, 0x3c867563a1961dac
	.quad 0x7fc0000080000000, 0x90e73e50ff67fcc6
	.quad 0x209d733bfff0fa00, 0x4056700000000000
	.quad 0x6249b5ff46ee3fbf, 0xf8d58f8afa0a7e46
	.quad 0x7e33a86ff897cbfc, 0x7ff0000000000000
	.quad 0x404b4e00ec3c8750, 0xc4db895698c9fd7a
	.quad 0x8ee813a4ef69ffc2, 0x072540a6572e4a7a
	.quad 0x3db15278a8440000, 0x0048ded3bf879f25
	.quad 0x802e6ea46406a3db, 0x000e24c7c8e7546c
	.quad 0xdb6cc9cff6ff7c00, 0xffcab7575f000000
	.quad 0x4a33ad2980000001, 0x3f7c5424bb9280ec
	.quad 0xff000000bf588f33, 0xda7fffff3d5f9d7d
	.quad 0x7ff0000000000000, 0xbf8dcffab7d3cd05
	.quad 0x7e504ef7739bf576, 0x8008000000000000
	.quad 0x61563eadb1cc7a3c, 0x218150a5a6ed7ebf
	.quad 0xfdc0ff8fd3bed530, 0xc047d2f6dc13fa6a
	.quad 0xffb699077ff5f6ec, 0xfff0000000000000
	.quad 0x800b42264f534369, 0x49a7b839ff9d4340
	.quad 0x002beb8afea133dd, 0x14b1807363057393
	.quad 0x000000006d139b32, 0x63d26feb7f44fefb
	.quad 0xc0a2400000000000, 0xc024000000000000
	.quad 0x808e41b0c1410922, 0x39c00000710e7dbf
	.quad 0x7fd28bad931877a7, 0xff80000080000001
	.quad 0x00ffffff18e0b9eb, 0x3cda69d3d1968a91
	.quad 0xf4665515c8d00000, 0xdaeb003d3dd648e0
	.quad 0x7f80000042940000, 0x52c49b309e9e0400
	.quad 0x13cc33cf1b03eaa8, 0x5703deecc492a491
	.quad 0xe1974ff0bbdbdfff, 0xc0d80000b818e25c
	.quad 0x368000001d7e0be5, 0x480af1f85581a147
	.quad 0x80436caa80000000, 0xff8000007fb03aae
	.quad 0x1db20a43f65ffafd, 0x3e6244c3c2e89d3a
seed21:
	.quad 0x000000403aa55291
	.quad 0xadba91339d7aa8b1
	.quad 0xfffffffffffffc41
	.quad 0xddbfa5b3b22a524e
	.quad 0xff146cb47b4ea449
	.quad 0x0000000000000000
	.quad 0x000000000000a297
	.quad 0x8a06c991ac8cfe3d
	.quad 0xdf7e1175ac455625
	.quad 0xffffffffffff7d41
	.quad 0xfffffffffffffde3
	.quad 0xfffffffffffff8be
	.quad 0x193c397715d95835
	.quad 0xfff30a122c67718f
	.quad 0x0000000000000362
	.quad 0x1bdcb79d60f58a52
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x00a3908b87384434, 0xb709644ccffe06ac
	.quad 0x9b393d60fff9fdc0, 0x718640b38de15b38
	.quad 0x6f7bcaed8ba7757c, 0x32f62deada2cdddf
	.quad 0xc0a9ba9b75afeaad, 0xc00fffffffffffff
	.quad 0x3ff2000000000000, 0xbffc1bdba7d63dfe
	.quad 0x67aaecd27fe23b7e, 0x7ff5ffbf17b28f76
	.quad 0x0a2166c776e2ebd6, 0xbe6b00007fd4c5cb
	.quad 0xbff500235ff912fc, 0x4340000000000001
	.quad 0xa19302877ff64caa, 0xc0bc0000007fffff
	.quad 0x72219947eedeb55c, 0x24afb4597effffb2
	.quad 0xbfaf4153c313c3cf, 0x3f59edbd436057ef
	.quad 0x75b227e43b777ddf, 0x62a56e858d46a793
	.quad 0xbc0c89696c0084dc, 0x000ecf42e211e44c
	.quad 0xc280000043dbd325, 0x002f24bdbece8000
	.quad 0x800000003e4f7555, 0x817f09ad2c44d271
	.quad 0x40c00000e3e357b5, 0x952a0729c3592ac4
	.quad 0x8000000000000000, 0x0373659abb7fffff
	.quad 0x031c88b01745ebc6, 0x9348f53effe7f673
	.quad 0x00000000c0a00000, 0x836642a4ffbfadef
	.quad 0xf6b3d1a7f573da57, 0x00000000c7c80000
	.quad 0x7eda9df69d4e8000, 0xbe120a027552c9d0
	.quad 0xfff74c16c74fad5e, 0x7ff0000000000000
	.quad 0xfff8000000000000, 0x82ecbf1492d5ddc0
	.quad 0x00842e2940280000, 0x804690d9c1200000
	.quad 0xda51c141ff377e00, 0xbcb75c07f5d19fc4
	.quad 0xffd672f254a779d5, 0x3e8e4b467f997dac
	.quad 0x801680b2c5f7f82a, 0x2ec667bf530e3efb
	.quad 0xe5afb942fcfff1cf, 0x3fb507ed1a0e9c62
	.quad 0x4087f61dff800000, 0xa7659774a586d83c
	.quad 0x867e565048000000, 0x3db0000080000001
	.quad 0xa24e4a66ffa53db2, 0x403cf945c2fbd42d
	.quad 0x0654377954d93558, 0x000000003f6ab691
seed22:
	.quad 0xa86a3b35306fd65d
	.quad 0x00000000000000c6
	.quad 0x000000000000300c
	.quad 0x158ba1ffc2876407
	.quad 0xbda9e1c7886c44cd
	.quad 0x335b0d4c21c8870d
	.quad 0x6cc798dab6ef495f
	.quad 0x8239efa951ea473c
	.quad 0xfffff54aa46d792a
	.quad 0x000000000000050a
	.quad 0x0000000000000001
	.quad 0x0000000000000083
	.quad 0xffffffffffce4da4
	.quad 0xfffffc41d97d5701
	.quad 0x985f4a9f73942fc3
	.quad 0xfffffffffffffe91
	.quad 0x01c00000
	.quad 0x40000000
	.quad 0x7fdb436101b2a254, 0x8002e9786688a558
	.quad 0x9c5cd71040680000, 0xc1e83259fc7cb7fa
	.quad 0xbd731f59d8a834b2, 0x8000000000548d21
	.quad 0x8008f3ec36241015, 0xfff8000000000000
	.quad 0xc400000042d68dc9, 0x40a4000040989b7a
	.quad 0x47ffffffc73cb115, 0x10aaa2507bf1fe01
	.quad 0x3d8c86ded9800000, 0xbfce4b083f77676a
	.quad 0xbcffebba9ca78bfb, 0x3d68277bdefce8e4
	.quad 0x801fd706c64f768f, 0x800fffffffffffff
	.quad 0x519586fb42a6fc64, 0xbfb162cedd682eb9
	.quad 0x3fc444017f800000, 0x0022fd8d9ac7e5a0
	.quad 0x3a0800009b7652ab, 0xfff0000000000000
	.quad 0x3d94f77580551513, 0xe2e8f9f2cf2bd11d
	.quad 0x3b861018ffdbecbd, 0x3c7c5141381d038d
	.quad 0x3fffffffffffffff, 0x8039e42b48b00000
	.quad 0x239d2d9efd7f7ff1, 0xf075ea3876fd9737
	.quad 0x00400000bcf7703e, 0x04238b9f07ceef79
	.quad 0xc014c6864f7673de, 0x945a84c57fffffff
	.quad 0x5a7fffff3c1c0000, 0x3fec000000000000
	.quad 0x12e37e52cc11f26c, 0xd1b4cdcca56d4640
	.quad 0x3fac1c5944d36090, 0x8147d977ff991947
	.quad 0xd11253ccd20acc5a, 0x4019000000000000
	.quad 0xdd586bf2c4d85140, 0x3fbdba5be33c9d35
	.quad 0x62385fd910c9ae0d, 0x3eb9cd8f9dda1930
	.quad 0x13b120e19f674680, 0x98a67b6f8d83ab58
	.quad 0x4363078c558f796c, 0xf6176d68ecbc4600
	.quad 0x0af309035c884258, 0x000074b8024e33a1
	.quad 0x7fc00000ffd34f6e, 0xfff0000000000000
	.quad 0x82110a1d7c8fb6c6, 0x3dbd44afb8fa8000
	.quad 0x0000000000080b37, 0x0000000000000000
	.quad 0x7fabd32d803cbd17, 0xff800000bc6202ac
	.quad 0x007b9712f35c7b29, 0x4700000033b54ff2
seed23:
	.quad 0x46cbe515afc698e4
	.quad 0x0000000000000001
	.quad 0x51749691c0c6cba7
	.quad 0x0000000000000000
	.quad 0xd62a3541432d6f3c
	.quad 0xffffffffffffff7b
	.quad 0xf5994955f1ab4da9
	.quad 0x99cf1aa38702c203
	.quad 0x2270051cfc413bb2
	.quad 0xb8f87c58c6ba1d01
	.quad 0xd999091796a17dda
	.quad 0xfb21b190254a65e9
	.quad 0xfffff9cf8538efc7
	.quad 0x000000000000020f
	.quad 0xfffffffffffffd7b
	.quad 0x000000000016c0b8
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x59884923477ffffe, 0x047441c4e6fffc11
	.quad 0x006d49b908047bf2, 0x227893d1ffcfffef
	.quad 0x189c84792eeeb4ab, 0xfe2a16cf5e14e8da
	.quad 0x02a4e7c587bebbb4, 0x8000000046c80000
	.quad 0xc0a7800000000000, 0xaa9578f86ba86881
	.quad 0x425b5772dfffffff, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x7f2cfa39b9950000
	.quad 0x5f000000ff800000, 0x985a7c517f8adfc7
	.quad 0x41fc65fa6ba09003, 0xbe51b32e6a539dbd
	.quad 0x5a7fffff0070fcf1, 0xdca6b386ffd7dffb
	.quad 0x7ff0000000000000, 0x40b7f9e86e97c7a7
	.quad 0x7fb87d007f800000, 0x005ff618f69361ef
	.quad 0xa4594c1acff70621, 0x7070910918b509c3
	.quad 0x414d59fb435a0439, 0x00a1b1cfc9a00000
	.quad 0x0d3ced4928548000, 0x68578fce7feb7c62
	.quad 0xd87883d55377ac91, 0x43f0000000000001
	.quad 0xc022177b43a1517c, 0x4001143f6d7a4daf
	.quad 0x7f486d9fbd200000, 0x3fa13efe7fde90b6
	.quad 0x971a272124f9c015, 0x997c9d907fe75127
	.quad 0xfe385804f4a6d2ba, 0x41effffffffffffe
	.quad 0xda41f66780ffffff, 0x66e95b58ffd96fa6
	.quad 0xc3b30bb7cc6a7b0e, 0x80000000e6bc4eb6
	.quad 0xfdeb01d01c683cfc, 0x000000005a000000
	.quad 0xbf711190bda920b2, 0xcb5dcfbe69834411
	.quad 0x884ede9f811fdf78, 0x43d1db1ec035de30
	.quad 0x7ff745383dae411d, 0xc11a0000c1bdd78a
	.quad 0xcafc90d8ff922b20, 0xc0bc000000000000
	.quad 0xfffc32729a86724b, 0x001442c3ebd885d5
	.quad 0xf69d0b027fd54126, 0x7fefffffffffffff
	.quad 0x3d8a11773ba20000, 0xfff0000000000000
	.quad 0xbc9a73007f800000, 0x3cbb6d270051ed13
	.quad 0x7ff0000000000000, 0xb3ffa7d7dbff7f6f
seed24:
	.quad 0x8000000000000000
	.quad 0xffffffffffe239e3
	.quad 0xfffffffffffffd7f
	.quad 0x0000000001000001
	.quad 0x9254109c92755493
	.quad 0xe6c3ae0dcbd278c8
	.quad 0x17adc10444613581
	.quad 0x00000000000003b9
	.quad 0x1fd24efbdb6383c2
	.quad 0x971454e6affa4c45
	.quad 0x00000000000001dd
	.quad 0xe4d504041734a761
	.quad 0x9cdef20ee277ea2e
	.quad 0x3ec899c429a914de
	.quad 0x0000000000002576
	.quad 0x30fa6c43e6083d77
	.quad 0x06000000
	.quad 0x90000000
	.quad 0xe84d15dd05357fc3, 0x23f8236e8f5bcf7f
	.quad 0xf6d168c4ff11188e, 0x800436c87f800000
	.quad 0x3f66eda34194073c, 0x7ffa8fb5bd05a1f0
	.quad 0x3fb8e470c3110c5f, 0xc023400000000000
	.quad 0x000513492b6be604, 0xd0b7b3b4199e840b
	.quad 0xbff3c3c5a0ffffd7, 0x325a88d9fc6f797f
	.quad 0x32aec00dff91b62d, 0x5fcb593a2a59907e
	.quad 0x6a388f6afeb17961, 0xfff0000000000000
	.quad 0xc961f79c7defbfce, 0x8aaa2e35fed7a3ae
	.quad 0x7fb22cdf35f2f669, 0xffc07d8338986af7
	.quad 0x3c706fc5ffffe906, 0x00053b01822d1cbe
	.quad 0xcc5583c5f77577ea, 0x83aea3a24dab8000
	.quad 0x000fffffffffffff, 0xe57fb4cdca101ebb
	.quad 0x7f8000004f800000, 0x00000001dfffffff
	.quad 0x97218d6cf1fd4945, 0x7f8000007fc00000
	.quad 0x37c000007f8622f6, 0x7fd0000000000000
	.quad 0x0000000000000000, 0x573df3acf92a7d16
	.quad 0x7ffa5adfb74d2c1f, 0x0bd8b9e7dd4bbfff
	.quad 0xf795217a749734cb, 0x8037bc6080000000
	.quad 0xf8240c49b7bedf9e, 0x3d02ef09186ef96f
	.quad 0x7a1220e5c5ff3d00, 0x8045c8f13ce5844e
	.quad 0x40c7e00000000000, 0x937bda35feffffff
	.quad 0xfd5f86359d14dbcc, 0x99410a42ffbe774f
	.quad 0x09139da403ded0cd, 0x42813f9048748400
	.quad 0xb5d8bc77ebffffff, 0xbf996e7309d47175
	.quad 0xb512891b845727a0, 0xcffffffebf9baff5
	.quad 0x0dc49fa1fff51eec, 0x82a628ff52b28661
	.quad 0x9f6db708806f8bcc, 0x14d394bd7485f3bc
	.quad 0xc5c00000bd00f6ce, 0x3e7f93f682133ddb
	.quad 0xc0e341f833904cbf, 0x7fbd388eff7fffff
	.quad 0xc73cbbc0a968fe00, 0xfda92db7279805a3
	.quad 0x1a0e0042fffce47f, 0x7dd667e4fdab7d35
seed25:
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0xfffff19e7c499175
	.quad 0x0000000100000000
	.quad 0xc2486717a9ee27eb
	.quad 0xfffffffffdd79c90
	.quad 0xf77a06a069dd4f7c
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcda
	.quad 0xffffffffffffffff
	.quad 0x000000000000021c
	.quad 0x00ac165691577dbb
	.quad 0xfffffffffffffdeb
	.quad 0x229e11799eb318ac
	.quad 0xfffffffffffffc66
	.quad 0x00000000000001cb
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xf40292024c496eca, 0x5faf0fce85fba320
	.quad 0xfff0000000000000, 0xffb498543ce45d74
	.quad 0x3c957a7d866881ea, 0x63a0d9306ac9de14
	.quad 0x94ab773fffc00000, 0x252d28954fad3600
	.quad 0xbeba600000000000, 0x2411fb40527f7c00
	.quad 0x578e13b680165131, 0xc1e0000000000000
	.quad 0xbf913621bbc8256e, 0x407b72bc336f7ba3
	.quad 0x0000000000000000, 0xb279c883fdffcff1
	.quad 0x0004c17dc66a390a, 0x07939da07ffcfdca
	.quad 0xffe8ef7182f36e20, 0x140fd919d9ffffff
	.quad 0x4732716843a41f76, 0xeb018110db5f82ce
	.quad 0xbf66000000000000, 0xc26bf69b4236fc77
	.quad 0xe251767c3c626e13, 0x562b9b97807cf510
	.quad 0x47ab47ce8ffc8680, 0x40214cba4476e281
	.quad 0xd10265ab27d3fe0a, 0x0000000000000000
	.quad 0xc7e01f8543ed8700, 0x3edf9259c34c67ae
	.quad 0xffad6e8f00000000, 0x03b111d99d604ff7
	.quad 0x9fee54324d6f67ff, 0x00d4ce23323bc500
	.quad 0x7d9769c1d970db37, 0xdeab72af67fbfdb4
	.quad 0xc06a1df68539b8a5, 0x06dd77e472fdf7e0
	.quad 0xc002d44c72ce53eb, 0xd10e843adcd5fcae
	.quad 0xc04e2549e8b2b298, 0xc4de69988bb7828c
	.quad 0x77c28752777d48e6, 0xfe82d2c011b4790e
	.quad 0x06f4062cff4f3eec, 0x9580afef7fbeb7ba
	.quad 0x2fee17efb7777800, 0x400000007fc1814a
	.quad 0xc3e0000000000001, 0x4886316c7fbfeff5
	.quad 0x80000001ff800000, 0x33d3a5f97eb98000
	.quad 0xff93bab4bf1856a5, 0x18ed7991eef7cc7d
	.quad 0x000d15d1bb8aa7f1, 0xd2b7b15dd67cb2ff
	.quad 0x9ed63b20b138fd02, 0x6eaebdb8dff803ff
	.quad 0x2dde81b17fb23af3, 0x00794c92ffc00000
	.quad 0x26c2770cfffff3f0, 0x807e6bba7316cab6
seed26:
	.quad 0xffffffffffffffd6
	.quad 0x000000000002b228
	.quad 0x00000000000002a2
	.quad 0xba457c3a63f65cbc
	.quad 0x2427261db1420fb1
	.quad 0xafb405cb0d99a5f3
	.quad 0xffffffffffffffd4
	.quad 0xfffffffffffffffc
	.quad 0x000000000000025a
	.quad 0xfffffffffffffc43
	.quad 0x000000004c836dd0
	.quad 0x000000000000012e
	.quad 0x0000000005dc1c32
	.quad 0xc6f4532e806b329c
	.quad 0x88c99180cbd3582f
	.quad 0xffffffffffffff5b
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x7ff0000000000000, 0xff75c7147fad49b8
	.quad 0xbf7f247109c88aaf, 0xfffb268f27e89ec5
	.quad 0x3392bf405d01c80a, 0xd3b9f2ac9ca02e90
	.quad 0x046e2b15fffffc57, 0x70f402ea01056c56
	.quad 0x000000007fb99d5a, 0x51ecb057424d7bb6
	.quad 0x8852e6ebf74ff6bd, 0x2fdb12399d7d80de
	.quad 0x2dc3af874a7dcacd, 0xcffffffe15ae16d3
	.quad 0x98f7e02814e4758d, 0x43efffffffffffff
	.quad 0xea2fda2e7ff5efad, 0x798e4afbfdeefeff
	.quad 0xf9bbf741d9ff04aa, 0xffd4096e85d52280
	.quad 0x8074b1a9699f8120, 0x00000000513cdde0
	.quad 0x3494b8baa156ff12, 0x153c34cf43f57f63
	.quad 0xbe92fa2c749e3268, 0x3fc268313e51c938
	.quad 0x3a640000c0103fa2, 0xf7464155b49dda27
	.quad 0x7eb466ee3bf5e0e7, 0x15d07175e1d62bfa
	.quad 0x804cc950c1200000, 0x001905168a507b35
	.quad 0x429cef3640f1d69d, 0x0e83fe6176f17c00
	.quad 0x6c608d0cfba7fcfb, 0x4f5f7fb8c78ffbff
	.quad 0x06bbca6ee4f603ff, 0x3ddced11696b481c
	.quad 0x05de7dd441b6a870, 0x400011a3688026b8
	.quad 0x69db43ca0bb7c46f, 0x159eacba21481e2f
	.quad 0xf8892d22ffc00000, 0xc2379447bedeab82
	.quad 0xbfbe806940a8ff84, 0x7dd021a7997cc92f
	.quad 0x853ba8aa80000000, 0xc3c4bdb5ff800000
	.quad 0x51d1fe41c3f10000, 0xfff3c7cb26a7cfea
	.quad 0x001ac64016189cf4, 0x16429e7bc3a23b7d
	.quad 0x06bc6e1327afa461, 0x83c68e95e49f1535
	.quad 0x0010000000000000, 0x007fffff00400000
	.quad 0xb2674764ffb5666a, 0x4f6aaf74b8e80000
	.quad 0x4a84ed73166e8000, 0x84208599ffafad7c
	.quad 0x3fc18930020910cf, 0xc110000000000000
	.quad 0xcdb5f1d1fffff7de, 0x1c1af7baff2bdfb1
seed27:
	.quad 0xa563da51e37a0e4a
	.quad 0x01bfb3900a02d1ff
	.quad 0xfffffffffffffb76
	.quad 0x0000000000000092
	.quad 0x01f7dcdaaa73035e
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffe462
	.quad 0xa69696747747e416
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x9dcf1396091fc606
	.quad 0xde17010c72834fdf
	.quad 0x7fffffffffffffff
	.quad 0x66a23851dff4903a
	.quad 0x0000000000000227
	.quad 0xfffd80a2b2847352
	.quad 0x01000000
	.quad 0x40000000
	.quad 0x8e534070a739adf2, 0x9542822a7ffeffff
	.quad 0x433fffffffffffff, 0x00f129af4b0eb9c8
	.quad 0x402dc00000000000, 0xc04fe63354713e2b
	.quad 0xae96d9f0ae71a565, 0x822e3cebeaddd550
	.quad 0xa0b3c56d9769fffe, 0x82e54886be221b05
	.quad 0x7fa55493002e2390, 0x43f0000000000001
	.quad 0x9fbe16f758252400, 0x00000000ffbc1182
	.quad 0xc0cbc00000000000, 0x817809a7f9b18c7e
	.quad 0x00da03f60078ef44, 0xf726762ac262a832
	.quad 0x0010b879c7560e81, 0xffeec762bf7072be
	.quad 0x7f8000007f800000, 0x800c283fff77f649
	.quad 0xa9875bc2db357da5, 0x8000000000000000
	.quad 0x77755d2ed09f2b60, 0x8f5cb826c85ef800
	.quad 0xc179239acf7fffff, 0x9d522be526cf7e00
	.quad 0x922c6f93def93f0b, 0x1da6c4455f3bc234
	.quad 0xad845a2effffffff, 0xffc00000409d0325
	.quad 0x800770f77bdfe179, 0xd46bb68613ee1cd6
	.quad 0x66f351b529f6cbce, 0x4ad070e50061189c
	.quad 0x7fda2ab8fe236a6b, 0x7d954d3e796f2778
	.quad 0x51ed9005dc94d9ab, 0xcc262bb467e38444
	.quad 0xbf05e00000000000, 0xc013000000000000
	.quad 0xbf9ce484448769bd, 0xfff0000000000000
	.quad 0x997c8f56fffeeecb, 0x7ff8000000000000
	.quad 0xc006fb8ce25e37b2, 0x3fc6b8757b62fef7
	.quad 0xbf80000080575728, 0x0000000000000000
	.quad 0xcf7fffff7fcaf4d4, 0x7ff64adcf3570914
	.quad 0x7ff1e2179fc5f2e2, 0x7f800000c2dccfee
	.quad 0x405c98342a2b4ef3, 0xff8000007f800000
	.quad 0xbca92d6eb3c5b9dc, 0x903436931a165f1b
	.quad 0xbfce8d57e2219b4e, 0x40609481321c7469
	.quad 0x04a096fbc77efd3f, 0x74538d699fdebf69
	.quad 0x0c1e53ec7fabedf7, 0xcce9ff14a2f0bf9a
seed28:
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x00000000000001a6
	.quad 0x8a6da4374a573578
	.quad 0xfb23b5caeaf9c81a
	.quad 0x0000004e618cb57a
	.quad 0x51ead6ab989aa495
	.quad 0x0000000000000007
	.quad 0x000000000000bade
	.quad 0xdb2eb92a2774e084
	.quad 0xffff39d86c0f637e
	.quad 0x000000000000037e
	.quad 0x0dea866164509777
	.quad 0xffffffff80000000
	.quad 0x00000000000000a5
	.quad 0x0000000000000000
	.quad 0x02000000
	.quad 0xe0000000
	.quad 0x0316cf074dcae804, 0x002d92760ba8af31
	.quad 0xbf10000000000000, 0xbef0c3513e5c84d9
	.quad 0x007fc4423f5ad876, 0xa97c8e416e097deb
	.quad 0xab1955e851868592, 0xc079c0106c9c9436
	.quad 0x43a3e5a547800000, 0xfef07f2f54daed34
	.quad 0x8000000000000000, 0x1c862b5de2348f68
	.quad 0xc258c86dfff7143c, 0x8000000000000000
	.quad 0x8016fda6e9bad75b, 0x000bb03ef3802c54
	.quad 0x8000000038a684cd, 0x005963fe80251846
	.quad 0x0000000000000000, 0x9967cc7dc0efdeb1
	.quad 0x82a32dbed94a5ab2, 0x9e5c87b0cb445edb
	.quad 0x7ff11b1a88a5753a, 0x5dcc5df57d75fd8b
	.quad 0x80000000c1180000, 0x329bc49ddc174634
	.quad 0x3dfe3eca98b552e8, 0x96425160598cac86
	.quad 0xbf8302a692dec176, 0x4bed6e42de21bffe
	.quad 0x65e61b997fdfdcdf, 0x3ea0e778c612a4fb
	.quad 0x3feb41cff17b9efe, 0xfff8000000000000
	.quad 0x289a17079858fe00, 0xffe59ccb3c9e3cdd
	.quad 0xfff0000000000000, 0x4016000000000000
	.quad 0x4db7d0ff33b525b3, 0xf72a5eaddefdfe7e
	.quad 0xee1f99a4f328d455, 0xb60a5e1f55e1ffa6
	.quad 0xdaf8be23744991c4, 0xf912fa6d2c62a6c5
	.quad 0xc02c324d7fec0213, 0x15a01285ad219734
	.quad 0x945547a8ffeec5ed, 0xcf5c95d07fa2f18b
	.quad 0x40ea000000000000, 0x0de2d85c15d0f4e8
	.quad 0x97cbfc6fbdb84975, 0xffc00000ffbf2be5
	.quad 0x7fe48d86802ae272, 0x7f8e30bf7f7fffff
	.quad 0xc3e0000000000000, 0x5bfd833df0dbffff
	.quad 0x3c95c087bef4d6d9, 0x000000007fa30edf
	.quad 0xc3290c5f3a710000, 0x5d17d05fd4eb8000
	.quad 0x8000000000000000, 0xac574ab3ff800000
	.quad 0xfff8000000000000, 0xfff0000000000000
seed29:
	.quad 0xfffffffffffffec9
	.quad 0x0000000000000001
	.quad 0xda51ea0acd19d1e5
	.quad 0x58214fa686c15b0d
	.quad 0x00000000ffffffff
	.quad 0x000000000000075e
	.quad 0xffe90303f9e3ac0e
	.quad 0x000000007fffffff
	.quad 0xfffffffffffefb77
	.quad 0xfffffffffffffc5c
	.quad 0xfffffffffffffd75
	.quad 0xfffffffffffef3ce
	.quad 0x8c954a4ae1f7760e
	.quad 0x0000000100000000
	.quad 0x958db706cc921f86
	.quad 0x334c101c01da4894
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x7f80000059ffffff, 0xff0f749357fb307a
	.quad 0x80053cb45bcbfaac, 0x7ff36ac8d19e8a39
	.quad 0x7f3fd1ea80000000, 0x000630eb802d3f08
	.quad 0x3c680000ff800000, 0xbf8a1ad65416c79a
	.quad 0x4006a0cc49b236ff, 0x3c1cd0c4aca797d3
	.quad 0xfff0000000000000, 0xbffa000000000000
	.quad 0x46440000983887d4, 0x3f86eb6a8d1761be
	.quad 0xfd7dec1308a2cf1a, 0xa6648929bdeb7b3e
	.quad 0xae8f848a712e0211, 0x4003800000000000
	.quad 0x7ff8000000000000, 0xff8000009e06838d
	.quad 0x45e104d77ffdfc00, 0xea601525a223c860
	.quad 0xff82e98f64f01684, 0x433ffffffffffffe
	.quad 0xcf7ffffe7f800000, 0x3ec20a5b70975579
	.quad 0xab27688fd37e08f1, 0xc3a12188ff800000
	.quad 0xc7fffffecf7fffff, 0x8747f61c7a0f7c00
	.quad 0x0000000000000000, 0xec79d34afcffffff
	.quad 0x6f5cb0429cf950bc, 0x9103bdf4b8ade67f
	.quad 0xdb88d494ffc277ef, 0x9044c84dfbbf67df
	.quad 0xf6b9ff5bede0c938, 0xf0c76ddf7ef6ffc4
	.quad 0xaa625e8552b47901, 0x6d4294ac59ffffff
	.quad 0xffff444db3a6d7f7, 0x0020000000000000
	.quad 0x7ff0000000000000, 0x2b912b61d8960000
	.quad 0x5d272f5fcd60b852, 0x0020000000000000
	.quad 0xefc6d5265816c020, 0xfff0b21dcfc2535c
	.quad 0xd706b2bbb96ee5de, 0x33c237a0c336fbff
	.quad 0xbe2da3adbb8aa121, 0x3b374104851b4100
	.quad 0x85e50dbab9d34c38, 0xff618aba80000000
	.quad 0x3fe492675b2fa764, 0x7e63f4bd91221edd
	.quad 0x0040000040aea5b3, 0xc05f70e133230d0a
	.quad 0xfffb8ed33858a536, 0xc10637fbfffdfefd
	.quad 0xf07e6cf7a63766ad, 0xc0683b8bfe96f49e
	.quad 0xbfba0b9aa9bc85f7, 0xc0e400007f800000
seed30:
	.quad 0xffffffffffccf5a9
	.quad 0x00020e70aaa73952
	.quad 0xb3fd468ffda54285
	.quad 0xb9d7d50238a60d23
	.quad 0xfffffffffe6fe0c6
	.quad 0x000000000001914d
	.quad 0x0000000000000091
	.quad 0x00000000001f3fc2
	.quad 0xc9cc5d5ac55fc92e
	.quad 0xff88d3b38ce539a9
	.quad 0xfffffffffffffd94
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0x95dee11f5182ef37
	.quad 0xffffffffffffffff
	.quad 0xbc78e73e45aaa567
	.quad 0x01800000
	.quad 0x80000000
	.quad 0xff800000007fffff, 0x7f9b933be3bff68b
	.quad 0x7f80000040d40000, 0xc01b04b67faa0d52
	.quad 0x40e2000000000000, 0x4050000090b1f7b8
	.quad 0x7d2b22d64006a92a, 0x14273b88176e3a84
	.quad 0x8000000000000000, 0x41180000f56541b8
	.quad 0xc34e9ec1f68da87b, 0xff8b9f827fc00000
	.quad 0x86b5eaae9936f719, 0x8f8952bd96e5a660
	.quad 0xff800000ff6b6f71, 0x40686a6ad90ca09c
	.quad 0x4f800000ff800000, 0x963b045df355c498
	.quad 0x84a6d6b77341795b, 0x7ffb577183ca2667
	.quad 0xa0c571daffad0000, 0xffa461ff7fa9ae1f
	.quad 0xf4d9da46bafe8000, 0x748c2a5d0bb37c00
	.quad 0x1a95c6f880000000, 0x000000007f800000
	.quad 0xeb8f0a017fedffbd, 0x51871584f75de6e6
	.quad 0x000342ca8057be0b, 0x1db62fe56c3f30c1
	.quad 0x8006ba7d9b6dc321, 0x4b7986e37c4d45d2
	.quad 0x204762c6bef0ec9e, 0x37c8c389f4f7fd49
	.quad 0xbd2027e08014d964, 0xc0b8000000000000
	.quad 0xae5422743bdb0000, 0x031b476fd42bf4e7
	.quad 0xff800000da7f76ed, 0x0c2f0510fe800000
	.quad 0xbce519557f9c505d, 0x3fa20000b5930000
	.quad 0xbd774a0a7fc00000, 0x3ff9f98b60da015f
	.quad 0x7ff8000000000000, 0x8020000000000000
	.quad 0x0005899c12ca67ff, 0xfe04bee293ba4c17
	.quad 0xbeb9129a81000000, 0x698022bc462bbff0
	.quad 0x5237f22fc1a67801, 0x69696e33ffd186df
	.quad 0xb952ed88efd709c7, 0x01f2accd71f9bca1
	.quad 0xfed27a39c2871848, 0x00000000ed0a6ebf
	.quad 0x7ff02bb71bf5aaaa, 0x429b5c6f002c4383
	.quad 0xbeec000000000000, 0x7fc00000800b9f06
	.quad 0x805e8bbd470c0000, 0x8000000000000000
	.quad 0x041f2dc4008c7ccf, 0x3dc00000ffa0d3eb
seed31:
	.quad 0xec6185216fd8e0f8
	.quad 0xddbb94de6b44140f
	.quad 0xffffffffffffffdd
	.quad 0xd063bf854ebcf4ec
	.quad 0xfffffff8d67afd2f
	.quad 0x0000000100000000
	.quad 0x00000000230dbd56
	.quad 0xfffffffb4812ce21
	.quad 0xffffffffffffffb0
	.quad 0x00001064521fdf80
	.quad 0x017060addb899cd1
	.quad 0xfffffffffffffd02
	.quad 0x1d613900d344830a
	.quad 0xb31d0a6e69b13464
	.quad 0x0000000000000001
	.quad 0xffffffe4dfa2ff7c
	.quad 0x03800000
	.quad 0x70000000
	.quad 0xa69f449e400e01a4, 0x12fddec63e64d88e
	.quad 0x404747840d9341e4, 0x7fa408e2764ca346
	.quad 0xfc5ba4051f4e85e0, 0x8b584c79c0cc0000
	.quad 0x800000008e817698, 0x80009cc468a582ff
	.quad 0x73a18af2fff7ffdd, 0x9aa3e423fb76fbb5
	.quad 0xbfefae57d13602fa, 0x519a6d1b8f46e089
	.quad 0x807711140edf3648, 0xbdc55e8863e78000
	.quad 0x80369379c10c0000, 0xbf36900000000000
	.quad 0x7ff0000000000000, 0x3fdd7ad0c839c11f
	.quad 0x4098000040800000, 0x4006afdfcc38afa6
	.quad 0x82ddb1e5ac45903f, 0xff8000009d8913b7
	.quad 0x0c3a7b98ec61d80a, 0xc73c0722a6275339
	.quad 0xffc000001d99bcc4, 0x961ac0ac96096782
	.quad 0x33b41870fdabefae, 0x0000000000000000
	.quad 0xcf50fe36ad0dac89, 0x64bce3f681cac620
	.quad 0x2cc1ba8079ebbc4c, 0xc016c379bdd2668a
	.quad 0xea9d666c13cd7c08, 0x003f0eb27e029afe
	.quad 0xfeb0b999c2dad269, 0x7ff307440686a1b5
	.quad 0x52bac1bc7fbb460b, 0xbf7ad6d000800000
	.quad 0x802fffffffffffff, 0xf6721f15315efaa4
	.quad 0x361e00009973176b, 0x95a3d6a8ffa5a0bf
	.quad 0xfffd364040d96124, 0x7ff0000000000000
	.quad 0x7fe1ca5f75d8f3e4, 0x7fa7441c7fc45cc6
	.quad 0xa3c83694ffdb0181, 0x7ff8a776831507c3
	.quad 0x3bafdeef425ebf2f, 0xe011e917775686a3
	.quad 0xc0f00000c1200000, 0x7fbe5d4699bb0225
	.quad 0x000ecb9b18754973, 0x02d0a88c4eba6a04
	.quad 0xd3d741654c818572, 0x47616e15b90b5f27
	.quad 0x7daa53025a8b56a3, 0xbf000000c16f268c
	.quad 0xfff253c8c7898db2, 0x3e76bfe0f18c3e00
	.quad 0x7f8e2f3640f6335b, 0xbf2c52690524b0b5
	.quad 0x7ff22a8f5b701df7, 0x40590a34c62a3295
seed32:
	.quad 0x08658e87cda9df37
	.quad 0xffffffff78068138
	.quad 0xf664097bef3d9d96
	.quad 0xfea20b2c52e999a0
	.quad 0x000000000000001c
	.quad 0xffffffffffffffff
	.quad 0x0f4a96010ec70b09
	.quad 0x000000000000032d
	.quad 0xfffffffffffff2bc
	.quad 0xffffffffffffff94
	.quad 0x0000000080000000
	.quad 0x0001d918c8cafdfb
	.quad 0x00000000000003e7
	.quad 0x000000000000006e
	.quad 0x0000000000caf255
	.quad 0x7fffffffffffffff
	.quad 0x02000000
	.quad 0x00000000
	.quad 0x7ff0000000000000, 0xc049e011bbcc7051
	.quad 0x9b006405fb79c169, 0x2f85c17b38800000
	.quad 0x7a66dc66905a4ec0, 0x8000000000000000
	.quad 0x794ef861a72a77cb, 0xff8000009431cf2f
	.quad 0xfff0000000000000, 0xbe444cbc2cbe7e00
	.quad 0x4a43e744ffdc3857, 0xfffef269fad41fe9
	.quad 0x49a00000c37a5e35, 0xe85b758ce833d2aa
	.quad 0x7ff3e9f23b060aa9, 0x8aca7a0d79e962c1
	.quad 0x112f843bc9f8fc00, 0x3bb0024100000001
	.quad 0x7fe73c0fbcc282b3, 0x6d7816566beffbbd
	.quad 0x47900000beebb7d9, 0x7ff72ecd5aad7d89
	.quad 0xec333b2680000000, 0x00c239e549e80000
	.quad 0x66e97ff3fffbff73, 0xe8da63beff9b376f
	.quad 0x06c69569ff3b7c7d, 0x1441878de751c400
	.quad 0x324112bc56e9e5f4, 0xa30e4df6817fffff
	.quad 0xc0300000dc5d2bb9, 0xc0f0000000000000
	.quad 0x8121159e00000000, 0xc023000000000000
	.quad 0xc14e8343ff800000, 0x632d2613d84db601
	.quad 0x8a3316309c525f8b, 0x8aaf864fe5a4c12c
	.quad 0xee9ff1335cde7df7, 0x74a2dd4cfcfffe5f
	.quad 0xf8cb0590df5d5ff6, 0x56f005b1e9a5da9c
	.quad 0x00041f22bffffffe, 0xe213ffe2ff7f5d97
	.quad 0x81c76a1bff9ef7a1, 0xd3f1132c7defdde7
	.quad 0xff80000080596738, 0x800fffffffffffff
	.quad 0x3bb6cd7800546b8e, 0xb1542ba1b95734a9
	.quad 0x41d47d26c249b009, 0x82d3e122e447de00
	.quad 0xc18f16c23fc919ac, 0x4f31b3f255039c9f
	.quad 0xbee91508025452c4, 0x7f800000feaba201
	.quad 0x5c3acd56407963fb, 0xfff24636fd870ad7
	.quad 0xd5695e83fdfdcef0, 0x62fa86d5cc8c0522
	.quad 0x4494822bcb77e3dc, 0x5c9de5471b53590a
	.quad 0xbffffffffffffffe, 0x6bbf2c6afa6cf400
seed33:
	.quad 0x00000000ffffffff
	.quad 0xc5ea637210d20b4f
	.quad 0xa11c1914290304c8
	.quad 0x00000000001e062e
	.quad 0x9bda697276454b99
	.quad 0x000000000000010c
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x8040f6d412a3f3a7
	.quad 0xddf3e32a2ea58351
	.quad 0x8000000000000000
	.quad 0x32895573d20f4e98
	.quad 0xffffffffffffff42
	.quad 0xfffffffffffffebf
	.quad 0xdb3cf782013b936b
	.quad 0xffffffffffffffff
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x8000000000000000, 0x82be8f2e8e17972f
	.quad 0x00200f02d2474634, 0x885bd094d5ffc9fd
	.quad 0x8232260f6e6b67df, 0x77bc13441261095c
	.quad 0x031945041c853d65, 0xff8dfe2e80000000
	.quad 0xae30ace1f5e4fc47, 0x000043ef3cef7a03
	.quad 0x7f800000ffe91ec0, 0x28276be8e71e4bf1
	.quad 0xb532ee0361a21739, 0xb3aad999546b7777
	.quad 0x002039de378fa076, 0xfffa2fd8a601e437
	.quad 0x7ff052f661399c32, 0x41effffffffffffe
	.quad 0x72aead439c9b7e7c, 0x7d0c247b3d35344b
	.quad 0x445ef02b132b137f, 0xf879952c7f5b29ed
	.quad 0x848cb90cc77b926d, 0xb0f7789b144e5a91
	.quad 0x3fbf1f81ff0d5275, 0x40ec000010eed49e
	.quad 0xc0072b9b80000000, 0xcd226625fddeffbb
	.quad 0x7fd4e271ff790c49, 0x3029021e6a827efd
	.quad 0x3fff43968b022217, 0x7ff0000000000000
	.quad 0x3f70000000000000, 0x91b86a97bb9fbfd3
	.quad 0xce72c967bd507aa0, 0xc078000000000000
	.quad 0xe75948c657fdd386, 0xe0e6d9c5fc3f0000
	.quad 0xffe0000000000000, 0xa051f5c68e759450
	.quad 0x7920215ee1fabffe, 0x4cb2b63e7694fbfe
	.quad 0xfff77e73968385b0, 0x3ff0000000000001
	.quad 0x80d26514f673ffb3, 0x7efafada1241173f
	.quad 0x51db106a7fe8294b, 0x7fcec6b47f800000
	.quad 0xc059f184f22c6660, 0xc03d6ea9d9fffffe
	.quad 0xe43d74aee0e67d47, 0xb5ec000040b2b314
	.quad 0x3c6000005f7fffff, 0xbcfe1cc4df800001
	.quad 0x6431c80411cffd46, 0xff8f3ecd4022e308
	.quad 0x33d19e67f7e0044f, 0xb2681951a57dbf1e
	.quad 0xc022000000000000, 0x3fcb3d9db17a8fc5
	.quad 0x7f80000000000000, 0xc0e8000000000000
	.quad 0xf8e9cc03effffffe, 0xc0f80000bf800000
seed34:
	.quad 0xfffffffffffffce1
	.quad 0x00000000ffffffff
	.quad 0x44e54cf6e44b678b
	.quad 0xffffffffe1da5e69
	.quad 0x00000000000000dd
	.quad 0xc55fcc114b53f66b
	.quad 0xdec693b2f5fdcd11
	.quad 0x0000000000000001
	.quad 0xdaae5d7b5058db05
	.quad 0x7fffffffffffffff
	.quad 0xffe24b7aa0f47204
	.quad 0x144e286446dc47e4
	.quad 0x010b87b43df3a2b9
	.quad 0xffffffffffffffff
	.quad 0xffffd343ad6e62e0
	.quad 0xca990bfa30e18dee
	.quad 0x04800000
	.quad 0xd0000000
	.quad 0x800fffffffffffff, 0xfea39cf4b929f5e6
	.quad 0x3dbf0fd94f6ca0db, 0xec24b981bfda0aa1
	.quad 0xffdc150d65656a6d, 0x7fc00000ff8b10a3
	.quad 0x3c4285e240840000, 0x40cffffffffffffe
	.quad 0x9434317f0043fd30, 0x943b938de4c6b745
	.quad 0xc022800000000000, 0x802a923fff805714
	.quad 0xff1b47fa3edb9f52, 0x08002eba9ce6a401
	.quad 0x7ff8000000000000, 0x7ecb5d49b18c1aa4
	.quad 0x7fc0000040800000, 0xe4ad86d32a450f07
	.quad 0xf4de885880f97fef, 0x1b3f9a2ef5c0bd43
	.quad 0xfaed8d0540dd08b1, 0x800f235fcba9d1ed
	.quad 0x2537c582fdfcda8f, 0x7f80000040a0b02f
	.quad 0x9553eeb2d5fbc0cc, 0x7f9839e0ff800000
	.quad 0x1a1d0811608cfd3a, 0xff9fd513f46a1aa9
	.quad 0x0ed5520143b7f946, 0xa41cf2da5f7fffff
	.quad 0x400f3d4822547d1f, 0x3fc0dbde1b7f8cda
	.quad 0x397bcc3ff6901c4b, 0x02e675e6832b58a8
	.quad 0x3f8f083142c00000, 0xffdfffffffffffff
	.quad 0x7f7fffff326adb9d, 0xbf8531c01abd6b35
	.quad 0xfff91d2117f0532c, 0x89836e65ff78f5fd
	.quad 0xcaa1e9e586ece4c5, 0xff519b7a182c77c5
	.quad 0x7fc3fa5b560712ca, 0x822b53fdea0f55bb
	.quad 0x808000007f4ab53f, 0x00000000c0ac0000
	.quad 0xff800000a1581327, 0x3ec06a31bc5d2089
	.quad 0xfff2b2ca8cb2e4bc, 0xbff3b1b076748b60
	.quad 0xa681f4edcffddd8e, 0xb0c3316fcebfda37
	.quad 0xb665e7b3bfffffff, 0x167131dfffc00000
	.quad 0xd3f6f72c91dedffa, 0xff800000ff9c4b10
	.quad 0xafb6fae09ef3c810, 0x7f7fffff7fd358bc
	.quad 0x433fffffffffffff, 0xb5bf79b3bccf79fd
	.quad 0x047c5bebffb37d5d, 0x000bf19ef77e5d1d
	.quad 0x0ad5e6b1a1db0000, 0x7f000000ffccd402
seed35:
	.quad 0x00000000000a1930
	.quad 0xfffffffffffffef6
	.quad 0xffffffffffffffdb
	.quad 0x9666285ff274d612
	.quad 0x0000000000000001
	.quad 0x00a27081b5c315ba
	.quad 0x0000000000000ab4
	.quad 0x41e98a40d83cb51e
	.quad 0xa654ea07935d64db
	.quad 0xfff0d96fd78b655c
	.quad 0xfffffffffffffc4b
	.quad 0xd7c7c01c6a012fce
	.quad 0x28e7be8c520441b1
	.quad 0x039b784b1d4ef21d
	.quad 0x0000000001000001
	.quad 0x78e572df28695298
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x00000000bf800000, 0x0000000000000000
	.quad 0x4f800000ff800000, 0x9055f50fc3f89c08
	.quad 0xbc34645fffc00000, 0xb8ce8f9250ca868e
	.quad 0xfd3781c4c07ffffe, 0x7fc0000040de7863
	.quad 0xdb4d5e3b05ba7c00, 0xac15303ac18f5f07
	.quad 0x80c2f02b974d7aa2, 0xbe9daae4bee47ffe
	.quad 0x0019fc7a17dce0f2, 0x3ff4bf71f5067cd6
	.quad 0x39753b40c8fd8000, 0xc0587e053b655aaa
	.quad 0x0000000000000001, 0x008b35c57f800000
	.quad 0x47a000003f400000, 0xfb2eb21bffbb5ce6
	.quad 0xc1360dafc32c581f, 0x6c0d32fafeefc550
	.quad 0x405949caff800000, 0xc0270f2675d0b8a9
	.quad 0x5fa7915200800000, 0x0015229c92f46107
	.quad 0x7d3ea70dbec00000, 0x4467be6ae7dcf7e7
	.quad 0x7147436f3ce6aa2d, 0x3dad856680800000
	.quad 0x01075f5e0c530c06, 0x7ffc73d74759ad03
	.quad 0x22c26829a8fc21ef, 0x11b0882cc2d93e99
	.quad 0xbfb84418787c83ad, 0x43effffffffffffe
	.quad 0x7a043f3dfe800000, 0x54fc3c04dcbe59a3
	.quad 0xfffa401dfa5e58fe, 0x0050bd4380000000
	.quad 0x02b146c202ffffff, 0x2e76b8c9daa20000
	.quad 0x440a828004b7bba2, 0x5eded60863663f21
	.quad 0x8000000081000000, 0x2861d5eae856395c
	.quad 0xa7fa8d42f9b4051d, 0xc033e631260f0a28
	.quad 0xd9800000a7fd9d55, 0xfff8000000000000
	.quad 0xff8000007fdcfdce, 0x17d6018b85acdb35
	.quad 0x4040000000000000, 0xdf331fbfc49a8000
	.quad 0xc04fdca2e0eaa43a, 0x7fbe3d1f7ee15e6a
	.quad 0x8b3dd539fec7e9ff, 0x1eaf7e80c4488416
	.quad 0xe6e368de2e518000, 0xfecb6906ceb5265a
	.quad 0xd89cf1f8bf7a7e11, 0x994d6765d811bb6d
	.quad 0x4016fe8cff5c1b72, 0xfffb5a7eeb876980
seed36:
	.quad 0x00000000000000d0
	.quad 0x0000000000000005
	.quad 0xa35ca4838b71df29
	.quad 0x000000111788118b
	.quad 0x00000097203e7b5e
	.quad 0xfffffffffffffcee
	.quad 0x00000000000001c1
	.quad 0x65ed6152024a632d
	.quad 0x000000000001badd
	.quad 0xff564ab6d6e4697b
	.quad 0xfffffffffff8715e
	.quad 0xfffffffffffffd84
	.quad 0xe9bf339273e6005c
	.quad 0xffffffffec079f1d
	.quad 0xec302a536704d37a
	.quad 0xb35d85b7db80e8db
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xc09800007f1746d8, 0x1a4ba7cea0219fe7
	.quad 0x8000000040dca797, 0x6d3bfb6145200000
	.quad 0x23701fb1577ff8ee, 0xcb0a041252a66da5
	.quad 0x7ec7aefff7c3db83, 0x7f800000ffb0fdcf
	.quad 0xffb286e880052ba1, 0xa0f6754866c17528
	.quad 0xfff33893e458d55b, 0x5c40ddece51cbc62
	.quad 0x802fffffffffffff, 0x332ee8ca6a28e991
	.quad 0x05bf44a43f5ffb7d, 0x60d475f0f21fe2e0
	.quad 0x7fe2488736d043c4, 0x19c7d4835dc45a4b
	.quad 0x4092458126d18000, 0x7f9c59ab7f9ef923
	.quad 0xb0593478436ac3ef, 0xbe31c68efdf04f69
	.quad 0x80a4cff781000000, 0x800000003f800000
	.quad 0xc35d878445300000, 0x8000000000000000
	.quad 0xc1000000804efcd2, 0x00800000ffc00000
	.quad 0x70072d660063d366, 0x3fc9b9756867fbfe
	.quad 0xe42c3a58007fe322, 0x8090facf738fa766
	.quad 0xfef67ed11cb032a5, 0xc0f0000080a7b9d3
	.quad 0x46a60000cf9220a4, 0x476b0062efff7fff
	.quad 0x906822be2aac77ff, 0xfeffffff071cdc64
	.quad 0xb5200e1080400000, 0x401800007f8c3293
	.quad 0x022b17a709e5c76d, 0x167d21d5bfd3ff87
	.quad 0x772ef942ffd38000, 0xb8e80b95f59f5867
	.quad 0xfcbb9e7ac3fedff9, 0x7ffe746a023f7c0d
	.quad 0x8000000000000000, 0x97b2eafac7000001
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0xd24384ccdf800001, 0x69a6df11becd1ede
	.quad 0xc3c6b9232bb9c8c0, 0x60130141ef7eb21f
	.quad 0xfdbc7a7f6bc8f86a, 0x729b2fc77f800000
	.quad 0xdbc21b5fff800000, 0xffc00000017fffff
	.quad 0xc48a8f15a6c24b37, 0xc7fffffff88da6c4
	.quad 0x039ea5759a3c9fbc, 0xffb46ca73cb80000
	.quad 0x3ff99c3680000000, 0x824f564a50960d1b
seed37:
	.quad 0x910a10e3fabbd3cd
	.quad 0x0000000000000308
	.quad 0x00001c8dcd93a84c
	.quad 0xfffffffffffffff7
	.quad 0x00000000000001fc
	.quad 0xffffffe432d53893
	.quad 0xffffffffffffff51
	.quad 0xffffffff80000000
	.quad 0x0000259016062075
	.quad 0x006f1a209350c263
	.quad 0x00000000000002b8
	.quad 0xd2e6c917afad23ea
	.quad 0xe5dd51d05132ac6c
	.quad 0x57986514cdc44a2a
	.quad 0x0000017b0f98d5ef
	.quad 0x000000000000000c
	.quad 0x06c00000
	.quad 0x60000000
	.quad 0x7ff8000000000000, 0xf44440281f25df64
	.quad 0x1a6a6b8b00000000, 0x3ae72d92ed45e47d
	.quad 0x80000000f9246025, 0xa25ca147bfdedbff
	.quad 0x006868fd95ad53c5, 0x2d2fe9c043658adb
	.quad 0x6d6b51fe11e21fc6, 0x270a66fdcfcfabdd
	.quad 0x2f53a96fdcdc7a2b, 0xbee2bff8fff5df67
	.quad 0x1cdd3dd37f363f06, 0x3facd08441a1e638
	.quad 0xc0c800007f800000, 0xc0a00000ea402919
	.quad 0xdf905786286acda3, 0xf43ab4f24bfd8a21
	.quad 0xbbabfaf23f647c7e, 0x6067ea8f7fb53bfd
	.quad 0x95b10024a2c3fce3, 0xd58880f5e4e77fbc
	.quad 0x779eec42fb3eba02, 0x4b6b1fa0ff800000
	.quad 0xdf7fffff898a1d13, 0x0f0d14bc7fcb45c0
	.quad 0x41099c51c8997505, 0xa44de024c0000000
	.quad 0xbfcf98b4411c0000, 0x7ff0000000000000
	.quad 0x7c8eb566ffb629ea, 0x29b17e3affd81e50
	.quad 0xa1182d843d1a7d27, 0xd837b8ffcc868229
	.quad 0xfffa3de43638d3b7, 0x0000000000000000
	.quad 0xffadf4308607dadd, 0x480ee8a6cbf35efe
	.quad 0x000c85bc09228fd9, 0x406ce0c240c79c9a
	.quad 0x09192db064894083, 0x0c88fe97c5da8815
	.quad 0x3fa8538b6229cb8d, 0x4063a2c5bce00000
	.quad 0xac27433bffe0f7a1, 0x9b7c04bdffd87d13
	.quad 0x6dd34569fff99440, 0x8000000000000000
	.quad 0xb3a6586efff5f9eb, 0x50301e3febfeffe1
	.quad 0xbfe542f200000000, 0x82c1dd8c4c4c14d4
	.quad 0x7ff0000000000000, 0x00352172c0000001
	.quad 0x3fe8000000000000, 0xc19d80bff35ef858
	.quad 0x7f96d2a97fc00000, 0x8e8c5651aa324187
	.quad 0xfff0000000000000, 0x064d2c0fffde855f
	.quad 0xc8da0e76e7f825ab, 0x80271c74befa1462
	.quad 0x28078c0a7ffef7d3, 0xdae9a7fb7fafffbf
seed38:
	.quad 0x000000001b6131aa
	.quad 0x0c54d42ff8a9fd73
	.quad 0x9fc0090c3249c0d2
	.quad 0x000000a3056f86a2
	.quad 0x1d7a66299e9eb423
	.quad 0x7fffffffffffffff
	.quad 0x000000000000003f
	.quad 0x00000000000128e9
	.quad 0x0000000000000001
	.quad 0xffffffffffffff20
	.quad 0x3cea1af9f3b34812
	.quad 0xfffffffffffffffc
	.quad 0x722a27cb1f494301
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcd5
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0x81d44ff4ff4b05e0, 0x92a16634ff8bfca2
	.quad 0x7387f8c27f800000, 0x411000007713ad5d
	.quad 0xb4ae9d4a01ed325d, 0x102addd096a57fae
	.quad 0xdd045a1f1cc14dd5, 0x01e1461f9cafd72b
	.quad 0x009c6b088b69fc00, 0x1b0071d340300000
	.quad 0x40e0000000000001, 0x8000000000000000
	.quad 0x1fcf767f7cee4200, 0x4002000000000000
	.quad 0x3f8c000000000000, 0x06d4ffd8707e7800
	.quad 0x0027eec29d34371c, 0x31368f3d1d551e50
	.quad 0xfdbd68336c7f624b, 0xc3303c5c7cdd47f2
	.quad 0x2f58b22ea50f324e, 0x7fc0000047ffffff
	.quad 0xbf95af19cb13d80b, 0xa7b4b429cb300000
	.quad 0x3f9a53763b71a49d, 0x75ca2946c0b80000
	.quad 0x4ace0ddff2837800, 0x858566389a8a7800
	.quad 0x7ff8000000000000, 0x5be38bd4fedffa0b
	.quad 0x070190a0ffc5386c, 0xeed3a119c9906000
	.quad 0x8054c8ba41a67c12, 0xf0ea92de9a2f8638
	.quad 0x55adfa61ff9df9ab, 0x4f8c11ccdd2733b5
	.quad 0xbbbd73dcbb657c00, 0xfff0000000000000
	.quad 0xfe5e53e8d3314213, 0x3d3800004366ec64
	.quad 0xc07925cb84662972, 0x412aa4ef2853b80d
	.quad 0xc736b441ea5cabf7, 0xda4ab438ffa98000
	.quad 0xff85ec6eff800000, 0x3670b8119bc77e0b
	.quad 0xe0f8cf30fff5fc7f, 0x41fffffffffffffe
	.quad 0xc11e900000000000, 0x800000004315f390
	.quad 0xbf299a84c1140000, 0x807fffff7fa510ac
	.quad 0xd2795e58a5d29979, 0x2f99edd7ff79ff8b
	.quad 0xff0172bf3cfd1bea, 0x4025daeeb04b5c73
	.quad 0xcea01a14e2058000, 0xc0c000007fc00000
	.quad 0xc0cbd8d9ffe116b0, 0x9b11d1442ee242a0
	.quad 0xea16c53aaa91c4d7, 0xfff0000000000000
	.quad 0x801827abc94c0000, 0xfff0000000000000
seed39:
	.quad 0x0000002e076cb185
	.quad 0xba408a597498c280
	.quad 0xb78b25e5371a265e
	.quad 0x730f20d2bf4be272
	.quad 0x00000000000060e0
	.quad 0xfffffffffffd04ce
	.quad 0x00cffcabf02ea98a
	.quad 0xffffffffffffffe0
	.quad 0xffffffffffff9966
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0xfff77f67e9ce8c6a
	.quad 0x2731a9f5019a69f4
	.quad 0xc914744bd91f75dd
	.quad 0x0000000000000214
	.quad 0xcd52f13be554dfc2
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x5a26ca0670f50777, 0xfff1794b27025043
	.quad 0xd5b9927a8985c820, 0xffe51129eab3dc3a
	.quad 0x3e77de3ef785c2a2, 0xdcc0ac7c9d2ebf1a
	.quad 0xde1c9d4bf46b6496, 0x19511c4b41180000
	.quad 0xff800000cf800000, 0xbf8e6dd68d05c932
	.quad 0xff800000804bbb42, 0x3da0000040e80000
	.quad 0x41b2000041ed0a9b, 0x400e000000000000
	.quad 0xe812a7554b5a9662, 0x7f9e77429eaf4540
	.quad 0xd37d59dbdebe4000, 0x638a8a7d47effb1d
	.quad 0x54ba6108fff3774a, 0x97a6c8ac407ffffe
	.quad 0x0202baf6ad70aec6, 0x8000000000000000
	.quad 0xfefa00492674b878, 0x6a9f92f9dc068000
	.quad 0x80000000bc39b489, 0xda000000802d1684
	.quad 0x72e006f73ffbd2fe, 0x70564d56930f7c00
	.quad 0xd1fd808c9c7641b2, 0x80000000426ea903
	.quad 0x48243eb2fe7dfdb3, 0xb0645c444c3a4f85
	.quad 0x801cdf0ab642f357, 0x2f2a83347fffffff
	.quad 0x4177284cffffffba, 0xbf50000000000000
	.quad 0x7e200cdfef14deda, 0x4354562cbf9049b1
	.quad 0x156bbe55ccb12c17, 0xcdac7a87397df880
	.quad 0x8000000000053c7d, 0xffcfc397ae1d6019
	.quad 0x014541dac33d953a, 0x723d074a80000000
	.quad 0x40364ceca47fd0ab, 0x96f6788a9c257c00
	.quad 0x938a04f5820bdccd, 0x3fa73845b0e5c377
	.quad 0xad888419ffd47e00, 0x81bbe37688fd51ab
	.quad 0x3d394c590002c8b3, 0xda27a3a33def8cc8
	.quad 0x000000005cc4e365, 0x88b246c898d6d000
	.quad 0x93aafd417f800000, 0xfe0a45b68deec822
	.quad 0xc009b73df8086b4e, 0x7f86172d467fffff
	.quad 0x37407518bc8f8601, 0x3fe5815dc504547f
	.quad 0x0db1965fb928903d, 0x8d5cc27ab51b7bff
	.quad 0x7bde5a05f35c3362, 0xce81a8df1a1b64bb
seed40:
	.quad 0xf8fa699b5c5475e0
	.quad 0x00000000000743a8
	.quad 0xffffffcfd8ce8ca2
	.quad 0x000007a40f3f32f7
	.quad 0xffffffffebff4226
	.quad 0x0000000000000100
	.quad 0x57c02f3fa190c2af
	.quad 0x0000000000016894
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffe860396
	.quad 0xffb782e8910f3fc2
	.quad 0x0000000080000000
	.quad 0xbbc3277071829796
	.quad 0x3409324dca143b0f
	.quad 0xffffffffff4c043d
	.quad 0x06c00000
	.quad 0xc0000000
	.quad 0xc016c424082f8b61, 0xaa351262b0128000
	.quad 0x72d95862fffbebf5, 0xffefffffffffffff
	.quad 0xbd8abe672ddbcf1e, 0x949b5f9a1770f93c
	.quad 0xbd849c93deef7da9, 0x3b6e4549f596a320
	.quad 0x236b5350ffbbfa67, 0x38000000ffc00000
	.quad 0xec222b00e42ff916, 0xb3d28792b260fe82
	.quad 0x7fdc1460c2d678c7, 0x9e3d00bd786efc00
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0xffad0ea6ffddb113, 0x3d06a25b0525f666
	.quad 0xfffffd5c7f800000, 0xda5d89f5bfef7e00
	.quad 0xef4ed5189ffdff91, 0x48a14dcb936ad4ff
	.quad 0x8000000000000001, 0x9117ff6b57b1870d
	.quad 0xc0e4dcaf72519850, 0x3f90d24bee9a608d
	.quad 0x3fdff930a46b8f15, 0xd820252dab779fbf
	.quad 0x612e8316c013fe00, 0x3fd0ef3b4d2b5bf5
	.quad 0xe3ce4070bfbfff0e, 0xffd6b00c80000000
	.quad 0xbfd7042cda2bc1d5, 0xfbdce8891c187000
	.quad 0x0fac3c36482d0a00, 0xbf71a866eaa8b1ec
	.quad 0x3ff8000000000000, 0x40ffffffffffffff
	.quad 0xffe414ce6aa2afb1, 0x31c8c0c165d62238
	.quad 0x42d0aea57f4ffe7e, 0xc082a651c36c8277
	.quad 0x7fa6fc6d7f800000, 0x33d6ee0bffacff7d
	.quad 0x09a8a25a9963f780, 0x306801ec15749734
	.quad 0xc016000000000000, 0x6dc9b2b6ff800000
	.quad 0xfff0000000000000, 0x2c322e1e3f64f4dd
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0x0a3c87f6ffc2c83c, 0x7fc000003d000000
	.quad 0xbbbbb36780000000, 0xba122f407e7efbd8
	.quad 0x6512cd4442b4fd33, 0xc004000000000000
	.quad 0x7dc637d000306181, 0x4bf3c959dff7fd4f
	.quad 0xc1ffffffffffffff, 0xc242cfd243214a2f
	.quad 0x7ff0550d357d6898, 0xf969acebcdee7c00
seed41:
	.quad 0x8be50a1d9f8ccdbe
	.quad 0xffff034cc9dffc30
	.quad 0x0000000ae12a231b
	.quad 0x000000000a0dd059
	.quad 0x000000000000034d
	.quad 0xab6b6486f7b034d7
	.quad 0x00000006487d0dd8
	.quad 0x000000000000010a
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff36
	.quad 0x000000005205b62a
	.quad 0x0000000000000182
	.quad 0xffffcff0f2b5fe9b
	.quad 0x783c60210834f246
	.quad 0xffffc1a837fc0ee2
	.quad 0xfffffffffffffd6c
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x4120b8de40000000, 0x0000000000000000
	.quad 0xdb768c536e65a509, 0xbec1e72dfdf5dde9
	.quad 0xf146507feabfe061, 0x3f75ff5a2af9d11e
	.quad 0x44cd273ebf6efd6a, 0xb917005fd4dc7e00
	.quad 0x47aa55e3d71530af, 0x09b91ce119a92b90
	.quad 0x8baec894b2b40820, 0x7ffa088170f19ddc
	.quad 0xff6c1ac7be83e237, 0xabf8ff80bc848878
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x79ef804a64c17c00, 0x4e01b807906bee88
	.quad 0x3fc3d7dbd3b0b376, 0xe3d6b388cf3dbb7d
	.quad 0x95ff9e63feaa1866, 0x7ff0000000000000
	.quad 0x3f8eb529bdc88507, 0x3cb6d2296fb73fff
	.quad 0x68afe6dbc6400000, 0x407a6635c086b698
	.quad 0x4cfb950ad1effb3d, 0x7c87ad2a7f800000
	.quad 0x7193270fffefad74, 0x8a704abbbffffffe
	.quad 0xc3a800003c484201, 0xf2540a7efbd00355
	.quad 0x7ff2c44950c28219, 0x7ff8000000000000
	.quad 0xc05f20d1886c0827, 0xfffc3615ea65a846
	.quad 0xc2204236ffc00000, 0x5e3e9480bd79a46c
	.quad 0x19669f6c7abffd66, 0x8072f1523b8b9a37
	.quad 0xbf0e600000000000, 0x0fa576413bbbb65f
	.quad 0x40fffffffffffffe, 0xf0c874c5fdfee955
	.quad 0x8000000000000001, 0x59e54ad74006b492
	.quad 0xd0aa456affdffffd, 0x39a0fba986791edf
	.quad 0x942d4229afecac80, 0x3f9582a1fab3b83d
	.quad 0x3f4a002e920102a9, 0xd59db54bfffff9db
	.quad 0xe344246c7fb7f4f7, 0x3c5e4e5dffdb4504
	.quad 0x405f560f39f00000, 0x7ff120323600b7b2
	.quad 0xfff8000000000000, 0xff9995df997e4fe0
	.quad 0x0437fd7c8027d72f, 0xc0d75077fefad9c3
	.quad 0xff0cd0e99b9cd2bd, 0xf1657198df6c055f
	.quad 0x089490f86588c35a, 0x09924afc6e60b418
seed42:
	.quad 0x0000000000000000
	.quad 0x83f5a30484c47d46
	.quad 0xa3010e86c6ad8fca
	.quad 0x0000000000000364
	.quad 0x3df14d3bb535a2ff
	.quad 0x25953ca8e3d7f419
	.quad 0x00000000000001ac
	.quad 0x00000000000001c7
	.quad 0x027facbb372a03b5
	.quad 0xacfeb63fe6e8738f
	.quad 0x0000000000000000
	.quad 0x0000000000000b3e
	.quad 0x0000000001000001
	.quad 0x00000000000002bb
	.quad 0x0000000000000314
	.quad 0xfff32bcd44ba988b
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x7ff8000000000000, 0xbabd00006a2a16ad
	.quad 0xbc4f15b9ffa375df, 0xbd8822773e217dd5
	.quad 0xbfb800007f800000, 0x711c573f867f23c2
	.quad 0xe50ba3384fb80321, 0x6afde49f7ff3bffd
	.quad 0xb98fd5fd49df4d7f, 0x801733d5f87a76d5
	.quad 0x3fdd3f035f9145d9, 0x3f968a1e56efdf43
	.quad 0x80cad8346e80d8e6, 0xec6d00ff7fe37081
	.quad 0x0000000000000000, 0x9ee0dfaac8b8e040
	.quad 0xbec5c0b7f5f1d1d9, 0xc290c0f836b314b8
	.quad 0x802426d317fe4e5d, 0x186efb8b4d914501
	.quad 0x5f00000071ea1d6a, 0x2123b65a5ebe5fe3
	.quad 0xc757c10a353bdb8c, 0xc87cc80fb65a8400
	.quad 0xc330000000000000, 0x1f212462962c87d6
	.quad 0xc3b2d583eff77b6d, 0xfa4c70dcf6c143b3
	.quad 0x8c9f3809fff7f7bb, 0x3fe853f45c565fd7
	.quad 0xdde2890bfff9daa1, 0x04c6d1867fb84830
	.quad 0x7ff8000000000000, 0xbf96efd24758dcbf
	.quad 0x7f7fffff28ad67ce, 0x9d992afd41dbbba5
	.quad 0xc4bae92ec31dff62, 0x0020000000000000
	.quad 0xb2fec9a3ff867911, 0xc2e0a79743d2cce5
	.quad 0x72e74759c0500000, 0xc1ef14b35acb63ab
	.quad 0x93bf4d83cc7fffff, 0x7f7fffff40eed0ce
	.quad 0xfda317f7a4b44850, 0xfff8000000000000
	.quad 0xda2d4c5e03719fe5, 0xbffa000000000000
	.quad 0xbef6f3983d4d7d17, 0x000e36d368654052
	.quad 0xca0eaa4da9ad057a, 0x402c1d9ca3ea1c0d
	.quad 0x8321228bc7e06591, 0xc7c00000bdd13918
	.quad 0x1af78745b7ec5f78, 0x95fa2cf4fd80f690
	.quad 0xcf800001430b2613, 0x9e5f5023ff800000
	.quad 0xc0de6047c1800000, 0xd6cad2a4a7c74f76
	.quad 0x40ffffffffffffff, 0xbfc031f2a9de08b4
	.quad 0x903a9fc47ffcd0df, 0x7ff19a56d08a09ff
seed43:
	.quad 0xfffffffffffffc8d
	.quad 0xfffffff714c1c1cc
	.quad 0xfc0fdbab1a5a29de
	.quad 0x04ee9fb3ed6dd39d
	.quad 0xf56c26586a0e8c68
	.quad 0xfffffffffffffec5
	.quad 0x8000000000000000
	.quad 0x0000000000000081
	.quad 0xfffffffffffff52a
	.quad 0x9b71a840657acb12
	.quad 0xfffffffffffffd2f
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffffcd3e
	.quad 0x0000000000000104
	.quad 0x00158ea2154b536b
	.quad 0x000000000000020b
	.quad 0x03400000
	.quad 0x90000000
	.quad 0xbd9c000047000000, 0xd3fede0d0dbf0599
	.quad 0x64b12b353f66feef, 0xfffb239570718ef5
	.quad 0xbbc63bd341e85562, 0x51e5d09d8d428000
	.quad 0xc28ad2f486ffffff, 0x47d82a84805c2d98
	.quad 0x7f876124d9ccd445, 0x9c07de6f497d9a40
	.quad 0xd6c8f0e24033b982, 0xc040dd5314bccc9d
	.quad 0xc072b3f27ff5dfff, 0x3cc72c5c4dd30000
	.quad 0x78847c8e401a1d44, 0x7fb6a924f69a5a0f
	.quad 0x0000000000000001, 0x00000000ff800000
	.quad 0x6ef29ba09be3fd87, 0x5af1f06e3eecfe00
	.quad 0xbfde32d24d7c3c98, 0x349e1fb2f4937cc4
	.quad 0xbfacecedc8546bfe, 0x1b0ab082428ac633
	.quad 0xc9fb00007fc00000, 0xfff01b8163c8bc92
	.quad 0x448000003c3f7a46, 0xc4a00000ffc00000
	.quad 0x37da84a9da61b063, 0x7ff0000000000000
	.quad 0x002212176f317c00, 0x8000000000000000
	.quad 0x4096828080b6c860, 0xbfaba74dde936cad
	.quad 0xc0563087c00e5fc2, 0xcbdbc5e4eed70340
	.quad 0xbea12f65438f8770, 0xfff78db2fbfdeb48
	.quad 0x51ef05d63e9fefbf, 0x800e078bca7ef17c
	.quad 0xb418a4832dc4f800, 0xfffad38275eb3f07
	.quad 0x1ba769acffc00000, 0xd555a9deb1c28160
	.quad 0x0136354ae71afdd5, 0xb55c8681272dbde1
	.quad 0xff800000817fffff, 0x5e3a6c0622176209
	.quad 0xece56e56bd59bcfc, 0x3401280a433e1883
	.quad 0x40e4499cf91dac5b, 0x7f9af8edb27d1d63
	.quad 0x7f800000ff9d0964, 0x43f0000000000000
	.quad 0xfff865f8d1edb366, 0xbfb0179a9dca9619
	.quad 0x5b2d6048ffff3cf7, 0x7103fa4e3f480000
	.quad 0xc911cee7ca4d6460, 0x8f5d6bb836c027fd
	.quad 0x7f85a3eeff800000, 0xef36b50f3bcf45ae
	.quad 0x042d1f023564bbf6, 0x75259fadbfbf77ff
seed44:
	.quad 0x258d44019f556c6f
	.quad 0xc02a9af248fc3334
	.quad 0x8e200ebd8755fb77
	.quad 0x000000007fffffff
	.quad 0x0000f06eb88c6f69
	.quad 0x00000001a6992392
	.quad 0x000000002425e433
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x37a87132558b2c7a
	.quad 0x5fca211d0bbd029f
	.quad 0x000000003ab7d9d8
	.quad 0xeed7e6812af6396e
	.quad 0x0000000080000000
	.quad 0xfcec519c30972f2c
	.quad 0x06400000
	.quad 0x80000000
	.quad 0xe07e3567626ca300, 0xc0effffffffffffe
	.quad 0xaa3d9c200c457f22, 0x32b95c11ffe9c973
	.quad 0x40f0000000000001, 0xc0771544c45ee638
	.quad 0xbf9f30055d364353, 0xc067fe2adde3c586
	.quad 0x8000000000000000, 0xdc7701a4bace573f
	.quad 0x000a31c009d27a9f, 0xc022800000000000
	.quad 0x3ee9000000000000, 0x838076f11370e9b8
	.quad 0x00000000c07fffff, 0x80622caa477fffff
	.quad 0x80049d6850ccacac, 0x4f4aa61ef9334dd3
	.quad 0x763128c89c2b849c, 0x7e53324c51ab1ee2
	.quad 0x790294143d3df239, 0xde9bd862b3beb4c9
	.quad 0x7fc0000041fde122, 0x010afbaa43057615
	.quad 0xbc6fcc49803b53e7, 0x00cb47d5265f6774
	.quad 0xff9bfff77b3d33ba, 0xc0c80000df000001
	.quad 0xc3ffffffffffffff, 0x8045d18a2f201571
	.quad 0x732d6977ba400000, 0x882d34da7f85f800
	.quad 0x6383f9060ed237b8, 0x7ff8000000000000
	.quad 0xfb800229ffc08001, 0x40029d45553e3efe
	.quad 0xbfb7b00000000000, 0xc70000000c60c93a
	.quad 0xf7b60a563fe698e4, 0x49a800000b31301e
	.quad 0x7770e75cffffffff, 0x4008000000000000
	.quad 0x3f92ec1516c6bb04, 0xd20f9d18d1e2bc00
	.quad 0x8a55cd5874788000, 0xffecd3caf01668ac
	.quad 0xfd07608e0612a645, 0x0bd7f3f67ffbed73
	.quad 0x2ae065bfc84df99c, 0xdbc98d3a55878200
	.quad 0x8011b783a3b46016, 0x5454fb99763e85e6
	.quad 0xd96af5388960ad93, 0x7ff0000000000000
	.quad 0xd5a202ac7fe3ac00, 0xbfbaa00000000000
	.quad 0x015482a2e5ba7b46, 0xb9c000001977148c
	.quad 0x9a21fbfa7fe8f3c2, 0x5a18c7fd809e4e22
	.quad 0x18f9eef5bdffffff, 0x00290ab10146296f
	.quad 0x633c590b5b8ef8d4, 0x3fbb909eb81a49db
seed45:
	.quad 0x9dabadb7591f3f94
	.quad 0x000000001ff69aec
	.quad 0xd0c5d11f5e279917
	.quad 0x34a554aee47bb9ef
	.quad 0xd720c0b2a528139e
	.quad 0xcd25317a1c4a6c73
	.quad 0xffffffffffffffd1
	.quad 0x2d3a4ad9129dcd9f
	.quad 0xfffffffffffffd90
	.quad 0x5601e63e1cdab1f4
	.quad 0x0000000000005b1f
	.quad 0x00006fdc14375d44
	.quad 0xffffffffeba457f6
	.quad 0x5816b84d53284ac0
	.quad 0x84a6850c7690ec7e
	.quad 0xffe39170b081319d
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x4033f92d4c29a856, 0xdab36f8ab373fde8
	.quad 0xfff0000000000000, 0xfff1cad23170561f
	.quad 0xfffeee54b3066c0a, 0x1dfa7df12bf3f6fd
	.quad 0x0000000000000000, 0x427a93ae00000000
	.quad 0x00e49f5e35311b65, 0x912b586cc0c80000
	.quad 0x80000000c18b2820, 0x745dec39dfb6c660
	.quad 0x9b8bd75c79b1c840, 0xa381f31cffe74001
	.quad 0xcffffffe7f8859f1, 0x7ff31280f2e86652
	.quad 0x43f0000000000001, 0x48ea630effbefadf
	.quad 0xc02eac354c0eba13, 0x80000000001b3421
	.quad 0x7ff8000000000000, 0x41f0953b08ac8637
	.quad 0xce22035dfffeff9f, 0x96d79e28c77bbfbc
	.quad 0xfffcc9a077eb6e47, 0x1850e72e318f097c
	.quad 0xf4f61f073c2b8518, 0xeb07cf77c29f26e7
	.quad 0x82f090651b16e698, 0xfea9582abe13cea9
	.quad 0x7ead7240c3f67e0a, 0x6dff69cefb9d2d83
	.quad 0x40a0f038233783ff, 0x401ef8357fa34247
	.quad 0x7ff496475dce9e89, 0x3fc9fab99666314e
	.quad 0xe2c17c8760d5be9d, 0x91bf208b5b18809e
	.quad 0xa899bd56fada2de8, 0x5f80000175d89d2a
	.quad 0xbfb3befb271e5a61, 0x3966ee2badcc45e0
	.quad 0x80005cb3cbaceecf, 0x701fee8e8c8534e6
	.quad 0x7ff0000000000000, 0x57445e1f3f800001
	.quad 0x7ff0000000000000, 0xc010000000000000
	.quad 0xb1b2e27209ea92bc, 0xc7000000ba400000
	.quad 0xbdb1956ebe5a1ffd, 0x3fbd000000000000
	.quad 0x08a91f03ffb048c0, 0x884660b680000000
	.quad 0x61fa7fd5490d6d9b, 0x7fdfffffffffffff
	.quad 0x7286b1df7fbd8059, 0x7fe33817f0554635
	.quad 0x51d0250844c9f400, 0x96529bda4b7dfc05
	.quad 0xc071800000000000, 0x7f0d228c08ce15ab
	.quad 0x6ddf685eec0f2cf9, 0xb745396896fe7e31
seed46:
	.quad 0x0001ef47567b1607
	.quad 0x5a0180eac48100b6
	.quad 0xfffffffffffffdf4
	.quad 0x469f850fb7862576
	.quad 0x0000000000000001
	.quad 0xff252a914f7ef6d1
	.quad 0x9730a68e0fb64eee
	.quad 0x0000000000000006
	.quad 0x00000000000003be
	.quad 0xe47dcf2c267a5b89
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffbe
	.quad 0x00000000000000d9
	.quad 0xf1b189dce1c07f3d
	.quad 0x47d546469c9e060b
	.quad 0x000000007fffffff
	.quad 0x04000000
	.quad 0x40000000
	.quad 0xfb96d06dacf6f00e, 0x001fffffffffffff
	.quad 0x2f9d80a471a5850c, 0x8012a5fa2467abfe
	.quad 0xfc28c0a586d9c5c0, 0xbe91cc74d7bffb07
	.quad 0x3b60e0ccbf5eefd9, 0xfffdcbbbd83a5141
	.quad 0xc1f0000000000000, 0x3a96c8017fea2eac
	.quad 0xff680220f419da90, 0x1c61f13000000000
	.quad 0x40e1000000000000, 0x43b4000048040000
	.quad 0xbfa547a3b587abfd, 0x7fdd15b042bc5d8c
	.quad 0xc0a4dfdd7fe1a9c4, 0xae8d73d37d2fa29c
	.quad 0xbffffffe805632db, 0x7fb6cdbe9c6489f8
	.quad 0x7e9850524b2c721f, 0x0cb7542875b5ff93
	.quad 0x3f98000000000000, 0xfff7dc8f9c046a66
	.quad 0x41067a80ebffbe79, 0x7e13286aea3a1f2a
	.quad 0x3dc15134eb600200, 0x41f0000000000000
	.quad 0x3e1e10cdbd290000, 0x7fc0000040300000
	.quad 0x1e8bcccbba8b0000, 0xeba772148637b9ac
	.quad 0x40d8000000000000, 0x5dc5d0e7ffe88000
	.quad 0x58cdfba1dd3f39bb, 0x7f8361083f525b25
	.quad 0xfa891a82be7e3dee, 0xc786da9ac2785283
	.quad 0x16b3f0523fffffff, 0xff8000003f600000
	.quad 0xbb087b48ed67c12e, 0x3f7369529850c23e
	.quad 0xaf03b0e57fe4ffff, 0x4014000000000000
	.quad 0x75181d6b804ed410, 0x5782692ef1ebdcc0
	.quad 0x401e000000000000, 0x3fb0123db8000000
	.quad 0xff8f28aa6c859749, 0x28f8df5eff9191f3
	.quad 0xb6c4000039134084, 0x00002436937db280
	.quad 0x0d2b0424f6a3a3a1, 0x03712abdbcfce5a7
	.quad 0x1a3d62738d717e25, 0x800edbcdc814d309
	.quad 0x2a3aef776caf44e0, 0x6de987a2690215e5
	.quad 0x80000000c0500000, 0x3d3abf3d40100000
	.quad 0x32a85ae616b1f960, 0xbffc2ad9408257e5
	.quad 0x2da67f586ed7549b, 0x3d5511adc69828c2
seed47:
	.quad 0x0000000080000000
	.quad 0xfdb11eda402f1f2e
	.quad 0x00000000000003c9
	.quad 0x0020000000000001
	.quad 0x295b81dad17f7603
	.quad 0x8000000000000000
	.quad 0x0000000000008684
	.quad 0x00000000000002bc
	.quad 0x22fc2dc0cbfa2f58
	.quad 0xfffffffffffffff0
	.quad 0x9bf2169d35b92e93
	.quad 0xecfc1cff586a92fb
	.quad 0x0b69a34cf4c031e1
	.quad 0x0000000000000006
	.quad 0x0000000000000000
	.quad 0xf8fc73dfb7736b85
	.quad 0x05400000
	.quad 0x40000000
	.quad 0x14f380d4ff7fffff, 0xc01a000000000000
	.quad 0xe06bd449ffadfa2a, 0x7fc00000c0980000
	.quad 0x3d95ece63fc3bf3c, 0xbf13d89411945336
	.quad 0x8020000000000000, 0x3ef2000000000000
	.quad 0x836d756a1c676b80, 0x401b000000000000
	.quad 0xffa0dde2002cd8e6, 0xffd0000000000000
	.quad 0xc387ffe1bbff6da4, 0x004d03ec3bde0000
	.quad 0xec59949dbcc00000, 0xa91d092affc6fc00
	.quad 0xe4a630a0d4ab4200, 0x40183e6df2fdff70
	.quad 0xbcd5ebe28070aa62, 0xfdb2c868263e0000
	.quad 0x7fdfffffffffffff, 0xb0053bb22fd9fc00
	.quad 0x50510ccc52838388, 0x3d080000bedf203e
	.quad 0x11de93a3fefdbfaf, 0x4d980fd71d8a0120
	.quad 0xbfcec01301000000, 0x800b84f8b1527579
	.quad 0x400fffffffffffff, 0x6b0cf3bfb7280b80
	.quad 0xfea98f26ff7fffff, 0x27ec195aa96fb1cf
	.quad 0xc33fffffffffffff, 0x8078d6887facd6cc
	.quad 0xc70000005dfb7e7e, 0x00000000ffc00000
	.quad 0xd42ab2cbeadd84c0, 0x30bc2920fd9effdf
	.quad 0x3be932e9d979ca2a, 0x7f8939c6407fffff
	.quad 0x0e3cb72effc22703, 0x4021000000000000
	.quad 0x01b823c5ac4d5a75, 0xbe1ee75bfd840285
	.quad 0x800000005a000001, 0xf77f03d47f000000
	.quad 0x1ef1a38c88d4283d, 0x636a7390bbfaafde
	.quad 0x134b24354ef9c4c0, 0x211aff2858a22ad2
	.quad 0x1d036a87ffbbedd6, 0x4050000000000000
	.quad 0xfe2c3630eb14a10f, 0x7ff00d8303ddde67
	.quad 0x3e800000c1aa0395, 0x17dc6cb6ffa83de6
	.quad 0xbf80000147360000, 0xff80000041080000
	.quad 0xa4c939087fd67c00, 0x9d7d20093f800001
	.quad 0xbf9a31e6c7c48350, 0xfff8ddc2ae567097
	.quad 0x7f0beb5b7f800000, 0xfff3592c38f58b8d
seed48:
	.quad 0xfffffffffffffc8a
	.quad 0xa48edc68ce569bc8
	.quad 0x0000000000000001
	.quad 0x000000000009831a
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x0000000000000408
	.quad 0x000000000092b2ef
	.quad 0xffffffffffffff0b
	.quad 0x7bed1980fa02adea
	.quad 0xffffffffffffd8e5
	.quad 0xfffffffffffffcd6
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffda4
	.quad 0xa25583ed1ab0a61b
	.quad 0x2eadf12c4916a767
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xd3310a0bdf1b7544, 0xfeffffffc7ffffff
	.quad 0x8000000000000001, 0xbfb0d01d857b130e
	.quad 0xc3f0000000000001, 0x8000000000000000
	.quad 0x3fea317d76db20b5, 0xd7f9858febfdff7e
	.quad 0x432cfbc0d37c2f27, 0x889d2c5082ec77d9
	.quad 0x7ff8000000000000, 0x7faf4757ff800000
	.quad 0xc33fffffffffffff, 0xc55168004b7f7eac
	.quad 0xfdb064c09b34fabd, 0x2e9ca066d9ef8407
	.quad 0xdf9b9c9e8c7bb0c4, 0x72bb9bfeffeddbea
	.quad 0xb7698805fff74df6, 0x9e9885e2d3ebff13
	.quad 0xe152a45d5cbffe24, 0x25d3a402bfff99fe
	.quad 0x00069acfab6515c8, 0x3eb8000000000000
	.quad 0xff7fffff13f9d27e, 0x75744c2f7f800000
	.quad 0x5f33643188a4e15a, 0x88010dbbff0ca05b
	.quad 0xfc0871f83fee40c1, 0xffffb04650eabfab
	.quad 0x40fe90ad8103f60c, 0x01f3ac8380000000
	.quad 0x255796a3fb7dc840, 0x00cd159ed4d0a624
	.quad 0x7ffcc54e981fd216, 0x7ff0000000000000
	.quad 0xff8000004316474f, 0xfe91b7e16ced535e
	.quad 0x3fd0a952ffd68266, 0xc369515100000001
	.quad 0x8000000000000000, 0x40743c4acbea5820
	.quad 0x4221b2cc8c428000, 0x55e102231b12c300
	.quad 0x8000000000000001, 0xde878803a286786d
	.quad 0xc9daf3e4e37cbe00, 0x6bd994827ae78568
	.quad 0xe53de13ffeb7dfff, 0x004000007f98a6df
	.quad 0x1e5da08bfffbeffe, 0x6e00acbafbf97ffb
	.quad 0xfd09acf3ff954800, 0xc7c000007b5d5f9f
	.quad 0xfc85e97012407fa4, 0xc00c000000000000
	.quad 0xfff58b41a747b22a, 0xc22813d5f5861cf6
	.quad 0x8ba507894ca0cf95, 0xb4b91090760f6c00
	.quad 0xdd546a44ffc88000, 0xdeef5dddfbbac179
	.quad 0x309ac1a9ed47b2d6, 0xffae1e4dd2800001
seed49:
	.quad 0xfffffffffc316364
	.quad 0x000000000000003e
	.quad 0x63bf83b3fdb835f5
	.quad 0x0000000100000000
	.quad 0x0000000002d93859
	.quad 0xffffffffecdae8a6
	.quad 0x3aa34fb342993a76
	.quad 0x01f8bdd8e6f1e9a0
	.quad 0x9778304e24762840
	.quad 0x5e702772737c9724
	.quad 0xffffffffffffff84
	.quad 0x0000000000000000
	.quad 0x652099ea09ae2159
	.quad 0x61ef04edf2105df8
	.quad 0x8000000000000000
	.quad 0x000001d4daaebb5d
	.quad 0x06800000
	.quad 0x00000000
	.quad 0x7f8000007f800000, 0x8bc331e5bfee76fd
	.quad 0x36e0000043ef2b77, 0x813088f2c1c039f1
	.quad 0x53f0c410467c7cff, 0xc0394e5c3cdfa6ee
	.quad 0xc024000000000000, 0xff87c85bb0f47437
	.quad 0x459400004832bd92, 0xf95e030a5edcf999
	.quad 0x37fbcb1de2bfd84c, 0x23eed62a0466b102
	.quad 0x04a62158dcf1da5b, 0x1c76679dda000000
	.quad 0xff7fffff7f8475a3, 0xc0e0000000000001
	.quad 0xf4ba0dd277d11844, 0x7e8b5c04ade687ff
	.quad 0xee0e9647cfff0000, 0xfff34c6c82d6c8bd
	.quad 0xbfe5000000000000, 0x80034f3ed036bcd8
	.quad 0xefe0dcdef047642c, 0xa06a52d0538826c4
	.quad 0x800bf91318a05254, 0x00daa37a800d6598
	.quad 0x0007ae1fe8214c91, 0x7f80000000000001
	.quad 0xa34a8e53642ec2b1, 0xa9ac4196fc7dfbe3
	.quad 0x8a45a246c2ea0390, 0x80092344aa937033
	.quad 0xfff35e7b9632ef32, 0x00000000fa136196
	.quad 0xb347dac9fabdeff1, 0x3fe9a932d20dba59
	.quad 0x7fc00000c3f1e2ba, 0xb87cc7e2ccdc7c00
	.quad 0x73061446c30b4f4e, 0x7f800000ff83dfb8
	.quad 0x7eaf5a01d8c4a718, 0xdfb9310dd8fc5f92
	.quad 0x0000000000000000, 0x223279f5eb2d7e8c
	.quad 0x1e2fcfce901909d7, 0x000fffffffffffff
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x455067679d3ffbff, 0x0cb85e96ef318000
	.quad 0x4004000000000000, 0x7fb3a3c4c3e64b95
	.quad 0x3fd0000000000000, 0xc1a64a22d8affc7a
	.quad 0xbfaa023ade0a9191, 0x4059df5c1d3f8768
	.quad 0xee61d222b60d548d, 0x3cd405b93da23914
	.quad 0xbcbe2507007fffff, 0xc77ffffe7f800000
	.quad 0x4027c812b8c2b78a, 0x455689ac49b28961
	.quad 0x800b9df7611ea6c2, 0x397c0000bbe8b34a
seed50:
	.quad 0x0000000000000000
	.quad 0xffff24bec477180a
	.quad 0xfffffffffffff039
	.quad 0x00000000000001a1
	.quad 0xfffffffffffffce7
	.quad 0x06adf08fed57fe42
	.quad 0x109768e07efadda4
	.quad 0xebc135f73c2c9610
	.quad 0x6f803a054a9fa1ea
	.quad 0x000000000000016a
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x000000000000138b
	.quad 0xe47a193a348697ec
	.quad 0xfffffffdf157a456
	.quad 0xffeca30ff76e7c58
	.quad 0x02800000
	.quad 0x40000000
	.quad 0x4008000000000000, 0x186b11d67f800000
	.quad 0xbef8000000000000, 0x769d629e48cb0000
	.quad 0x000000002860e2e6, 0x9faa0611361bfff1
	.quad 0xb6fe7854de0d3898, 0xc10e000000000000
	.quad 0xbc8a083649900000, 0x6296335c2788128e
	.quad 0x80301e95fe7fffff, 0xc0b55d9c6ac6fed3
	.quad 0x5980000180000000, 0xc28f02e280ffffff
	.quad 0x7ff8000000000000, 0x3eaa03347ea62431
	.quad 0xe9c7f7edbf1c77ff, 0xffb617c400000000
	.quad 0xc0136d1f9d22b6db, 0xc27dd5983f96d972
	.quad 0x8040cbc2f5d898c8, 0x77f9b556d43fbb00
	.quad 0x0056b7a439271716, 0xbf8f3df5798796cc
	.quad 0x3ff9404071603097, 0xf295e6bffffc3a1c
	.quad 0x40e0000000000001, 0x401e000000000000
	.quad 0xc0d1ec6411b40a7e, 0xd7dfa41fd8e6ee7e
	.quad 0x3f8a85116cb40bfe, 0x995fb6bdd7eae474
	.quad 0x14386e1993ae28ec, 0x76c4f353f7de79ff
	.quad 0xdd55d1c1d5527c00, 0x005fb629d44b2635
	.quad 0x3c6e61847fc00000, 0x400eec271b25ff8e
	.quad 0xbf70800000000000, 0xa0b567f5d7af874b
	.quad 0x3e8310d87fca9063, 0xbf91ddbd65a6f2b9
	.quad 0x42f685daffc00000, 0x7ecba9577fdffbdd
	.quad 0x1836949db03dc5c0, 0xa6dbc284bfedbeeb
	.quad 0xc0e0000000000001, 0xc880000080000000
	.quad 0xb9c68439fff17eee, 0xfa21f31a803f79e7
	.quad 0x7ff55a91ea94b90d, 0x495a92f92b4e69c9
	.quad 0xb6c19051c2ef87ff, 0x7ebef0a0ed227eb6
	.quad 0xbf0a47fe4bfed50a, 0x364fa85acdf5203a
	.quad 0x3dbac1320cceb43e, 0xb1ff4e1a5ab57ff9
	.quad 0xc174f11a80000000, 0x4010800000000000
	.quad 0xc0d80000ffc00000, 0x2fe10e8cbfeb3721
	.quad 0x40f000007f7fffff, 0x3fbfc240715009d2
seed51:
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffb1e45a7292f62
	.quad 0xfffffffffffff06a
	.quad 0x53df5a9e668bd7fe
	.quad 0xfffffffffffffc95
	.quad 0x55f7accc15738e74
	.quad 0x838cd9b630d6d2a0
	.quad 0xebff2e84c19daaf1
	.quad 0x0000000080000000
	.quad 0xa28877612521fc9b
	.quad 0xc0d58b875cc4c255
	.quad 0x00000000004f89f2
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x01a35635c6f280ef
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x103f9448fffd7f8f, 0x478000007f800000
	.quad 0xbb4000007f800000, 0x8000000000000000
	.quad 0xb71e5931b6593ab1, 0x7ffba5333a580000
	.quad 0xc78e842df8e228a6, 0x7c33b3163d670f6e
	.quad 0x03bbf3e7b5acd90e, 0xc86c5b5efdf6e676
	.quad 0x7ff8000000000000, 0xc05d50e9862efa35
	.quad 0xffff53b603eff473, 0x58fd3f959805d963
	.quad 0x69b7c2260516fa38, 0xeff6f9b1fffb5343
	.quad 0x1e1a4c2c21e87e4d, 0x8000000000000000
	.quad 0x40f58f1e7fc00000, 0xd91206827fd9e6c9
	.quad 0xff1df53df49a643b, 0x5ddb9c82c9398ddb
	.quad 0x91ca5fecbd0bf9e1, 0xa6bea4bbfac55973
	.quad 0xd4c5af0d8fea7e2a, 0xd771d3c5ffef78ec
	.quad 0x3fe13ae2bb3696b4, 0x43137d75ff800000
	.quad 0xc1000000d8000000, 0x80e58f8e4666da94
	.quad 0xef4850590c828348, 0x0000000080000000
	.quad 0xb178ea7ba76f8000, 0x000f91c2f7803b5d
	.quad 0x7fbe02ed43fc30a9, 0x84c33051015e6ae4
	.quad 0x8001ba9b04f3625b, 0x46d9e65fd83de52e
	.quad 0x3fed95a70dfe744a, 0xc03baf4136212f2f
	.quad 0x00e87d35b26d0000, 0x7ff8000000000000
	.quad 0x786833d3fe6fd93f, 0xc4e8f34cd3f7affb
	.quad 0x403fb55ac0300000, 0xfe792b561694f9c4
	.quad 0xcdccc05719ca8031, 0xc120000040d00000
	.quad 0x802fffffffffffff, 0x6d2112a600000000
	.quad 0x99053b22aad10000, 0xc2bf5be440c80000
	.quad 0xd4483d319f8faaae, 0xc0f18961adc1bf5f
	.quad 0x00601fc076c2d023, 0x79f720b63f0af7ff
	.quad 0xc825911dff800000, 0x80037e093e504c44
	.quad 0x4f7fffff42261b31, 0xc249fe6bbe9d2376
	.quad 0x9cc5ac9c87ddd4d9, 0xb6c00000b6a00000
	.quad 0x4a0f00747ed75a75, 0x73bbb90840600000
seed52:
	.quad 0xfffffffffffffe64
	.quad 0x7c16ae76945ce11b
	.quad 0xffe425ea0f626bdc
	.quad 0x63a396c547f8a342
	.quad 0x0000000000000230
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffffcd8
	.quad 0x22f1c703e9f38f4a
	.quad 0x00000000ffffffff
	.quad 0x000849ec7da4f0d7
	.quad 0x000000000000028b
	.quad 0x00000000000000e3
	.quad 0x0000000000000000
	.quad 0xf741668b47fa6328
	.quad 0xa86979eff965bfdc
	.quad 0xffffffff694caa92
	.quad 0x02800000
	.quad 0x00000000
	.quad 0x9e072fd23a1ccc21, 0x3f9d0b24c21722fe
	.quad 0x41e0000000000001, 0x845bdaf800000000
	.quad 0x3f86b86ef632b8cf, 0xaed7bde83ff7fecb
	.quad 0x48e707e047308296, 0xdbff8eb38070e432
	.quad 0x00ab41b7feb0f334, 0xfeffffffbef8b9e2
	.quad 0x554ec1edffff2100, 0x7ff0000000000000
	.quad 0x20d69be3d60decaa, 0xbfd294bfdb5f7bc1
	.quad 0xa7c2e85c6354fc87, 0x4185d0183a9b0000
	.quad 0x829f405e4a71fc00, 0x3fb1bdf1805ad60d
	.quad 0xbfa55fb988acb363, 0x1626829f801851de
	.quad 0x19eac03bffe8a8c9, 0x4000000100400000
	.quad 0x219e1d33e6fafd07, 0x7a6399c4eb939ff0
	.quad 0xff1137e3f71fcaea, 0xf5a1fab3b2ca6fac
	.quad 0xffeb17a57fc00000, 0x7ff0000000000000
	.quad 0x148efe00bef10000, 0x61da60cd05097d10
	.quad 0xa1115c8ea847c2a1, 0xc1f0000000000001
	.quad 0x4f8000007f800000, 0x425cd957d5edd9d8
	.quad 0xdc06921f3bdf5e73, 0x7f80000072d4db08
	.quad 0xbfa85a922ddd7520, 0xbfa8ae4a9d2a8b32
	.quad 0x8008000000000000, 0x800fffffffffffff
	.quad 0xccf1a91f63830000, 0x43dbc7282fbf0e61
	.quad 0x72a3792b571b46ba, 0xff3294453cd509f2
	.quad 0x017d282572800532, 0xbff8be8bfff8cbe8
	.quad 0x8cc7e80e80190844, 0xfe9dea79cf675fa9
	.quad 0x656091e269999ecd, 0xa6e2f037bfbdc6ff
	.quad 0x470000007f800000, 0x8000000000000000
	.quad 0x7d907db0ff97dfc3, 0x3f881faa3957dc6e
	.quad 0x7f800000dffffffe, 0x9145c3b6f9fb5e7d
	.quad 0xc11c00003ef37a01, 0x800000007f800000
	.quad 0xc03e9bb47ffdbff4, 0xd9fffffeff800000
	.quad 0xfff598f519a3161b, 0x7f84e662c3000000
	.quad 0xc1140000bf8950f9, 0x7ff0000000000000
seed53:
	.quad 0x78f8a26eeebc9238
	.quad 0x00004f073b293911
	.quad 0xffffffffffffffd2
	.quad 0x01bc557de51b0fe5
	.quad 0x1edfbe42ad12e3a3
	.quad 0x38d0bb74f1625984
	.quad 0x87f683c20d193828
	.quad 0x000000017b5a0017
	.quad 0xffffffffffca0a82
	.quad 0xf1398724736f1a1f
	.quad 0xffffffffffffff01
	.quad 0x13cb9ac84125b7e7
	.quad 0x5787755b63cbc083
	.quad 0xa5334b2950f600fb
	.quad 0xff70e38d2b53e364
	.quad 0xe03b3f05e8b57092
	.quad 0x03400000
	.quad 0x70000000
	.quad 0xd80a7c04994dc297, 0xd2cc641c5c8bc1a7
	.quad 0x52e536dc4f4f7c30, 0xbbcfb9d6b5c80000
	.quad 0x4014000000000000, 0x0c31f873f3d2695c
	.quad 0x6677a2e9fffd9dba, 0x71df2ac33e6e7e00
	.quad 0xed5574cebcd7dae0, 0xc06c000000000000
	.quad 0x959c056d0886d0c8, 0xc78d3a097affb7df
	.quad 0x0000000000000000, 0x836778c575f5af90
	.quad 0x1d064819d17c7b61, 0xfeeaae4c425e7bb6
	.quad 0xf595d1b6636044fd, 0x4baeb6d4efffffff
	.quad 0x4024000000000000, 0x7d92aa729bcd39ae
	.quad 0xbfb4000000000000, 0x50c66ecdbea02920
	.quad 0xfebb8797ff800000, 0x8000000140ade224
	.quad 0x3ff855b8c28d90e2, 0x7fd579d641080000
	.quad 0xfff0362e9d7b4b52, 0x3e2c8d828e333c43
	.quad 0x7fe01af74347a3fb, 0x4990af6421782b3f
	.quad 0xc0400000d9800000, 0x5b5759060845833b
	.quad 0x535abde7a5b27bfc, 0x43f0000000000000
	.quad 0xbfd4ff2c8920e9e1, 0x7ff5a7a145632932
	.quad 0xc98aed9a0e371576, 0xbfd722a8f4c37c32
	.quad 0xf1dc6e7994f08c8f, 0xfff0000000000000
	.quad 0xb5586fabdf71fbf6, 0x7ff8000000000000
	.quad 0x75684dd3bbbb671c, 0x4020800000000000
	.quad 0x3fcf4e9bbfd5ce0d, 0x66805b60fe3f1f49
	.quad 0x44a62def62417c00, 0x211843d18d8c3fbb
	.quad 0x2e5a45edffbeff1e, 0xa6fadfbdd249a17d
	.quad 0x654d0c25ffffffff, 0xf48c2bf4bddd2753
	.quad 0xb31b9f046dbc9416, 0x8299582d8633c67f
	.quad 0x80a802d8c0e00000, 0xcbaa01bcffac493a
	.quad 0x40583936373a51ad, 0xc387e7abff800000
	.quad 0xa574df04fffcd3d0, 0xc32806cb7bdbee66
	.quad 0x911a944344687c00, 0x404b85a7171495af
	.quad 0xbc25abc2ff800000, 0x9875ae985c894f4b
seed54:
	.quad 0xfdf1f13b6ba953ec
	.quad 0x000007303683b456
	.quad 0xffffffffffffffc4
	.quad 0xffffffffffffe265
	.quad 0x06164d3c76eeab54
	.quad 0x0000000000000001
	.quad 0x0000000000627bf7
	.quad 0x000000000000035a
	.quad 0x3f73a67d3d44c243
	.quad 0xf6a521bc414451cb
	.quad 0x0000000001000001
	.quad 0xff06b88c296e6bb7
	.quad 0x26afd23bbd2288e9
	.quad 0x0000000000000001
	.quad 0xffe92e4e45405703
	.quad 0x000000000000069d
	.quad 0x03000000
	.quad 0x40000000
	.quad 0x14acf70084205b1c, 0x5965e756404b94e1
	.quad 0xaa6bc9a56562c178, 0x412a2f17052ec249
	.quad 0x1493321e3fff59b0, 0x86ebdcd078d732a9
	.quad 0x3fff69d80b3f3de4, 0xfa8925632875c1b8
	.quad 0x4070036a2f68545a, 0x6f68f3affff4dcff
	.quad 0xc002f2e0c24d8f08, 0x727fb0e875c6226e
	.quad 0xc06785a63a96315f, 0x7c3597c4fff3fefa
	.quad 0x41aa8581093407c8, 0xf9c66857df8d0000
	.quad 0x1f09faf784dfad64, 0x00000001ffc00000
	.quad 0x7d96ddbaefdd8171, 0x6cc338f3a89fdc73
	.quad 0xc15103de1e0e7c00, 0x4fec92402d74fde3
	.quad 0x8000000000000001, 0xdbd013a53adefc00
	.quad 0xaad64f04eebbfdd3, 0xfe01996afa51bd0a
	.quad 0x29a6b3d876f7ebb9, 0x0000000000000000
	.quad 0x0000000000000001, 0x1fd4a9b9feef8b27
	.quad 0x83a2ab50cea40000, 0x3cdc09fd0059a8b8
	.quad 0xfa6b93a3f5c097e9, 0x3fd4f02a55e91c0f
	.quad 0xffd3e2f475e89632, 0x802fffffffffffff
	.quad 0x00000000808e6297, 0xa6d198a553e10665
	.quad 0x64e6f18effa1423c, 0x817d4ae3e00d0560
	.quad 0x48cb2bef7ed97b6f, 0xc0123da0d1730000
	.quad 0xa81be9cfae3a0000, 0x77377c49b32d274f
	.quad 0xbfe808a7e5a0b245, 0x7fb17c207f907e0a
	.quad 0x42f7135900000000, 0x8000000000000000
	.quad 0xd31f8c7bffdac5c0, 0xedada9aa52c188a0
	.quad 0x57a9fdc842c122d8, 0xd52b17371db65430
	.quad 0xcb4b1ea1ff6ffdee, 0xfde4776f8bb87e51
	.quad 0x7fd7db6bc219f234, 0x4021800000000000
	.quad 0x1203aaa148fe3e4f, 0x686bb8ac433e02b2
	.quad 0x7a448bbc80066eee, 0x401d000000000000
	.quad 0xa404062ad82d44c6, 0x9b3ba845163abad5
	.quad 0xbedb83ba7b3801ca, 0x56c1b37ab4ea2a0a
seed55:
	.quad 0xa0780a56a0d2eff6
	.quad 0xfffffffffffffc2a
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000036
	.quad 0x000000034f30e298
	.quad 0x1e2d8e0c77278fbd
	.quad 0xffffffffffffff5d
	.quad 0x401b74eec9854d50
	.quad 0x1eabc754339dad50
	.quad 0x0000000000000110
	.quad 0x5477e8e55d3b0ec8
	.quad 0x00000000000002fc
	.quad 0xffffffff2395cac2
	.quad 0x0000000000000039
	.quad 0x92a0319b614b879f
	.quad 0x00000018460f1952
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x0000000000000000, 0xbe582b1799fae105
	.quad 0x1a8ba434a46bd241, 0x4fffffff8d09a50e
	.quad 0x40a2999e7f4144d7, 0x7f800000802ad641
	.quad 0xd50e7bbbdbb08000, 0xfd9595b33fe8b13a
	.quad 0x958662b66ad23795, 0xe5a383fb77eeb5be
	.quad 0x75b6c452b3305bd9, 0xa64a1c8620d0ba29
	.quad 0xaf750150bffe3e80, 0x7f92b372ff800000
	.quad 0xbc9a0cc27eb36ab9, 0x017fffff92f5f22c
	.quad 0xc2b802e1bfae0000, 0x8005754f4187af83
	.quad 0x807e0b6fe470c0d3, 0x93566e5340a48ed9
	.quad 0xff8afd51004f4198, 0xb2196e59fc6e7620
	.quad 0x000964e824e53123, 0xfee49d6bfef9eff8
	.quad 0xc50719d5bd94d0f3, 0x752233b580321791
	.quad 0x477c654c4314d169, 0x37d7047fd5fe6aee
	.quad 0xc05bd00000000000, 0xc4400000fffa9014
	.quad 0x5307624285e90fbe, 0xb43a68f42931c9e0
	.quad 0x007fffff06dce22e, 0x389bdf89ddd77efc
	.quad 0x7decb797a1eaff1c, 0x63f1e43e79affec5
	.quad 0xb23232bbffb70000, 0x7e8000007fc00000
	.quad 0x7123981527b0d907, 0xc0679658cec88f31
	.quad 0x2526aaacd97af265, 0x8d6ffef5544317d5
	.quad 0xc116ff793cdefd75, 0xbf40000086a2841f
	.quad 0x1aa9f984dbff8001, 0xff8000007f800000
	.quad 0x0020000000000000, 0xff9747b07c810bc0
	.quad 0x80b433f1808db400, 0x5a73bab4b30f7e00
	.quad 0x32de47ed7cb03534, 0x0038e80a3a740000
	.quad 0x4024000000000000, 0x0269b966d591b328
	.quad 0x0010000000000000, 0xff800000806e384c
	.quad 0xfff8000000000000, 0x7ff38205d1b5752d
	.quad 0xad6dece57fe7f7df, 0x8c6165eb673b03f6
	.quad 0x0009979f6c89da68, 0xd9cca93000000000
	.quad 0xbfe06d20bb60e3be, 0x71dfa912be7e5362
seed56:
	.quad 0xfff679f34c6e087d
	.quad 0xffff9bd337d69388
	.quad 0x7d62054fc6e883e0
	.quad 0xffffffff80000000
	.quad 0x000000003706ed75
	.quad 0xfffff92bb61bcacc
	.quad 0xffffffc22ed48060
	.quad 0x2e137f779a72aae5
	.quad 0xf422a198c804f9cd
	.quad 0x0000000000000007
	.quad 0x2d5aaf91dab8907b
	.quad 0x00000000092e3e86
	.quad 0x000001ce2b4038c4
	.quad 0x000000000008961b
	.quad 0xfffffffffffffd5a
	.quad 0xffffffff1cc6c4d2
	.quad 0x01400000
	.quad 0x40000000
	.quad 0x5f7f38498f64fc3d, 0xed2d27cee5fd7cc9
	.quad 0xdeff43feefe6fb97, 0x8022ddb5c16f5093
	.quad 0x7057bafb22d1bbfe, 0xd9453559beca8000
	.quad 0x4028ba75ff7fffff, 0x35b6589cf489bc45
	.quad 0x12233a407f800000, 0xc7800000bfa7bc30
	.quad 0x3899a9c9a1b3b135, 0x801fffffffffffff
	.quad 0x7bf69da11657fc00, 0xc34f00008031a3fe
	.quad 0x9b9749e13f7f77c7, 0x59fffffebde00000
	.quad 0x8001191489f24376, 0x7ff18480c502adce
	.quad 0x3b9eeceb3de00000, 0x7f8c855cc182cb1d
	.quad 0x140a5df6fced90ae, 0x7ffec9ab0fd426c2
	.quad 0xf2b22d97faf78000, 0xe8a584a2b55e9517
	.quad 0x000b26a3b75b28c3, 0x18fd87dcffdfbebf
	.quad 0xbff09ec5d0287d1f, 0xc04800004342b232
	.quad 0x7ff09dd6faac7671, 0xff800000017fffff
	.quad 0x7ff0000000000000, 0xfff8000000000000
	.quad 0xff8000004e43d9a9, 0xdffffffe42cf9b25
	.quad 0xc0f0000000000000, 0xbac0000043b2a090
	.quad 0x627ffffec5b9ef02, 0xc156289b41a60000
	.quad 0xd45d88d50aaefe00, 0xd84976b74f7ffffe
	.quad 0xc01a000000000000, 0x800953ef43c371ae
	.quad 0x58b13837fd3e559a, 0xec074c7dfeffffff
	.quad 0x8000000000000000, 0x000000007f800000
	.quad 0x41e0000000000000, 0xad830c864ff00c00
	.quad 0xbc434fc9cf7ffffe, 0x7ff15384be8aa7d3
	.quad 0x0c7c176dffdef6dd, 0x000ff289829b181e
	.quad 0x8000000000000000, 0x413f991b1888b412
	.quad 0x40b8000040c80000, 0x50e0f4dc6413c89a
	.quad 0x1788a7e62391c8a0, 0x7ff0000000000000
	.quad 0x401b800000000000, 0x7fc0000040f00000
	.quad 0xd4d93ccb1a39652d, 0x4b3f756f3bf23eb6
	.quad 0x0402c311b2ca24c9, 0xcc1f2d2c920ffc00
seed57:
	.quad 0x000000017436726b
	.quad 0x17d3a461cd3151d7
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff29
	.quad 0x640d9b8a29094cef
	.quad 0xfffffff4a1d313f3
	.quad 0x000000007d86ef59
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd99
	.quad 0xfffffffffffffff1
	.quad 0xcc5426ddaecdc684
	.quad 0x2068e30e60b30e4a
	.quad 0x00000000ffffffff
	.quad 0x0000000004a9a6d9
	.quad 0xffead48930e35423
	.quad 0xfffffffffffffd1b
	.quad 0x04800000
	.quad 0xb0000000
	.quad 0xc177e16f3d0fc867, 0xa741e2fbef432912
	.quad 0x7c79b585870acccd, 0x9f753d3604269576
	.quad 0xb5b0f3d15191c5fb, 0xb73000003fe00000
	.quad 0x7fc9bbfca2391255, 0xfff469ff04b7c1b3
	.quad 0x68b2df0df4efabeb, 0x3c6a554780000000
	.quad 0xa0caeb16a7777b0c, 0x16dd1f3dffc00000
	.quad 0xfff540c69ea44691, 0x0000000000000000
	.quad 0x49f40000bfacb1c6, 0xc020000000000000
	.quad 0x9f30e021f07203fc, 0xcb9b62037841d9e0
	.quad 0x7ff4983a26c0ad67, 0x8e3e07877f800000
	.quad 0xc0d4ffeb4063d204, 0x223590dabe6fd5cd
	.quad 0xc22ffffffffffffe, 0x7ff0000000000000
	.quad 0xdf7ffffeffb4e401, 0xfff71dcebfd042b5
	.quad 0x807b7bf380000000, 0x400800003dc873d6
	.quad 0xf5ca1aabb3d85ab3, 0xf65cff2b7e97faf1
	.quad 0x4d43856ffffbafcb, 0x902c230cfff9b7f9
	.quad 0xbf7c2116f53887bb, 0x0015eb65636b9408
	.quad 0xdc0044d82259a517, 0xeee3059a99bab7fe
	.quad 0xbe1e1b1a6bedb2e1, 0x7ff8000000000000
	.quad 0x400bcbeb1f48c76e, 0xbcaa4a4bc62b8000
	.quad 0x3ede000000000000, 0xc1e752417c2a8000
	.quad 0x7ff8000000000000, 0x3cefc2deaa787e00
	.quad 0x0079944542fa1dfa, 0xc035c18e3052c8da
	.quad 0x40c800007f800000, 0x44293d9aff7ffffe
	.quad 0x8100864d80000001, 0xa5c6a2697fbf9fb5
	.quad 0x2790e320e0a3d293, 0xc077ae71d6a212df
	.quad 0x7ff8000000000000, 0x00730daa3ea5ce19
	.quad 0xbfcb8001ac1aa11f, 0x003ea4aeff8cda4b
	.quad 0x833dcac802001518, 0x409a5c6579ed1cb7
	.quad 0x0d3656e3eafed8b8, 0xa2e2909cff8f9f57
	.quad 0x8b8b4dc4ff93bc20, 0xb0c653a24113ff7e
	.quad 0x52a3eb564b62c880, 0x8108bf01d870b7e3
seed58:
	.quad 0xfffffffffd4e7b7c
	.quad 0x0000000080000000
	.quad 0xb092aee263076164
	.quad 0x000000000000001f
	.quad 0xfffffffffffffffd
	.quad 0x000000000000036c
	.quad 0x393a467c72327576
	.quad 0x257fbcc96aa31d3b
	.quad 0xffffffffffff43f8
	.quad 0x00000000ffffffff
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0x06215023204e1b9c
	.quad 0x0020000000000001
	.quad 0xfff3b9634948eecf
	.quad 0x8000000000000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x3fe5718099839b9d, 0x53dc9d09c4f0807a
	.quad 0x3f143b90c2428433, 0x424b2e8d7f800000
	.quad 0xc0161661cad809d3, 0x0000000000000000
	.quad 0x1cf3c7e6d7fb1f5e, 0x8047939898990660
	.quad 0x824d0b53d2a1a492, 0xcfe61f71eb250d86
	.quad 0xdd7127e3a0dc4001, 0xcf00000180728f79
	.quad 0xffeac893de25b518, 0xb1d2773c45f079af
	.quad 0x4005f60a7ef6217e, 0xbc60e8ad0ef932e3
	.quad 0x405025a0f02f5cc5, 0xc00c000000000000
	.quad 0x406748fea8aca45c, 0x6c02d75d4a4d9c3b
	.quad 0x002fa26d7e42f4d5, 0xfed6e2a5ff800000
	.quad 0x94f6c357c1972ad0, 0xdfdeae55158b824c
	.quad 0xd25d55b2bfbffe00, 0xb2a7873266ed7a12
	.quad 0x40c800004124f0d3, 0x277088b5fefefe3c
	.quad 0x96e677967ffff90c, 0x800000002ffd6ca9
	.quad 0xd0eca4def01ca517, 0xcb5b8d58d0566bd4
	.quad 0xc013000000000000, 0x80800000c7ffffff
	.quad 0xc7d3dc4695e768da, 0x71e8959529c51788
	.quad 0x8d526e18c0100000, 0xddc4bbbe55f24c48
	.quad 0x817ffffff0f13066, 0xbc7e87a9cc1ecbd4
	.quad 0xef41c643497d2a42, 0x87e68755ff7fffff
	.quad 0x0064b979454aa98e, 0x43e2f2093c5defd9
	.quad 0x04a09b0ce17fffff, 0x5a6aebf9ff95d5c4
	.quad 0xeaf37dbe713edc00, 0x7df80e81053c5af3
	.quad 0x4057fad21ecd86fd, 0xc008000000000000
	.quad 0xc2670f8c3da865ef, 0x6f6044b2da71600a
	.quad 0x4b2290284075fc00, 0x5f7fffff3d7e633f
	.quad 0xfff54e319506cbac, 0x000fffffffffffff
	.quad 0x404e5872774e6272, 0x6b2bfdf623d29bec
	.quad 0xef920f277fcb0f27, 0x3f1622e3ca579400
	.quad 0xbfb46fbdba5c3482, 0xbf400000ffb385c1
	.quad 0x5ffffffe81000000, 0xd8c0fb8daf698800
seed59:
	.quad 0x92c1c068f40892c0
	.quad 0x0000000000000194
	.quad 0xeedefea8ea99416b
	.quad 0x000001f23fecf451
	.quad 0x000000000000032b
	.quad 0xfffffffffe8ef233
	.quad 0xf4846fe745aa9e76
	.quad 0xffffffffffffff9b
	.quad 0x5b2eef9b0b838cd5
	.quad 0xa584f23087a2b57b
	.quad 0x00000000000001e0
	.quad 0x4e944bc00fd21d83
	.quad 0x000063b1a06667ad
	.quad 0x000000000000002b
	.quad 0xc87a48b00ad4b0d0
	.quad 0x0d95105667ab219b
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xe3350096153e7e00, 0x8cdd72d445ef7b08
	.quad 0x22ad6d4cdbb3befa, 0xc842bbdf5c367e9b
	.quad 0x806a74041279b2c4, 0x3b31d73bc47eb9c1
	.quad 0x9e240e0fdd7effe2, 0xd3cb0269ffcbebf8
	.quad 0x3e3aff81cc45abe0, 0x082ba16b4e0a87ff
	.quad 0x9d6bcfed87540000, 0xc07e54c75e367667
	.quad 0xffc000007f435b34, 0xb82094c3c6fcfc98
	.quad 0x08a0a359cf1cc6e0, 0x81c9d426ff9e7afe
	.quad 0x3a255f23d5f7dde1, 0xbfa8000000000000
	.quad 0x8814887597fffe6e, 0xc0684fc6b9e2db14
	.quad 0xcffdedcf98e86e28, 0x7e9d15e477b56ed5
	.quad 0x565313bb0f2f5993, 0x40a00000ff800000
	.quad 0x4019bf01a2676fc0, 0x0000000000cfbac3
	.quad 0x0000000000000001, 0x81e50bd4ee05f485
	.quad 0x0000000000000000, 0x7fd7097f462e778f
	.quad 0x5ed0c7a2071d5df1, 0x7a559b31ffa7d5f7
	.quad 0x0000000000000000, 0x434764a77fce851a
	.quad 0xbfd8ba5ff980c7d8, 0xe71c3e7175df5f7e
	.quad 0x5a9ba3eb7f81ce8e, 0x0c04ee366f6fd3ff
	.quad 0xfff70d86ad958ed6, 0xffedffcb9ec721f4
	.quad 0x405f8a0945037b04, 0x82949e76c205113d
	.quad 0xc047d3e8b3bd32bb, 0xbfe0000000000000
	.quad 0x4035d91e5a000001, 0x006a5c3c610e556e
	.quad 0xffa87d43be99d23c, 0x00020bfb82f54f09
	.quad 0x9abd3192fdf10b98, 0x0000000000000000
	.quad 0x284e4a7b381b8000, 0xfe95ad4164f6f335
	.quad 0x29f8ba5d479f7c00, 0x3f600000f286852c
	.quad 0xff000000b2821b41, 0x7ff453dcad0ae5df
	.quad 0xb356441e1b5e79af, 0x4020800000000000
	.quad 0x5159f51dd5a58f37, 0x800000003ec8bcc2
	.quad 0xffc0000000000000, 0x7ffed6904eebf8f1
	.quad 0xd1c7d815e64f31e9, 0x84f4436b45000000
seed60:
	.quad 0x26ba5d44b4b6cebb
	.quad 0x00000000000041ed
	.quad 0xb1cbef902652228f
	.quad 0x8000000000000000
	.quad 0x0000000000000391
	.quad 0x7fffffffffffffff
	.quad 0xa87059988d830733
	.quad 0x2463e4bee160b385
	.quad 0x00018f0d97a97cb9
	.quad 0x000000000000008f
	.quad 0xffffffffffffffff
	.quad 0x000000000000020b
	.quad 0xffffffffffffff34
	.quad 0xc42fe3e999f2fb7d
	.quad 0xffffffff80000000
	.quad 0x6dcbf56e4e3c835d
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x2464dbfc7f7f8000, 0x31d34ca0334ec840
	.quad 0x4328d92dcffffffe, 0x3ffe2f3ed72d6caf
	.quad 0x7ebbe4be8d347a2c, 0xf49d113b00d1c120
	.quad 0x95c5647bd9800001, 0x7ff8000000000000
	.quad 0x0018089fbe1209b3, 0xff800000ff7fffff
	.quad 0x43e9030effc11b02, 0xfbcfa179d3b28000
	.quad 0x00e6f61805a8d388, 0x7583b481fe90989e
	.quad 0xbf9c5940a38598b9, 0xd4c1cf8de3303dbd
	.quad 0x8789ff2772f7f07f, 0x4f8b912ac5f7eda4
	.quad 0xc134de407fc00000, 0x6c57470b7c0150b3
	.quad 0x24e7aca9f7edbfff, 0x7fc00000c1080000
	.quad 0xeba99ef85bc8fc91, 0x001fffffffffffff
	.quad 0x37f03759d12a7f85, 0x0040e1904213b6e4
	.quad 0x4022929bc572f571, 0x4c3f5f897a522be5
	.quad 0x0120bb150f728c33, 0xcb9820ba97391e13
	.quad 0x7f971094f82bd32c, 0xc3b8b09cff1f0093
	.quad 0xbb0f2bbf90b1fb2e, 0xb3606cd1126cc7eb
	.quad 0x4431fdd9ffcafb97, 0xed1c92c1cdf76b3f
	.quad 0x407fffff80400000, 0xc34ffffffffffffe
	.quad 0x33ddf6acfcfe5def, 0x51908b2e14b17844
	.quad 0x800000003f2b3c60, 0x15b6a3c0f2df5ebf
	.quad 0x432eb00d8fbd9913, 0x65a6effbc69b8a73
	.quad 0x0004a7f75b302e1a, 0x71a9dd9b5188a7c3
	.quad 0x3ef64b6cc1180000, 0x7ff35dd52e88b244
	.quad 0x7ff5d217e9d3a5dc, 0xda223b2f3eba80a8
	.quad 0x5ea5ccd953be8000, 0xffe81716a5010b44
	.quad 0x8220695a07d037aa, 0x5d88a5d6e12cb3d3
	.quad 0x0c6c38ce81000000, 0x4b18a3650888debd
	.quad 0xbf933a87f3ee68b5, 0x4002000000000000
	.quad 0xfffd5c38c6cdcfdc, 0xe9c157924232594b
	.quad 0x983eba0a32247c00, 0x446000007f800000
	.quad 0xff800000469fb215, 0x3f8ad1d8d071d66e
seed61:
	.quad 0x000000000006c845
	.quad 0x54463d037c022fd2
	.quad 0x00000000000004a0
	.quad 0x00000000000003b1
	.quad 0x000000000020a7c0
	.quad 0xfff52edef4cabb98
	.quad 0x3dc8e9a5979021ad
	.quad 0xbfbcf92f8bf36e1c
	.quad 0x00000000001949b5
	.quad 0x0000000000000001
	.quad 0x000000000000018b
	.quad 0xffffffff80000000
	.quad 0x6fa45c258e0f3178
	.quad 0xffffffff80000000
	.quad 0x572f7082e4610171
	.quad 0x59db2965840da484
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xfeffffff53c4bc1d, 0x402aa2791738fbc9
	.quad 0x1e0e727fffa30a03, 0xfff0000000000000
	.quad 0x816ab755cf7cdafe, 0xc56000002796fec9
	.quad 0x83f3f4be14497c00, 0xa9f7da094ff747d5
	.quad 0xdfed93974193adc3, 0x401c1eb900aa6931
	.quad 0xc07f630012c3eed8, 0x3f8554a112d8f090
	.quad 0xb1aded644ecddcf0, 0x4015000000000000
	.quad 0x7ff76a9f274ac3c6, 0xf8ab2c88c07fffff
	.quad 0x816fb71d9c4d0b35, 0x98fdc628226e2208
	.quad 0x3fd6ee99fccde7cd, 0xf016f6c8b9010200
	.quad 0xc08c00007f800000, 0x5f8a3c1fe61d0000
	.quad 0x6ff86770ff800000, 0x7f8000007fc00000
	.quad 0xe133b33c40b00000, 0x674008ecffaf7ca0
	.quad 0xdffffffe3ff2f4a7, 0x52ee2ca754be40ee
	.quad 0x3eee6757fd5cfe65, 0xddc3e4ab4eac7c00
	.quad 0x2d907ccd4b033bc4, 0xffc000001f55f440
	.quad 0xf2de85e328a90000, 0xbce092d07fb175f0
	.quad 0xd077366730660922, 0x002adac0d13cb4c1
	.quad 0xf8dc72453c1a03d1, 0x483f12c579b40aeb
	.quad 0x800000007fc00000, 0xb3053080eb775766
	.quad 0xf4c076e569ce83ff, 0x7e8e7e54ffbffefd
	.quad 0x6a3dc85b7fd7fffd, 0x0019ab09459bb043
	.quad 0x01a76f9bc1dbcf9e, 0xfff7c141c5f73fde
	.quad 0x4cbea9dcff7f85de, 0xf2e086b7ff800000
	.quad 0x5c5ce04d97ce2e0c, 0x9679015dff9dffa7
	.quad 0xb6af4b3ccafffddb, 0x828412fd210928a4
	.quad 0xfff25c6cb6fe8bf3, 0xaee851dad490004e
	.quad 0x477fffff80000000, 0x7ff8000000000000
	.quad 0xc01a000000000000, 0x6cb7fcb5cf4968d0
	.quad 0xff63d60100000001, 0xbc6c7277a2349d3e
	.quad 0x0387ecc149e880ad, 0xd040a6a4ff9e7800
	.quad 0x839728eb073098b3, 0x8000000000000000
seed62:
	.quad 0xffffffffffcc52cd
	.quad 0x0000000100000000
	.quad 0xf46e879d4afefc4e
	.quad 0x3a8cc36b98b75d49
	.quad 0x97bf7996fa92607f
	.quad 0x00000000000000bb
	.quad 0x6886b93c3e7fa292
	.quad 0xfffffffffffffc5e
	.quad 0xff50eaf0441b1e2e
	.quad 0x0000000000000264
	.quad 0xfffffffffffffccf
	.quad 0xfffffffffffffef4
	.quad 0x0000000000000302
	.quad 0xfffffffffffffd56
	.quad 0x0000000100000000
	.quad 0x02c2744e380bcbac
	.quad 0x01400000
	.quad 0x70000000
	.quad 0xbf4822d945fffbef, 0x9825ae6bffc00000
	.quad 0xffc00000623dfd7d, 0xbfb0304a37ee0b16
	.quad 0xfad57b3ae54e8557, 0xf65c1ac6301fffd9
	.quad 0x0d2b53a4429a1fe6, 0xfdb8f8c8ffd0114d
	.quad 0xc0efffffffffffff, 0x366d5572c6cefd10
	.quad 0x406f383a217c430c, 0xbf1a29edf0cf4597
	.quad 0x144e113974446a16, 0x646b7ec8ff8b7d57
	.quad 0xfd69d2337373e7c9, 0xf4a0db448d39f1e3
	.quad 0x001c459840a80000, 0x4fd15a2900cc47f8
	.quad 0x7f90ca7b807fffff, 0x40738432d95cd814
	.quad 0x065617067f8bd2e4, 0x3f99112335055fff
	.quad 0x3e11000047000000, 0x81466a507c7d94cd
	.quad 0x3cd4ff22f28b886c, 0xc1924f9cbde1bd1c
	.quad 0xe49e9a933fe1dd44, 0xc147b9747109c8bc
	.quad 0x021d7be0533ad29f, 0x80000000184c3d68
	.quad 0x271fc3613f2e7b74, 0xdfffffff7ff6bc3d
	.quad 0x6bf9d9f5fcd88c00, 0xc0d00000000531e9
	.quad 0x016e5cf73bd59504, 0x4021400000000000
	.quad 0xffe38986551a2959, 0x8000000000000000
	.quad 0xc1180000002c68bf, 0x66a9c0ea9062ce7d
	.quad 0x1a149962b0cf67fe, 0x4f9e15d2fb9da217
	.quad 0x7fc321cf7ff789dd, 0x861402fe342f56e9
	.quad 0x419a54d48645c5d1, 0xaeee358db1bcc36f
	.quad 0x8015d5d81d8a7739, 0x41268e9c06fa7d72
	.quad 0xe2753584de7ffffe, 0xba80000080000000
	.quad 0xc0692bd5c2944f1d, 0x9d2cce64f2eda89d
	.quad 0x00051587356c3c89, 0x7fde3927b89b2893
	.quad 0x0dc439b4f1a4d897, 0x6e5cdf1da6957f74
	.quad 0x8be2013bffbebfdf, 0xdfffffffc7000001
	.quad 0x72b1b25dffbdffb8, 0xbf9a000000000000
	.quad 0x4d396bfeffb6ad3f, 0x8061c588bed60000
	.quad 0xf63a4e8fc18d7b8d, 0xf9bf5c97ce77fd14
seed63:
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x000000000000168a
	.quad 0x0000000000000000
	.quad 0x00000000000003c0
	.quad 0x000002cbe6a9d727
	.quad 0x4af6daf660986d33
	.quad 0xfffffffffffffc81
	.quad 0x0000000000cff1a5
	.quad 0xffbb858c44b17e79
	.quad 0xefa098200883771e
	.quad 0x7cb6041febe94edb
	.quad 0x00e88f636b4b5da1
	.quad 0xfffffffa7478afd7
	.quad 0x000000000000038f
	.quad 0x0020000000000001
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xbc1bbec4cb3dfc00, 0x8ec6614762c0f818
	.quad 0x7fbc786c7fc9537e, 0xff800000dfffffff
	.quad 0x60d9c1c083cef5c3, 0x404d3dcd76a354de
	.quad 0xc8140000807fffff, 0x8020000000000000
	.quad 0xc01c646529f22e17, 0xc1a2c8234fcf8000
	.quad 0x9e5f9794803c8284, 0x35b7838172af8215
	.quad 0x0de72b9807a395ec, 0x989e9d149dfffffe
	.quad 0x3c69d7a97534d80f, 0xbfd8000000000000
	.quad 0x08e6e7abbe800000, 0x7ff0000000000000
	.quad 0xf431078e80000000, 0x899d2b134b20054f
	.quad 0x7d8fcc0a5b4c0608, 0xc78900000bca3895
	.quad 0xfeb3a933ff800000, 0xf66723afc1688f5e
	.quad 0x7fd56b9763063dd6, 0xd45759fbfefedfdf
	.quad 0x401a800000000000, 0xb7a4c46abfdffedb
	.quad 0x7ff6154ee63dff28, 0x803b53dbc1100000
	.quad 0x6864015e15bae2ec, 0x7faa99f9427e6e01
	.quad 0x656406f379087437, 0x56a7278fc01aa583
	.quad 0x7e4b9a17a051b68b, 0x3c9f599bc0ca56db
	.quad 0xfe8000007f800000, 0x6fa25d837fb221ab
	.quad 0x004fc2a03c109b5e, 0x000fcb5ede7107d0
	.quad 0x1a3e55b8d77f7e00, 0x40ec5b93c1d8a17c
	.quad 0x6c1afb69beff7c8d, 0x47edb59f2fef9570
	.quad 0xbef8000000000000, 0x9bd220bae886c20a
	.quad 0x00000000408c0000, 0x80344f0343b25707
	.quad 0x4100000041080000, 0x427ffffe7f800000
	.quad 0x4e34ecf182408000, 0xc0ee000000000000
	.quad 0x9a60e7f07c58e8c6, 0x800000003c00374b
	.quad 0x3fb7300000000000, 0xfe0f95d762f65f38
	.quad 0x250f88eabfbfffaa, 0x573d8802ffbdf7cb
	.quad 0x3f3dc00000000000, 0x3f80000080a6ac45
	.quad 0xbd6dac42bf8e936c, 0xac017f77b2f61512
	.quad 0xfd931f45173175e8, 0xfff2180d07f45181
