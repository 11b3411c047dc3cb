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
	.inst 0x4e616850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e264211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee0da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e640103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e672934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e66dc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f23a51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f60881b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e4374dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e70002f
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
	.inst 0x1e6308f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc39a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f472c12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb2ecf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e219834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f875
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
	.inst 0x1e6100c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6801a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6bf6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2fec5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21d9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69289c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21887d
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
	.inst 0x9e6900cf
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
	.inst 0x1f6a3450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e637932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f674213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b874
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
	.inst 0x4e217856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f138898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e250999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f64d4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f271b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a1b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3100ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f73e57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c1ff
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
	.inst 0x4f8f1950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fac9011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0c992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6141b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2bb054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e219c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6178b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e391017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea8d458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0ca599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65401a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e346411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6a291d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6178de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2298bf
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
	.inst 0x1e210950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70ccf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5f612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e669013
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
	.inst 0x1e716c15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e640106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6301d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e242180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f639d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a183f
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
	.inst 0x6e67fc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fce9071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea7c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e641854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1a936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e196a87
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f613699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61a97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e6169dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1a9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1939bf
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
	.inst 0x9e7101c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2100a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fce9233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f051037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6516f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f68a8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f5bfd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39024c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60d4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29008f
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
	.inst 0x1e66445f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c0b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1aa75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7079b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0021b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2fa892d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61ba19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c595a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eeef5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2142dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2839dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fa0111e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f442e1f
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
	.inst 0x1f692570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2521e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f30fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1a8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68fcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6119f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6400a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70cab7
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
	.inst 0x6e6edc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e38dc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21047d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6ea49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f27e73d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1d8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eefc4df
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
	.inst 0x7e23e510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f35e4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea0c8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc190d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7320a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4a0277
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
	.inst 0x1e21c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18d0ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f599ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0ca1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f6be5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c05f
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
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e293951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e31cd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e71dc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1ba74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e1815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e260956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e295939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e619a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0fb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e74583c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0cadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0f85f
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
	.inst 0x1e6d8990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e672a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e027992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21b993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f69a654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2400a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2bc416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2540d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24032c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a0afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f48b15f
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
	.inst 0x6f52e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eb0c532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e251a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7800c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0822d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e622020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18a2ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43fd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e632130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6addfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc599ff
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
	.inst 0x4e25d570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc719d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee0c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f68b275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc211d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd611d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eeed558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f21e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e26de1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e591d8c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ee51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2101ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6200ff
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
	.inst 0x1e674010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fce58b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b5932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6300d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d6814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1f8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d28d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2148b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e212170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6240da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fdb189c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6639fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4f089e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c791f
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
	.inst 0x1e232090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e30c552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6640f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e27fe74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e3801a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6201b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2a38f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e022439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2400aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21a9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2541fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e701afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0db7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24c1ff
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
	.inst 0x1e222457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e767011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee3e5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6df014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e642250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e320836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e680047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f7ae558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0c9df9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1fa9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28295c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e22fc7f
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
	.inst 0x1e2e38d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4c2e54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6ed4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e380127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2ad418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f018d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63d01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0f99db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fab59dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202128
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
	.inst 0x1e2b101f
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
	.inst 0x2e26e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e30fd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f40c492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eabc5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e252a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7101e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d3017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1d8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e78fdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea18a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef5ee3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fcd985c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21b97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f0d3f
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
	.inst 0x9e230010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c0a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea9e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1b894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e6eec35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f49b0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1da18
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
	.inst 0x9e2902ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6300db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eece5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fb8985d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f46857e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eabc43f
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
	.inst 0x1f0701b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2108f1
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
	.inst 0x1e6301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e60dc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2000a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e35d017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6120b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6801c9
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
	.inst 0x1e63c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e257abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f64985e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e252d9f
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
	.inst 0x4ee0f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e763011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f8899f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e694a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18c4e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f51e4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21d857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61c898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e23f5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2301da
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
	.inst 0x9e63011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f59495d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f04d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f23bdff
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
	.inst 0x1e2f5890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea1ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f070633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e192524
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2200b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e20fd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59b209
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f04049a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb1d6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22007c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27f579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f8d909f
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
	.inst 0x1e602168
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
	.inst 0x6ea6d512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0c8f3
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
	.inst 0x1e365015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eeccdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f04cc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0d899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27172b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61987b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61d9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c21d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a2110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2919bf
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
	.inst 0x4e20f470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a1871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2200b2
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
	.inst 0x4f70e554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0c895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65e451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e322330
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f27fd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2d9d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e66edbf
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
	.inst 0x7e30c910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eeae611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f8750f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6501a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e310004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e1890e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2cc45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6100c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e75e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea5f67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eaad75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e649d3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20557a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21889e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79018f
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
	.inst 0x9e200180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e300101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f43a1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e217874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2179f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f37e556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1aa97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60ddb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc2103a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f78317b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c35c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2929fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e68ee7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e6169bf
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
	.inst 0x7fc69990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f29e571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea5ed52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e0275d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f71a834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e713995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f20aa56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7100e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21dcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e610069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22007a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc4907b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f2bfc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d29bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1985e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0da3f
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
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f8e9091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f38f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6141f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e24d4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e683a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f68e4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f25ddda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee8d55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6001ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e31018f
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
	.inst 0x7e30c910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc09971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee9c432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f633553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e1941a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61cab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e200878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef1c419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e27dc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fa7991f
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
	.inst 0x1e280000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0e851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3f9013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f669214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6faf9195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e03b996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1a957
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
	.inst 0x1e6539f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f08a5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eafe49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1a95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21581d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eaec47f
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
	.inst 0x1e2f18b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2ff608
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
	.inst 0x1ee240d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e222110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea4d576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ce4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e622190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e222979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e60004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28685c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f09185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e37f51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7d19ff
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
	.inst 0x9e380180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e7871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e610102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6201d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f3dfcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1d9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e23f4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e30dc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43941c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21a81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27409e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e711785
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
	.inst 0x5e23e5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc25a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230093
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
	.inst 0x6e6cfd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03b8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eaacdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c8ba
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
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e350793
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c11f
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
	.inst 0x6e29ed30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fcb51d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e672a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e616a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e8254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e62e4a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e213ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f64b897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f36e41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1ab3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f499c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f81903d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1fade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c781f
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
	.inst 0x2e28c590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea19971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f49d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19a525
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e27dcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f37fe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61683a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f26b15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67897f
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
	.inst 0x6eb0c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2989b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f27be32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c49f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0a0134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e662915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6d3616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3800a7
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
	.inst 0x1e255819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61b89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2bc45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea3fe1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fac90bf
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
	.inst 0x1e654070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616a11
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
	.inst 0x6eb0c9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6200d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefc576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e243837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e273879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3044e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4b0b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f4a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3d9ede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f89f
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
	.inst 0x1e7eb010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e31dd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1d833
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
	.inst 0x7f45fc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e253876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24d556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26383b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e77d4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e221b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202b7f
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
	.inst 0x1e22c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee7cdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e623c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7000e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0ea54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e616ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e210958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2f2459
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
	.inst 0x1e2d44a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c0dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2ad427
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21ba3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f4d1f
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
	.inst 0x9e4251f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f2220
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
	.inst 0x7ea1aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e678856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21a8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3002e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6c9d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e248416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02ec9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6201bf
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
	.inst 0x1f0f0490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f47fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0f8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e680025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e24ed76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4e4ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e651839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee5fe5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19e00b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e59214c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e682180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f678cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1c49f
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
	.inst 0x4e616870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e250201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fb09212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21d433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0e836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef4f5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeacdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e26e47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21415c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa4597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2ca15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61abbf
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
	.inst 0x1e660515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f479611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e29ddd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e380083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0f8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e582585
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2401c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2cd558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f442c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4b2d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21981b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e02d47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e65ddde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7065bf
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
	.inst 0x1f2b2c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e298991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2178d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f252473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70fa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e66edb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6640f7
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
	.inst 0x0e218899
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
	.inst 0x9e79000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f04245c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e429d7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee4cebe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f466a9f
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
	.inst 0x7ee1d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e29ddf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4684f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e59ee03
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2199f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1a957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6af6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6168fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6ef01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee240dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc7125f
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
	.inst 0x6e68c4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2138f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eacfc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21ba13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6efc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2901a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0f936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3539d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e189509
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b38ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0ca51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e024c5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a89fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21897e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61004f
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
	.inst 0x1e6259f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f309151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6189d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0ca34
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
	.inst 0x1e24c256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e618a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6241fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eedcc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f632a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeef43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4eb5bf
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
	.inst 0x6e6189d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2449d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6938b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0d813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e188484
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f38e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c4ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c89d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eaae639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c889b
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
	.inst 0x1e2569dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6bc59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea2d4bf
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
	.inst 0x2e21c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa290d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e702914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e32e575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6ce4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e1877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b48f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e19de49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eeced9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24433b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2201bc
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
	.inst 0x4f3ee55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f11707f
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
	.inst 0x1f623570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b8611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f500634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f034036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef3ec37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eeaf418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e298d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a685a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21a99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30ca5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f453d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0dabf
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
	.inst 0x9e700040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c1852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e64ecd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea4e4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1a936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e332450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3800c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f020e99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0c93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f65017b
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
	.inst 0x1e6b595d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202128
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
	.inst 0x7ea0c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e217991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e039172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a38f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e27c554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21da95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f74b6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e43c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30ca3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6640bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7900ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61c97f
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
	.inst 0x1e73d010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e1980e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6ddd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70f994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e323683
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee2d4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f14aa77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7002c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78487a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61699b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2140dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f37fcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ef1fc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b2030
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
	.inst 0x4ee1b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e268971
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
	.inst 0x1e620873
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
	.inst 0x1e650285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64b017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eaff6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c1899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3002aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa592db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea4cc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1881d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20099e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1d97f
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
	.inst 0x1e279010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2800a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc39852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e25e573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b18d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7208d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e364998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f32c4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2ffcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f16259b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4faf11dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea3cd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0d93f
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
	.inst 0x5fa159f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e280062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e270973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eecfdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7801c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e26e4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e644138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3459b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eefd45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f2ce53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61891c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6fbd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c27e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e2fe49f
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
	.inst 0x1ee2c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e294811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e210164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f909915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f67fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e321857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e240169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e262010
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
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fb059bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2441bf
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
	.inst 0x9e290160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e226971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e273012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0e955
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
	.inst 0x4e2acc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea4fe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fc95179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f25b53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2a10dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e24fd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59aa6e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22003f
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
	.inst 0x1e6c2850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e210202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7eb013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6201b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee19ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e618ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616958
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
	.inst 0x2f36fdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64593b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea2e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f8bf
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
	.inst 0x0ea18950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61fd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e600203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e661429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e632250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e619897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e69fd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6199b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4ab65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f209f3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7159dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d61bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27399e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e24e4df
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
	.inst 0x1e6540d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e693931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e30d512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e700953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6aa894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1a875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1fa76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0fa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f6dfe58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fa85999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eb3fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6140dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4a159e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc593f
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
	.inst 0x1e2001e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0d831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e657932
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
	.inst 0x1e6c1a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc698f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61a937
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
	.inst 0x1e6219b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2cb01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6300db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3809dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21bafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e77ed3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e65c69f
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
	.inst 0x1e6f38f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e277911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea5d592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e66ec94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f354cb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21f577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e436d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4d587a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e68018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2178fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65f4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f9bf
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
	.quad 0xb7d86301f7b6c810
	.quad 0xfffffffffffffe73
	.quad 0x000000007fffffff
	.quad 0x91e91de380933ff0
	.quad 0x0000000001545f00
	.quad 0xffffffa6a1650468
	.quad 0xa9aec2d1d58b4355
	.quad 0x0000000000002e2f
	.quad 0x0000000000000018
	.quad 0xfffffffffe166612
	.quad 0x1782d9a4f0766d51
	.quad 0x79cc3774b9b418d1
	.quad 0x0000000080000000
	.quad 0xdef9299526d92ae4
	.quad 0x00000000000003e1
	.quad 0x9d73b0c62763a223
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x8001a48fd022b57a, 0x93000c1c410c0000
	.quad 0x5b1d4a1ccec0cdf1, 0x40d2700000000000
	.quad 0xbf200000c259ddfc, 0x413254a97cec5e9c
	.quad 0x00089693105db558, 0x7ffbfe79b2883a38
	.quad 0xa7a9bf078238631b, 0xbb346a0df97dabff
	.quad 0x41e63c8739070d1c, 0x800a178632b06f64
	.quad 0xfff0000000000000, 0xff8000006f1bf2bb
	.quad 0xff80000035c00000, 0xffe0000000000000
	.quad 0x3beeda087f935325, 0x7f908734bbc00000
	.quad 0xc5002997d7cdba58, 0x9a1747038059ccc5
	.quad 0x7fd044f8bd1b832f, 0x7fcf0a543faa5951
	.quad 0x032e3ba367d62d67, 0x9eaa9b129e75df73
	.quad 0x001cfd0adf000001, 0x40da000000000000
	.quad 0x0266a43b4cefeff7, 0xfff0000000000000
	.quad 0x7ff0513e6444062f, 0x99ec7f60c63a8500
	.quad 0x8000000000000000, 0x37ee23eb7fbb8b8d
	.quad 0xc000000000000001, 0xf0d89ffc80000001
	.quad 0x83fdd9f0af5effff, 0x8000000000000000
	.quad 0x0006c01854a8047b, 0xfeb8ae7cff9f7e8c
	.quad 0xcb2fc2edcac97c00, 0x23ea88ad706560e5
	.quad 0x7ffbcb736d4d5fef, 0xfff8000000000000
	.quad 0x15d60af9e6aff1fc, 0xbda4b0ee1b1dd564
	.quad 0x7f00c2232085d4fd, 0xf646dc2be7184000
	.quad 0x0008000000000000, 0xbd4ad69aff800000
	.quad 0xbf7dbc72bc2a5370, 0x3fee0b7ed177bfb7
	.quad 0xcb84d7d0adc528ba, 0xff8000007fb46bd9
	.quad 0xc03d68ae65478f93, 0x00000000c0ea9b95
	.quad 0xded3548b6ad501f5, 0x0000000000000000
	.quad 0xbbd2f2beffbd0cbf, 0xc0880000b9400000
	.quad 0xfff0000000000000, 0x428000017fc00000
	.quad 0x12a5ba021ae18183, 0x0e7d0418f1161b11
	.quad 0xc1fe6df97f800000, 0xc2057fc9409c0000
seed1:
	.quad 0x000000007fffffff
	.quad 0xb18e7b3bbab1f2a4
	.quad 0x7adf0786ecebecd4
	.quad 0x4301b6165b17eae3
	.quad 0x2cd2482fff09251f
	.quad 0x0000000000000326
	.quad 0x5b57b093838533fc
	.quad 0xfffffffffffffdf6
	.quad 0xe39e2390cfab786f
	.quad 0xffffff5fd6b31779
	.quad 0xffffff6331451934
	.quad 0x0000000000000001
	.quad 0x000000f24627d3c2
	.quad 0x00000000000005a3
	.quad 0x00000000ffffffff
	.quad 0xd673fc1cae9a6499
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xc012800000000000, 0x0064fa785f800001
	.quad 0x80400000c17c00b1, 0xbf8ff7cc85a8b448
	.quad 0xfff0000000000000, 0x886bbe2b80000000
	.quad 0x654444a0e409aea1, 0x3fdf202ba486cc49
	.quad 0xbd6fd34441080000, 0xc03dcdd381724b51
	.quad 0xc014000000000000, 0x1b8745bce6ffffff
	.quad 0xec119983379177a7, 0xcf2a38ead2f97798
	.quad 0x935021cfd9807e00, 0xc0218b464a52ce94
	.quad 0xbfe0000000000000, 0xaba5ed248716f4b7
	.quad 0x0e63dccdfcbbc870, 0x4059e01e84b1e0da
	.quad 0x165b1503ffbffecd, 0x3857e1cbc1e68bff
	.quad 0x4039400000000000, 0x9eb5896ca14d8000
	.quad 0xee9ddbd8950401d7, 0xc004c7f1b73c6d53
	.quad 0x67188bc9b7dfef52, 0xc019000000000000
	.quad 0xffc00000ffc00000, 0x40a3c00000000000
	.quad 0x06fed566114c7ea5, 0x7a3754ec8087a18f
	.quad 0xc03c108e7cb31b09, 0x84874315befefcd5
	.quad 0x8bf00edc7462e30a, 0x60f7a9eaf6766d62
	.quad 0x0019e6b9ec6d1978, 0x4021000000000000
	.quad 0xaf351e317411fff8, 0xc0d00000be4033c3
	.quad 0x88175c27f37f7be7, 0xd418142afafdbe0c
	.quad 0x65d0f03c070ec822, 0x7ff55575a3c2f830
	.quad 0xca3c617dff800000, 0xfeffffff035f532c
	.quad 0x3fd00000e0e6023e, 0x4010800000000000
	.quad 0x288617f16b75f9fb, 0xc3fe2bd518353b24
	.quad 0x4037b1dc40d00000, 0x00243ad6ee6d1de8
	.quad 0x78ac36657f8d1002, 0xe1525f1ffebf8bdf
	.quad 0xc3ff38b3b0415e7b, 0x7fc0000047040000
	.quad 0x9c4ef8e5012b43b8, 0x0093c64c3dd74278
	.quad 0x00000000028da842, 0x378f0af4094b6f37
	.quad 0x83449323c49eda52, 0x00256412cd8c5a52
	.quad 0x971433cb6eb532cf, 0xfff0000000000000
seed2:
	.quad 0x0020000000000001
	.quad 0x0000000009500fc3
	.quad 0x3110f001fac06f0a
	.quad 0x20e9e4d433de532a
	.quad 0xf7ab524e17d4404d
	.quad 0x0000000001000001
	.quad 0xfffffffffffffef6
	.quad 0x000000000000025e
	.quad 0xfff936d9958a1b8c
	.quad 0xf5f02aadc78c58e0
	.quad 0x4c3b5a199c6e14d9
	.quad 0xe0aef474fb6c3edf
	.quad 0x00000000ffffffff
	.quad 0xfa56a9f1019fff71
	.quad 0xe82ac1848dbcf84c
	.quad 0x0350cef3be387da2
	.quad 0x06400000
	.quad 0x10000000
	.quad 0xff3ea873a09d74c9, 0xf95a3b53ffadddd3
	.quad 0x8100000050f20599, 0xe2c2f503eb64437d
	.quad 0xdd8e1a340ddc755d, 0xbec1aee2f7e27ff8
	.quad 0x05ad733b9cc5f6ba, 0xfab3fa0c1bda1ec7
	.quad 0x3ff556a2a2660e5e, 0xfffdd44cdbf109ca
	.quad 0x36dfa30cfc717aff, 0xfacfddf2c2461c74
	.quad 0x0000000040c80000, 0x006a19b200000000
	.quad 0xffac2802fcf52b95, 0xfff8000000000000
	.quad 0xffc0000080400000, 0x1f3e0e47838f7d1d
	.quad 0x58cb9d1153187b97, 0x0f9b507fc22db3c4
	.quad 0xff800000c0dc0000, 0xe17ffffff894f7c6
	.quad 0x45a52255807fffff, 0xf213dae2b884e82d
	.quad 0xc0c0000000000000, 0x800601bc4cbcdde5
	.quad 0x7216b86f00000000, 0x4010800000000000
	.quad 0xc51c80007f7fffff, 0x6e59ace53cd96100
	.quad 0xa784c4d0a9f67bfe, 0xc05f000000000000
	.quad 0x62f6402200fa03ff, 0x4009000000000000
	.quad 0x604ff6c19d75fe81, 0xd67f2ba5314faf59
	.quad 0xffe59d52ccdaff85, 0x7d60ed8dc33febfb
	.quad 0x4050cc76ff800000, 0xbc034f57ff800000
	.quad 0xa1b9e752361f40d4, 0x40b000007f85b29e
	.quad 0xbd14c77dfbdc9ef2, 0xcc3d9e9475d023c3
	.quad 0x7edf933efeb845c6, 0x034c27766c7a4c0a
	.quad 0xbf0c000000000000, 0x1f71dbbdffbda43a
	.quad 0x80087de5c18aff0b, 0x10df5eb54112d934
	.quad 0x437081fc00400000, 0x8007fd6d017cd6ad
	.quad 0x8000000038a3a495, 0x084a1cb0185f77d9
	.quad 0x0418951e628923d5, 0x7f70cf52952fd10d
	.quad 0xdf116d78ffffff7f, 0xc1f28856f37e5fef
	.quad 0x7ff1c15e9626b81a, 0x03ac8f39fe0249d0
	.quad 0x7ff6bbf12aaefadc, 0x9b673e07bdbe9fbb
	.quad 0x325617e27fc5836f, 0x3ff16b2bdac74f10
seed3:
	.quad 0x88eeb341d493af41
	.quad 0xfffffffffffffd05
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0xffffffffc7f6c959
	.quad 0x04176796228e12ec
	.quad 0x0000000000000001
	.quad 0x4da33e50733e023c
	.quad 0xab5dc1d18f4053d3
	.quad 0xd370cf9469148c3c
	.quad 0x8000000000000000
	.quad 0xffffffffffffff18
	.quad 0xfffffffffeaabf08
	.quad 0xb2de2ca56423cba3
	.quad 0x0000000001000001
	.quad 0xfffffffff953c625
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x8000000000000000, 0xc004883d3aa4702e
	.quad 0xbfae8bd43010f88d, 0xbf5776bb2c07ca39
	.quad 0xfaa8f53565b8f400, 0x0023e466cb44257e
	.quad 0xc0604790e20ee744, 0x79d727b8c5bc0000
	.quad 0x001e95064e955018, 0x393e00008f63dd54
	.quad 0xf426b431b81a0000, 0x7fae3a497f9b8f31
	.quad 0x42cacb7795e67d9d, 0xfb1dc8f8ff800000
	.quad 0x93263ff956a62f51, 0x007fffff6d1708fe
	.quad 0xc118000000ecff36, 0x7f800000be5cdc24
	.quad 0xff16d174b8c00000, 0x8fdaf2f9fe3dffcd
	.quad 0x80000000ff800000, 0x7f918be4ff800000
	.quad 0x86f6961ce46401b0, 0x7ebf1a4e91aa8400
	.quad 0xc018000000000000, 0x406b12c27f904879
	.quad 0x22d1671d5354f96c, 0x74ffcb62ffffffff
	.quad 0x18a5ff077ccd364b, 0x7ff342d67153c0b0
	.quad 0x01e45a6bfc779400, 0x794b901b8f5ead6c
	.quad 0x9c32f256e2f75658, 0x0d34dfe44c66d2b8
	.quad 0x610bf3ec8f325f06, 0x7ff0000000000000
	.quad 0xc13a7bc07f3ff43b, 0x8adcc3edf7f7fc00
	.quad 0xc7ffffff394e0000, 0xc385fc7779f8326b
	.quad 0xc308abca3be3517a, 0xc06f3bd3e2ffffff
	.quad 0x414a622f3fd87c00, 0x83a4792c7fca7200
	.quad 0xffc00000ff800000, 0x401a000000000000
	.quad 0x7f00000041448193, 0xb8908eac88464546
	.quad 0xbee81fb1ff800000, 0xbfc15dd23e22a182
	.quad 0x59d16dabbd43634a, 0x2c5fc81edf4cc641
	.quad 0xc076206b3865b08d, 0x7ff188ac7bc5a0ab
	.quad 0x013f0c36fee41a62, 0xc0574d5d2505af23
	.quad 0xbf86632784adeab1, 0xf02e2dad89dffb1f
	.quad 0x42800000bed1be87, 0xbfabc50554173bb4
	.quad 0x41b8f0fabd3f69ce, 0xc003afb2b227b5dd
	.quad 0x400a000000000000, 0x000819a3d0d5711b
seed4:
	.quad 0x7fffffffffffffff
	.quad 0xefeee29749934c4c
	.quad 0x0000000001000001
	.quad 0xffffffffc412895c
	.quad 0xa08d3dd29ae69544
	.quad 0x62fb945610666462
	.quad 0x9e505d59b2a2061e
	.quad 0xbc681713e319a482
	.quad 0xffffffffffffffd0
	.quad 0xd714e741882e1c1c
	.quad 0x0000000006c1e6f9
	.quad 0x0000093f6f79ac85
	.quad 0x8000000000000000
	.quad 0x011f443c2b8e3a59
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x05800000
	.quad 0xc0000000
	.quad 0x0000000000000000, 0x81255f77c64a9f55
	.quad 0x04bac0d4ffbaefc7, 0x9f9e1e564e6413ba
	.quad 0xcfd3605affdefc00, 0x3e7d93fe80000000
	.quad 0x45ae6d22ad9bceff, 0xc00c485792030634
	.quad 0x02d4544585035e48, 0xc784f235ffbdddc7
	.quad 0xddecc3c3ffe5fb96, 0x1b6e6b93361b1aee
	.quad 0x7f80000040680000, 0x4e1b7b84a164dfc3
	.quad 0xfff6793efb4760fb, 0x0020829e3ce5a361
	.quad 0x7cbca6f2435abe3a, 0xbf9a0bb6f4805c65
	.quad 0x98970efefd290e0e, 0x1208639d28e1e714
	.quad 0x9ad82320ae6c42a8, 0x7ffbe8003b660b75
	.quad 0xee7f8e053fe675b9, 0x7ff4f3dc47283d23
	.quad 0xfff469c11d7cb9d4, 0x3b45ec58fef9efef
	.quad 0x3e3c579dbc2d5864, 0x80000000ffb160bb
	.quad 0xbfff9fb1b6e294b5, 0x7629488abeff7cff
	.quad 0x40b3800000000000, 0xe0b1673a9bfe3e7b
	.quad 0xffa2de99f7ecfdfb, 0x6bd2f546c2100000
	.quad 0xfff3b6ae3b949c4f, 0xf7bd6e0affbfd5ed
	.quad 0xff655be1a72c3143, 0xffecd1aa59a9af47
	.quad 0x8ee1103ee2fc7bff, 0x7ead8176a02ace91
	.quad 0xc1efffffffffffff, 0x8021da73a6254c8b
	.quad 0x06efb0ba6a2b4a8f, 0xbbb4a552da3ffeff
	.quad 0x83f1652a1218fc07, 0x7ff0a1ceb58a3639
	.quad 0x3f76f8bb99383ac0, 0x9dab3786ffffb4eb
	.quad 0x401c000000000000, 0xc1e7fc24a588e8a3
	.quad 0xfffec810cbc0981b, 0xbf8dfb05b6b10bc8
	.quad 0xffefffffffffffff, 0x14f671fb7ccb7c00
	.quad 0xc00b341e4a82b702, 0xc0e1a1444f800000
	.quad 0x84f36c9d92f0ddde, 0xff800000ffc00000
	.quad 0x7f8000001d9eca15, 0x4785169a8a01fde1
	.quad 0xb227242ed3507c00, 0x42db1547df127263
	.quad 0x40efffffffffffff, 0xc06337f0c38642e8
seed5:
	.quad 0xffffffffffffff0d
	.quad 0x794ef902e6ff82f7
	.quad 0xffffffffffffff0d
	.quad 0x0001a1516c0582bc
	.quad 0xffffffffffff70b7
	.quad 0x0000000000000061
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x000078ec6b50a9aa
	.quad 0x16c2aca678df4275
	.quad 0x03d017889ac8dd26
	.quad 0x0000000000000306
	.quad 0x00678fd852a87a95
	.quad 0xd2c127b147cf6af9
	.quad 0xfc9c53766a22f632
	.quad 0x00000000ffffffff
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xff91c3c8000ee672, 0x0edca36b55ae8000
	.quad 0xdf105779846e8962, 0x518870dade8eb259
	.quad 0xe2c97f3c9e5f9fdf, 0xee6524daffecf5ea
	.quad 0x3ff0000000000001, 0xc2868000807fffff
	.quad 0x82fb13509a2cf740, 0xc14000007f800000
	.quad 0xffe3bb27c8c00000, 0xf0a7c2f37885fcab
	.quad 0xffbf6bcabf6f8df3, 0xbfc7d744cea039e9
	.quad 0x91b615df87b47e00, 0xbc647ce86e347d8d
	.quad 0x9a2a212bb5a8f800, 0x105d9ca3aa514d58
	.quad 0xbbf7b59e6df9c18b, 0x438f8b925063b4f3
	.quad 0xc03000007fd342af, 0xdc9b74ef1a7f67ff
	.quad 0x3f529435c3dda447, 0x62437435792d2770
	.quad 0x8cf7628662610000, 0xb2c379d0cfbf36de
	.quad 0xc061983d41120000, 0xbf50000000000000
	.quad 0x4018000000000000, 0x43abe7ca7ee22789
	.quad 0x7ff0000000000000, 0x5ddf1791ebfe803c
	.quad 0xbb207d12fdfebd33, 0x3780e5cf69468000
	.quad 0xbfddee4d154dbcde, 0x937ab990773d43fe
	.quad 0xbcf7b0aa2c5f00a9, 0x400c2b1a7334a879
	.quad 0x4020400000000000, 0x48530000bd23837b
	.quad 0x40062536cdbd6a20, 0x8014d667a510d591
	.quad 0x5e9737ccdfe57102, 0xc11800003c980a33
	.quad 0xfff8000000000000, 0xbf739600f17934f5
	.quad 0x47800000c0a80000, 0x81e56d37fe026098
	.quad 0xb17d2a4248ffffff, 0x64d1618044a5f735
	.quad 0xaac45bbefaf41f01, 0xa3498b4dd215234b
	.quad 0xfd66a4beffafff1f, 0x7ff4db1a687ecd4b
	.quad 0x20d123ed5f1a8800, 0xc05617870156bb43
	.quad 0x3e2543409aa80191, 0x91f193d3c3a90544
	.quad 0xe7813d08ffffffff, 0x40dc00004030da54
	.quad 0xc06e4da86dd7e652, 0x80000000805f5474
	.quad 0x07b0bf40a3c9fe94, 0x842137f2b7adf5af
seed6:
	.quad 0xd7f22813f7c1a2c1
	.quad 0x5ba4ab29eb58af1b
	.quad 0x624eecb8cffbf9c4
	.quad 0x000000000004543b
	.quad 0x370d2d5ec169ccc5
	.quad 0xe298a3a4ef0d5b3c
	.quad 0xc724b05f1d2b87a3
	.quad 0xfffffff819d60b14
	.quad 0x0000000000000001
	.quad 0x000000000000ed6c
	.quad 0xffffff00fc944106
	.quad 0x414b46ffa1c7c348
	.quad 0x263e1c565d5fd0c4
	.quad 0x0000000001000001
	.quad 0x00000000000000f7
	.quad 0x0000000000000352
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xffca1d9d814539a2, 0x49b90c24ffe9a7d8
	.quad 0x3fddb97547800000, 0x2f3b8001fd4e8000
	.quad 0x8cb9764f3409be00, 0xe911ef4bff942c1c
	.quad 0x6ab30c723f7ef97f, 0x8000670952290ab8
	.quad 0xc002000000000000, 0xffc00000fff85877
	.quad 0x712ec0bffecfffff, 0xbf8d64cab9633f0c
	.quad 0x000000003e38fe96, 0xd42de0e5ffefffa5
	.quad 0xbc37337a803c8dce, 0x400000015f3a268a
	.quad 0x914378b1bf79debe, 0xbf99c9eb87530858
	.quad 0x7ff106cd00000000, 0xfff8000000000000
	.quad 0x41efffffffffffff, 0x80000000701fba26
	.quad 0x6c860ddcee527bb8, 0x7fb9547e39143f64
	.quad 0x000963a7c774b85c, 0xf091e04fff8dad7e
	.quad 0x8008a0ebab0aebfa, 0xb98000007f376d31
	.quad 0xbef1c7a3ffba8365, 0xe745291b3f600000
	.quad 0x805f0992fd395fa9, 0x546f3716674a0000
	.quad 0x6ea87d657ff78be6, 0x7ff0000000000000
	.quad 0x8d5668ea807fffff, 0xc02d000000000000
	.quad 0xff8f1751c0b00000, 0x100123ac9153677f
	.quad 0x3c7619cd3e3b1001, 0xc024000000000000
	.quad 0x8000000000000000, 0xbda3fce800000000
	.quad 0x3c5be8555a7fffff, 0x4d64b77d4d397d67
	.quad 0x7ff8000000000000, 0xd1a21588ffae814d
	.quad 0x37a6a51fd4f2da63, 0xc074503e92b0e68c
	.quad 0x4022000000000000, 0xbcb5cfc6c334fc00
	.quad 0x4d24227affeff77f, 0x800000003ed00000
	.quad 0x7ff0000000000000, 0xbde3c5c8048f1c28
	.quad 0xe0f62ab5a9ffffff, 0x27e46b7429641100
	.quad 0x8100000042ae3fb2, 0x7f800000c0000001
	.quad 0xf78a10b0714647bc, 0xffff728f23d0e07e
	.quad 0x98c0cbf0471d0d29, 0xffe664b16599f01e
	.quad 0xe48ad376b6cd7cbc, 0xf8b77d83816d8d44
seed7:
	.quad 0x3534ea6ebe7357cf
	.quad 0x097b86da7e5a5c84
	.quad 0x8382284b7ac38275
	.quad 0x0000000000000000
	.quad 0x7c56eaa4dbba68c2
	.quad 0x8000000000000000
	.quad 0xeec68118cff63f4a
	.quad 0xb8428e44354fb32c
	.quad 0x000000000000517e
	.quad 0xfffffffffffffcb6
	.quad 0x00003e3be9c408dd
	.quad 0x0000000000000934
	.quad 0x0000000002d13aae
	.quad 0xfffffffffd97ca11
	.quad 0x0000000001000001
	.quad 0x00003d5f6b29d8bc
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0xf9c030d3df258801, 0x001de2f5671a8b5b
	.quad 0xff9512307f800000, 0x4e55f14affd98a4a
	.quad 0x7ff0855f60727fd6, 0x6fd613e9534bfd03
	.quad 0x80000000c0d80000, 0xdeed852bffeffdba
	.quad 0xed053ae9f6f7fe6d, 0xff96807c3cfa33e3
	.quad 0xf5843f49efffff9f, 0xbcb2dca3ffc00000
	.quad 0xbc9380ddcd0f4f47, 0xbf84efe088cfcd4f
	.quad 0x2769f2af7a7d0200, 0xa3dab041c4cdd326
	.quad 0x05762071beedf907, 0x3e9d17ccffb4c0bf
	.quad 0x0cdee4b6c9fe0798, 0x3fb074b75f800000
	.quad 0xab88708bd3516bf2, 0x4098000000000000
	.quad 0xc17d077700000000, 0x33fb5033c0b00000
	.quad 0x9ad91af9004eb3f8, 0x800000003ef99abb
	.quad 0xc7ffffff00000000, 0x7fc122697fb68651
	.quad 0x40e49942002da095, 0x43358f49ffd879e0
	.quad 0x1bd951e7b3bba70b, 0x94e1a0278a8b0035
	.quad 0x60cb3141802a201f, 0xbfffffffffffffff
	.quad 0x05f270569902578a, 0xb779cf97fe7bb835
	.quad 0xf0098a3b5663d3e2, 0x661b0639befa60ba
	.quad 0x800f805dac084019, 0xffffc095502ec784
	.quad 0xbfa38203f1a070ed, 0xe71c987dfef2ff63
	.quad 0xfff8000000000000, 0x47800000c0f00000
	.quad 0x72457593f4ddd7d2, 0x43b59b7e00000000
	.quad 0xfad9564b3dd47181, 0x8000000000000000
	.quad 0xdea9f0c126fca9e6, 0xfff957b0666ef9a6
	.quad 0x2a4f579f23ffffff, 0x7ff0000000000000
	.quad 0xf56e2172c5a00000, 0x3be0000080400000
	.quad 0x8025d9200ffdb7f9, 0x81c47a8ceedae768
	.quad 0x0109aa9280000000, 0xdeb899e4ffe5f357
	.quad 0x48e00000bdf2944a, 0xf01cd488feb6f4df
	.quad 0xfdaa7a719aed8ef9, 0xfff920d1a7c6fb4b
seed8:
	.quad 0xffffffffffffff1f
	.quad 0xfffffffff7316c7b
	.quad 0x506f337d04d4e664
	.quad 0xa00f6aaeb7ad9b15
	.quad 0x82e87b4a557ef599
	.quad 0xfb1e0ab7465c6356
	.quad 0x07568fe11f4af201
	.quad 0x0000000001000001
	.quad 0xff2fb4c289f76904
	.quad 0xd7245dba95c662bd
	.quad 0xe90528b32f5d5860
	.quad 0xffffffffffca613a
	.quad 0x0000000000d4e075
	.quad 0x000000000000002f
	.quad 0xfffd91b4fff80b77
	.quad 0x10ed8d05962e75ab
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0x915588a5b6eafc41, 0xc33b63104f066f53
	.quad 0x7df0dc69ed3c0623, 0x021869e1f54b3edf
	.quad 0xcf55826b97c4bd00, 0xff4f530d367992b3
	.quad 0xd0da841ecefbbd80, 0x478000017fc00000
	.quad 0xa6dfde58ac7ef0de, 0x8072d2d47f31e9b0
	.quad 0x30de20ecf62d0200, 0xfff0000000000000
	.quad 0x01c6abe2c875e1ce, 0x2a7ecd722c213277
	.quad 0xa630eebdc2457be8, 0x4019000000000000
	.quad 0x447e24a879adc059, 0x3fe4000000000000
	.quad 0x00075d6426c461d0, 0xf9be3337b3f4101f
	.quad 0x6cac295d285fc1cc, 0x000000003c000000
	.quad 0xdc5a9cc67fbf79ff, 0xee0da42b3fef7592
	.quad 0xffd7bc5f64182fb6, 0x405468503c67dd3b
	.quad 0xd35d3f30ffcbfc00, 0x4019000000000000
	.quad 0xef5ddbabffffffff, 0x434ffffffffffffe
	.quad 0x8000000000000000, 0xb85800007f83d01c
	.quad 0x251dd4b9d58e1ebb, 0x3d55bf307cad898a
	.quad 0x382d2b5affc71e39, 0x7ff460f6ce8d0589
	.quad 0xdaf97c3afa1efdf1, 0x2d07406daff7db7b
	.quad 0xc1e0000000000001, 0x83ca651bbcc3f4ea
	.quad 0x55a20eb53ff77fdb, 0x4330000000000000
	.quad 0x00000000817fffff, 0x2b83769eb6435788
	.quad 0x05d9620c474f7c00, 0xc145371880474c53
	.quad 0xc06c5d11b1a1d266, 0x01afbb82fe8fbfff
	.quad 0x08e0a7446f16f7ac, 0xff14c0b3bdb3abab
	.quad 0x7fb1e6017f8b3739, 0x872ac17a0bd95950
	.quad 0x8131be177fd9305a, 0x825fd64e09a6fb11
	.quad 0x40190b3644d91d2b, 0xc45c00001ad8ad41
	.quad 0x0da7a155249c0bff, 0x5f238745ee426a00
	.quad 0x3f94ba85b0e0e6a3, 0x42cc18ad81000000
	.quad 0x8e44fb8f25415261, 0xffd5cfa0b21afc4e
	.quad 0x0000000000000000, 0x01d587c2ebfd2db8
seed9:
	.quad 0xfffffffffe42ddec
	.quad 0x0000000000000037
	.quad 0x7fffffffffffffff
	.quad 0x00004e0d9179825d
	.quad 0x00000000ffffffff
	.quad 0xf4ba90004d6096cc
	.quad 0xffffffffffffffee
	.quad 0x7b57d35021abf376
	.quad 0x00000000000002ed
	.quad 0xe2164bfaf100bf23
	.quad 0x712a92115ce45761
	.quad 0xffffffffffffeecb
	.quad 0x68848d2a6f1f74bb
	.quad 0x0000000100000000
	.quad 0xffffffdba1de7ee9
	.quad 0x00000000000003e3
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0xc3e0000000000001, 0xbdde7e9fc903c3f4
	.quad 0x800000013f400000, 0xb2e4450fe452abd0
	.quad 0x00000000c0a40000, 0x8564430b5ffbefff
	.quad 0xc098200000000000, 0x7ff0000000000000
	.quad 0xc1ffffffffffffff, 0x0d1d2a6267ff57b7
	.quad 0xb1f7adcbbafd6b7f, 0x7f67b7433dbb5150
	.quad 0x0000000000000000, 0x929ef2deff7fffff
	.quad 0xc06b988887fdfeb7, 0x394000001129d3ac
	.quad 0x8fb258d1235a7ceb, 0xffefffffffffffff
	.quad 0x4f1c8260337af28f, 0x3fff9465cfc7277b
	.quad 0xaea1d98fbeecfcab, 0xc11400007f2e03e5
	.quad 0x3e69979e7a105b5e, 0x4051cbe1c763655e
	.quad 0x6f81fa166346f7ff, 0x800000007fbb0bcc
	.quad 0x7f4b54ba5967e8bc, 0x4340000000000000
	.quad 0x8087f034a4481442, 0xfff6b3feddc1e67c
	.quad 0x7fe0000000000000, 0x1fbc4f769e488389
	.quad 0xefac84bc7f800000, 0x60b6ab7c5e78d9f6
	.quad 0x7fdf30636e464ebd, 0x3d84dac318d7b81b
	.quad 0xfeffffff00000000, 0x4023800000000000
	.quad 0xcf8d5b187e88bc45, 0x70c47382cc8efc95
	.quad 0x22f01ed37772fcbc, 0x97dfb2ab9ffdeb55
	.quad 0xc00835d73095b369, 0x4a49fa859a4bb938
	.quad 0x46033cafffeb00db, 0x8f6a6489b7e0279b
	.quad 0x33076dc5b56cd176, 0x01389576114e4478
	.quad 0x8930e7e1a69de4eb, 0x8d577af5f4e7ef1f
	.quad 0x7f800000ff86ca0b, 0x7ff569e489bef616
	.quad 0x95b3d28b45d086cb, 0xc0b40000028bf750
	.quad 0x7ff0000000000000, 0x022d6d87414bfc02
	.quad 0xf579e6535bc1b09e, 0x807f85ec16998770
	.quad 0x7f0d07b9bde0be44, 0x9c06252a00e23534
	.quad 0x4031a5c9ede4b140, 0xc035000000000000
	.quad 0xf872f0e59949fa10, 0x0363cf508870a325
seed10:
	.quad 0x829bdfb94bf9990f
	.quad 0xffffffffffffba5c
	.quad 0x000000007fffffff
	.quad 0x0000000a20495e35
	.quad 0x13e8fb668c2d30c1
	.quad 0xffffffffffffff89
	.quad 0x0000000000000002
	.quad 0xffffffffffffffff
	.quad 0xffffe0b2244e5d91
	.quad 0x0000000000000000
	.quad 0x0000000f6aa0ec06
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffb
	.quad 0x000000000000003f
	.quad 0x0000000000000000
	.quad 0xd54afb1f2a4ec4e4
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x554b601a1f531a00, 0x3fa2372c661ec17a
	.quad 0xffdfffffffffffff, 0xbda07d24bd04a39b
	.quad 0x16b6906375c4794f, 0x14e5d9b37f5fb11f
	.quad 0x3fffffffffffffff, 0xc1ffffffffffffff
	.quad 0x7ff0000000000000, 0x554645eaf9ef24a6
	.quad 0x7ff8000000000000, 0x7f2ded6ebff09ab7
	.quad 0xfff0000000000000, 0x1f3d4359003adb4a
	.quad 0x40200000acc8980d, 0xff80000080000000
	.quad 0x4002b3cd33cc0b00, 0x0efc27caffa47753
	.quad 0xec2987634c15cfb5, 0x0c0bba49fffc7b42
	.quad 0x01a71e84dbc13400, 0xfff0000000000000
	.quad 0xff800000dffffffe, 0x80000000ea8ddf01
	.quad 0x5f4ec113fdf3fef6, 0x57635a54f7ff74ff
	.quad 0x0f11c8b903cf1716, 0x38833da3dfbd8302
	.quad 0x3fc1b6032b67e6d8, 0xa45249f619e67af8
	.quad 0x7b9f7d0499982bbd, 0xc3f6b342a31ec16d
	.quad 0x407000007f9e071b, 0x67b85b1cfbf337bb
	.quad 0xfeeed82e00000001, 0x6c46ce39d8a1ff61
	.quad 0x1e663da50817cb6c, 0x000e697ccf69391c
	.quad 0xbd885dd919267c09, 0x755ae9317fdffcff
	.quad 0x3fd643785adbb47b, 0xa50275aeffc1f633
	.quad 0xff0f07898444b591, 0x406941d6baee75eb
	.quad 0xbfa76d49247d887d, 0xcbe56ad2e5947c00
	.quad 0x7fc00000feffffff, 0x7ff0000000000000
	.quad 0x7f800000621cc8d7, 0x38314626ffd9fdb6
	.quad 0x3c8276f45f7ffffe, 0xcf80000100f58fae
	.quad 0x3eed000000000000, 0x81c58cd054f22bba
	.quad 0xe65759f54355cc12, 0xffe859e36dbde582
	.quad 0x3fb1c69f4f000000, 0xc023800000000000
	.quad 0x010000007fc00000, 0x0e78ef3d137b5abf
	.quad 0xd9a3d5c6cbccfddf, 0xc05c000000000000
	.quad 0x8c0a9eb87fb3fe1a, 0xfff8000000000000
seed11:
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdcd
	.quad 0x789995c5cbc90bec
	.quad 0x314036c0c2b737c5
	.quad 0x000000000102a62e
	.quad 0xfffffffffffffe36
	.quad 0xfffffffffffffe60
	.quad 0x7fffffffffffffff
	.quad 0x01e64700e322422d
	.quad 0x00000000000001b9
	.quad 0x33bbe3cca68829ae
	.quad 0x0020000000000001
	.quad 0x0000038d36ad0fc9
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe30
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x3f800001cfffffff, 0x723e66a67cda4d1c
	.quad 0x0026f3f108a89acf, 0x8c0296c8419f6502
	.quad 0xb9300000c3e7e348, 0xdd405e0ac6253aeb
	.quad 0x43bceb9447a00000, 0x3c500000febd49d8
	.quad 0xc29bc8f484d2fdfe, 0x3ff0000000000000
	.quad 0xfffb6d6993c82183, 0x866583c5c052ec14
	.quad 0x139c862bc3ff77ff, 0x43097b08ffde01e1
	.quad 0x3faf61e4be4f438b, 0xff800000fada1c80
	.quad 0x4071030fc2de0527, 0xffe5e6f100000001
	.quad 0xf2e308267f800000, 0x57392e282f4c8001
	.quad 0xfff7d4cae42efe51, 0xfec0212200000000
	.quad 0xf736fdc47f80f1c9, 0xc040000000000000
	.quad 0xeab8965d82570f52, 0xc0fb005e19a08978
	.quad 0x40a000007fb1612a, 0xe2eaabeaffdbbf5f
	.quad 0x000a5819604845bc, 0x8c79333bc0080000
	.quad 0x1da842725a17b197, 0x868e4539d1b17e00
	.quad 0x404a23c6cfaa4c7e, 0x7e99fe0553a89b0d
	.quad 0xeeda75eafdfc5baf, 0x4f000001ff936e25
	.quad 0x42365cb2ff800000, 0x4007600000000000
	.quad 0x6d6ddc92ff6fdf7b, 0xae1fdcbbacfdff5f
	.quad 0x3fb7db6ed4cd2093, 0xbf5939837ffc6418
	.quad 0x0000000000000000, 0xdc9e4ac1517a0000
	.quad 0x3ca93844ffbdea07, 0x96f218ea0b6a7b9c
	.quad 0x40ab7928911b0000, 0xb25a6dfca4b07cdd
	.quad 0x4195ebb7ffd7ff05, 0x552ea3befc5ebebf
	.quad 0x41f24d15bcd7fefe, 0xf06457a3b37fffff
	.quad 0x90080edb3f400000, 0x3f73ce80d86a7839
	.quad 0xd60fcb9dfe61f5be, 0x45e00000da7ffffe
	.quad 0x00000000c7800001, 0x93828d7a0c907fc0
	.quad 0x0008000000000000, 0x015a03154b58bb7d
	.quad 0xc2b46712ff298c38, 0x39eb4f9eff8102b8
	.quad 0x9672f1f418e1fc00, 0x0d685445a999d515
seed12:
	.quad 0x01bdfec07ac47627
	.quad 0x000000007fffffff
	.quad 0x2a62b2bad978d420
	.quad 0x0000000000000001
	.quad 0xc3d6db2a8112f6b3
	.quad 0xc85f59c6131b3bba
	.quad 0x0004245329135204
	.quad 0x8000000000000000
	.quad 0xeefaa4139c241c74
	.quad 0x2fba3785e87853df
	.quad 0x00000000000000eb
	.quad 0x0a626b9081375346
	.quad 0xffff4bc4b374a59a
	.quad 0x2f604502c81de1da
	.quad 0xffc79697769bbe32
	.quad 0x00075b1697575307
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xff8264eabd568062, 0x760ff618ff6ebf7f
	.quad 0x7f8e16387f800000, 0x80b70fabd90e660b
	.quad 0x4af160f7f33e7f8e, 0x6ec787585ca8fc00
	.quad 0xbfabe00000000000, 0xfd35e90ec7644000
	.quad 0xfff8000000000000, 0x2adcf2dcfa379015
	.quad 0x004d849d43981018, 0xba350a78c341878c
	.quad 0x3f400000ff800000, 0xc3f0000000000001
	.quad 0x5f296eac92b17d20, 0x4b9caf813fdffff7
	.quad 0x00026e04e67067ee, 0x01000000ff800000
	.quad 0x814f165ec311f1c8, 0x74c81ab17f8a7701
	.quad 0x69195eeff6dbc63e, 0x83235b31006a7f04
	.quad 0xff800000c1274981, 0x6c4abe2cf7bd69ff
	.quad 0x7e4dc60dfff320db, 0xb71c0000646dec05
	.quad 0x93f6469152ff7ff1, 0x634d391596e25bf6
	.quad 0xc05442214022a0b4, 0x7ff5e1b67724b313
	.quad 0xffc0000043800000, 0xff83e66535d7d4bc
	.quad 0x1b28df3c7f800000, 0x7f961472f52d6208
	.quad 0x7f9b8c64753adfed, 0xfdc03fd55088a56c
	.quad 0xa255db921040d643, 0x3f913bbbcf7d93d3
	.quad 0xc0e0000000000001, 0x407fffff049710b6
	.quad 0x85aebbe2c0a00000, 0xffbf9add423080d2
	.quad 0x61171e197c7356fb, 0x7fc0000042036096
	.quad 0x7fad89d43722a7ec, 0x05172fe53bacea0d
	.quad 0xd8bbe37cafb8bcf9, 0xffefffffffffffff
	.quad 0xc07800005f7fffff, 0x74e92b919e112e5c
	.quad 0x4020800000000000, 0x401d000000000000
	.quad 0x061bf9404ffbae75, 0x7ff8000000000000
	.quad 0x5acd8dbde6051691, 0x7ff3b4f91858b5fc
	.quad 0xc2fc655e3c58d021, 0xa70a2120f061346a
	.quad 0x8e788f40ed77c8a0, 0x7ff3a558e2768791
	.quad 0x0000000000000000, 0x7f800000ff800000
	.quad 0x0040c65aff800000, 0xff95ebc613e99e5f
seed13:
	.quad 0x0000000080000000
	.quad 0x000000000000014a
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd92
	.quad 0x56e5411da2cb2cd2
	.quad 0x0000001b931691b7
	.quad 0x214336cea4a6170c
	.quad 0x0000000000000000
	.quad 0x0000000000000057
	.quad 0x68b9119f8cc20d92
	.quad 0x04a563bca49dbd42
	.quad 0x000000007fffffff
	.quad 0xffb05fad14e08ffb
	.quad 0x0000df46c11d3ac2
	.quad 0x0000000000000386
	.quad 0x7fffffffffffffff
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x4003a489e7de3c31, 0x001e6cc58e898df5
	.quad 0x40d9635c185a3402, 0xf20ec1a2562cfddf
	.quad 0xff95899e36e80000, 0x0d1014ecf63f445d
	.quad 0x7fd9bd9f8e562f5b, 0x8e946abf711ec204
	.quad 0x9f7df5c66f1dd7ab, 0x44500000420910bf
	.quad 0xbfcd34057893ebcc, 0x7fe5e938eb198728
	.quad 0x7d9921bc7384afc3, 0xbf9094fcc9b4611b
	.quad 0x62973a5e7ff7fcc0, 0x2b8e21daa93dad0b
	.quad 0x9aa790f3b5fedf7f, 0x0025109bff99af67
	.quad 0xb6fa912cfbc7fc4e, 0xd2bef3dabeab5c23
	.quad 0x7f9c4a0efcff0701, 0x017fffff00be6822
	.quad 0x04bc598ed9e1a483, 0xe110032f3db1ff3f
	.quad 0x68ca28eb2e527c00, 0x3f7aa32018ff1298
	.quad 0xc6000000ff800000, 0x4074b1beaf9fda88
	.quad 0xfe2338f0d3f22527, 0xfd8f4dfd0c8d013a
	.quad 0x400d010ae7e94392, 0x7147658b6eb1e4b0
	.quad 0x08165dda80000001, 0x80053845d7d7c813
	.quad 0xbfd59201f416b4ce, 0x4020800000000000
	.quad 0x7fdefb5912742e6c, 0xfff3d7f41d1c634c
	.quad 0x43fb11ef182f5900, 0x42c2dd12ada7e957
	.quad 0x7ff8000000000000, 0x00800000bf3fdbeb
	.quad 0xbfc00000ff800000, 0xbfc2ea2a4f411b81
	.quad 0x0000000000000000, 0x4b155fe07effffff
	.quad 0x7fa50e75ffa035fe, 0xfff0000000000000
	.quad 0xc038000000000000, 0xffefffffffffffff
	.quad 0x827e404894cb1269, 0xfff0000000000000
	.quad 0x389379ad8c870000, 0x71c7ad1ef2a3fc00
	.quad 0xffdb3159c7000000, 0xa14b99f11181e657
	.quad 0xa4a98086bc9dd4e9, 0xff99254a40c00000
	.quad 0x24513f17f9c34df6, 0xc38b50fcb5880000
	.quad 0xc10233fe00000001, 0x1de4ff657f21e15e
	.quad 0x8000000000000000, 0x41f0000000000001
seed14:
	.quad 0x0e384c0876a802e3
	.quad 0x0000000000281980
	.quad 0x0000000000000000
	.quad 0xffffff8bbed078ff
	.quad 0x00000000ffffffff
	.quad 0x0000195bf017e8d2
	.quad 0x4ec0a79a9b6a3d8e
	.quad 0xff70dc6e05f705e9
	.quad 0xffffffffdf233b36
	.quad 0xffffffffffffff94
	.quad 0xfdbf6ff5155a1b56
	.quad 0xe49a6d21051c2eb9
	.quad 0xe6bf04916de1f4a1
	.quad 0xffffffffffffff03
	.quad 0xffffffff80000000
	.quad 0x1ce204108a014ab0
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x24ba3aeaffc71373, 0xbff7054c27d15ca6
	.quad 0xbc30e3a4ff83648f, 0xc6dbdaa6fbfeadaf
	.quad 0xc1fffffffffffffe, 0x6a0be09940600000
	.quad 0xab39598a17668001, 0x802cbb9f3c4dca66
	.quad 0x60a86812e038e1ae, 0x03ab0554d5fffecf
	.quad 0x78f48b62fdfdd99e, 0x420d987ad973552b
	.quad 0x4022800000000000, 0x8a1b4b70ff9d2127
	.quad 0x8e6feab1ffb747ff, 0x0000000000000000
	.quad 0xcb0f5af56ed02cd4, 0xcdb58a5c92c20484
	.quad 0x805ae4d36547fa77, 0x22821c4b6641fc00
	.quad 0xc015000000000000, 0x4073d9703d5c39bd
	.quad 0xbd4892c9ffa8b39b, 0x7f80000000000000
	.quad 0x38007265fa2346b2, 0xcdb0b0ef4f7fffff
	.quad 0x4330000000000001, 0x3f46000000000000
	.quad 0x0000000000000000, 0x071ce5e8e121071f
	.quad 0x8773848b3a28be6c, 0xffc8e339ff0d6238
	.quad 0x402f355df595cd03, 0x8b4d084580000000
	.quad 0x79f200f62c98c7a7, 0xeae343aba4f6fe7a
	.quad 0x713b7c6ff53c7400, 0x37167acf0c6640bf
	.quad 0xffe0000000000000, 0x3ccd59047f800000
	.quad 0x353980728fc0e76c, 0x40565cf5daacea8f
	.quad 0xbd0ff6debfa00000, 0x37693ba441ef3b4f
	.quad 0xfeffffff415829e1, 0x40793504a28a7df9
	.quad 0xc016000000000000, 0x7dbae761d22e2650
	.quad 0x9719d49ac7c00000, 0x7594c34a4c8f786a
	.quad 0x0000000000000000, 0x407effbeffbd9aab
	.quad 0x2d85f1f400000000, 0xe8e830f1cb44007c
	.quad 0x5bb16b7d6190789e, 0x7ff192737d8b3352
	.quad 0xe43a9d0d55d74eb1, 0x448e6e8c5a000001
	.quad 0x1bd451d3d3604191, 0x1d83bd071bb37e00
	.quad 0xc019000000000000, 0x0021fb84e55fa9d3
	.quad 0x47800001bea97a90, 0xe479edb13fffffff
seed15:
	.quad 0xfffa63566b1f2a84
	.quad 0xd8444f881ab025e7
	.quad 0x0000000000000000
	.quad 0x00000000000b287b
	.quad 0xffffc78e59cf4cca
	.quad 0xfffffffffffffe41
	.quad 0x17726ccfa4756dee
	.quad 0x7e0f07938ff34e4d
	.quad 0xffffffffffffc006
	.quad 0xfffc30d466289e06
	.quad 0x610203b64f969576
	.quad 0xffffffaf7eca06bf
	.quad 0xfc48ac1b0b590136
	.quad 0x0000d9b5ba37dfb6
	.quad 0x2b6166d6a2d807a7
	.quad 0x73c85bfb93dd1055
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x3f194d1b7f800000, 0xb9ab6d96cffffffe
	.quad 0x7fac1128410e0000, 0xff3a81a600000000
	.quad 0xbe9306573f96b705, 0x63173806bf7382d8
	.quad 0xd1c74e31a5750600, 0xe4f62495d1ffca36
	.quad 0x83065d3fdffd2083, 0x4700000080400000
	.quad 0x8000000000000000, 0x4e22c98dfffbfbfd
	.quad 0x40c3000000000000, 0x9517d3e8c16ffdff
	.quad 0x13a8303c1029c429, 0x4340000000000000
	.quad 0x14474aecbf8de34c, 0x7ffbbb276b1f136e
	.quad 0x8c074c06ffc5b0ef, 0xba2731fedc2245c0
	.quad 0x5d816457ffbe03fc, 0x445580006f2fcd88
	.quad 0xd4364ec6df9a8000, 0x7ff0000000000000
	.quad 0x7fc000007f9d04e1, 0x015e543e007fffff
	.quad 0xc7a000007fa3d15f, 0xf2c03124834d4740
	.quad 0x7fa23a8e40011913, 0xff7fffff9098e9cf
	.quad 0x8151ee52248efb7e, 0x416c6631ffb489c0
	.quad 0xfff838f580fd5bc0, 0xbf20a34f805c8712
	.quad 0xffea86d28038784d, 0x9be1252a6264a47d
	.quad 0x3e02af7fff800000, 0x7ff9ddcd640eabba
	.quad 0x48e2cfa1fdef7e05, 0x57887c796f6ef9fc
	.quad 0xd9fc1a56672cc46d, 0xd15ca3c80ff0fb69
	.quad 0xfeffffffdcf9ff44, 0x08fc3df437791516
	.quad 0x7e2a3e19667bdfac, 0xffbcc1b03c7f023b
	.quad 0x98da766f458f7db1, 0x8000000000000000
	.quad 0xc017000000000000, 0x513db8c27faecec8
	.quad 0x1ec2cb0b7b3fd121, 0xa5bbf63a3fb492f5
	.quad 0xd83995ca930391f1, 0xc244d20bff8ec6cf
	.quad 0x4022000000000000, 0x3fa7126278fe8c72
	.quad 0x44052301580b3463, 0x7848c055c3f6fd0e
	.quad 0xfff2950b6562b4a8, 0xf4a9196ec2200000
	.quad 0x7fc000007fae347d, 0xb4b37b2a8905fb8f
	.quad 0x7ff0000000000000, 0x8020000000000000
seed16:
	.quad 0xcf3bc21da245a2e6
	.quad 0x0000008ca680a1a1
	.quad 0xffffffffffffffff
	.quad 0x84a177ab9e64b787
	.quad 0x0000000100000000
	.quad 0xffffffffffffff25
	.quad 0x00000000000003a6
	.quad 0x8fbb4e7e1160c8af
	.quad 0x00000000008b9ce3
	.quad 0x8405e851cab01ada
	.quad 0xffffffffffffff56
	.quad 0xfffffffffffffc1a
	.quad 0xfffffffffffffd65
	.quad 0xfffffffffffffe83
	.quad 0xf6ec3e30c39546b9
	.quad 0x0000000100000000
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x012e12b3dceff76e, 0xb1756d26e9b7fdc4
	.quad 0x806671c143002393, 0xc07463b564b6dd3e
	.quad 0xd292282c3d25b677, 0x0b679d59da3603c9
	.quad 0x81000000484f0000, 0x8a0941dfbb8fabb7
	.quad 0x00400000ff800000, 0x8000000003aa5644
	.quad 0x34cde4bc13030a9a, 0xbfd0000000000000
	.quad 0x9d4beca7982b7c00, 0xf623e42243470000
	.quad 0xfff8000000000000, 0x7f8eb1a4bc58f508
	.quad 0xa0455cf9a09555e0, 0xda501dfa22b1542b
	.quad 0x7ff41448c126921b, 0xa38355c2efcb78c1
	.quad 0x0d55f2f1d845be21, 0xbfd6276cfe841745
	.quad 0xff80000080000000, 0x6dc6a18b178371d1
	.quad 0xcd2d847a83218856, 0x0b5c7a7ec9dafe00
	.quad 0x848f9772c7fe7aa0, 0x8000000000000000
	.quad 0xf714e63012fc09f4, 0x4f000001801046d6
	.quad 0x3d9655e412062aad, 0x83ec8ae6e1285e72
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x81fe871cfd45be5e, 0xb095a0fbffdd7da3
	.quad 0x3de6467c80000000, 0xc7420000bee92dc7
	.quad 0x3f4ed01040880000, 0x916421793ffffffe
	.quad 0x2e8fcab8ffe78bff, 0xc274c6d33af7fefe
	.quad 0xd260ff35dcfffffe, 0x43efffffffffffff
	.quad 0xfff6798aa9c3798c, 0x0773cbfecbe64edb
	.quad 0x80391e50c0300000, 0xbf8c601a492a79fa
	.quad 0xfdb0de323cf1afa3, 0x80868a3cdfdfffff
	.quad 0x6fd627ceddbdfff5, 0x7faebc5effaf9b26
	.quad 0xfffb52bb04d0f63b, 0x431ae1c6bc8d7037
	.quad 0x17ae162c6ded4100, 0x800000006da2e607
	.quad 0x92e35f1a730d0760, 0xff8000006c11dbc3
	.quad 0xec452fb8c388fe00, 0x09ee3daa04ae7fab
	.quad 0xfff1cd557fc00000, 0xbef4a9b6c1220000
	.quad 0x9fc72713d2f02532, 0x1d7876b5fa767990
seed17:
	.quad 0x32281cc9b9f5aa34
	.quad 0xffffffffffffff0d
	.quad 0x000000e3fa6ad6a8
	.quad 0xcc7b1844c499d5ba
	.quad 0x17b4295efbececeb
	.quad 0x40b77965e27adda6
	.quad 0xa272771f67bb23aa
	.quad 0x0000000000000002
	.quad 0xffffffffffeb95d3
	.quad 0xffeff81af55430a0
	.quad 0x183e97c731eb9375
	.quad 0xd7ed9b7d613ca4b7
	.quad 0xfffffffffffffffd
	.quad 0xaf87808b8a08842d
	.quad 0xfe37c05ccba98418
	.quad 0x9aa5b8d2344bc162
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x3ff8000000000000, 0xd4ed8848e445633d
	.quad 0x18d210e4ffff79fd, 0x036ee9e54784dee2
	.quad 0x8000000049ec0000, 0x437ab700fa289777
	.quad 0x8000ed199c792835, 0xbefc000000000000
	.quad 0x0f2a14697ab45b49, 0xc0422995586649ad
	.quad 0x65c372737f0bf7ff, 0x0000000000000000
	.quad 0x858e46fe93ed894e, 0xe3f3e00ccc625347
	.quad 0x000000007fe7f28a, 0xff7fffffff866d4a
	.quad 0x1b3b39a1d7fc8a4d, 0x53c29236ffcffc6f
	.quad 0x5c2fe7c3fff02e00, 0x6e2e056ebfef7f3c
	.quad 0x5261c60ee5ba6aff, 0x8a8cbc61351f7c00
	.quad 0x697f88aabdf7ff8e, 0xc77fffffffd9728d
	.quad 0x8916c4c5d811d8db, 0x7ff11c20ab9856e5
	.quad 0x3d80f5dbe73ccf29, 0x7ffc29daa70466ad
	.quad 0x3ffffffffffffffe, 0xcd0aeb78ffd1b400
	.quad 0xfff0000000000000, 0x41f96638bdfbbb8a
	.quad 0x20eedea6a33efc00, 0x4772507b9a7912fa
	.quad 0x40000001ff800000, 0x1e23240b5abffbff
	.quad 0x96162924fff2fbff, 0xb93c0000c1040000
	.quad 0x17679a678628f826, 0xffe0000000000000
	.quad 0x3c3af95176bd2747, 0x8c24f7819b7fffff
	.quad 0xc029a00000000000, 0x09e6eaa4b64d11a1
	.quad 0x7ff7c2c2ba1a5f3a, 0x380cd1c12c38ddad
	.quad 0x4142773c896e66d2, 0xbb9dccc1fa8baed9
	.quad 0x4022800000000000, 0x088a60dc3f77666f
	.quad 0x6e217f6bcdadd43b, 0xa84b05ea8bfffebb
	.quad 0xffbe04098295ce5a, 0x634782c39750fe00
	.quad 0xdb4991eb984227ee, 0xc020800000000000
	.quad 0x80ffffff3e2d84de, 0x4851c47faaac127a
	.quad 0xfff9f6e6f1879a96, 0x205f13bdf4aabfc5
	.quad 0x28dc073dccfd2000, 0x56f436cfbcc00000
	.quad 0x7fc000007fb8a607, 0x7fed035ab1c88424
seed18:
	.quad 0xffffaa6b9ca378d8
	.quad 0xfe92d90825cd1426
	.quad 0xa7f1f0b5e8bf9981
	.quad 0x3953d8105c4e2b4a
	.quad 0x00000000000003e8
	.quad 0x00000000ffffffff
	.quad 0x00000000000000f1
	.quad 0x2b88f65fc613eafd
	.quad 0x7fffffffffffffff
	.quad 0x424ba7d183201673
	.quad 0xa9efa84ccbe3de25
	.quad 0xffffffffffa67c0d
	.quad 0xe33df58b3639f073
	.quad 0xfffff9c485df834d
	.quad 0x5cb03b9de23c5e68
	.quad 0x000ff365cce39161
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x7f8e3f8180000000, 0x3ffafa6cf92e8877
	.quad 0x3f7bd985c6e00033, 0x7bbb2d8700000001
	.quad 0x5e07b481ffecbb7b, 0x400800003bc7bfa0
	.quad 0x40bb800000000000, 0x7fc00000e14dfbeb
	.quad 0x937803ccd2be0085, 0xaf245197cf7fffff
	.quad 0x8000000000000000, 0x5cdb2c09eeff1f24
	.quad 0x157bdcb08a8ea02b, 0x434c005c419db1e8
	.quad 0x7d4582dcb861b1a3, 0x410a000050f1f7c4
	.quad 0x618114d041952c88, 0xc075315a7f0a7023
	.quad 0xf76dedabff36b5c1, 0xd7c37a1decb5febd
	.quad 0xc11800007e5f6b12, 0x407089ac1ba3a5b0
	.quad 0xc3e0bfa9ff800000, 0xff7fffff8031c79d
	.quad 0xe0349a721fbbfd03, 0x5a83b1eee2b17c00
	.quad 0x10509f7a54f44545, 0xfffa2e5449c2f884
	.quad 0x3f5bea55ff800000, 0x8000000145200000
	.quad 0x00000000407ffffe, 0xc09f7d9f7f87471d
	.quad 0x039a59f93e37de40, 0x405dd39dbf71a984
	.quad 0x1241a9bf43200000, 0x3d4b937fc02190f4
	.quad 0x9978fcffc2f6c640, 0x19efbeabed11feef
	.quad 0x7f800000be965acf, 0xfff43874e7be8423
	.quad 0x4017000000000000, 0xafa888a8d773f800
	.quad 0x7f8000003bbd5bfa, 0x8000000000000000
	.quad 0x800000004a208612, 0x7ff0000000000000
	.quad 0x673e6b83301df903, 0x51a5b86d693ea5c3
	.quad 0xc1974878e3bc4e56, 0xb15f82ad24ee83c3
	.quad 0x2f1502b0ddee5d40, 0x802085fa40f00000
	.quad 0xb175764e7eb541e4, 0x98ba2ff341d4b678
	.quad 0xf61819107c21bd87, 0xfa6292079447d53d
	.quad 0xbfbf436d7ce24883, 0x000c19f6d6f67286
	.quad 0x002fffffffffffff, 0x40900000c1a3562f
	.quad 0x8000000000000000, 0xc3409ee31075fcb9
	.quad 0x6bfe6c2e6d1971aa, 0x7f915205aec7d414
seed19:
	.quad 0xfffffffffe5bd98c
	.quad 0x0020000000000001
	.quad 0x2ce38ddb23022358
	.quad 0x0020000000000001
	.quad 0x5e1fd72526235185
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xd52f6a86511b39d8
	.quad 0xfffffffffffffd4c
	.quad 0xfffffffffffffff2
	.quad 0x0b3144bfb637dd8b
	.quad 0xaf6128c2ee4777f1
	.quad 0x08254ed1b227b74d
	.quad 0x00000000ffffffff
	.quad 0x7013f72c30316c94
	.quad 0xd6b9d4e3cafb841b
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x7ff8000000000000, 0x5786339d646ffc53
	.quad 0x1d93108a41f00000, 0xbd34ec1389833a35
	.quad 0x08b9868baa18a688, 0xc3effffffffffffe
	.quad 0x43372244bef3fef8, 0x0000000000000000
	.quad 0x7ff2fff1924a05f6, 0x869b5c1e7fcf7c00
	.quad 0x7ff0000000000000, 0x5f00000059fffffe
	.quad 0x2cd1654fd9fffffe, 0x0000000000000000
	.quad 0xfff8000000000000, 0xfff66fea90f58101
	.quad 0xd680af82acb24c4b, 0x9829f604f67acd88
	.quad 0x86e71b35f83ebc61, 0x1b67b72051537085
	.quad 0x1e7d085c47800001, 0xb8a000007fbf347f
	.quad 0x4e24c626a6fbb7bf, 0x7ff0000000000000
	.quad 0x3fb475222d3ce8c9, 0x7ff0000000000000
	.quad 0x41000000ff800000, 0x299a053dc9ecfe32
	.quad 0xffc000007f7fffff, 0x0008738d7649571c
	.quad 0xfcb61088dd50a1de, 0xc2a0000000138e90
	.quad 0x5fffffffbf800001, 0x7f95b15d7fc00000
	.quad 0x4f0000007f83705b, 0xffc000005f800001
	.quad 0xf807239490247d2c, 0xb5907b66ffffffff
	.quad 0x3fc35afd83c3bedb, 0x81dfe6057fb51e7e
	.quad 0x7fc00000bc671612, 0x7e800000bef5a1b3
	.quad 0x993af825bf800001, 0x4dfbcf464bdd0b35
	.quad 0x73d3923df036085e, 0xecf0793c0d62aafb
	.quad 0x031090e1ffecfe98, 0xfff0000000000000
	.quad 0xc065000000000000, 0x7f800000805e5ccc
	.quad 0x0b4268cf6efdbbff, 0x8648674f665d7e00
	.quad 0x406d81390623dc7f, 0xbf9da4f007ef91af
	.quad 0x98e84e2851841359, 0x4000000000000001
	.quad 0xa12b438fffbb7bff, 0xff800000c1100000
	.quad 0xc008eb9747dfab40, 0xff800000906be174
	.quad 0x800000017fe2cab5, 0x4105d125ffb7ffd9
	.quad 0x4f7ffffec180f1fc, 0x8000000000000001
seed20:
	.quad 0x0000000000282311
	.quad 0x8000000000000000
	.quad 0xffffffff00fb7326
	.quad 0x8a71940901cefaf5
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0xee15c0b1cf811d66
	.quad 0xffffffffffffff4b
	.quad 0x0000000000000259
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x00000000000000a0
	.quad 0x000000000006c43e
	.quad 0x00000b59e43df764
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xc0ac00007f800000, 0xfff8000000000000
	.quad 0x7f80000062f9b5c7, 0xd6a42492cf3f4079
	.quad 0xe02f3c0e4fe4da26, 0xc0113b328fd4fb9c
	.quad 0xd8d8f2cf9960b577, 0xb7d7c631f2345fb7
	.quad 0xfff0000000000000, 0x95705948bf9ab822
	.quad 0x0761409dffbbfbd3, 0x8000000141200000
	.quad 0xbf773ff9d225e4e1, 0x0fbacb455a9ae051
	.quad 0x168b962780000001, 0x874cebf22f9f0000
	.quad 0x8149b13ef358a30c, 0xe1fd170dffb5deff
	.quad 0xfe80000080000000, 0x010000007fdac6b4
	.quad 0x80c396b5ddc204a1, 0x428d6e5bff800000
	.quad 0xfce933e2bf006b5c, 0xc024e5fd2e206359
	.quad 0xbfe00000e4c796c3, 0x8247de26cde2feb7
	.quad 0xbe482ea5403d0c76, 0x800853691b1a3505
	.quad 0xcf6204ed99954e4c, 0x8d139b56973ae7b9
	.quad 0xad7afd1f94b27fbe, 0xc00000017f8be34d
	.quad 0xfd72744f40d5878e, 0x780d61d0ffa57aca
	.quad 0x000754f64e6e0aaa, 0xbabfd6e4764b0072
	.quad 0x928bb555ff430bff, 0xff800000ff800000
	.quad 0x047ba525fdf9ff7c, 0xda2459d8e0df5919
	.quad 0x64aad5bb93e96484, 0xc020800000000000
	.quad 0x411c000000000000, 0xd63f1ba6ffc7be96
	.quad 0xff86ca78017fffff, 0x91d0a8333d1c1665
	.quad 0x03b24f2f7e100e25, 0xfff0d7a42499a289
	.quad 0x2a641eaa5d6fb800, 0xffc00000ff9f5414
	.quad 0xffc0000000eab6fb, 0x8e4914433f400000
	.quad 0x401d000000000000, 0x8dbd8e98ffc00000
	.quad 0x41d2185eff7fffff, 0x7f98280fff800000
	.quad 0xbfd3b79b40792c34, 0x8005913206df6114
	.quad 0xe0a7183815540159, 0x3f22000000000000
	.quad 0x53ffbceb97e0f230, 0x73408a510bd33467
	.quad 0xc0fa3fc12ed70003, 0x944c2f363b952620
seed21:
	.quad 0x8000000000000000
	.quad 0x72773dddc66f7823
	.quad 0x00000000006d5be9
	.quad 0x0000000000000345
	.quad 0xffffffff80000000
	.quad 0xd59062a3122c90e0
	.quad 0xfffffffffffffd19
	.quad 0x39626069f283c469
	.quad 0xffffffffffffffc1
	.quad 0x8000000000000000
	.quad 0x9d62fd5848be4916
	.quad 0xb9c2833e6903c2d2
	.quad 0xffffffffffe9fc75
	.quad 0xfffffffffc2d2d13
	.quad 0xd5e7dd399fc3f70f
	.quad 0x8000000000000000
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0xc8259315faddb68b, 0x7d8bdfdca3550463
	.quad 0xff8000007fb29764, 0xdb2096bb422abe5f
	.quad 0x822d310f9a0882df, 0xd5c1bc81d5fd7f85
	.quad 0x451b29cbfaffffff, 0xc0600000be53c3ef
	.quad 0xff800000c1200000, 0xef71737f19710000
	.quad 0x0112c7bf7fb67405, 0x5cf24946ffd5dfef
	.quad 0x800000007f800000, 0x00055258da70b10e
	.quad 0x12be8db7817fffff, 0x59851137fd4a77ff
	.quad 0xfd89fd4ef70fbe12, 0xffee283a107f1b7b
	.quad 0x401d000000000000, 0xc4ecda2bdff917df
	.quad 0x8f199d56bcd24c15, 0xcd9b92e07572ddc9
	.quad 0xfff3a2082bf9b569, 0x3cf7541900000000
	.quad 0xe02c12a417cc0397, 0xdcdf2976d72e7c00
	.quad 0x00c63f4476dc8948, 0x01b57e45b89b9839
	.quad 0x69dcee36c99603ff, 0x5eccc4a09d5fa7ff
	.quad 0xbf008b2400061dc0, 0x47fffffe00ffffff
	.quad 0x2b6f21d10f5a5958, 0x2e187aca54cdcb8d
	.quad 0x800000003ea07c75, 0xc133000000000000
	.quad 0x7ff95d708adb4750, 0x92c37b1635ec7d65
	.quad 0xe857b4677debedc6, 0x88eed9feeb3ecd9f
	.quad 0x6fdc346a7ff2eccf, 0x51a931ff56b3fbb2
	.quad 0x00095e7d8b81d28c, 0xe3c5aa6247000000
	.quad 0xeef5d26d93c7c40a, 0x43588685d0dd633d
	.quad 0x7234080140c223f3, 0x7fc00000936ea0cb
	.quad 0x99212b25ffe57df1, 0xbe7f595a3bda0000
	.quad 0xbc3982d77f7f7bff, 0x1cb02a508dff4673
	.quad 0x00000000436cf515, 0x67c7e6d9beae6220
	.quad 0x3d649b7080000000, 0xa1661d4aef7fffff
	.quad 0x0000000000000000, 0xc26e000040f00000
	.quad 0x437d3b4820c770cd, 0xffdfffffffffffff
	.quad 0x41e9828205e1f630, 0x77c82ffe9ef0793e
	.quad 0x0809617a3fd77d77, 0x4058c6d9ac0aba1c
seed22:
	.quad 0xc0935a9c27dd975a
	.quad 0xfc85302a06affb04
	.quad 0xcb2676bb24584be3
	.quad 0xffffffffffffffdf
	.quad 0x0c5f6a40da6731e4
	.quad 0x00004a3322502345
	.quad 0x7fffffffffffffff
	.quad 0xb230bd7bbdcd0231
	.quad 0xfffffffffffe01c5
	.quad 0x000000000000001f
	.quad 0x0020000000000001
	.quad 0x559455fc73548c91
	.quad 0xad8f51eba3b03872
	.quad 0xfc92fc1a7f344c32
	.quad 0x0000000000000280
	.quad 0xfffffffffffffc21
	.quad 0x03800000
	.quad 0x40000000
	.quad 0x9a2dfa6cf80f1d00, 0x3ee8000000000000
	.quad 0x7ffde9537fc00000, 0x7ffd8fc657a78893
	.quad 0x37a87a956ac8bdb8, 0xbebcfdcbdf7fffff
	.quad 0x356cd24e6bfbe9bf, 0xfff8c9e0aeece050
	.quad 0x434f54d1ffbbfcfb, 0xfff505d19ef3db6e
	.quad 0x7fc557237f800000, 0x0000000000000000
	.quad 0x9de36014fc793f6f, 0x6e95bc29c14cd9b2
	.quad 0x3d74c0c6ff800000, 0x00183c104b91d2a8
	.quad 0x3d2800007fa2783a, 0x4048582280604c5a
	.quad 0xd52877a9f66ff8ee, 0x7211a44402aa8206
	.quad 0x309144b3d4342ce2, 0x7fc00000c0700000
	.quad 0x3fa794d404f522d1, 0x7dfb39b906467814
	.quad 0x7fc00000f7476f6d, 0x21a9b1cafff87c00
	.quad 0xdc0dd522ad7d5e5a, 0x807fffff4359e5eb
	.quad 0x9274abf8b8d28800, 0x3ff0000000000000
	.quad 0x5c5393f8fb18c0b5, 0xcf00000042348b12
	.quad 0xffcd1bfe2e7aed95, 0x410e0000c0d94ec7
	.quad 0xbf94cc23bfeb7d75, 0xbf04d37ff7ffdfbf
	.quad 0x1b773294ff800000, 0x801c2b1ddcd7fc00
	.quad 0xc6a057a45f7fffff, 0x7ff025fecc0e1985
	.quad 0x4010800000000000, 0x80000000477ffffe
	.quad 0x80773dc5065a1aa8, 0x807fffffffd31cc0
	.quad 0x1bfeeac2f2b039a5, 0xbac00000ff800000
	.quad 0x802e719aec27fc5c, 0xbde920f38a7fffff
	.quad 0xbff544be9dc30148, 0x81e353b2997dfe24
	.quad 0x23c32165a93bc1b3, 0xe52c6344ed82ff60
	.quad 0x3c5f8bed43bb0f2b, 0x0040000040180000
	.quad 0x84e20a884badff9d, 0xc341a94057800000
	.quad 0x40054842f8ae4a2e, 0x8074050e809e6571
	.quad 0x6da4cf30fffcfbe7, 0xbcb00000431c3f25
	.quad 0x7f800000e071498e, 0x3ac2cff8f12d7c00
	.quad 0xc0ff509e4acfc714, 0x4d3c44d0316afc49
seed23:
	.quad 0x0000000080000000
	.quad 0x00065baf7e6a9b4e
	.quad 0x0000000009aae0ad
	.quad 0xfffffffffffffe9b
	.quad 0x0000ba4aa1233310
	.quad 0x5a87d4f51642b04c
	.quad 0xfffffffffffffdc0
	.quad 0xfffffffffff62cac
	.quad 0xce962a78f7c4144f
	.quad 0x9463f6988c618034
	.quad 0xfffffffffffff3e1
	.quad 0xfed62aeb37189da0
	.quad 0xb26d928d9f0464c6
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0xd13a8a37968e12df
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0x0000000000000000, 0x8237c11b356e01d1
	.quad 0x3edb375a5e842cf1, 0x7ffd0d69f563df64
	.quad 0xa8e9f9c0ffb7fbbd, 0xeee40c81ee4235a5
	.quad 0x9e71644f8e37c810, 0xfe8047ce3d93117a
	.quad 0x72e721ccdfb7f7ba, 0x956f1f92fffb3e1d
	.quad 0xd629163fe3c60ad4, 0xfd6da639d55ecee6
	.quad 0x23ca0c26408c0000, 0x4434f0ded5fbfc28
	.quad 0xfff07cf034633fe9, 0x3d0dc1d880d1f73f
	.quad 0x7ff0000000000000, 0xbbf22608411fb8ea
	.quad 0xaef254e9622dfa1a, 0xea2454c32b91d4e3
	.quad 0xffbf2d9ba9bffecd, 0x7effffff38ed8000
	.quad 0xdb72d3f1dfc941e5, 0x86a644f67fa60660
	.quad 0xd07dc8448f627c00, 0x830eb361d2b9f7f3
	.quad 0x7ff8000000000000, 0xc32e15d93ed40000
	.quad 0x40007dc7bede0000, 0xbf7b9f9e5ffffffe
	.quad 0xc1000000c1100000, 0xf3fe9154bde7c3ff
	.quad 0xc6940215fc785746, 0x8175621b7fe4c01b
	.quad 0xbe600000c4b00000, 0x7fc0000000000000
	.quad 0x00c1bc80ffc00000, 0xf0da3a5d7f800000
	.quad 0xa360f3129d067166, 0x1000d0520f19eb23
	.quad 0x80400000c05b0554, 0xfff0000000000000
	.quad 0x43f1da907f8c21ae, 0xfb8d7e3e9531d41b
	.quad 0x80ffffffc2e99c82, 0x4007000000000000
	.quad 0x407800005a7fffff, 0x7fc00000c0990452
	.quad 0xfff0000000000000, 0x9aab1c099f7ef7eb
	.quad 0x405955747fc00000, 0x7ff8000000000000
	.quad 0xc021800000000000, 0xc0c4a3587fa5924f
	.quad 0x6711a64d7fc00000, 0xd550197a2fcc7c00
	.quad 0x62f8c7c27ffbcfcc, 0xe4d4e8567facfc00
	.quad 0x47ffffff801be1ef, 0x40428bc07aa951ef
	.quad 0xffef4de840880000, 0x8000000000000000
	.quad 0x3675a14bff76fd9e, 0x3cd03719800dd372
seed24:
	.quad 0xd89ea039f569bbc4
	.quad 0xffffffa861662ed2
	.quad 0x4178ab66af340a92
	.quad 0xfffffff91a1da10c
	.quad 0xfffffffffffffef3
	.quad 0xffffffffffffffb0
	.quad 0x207cef525bd8939b
	.quad 0xb524735ff8d45013
	.quad 0x00000000000002f8
	.quad 0x1c9c830f434e09b5
	.quad 0xfff81223b592181d
	.quad 0x5d71355f8f8389f4
	.quad 0x0000000000000000
	.quad 0x8ced3d9af4737fd1
	.quad 0x63eb0449c6748bf1
	.quad 0x616411cfb11f0a96
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x4d2980c7ff9f8000, 0xa868ade96a1a3d00
	.quad 0xbf188d36ddfafc00, 0x867dc7adcb3007ff
	.quad 0xf6443862805d7d8c, 0xc006126a7fbfcc00
	.quad 0x941e16cad6eedbeb, 0x1686b176fffc011b
	.quad 0xbfdeb126b29fef9b, 0xbf95639bb3db53a1
	.quad 0x573b0104d9277cf1, 0xc91ea1b3f9cd8a60
	.quad 0xbb0000000c1cb424, 0x4016000000000000
	.quad 0x800d718c2a484200, 0x98aa779afd2f7f78
	.quad 0xacc550df7feef6fc, 0x7ff0000000000000
	.quad 0x225feb811e7ebeed, 0xbfe15c5a09bd1776
	.quad 0xbc48f1d9c3bf4ecc, 0x5929d68c94fa7c00
	.quad 0xe26e67ce37fff9d3, 0xc3cf533ddf000001
	.quad 0xc035383b3950890a, 0x311e74670fbcfc07
	.quad 0x802fffffffffffff, 0x39615de43313e53c
	.quad 0xc75b90f6f0af9d2e, 0xc0efffffffffffff
	.quad 0x4002000000000000, 0x27afb96fb7f937f5
	.quad 0xed41af127f872716, 0xc1180000005bdb16
	.quad 0x810000007f800000, 0x0057fd1238a00000
	.quad 0x191da85c7ff5afa7, 0x0579d6c4c1f64fde
	.quad 0x7ff4777b84aac503, 0xdd2e04bc1a530400
	.quad 0xf088b3d759a1fc00, 0xee970826cff903ce
	.quad 0xe9d0780d4640f372, 0xbfeff9e76951d2fd
	.quad 0x3fc5d3c396ece2f3, 0x4a5b7df67fb5b466
	.quad 0xbf895427d5fcff34, 0xc04b200000000000
	.quad 0xa8cf6796f018e118, 0x4330000000000000
	.quad 0x3ecdd6a880000000, 0xffc000003b99d3c3
	.quad 0x7fa820f614c75e20, 0xedcfa4a67fce3b40
	.quad 0x7ff0000000000000, 0x6693fb21afb0befd
	.quad 0xd2505c3f373fddf0, 0xf7a3097140700000
	.quad 0xff7fa1d0c07bc90c, 0x8a4d93c9f0bcdd25
	.quad 0x80148faaff800000, 0x77160a599c4ad970
	.quad 0x8b210c25bec3c880, 0x7ff0000000000000
seed25:
	.quad 0xb9e625b96b4a1f82
	.quad 0x0000000000000349
	.quad 0xfffffffffffffcd8
	.quad 0x56c4d1b43b6fe6bc
	.quad 0xec273333b8bd8d16
	.quad 0xffffffffec850347
	.quad 0x96839beca9c1c433
	.quad 0x6ff6a0a9594cab3f
	.quad 0x0000000001000001
	.quad 0x7e77e95533535314
	.quad 0x0000000000000000
	.quad 0x000000000000011f
	.quad 0x47e1317a50453a35
	.quad 0x0001bb62283b7af4
	.quad 0xfe652ce7fc689d78
	.quad 0x000000007fffffff
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x7f592940af84a2bd, 0xee2d68c448dc0000
	.quad 0x7ff06d1a9a26f2fc, 0xfff5b67fec66d04a
	.quad 0x8080000041cf99b7, 0x66db0275755f7800
	.quad 0x951fed8425e4412c, 0x14fe3da618f78000
	.quad 0x64bcf2edfdfbfead, 0xc0a1000000000000
	.quad 0xb1b2a5c40d5c81ae, 0xbc0bcab640f80000
	.quad 0xb1859251c0f00000, 0x3f87f9da40880000
	.quad 0x800fffffffffffff, 0x02264bff658b0e36
	.quad 0xc7fffffe3bc1f81a, 0xcabcdca959af18eb
	.quad 0x7f000000b6280000, 0xff800000ff70fd65
	.quad 0x1bf74791ffde723c, 0x14f3d357e005e2ff
	.quad 0x7ff8000000000000, 0x7fd3b59a7fff98b2
	.quad 0x304b09b98b2b1c64, 0xf58c8c3fbf27d4fb
	.quad 0xffdeeb94db913841, 0xfe69fb8ed0ec8001
	.quad 0x0117fd6dffb9fd73, 0x80000000c0062865
	.quad 0xfff7e4de2dd51e7b, 0xda695f56a09d0c00
	.quad 0x17af6b183d8b2c4b, 0xba58411528953f7e
	.quad 0xc0f7cf6a39d740b1, 0xda88a1b51f2a7e01
	.quad 0xad275449b9b1bb2f, 0x6b2a71a3f0fd3269
	.quad 0x3fadd4097fc4c7c3, 0x375c738b7176c50c
	.quad 0x800fffffffffffff, 0x8238caf5a2db7449
	.quad 0xc0cc000000000000, 0xc005000000000000
	.quad 0x41fc4e5cb7f6c430, 0x366152fa6e3cf685
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x0d614e04f6ffffe7, 0x26ca04eec3768940
	.quad 0xc50383647fa8d9b1, 0x9923dab1b7fe1eb5
	.quad 0x40680000151310e7, 0x800b471d994698b9
	.quad 0x795d59640a64c8b0, 0x7ff6204d7e877b6a
	.quad 0x04942162efdc56e1, 0xae785e8b1aaaadb5
	.quad 0x7fcb25caffebe249, 0x9cf9908d580bfc00
	.quad 0x35216bc8d9716ffb, 0x42363d216bd7b5b4
	.quad 0x7a1df2630edb874e, 0x434ffffffffffffe
seed26:
	.quad 0xfffffffffffffc80
	.quad 0x0000000080000000
	.quad 0xc1ea6c272b261c9b
	.quad 0xafb51b3eea8b794f
	.quad 0x4a913416f42d7120
	.quad 0x8000000000000000
	.quad 0xe29c19f1724a7d3c
	.quad 0x00000000000001b5
	.quad 0xff58b14b3ea4b5ff
	.quad 0xffffffffffffffbc
	.quad 0x0000000000077288
	.quad 0xb2dce93e58ce68a0
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x2a90b0ba47d201ea
	.quad 0x181a775592baa6f9
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0xa3b3f44780000000, 0xfffca92532c3d1f4
	.quad 0x7fc00000ffcb27ff, 0x000000017f800000
	.quad 0x7f8d3f9c03cb9c4a, 0x7fe52510ffc00000
	.quad 0x00800000b6b80000, 0x7fc00000dfe38fd8
	.quad 0x0d433383ac10e0e2, 0x953c18ddfefafafb
	.quad 0x40000000bbda9cc0, 0x4065920afa3bcea5
	.quad 0x178c48afd11b8000, 0x7ff56bf4785e06b6
	.quad 0x7ff87c88848037cc, 0x8008000000000000
	.quad 0xfce2d05491ff5bae, 0x4010000000000000
	.quad 0xe72c9fc5febef3ff, 0xc05dc2919dbc9612
	.quad 0xa4a95dec2118fbc8, 0x0000000000000000
	.quad 0x46910ecdef004101, 0xee5c7f39fb7ebbe5
	.quad 0x7b48efa7b94adbaf, 0xc01e800000000000
	.quad 0x1d7133f9f9efffff, 0xc018000000000000
	.quad 0x833f40c8792d980a, 0xc77d6082f33625de
	.quad 0x3dcd03ba49200000, 0xcfa8b31ef80bfc00
	.quad 0x0a9f22d8c0c00000, 0xc01d000000000000
	.quad 0x7fc0000081716881, 0xe9119c8ed2e0fca1
	.quad 0x2f388a344a7fc6a5, 0x80771b1992d917eb
	.quad 0x8000000099392fa5, 0xc3400000bd82207c
	.quad 0x0000000080000000, 0xd17a7aabdeaefcff
	.quad 0xbedc400000000000, 0x6db2e900cf000000
	.quad 0xc800000040080000, 0xfff8000000000000
	.quad 0xff4d4e7b3e3d946d, 0xa954584affe4f400
	.quad 0x3c62000080400000, 0x5a00000080000000
	.quad 0x18efdaf843a12ae8, 0x3a5d2f17edf5237e
	.quad 0x506bbb4d8fa07e00, 0x04390cefafc8c8d0
	.quad 0x6f0f2551c7bf7ddd, 0x86ca2e14c77ffaff
	.quad 0x2428a62ddfdddbff, 0x54abf163ffbdc900
	.quad 0x43ffb371021bdeee, 0x0049176b3c800e4a
	.quad 0xc053e7fea1136a03, 0x2b32f61b5f6f56de
	.quad 0x87d938f9bf800001, 0xae3a070eb7e32f25
seed27:
	.quad 0x043e56e9a6b91f19
	.quad 0x267c6d5815062321
	.quad 0xfffffffffffffc0e
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xffffffffffff32bc
	.quad 0x0000000000000322
	.quad 0x60ee6678a8fbedc1
	.quad 0x000000000000037c
	.quad 0xfffffffffff68c35
	.quad 0x362117b56badd9ef
	.quad 0x0000000000000eb8
	.quad 0x000000000005ffbd
	.quad 0x001308f9fb96ffe4
	.quad 0x0000000000000ee3
	.quad 0x0000000000000081
	.quad 0x06400000
	.quad 0x80000000
	.quad 0xff88b961eb70443f, 0xc01f800000000000
	.quad 0xffefb8b8e14ff611, 0x7fd8d6b31146528f
	.quad 0x834e23af040cf56f, 0x804998e4c0b80000
	.quad 0xfff0000000000000, 0x277970ae926ffbd8
	.quad 0xfeef8318fa56b91d, 0xf78785a0fdbcd4bf
	.quad 0x7e1d187a3d567819, 0x95551c3afff240ac
	.quad 0x3fd5045fa4d10e67, 0xfde7454793f5552e
	.quad 0x3fc317309aac6ca5, 0x7fc00000bb96b108
	.quad 0x401c000000000000, 0xbff8df3a30d27ddc
	.quad 0xa8c835a7fffe0000, 0x40c6e17e14ac0392
	.quad 0x7fefffffffffffff, 0x0010095f00000000
	.quad 0xe83bc18d13ddfc06, 0x0e24777fffdf87f9
	.quad 0xb138713604499eab, 0x938c0ace3a1623bb
	.quad 0x61b9cf85d2f9800c, 0xbffaf1532875dcd1
	.quad 0xc000000000000001, 0x858a0bb2b7f7b787
	.quad 0x95745c30a5f048d8, 0x24eb2254bf080162
	.quad 0xd776d7beb0b7e8e8, 0xb75c8eeff7a9a7b5
	.quad 0xfb53fe95cf3ca38d, 0x8000000000000000
	.quad 0x7fa70694ffe4d323, 0xc5dbaf25eba042f8
	.quad 0x7ff0000000000000, 0x34ce125b5a3b1444
	.quad 0xd30000007f7fffff, 0xff8ebec3c352a5db
	.quad 0x002fffffffffffff, 0xb5cd9bff099cbe7e
	.quad 0x6cf65737008f69e3, 0xfff8000000000000
	.quad 0xceae77defeeb7fd9, 0x8c8c0401ffa3fa17
	.quad 0x979e7e8077bbbf8d, 0x98f9b3f4beddce7d
	.quad 0xbc522fb8f443cdd1, 0x3445d4dfdd22b6fb
	.quad 0x3fa9000000000000, 0x01cf0b0a3b3b6bb4
	.quad 0xfed4903d83ccb76d, 0x8c971136d7c74fdb
	.quad 0x3f854aa6b9fa5c6d, 0x7a8c65b57f4f9b0a
	.quad 0xbe0619c89512a049, 0xfff0000000000000
	.quad 0xc022cf4eb3f865a8, 0x3888000041c72c10
	.quad 0x000000007f25824b, 0x0e68ed48fffbffc6
seed28:
	.quad 0xffff5c66599c27cd
	.quad 0x4eeadb3e0f7c0232
	.quad 0x2ed467a3bb978c33
	.quad 0x000239f904110cea
	.quad 0x0000000000000001
	.quad 0x000000000000018f
	.quad 0x7401e51526c1b432
	.quad 0x0000000000000232
	.quad 0x2be30ffec7cc94bb
	.quad 0xfffffffffffffe43
	.quad 0x844dc11b4dc7a623
	.quad 0xc0c0e96dcaf39d19
	.quad 0xd7245b74181f2ff8
	.quad 0x8a52d583fef4b485
	.quad 0x246580c954a490b3
	.quad 0x992f1150c180696a
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x9296a069b3ab7bff, 0x80000000489ce8bc
	.quad 0x00000000a94ddc9c, 0x7fafe57386d3867c
	.quad 0xc2a5ef7bbbedea29, 0xff8000001a4564c0
	.quad 0x408bdfdfb7d90902, 0x1ebc818cd7ff49b3
	.quad 0xc25513557c6fbe03, 0xe8c9dbcebdd46bc1
	.quad 0xffe0000000000000, 0x41eb6d0f3fa24215
	.quad 0xa1b92f3dfff8f800, 0xc8331e5a7ffc430e
	.quad 0x8027a3caffc00000, 0x4004000000000000
	.quad 0x7ffe3d170542bf09, 0xd665456de1ffffff
	.quad 0x7771382ab11d2a33, 0xfa05eb0352000001
	.quad 0xb692bb5b87a2ca89, 0xbf81ca4e25bbafe7
	.quad 0xfff251c16065e459, 0x3d898d6cffee15b0
	.quad 0x8000000000000000, 0x3f96000000000000
	.quad 0x3cf45311e03afe00, 0xfff8000000000000
	.quad 0xc018000000000000, 0x7e1c088938e945c6
	.quad 0x8aae308bbfb3a900, 0xfffb0fa26fb8e709
	.quad 0x7fff73c067214eaa, 0xb12e3eb800000001
	.quad 0xbce365b29d449fb8, 0x7f9a32edc1aa0a04
	.quad 0xe7bd14ffc8885e7f, 0x831f5fd922abce7e
	.quad 0xc088000000000000, 0x8a39d6e50003728b
	.quad 0x5dabf7f6bfefcadc, 0x9b66858b16c94b26
	.quad 0x99396e6078ed7c00, 0x658c5316166103e8
	.quad 0x49720000417b4806, 0xf0a87026aff62bee
	.quad 0x4b6ed1826524a504, 0xbf8e71741383a4e2
	.quad 0x3e8ad93f005ea58e, 0x40980000c074f640
	.quad 0xc0689de07fb8656d, 0x7f9330220d3707fa
	.quad 0xc848a7fdfba71fd7, 0xc136c19f3fc00000
	.quad 0x000fffffffffffff, 0x8000000019bd613a
	.quad 0xfff8000000000000, 0x7fed4ecee740fb45
	.quad 0xc0e480c1dffca05d, 0xb5e0000000000001
	.quad 0xa2bf42564b9f7ca9, 0x8e26cc7fffb27b93
	.quad 0x40df400000000000, 0x88c7466b6688eaa8
seed29:
	.quad 0x0000000000000193
	.quad 0x0000000000000220
	.quad 0x0020000000000001
	.quad 0x0000000000000005
	.quad 0x000000000000010d
	.quad 0x0000000001000001
	.quad 0x0000000000000008
	.quad 0x000000000005904b
	.quad 0xa58b2b15f6515405
	.quad 0xfad50f0e97d801a6
	.quad 0xfffffff00dfe1d63
	.quad 0xffffffff80000000
	.quad 0x70ba6ce552fa4735
	.quad 0x000000007fffffff
	.quad 0xf6c1d38d53ed6ac9
	.quad 0x7ee065b9e5103811
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xbfbf24f7159834c6, 0x802a6fc3807f15ef
	.quad 0xd2f23b16f15f6992, 0x80422c948752fb28
	.quad 0xc05b1ab2e5599d78, 0xc2792703ff800000
	.quad 0xc030000061deeb73, 0xfff7f03aba30775f
	.quad 0x08a137dc000303a5, 0x53f99790bd3413d2
	.quad 0x88abc3d503fb2615, 0x52dea0852b68c700
	.quad 0x7f8000006b1f59c5, 0x1c5695ec82b3a0e4
	.quad 0x3c00b09effb468b2, 0xfff0000000000000
	.quad 0x91c9250b0d428b27, 0x920df993f391fe00
	.quad 0xc53e4b1004746fd5, 0xbf800001bc800000
	.quad 0xc0a0000041b2f5f5, 0x3f8712414176ae87
	.quad 0xb3c6695f97fdffff, 0xbc2d33e800000000
	.quad 0xaa73c2837fbafd27, 0xbf75bd1b4686b125
	.quad 0x43fd24dc007fffff, 0x0f84802e9b4ee70c
	.quad 0x3e7f684f89761d03, 0x421df309017fffff
	.quad 0x9291a7ebdc417c00, 0x3f4ff73b876f9dc6
	.quad 0xc29adc6600019fa8, 0xc3dd299b7f800000
	.quad 0x6bc72dbf5f800000, 0x1ff1ecdcae5d8000
	.quad 0x0010000000000000, 0xfff3450c3aec276e
	.quad 0x40af1fb71c08ef8a, 0xffff5ee361e21bc6
	.quad 0x68281b626dbeca68, 0x41fad99237e09899
	.quad 0xcb0cee594d05a036, 0xd1c43d98ef2ef6f3
	.quad 0x0109e115d0a0a086, 0x000000017d08d23a
	.quad 0xc1ecb1e1910d6a64, 0x7ff8000000000000
	.quad 0xc13f8000007fffff, 0x2fd9d23a515a82dc
	.quad 0x022861fdaf0b9b3f, 0xa627b89efff859bf
	.quad 0x37b261f6042f750c, 0x411000003dc43dc2
	.quad 0xfe00c577a9839fe4, 0x7f800000c11c0000
	.quad 0x1d3270d67fbcffc9, 0x80000000ff4040b5
	.quad 0xff01ddb8344b324e, 0x50a183abdd27e6f7
	.quad 0xce7ffffe7e800000, 0xbff84c94e9bb08cd
	.quad 0x70744685dff7f9ef, 0x00400000003269b3
seed30:
	.quad 0x50f732b91df32aa5
	.quad 0x25cc0d7264eeabd1
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0xe57dc8fc8bd0eda5
	.quad 0x00b36b9a9d117c17
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0xd9a98ab2011ac3c8
	.quad 0x6df91af18573a971
	.quad 0xffffffffffffffff
	.quad 0x1dc8a87f8fb81582
	.quad 0x0000000000691cd1
	.quad 0xc4bce5b1508a92ba
	.quad 0xffffffffffffffff
	.quad 0xffffff295247a9b5
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x002340aa68d0aef9, 0x0000000000000000
	.quad 0xb3bc67b9cd6d7d0f, 0xff948220004ad712
	.quad 0x24d489fdc1717c00, 0xff800000cf800001
	.quad 0x4210e811ee1e9400, 0xb9080000419add94
	.quad 0xa21f87a426a2b0b0, 0x642144b8b8d6211b
	.quad 0x406415f2352a4ccc, 0x800000007fc00000
	.quad 0x800000007bd34861, 0x00000000ffc00000
	.quad 0x047b36e4400004d0, 0xc013000000000000
	.quad 0xff800000436903fb, 0x2ce983cee9a98012
	.quad 0xfcf9a5b50b7d6883, 0xbd3dac5f00000000
	.quad 0xff8000007fc00000, 0xc020000017efbf78
	.quad 0x3f2abb8141000000, 0xbf9ff359a3d03af3
	.quad 0xff664e1138fba5f9, 0x7f80000059ffffff
	.quad 0xbbb40000ff800000, 0x557ffffebea31103
	.quad 0x9d89ec80ccce2e1e, 0xaf6a93b7ffed0400
	.quad 0xd385efdb7ffffddd, 0x01d3b4baa688035e
	.quad 0x3f277ed941a5e6f9, 0xffb0766e410c0000
	.quad 0x42f37a317fe408da, 0x800fe49f079f801a
	.quad 0xef0a591a7fafab80, 0xc084000080000000
	.quad 0x80555633c0ced33c, 0xfff61f1f03f55d46
	.quad 0x8046f417f1c9e805, 0xfff8000000000000
	.quad 0xc0f0000000000001, 0x39900000401aadbc
	.quad 0x3d45dbd5c36375f1, 0xfddaf621fffb4bda
	.quad 0x01d13a7940900000, 0x057d714171c9fe6c
	.quad 0xa03703246faf9f43, 0x41efffffffffffff
	.quad 0x0003f8a201979f9d, 0x409800003e800000
	.quad 0xfee9ef4eb4d685b1, 0x3fb04bdd6a622045
	.quad 0x036cb60a5149db05, 0x9aa6b03962f77dbf
	.quad 0x765600ce77ff7443, 0xfff394bff285b29c
	.quad 0x545e5b3e00000000, 0x42661eeee7cf43cf
	.quad 0x0020000000000000, 0xfff8cc97ede0decc
	.quad 0x7bdf5a02e8fd8145, 0x62d291d13f9513fb
seed31:
	.quad 0xfffffffffed4c58e
	.quad 0x8b6f2cb8d85a3f4e
	.quad 0xfffffffffffffe30
	.quad 0xfffffffffffffc68
	.quad 0x00000000ffffffff
	.quad 0x00000000e71c0575
	.quad 0x00000000005a3bef
	.quad 0x00024abb3a03f507
	.quad 0xff8a26579fba16d5
	.quad 0x00000000000003b2
	.quad 0x000000116e7a75fb
	.quad 0x7fffffffffffffff
	.quad 0xffffffffe2c4173e
	.quad 0xec354fa915b5bf53
	.quad 0x87959321fb9ccc87
	.quad 0xfffffffffffffc33
	.quad 0x03000000
	.quad 0x40000000
	.quad 0x94aad00fa0b2f333, 0x01fa336885174294
	.quad 0x525a7a0442c2fe00, 0x6dc44979141683ff
	.quad 0xe621cba543760bff, 0x06684ee7203c67ab
	.quad 0x405b4bced6def994, 0x80537576c38e5453
	.quad 0x401d000000000000, 0x3fa0a9147336cebe
	.quad 0x7ff50e28dd5f0ff9, 0x809dd309dfa2a727
	.quad 0x000c56b28e6b7d8b, 0x81bcde0b2592dad7
	.quad 0x3f5300006f3bd5b6, 0x47fffffe11e72af2
	.quad 0xd7fc47e07650bd4e, 0xd8bc1ee7bfee5eec
	.quad 0xfff8000000000000, 0xffc0000080000000
	.quad 0x9113a7d3d9800000, 0x5f71b1f52c836f43
	.quad 0x99de79dbffe7e280, 0x4c03e9da1ef5fc00
	.quad 0xfffc5dd9bb03e49f, 0x80000000ff89fd58
	.quad 0x72c24738b637c740, 0x643e082fffa3ffe2
	.quad 0xc1af186880800000, 0x7f80000095642348
	.quad 0xffd0000000000000, 0xb0b40c53e1f8d544
	.quad 0x7f8000003d500589, 0x3580228722dea800
	.quad 0x9f02137ea0668173, 0x9b4958e7f1797bff
	.quad 0x412c42e410fec4c0, 0x7fe9b55862869829
	.quad 0x800a3ac8115bd876, 0xbf2d4ee840100000
	.quad 0xc0efffffffffffff, 0x72450d33801a6dc4
	.quad 0xbfe00000867d22ec, 0x76911cd6ffef6935
	.quad 0xff82c7c800795e9e, 0xc061f3007effffff
	.quad 0x41406abc847faad9, 0x0338168d4cc9a085
	.quad 0x95ec5cf39047bead, 0x8000000000000000
	.quad 0xd56bc989d920678a, 0xcd642298c96e7400
	.quad 0x7f9472aac34ff8c0, 0xbfaebc04e97413b4
	.quad 0x3ed565e03ed06ad7, 0x7ff0000000000000
	.quad 0x7f3945b4bc6df80e, 0xbffffffffffffffe
	.quad 0x0008000000000000, 0xaebc4ef53ee21256
	.quad 0xc022c00000000000, 0xc026e4ca4af029f9
	.quad 0xc2523fbd87ff5dee, 0x8c4d96afe7669775
seed32:
	.quad 0x1ce71b14842c9bee
	.quad 0x0000000100000000
	.quad 0xb48a6985b9f471f8
	.quad 0x00167df3ac6cdd02
	.quad 0x74b2726769b4b85e
	.quad 0xffffffff80000000
	.quad 0x27eb599bc170bb5c
	.quad 0x000000036f8c017b
	.quad 0x34ab05f35d891db2
	.quad 0xeb0584c23eeda14e
	.quad 0x07165300ac7db7fa
	.quad 0x9c269778f44a8f29
	.quad 0x57106b7aedab761a
	.quad 0xc8f54fa95153e7bd
	.quad 0xcd51cd83abbd8fba
	.quad 0x863ceeba70bfb8cb
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0x932280639cb5b17b, 0xffd5116b9777a024
	.quad 0xe4f1ee7ce0e55bfa, 0x7ff254644e55f89b
	.quad 0x800000007f9f07e3, 0x8adbdca58b04804b
	.quad 0x404f9705f72c1882, 0x8ad77724ffffffff
	.quad 0xfd2f6c346118d045, 0x02c8fbeb8f4508cb
	.quad 0x958e97b2bd67a75d, 0xbfe1bea48e15ca9e
	.quad 0xc068d46a0b341a9b, 0x307b5b0ccd5e6d2b
	.quad 0x6e3ddbdc408cafc6, 0x39371ca67f9315d3
	.quad 0x1abcc1ca4b794eb8, 0x546ad732886effb7
	.quad 0x45c0800000000000, 0xc04547d9356a84fa
	.quad 0x946501f43e53bfff, 0x3de857f4cd9c54b3
	.quad 0x48df01e6ec527fe2, 0x4a77ca6e266deddc
	.quad 0x587c6dedad6f2568, 0x07df9f0d59df58c2
	.quad 0x001731267f800000, 0x7f80000043530feb
	.quad 0xf6f36ab480000001, 0xfff0000000000000
	.quad 0x5a7ffffef17800e3, 0x0048c8b4ffc00000
	.quad 0xc01e000000000000, 0xffa5fa0341000000
	.quad 0x7ff441c3c829222c, 0xee98c950a6ffffff
	.quad 0x6325414838dca8c7, 0xb4b2477cd6234540
	.quad 0x4017000000000000, 0x95970841de043b21
	.quad 0x41f0000000000001, 0x7ff477ed9c3fda16
	.quad 0x41c148999ffffe49, 0xec7c4d50ffc49b67
	.quad 0xa573c48480000000, 0x7fc00000bf400000
	.quad 0x3f88000000000000, 0x3febe00000000000
	.quad 0x2ce9e714fff30dd1, 0xfb8aef8a6bc283a1
	.quad 0x9bbe5ee7849c9919, 0x24500e707c2e2625
	.quad 0x00000000beafeb64, 0x0000000000000000
	.quad 0x7d8cb1aee7667400, 0x753b69bb75dd7d9d
	.quad 0xbed722da422bda8e, 0x8040000080000000
	.quad 0x7f8000007bc6feab, 0x79c897907f553ee5
	.quad 0xbfe09cf43c003cfd, 0xf669ef173c40c7d4
	.quad 0x7ff8000000000000, 0xc098000083b777f6
seed33:
	.quad 0xffffffffffa3d3a9
	.quad 0x00000000000001e1
	.quad 0x5ea4bdb1138eb401
	.quad 0xffffffffffffffae
	.quad 0xfffffffffffffc23
	.quad 0xfffffffffffffd8f
	.quad 0x0000000000000000
	.quad 0xff7a7617a88efba3
	.quad 0x3611258f010db1f8
	.quad 0x0000000545a9b967
	.quad 0xf19e1302f3cfb8db
	.quad 0x2b9ea8b86555e20e
	.quad 0x0000000001000001
	.quad 0x20ea9db9f0fcb1f0
	.quad 0x5db6d68a1ea8210e
	.quad 0x177c911ba299d246
	.quad 0x07000000
	.quad 0x50000000
	.quad 0x39f66f1e314a4ec8, 0xbe154e897fddffb7
	.quad 0x7eb93dadb6b7e722, 0x386a420a3bfefc43
	.quad 0x55b397ae433c8295, 0x838738fa80000000
	.quad 0x5b42d9f57fffffe7, 0xb1dc055ec056dac1
	.quad 0xedaa9590b2744964, 0xbf07d8e8ff800000
	.quad 0x4018b3d85577be16, 0x01a3845b0e78fdc6
	.quad 0x4010800000000000, 0x7effffff80000001
	.quad 0xffc0000000000000, 0xf2ce1262930b6fc7
	.quad 0x8055fac9431f8248, 0xd45b2ae080000000
	.quad 0x5735b776ff6c0000, 0x40ffffffffffffff
	.quad 0x4d7c7890792f3ead, 0xe8b21b74eddb777f
	.quad 0xc1e40b2a73bd5fb1, 0x81fba76ca8977c00
	.quad 0x7fc00000c1000000, 0x479d45b4bdbf67f7
	.quad 0x800ab6c278a72d9a, 0x3f2d43ae99f8f34e
	.quad 0x6206e480bfad308e, 0x8008776d4ef67a0b
	.quad 0x3286ba1447a06a89, 0xbe80000000400000
	.quad 0x7f9036425f8ea7f5, 0x40bfe00000000000
	.quad 0x29b9fab1017fffff, 0x73c7cf512a69f94c
	.quad 0x87ca4b8b03df3046, 0x7fdfffffffffffff
	.quad 0x7a7db48bffa68700, 0x4878232cfffdd7ee
	.quad 0xf140bd13ffa5b9b2, 0xbf852f5170699455
	.quad 0x41a1eb8600000000, 0x7fdfffffffffffff
	.quad 0x3eb8a00000000000, 0x77d2a8d2a08bac3b
	.quad 0x5d308a03ddb9598d, 0x9358c728d77e97e2
	.quad 0xc2543379f43e00dc, 0x4f800000415036d7
	.quad 0xd449f8b6acfe98ec, 0xe22b0e21b2017b56
	.quad 0x193e32cabed5ef61, 0x7a52030917075b5d
	.quad 0xff08fcb9e238f5b1, 0xfff8b50078597394
	.quad 0x401c100000000000, 0xe453bb3ea0ee92f8
	.quad 0x05d9c55395d27bdd, 0x3cd3a2b6ff800000
	.quad 0x8000000000000001, 0x40efffffffffffff
	.quad 0x9cc950a07d5efd2d, 0xf37d9094ffeffbbf
seed34:
	.quad 0x19da00fd637c14f5
	.quad 0x9346f8f6aed98853
	.quad 0x000000000000416f
	.quad 0x978c43d474b22de8
	.quad 0x5e51392fb77a3653
	.quad 0x72d3bb19f6923164
	.quad 0x223f37b18bf39626
	.quad 0x000000007e8226b5
	.quad 0x361589e36df5e0de
	.quad 0x000000000000021a
	.quad 0x0000000000000000
	.quad 0x000000000000004b
	.quad 0x0003979023daab4d
	.quad 0x00000021fd81e485
	.quad 0xffffffff80000000
	.quad 0x000000000000000f
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xff489fac38d919be, 0x7d83a176e7f4e259
	.quad 0x00053a9bfdb72edb, 0xffff1918e0b38357
	.quad 0x3ffc155f1831d672, 0x13b6c3016834fe00
	.quad 0x8936fe7cff7fffff, 0x80000000bf960000
	.quad 0x7f81f4f47f800000, 0xaa458a8a017fffff
	.quad 0xb1eeca19c3300062, 0xccf68be17f7fffff
	.quad 0xaaedc7e19e337ffd, 0x7ff0000000000000
	.quad 0xbf7be4a5aa5b5cd4, 0xebe410dbf3204a50
	.quad 0x0007411017d18618, 0x40b800007f800000
	.quad 0x4832a6cafefbfdff, 0x7fa91e064f611eee
	.quad 0xb65c3d82d2b27a00, 0x89cddfa8ffafdfae
	.quad 0xbfbee773346c3e2c, 0xfff0000000000000
	.quad 0xc06b73cb0f2bc0f9, 0xfff0000000000000
	.quad 0x8008000000000000, 0xe315ef7a7febf8ee
	.quad 0xfff0000000000000, 0xbf400000bf99aac8
	.quad 0xdf275a14bff35feb, 0xd4c6e29d3e7eabff
	.quad 0x1da89cde74b0c70b, 0x00018374a1a0c180
	.quad 0xc0b000000ac8fccb, 0x3de0d55b817fffff
	.quad 0xdb7031099c7a12af, 0xffae1799c0400000
	.quad 0x24fe4e393ed02850, 0x800b1efafb00d28d
	.quad 0x7e2186d983582634, 0x562137e2e080cc57
	.quad 0x4025c9e29c6d7dd6, 0x8dd269686e78f507
	.quad 0xbffffffffffffffe, 0x49e22d61ffb681d2
	.quad 0x01aed97a4557639e, 0xb65bd4902fbb77ff
	.quad 0xbbc73af884ccb2f8, 0x3fe63da2ae7d3d92
	.quad 0xc0cc00007e800000, 0x8100000040980000
	.quad 0x10e9da99f4ffffff, 0xc07ffffe7fb5e247
	.quad 0x42b1ff6a4389cd6d, 0xc0a8000000000000
	.quad 0x1e031d76c0f80000, 0x800023741a4847f8
	.quad 0xc3effffffffffffe, 0xfff0000000000000
	.quad 0x6f22fc21ffce3eaf, 0x300e6ac6acc7fe18
	.quad 0x73dc5c1be90bd2d0, 0x4024243dc550fef2
seed35:
	.quad 0x000000009f6e4606
	.quad 0xffffffff80000000
	.quad 0x00000000000003b4
	.quad 0x0002204352d66614
	.quad 0xafe236e4cb1862a4
	.quad 0x6772654eaa9873c7
	.quad 0x4fed9d540081a7db
	.quad 0xfffffc220347fa6f
	.quad 0xfffffffffffffcb0
	.quad 0xffc15f77e6468a63
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe3a
	.quad 0xbd034df33173c029
	.quad 0xc6afea823ba004de
	.quad 0xa56b58d6c45cbb88
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xf48a4a5a048eaf97, 0xef02ae59bfa98230
	.quad 0xbfdb551827504443, 0x0eb6b39e80000000
	.quad 0x436590d398b293eb, 0x401ce68c4ebbb520
	.quad 0xa9ed0a945d33fd36, 0x800733367dd69cba
	.quad 0x40ffffffffffffff, 0x40455e7797af36b6
	.quad 0x5e8cbe5cc017c87a, 0xf1e50df951d2310c
	.quad 0x7ff58471a794641b, 0xfe6bd05828842d58
	.quad 0xbd00aa785f9ef01a, 0xff9922f43f7cde88
	.quad 0x947fa02f0f8ab476, 0x9da7d1d5ebfefce6
	.quad 0x227807d980407e00, 0xe452e50ac724e728
	.quad 0xff8000007f800000, 0x3fc7b4ca0d22ee7b
	.quad 0xbf744e5855f86b9a, 0xc515ec31dc8784a6
	.quad 0x7fff9bc05a4badc7, 0x5b6c241c0e240000
	.quad 0x101fe5587fbdef55, 0xee71e19880ac8fc1
	.quad 0x7effffffce9c3b62, 0x47ffffffbc100ff5
	.quad 0x705ff6736c513d82, 0xff7fffff40b80000
	.quad 0x1eb5831147b41fd1, 0x8000000000000000
	.quad 0x3d2cec1a00ffffff, 0x7fc00000477fffff
	.quad 0xfff46944eaf58821, 0x15c4d0a2d9a23fc5
	.quad 0x000000003fa5a526, 0xea4ad34cda543dba
	.quad 0xc0638603d5e36ed8, 0xff800000edcf5875
	.quad 0x66f819e0fe58c1d2, 0x21db795aad4f7de1
	.quad 0x00000000f62d0bd5, 0x7f9c4608ffaeaa80
	.quad 0xf6e5ef44999e3fed, 0x3c00000000722493
	.quad 0x806da1bc93a572d9, 0xcb73e7bf7f800000
	.quad 0x70c2ca7cc39243a4, 0x2e179193ffbd7b3d
	.quad 0x8000000080459ca9, 0x0000000000000000
	.quad 0x1a86c0589472c893, 0x40000000f939d047
	.quad 0xc0d095027fc00000, 0xb2a1b5f5f77e8b05
	.quad 0xfff0000000000000, 0x44cfe9ae9b067e66
	.quad 0x3f8000009849e741, 0x2c33f6385a2afbff
	.quad 0xba71790ec54abc67, 0x7f80000072271756
seed36:
	.quad 0xfffffffffffce431
	.quad 0x0020000000000001
	.quad 0xffd2b48a8cef20cc
	.quad 0x00000000ffffffff
	.quad 0x3f9580fd94c383d0
	.quad 0xffffa638c4048657
	.quad 0x0000000000000001
	.quad 0x7a9b3b63d241f8ca
	.quad 0xfffffffffffca9d7
	.quad 0xfffffffffffffd4a
	.quad 0xfffffffff6d28601
	.quad 0xf1f37e480fe3ffdd
	.quad 0xfffffffffffffdcb
	.quad 0xffffffffffffba45
	.quad 0x00000f304bfe49f6
	.quad 0xcac5888bf321e789
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x67f4d7ad4ee748c0, 0xc0f5d0881b89d7d5
	.quad 0x991e8362e789c6c3, 0x800388370229ab2a
	.quad 0x4023000000000000, 0x72977402530afe11
	.quad 0xc0d00000f01a35f7, 0x7fffce9d59d8e0e3
	.quad 0xc342a14167d325d8, 0x36a0000014404204
	.quad 0x7fc00000ff8420c0, 0xc0fffffffffffffe
	.quad 0xa4c98042c7bd8f75, 0x49d000005a7ffffe
	.quad 0x3bea535c00000000, 0xd2194885dfb30000
	.quad 0x001fffffffffffff, 0xd88c2c2effa250d4
	.quad 0xbbe8897700000000, 0x4021400000000000
	.quad 0x000fffffffffffff, 0x3edcb48550b61cab
	.quad 0x7f8000007fc00000, 0x547bd82d4bf26efc
	.quad 0x3fa8b8f34942f0d1, 0xed57fbf70908fb70
	.quad 0x50058de8ffedb6d8, 0x1be145f03c6ca2f2
	.quad 0xc1d5af2fddfdfeb5, 0xc022000000000000
	.quad 0xf2b439eebeffefbd, 0x49e6caab4c35fcb6
	.quad 0xa2aa1451d5aafc99, 0xfff4ed6d1c05fdc8
	.quad 0x0000000000000000, 0x8e006a94fde5ffff
	.quad 0x7ff6995fc90ca575, 0x3f2b4b16ffeb9cf3
	.quad 0xbcf15f9db9b8d5b6, 0xc04ee1296f27896f
	.quad 0xc0f0000000000001, 0xc0da400000000000
	.quad 0x4f7fffff5f800000, 0x8074552fbc701e44
	.quad 0x8000000000000000, 0xfff7069cdfa57a3a
	.quad 0x120336dcbe400000, 0xb3dd92193ff7ff3f
	.quad 0x4022800000000000, 0xfff12a7fcf55e378
	.quad 0xff800000ff8bc4ee, 0xc3e0000000000001
	.quad 0x03538f467715b7c7, 0xff800000c8c00000
	.quad 0xc392c139853d0000, 0xe22781518a368212
	.quad 0xc05bdd5e28270301, 0xb2104cbdf87c7f8c
	.quad 0x5deb1f6ab62e0ff3, 0xfff8000000000000
	.quad 0xd8fc2068fbd75ff7, 0xfff8000000000000
	.quad 0x7fe0000000000000, 0xf7f3cc53e5ff6ff5
seed37:
	.quad 0xffffffffffffff3c
	.quad 0xffffffffffffff4a
	.quad 0x6460ec4a5d07039f
	.quad 0x000000007fffffff
	.quad 0x000000001400b695
	.quad 0x000000000000026d
	.quad 0x0000000000000002
	.quad 0x0000000000000214
	.quad 0xffffffffffffff8a
	.quad 0xfffffffffffffcca
	.quad 0xdc325dcf7bf4c696
	.quad 0xf5f4128e9c7a5f8e
	.quad 0xffffffffffffffff
	.quad 0x5d12239b90a8a90e
	.quad 0x2c3d861f28a863c0
	.quad 0x54ef2bb1af49a296
	.quad 0x04800000
	.quad 0x60000000
	.quad 0x758e772446a75ffd, 0x40780000bf400000
	.quad 0x426980003fc00000, 0x3a600000c2a25a96
	.quad 0xcf0d65f07e800000, 0x80e144aa43ea9b72
	.quad 0xfff6f8a98a5b9ce9, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x74b71de88db37f30
	.quad 0x3cd6edf7bfa00000, 0xfff1eb0110806218
	.quad 0x00000000ffcd3b9c, 0xb83e89b3bff77e27
	.quad 0x6244732dfd7efedd, 0x3f9e1828c581472c
	.quad 0x781d3b80007d6aa9, 0xfff8000000000000
	.quad 0x800b465d2e23d423, 0xbf9563189bb02f26
	.quad 0x005bb1823f7c4458, 0x800000006ee9dcac
	.quad 0x8000000000000000, 0x9fafc684cbbb794d
	.quad 0xa27c60430a41b845, 0xa7acbd5bef80d1b4
	.quad 0x7ffae97cde611b1e, 0x43f0000000000000
	.quad 0xce61269e5affffff, 0x587a235ea8fbfa4f
	.quad 0xf0e7c8efbdfb04af, 0x7f0970d0102759a5
	.quad 0xff3b082b804b95bc, 0x416ff09bf7c6c34d
	.quad 0xffd832399ed1d631, 0x5018053a10d503ff
	.quad 0x3f820b90e5464cd8, 0xc0ffffffffffffff
	.quad 0x4671ddb763976840, 0x7effffff7f000000
	.quad 0x59ecb9e0dc7e814b, 0x404000002cd26a22
	.quad 0x8000000000000001, 0xaf08ccca673d0000
	.quad 0x40fffffffffffffe, 0x62a9646fb7f1dfdf
	.quad 0x45358d0e8e478400, 0x83bee41287aa5420
	.quad 0x80000000be800000, 0x8395664b3fce0e2f
	.quad 0x0d16654c75e6362f, 0x73a7d13cf7fdd5e7
	.quad 0xbefa4c84f92d6c21, 0x12c69c85f759c68f
	.quad 0x0000000000000000, 0x426a7b1715fa0027
	.quad 0x12d0dfe159fe7b2c, 0x8a87703339200000
	.quad 0x800000007fc16999, 0x753afb60d658b900
	.quad 0xf045978195e9f584, 0xc11a400000000000
	.quad 0xdf7fffff4096c3c5, 0x7fb0889c005752c7
seed38:
	.quad 0x0020000000000001
	.quad 0x2ca05c2e5ddbccad
	.quad 0xffffffffffffffff
	.quad 0x92cd8e3356c9acf2
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xffc7e875779ead01
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe01
	.quad 0x8e3c8cd8ad4e9ed6
	.quad 0xc2ca80b3c6066257
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x00000000000047f6
	.quad 0xfffffffffffffcd5
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xeec2fb83c7e4ffa4, 0x0046cd4aff8ad531
	.quad 0x80f9cbc6038a3ae4, 0x43f0000000000001
	.quad 0x3c2f372b40000000, 0x487edda91dbd8e6f
	.quad 0xc1de1f9455204908, 0x140b0fa51ed3d153
	.quad 0x10acdd6d60cb9dea, 0x4700000187f4bad0
	.quad 0xc1568d05ff800000, 0x801b55264f000000
	.quad 0x996703e9ffa65f03, 0xb366fc1076ee7880
	.quad 0x1289913de7febfdc, 0xedf96fb2ff9eb55b
	.quad 0xbb660000ffc00000, 0x3fe8000000000000
	.quad 0x9ddbaa661550d226, 0x21e793412aec4aca
	.quad 0xf47bacbf7f800000, 0x010000007f800000
	.quad 0xc0c000007f800000, 0x9a3c32a8ff39fd8e
	.quad 0x462502fe7ee8d15a, 0xffb21c177f000000
	.quad 0x6fb22ef61dab7c00, 0x6abb3044f75fffd8
	.quad 0xc03f6ee42adf5c82, 0x3fe4000000000000
	.quad 0xffb1dd870c3d2e8d, 0x6a1201921378fdfb
	.quad 0x800000007fc00000, 0xc1f23600fdfd5cff
	.quad 0x3c6f37d11a724bdc, 0x221fd4f7f7b8fe8e
	.quad 0xf6eea053b3b6fb7a, 0x12a70c1bffbe3f80
	.quad 0xffc000007fb0c61c, 0x3c16080442b8f03e
	.quad 0x684cd103fbe122ed, 0x002fffffffffffff
	.quad 0xdffffffe3ccb3149, 0xc068000000000000
	.quad 0xd02a99317dca476e, 0xff80000001f401fa
	.quad 0x0006017a37ac407b, 0xa2a4b53cd95efb24
	.quad 0x2698d30effbfff87, 0x0e3aea8ad0827e00
	.quad 0xbf29c4403f64e73a, 0x7ff0000000000000
	.quad 0x8106acaf004a32ba, 0x9c89bca0ffe6dd17
	.quad 0xbfed4f432a747f11, 0xb5d3c0357ffe675d
	.quad 0xc0379247213fd45f, 0x1e5611e47be575ed
	.quad 0xc023000000000000, 0x78272f9ec0bfa7ba
	.quad 0xfdde63858e26880d, 0xc015000000000000
	.quad 0x36be02d77afe744c, 0x3fe8000000000000
seed39:
	.quad 0x0000000001000001
	.quad 0x4b432b273c64bfea
	.quad 0x000000000002c4c6
	.quad 0x000000000000006d
	.quad 0x000001b77b309515
	.quad 0x704666f0121c2f7e
	.quad 0x0000000000000001
	.quad 0x0000000000000260
	.quad 0x0000000001543b6a
	.quad 0xfffffffffffffffb
	.quad 0x8000000000000000
	.quad 0x75e8cab4f9fd97f4
	.quad 0x0020000000000001
	.quad 0xfffffffffffffffd
	.quad 0x0020000000000001
	.quad 0x9c009c548c000f4b
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xffb7bee58a5e5672, 0xc0bfc42e1293f03e
	.quad 0xf9397f415ee101a0, 0x000b8e90478924cf
	.quad 0xc92d8772890ff930, 0xee5de9243e7b6f94
	.quad 0xb60ff46ef01f233f, 0xf6f03fff631d0000
	.quad 0xbfce000000000000, 0x412c000000000000
	.quad 0xff800000fa625da5, 0xff9e44a600000000
	.quad 0x3448dcd4754a30aa, 0x869774fb00000000
	.quad 0x40e80000f2b3c73d, 0x83f3e23922b25e1b
	.quad 0x970eefb88d7f978e, 0xf3fc028a3f841fa7
	.quad 0x3fa0000000000000, 0x7f242829ffbfca69
	.quad 0x817fffff40000001, 0x428ffffffffffffe
	.quad 0xf4d914a76f7e7bf7, 0x3f6b52d47fdffd8b
	.quad 0xe822d67bed79424b, 0x64854ea9b361a170
	.quad 0xc10c00006c17824d, 0x074ae11155030fca
	.quad 0xe46fd10eaa4e03ff, 0x5e545b229c4f79a8
	.quad 0xffbb9744c0d00000, 0x43c0b4e6ffc284ae
	.quad 0x7e2c6bf6017a565a, 0xc6f2000059800001
	.quad 0xcd052173e6dd8800, 0x804dfd6fdf598053
	.quad 0x7e84a44500000000, 0x98f719b0abe17763
	.quad 0x8000000000000000, 0x8353a9d8bfff9d25
	.quad 0x801ee119b6c539f3, 0x5df6f34c4c512f84
	.quad 0x7fe98637f27f39ce, 0x802f60d34f000001
	.quad 0xbf37fca88053860c, 0x7fc00000118d80e1
	.quad 0x9ad5c31fa9be008e, 0xffc0000041f1fca1
	.quad 0x834a7830d2e8506d, 0xffc0000040a80000
	.quad 0x80082905d450f824, 0x7e63f7d663d3a025
	.quad 0x8000000000000000, 0xffabe242ffe9e32d
	.quad 0x7e74f8f451f6be6e, 0x40effffffffffffe
	.quad 0x29a876abff79ff2f, 0xf3100937e67a8000
	.quad 0xef11dde47f3fbc9f, 0xc9248fc2bcbbb66e
	.quad 0xb9697b42a373da5d, 0x35b7a9df80000000
	.quad 0x4c69b4c457c544a7, 0xd35dd2271a331f00
seed40:
	.quad 0x0000000000000007
	.quad 0xfffffffffffffeda
	.quad 0x0000000000000066
	.quad 0x8000000000000000
	.quad 0x526fc3ac9777c330
	.quad 0xfffffffffffffc7c
	.quad 0x6136cafa56308da4
	.quad 0x0000000001000001
	.quad 0x2aaad5c6bf5021db
	.quad 0xfffff8c66edaf7d4
	.quad 0xfffffffffffffc57
	.quad 0x0000000000000000
	.quad 0x1d2158764925b6f4
	.quad 0x000000a61cec3388
	.quad 0x00000000000000ad
	.quad 0x000000a512895118
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xb952000036aa8000, 0x49a97576d0d6a347
	.quad 0xc11a0000ed88efcb, 0x80781e2cb0198a23
	.quad 0x7f802a0287955ada, 0x7ff8601f6655433c
	.quad 0x9d70d3857660559d, 0xbf80cb5b3ffd82dc
	.quad 0x827653fa9cefa06c, 0xc065d2915bfa85c5
	.quad 0x2c3fde426d730700, 0xc11800005a000000
	.quad 0xc3dc7dd668b9cad5, 0xc4b5b1e27f9fbe4c
	.quad 0x85a9872246cdc762, 0xa7bc615907dd5cda
	.quad 0x8e7b896e2c31c6fe, 0xa94588918724cc89
	.quad 0x17eea9069cfffdff, 0xbff4429b76755384
	.quad 0xf52339641ce0469a, 0xc2d6b72eff800000
	.quad 0x4022800000000000, 0xc0d00000804d82ac
	.quad 0x0b89fdbec61fdfff, 0xfffabeb71cef41f9
	.quad 0x9c0df39dba290510, 0x3f9f0cfd850afcfc
	.quad 0x7ffd95ee7f53da98, 0x58ec89d8a50504e6
	.quad 0x0e7f88f34f4ffe00, 0xfb0276777f800000
	.quad 0x43e3c22e3431171e, 0x410400007ce1bc45
	.quad 0x0054ee4b00000000, 0x295998821df332d7
	.quad 0x7ff1604741bf3641, 0x3bafbde5d22cacc3
	.quad 0x7b1384ab2832019e, 0x40500000ff819d34
	.quad 0x7f8000003f4315b1, 0xfff555dd5af3990e
	.quad 0x8ffcac696ce7b9fd, 0xc00fffffffffffff
	.quad 0x0bc1002f4d2a3056, 0xc23b993849780000
	.quad 0x7ff69fb192ffd7a4, 0x070285aef4296145
	.quad 0xc6fec33ab8ca1dbe, 0x7f890c097d78dfb0
	.quad 0xbe78d372a5ca902b, 0x03d57307c0b00000
	.quad 0xda916332fefb3f71, 0xb7cf507880000000
	.quad 0x4010000000000000, 0x3f89ac6c9f3bb97e
	.quad 0x08ba8eab001af983, 0x08d12734c31d3052
	.quad 0x753d59acddd67fbf, 0xfeffffff3feb8000
	.quad 0x7a7244d480000000, 0xe943cc4903ddce0d
	.quad 0xbb45a64ef383fff7, 0x3f925f3712f2a402
seed41:
	.quad 0xdb738818151e1e47
	.quad 0x0000000000000117
	.quad 0x0000000000000000
	.quad 0xff5c28f706231c43
	.quad 0xffffffffffffffff
	.quad 0x00000a798375be08
	.quad 0x00000000000003e0
	.quad 0x17a01f71fb87199e
	.quad 0xfffffffffc26c3fe
	.quad 0xffa970d2b97d4876
	.quad 0xd13426740cb31fed
	.quad 0x811a0a517097a73f
	.quad 0xb0e301c4ecf48744
	.quad 0x0e1d29012ef9987b
	.quad 0xf6cb8816e4a4b7c8
	.quad 0x1a65ad952ce17f7d
	.quad 0x04000000
	.quad 0xa0000000
	.quad 0x0000000000000000, 0x6cf4876affbdfe63
	.quad 0x40280000754a2579, 0x8059b0763bd940c5
	.quad 0xbda1f0973690c36a, 0x00410aa888c9574a
	.quad 0x518a20ae409cfc00, 0xc010000000000000
	.quad 0x7e408389f9e46fdd, 0x3f600000c0cc0000
	.quad 0xbff121d278020657, 0x7ff0000000000000
	.quad 0xfe63612b61e18083, 0x4f7ffffe07bc1d66
	.quad 0xf1439889c434f719, 0x7d8ac901dc4f2a0f
	.quad 0xbd05f7a6d070cb63, 0xed5738f4d37f0376
	.quad 0xc022800000000000, 0x3fe886fe93a17a4f
	.quad 0x24d02cf21fffffff, 0x405094e74d45276c
	.quad 0xf4b525381939c001, 0x80311e7b4100c84a
	.quad 0xda4a54d1fffb7d00, 0x778f97d33fa8d626
	.quad 0x7f885076776f70ca, 0xfde5f8dc77ffffd7
	.quad 0x00000000258b3ffc, 0x4079048b795491b4
	.quad 0x7f5420952dab9a56, 0x26fb3dadff87d9d0
	.quad 0x003397346b156dec, 0x0918d8a20f63b628
	.quad 0x3fce1ae09c26404d, 0xf9c5b10e80853eb0
	.quad 0x3febe1330071e42b, 0xad54ecc0825ebaf3
	.quad 0x40f0000000000000, 0x7ff948109fb7dc2b
	.quad 0xf8ed20157696e4e6, 0x3061f15926fc5202
	.quad 0x8005f8a131fd6dc9, 0x67578f3d70a1f400
	.quad 0xc010000000000000, 0xfff8000000000000
	.quad 0x00154c0a0efbba3c, 0x8380bd12ff9e7f7f
	.quad 0x40102ae53467c25d, 0xc14099cf07d2cbc3
	.quad 0x7ff0000000000000, 0x40e1eb4bdf7fffff
	.quad 0xe4c2566f43e64000, 0x611d13e46d34ca96
	.quad 0xc00d800000000000, 0xd9eb31055d4c7466
	.quad 0x1cee5c4d6dde8e3c, 0xbc0b62fe812ce487
	.quad 0xbedb3d78df1ef400, 0xff947a905a4571a7
	.quad 0xbf8130e9fb343cd6, 0x8000000000000000
	.quad 0x7ffec1fc19fb3bd5, 0x2ef3f5757012254b
seed42:
	.quad 0xd1ee10f4b3064d1f
	.quad 0x4acbf8c502551114
	.quad 0x7fffffffffffffff
	.quad 0xfffffdf46e5bbcfe
	.quad 0xd2275d576adfb94c
	.quad 0x1a78a6157d2bc180
	.quad 0x0000000031e2ab07
	.quad 0x00000000000003dc
	.quad 0x0000000025d016d0
	.quad 0x00000000000001c5
	.quad 0xe6e66772b07996a9
	.quad 0xffffffffff75a1cb
	.quad 0x0000000000003e8d
	.quad 0x00000000ffffffff
	.quad 0xffffff9a1449a45f
	.quad 0x0000000000005901
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x4cdd94d1ad34fee7, 0xc00fffffffffffff
	.quad 0x4036e88c7671d33d, 0x4afa23757bb4558b
	.quad 0x410a000040646194, 0xd2af84bc83357d46
	.quad 0x0000000000000000, 0xbfc9815e1629b8a3
	.quad 0x02fdd4c17efed2e2, 0x4840000040d00000
	.quad 0x7f800000b2d83a06, 0xbdb987e200d4e917
	.quad 0xf65e00a01a72fdb9, 0xfff476532f7496b8
	.quad 0xe3a874e3dc79fdc9, 0xc004f6f54d3f12b9
	.quad 0xfff4c4a758fe2f4f, 0x7c6e6d127a76d7d5
	.quad 0xc00ae949361769f7, 0x8000000000000000
	.quad 0x300792fb6463523b, 0x3e0af45effb2efdf
	.quad 0x002fffffffffffff, 0xc7ffffffbc783f0e
	.quad 0xf73e6a8ef2be5baa, 0xdb95c7edbaada8c2
	.quad 0x800bfee8142476f9, 0xd12cc5cdc0310000
	.quad 0x2e47c562e5f77aee, 0xffd583f68bbe3b01
	.quad 0xc041ef44f2e09550, 0xffefffffffffffff
	.quad 0x0015e0bfbca0ab5b, 0xf4ef23acc8dc8cd0
	.quad 0x3fad830b370c4d69, 0xc016e073bc6be4f1
	.quad 0xb4970598ffdf5173, 0xffae1dffbd0de44f
	.quad 0x0000000000000000, 0xffab35387f800000
	.quad 0x424a8f9581b4782d, 0xc0eb8148d47ffc00
	.quad 0x0eeb686cffbe7c00, 0xbcff2bca67a50400
	.quad 0x028452933f139a2a, 0x2225ab5f4006a8e6
	.quad 0x5976620c8bd554ff, 0x05e834aebe77fdbb
	.quad 0xe93adbf0ff800000, 0x7f800000c0a20000
	.quad 0xfff66d9e5c390e7a, 0xfb7f529300000000
	.quad 0xee78487dfffb7f96, 0xc07862894081a7e6
	.quad 0xbfdfa380e70ea66e, 0xdb9ffebfb05aedb4
	.quad 0x7f89683805afb0fc, 0x60e1e245820a526a
	.quad 0x4ea9febcc5edf878, 0xbff8dfa24f39dca7
	.quad 0x2b16405ae56cb585, 0x7ff16c03326b0261
	.quad 0x014aed1aff7fa7df, 0x9e1c4cbec7130000
seed43:
	.quad 0x5662c675b44d1dde
	.quad 0x00000000000000dd
	.quad 0xffffffffffffffff
	.quad 0x428ae064be712ec4
	.quad 0xffffffff80000000
	.quad 0xa44c8beda1f25985
	.quad 0xfffffe961ad19802
	.quad 0xffcf6d814e9121fc
	.quad 0xffffffffffffffbe
	.quad 0x8000000000000000
	.quad 0xffffffffffffffbe
	.quad 0x7dc4ff6c80aec4d9
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xd6863f20521da745
	.quad 0xfff69732d95a4faa
	.quad 0x02000000
	.quad 0xe0000000
	.quad 0xc7d80000fbf5a08c, 0x4f7fffffcf000001
	.quad 0x8000000000000000, 0xafcc5b9bd4d83d00
	.quad 0xd84dcfe09e7e48a9, 0xb9fe1b2f38180000
	.quad 0xb01f473ae14fe6d0, 0x7f813d9c9e130d7c
	.quad 0xc00fffffffffffff, 0x7013947ecaffffff
	.quad 0x0de406c90c12ac07, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xd0cbf210cfd61a13
	.quad 0x7e9a8a674cdbe7bd, 0x2bf8975afffeff7d
	.quad 0x6c6063fd6083c6e0, 0x0ced28cb06797a61
	.quad 0x79e1448940d00000, 0x8b0d7057fe7af967
	.quad 0x7d1da7e279ffffff, 0x3ef6a00000000000
	.quad 0xe396351effb7ff63, 0x00400000ffc00000
	.quad 0xdd8bbdca9664034f, 0x8271e0f064746c3a
	.quad 0xc1080000f8ed9898, 0xab1cf3837ffefd04
	.quad 0x000ba8fb4b53c6dc, 0xff80000040400000
	.quad 0x275b741dac89ecf3, 0x800fffffffffffff
	.quad 0x43ca7395bdbf864d, 0x8000000000000000
	.quad 0x7e62f9e8bea004ab, 0x434fffffffffffff
	.quad 0x6b5f28367fed8c00, 0x3f875515cb3565bc
	.quad 0x8006869cb62421df, 0x7ff7926886ead607
	.quad 0x7f80000088801599, 0xffc000009782f727
	.quad 0x80a32a72e1ee91d0, 0xc0e0000000000000
	.quad 0x83a6b7022d887c00, 0x7ecc3c8e4c2d2760
	.quad 0x7ff1d105ab312cbf, 0xbf83362ebe556451
	.quad 0x2ab992fa77bd032c, 0x3daa0ace016e7c00
	.quad 0x83946dd9552f6fb0, 0x3ff5557fb79f54d1
	.quad 0xc0b8000080000000, 0x4838946dd7f5fb80
	.quad 0x41e0330ffd99af53, 0xa1ecef5b32c6a5a5
	.quad 0xf4315505b9820000, 0x7ff2e0925679b57f
	.quad 0x007fffff41767eb5, 0xf24103243c64e7aa
	.quad 0x72a9d7a0ffb4e3d0, 0x7ff64c04868d0af0
	.quad 0xfff0000000000000, 0x3f76f89c4c5148a5
seed44:
	.quad 0xb5fd4a7faa64165a
	.quad 0x8000000000000000
	.quad 0x000000000000014d
	.quad 0x000000000000003a
	.quad 0xfffffffffffffedc
	.quad 0xffffffe28c6870bb
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x1de07b86c3601de6
	.quad 0x00048ecc1d66d07b
	.quad 0x9c7f8274f3b64d64
	.quad 0x0000000000000001
	.quad 0x00000000000002be
	.quad 0x00000000000001ac
	.quad 0x694fdc7618e8083f
	.quad 0x024aabbd207a136e
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x417bee7d4122344f, 0xb2206bab7afcb56d
	.quad 0x2d8026d9ff5effff, 0xffdb565a0852d8b7
	.quad 0x41626e98aceebfbf, 0x1129483bfff3fb53
	.quad 0x808c543b7f56cf50, 0x5f800001c11e0000
	.quad 0xffdfffffffffffff, 0x22fb72db80716408
	.quad 0xffc000003be00000, 0x81000000c0a20000
	.quad 0xc149be01ffc03f80, 0x4110000000000000
	.quad 0x37d08000d9800001, 0x0ee9f3db860c87ff
	.quad 0xe9e1948abf96bff8, 0xffc00000017fffff
	.quad 0x043a72032c39fff6, 0x4108000047000001
	.quad 0x0000000000000000, 0x18e3961ebd433ccc
	.quad 0x289559a34ffd7d81, 0xc3e27234d35ae402
	.quad 0xffdfffffffffffff, 0xda4463d3eded9dbf
	.quad 0x6db746d291e1d854, 0x604a9566c3f5d412
	.quad 0x672ded9bcaf30f71, 0x00074501c5f9b729
	.quad 0xf312a854bbdca3a8, 0x6d689983bd520000
	.quad 0x8d0fe7a3fa2a7f5b, 0x6f4449ef71f3c740
	.quad 0x89b7b47a245032c7, 0x4008000047fffffe
	.quad 0x98440ba5ff800000, 0xa232db8395fab8ad
	.quad 0xbddb5e2f9fffffff, 0x037fb3ab64efe0ec
	.quad 0x7f800000eb853f5f, 0x807fffff7f803c60
	.quad 0x6cf0d69629967e00, 0x007fffff41200000
	.quad 0xff866885000bd499, 0x2c6672e9ab145d80
	.quad 0x15cb23c54289534c, 0xf13c2ab4d7e7ddde
	.quad 0x56e3e6cbd8ed3f8c, 0xc03e881312e17e4e
	.quad 0xc3af44eebc7727f6, 0x8f6f8ae0cc32b9b5
	.quad 0x75e9677e7fe1ffd6, 0x330f9bf54db37de1
	.quad 0x04e864547fffffff, 0x7fd14704a29d4c66
	.quad 0x6e9851e2c2a945e5, 0x71d45952ff61e5a3
	.quad 0x49afd5ec00000000, 0x000dcfde13013c0f
	.quad 0xdffb184affd9b4c6, 0x80410128bfdd3485
	.quad 0x41aeb8e9ed001fbb, 0x801fffffffffffff
seed45:
	.quad 0xffffffffff93a9c2
	.quad 0x97399e1d729253d3
	.quad 0x987cce1d439a80a7
	.quad 0x03b4b6139720df4b
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x4aaa4c1d84a5d582
	.quad 0x0000000080000000
	.quad 0x00000027a1f03e66
	.quad 0x03b854484fc54ee0
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd9b
	.quad 0x0000000001074887
	.quad 0x8c8ac5e01d4344dd
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xf05b7e76d49203db, 0xce062e9970abfc00
	.quad 0xb7574678c1de71b3, 0xdf000001f93a14f3
	.quad 0xebc92987848e429e, 0x4020274a1f6c36e7
	.quad 0xc01f000000000000, 0x7713b3b805c7b810
	.quad 0x52fc9801db1b4f50, 0x9c5229bfa2fdab4f
	.quad 0x6cf953de7fbe83c9, 0x7f2cac7213f4f025
	.quad 0xd3ddb18c0b5a9c8a, 0x521460c0fa86fc00
	.quad 0xb161ead3f38ffff5, 0x0af6bc816f917e00
	.quad 0xc2f35bb0c1700000, 0x42eeca147f800000
	.quad 0x000f4418cf8abb9a, 0x0000000000000000
	.quad 0x3f593ac828d79613, 0x57ae63baf4ee2b25
	.quad 0xbbbfa961f393ef83, 0xbff8000000000000
	.quad 0xcf7fffffb8400000, 0x13f835097fb12bd3
	.quad 0x2404640cd0a0da42, 0x718e042e23a6e633
	.quad 0x7eee8a0bf04b6dae, 0x243c5e8effe346c0
	.quad 0x6a262effffccf5dc, 0x001fffffffffffff
	.quad 0x001d94dbdf7fffff, 0x58b4b09b2c238345
	.quad 0x673f0a53ffb75ef2, 0x00000000bd6ea6f0
	.quad 0xffb678d1cd1cf664, 0x1459971100000001
	.quad 0xa1a7ee06c7557c00, 0x7ece18db00000001
	.quad 0xfff6633befbc9d31, 0x00000000847cbd6a
	.quad 0x58e5c336ff7fff7b, 0x3ffa000000000000
	.quad 0x0dbd63726ac33c00, 0x7fcff668412def2f
	.quad 0x936709437b15ce3b, 0x7fe0000000000000
	.quad 0x0369768214f1018e, 0x00eeef21fece35d9
	.quad 0x4050417c410c0000, 0x9bc0731099559c62
	.quad 0xffee9ca840f594cf, 0xc8e0000000000000
	.quad 0x35fdc8aa7ffe7a8a, 0x8d868fad90c09d4c
	.quad 0x804153a97ff6df05, 0xbffae23e047603e0
	.quad 0x7f9edb279acd16c7, 0x7ffdf50b1f42e344
	.quad 0x7ff0000000000000, 0x3f9a7c60ff42ce89
	.quad 0x93e6221d3f000000, 0x3e8cffed5fbc39e8
seed46:
	.quad 0x8000000000000000
	.quad 0xffffb8338cc7e479
	.quad 0xfffffffffff31b48
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0xedc9083931da0a61
	.quad 0x44cbb5ec48a4d149
	.quad 0x00000000014643fe
	.quad 0xffffffffffffff23
	.quad 0xf203110f37c732d0
	.quad 0x0000000000000001
	.quad 0x0000000000000370
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x00000000000002b1
	.quad 0xffffffffffff2e45
	.quad 0x06800000
	.quad 0xc0000000
	.quad 0x7e89ce977ebc88fb, 0x7facd18e700c4bf7
	.quad 0xab7e9e0839787dc0, 0x4073f3870076d193
	.quad 0x7f800000807fffff, 0x7fee056dffe43eb8
	.quad 0x8000000040f4bafb, 0x553dd59f8e61bd00
	.quad 0xbdb532a3ffc00000, 0xc6e4b8102b80fc00
	.quad 0x800277d3a6ac5bbf, 0x8674e48acfffffff
	.quad 0xc8ef9842c79dd339, 0xf46f0dabdf7fffff
	.quad 0xff8000002531850b, 0xbf764a53154e7b01
	.quad 0x9672b62441b8ed45, 0xc3770cd5ddeefc00
	.quad 0x40e0000000000000, 0xfff24e9ae1a7c5cb
	.quad 0x056279d681103c01, 0xbbb6c13f7fb2e3f2
	.quad 0xfc4541cdbd8b38b4, 0x35bde068b2fa7908
	.quad 0xbfe3a264f7c117b6, 0xc004000000000000
	.quad 0xbd64ade140580000, 0xb01d3d71ffecdee5
	.quad 0xccc09f13c3ffffff, 0x79543c88ffbc8000
	.quad 0x3fee23e6a4e000fd, 0x253c6144d00d6780
	.quad 0x1590f7b5ffffffff, 0x7f1340d5c5580000
	.quad 0xc93d742fd6dc87ff, 0xfb78a8ae8c71da0f
	.quad 0x001cc33b59fffffe, 0x58890c6bffafc8a6
	.quad 0x7ff8000000000000, 0xc051ee4562ecc115
	.quad 0x41000000bd73ed3d, 0xfba866e047117e03
	.quad 0x1c50ef99ffe3f3f7, 0xc6db4ea5581975a8
	.quad 0xd9ffffffbc960293, 0xf01c88ca21fdc780
	.quad 0x037569610202ee81, 0xf6eaa63c7f804997
	.quad 0xffc00000007fffff, 0xffd50879ffa8014c
	.quad 0xfff8000000000000, 0x7ff8000000000000
	.quad 0xbff2000000000000, 0x8000000000000000
	.quad 0xb55dfc4fd75ed7c3, 0xbfd82379bdfea7e1
	.quad 0xffaf533dcf64f89a, 0x7fc000008511dfd2
	.quad 0xdcd493e5ffcef74f, 0x41e8000043c78336
	.quad 0x0fc2bd2befcb981a, 0x1d7b3bf0d04179be
	.quad 0x4780000100000000, 0x000588af66425f41
seed47:
	.quad 0xfffffffffffffde0
	.quad 0xffffebf6129f076f
	.quad 0x000006cb1cde9654
	.quad 0xfffffffffffffd77
	.quad 0xfde23d4232f86d20
	.quad 0xcac335b288f0d43e
	.quad 0xc6ba7048039f043c
	.quad 0x7fffffffffffffff
	.quad 0x000000000000013e
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0xfffffffffffff502
	.quad 0xfffffffffffffc34
	.quad 0xd851da211131199a
	.quad 0x00000000000000f7
	.quad 0x000000000001c3f2
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xfff0bbc958f55736, 0x80811bcf66787ae4
	.quad 0x20a733f59cd37c00, 0xdf800001be000000
	.quad 0x3fc1100000000000, 0x7ff0000000000000
	.quad 0x48abfe8a402333e9, 0x00000001c0b00000
	.quad 0xbfc52d5de795b3d4, 0x7f800000f3bb310b
	.quad 0xc1140000019f1c6b, 0xca241cc717fd2627
	.quad 0xfff8000000000000, 0x04cb367bbf778234
	.quad 0x39642b37c25d6b1f, 0xbeb3c6e2a34ad4a7
	.quad 0x7dfa9fae0f917e00, 0x805189d9bcced624
	.quad 0xfff0000000000000, 0x1eb045ae74c8467b
	.quad 0x002d6fff7a28d773, 0x800b020454ce14ff
	.quad 0x7ff0000000000000, 0x7ff67ab935ea91cd
	.quad 0x79b0bb13da5a7acc, 0x0000000000000000
	.quad 0x8008000000000000, 0xec327a13c0000000
	.quad 0x4038a7c41180a95a, 0x4880000080000000
	.quad 0xc032411a08cd3f78, 0x9d94a39f2becae69
	.quad 0x8f74f62bbb918fec, 0x8e9e13a37d4dd446
	.quad 0x30a646f272217019, 0xc0ac00007f800000
	.quad 0xbec4000000000000, 0x41fffffffffffffe
	.quad 0x9efbe4205377fbff, 0x852a42bc3cffb678
	.quad 0x48365568ffdce820, 0xfff0000000000000
	.quad 0x4000000000000001, 0x1d37fe7625a53ed4
	.quad 0x4512c2ab4e499040, 0xfff8000000000000
	.quad 0xc04a7894c37dfa4d, 0xfdc1d37a3a2459c7
	.quad 0x6b0d16dc7caffc00, 0x0257148e512b3dc9
	.quad 0x89aeff2b3e853dad, 0x8024205f0c3cba64
	.quad 0x800cc694d60d019c, 0x0000000000000000
	.quad 0x36c000007fa87912, 0xfff0000000000000
	.quad 0x3948770d802c3659, 0xff80000000000000
	.quad 0xd7e798e8cbcbfdfc, 0x46376ee6e947fd13
	.quad 0x5d22cbcdfc5148e0, 0x8b1e2e11ffcc5dd6
	.quad 0x0000000000000000, 0xbf286ea2ff800000
seed48:
	.quad 0x1a45c5872e9bfcd8
	.quad 0xa959c4dfa6abc444
	.quad 0x0000000000000006
	.quad 0xff41c8c364048cb3
	.quad 0x00000000001c124d
	.quad 0xfffffffffffff0f2
	.quad 0x1671312275e7a726
	.quad 0xd655bacf088790a8
	.quad 0x00497c3b4e60c313
	.quad 0x000000067d76249c
	.quad 0xfffffd03d36af138
	.quad 0x8000000000000000
	.quad 0xfffffffffffffcc4
	.quad 0xffffffffffffffff
	.quad 0x19669545c04a2887
	.quad 0x00000000ffffffff
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0x0ff6634165b3f1e8, 0x7ff0000000000000
	.quad 0x87ebce6ede7ffadd, 0x81fab803805bac14
	.quad 0xfff0000000000000, 0x0eea1cfec47ecfb0
	.quad 0x0000000000000000, 0xda03ea8abbfe7df9
	.quad 0x1c4d6b8cf1fdc560, 0xafc86535bbb5a345
	.quad 0xc09384defed13d7a, 0x12a4cbfeff000000
	.quad 0x9653c4cb7f1a0aa8, 0x01c60e2b00000001
	.quad 0x000cef69b9a7ecd0, 0xe3cd806a08c803ff
	.quad 0x2a168ae33dfdfcd5, 0x7fb52b88c7fffffe
	.quad 0xa75db651a0d23f34, 0x9b0b5e28b48213e4
	.quad 0xdde912ef8a3c7c2b, 0xbefaaa27f3d62fd1
	.quad 0x000b8545c2605223, 0x6bf583c709e87b28
	.quad 0x92155f697f3d3424, 0x5a00000040dc0000
	.quad 0x2cb2606f817d0000, 0x7fc00000802d05d6
	.quad 0x8abb44874ae97d3b, 0x43dee417fee9bd85
	.quad 0x44c11bdb3b33ebc1, 0x08583f2ee74d004e
	.quad 0xcf6e6bc7cdd07ddd, 0x5038699ab4ebbfff
	.quad 0xda7fffff8361b6f3, 0x40c69d297f800000
	.quad 0xa340a6be5afffffe, 0x967102b4c0b6b384
	.quad 0xc03d58cec1882cfd, 0xd80044dfa71cc921
	.quad 0x4aae4829f75f7be0, 0xc03b7b9171216e7d
	.quad 0xc3998f9f47fffffe, 0x802c7c6b10b2313b
	.quad 0x7f800000f397f41b, 0x6d7843757b2a4780
	.quad 0x7d000af57fdc0f4a, 0x181c53c8d273fa4c
	.quad 0xb5e169b4bfef13ff, 0xc2128bc6c10f9e81
	.quad 0x43de95e20f08d4f5, 0xfff0000000000000
	.quad 0xc008000000000000, 0x43ffffffffffffff
	.quad 0x3d0d1ca980000000, 0x8000000000082e95
	.quad 0xff7fffff7fd1a57d, 0x19544260c1dd731b
	.quad 0xdfffffffa244b018, 0xc0c2665e1969aa73
	.quad 0xc012909ee1eb12c2, 0x9f0fc78a9b400000
	.quad 0x401a000000000000, 0x3a75170c37cf8353
seed49:
	.quad 0x957fb38204cfe3cb
	.quad 0x0000000000000237
	.quad 0xfffffffffffffdeb
	.quad 0x0000000026a99947
	.quad 0x07fac043b3f111e8
	.quad 0x075efaf73d6fe2f5
	.quad 0x0000000000000000
	.quad 0x60436b94bfd01597
	.quad 0xffffffd113554441
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x00000000000f057e
	.quad 0xfffffffffffffc99
	.quad 0x0000000001000001
	.quad 0xfffffffffffff64e
	.quad 0xa1b342e67cdb2344
	.quad 0x07800000
	.quad 0xc0000000
	.quad 0x4f20f287ffa82e29, 0xb3fb63ee00000000
	.quad 0xc330000000000000, 0xc019800000000000
	.quad 0x80141f15911203e8, 0x7dcfb133e7bb6476
	.quad 0x7eb29bc3f75ffbff, 0x40f0000000000000
	.quad 0x80800000ff800000, 0x46dd8040bffdfb32
	.quad 0x47fffffe267d266c, 0x42f247687f800000
	.quad 0xff88fbcc2d05a84f, 0x400fffffffffffff
	.quad 0x5517c28010fb9529, 0xc6fccf73f5b6807e
	.quad 0x1787eb2ad87bfee8, 0x98558ed7eef3bd9c
	.quad 0xfff6c329061ab9e9, 0x00000000c9340000
	.quad 0xf698dc4b9413fe00, 0x9f211c200be468f7
	.quad 0x002fffffffffffff, 0x94c2a9b9397fffff
	.quad 0xffc7022243c0483e, 0x7fc00000c2c0fb71
	.quad 0xc13432df71a67d7d, 0x816b4ee5e71bbe81
	.quad 0x7f3db5d268181ab7, 0xecfb0f2f10aa5cc8
	.quad 0x0075129e3e59d0b3, 0xc02d800000000000
	.quad 0xb3580c05debbc000, 0xad3f035a46cf040c
	.quad 0x3c6880fac3189f7f, 0x7f80000040900000
	.quad 0x162701040a2bdc98, 0x8000000000da3d6d
	.quad 0x8230d29bdb99e8fa, 0x4001a51a045c7471
	.quad 0xb80c51fbfffbfc99, 0x4012b1da30f0a5fe
	.quad 0x287b0bacc37369fe, 0xb19bc11c6e4e19fb
	.quad 0x8000000000000000, 0x2e8948e3c7d8f907
	.quad 0x65ac36d17f26fc00, 0x8009a22ba4c842c3
	.quad 0x23902f99355bc182, 0x40f0000000000001
	.quad 0x28f2d32f07f4fe00, 0x434fba9d7fdb5ca7
	.quad 0xec6eb7256f725dbe, 0x80417bf6fba4bd74
	.quad 0x98387e146cdffbfa, 0xbf34800000000000
	.quad 0x0000000000000000, 0xbf8c000000000000
	.quad 0xa64598f7e93cfaac, 0xc97aff52e2f7d138
	.quad 0x49d9e1b9ffde0000, 0xc330000000000001
	.quad 0x7edea0794e175ac4, 0x7f9f64d6411c0000
seed50:
	.quad 0x543c5ba9ead3367b
	.quad 0x1a378998e6eb375f
	.quad 0x00f058b7440c8e5c
	.quad 0x0000000080000000
	.quad 0xfffffffffffc2167
	.quad 0xffffffffffffffa4
	.quad 0x0000000100000000
	.quad 0x000064281fedf109
	.quad 0x20a7121eb849ae08
	.quad 0x0000000000000000
	.quad 0x00000000000002a7
	.quad 0x788ef0928241ff20
	.quad 0x0000062678fefacb
	.quad 0xe0dd477a29aebede
	.quad 0x8829b80f33963fcd
	.quad 0x0062187a483ef86d
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x5703ab9a7f57fc00, 0x7fc00000f4bd628e
	.quad 0x175d70bb7efdffff, 0x6d16e9557fcffd8a
	.quad 0x69bd98aefeffff1d, 0x21031c7a53fd7c00
	.quad 0xcaf5175cffc6c100, 0x7fae65f176bb5c26
	.quad 0x0000000000000001, 0x0000000000000000
	.quad 0xbf800000ff914a5f, 0x7c579d303be3ae3a
	.quad 0x0391cd0fe63ef659, 0x200a59976030fc00
	.quad 0x7ff0000000000000, 0x9fe47eeddc167e00
	.quad 0x01402309ff800000, 0xc3280000bcfa2592
	.quad 0xfff7e59f05fba827, 0x119e8f3a3fe6b39b
	.quad 0xc1efffffffffffff, 0x2dda04bc17efcdf3
	.quad 0xd9a869546940d253, 0x24aab1ce7d9b7d22
	.quad 0x516f80a141f7fa76, 0x08e64f1d15afbedb
	.quad 0x41100000f300340b, 0x84bf587acfffffff
	.quad 0x7ff0000000000000, 0x000c59214538afb6
	.quad 0x001fffffffffffff, 0x40ac0000f285245d
	.quad 0xa0228045fd0b3bff, 0x3fd3536262a29adf
	.quad 0x4043e5d417a06af3, 0x000ba5d4e4eb0c57
	.quad 0x8000000000000000, 0xbfc48fb3012a67fd
	.quad 0x8012427dc36fd718, 0x7fe106d94f63ede8
	.quad 0x3f9eb2d2088c22a7, 0x48e63fdbf3a644a0
	.quad 0x131697149c0b0a00, 0xffa9de7c4265081c
	.quad 0xc5cc4a4ff4c737d3, 0xbc6c5898be97d6f1
	.quad 0x3245b3bfcf6ffef4, 0x7fab54714f6e0f55
	.quad 0x7fe95a6537789486, 0x7ea1f63be4efb2c9
	.quad 0x7ff0000000000000, 0x0a19e5be788f4800
	.quad 0xc0a00000f1e680fb, 0xaeffea192f9f1700
	.quad 0x00000001bd6af25c, 0xa00a9b98607ffffe
	.quad 0x849e5cf9fbf5ff95, 0x1085ac16d02ab990
	.quad 0x8000000000000000, 0x282118cc8911531a
	.quad 0xfff0000000000000, 0x7ffffcc0b54dd063
	.quad 0x7dcab4d043129b91, 0x8fbbe674aba6c376
seed51:
	.quad 0x8401634f8473f118
	.quad 0x000000000112d6ab
	.quad 0x0000000000000001
	.quad 0x3c5263e9f596caa2
	.quad 0xfffffffffffe198b
	.quad 0x72f6cb1345e2f023
	.quad 0xfffffffffffffd6b
	.quad 0xdd8089d1e958d367
	.quad 0x0020000000000001
	.quad 0xa965689b2ff11bb3
	.quad 0xffffe216b7af5526
	.quad 0xfffffffffffff838
	.quad 0x00000000ffffffff
	.quad 0x80d6631024253cd0
	.quad 0xd5c782d1465dc480
	.quad 0x1599eb72afda4986
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x591d5f1a6ed1c7e8, 0x7ff186d0007911b2
	.quad 0xea6cfa81dfc6fc01, 0xff5865304733fc8d
	.quad 0x9ae64a6904f8fe7d, 0xfbd97c280cb8a292
	.quad 0xffdfffffffffffff, 0x345f845289c34840
	.quad 0xfff8000000000000, 0x6dc5728580000000
	.quad 0xbda6e35cffc00000, 0xbff286a1592dd25a
	.quad 0xc0542d753e737086, 0x7f80000080000000
	.quad 0x7f879b30c0e80000, 0x8006b23e28233b24
	.quad 0xd4ab5862c21ebff7, 0xe0aa0be85e96b7f9
	.quad 0xdf800000007fffff, 0xc18d4aceff63a6f4
	.quad 0x09d6bdc32b4bfc00, 0x800fffffffffffff
	.quad 0x20c7be22c1b603ff, 0x7a2288d9009daed8
	.quad 0x4078a35ef11fbb50, 0x97c9158115968001
	.quad 0x40000000d33e50a3, 0xc10bf259a1a9a868
	.quad 0x000353918978cbf5, 0x3eb67e5e001a2c99
	.quad 0x9c1b62844a973efe, 0x2efce437f9ff7d7f
	.quad 0x80000769640740d1, 0x8000000000000000
	.quad 0x7d7d49b8f3fa77b4, 0x3e800000bb99e053
	.quad 0x800de25aff6f357f, 0x7dcef5d329f81b22
	.quad 0xfff8000000000000, 0x613b1a0b8705d3fe
	.quad 0xfe41967d2a085959, 0x802f9369b6c40000
	.quad 0x198828e6ff95ffae, 0xc08800007f800000
	.quad 0x2e5ae200b22c4c00, 0xfff8000000000000
	.quad 0xccff4539b3d97c18, 0xb9a800005112bdaa
	.quad 0x255652faa960ca35, 0xba110000bf900000
	.quad 0x0000000000000000, 0x27fca1e834fde6df
	.quad 0xc11c0000ff800000, 0xe5d56eaeff0e9668
	.quad 0x01d7ffb8416cbc14, 0xa726bcddfb00fe00
	.quad 0x44a333cdf85b398b, 0xf7e6e84648fd63fb
	.quad 0x016b61d34911ffb3, 0xb7280000c7800000
	.quad 0xbcabe3e57fa219bb, 0x4d232f3b661b9eeb
	.quad 0xc080000083b8d059, 0x38fae263e77f7ef7
seed52:
	.quad 0xfffffffff380102e
	.quad 0x0000001319d72400
	.quad 0x000000000000007e
	.quad 0x0000000001e72c6e
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffeeb
	.quad 0xffffffff80000000
	.quad 0x8705a1f84c5c3c52
	.quad 0xfa26d786a02993b7
	.quad 0x964abbf24951c032
	.quad 0xfcf30b0184e453f2
	.quad 0xc6aee32f5dfa06a7
	.quad 0xfffffffffff6cb2c
	.quad 0x0000000000000378
	.quad 0xc4cd822809d314ac
	.quad 0x4bc9b4b4e4725460
	.quad 0x03c00000
	.quad 0x60000000
	.quad 0xfa8b85a00fbbf4eb, 0xbfd7c7d62fbefba7
	.quad 0xc4c0000080000000, 0x657134e675c71501
	.quad 0x477fffffbec72649, 0x3d95e42226a94a5a
	.quad 0x3fc9c24b56edfdf5, 0xe2e717f9bc220b56
	.quad 0xef20d2cc000c10a5, 0x5117d47abfac5c01
	.quad 0x4013000000000000, 0xff800000bc400000
	.quad 0x3c79838243e81ce4, 0xfff2b3b57a863dc0
	.quad 0x2d8210f0ffd624e0, 0xc2335cdc67caff16
	.quad 0x0349bde9329fba57, 0x1296a59e00000000
	.quad 0xfff0000000000000, 0x41f0000000000000
	.quad 0xc12e00007fc00000, 0xa7524d1cb55732d9
	.quad 0x7e88524a4ad77c95, 0x3fb173cd22dbc7d3
	.quad 0x3f8e5d6fe8cb0611, 0x5f9b98ac7ff80c68
	.quad 0x49e1598aaf017c00, 0x468f2422cfffffff
	.quad 0x13b23da19fb9f9b7, 0x8044f4bc80000000
	.quad 0xcaa213b17fbf7e3e, 0x77be5c1cb7a4beb3
	.quad 0xbfc4ef4d8ac0758b, 0xbda738a4417b3089
	.quad 0x37b40000df000000, 0x800000003edd0a60
	.quad 0x7fa153eacf507f39, 0xfda33964e44ee9b0
	.quad 0xfff5ebfe7ab64035, 0x7ea9f69057a5b75c
	.quad 0x7f912b37c10e0000, 0xe545af07d9f807f0
	.quad 0xfa040ae9a8d45c80, 0xfff37005b16e70c7
	.quad 0x3fdeedc4400bb448, 0xc2845a35ffc00000
	.quad 0x89b43dddc00dd5c4, 0x29c43e4ac77fffff
	.quad 0x96330818945cffcf, 0xbd080000ffac84e0
	.quad 0xbec00000ec6457fb, 0x1425dbe59666d164
	.quad 0xd6b28196e005f849, 0x3cdaa49eff727ceb
	.quad 0xe09bb8853df1b1db, 0x3f9d88703452be9b
	.quad 0xc0d400003fc7748e, 0xc015000000000000
	.quad 0x697e627b804c2a72, 0xfcb59ca721663f49
	.quad 0x3fb3237c66178169, 0xd4502b67bbdf6a83
	.quad 0xc0eb71357f7fffff, 0xc06f9f44c6972023
seed53:
	.quad 0xffffffff10ebf8d6
	.quad 0x3f04d16d881d7a39
	.quad 0xffffffffffffcdaf
	.quad 0x00000000000af7a9
	.quad 0x077e395fb67ec086
	.quad 0x5ab6e8282ddc57e6
	.quad 0x0008a54ac3f9b13c
	.quad 0xfffffffffffffdd7
	.quad 0x00000000000001b4
	.quad 0x49322f33525bc803
	.quad 0x0000000100000000
	.quad 0xffe179bab17371c6
	.quad 0x8811bfcdea27133d
	.quad 0xdb8307556f027cb0
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff1e4
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x3f7f6c330e184484, 0x7ed1c6911617a94d
	.quad 0x43c44cad4fafc868, 0x62fe0221db98591e
	.quad 0x3fc4e0f684712256, 0x3f9e700000000000
	.quad 0xfcdf3d18ff904801, 0xacaba6702ce500f4
	.quad 0x3e19e24a070c692e, 0xe5bd922b00000000
	.quad 0xa9cb8cbd7e33ef1c, 0xfff0000000000000
	.quad 0x8101f16880faad0e, 0xc0c0000000000000
	.quad 0x77f25db75d439027, 0x99d70ab07f48350d
	.quad 0x7f80000008a04dce, 0x7f8000008017c1a7
	.quad 0x3fef800000000000, 0x0a60e18140200000
	.quad 0xbfd6339dfe861c01, 0x7ca7fafec76a0000
	.quad 0x7ea8c2e26beeea6a, 0xf8576c8b80000000
	.quad 0x7f80000000000000, 0xbdeef410d6bfcafd
	.quad 0xfff356ebff165f50, 0xc00a000000000000
	.quad 0xd51ac035f2e006de, 0xb0b5b830f7efc9af
	.quad 0x625055aadfffffff, 0x7f9a539b3f8abc45
	.quad 0xc01f800000000000, 0xca0886f3ee8eff05
	.quad 0x3fbebd4fe65d504c, 0x752ee3bbfff3bccd
	.quad 0x676f50d51026fa97, 0x00048bf3c7c36c84
	.quad 0x8008000000000000, 0x3cf5fa0e7fad76a2
	.quad 0xac27a4c05ab50001, 0x416a6870c11aa181
	.quad 0x407e3fc7abed7d78, 0x820cc32c0699ffd3
	.quad 0x0005bb0818950cb0, 0xc0592656a4605e88
	.quad 0x40827f2fb5d9fc00, 0x7fc00000955f9ce2
	.quad 0xf57ab75c80631206, 0x02866c22c993cd5c
	.quad 0x40f0000000000001, 0xc0400000804c9bcd
	.quad 0xca6631ba44600000, 0x3ff02c703b7b711c
	.quad 0xfdad1f73c9451b8c, 0x28cb9ef69f7f9b2f
	.quad 0x1e0f033fdae9fced, 0x7f8000007f800000
	.quad 0x78847cbb0df731b4, 0x40bb0000df7ffffe
	.quad 0xb461c271bbf73c7e, 0x41366d62cfaffddb
	.quad 0x11ff2705c23dc641, 0xc049534f732bdbae
seed54:
	.quad 0x000000000000229b
	.quad 0x001ee49c67793302
	.quad 0x0000000001000001
	.quad 0xbe239d44840b14c3
	.quad 0x6da7417115dc8ec4
	.quad 0xfff9b3d03857755e
	.quad 0x00000000007ccf2d
	.quad 0xd1b29ca5b0a52aed
	.quad 0x0000000080000000
	.quad 0xc8faca4548a1b602
	.quad 0xd978f75e8e6f768b
	.quad 0x015d380ffda22b69
	.quad 0xfffffffffffffd0c
	.quad 0x000000000000af3e
	.quad 0xe5234463746e4966
	.quad 0xebcc4099db72b4a8
	.quad 0x01800000
	.quad 0x70000000
	.quad 0xbb07eede9f32c43c, 0x3f93b695db0c3e36
	.quad 0xc37e78501a143cdb, 0x01c9ebafabc026ff
	.quad 0x3f971814882040ea, 0x8029f21fdd29cef0
	.quad 0x7f8000007f800000, 0xfff6bcfed779b5d1
	.quad 0x9befa3d2cbffd3ff, 0xed315557be7fdfff
	.quad 0xdf25ea63c230208a, 0x8000000000000000
	.quad 0xbfc4f15bd8b53ffe, 0x8022a34065133525
	.quad 0xbef860507b663e58, 0x47b63d6d8ba02547
	.quad 0xc3fffffffffffffe, 0xbf83ebad429a6dea
	.quad 0x14bd393ff92c447e, 0x3c26850400000000
	.quad 0xfff18b62e5a76029, 0x3dfa4792ff800000
	.quad 0x38b18142fbffd7c5, 0x471d4f9cbc543a00
	.quad 0xf9882a57bfff0beb, 0x3f7c87cf0f2b77cd
	.quad 0x7ff0000000000000, 0xc05687dc9522ac84
	.quad 0x3f142f1aff800000, 0x7ff8000000000000
	.quad 0x67040732be39571c, 0xfe5c7b1150ae542a
	.quad 0xb1373cad9ab743fe, 0xc113000000000000
	.quad 0x41ffffffffffffff, 0x425d38a47dffffed
	.quad 0x46cd12d999e05d27, 0xff800000995242a6
	.quad 0x7ff360ca362ff81f, 0xf6af35d9f92c53a2
	.quad 0x2dd6070a5eff7c00, 0x50a7ec29f3de0630
	.quad 0xea6954080ac27279, 0xb3da074a33bb4080
	.quad 0x8a03485fca28c930, 0x3cba9aa1477fffff
	.quad 0xf224303d1f57b078, 0xc3881da2b84360f4
	.quad 0x337d707ce9b7c18e, 0x7ffab817f23fcfab
	.quad 0x7fdfffffffffffff, 0xbc13800081e5e7c5
	.quad 0x3bf56191bec00000, 0xf99b8324dd968800
	.quad 0x7ff8000000000000, 0x2ea70dbab1ac7a2c
	.quad 0x7f8000007ef275ec, 0x9c96e9203a772d6d
	.quad 0xcffffffe005371e7, 0xff32d4a242835a75
	.quad 0xfff8000000000000, 0x7f8818d73d5273d2
	.quad 0xb82cb096dfffffff, 0xd93576e922f0c9f5
seed55:
	.quad 0x856e40753d9d2e14
	.quad 0xe4d1272039d65f11
	.quad 0xea7609ca2289563e
	.quad 0xfffffffffffffc86
	.quad 0x63b606e59fa55453
	.quad 0x000000000000036b
	.quad 0xe6d3b6984e88f174
	.quad 0x00000000000000ee
	.quad 0x0000000000000000
	.quad 0x0653c4e8542e790e
	.quad 0xce4b8c7b5ced1a82
	.quad 0x000309ebc88e29c8
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffa3
	.quad 0x00000000000002fc
	.quad 0x77ffd58e4b3a0ec1
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x73335d693037fc63, 0xfff44f4ffef9d66f
	.quad 0x7c8b2dfd2666fed3, 0x007d152b47500000
	.quad 0xba37a03ec33c0f24, 0xc09e000000000000
	.quad 0x0000000000000000, 0x08f4777c40c0e55a
	.quad 0x43643b716fbe1d2d, 0xe6aec6ca4f7fbf43
	.quad 0x7fc91c5ac026bcb9, 0x417548fc80000000
	.quad 0xc3efaeb02514bbed, 0xc330000000000000
	.quad 0xdf52260afeffffff, 0x5796ff93066b7bfe
	.quad 0xcfb4f20188dbd184, 0xffffeaafdabf23b4
	.quad 0x91ba6769fedf95ff, 0xbff714b7c6e5398a
	.quad 0x800000000258761e, 0xffb11ebcffc00000
	.quad 0x0c17989ae61026b3, 0x36ec398540e40000
	.quad 0x0ac2f29d7faf75f9, 0x4061b51b4d3eacb9
	.quad 0x6f70eb78774f6f3d, 0x7f8596e43ef082f9
	.quad 0x0e3023effff84861, 0xb4946c05c7af7dcf
	.quad 0x2ffae31d0c997fe7, 0x581be5d7f4fb3304
	.quad 0x7fb8b94440dc0000, 0x1bc798ac6dbfb1b8
	.quad 0xfd1fb21e2b475c67, 0x400c000000000000
	.quad 0x3adcc165e599d409, 0x7f5cc173bfaa0000
	.quad 0x3fe0000000000000, 0xc151e8587f831033
	.quad 0xd873a6f5cdfb29a1, 0xffc00000ff800000
	.quad 0x4340000000000001, 0xbf8a7db66e7b1f18
	.quad 0x072e712947fffffe, 0x2794246a34419b0b
	.quad 0x2c68288ddf800000, 0x40545e76333ab64e
	.quad 0xc2d840a55a000001, 0x007fffff80000000
	.quad 0x5a74e55c7ffef7ff, 0x0004564d755136d5
	.quad 0x5e67961c7ebfffdd, 0xcb2d68f8ecdfbff3
	.quad 0xf3c6a26457d924e0, 0x7c4495513fd97ef2
	.quad 0xc26676068089b800, 0xc019000000000000
	.quad 0x9866203a7fbeb9dc, 0x80208d20b0069a57
	.quad 0x7ff0000000000000, 0x99938feffbf10ea1
	.quad 0xee7fae159879c5a4, 0x807c65d313e79e3d
seed56:
	.quad 0x6778101b6df4cf38
	.quad 0xa89b6d4d622fff02
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe78
	.quad 0x67d9f2e6b5d9d106
	.quad 0xffffaa5808ee151f
	.quad 0xe05b740950dd9c0a
	.quad 0xffffffffffff9bdf
	.quad 0xffff7cdb6ad1df47
	.quad 0xcbb94b490b8e85ad
	.quad 0x0000000000000346
	.quad 0xfffffffffffffefc
	.quad 0x0000000000000106
	.quad 0xfffffffffb2149b0
	.quad 0x00000000ffffffff
	.quad 0x255f993c10a33e82
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0x34545b6a6e94fcb8, 0xe816bbde7c52b673
	.quad 0x44f8000018417c44, 0x0afc44d2fffcfa8f
	.quad 0xc48000007024f819, 0x8018a3a6ace174b0
	.quad 0x8000000000000000, 0x8076bf81c0880000
	.quad 0xc19db41ecf7fffff, 0xc098000000000000
	.quad 0x8143fa527a1c3cf9, 0x7ed3458df7038984
	.quad 0x7ff670a78a599788, 0x8008000000000000
	.quad 0xfd7f28bf72ccb641, 0xff991925be434dc2
	.quad 0x5062d7907fd9b221, 0xffc000008123531e
	.quad 0xb8df5bfe09747627, 0x4052d64dd9e88102
	.quad 0x7e800000ff800000, 0x3fda2c64d94502cf
	.quad 0x99aa2d0000569656, 0x5f000001eb73d0de
	.quad 0xea2fb9b47fbff9ee, 0x30307033b779faff
	.quad 0x83837b80122058d3, 0x000abd0f32e1038a
	.quad 0x80000000017fffff, 0x800a4d60efda24a7
	.quad 0x7fb5852d80fed367, 0xc5de3728d421bdb3
	.quad 0xff8657ed849dcf45, 0x42d8b7ad9b5b37b3
	.quad 0x810f815ca7012e36, 0x25c03fa1dbfffffe
	.quad 0xb800dcfdac50f885, 0xff43deddcb6c58d8
	.quad 0xdb54c3a6426e50e2, 0x7fc07e107fbc2434
	.quad 0x8206a8a30143acc4, 0x3ff0218aa0683c52
	.quad 0x7f8000003f599d7a, 0x3f72b8a9b49838e5
	.quad 0x98ab2dbbdffffffe, 0x43f0000000000000
	.quad 0xea9846fdd26c10ac, 0xfdc7a861aa7e156e
	.quad 0x7ade7eacfff3c3a5, 0x4fcbeaab64a0a5c7
	.quad 0x278c025fb2a644a6, 0x0f4453542b1561f9
	.quad 0xaedab9fcdffbe9d6, 0xff80000043de2bc3
	.quad 0xe111093f6f810201, 0xffb31e840e85ba5b
	.quad 0x543bf024daa5c540, 0xa29aaf5dd3bf0bff
	.quad 0x5c7a1a7352f7960b, 0xe3345af57a06b294
	.quad 0xc3c3e02f2cc6fe30, 0x760e122811c66e6c
	.quad 0x81eb354eae98e09a, 0x20eec64ef132b087
seed57:
	.quad 0x00000135ad40f1c5
	.quad 0x000002ee10bcd665
	.quad 0x0000000000000165
	.quad 0xfa54c03ce8503156
	.quad 0x0000000080000000
	.quad 0x00000007684722b1
	.quad 0x0000000000000000
	.quad 0xffffffffffffff88
	.quad 0x7fffffffffffffff
	.quad 0x3962e7109157dc51
	.quad 0x63c166549025ccbb
	.quad 0x8a1d6008d122b204
	.quad 0x762181139ba0278f
	.quad 0x00000000000017d5
	.quad 0x1ee40b28a2472294
	.quad 0x00000000073d0814
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x84441ddbd392a4ad, 0x5c82482cddf77bee
	.quad 0xc93800007f89ac9a, 0xdff8ce1d7d8ffde2
	.quad 0x0000000000000000, 0x477fffffbf916918
	.quad 0xc04f55bf4473b803, 0xff800000c328e1a1
	.quad 0x8000000000000000, 0x7fea39ca5e6431e6
	.quad 0x5bb67006e994fc00, 0x2573a1ccc5a27c00
	.quad 0xdb8aad326c75c6d2, 0xe97a5722fc15fe00
	.quad 0x824cb04a1dc77bcf, 0xffde4c9743e7baab
	.quad 0xc0b8000000000000, 0xd49ac857206c8a2f
	.quad 0xcfbd11fbc8f761dd, 0x7ff0000000000000
	.quad 0x7ff8000000000000, 0xeb0cf899455cf680
	.quad 0x806418e8ffc72712, 0x72c8fbb795b92f8d
	.quad 0xff4b7e41119edf52, 0x41fcd6882f39e101
	.quad 0x3e607732f79bfec4, 0xfff8000000000000
	.quad 0x62d64af800317000, 0x7f8a44faff859b44
	.quad 0xfffc6b841de51919, 0x7fc00000ffc00000
	.quad 0x7f800000c3180ed4, 0x3cdd60a25a324780
	.quad 0x5d715015567e4e09, 0x800000000013fe7e
	.quad 0xbeeb0b317f77fee6, 0x40523983c3055f18
	.quad 0xf7e3a08e801016ed, 0x593507c9defbf5fe
	.quad 0x3ee4b00000000000, 0xd193de1423189467
	.quad 0x3f8d73e4c2a335c0, 0xbf35bc5fa7634800
	.quad 0x4f6a9233d7b6c3fe, 0x2163675a1954ffeb
	.quad 0x3eb6800000000000, 0x00023c4b404ef717
	.quad 0x1314dfff3f4a87c6, 0x31bf7a36fb477b53
	.quad 0x644149a54c9839c0, 0x4226e572e9f1da39
	.quad 0x60cc5052fdd2dfef, 0xcdb076438865b558
	.quad 0xfff8000000000000, 0x497dd3cafde693bb
	.quad 0xff800000bc0e9827, 0x286c3971f25c952c
	.quad 0xfff8000000000000, 0x3d4854d0bbc69e54
	.quad 0x76074d692244c6c1, 0xffbbc94180000000
	.quad 0x0d89228340e00000, 0xe50db12a023ffc00
seed58:
	.quad 0x8c0d837bce074bec
	.quad 0xffdd3cb6af6413b6
	.quad 0x3dd3a41a59692a55
	.quad 0x48477bd8cbad8a34
	.quad 0xffffffffffff89d5
	.quad 0x1e221ed59bd7b5cc
	.quad 0xe464fe02e6269f96
	.quad 0xe9220af7fc759ac7
	.quad 0x0000000000000007
	.quad 0xffffffffffffffe2
	.quad 0x00000000000001d2
	.quad 0x9ab1e9c595c77a42
	.quad 0x0000000000090d76
	.quad 0x0aa5d3358557786a
	.quad 0x5f13b9725b961b63
	.quad 0xfffffffffffffeea
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x80042f5680000000, 0x80c10e9fd03bfd21
	.quad 0xb1b101ccac5d9ab2, 0x7dfc519acd1f8d34
	.quad 0x7ff0000000000000, 0xffe046401d47f082
	.quad 0x422a2ce100000001, 0xa1e13508dd86f9ff
	.quad 0xbb2567a0bf025446, 0xbc3e01c240fe0000
	.quad 0xbfe5900000000000, 0xeba013287fd097d7
	.quad 0x9331191eb45ef238, 0xc03000008102b5cf
	.quad 0x9ebeb86df045fae3, 0x3e658b06bf800000
	.quad 0x77c143404f088011, 0x7b83bbca41000000
	.quad 0x0c6b0b6a6f78616d, 0x80dc296cff800000
	.quad 0xdd44c801747dc5dc, 0xbffdcb7980ebff3a
	.quad 0x02f23c6fdb7a4dfe, 0x7e738b719f3d6c97
	.quad 0xeb5e7e7ffcdcc3ff, 0xad1ab6878bffffff
	.quad 0x779dea16b48b8a99, 0x8b3df921e872743a
	.quad 0xb816b144ee8161cc, 0x0818f5b3f3ff9567
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0xe9c04d8363a8e20c, 0x4038c15dff800000
	.quad 0x478d9ea9800fd5ee, 0x800f42839a782e70
	.quad 0xc023400000000000, 0xcf7b1ac6f9fb0000
	.quad 0x002fffffffffffff, 0x7ffd78f491783efb
	.quad 0xba7bf864953d5660, 0x799bcbfd213cd700
	.quad 0xc0e000007f84cde6, 0x165ec354ffffffff
	.quad 0x287ccd53bb5ffbbf, 0xd5ffc376b28a4420
	.quad 0x96f0a730815c8000, 0x63f72fda012a3e45
	.quad 0x6ba50af78ec5231d, 0x2d82415ef7370000
	.quad 0x94172bb902f0ca08, 0x02abbc4edc150913
	.quad 0xc07b008cf498b895, 0xc6806d6684b8c1f7
	.quad 0x800fffffffffffff, 0xff80000000000000
	.quad 0x6c2b1977d9ffffff, 0x9fe12295ffc00000
	.quad 0xfff0000000000000, 0x80000000bf7517c6
	.quad 0x7f3c9ae8066cab8c, 0xc01d499b6a0aa18b
	.quad 0x3fc8a644a2c772ec, 0x83b6cdfda4eac0cf
seed59:
	.quad 0x7fffffffffffffff
	.quad 0xffffffff64dc4227
	.quad 0x00000000000002c5
	.quad 0x6f141a3ac063cbca
	.quad 0x9d892f12530fe605
	.quad 0x0000000000000002
	.quad 0xffffffffffffff8b
	.quad 0x0000000000000000
	.quad 0xfd76558c0cd193aa
	.quad 0xfffffffffffffdad
	.quad 0x00005d8ffa7ab733
	.quad 0xffffffffffffffff
	.quad 0xc89b45e83f8c9f3e
	.quad 0x0000046ba371927b
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x7fe0ff395d5a385b, 0x43bdbbfb3a160000
	.quad 0xfff16f6352cfcfa3, 0xc001000000000000
	.quad 0x7f98811df132061d, 0x0fc3f88bffa6bca8
	.quad 0x98f2f4653fc00000, 0xfff74206b30dcbe6
	.quad 0xfff2982b382868e6, 0xbb995344bf800000
	.quad 0x3fa00000df7fffff, 0x3db28000c1200000
	.quad 0xbfbed31e52bab356, 0xc108000041020000
	.quad 0xc0000000ffa5d9ab, 0x7ff8000000000000
	.quad 0x4e1ed11aba8fafed, 0xe4ba4163ffd47d7c
	.quad 0xcb0c140cf7bb4da7, 0xbff8000000000000
	.quad 0x0100000071ef1019, 0x80208f272c36e801
	.quad 0x7fc87941a2366858, 0x7c219890a967fe00
	.quad 0xd9a6fece3517c820, 0x50d6212f7c42fbd1
	.quad 0x73972fe2bcf9dd7f, 0x42dfbe7f6d22fe5e
	.quad 0xc0100000f0561a6b, 0xbe48118280796954
	.quad 0x7fec188b04eb4d4a, 0x0007443b3289167f
	.quad 0xfec2b93bc26505c9, 0xfea208e1739647de
	.quad 0xbc6c96ff7f800000, 0xc088000040d082f0
	.quad 0xacb12fbac5f33c61, 0xfe5ffa0e6223fe3e
	.quad 0x000000017f168a78, 0x7b776850fffbbc00
	.quad 0x7d809435eba6f1a7, 0x00047e1f59dd27ba
	.quad 0x7ff9a204361daa61, 0xfec6565a4063d3b7
	.quad 0x7ff8000000000000, 0x8d862fb5803ae79f
	.quad 0xbf1b998ec24febe6, 0x7646f81f49f8b427
	.quad 0x40cf2237ffdb96c3, 0xfe9d5884a4339c40
	.quad 0x857f3c4bffbbbfde, 0x35c0000047100000
	.quad 0xc30cbd7c79bb0b18, 0xfffeadce76082abe
	.quad 0xb46db1ba8241bff0, 0xffd0000000000000
	.quad 0x0038f85e05a03e9d, 0x8bf892e1e40430e2
	.quad 0xbfb7e782ffd6b28d, 0xa6e201a9d0dd0bff
	.quad 0xea030f4740b7c8a7, 0x8000000000000000
	.quad 0xf1ad2b7780000001, 0x7ff0e18c3da8caa9
seed60:
	.quad 0x31c5bc96c14d1f96
	.quad 0x000000000000032c
	.quad 0x03493fcec6a34a0d
	.quad 0x0000000080000000
	.quad 0xffffffffffffff24
	.quad 0x0000000001000001
	.quad 0x000000007fde4c11
	.quad 0xc0d1d9c721ac123e
	.quad 0x0038fa73191ddd8b
	.quad 0xd824c57f88a2a0a3
	.quad 0xffffffffffffff3b
	.quad 0x0000000000000087
	.quad 0x00000000153a6e66
	.quad 0x95eee4bbe32fd70c
	.quad 0x0000000000000028
	.quad 0x4bde7b3dfba8832a
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x7ff6f7cb466d682d, 0x7ff8000000000000
	.quad 0xc0f4c00000000000, 0x404f946a4771f3d9
	.quad 0xd20a4fbc7fefffdf, 0x8000000000000000
	.quad 0xc3f0000000000001, 0x927e416040400000
	.quad 0xcefba04c720b1e8b, 0xfff0000000000000
	.quad 0x3cdfe22a807e2dcf, 0xbed7200000000000
	.quad 0x823936a724b280c9, 0x2cac77d678fd8a9c
	.quad 0x28dd1c494222f980, 0x000ad9e11aa0c0c7
	.quad 0x40a3c1ec7fec0657, 0x7bcabfc17f7fffff
	.quad 0x2af732b66beecfab, 0x5195bcd59b6f7fa7
	.quad 0xf8f2efb9bf6dc666, 0x7b52fd0a9ea97049
	.quad 0x7b7c7eb5aff7fbff, 0xe9b71ee5285d86d1
	.quad 0x2a6b5094e3ff5fce, 0x801d76507fc00000
	.quad 0x4bc7959dffebdbfd, 0x80000000c0e80000
	.quad 0xc5ad3c827a198000, 0xc589e02800bc83ff
	.quad 0xf12183f4ed134480, 0x5d786fd4e8581604
	.quad 0x3d41186359800000, 0x00000000b9000000
	.quad 0xfff8000000000000, 0x02eb102c7ef667df
	.quad 0x80ffffff80000000, 0xdea1fccbffeb8600
	.quad 0xcd69c8370494a043, 0x3ff8000000000000
	.quad 0xff800000c1040000, 0x412db6bac9ef7ce4
	.quad 0x4bb25cf09c113fff, 0x8020000000000000
	.quad 0x82ec7dadc00be0cc, 0x7ff0000000000000
	.quad 0x443600003eace2c7, 0xcc7c9cf9d2ffffe2
	.quad 0x5c2877e6807fffff, 0x3e16cb2901ed562c
	.quad 0xbf74ae88ff800000, 0x7f8000007f800000
	.quad 0x8a65e0fa19b22dcc, 0xc34fffffffffffff
	.quad 0xf0141e1a014a2cf1, 0xb77ab8a80de04f77
	.quad 0x65145636edcfebf6, 0x807fffff59800000
	.quad 0xbf92752712c7c854, 0x5b3257c0ebfffffe
	.quad 0x2e6c0eebd4f5fe00, 0xbec5f07080000000
	.quad 0xa98773c3defef465, 0xbeb16576dfdb264f
seed61:
	.quad 0xfffffff319c35e4f
	.quad 0x00000000c015641f
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xfc7ea37ac9287c1b
	.quad 0x000000007fffffff
	.quad 0x5213d6947e82fb04
	.quad 0x000000000000007d
	.quad 0x95d77ab5644018f4
	.quad 0xffffffffffdde906
	.quad 0x18bab12422856211
	.quad 0xfffffffffffffef6
	.quad 0x00000000000000b9
	.quad 0x09ed4d5399753769
	.quad 0xa4be7af5f451401d
	.quad 0x0000006292e45c9a
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x8002f10c82e12a75, 0x0a6d249e70507acc
	.quad 0xbfef176ff3205b10, 0x7fb799b341cf0e96
	.quad 0x006a52f1c1800000, 0x1536bc44bf10dd9b
	.quad 0x64538288566db43a, 0xffa6c7686c03b6c5
	.quad 0x3e6d190f5098c4fc, 0xff5b5657c3a1c4bd
	.quad 0xff85280a3d5c0000, 0x851c5576eb5c5da1
	.quad 0x69a585455c9d4f9e, 0x0000000000000001
	.quad 0xf0a7900941060000, 0x0000000000800000
	.quad 0xbd5f7e9180000000, 0x29ff0a8ffbbfa9f7
	.quad 0x001fffffffffffff, 0x4400000000000000
	.quad 0x402ada35bfbaffd5, 0x82f0129cc5929e02
	.quad 0xffe81763c69bcbf8, 0x16cdc0bed9ff57fb
	.quad 0xffafc99bffb8cbdf, 0x3facd53b42feddec
	.quad 0xbba0e962dfb4b82e, 0x7ffff6d6e7439489
	.quad 0x83805dfce79ea27a, 0x834323ae89aa2060
	.quad 0x7f000000c0709d21, 0x3e400000012095ca
	.quad 0xc8f416c41a3c34b9, 0x800d3af67732a853
	.quad 0x34c8faf02ff3f835, 0x0bc655f780a25391
	.quad 0xc28e000000000000, 0x40db9aebff800000
	.quad 0xc21a2c867e615cd4, 0xff800000817fffff
	.quad 0xffaca016f31fc6ab, 0xae41c81332cbc51e
	.quad 0x401e800000000000, 0xc2a9aa74000fdb4e
	.quad 0x834326b732a47d98, 0x83b892d4c4fac5f9
	.quad 0x9b5f8a11b356c280, 0x80286646ffb68df2
	.quad 0x817fffff443c92ea, 0xc0070f55cc6f79c3
	.quad 0x129e1999beabda67, 0x6a94464beaba2489
	.quad 0x3fbbf00273a24e05, 0x3fffffffffffffff
	.quad 0xb0e2ed65c32f0224, 0x3e614b94425530bf
	.quad 0xfed557cf1800d03a, 0xcae324647ffdffac
	.quad 0x6d6133953c36954a, 0x00000000ffc00000
	.quad 0x9d62d4a7f09634fb, 0x00cb94924ba5b9c3
	.quad 0xbf8a4ebf5d38563a, 0x97b3b24240d00000
seed62:
	.quad 0x000000015a710c12
	.quad 0xffffffffe1b0a869
	.quad 0xe11c40090bc0fce9
	.quad 0x000000000000013d
	.quad 0xf2572822be312021
	.quad 0xffffffffffffff84
	.quad 0x00000000ffffffff
	.quad 0xffffffffffde2aa6
	.quad 0xfde76cbb721bc484
	.quad 0x394f4602363988d4
	.quad 0x7fffffffffffffff
	.quad 0x9aaab5eb4c8d4ba8
	.quad 0xbfb617a6ff39a5cb
	.quad 0x72da71baa7cb4bfc
	.quad 0x9dcfe50be866e4ad
	.quad 0x881dadc57099e5c6
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xc00fffffffffffff, 0x10f0cc479c2446a0
	.quad 0x9b6f20f56e4db8a1, 0x59fffffe00000000
	.quad 0xc02a19f9bea36d8e, 0x7f7c572cfdeffffc
	.quad 0xffc00000bcee9752, 0x401b27317fc00000
	.quad 0x3f08000000000000, 0x00f50e801c99e408
	.quad 0xfdfec1ecd02fadf7, 0x24366c68ff89de86
	.quad 0xfdd0b2be00000000, 0xbbc91eac40d00000
	.quad 0xd4acbc877dfbeb8b, 0xc08244bb41f8320f
	.quad 0x90e7e96760070200, 0xfff8000000000000
	.quad 0xc02cbd45b4951c1f, 0xe0e6d81a8370cf11
	.quad 0x761e3c56ff99f8f0, 0x8c1cd899fffdfc60
	.quad 0x7ff8000000000000, 0x8e3538400be37931
	.quad 0x987d68cbff3ffdff, 0x3cd0b20642411cdc
	.quad 0xf0858e1570f97905, 0x8e4a75523591819a
	.quad 0x4045be9cbe3b5df4, 0x7f80000080800000
	.quad 0xdd045e14bbda239b, 0xfff2dd64f8b2b991
	.quad 0xeddba04c6c25ede8, 0xc084dabf9b21280a
	.quad 0x407e11df3b828660, 0x7ff8000000000000
	.quad 0xb36ec6c4ffc00000, 0xc25ef4bf8055dd61
	.quad 0x2eda99cb021ffbc9, 0x2715922b01f2fdfd
	.quad 0x5be77e677fbffeff, 0xfe2aaea156e1d015
	.quad 0x0f87ef11ddd5dbb7, 0xd6d51bf23cbefc5b
	.quad 0x4f8000015a7ffffe, 0xdf000001bcf5278c
	.quad 0x3fc6dc869b2e2514, 0x7ff2ece7aac7003c
	.quad 0x1db914dedfffffff, 0x4021000000000000
	.quad 0x0ce339daff99fa58, 0x4f800001772adfd7
	.quad 0x000d229a931d47c7, 0x30d88c71698bce75
	.quad 0xf5a966c140a80000, 0xc1efffffffffffff
	.quad 0x0000000000000001, 0x7ff0000000000000
	.quad 0x5f00000000000000, 0xf1ff9f53dffffefb
	.quad 0xfffed59d367361b2, 0x66e60acb9b822c57
	.quad 0xbd100000758162af, 0xcd3ef6beffffffdd
seed63:
	.quad 0x00000226e4fec5fc
	.quad 0x00002c165737984f
	.quad 0x3d91246417f9e55b
	.quad 0xf2f3367dd3dc17b8
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd67
	.quad 0x9c6bd88cf1fc36f5
	.quad 0xffffffeb99174b51
	.quad 0x1b85ac6b7c88d76e
	.quad 0x00000001cf9d4c68
	.quad 0x60bdda222f304541
	.quad 0x3736817e794e5ca0
	.quad 0x6225ac148e8baea8
	.quad 0x0000000000003f9e
	.quad 0x0000000000000147
	.quad 0x8ae50abbe1a9be48
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x7d5a658e4d2f8d70, 0x1d3245d6fdfffd2d
	.quad 0x5cffb9ef84fbb39c, 0x0016752be6de03da
	.quad 0x8112424a47ffffff, 0xe8d63e85bbc8833c
	.quad 0x5bf131792c42ba00, 0x3386e914de2a9e7e
	.quad 0x800fffffffffffff, 0x357702c02d285faf
	.quad 0xbd8599ee80959e56, 0x3445241167ca7ac5
	.quad 0xcb99b2ce94f88d32, 0x5f000000beb4bdfd
	.quad 0x5c720dcf93af7cba, 0xbfe2a058ff800000
	.quad 0x3ff0000000000000, 0x9449ceb4efdffeb9
	.quad 0xbfb249f34c15f1af, 0x3fcb547a3e3e1574
	.quad 0x7fdfffffffffffff, 0x40410f272fd4a029
	.quad 0xfc0404b8996dfc00, 0x0000000000400000
	.quad 0x7e1c5f88cdbdadc6, 0x80405c70f4e5021e
	.quad 0x7f800000ffbb6375, 0xe30426470c35fd96
	.quad 0xfcd7bed63f800001, 0xb0b950117bdbfbbf
	.quad 0x37620000bd2653b0, 0xffdddc3144344f47
	.quad 0xb596e8e9fa4583d0, 0x7fd0000000000000
	.quad 0xff7fffff7f9cd269, 0x7f800000c1d40000
	.quad 0x000000006dedbf70, 0x185446c5a9e68200
	.quad 0xfffab71fc9406cf2, 0x40f0000000000000
	.quad 0x0f3b17bce5986876, 0x002bb35ad68188d8
	.quad 0xc2fdd765ff5f7975, 0xffc00000ff800000
	.quad 0x4067812e7e6203d1, 0xbfee8bb7ca982052
	.quad 0x0000000000000000, 0x275473e1b0f522d4
	.quad 0xe10def93ddcf1fd7, 0x8a25f83aff7fffff
	.quad 0xbc007ad03da533f5, 0xc0300000be800000
	.quad 0x401aff40f718f71b, 0xc011000000000000
	.quad 0xc061550d2c56d452, 0x8dbf6d4867fd8cce
	.quad 0xdbce7a47c42a04c9, 0xc1296c2fcf800000
	.quad 0x0227656d67ec3047, 0xa056a828dffffffe
	.quad 0x364b51e17f2e28e5, 0x7ff1f2c1e8b81bb8
	.quad 0xc000000000000001, 0x7f8000007fc00000
