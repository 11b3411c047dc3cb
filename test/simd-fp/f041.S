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
	.inst 0x1e6d3830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e64d512
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
	.inst 0x1e3119b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61c9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eecf497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e631859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea7f4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c093c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03a55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5eebff1e
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
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f043d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fcf1172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7168b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3268d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e618916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e731ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea4c4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1b87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2edc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1d9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e682190
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
	.inst 0x1e34f010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee8e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e247992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e703993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f48e574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea6f4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f20fd16
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
	.inst 0x6e616938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21a8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21b01b
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
	.inst 0x5e6ee5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b959c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fce517f
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
	.inst 0x6e2cf5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e302991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e3992
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
	.inst 0x1e19e5c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2cbd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e2df576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2a0a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f52fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2501ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61797d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18da4e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2301bf
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
	.inst 0x1e1899e0
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
	.inst 0x6e28fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21a9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e294dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f4de695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f002956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e60d437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e693c98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e1951ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f28e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f55a09d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e24dc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2198ff
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
	.inst 0x1e220170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2101e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f108a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f62a593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2141f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e604a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f498c77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2400a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58b849
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f6afdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f15373b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee1ba3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee198fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2801ef
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
	.inst 0x1e250990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eb2d613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c1974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f3cfcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2301d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6000e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0f819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1a9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eebe47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e235b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea0f95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e38cc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2521a0
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
	.inst 0x9e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e6cfdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e711cd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc79093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e30de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1b9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6628d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21d85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6759bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fd9509e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e79dc1f
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
	.inst 0x9e620050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc69993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3100e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3c9015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eadc517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e631818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f50e499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7284f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e652040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7b081d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e438c9f
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
	.inst 0x1e20e409
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30e451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e604892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e219874
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
	.inst 0x1e2229b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f053617
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
	.inst 0x6e68c559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0f87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21d81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f606cfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fab133d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e37199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67091f
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
	.inst 0x4e62d5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e710081
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
	.inst 0x1f049cf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e391014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21aa16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee6d498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f490179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64024a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58d66b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65897c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0e93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1b87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23197f
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
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7800e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaeec75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcc1836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68f6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e731938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e786919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61d87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66ce3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e230b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28020f
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
	.inst 0x1e6101a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4f1051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2200d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63b5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6641f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fac9156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e67d497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e372080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6441b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f23ff3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2300dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6400cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59a56e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63013f
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
	.inst 0x1e664090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2769d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e039933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2141b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0ea95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e75e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b4937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2958d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1ba7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2401c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f240f7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c29e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2442ff
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
	.inst 0x7ea0c910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fa598f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e29fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c4894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb0fd35
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
	.inst 0x5e2cfcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e640998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f841319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f91911a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22003c
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
	.inst 0x1e63017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1fb9f
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
	.inst 0x2e21c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2c8232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f439856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b5838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21c539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e31018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42b9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e62fcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0cc5f
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
	.inst 0x9e586480
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fa35211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0378f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fb01a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e734c36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7039b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b28f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa158d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2640ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eead5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39591e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e5835ef
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
	.inst 0x1f298dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e27d411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f61c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6fe603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6b2175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b1976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c4ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fb21ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e61681c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5eb7fdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2835ff
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
	.inst 0x7ef0f830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2638f1
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
	.inst 0x1e2500c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd11154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6b5056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3149f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e250008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fce5139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e0265fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24437c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61c9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eacfdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c19f
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
	.inst 0x1e677cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2ff551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea5ecf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2bcc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e288815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0fa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc05a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f29e438
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
	.inst 0x1e6c78fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6af739
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e25028c
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
	.inst 0x1e62395e
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
	.inst 0x1e2d21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f829952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a2975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f69a097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c2f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f3afc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2300fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e03883b
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
	.inst 0x1e24016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e220b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1f91f
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
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6639b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b3913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea19954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fac9995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eabfd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e63dd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c2f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2a5cbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e781d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f06831e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21b97f
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
	.inst 0x1f000930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a4891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fce1852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e618893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e616a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e637a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e35fd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e710997
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
	.inst 0x6e30f919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e79008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f401b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e68f53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60795d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea199de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee5d55f
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
	.inst 0x5ee0c8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea6f4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e4955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f643177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d68b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e203939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2441ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea0fd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6200fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e724a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2820e0
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
	.inst 0x1e6c8870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c1892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e308a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61c854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd05275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e617ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e302070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d08d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1f41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68fc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e28e4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0f9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c2ff
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
	.inst 0x1e2a9cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e711852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2100c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e302a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0095d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e646a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21d8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e610088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2fa1995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1bb5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b685e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2300bf
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
	.inst 0x5e60e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21c9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e66e5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fd291f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eefd695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f63d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e380109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2641ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e284ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39391d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c28fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f8e99df
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
	.inst 0x0e2169f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a18f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6188f2
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
	.inst 0x1e2329f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e341855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e65cd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e640008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea4ed1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2e2d5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea8f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eeae5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f34aabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e20032f
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
	.inst 0x4e65dcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e187521
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f474612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6ac573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c1035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60acb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7101a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fa81198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c8859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0dbefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c3b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25301c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22481e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee6cd7f
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
	.inst 0x6faa91d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f4ffd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcc1a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21e4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0d5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b2ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6bfcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e353afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f78bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1b99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4f391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b097f
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
	.inst 0x1f6829d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0c951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e295932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6469d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a09d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e252250
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
	.inst 0x1e02b0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ddcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61689a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0798fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e21d9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0cade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61d8ff
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
	.inst 0x4e217810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e1880c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e5938c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f42b4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4d9595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f493cb6
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
	.inst 0x6e65de18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e211859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f57fc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e2fe43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f50fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e24e71d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef4e5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3100ef
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
	.inst 0x1e6eb494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e66d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0d972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e30e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30ca34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee0c8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e631938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62bd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e64002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f786e9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fda991f
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
	.inst 0x5ea1f850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6119d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea5d5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e227973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e7894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2189d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fa79096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76f618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1b959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2201fa
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
	.inst 0x1e710a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f66fdbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0ecde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fd158df
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
	.inst 0x1e2148f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f21e4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21d972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6139f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea9ed54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc01015
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
	.inst 0x4e60d5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6938b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f62045a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e31032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59fc0d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2413e
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
	.inst 0x1f2f3590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6238d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e42ec73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f8e14
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
	.inst 0x1e42c536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e648a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8a1978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4b1e39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6888fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61c8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa8905c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61793d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e660c5f
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
	.inst 0x6e67f4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6f0571
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
	.inst 0x5fd15153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e726a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6278d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d1018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f3de419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e58a86a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f6de71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea3e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e7acc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e1ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20c07f
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
	.inst 0x1e43ccb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f222871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e324874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f25e6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e616a18
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
	.inst 0x4e61c91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6db4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea2f4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c31d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c0a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29024f
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
	.inst 0x0fa590d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0a09d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e309012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fd05973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e693995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee240d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e039877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e72de19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b3a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66701c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6009fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea6f4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0f4cff
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
	.inst 0x1e390160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2e2811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58d0a4
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
	.inst 0x9e620196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c1957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e31bc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1a9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f7fe49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f20e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f94909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fd3101e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e34589f
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
	.inst 0x2e25f470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e64ed51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e42d9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b38b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e22e456
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
	.inst 0x4e2179d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6dfe99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f2afd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62495b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0fb5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3a7d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21b85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7059bf
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
	.inst 0x4e22ccb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4841b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4cae32
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
	.inst 0x9e6300f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0c09b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e66f559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e621ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f701199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e223b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f68e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f80199d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e232170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e20dcbf
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
	.inst 0x9e438910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e30d471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3901a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6419f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f21c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e33e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f32fc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e20c558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f62e419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea4f45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4f1c5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e0a9f
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
	.inst 0x2e25f5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d5891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2ddcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e236973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6199f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f10ae75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f639858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e732899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1a8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeaf59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c2bf
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
	.inst 0x9e3900a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e691991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f7ce4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d2833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c1d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc51115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6158f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e214159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70d83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e62dd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e652a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f9bf
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
	.inst 0x4fcb1990
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
	.inst 0x1e262210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2b91f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefd4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e27fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0fab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f09a999
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
	.inst 0x1e2b66b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0ca9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e216a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a2120
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
	.inst 0x1e23c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e619971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2841d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d7833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2768f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e206815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61c9b6
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
	.inst 0x1e742af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f452b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0ca9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fa8111c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79028d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25c37e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e63fc3f
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
	.inst 0x1e6c38f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0ea11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e38b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b1a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e619dd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21ba36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fcd9858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6baeb9
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
	.inst 0x1f08983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26495c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ef2d4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee199fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69f4f4
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
	.inst 0x1e6f8d70
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
	.inst 0x1e6221d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7001e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4a0c15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66413f
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
	.inst 0x1e2e1850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e690201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0ecf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee2f613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7421b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70fad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e661939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f790dba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6422a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1d57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03a59f
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
	.inst 0x4f62fd10
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
	.inst 0x7ea0d832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e64dd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f471135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e291816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6f8137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76cd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0eb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0ca9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f78db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a7f9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0e6d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66583f
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
	.inst 0x1e59f5a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e611011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea6d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4b0435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e258ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e28fdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6ade1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58ee0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d29dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e59da2e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2800ef
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
	.inst 0x4e25d430
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
	.inst 0x9e780062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee4f533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e692a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eadd495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f3189d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61b918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f644099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f82125a
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
	.inst 0x0e617a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19f6ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f5bfd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6020f8
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
	.inst 0x5ea0c9d0
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
	.inst 0x4eedd5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e676873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1f574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e29fd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c58b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f69de3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26dcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21b9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f27ac3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1987f
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
	.inst 0x6ee1b930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ef0d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6178d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0608d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21a8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f04c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d0c97
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
	.inst 0x1e7620e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71d69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1b8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea198fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0cb9f
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
	.inst 0x5ee0c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f39f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d78f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f48a9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e326814
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
	.inst 0x1e27c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61da77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1f978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcc50b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1f87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f01b09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b18df
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
	.inst 0x6f54e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fae11f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8c9a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e262170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3209d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6621b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f4ee598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e71d5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f45017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e69018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e223a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2801af
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
	.inst 0x1e6b0890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fb011f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21c495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f61fc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f103459
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
	.inst 0x7ee1a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e27c4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea0da3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6168de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0f55f
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
	.inst 0x1e240060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e69e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7900c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f25e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2022a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21ba58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2dbd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e226abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61687d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2b26be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021b8
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
	.inst 0x6e60c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e672010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e233d93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eecc455
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
	.inst 0x7ea3e4f7
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
	.inst 0x2f8a9939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202664
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
	.inst 0x1e78002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eaad47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2440be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ef4d61f
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
	.inst 0x2e616910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e262831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e221d12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea18913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e592404
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0faf9935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee241d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21aa1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e33ecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f20a4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1dade
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
	.inst 0x1e6741b0
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
	.inst 0x1e703a12
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
	.inst 0x1f6ac434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6101a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6bec36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1d8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61aa58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeefdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03d41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5efbfd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e67e61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6f295f
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
	.inst 0x1e6a2850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e643012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee5f413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc658d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f629d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1ec76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70ca77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e74e559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f50559a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30c99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e18e68c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21401d
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
	.inst 0x4e39d45f
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
	.inst 0x0e6168f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e617952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd211d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e63fc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e637957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b0a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0fb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f55e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f4be75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f27fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e31d5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c09f
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
	.quad 0x0000000000000000
	.quad 0x539967a8f0db75a6
	.quad 0xffffffffffffffff
	.quad 0x97b84cd801ffae79
	.quad 0xfffffffffffffc87
	.quad 0xfffffff9775b265d
	.quad 0x8376fed352eba703
	.quad 0x000003d465120e81
	.quad 0xfe3f14516d409545
	.quad 0x00000003457a811e
	.quad 0x0000000000000370
	.quad 0x000000007fffffff
	.quad 0xb6eaef048ff7894b
	.quad 0x8000000000000000
	.quad 0xffffffffffffff19
	.quad 0xfffffffffffffea2
	.quad 0x04400000
	.quad 0x30000000
	.quad 0x1231bb0edfa7f322, 0x49c55721ffee3ea0
	.quad 0x7ff142c37e2451c7, 0x4f0025804bb3a4ce
	.quad 0x80833822d2ae2921, 0x4022000000000000
	.quad 0x7f981f95ffc00000, 0xff00000000442c65
	.quad 0x63b36a6e8b22dd93, 0x0026399804b4345b
	.quad 0xffffd2db404bc0fb, 0x0000000000000000
	.quad 0xf397af7f698cfc00, 0x41effffffffffffe
	.quad 0xa4cfda83ffed69ae, 0x34e9daf386047e5f
	.quad 0xff37e65c2132761d, 0x4082000000000000
	.quad 0x4ffffffefcec3334, 0xd8f3ab7cf4382bf6
	.quad 0xc000000080800000, 0xc2140000bf4d75d6
	.quad 0x401320198276ef3d, 0x0db6e0247f800000
	.quad 0x3f19200000000000, 0x0000000080800000
	.quad 0xfff0000000000000, 0xffc00000ff3715bf
	.quad 0x359a86b6f0baf5ee, 0x89d095dc00000000
	.quad 0xff80000080800000, 0xd9b3367c77dc3b8b
	.quad 0x353d18a67d17fec8, 0x2a17d5b9ff800000
	.quad 0x4746434e4dd67f05, 0xc7c9790feeb396a7
	.quad 0x16fa4af739780800, 0xbf718f8c0dc0a9de
	.quad 0xfff9426c952d8e5a, 0xbf52000000000000
	.quad 0xcd4cb48526ea5895, 0x0116a70a3cd32999
	.quad 0xdc02a74cbbffd6e8, 0x8127de3bfbf3cf22
	.quad 0x0b52beff4f3f0000, 0x2353ff7fbbccdd00
	.quad 0x4063000000000000, 0xdf981a06431eac06
	.quad 0x7fc00000ff92d114, 0x923b73700084d3d8
	.quad 0x49000000ff800000, 0x014d5ec55f24c019
	.quad 0xec46583a41b6b480, 0x8baa9d677fc04400
	.quad 0x00b6384eb02f7340, 0xaa3895111b718d43
	.quad 0x7226e41200000000, 0x1c35ead3ffd1a537
	.quad 0xe48f1992fd7fffff, 0x0000000000000001
	.quad 0x50336cdf725ada93, 0x6700c35dfb776dbd
	.quad 0xc04a740de9a57f56, 0x3ed9400000000000
seed1:
	.quad 0xe8cbd1793ec3314a
	.quad 0x0000000000000079
	.quad 0xfffffffffffffdcd
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x00000000194b005c
	.quad 0x00000000b76ed245
	.quad 0x000000000003cb9e
	.quad 0x033bce5306acfff0
	.quad 0x0000000000069399
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x0000000000000217
	.quad 0x0000000080000000
	.quad 0x000000000003503a
	.quad 0xc6c5f1fff37c9bc4
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x01af4ac6f2c9f6d5, 0x40375d713c797a58
	.quad 0x79b885cfc88b4800, 0x817fffff7f800000
	.quad 0xc000000000000000, 0x039d6764bd5bac25
	.quad 0x03cb59b93ef2fd74, 0x4075a4725e3d1186
	.quad 0x64dfa2d72089fe00, 0x72c99d6e7d317f93
	.quad 0x6c570f0462c6f9ff, 0x4024000000000000
	.quad 0x7ca56e4ee5dc753d, 0x6697b804c0adc440
	.quad 0x0000000043653a2c, 0x7527bb1e50e3b369
	.quad 0x3fad3b3771a581cc, 0x4dcb60ee8804d80d
	.quad 0x0e2846cce934fbb8, 0xef21f9297577fb67
	.quad 0x0000000000000001, 0x4d84e81a7f91d8bf
	.quad 0xbfb3e936a3279a9a, 0x0000000081d99be0
	.quad 0x817fffffbf81db28, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x4083589295e0a98b
	.quad 0x2f332eaf48bdc90a, 0x7e7cd383b6ea58ec
	.quad 0x001cd43cdaae8d45, 0xb6ea82917ff6feeb
	.quad 0xbc63d8030b4bd5c2, 0xb7db597a41407a4b
	.quad 0x81cdbdd6ba521f8b, 0x3ffd83be41fb9d2d
	.quad 0xfff8000000000000, 0x710c5f70cc824fd0
	.quad 0x0000000000000000, 0x3bf400003f189d8b
	.quad 0xff8663d718e1aac6, 0xe8b5a1fc40880000
	.quad 0xfff19cf1605d20a3, 0xa0ed8bfebf9dfbd5
	.quad 0x9ed8cb4dfff2f57b, 0x8000000040400000
	.quad 0x84155747bcd6b9a0, 0x5aeff9b546445698
	.quad 0x0004ed9c98a083f2, 0x1e3e101abc9604e7
	.quad 0x4022000000000000, 0x0ca9aa10ff775ff7
	.quad 0xffc0000000000000, 0x708805a1fdddfc00
	.quad 0xff59331445ab6add, 0xffff156b5c9f20e8
	.quad 0x2b3115c7854701b2, 0x879e7c407dcaac27
	.quad 0x402f7e0715826a9a, 0x3f857afca328a6fe
	.quad 0xaaf6b2a63ef7ebf6, 0x0e5e6dfeffe9fc00
	.quad 0x817fffff433f85c6, 0x81ca1d2f984abb40
seed2:
	.quad 0x028ae3ad961956c3
	.quad 0xfe4bbbfe686e3ea1
	.quad 0x0000000080000000
	.quad 0x74181c8f585680ab
	.quad 0xfffffffffffffffd
	.quad 0x06e73af6558419c7
	.quad 0xfffffffffffffdae
	.quad 0xfffffffffffffe28
	.quad 0xfffffdddbd9b6f29
	.quad 0x6d254d19266ece6b
	.quad 0xdfbeb2055639e4d8
	.quad 0xd4ff3a831a251087
	.quad 0xfffffffffffffe5d
	.quad 0x6904449d62372c67
	.quad 0xecaa2da0eaff67ba
	.quad 0xfffffffffffffd32
	.quad 0x04800000
	.quad 0xf0000000
	.quad 0xc3b7fbd8c8208000, 0x8004416080000000
	.quad 0x9da9a2bc807fffff, 0xc33ffffffffffffe
	.quad 0xbe897e42269f8000, 0xbfb00000038a0889
	.quad 0xfff0000000000000, 0x800d3745eca72b44
	.quad 0x3cd2bec2005fcb3d, 0x5c383900dd567c00
	.quad 0x55619c0d9bef8e5f, 0xc00fffffffffffff
	.quad 0x36b38d789626e25f, 0xffc000007f800000
	.quad 0x8782ea2df7bff2fe, 0x4070100000000000
	.quad 0x92b825632c6ad8b8, 0xf4a89d88656f59db
	.quad 0xc340000000000001, 0x3f93000000000000
	.quad 0x7f80000080391713, 0x4c63cd7bfff6efff
	.quad 0xd6905dca27173866, 0x45cab43fff8fd75f
	.quad 0x3a5fd760ffff3fd7, 0x1b08ae6661f13f9a
	.quad 0xfe35b4bdc6ee105b, 0xff80000080000000
	.quad 0x7ff8000000000000, 0x11d738caff23ef8f
	.quad 0xdf7fffff80000000, 0x2bb30cf233f9d840
	.quad 0x4fdc74b1cb55f801, 0xff9c63587f8abf94
	.quad 0x47f2c5dfffefb2ab, 0x7669e91ec9b7befb
	.quad 0x7ff14c61d1b6720a, 0xfff8000000000000
	.quad 0x0000000000000000, 0x87e54eec58eed0e0
	.quad 0x5c63e757c7cdeedb, 0x0c2cdc694ff78e6b
	.quad 0xf0b3dc5d3ebf3f2c, 0x7ff3f5beecd8145b
	.quad 0x3fce97f71c68a2fd, 0x01523e4fff77fef3
	.quad 0x3b4160c8c7ff7daf, 0xbf74000000000000
	.quad 0x4063aa075872133e, 0x467aa2577ffe03ff
	.quad 0x0023738c25491823, 0x9e99497fc76a6c82
	.quad 0xa8ad7e1a5a87c34c, 0x3fbb766756ad6c6d
	.quad 0x41e0000000000000, 0xffc2b35a40a80000
	.quad 0xbff83e62ba680000, 0xd6b6f8eed5caec95
	.quad 0x4111000000000000, 0x800fffffffffffff
	.quad 0xd694f8e78e999f9b, 0xff8000008036b063
	.quad 0x001ba7cfff3cec1f, 0x9761f4ab007fffff
seed3:
	.quad 0xffffab6676e7b4f7
	.quad 0x00000000000001ee
	.quad 0xfffffffffffff196
	.quad 0x08f9b2e4fe9cac97
	.quad 0x0000000000000003
	.quad 0xfffffffffffffebf
	.quad 0x0000000000ef21b8
	.quad 0x01d9eb47fb645d23
	.quad 0xffff8838b9d10e6a
	.quad 0x000000000000014d
	.quad 0x0000000100000000
	.quad 0xb4b0cdeb239fe225
	.quad 0x1a6fdc53a8b5fe37
	.quad 0xffffff2cff579df4
	.quad 0x000000000000009e
	.quad 0x537bb1397669e365
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x7df65c12c7bcb4c4, 0x4f000001c7800001
	.quad 0x000741082153a451, 0x6b8cd91e75fdbbbf
	.quad 0x92031f34bf9cbd2f, 0x3cf4bdbd6a057ab2
	.quad 0x7a32342243833800, 0xe3678ea9ca9fffa6
	.quad 0x41efffffffffffff, 0xf186c3d8ffc8a116
	.quad 0x8000000000000000, 0xfffcb279e12e0afc
	.quad 0x3fc99a737a25eb39, 0x29339d5b7f97ab89
	.quad 0x77c857c37fc00000, 0x80e70eb17f9ef4b9
	.quad 0x471686f13fffffff, 0xe102ee26185e9b11
	.quad 0xa51b3f85fbe5af11, 0x7ff0000000000000
	.quad 0x59800001feffffff, 0x000000014a0e341a
	.quad 0xa98a8bfc9ed3ff56, 0x8000000000000000
	.quad 0x80000000bc9385e6, 0x40a800007abd4c59
	.quad 0x2afd04303bcc04e1, 0xc1f0000000000000
	.quad 0xce8bed0a330b60b1, 0xb31d9aea307e2ecb
	.quad 0x93bedfacbf65650e, 0x7f6de39ee765fc21
	.quad 0x0010000000000000, 0xffc000000ea5c521
	.quad 0x815f1c0fffa9c2f8, 0xd3e4f497bfa00000
	.quad 0xff8000001b30ef6c, 0xfff0000000000000
	.quad 0x60a63c7242e0fcb0, 0x7fb14642c208fb4f
	.quad 0x0d530b4b9f6bfc44, 0xc9b821f0ffda7cff
	.quad 0x5225d394df7fffff, 0x70ccc98e92e6bb4a
	.quad 0xd28379c75f489e04, 0x5a000000d9800000
	.quad 0xffc73ac27729736d, 0x46b90067cc1058f7
	.quad 0x3fab91e5e72f1a86, 0x430726e26e039553
	.quad 0xae09a9bafce7fe04, 0x357df6ea862f0992
	.quad 0x4002b7bc8904cd90, 0x9d6fa0c3c834fb69
	.quad 0xa342e574ff9c348a, 0xbd4ddafb0f24fe00
	.quad 0x9b594b7884f0531a, 0xfff8000000000000
	.quad 0x8cf41e1ddb237f7a, 0x3f9d7047be686f10
	.quad 0x80000000bc9f6191, 0x800000007eee6237
	.quad 0x9d3eea0c4fef3da7, 0xffce4d2b440aa932
seed4:
	.quad 0xffffffffffffffff
	.quad 0x8b1e93153f25882c
	.quad 0x0000015d17048027
	.quad 0x35531990944b5e63
	.quad 0x16a8d104c6955286
	.quad 0xfffffffffffffce3
	.quad 0x00000000055d4f0b
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xcbb6a2169768ba98
	.quad 0x91b19cca49e0b90e
	.quad 0x000000000079d539
	.quad 0xfffffffffffffd49
	.quad 0x000000000079ab72
	.quad 0x8000000000000000
	.quad 0x01000000
	.quad 0x70000000
	.quad 0xb7c000004fffffff, 0x00000000faa59aba
	.quad 0x3f2dda03ff9df99b, 0x446d7046a47cfc00
	.quad 0x3b5258c97bedda52, 0x446c60990510598a
	.quad 0x7951b14741bf9996, 0xef75dd7549500000
	.quad 0x6dfdf0754b668e7a, 0x7ffc9c783c922e24
	.quad 0xc90d0000f55e0b56, 0x8000000041644011
	.quad 0xc9c7cb2541200000, 0x007fffffee564e54
	.quad 0xff4018f3f458ac5e, 0x407fd69056d45156
	.quad 0x8e8ce172007738da, 0xbfc97e3020cdb41e
	.quad 0xfff14f0b7dcc9a01, 0x803a3bce70dc30ca
	.quad 0x81aeab9c7dbfffff, 0x203a90127eef66e7
	.quad 0x8641aec5591b376e, 0x477383c31bad5e8e
	.quad 0xffe35beb6ac03394, 0x8888ba755f247bba
	.quad 0x43711b4f37a7cdcb, 0xac8757e72b63fc91
	.quad 0xbf90000000000000, 0xbf8b3f656b8710fd
	.quad 0x6bf7a1980f3e9205, 0x6e72d0ed9fd031f4
	.quad 0x8040000057f94f43, 0x983688bf8594ca3b
	.quad 0x80000000ffc00000, 0x8000000000000000
	.quad 0xc884d548ffde6dff, 0x7e094a2799b9093b
	.quad 0x34016079bff6f5c0, 0x806e61ec3ddd48c0
	.quad 0x4bf3c8234249c540, 0x79675c300928fc57
	.quad 0x3d1e247cea7f7d58, 0x0008ad2d946b3645
	.quad 0x47000001ffc00000, 0x7ff1ae1fe1a8722e
	.quad 0xc60f4e14293b7bff, 0xc8dbb8abff8cfefe
	.quad 0x4c7911cd9cd4cc85, 0x405131f5ea39b79b
	.quad 0x9e4f05bc4fffffff, 0xc10c00003f800001
	.quad 0x002fffffffffffff, 0x9a6863feffadf7ae
	.quad 0xbc75a54ee163b37a, 0xffc0000040abc0fc
	.quad 0x5f7a345d9b7b0445, 0xfff07049a1d49d08
	.quad 0xc017a00000000000, 0x1d547f5c81865a90
	.quad 0x3f87c023d76048f1, 0x68e7fdc3d4d9fc00
	.quad 0xf8b93874af37a8ac, 0x7f1c0c673be89236
seed5:
	.quad 0x52c5763ae5279daf
	.quad 0x187791effb3a80ba
	.quad 0xffffffffffffff2d
	.quad 0xc63c259ba3ae7030
	.quad 0xfffffffffffffe36
	.quad 0x000000000f9b1418
	.quad 0x000000000000ef14
	.quad 0x0000000000000003
	.quad 0xfffffffffffffde3
	.quad 0x24fb6d532a284a0a
	.quad 0x0000000000000082
	.quad 0xffffffffffffff59
	.quad 0x0000000080000000
	.quad 0x369242ff5465734f
	.quad 0x003f8bb2db9479cf
	.quad 0x6205633ad262c097
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0x8025d02b35d00000, 0xff7fffffdf7fffff
	.quad 0xfee0a68637628702, 0x8000000000000000
	.quad 0x80800000fff8686d, 0x70592b81007decb7
	.quad 0xd91f7a71faf4bcfa, 0x530c489dbf4031bf
	.quad 0xed4309d3477fffff, 0xc11c0000404da3e6
	.quad 0xbbfb5d9300800000, 0xd8e1c52adab67f80
	.quad 0xbf7c000000000000, 0x4018000000000000
	.quad 0xb6c562d9bb690000, 0x002f30532e17b213
	.quad 0xf59477acffd7cef4, 0x02668657dbefe7f9
	.quad 0x7ecb78ead87d0da2, 0xffef863840600000
	.quad 0xff80000042a765a6, 0x8008000000000000
	.quad 0x47080000ffb57b4b, 0x7c359e19a69e6adc
	.quad 0x8b6c99f27f800000, 0xfff8000000000000
	.quad 0x54250282bcc70460, 0x7e52a7fed14625cd
	.quad 0xf420b3256c9505ab, 0x708bb5739a7fe6a2
	.quad 0x7fda8161c2d4b957, 0xae008a9145403f41
	.quad 0x4cea1fd9f2fc4c09, 0x8000000000000000
	.quad 0xede053b0fff55227, 0xffdfd679b1332c8a
	.quad 0xc022800000000000, 0x000f2ff5bb00a428
	.quad 0xea04e71767ffefb4, 0xc05c48f9ff8b43d4
	.quad 0xd2738b98d7edbdb5, 0x3e6f34f4782f856b
	.quad 0x42a8bac0ff800000, 0x241eb54e1759f400
	.quad 0x4789bd2e3d7acdcb, 0x0000000000000000
	.quad 0x401e800000000000, 0x7faa1afc406a3eaf
	.quad 0x78d36a4853e38000, 0x0138f5e89d5ef4ed
	.quad 0x4110775cf1d12c1d, 0xfe1334e880110c9c
	.quad 0x4e1b6dd8b0c56eb6, 0x89d5f8bc213fa54a
	.quad 0xffc0000080000000, 0x00464f537fbb9e41
	.quad 0xadf853efb00afead, 0xacef8c6effa7efef
	.quad 0xbf1ee8893ffc383d, 0xb3be960ec075b0ce
	.quad 0x000000003f3c9036, 0x868476e8ffffffff
	.quad 0xff8194aef2308a89, 0xfff0000000000000
seed6:
	.quad 0x5a2921d429cb5ae6
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x1e914385725265bf
	.quad 0x035b588d2ffe7433
	.quad 0x0004b2557033df6f
	.quad 0xa54662ad7281ee24
	.quad 0x000000000000007d
	.quad 0x0000000000000001
	.quad 0xffffffffffffffc8
	.quad 0x6de1ca6bd4b82f85
	.quad 0x000000000b82f5f6
	.quad 0xfffffffffffffff3
	.quad 0xfffffc3caba3b172
	.quad 0xffffffffffffff19
	.quad 0xd56645cd18ad4034
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xfd8a964e8b93259e, 0x3fae9ee1212f7e42
	.quad 0x61643bbf881ab62e, 0x7ff8000000000000
	.quad 0x4008000000000000, 0x8de3877e967af78a
	.quad 0x82102ab3c468c819, 0x80b2f13aa5650240
	.quad 0x1035177d41c485ba, 0x3fd4fe6fe4d452f4
	.quad 0x2e359d18f8efb9fd, 0xc0a309f7a8598521
	.quad 0xc29bf8e5f41af308, 0x90c4da79428f4fda
	.quad 0xc25495c4ffdae045, 0x7f800000817fffff
	.quad 0xc7d3131f7b971b8a, 0xc306aa2ac2b90077
	.quad 0x7d851b176d146a99, 0xfd827989de0a8409
	.quad 0x10f13bf537fcbc55, 0x228ac4b85a57fbff
	.quad 0xc0327dda8d776611, 0xb2d37ed988c88800
	.quad 0x526cd114fcfcb738, 0x400fffffffffffff
	.quad 0xc00a000000000000, 0x85e4865b1a856af2
	.quad 0x80000000eccda943, 0x0000000000000000
	.quad 0xb82b3f7a3fbddfed, 0x7fa58f95ffc00000
	.quad 0x7fb84ad9bf100000, 0x0000000000000000
	.quad 0xb30b11dbf064c122, 0x6edc1713c37fffff
	.quad 0xc340000000000001, 0x559ae86c9ffde7fd
	.quad 0x5c2a8b25fea3f800, 0x89acc922fbdffbff
	.quad 0x0000000000000000, 0xffd94e6f95ddae66
	.quad 0x8010000000000000, 0x8fd13763fffe9bff
	.quad 0xbbd3fc5981327677, 0x7ff8000000000000
	.quad 0x5f7fffffbe2d9695, 0xd9800000c20cea5c
	.quad 0xfff3b235054f19ff, 0xc3ffffffffffffff
	.quad 0x0578f45dbe7e59c0, 0x002d21af033f6590
	.quad 0xfff7f60a3a38b3e0, 0x7fa0b576df7477dd
	.quad 0x804000001661940f, 0x5e53419b457a7b79
	.quad 0x47980000ffc00000, 0x13099a5474d641a2
	.quad 0xc042ae06d814efcc, 0xc34015e8bd7608b3
	.quad 0xc015800000000000, 0xee4ed10f653c817a
	.quad 0xff1535c86b44bcfa, 0xc05467f20ab542cd
seed7:
	.quad 0x818dc49103a6cd27
	.quad 0x0001143825af52dd
	.quad 0xffffffff80000000
	.quad 0xfd5f22fea93c8392
	.quad 0xffffffff85be8b39
	.quad 0x000000000000034a
	.quad 0xffffe5b5c9e2fd0f
	.quad 0x002cc93455c3acae
	.quad 0xc9da21ca3cdad312
	.quad 0x97a07993231e3d0e
	.quad 0xfbb02fad581ac057
	.quad 0x0000000000000000
	.quad 0x000000000000033f
	.quad 0xa3bf91fead663201
	.quad 0x0000000000000001
	.quad 0xb181e2eeadcfe6cc
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xcd0ae2d9f602f4a9, 0x12047fbd4542fee0
	.quad 0x4058000000000000, 0x8000000000000000
	.quad 0x8000000040940000, 0x2cee3c426b2dd672
	.quad 0xe6f0e44ae0e7f7ff, 0xa3bd151b7f9aea16
	.quad 0x961b06736f2ac900, 0x403d054ac410ec98
	.quad 0x47f1f690ffc68232, 0x54c81c1cf7188cd8
	.quad 0x7fd0000000000000, 0x80746248004cc842
	.quad 0x948810a9fcf7ef7d, 0xffc000008079d735
	.quad 0x7ffb33cea9688de3, 0x50872e0f133eb125
	.quad 0xff800000fde7800a, 0x7e048c6a318ab0a1
	.quad 0x097c55188476fee5, 0x4003000000000000
	.quad 0x3060689f5d43df12, 0x3fee69bf910bab38
	.quad 0xd5979c797f9bfe4e, 0x7ffce962b5d3c26b
	.quad 0x360000003c6850a9, 0x5a0000013e620e3b
	.quad 0xc3fffffffffffffe, 0xc4262287eefe7e01
	.quad 0x0046ea81e0b7645e, 0x405a8acdc5fc8931
	.quad 0xb72930b924ef0a26, 0xbb8a93eeed4dcf93
	.quad 0x0c492ad5c7d27e93, 0xc001b28837b0ac4d
	.quad 0x000000007af5e834, 0xff800000190bea12
	.quad 0x80000000bccf4eca, 0x4016000000000000
	.quad 0xe95ca2bcbf7bfe06, 0x7f800000bffffffe
	.quad 0xbed3ba05ec6885b5, 0xfa59f2a40360c08e
	.quad 0xff800000ff9129a7, 0x3ee19478ad55e773
	.quad 0xc5fefb36d627c9a5, 0x7ff0b36575043fad
	.quad 0x7effffff7fc00000, 0xff80000044f00000
	.quad 0xbfd35c785a2ba865, 0xc045b00000000000
	.quad 0x7f139c686b9bf9c4, 0x4048000000000000
	.quad 0xff00000040beb14b, 0xe3a5357521917ed0
	.quad 0x918a3c797fcafc00, 0x006ffde47fc98357
	.quad 0x000fffffffffffff, 0x8e60151c0fbd1c04
	.quad 0x018cd5c0749fb939, 0xdb37eeed3ffafef5
	.quad 0xb28a2c927fd9f29b, 0x3641f84f7f8af423
seed8:
	.quad 0x8215c2e501b48dd3
	.quad 0x0000000000000076
	.quad 0xfffffffffffffc27
	.quad 0x0000000000000259
	.quad 0x0cd78ea842b546bd
	.quad 0x000000013a8ec6aa
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0xffffff7328438d28
	.quad 0xa06c3d82c79d6ed9
	.quad 0xfffff2063c72cc8e
	.quad 0xff4d7f1cc03051a1
	.quad 0x0000000000000162
	.quad 0x00000000000000f3
	.quad 0x0000000000000002
	.quad 0xfd1b27f527f72612
	.quad 0x05000000
	.quad 0xb0000000
	.quad 0x7f53a89f3d1b25e9, 0x2d63ff473080c740
	.quad 0xc3e0000000000001, 0x5c0cb01abe669c30
	.quad 0xfb7badca64823298, 0xefed4e56431c6f71
	.quad 0x433cc51446e723aa, 0x24fa232abe3bae23
	.quad 0x7ff0000000000000, 0x888a3e5f6597bc01
	.quad 0x15350337c0e80000, 0x749bc9d5cfdefe94
	.quad 0x8c49ec20bdf00000, 0x7f142677d9fffffe
	.quad 0x82ec1de7e4b6c9ca, 0x41fd1cfa7604cf65
	.quad 0x7d1903d7fff4ba0b, 0x020058dbbc923ecc
	.quad 0xfebbd143cff37f7f, 0x940678e4b13e344e
	.quad 0xc2c4419f579935bc, 0xc088000000000000
	.quad 0x398b996dcb99c776, 0x7dd280901b80edf4
	.quad 0x2c5e097ef84fa77f, 0x3e3731cbb07bc6df
	.quad 0x6dfe1bd7c35afd4e, 0xbe192d4e00000000
	.quad 0xfe4c2dc041635ac3, 0xffdb0f27164dd4f3
	.quad 0x7fd2f9c60036377b, 0x6aa192e187eb68ba
	.quad 0xfe88822117a53304, 0x7ff9367c8bbb4926
	.quad 0xc013000000000000, 0x8b9cee661a09f9d4
	.quad 0x40800000ff88cb05, 0x62ce66b180ffffff
	.quad 0x7fc00000ff96b693, 0xbea9ab6f80800000
	.quad 0x4a9c75ec4e7fffff, 0x127d3f00fd677ffe
	.quad 0x8000000000000000, 0xacea7481ff6ef2be
	.quad 0x3f800001ca8866d1, 0xfe8586710b30fe00
	.quad 0x7d5bfbc8c0e2df44, 0xab800545025df9ad
	.quad 0xe3d38120fbf38466, 0x95b0abd83d93ce07
	.quad 0xff8fb9eb3fb00000, 0x7fbda04c08cc7147
	.quad 0x6c73c3d6829d7e45, 0xeca7525294c8dd2f
	.quad 0xc31e181400d0f6f5, 0x43e0000000000001
	.quad 0x5a0000007fd325e3, 0x14c99a46da86a172
	.quad 0x2fd5fb3cc239d911, 0xef5ff460bba11261
	.quad 0x2fea399a00800000, 0x0024bc49e01c68ed
	.quad 0x6d5227ac7fc00000, 0x800000003f1382c7
seed9:
	.quad 0xfffffffffffffdd5
	.quad 0x0000000001000001
	.quad 0x46b1d32a81ecf4bf
	.quad 0xfffffffffffffffa
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x000000009b04f02b
	.quad 0x2038471ba2edc04c
	.quad 0xffffffffffffd1fe
	.quad 0xffffffffffffff1e
	.quad 0x5b6ad7acfe3df1d6
	.quad 0x1208f354bf481c4a
	.quad 0xffff49ee8d101d5c
	.quad 0x0000000000000003
	.quad 0x0000000100000000
	.quad 0x000000000000007b
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x785590f975fafb0f, 0x0000000000000000
	.quad 0x400453f116577e8e, 0xc017704d2baa3aa2
	.quad 0xbddab599b4607f3f, 0xb87c00007fb1b280
	.quad 0xbfc0e2c958d1789f, 0x73b529af741afca7
	.quad 0x8000000000000000, 0x2ca3b8d7ff17ff7b
	.quad 0x180290b77f8fc410, 0x3d20000017a5cc78
	.quad 0x0b037fce3456c67d, 0x1e4aca16854e4901
	.quad 0xb8c5b97ff415286e, 0x0e60c2c7f99fffeb
	.quad 0x1950fe04cc578000, 0xfe899bd82846d9f4
	.quad 0x4340000000000001, 0xce0662d8abd69e4e
	.quad 0xc024000000000000, 0x7fdb9cb07facdd36
	.quad 0xf666eb726b83d9bb, 0xd9364983d7d9d7ff
	.quad 0x84d854d9433a8480, 0x932831b9cf627b50
	.quad 0xeb6aeaa1ea1135da, 0xbba73ad6be884f6f
	.quad 0x42ef795ebf209df0, 0x422591927f800000
	.quad 0x003ddfd435f326de, 0x90163b4eff800000
	.quad 0x80000001d4a57032, 0x818ef2f0906094af
	.quad 0x3c41051a14b21615, 0x1f04633cee87c98a
	.quad 0xffff6e5226d2e9db, 0x065ada9e997afe34
	.quad 0xff7fffff00266561, 0x41c9d063bbf75332
	.quad 0x771c0fdb7deb071c, 0xff7fffff3fa00000
	.quad 0x80acd2723027bd4a, 0xcadbc9170e798000
	.quad 0x00048a4c2a0fe05b, 0x8d5a55a8d3dfdff5
	.quad 0x81627988407ffffe, 0x6cdd710540c5d5a6
	.quad 0xdc86072956c47d9d, 0x00000000ff800000
	.quad 0xfbfcdc8833612f70, 0x77b28b3498bd5a74
	.quad 0x00f3acfa5c24fc3d, 0xf56152faa91837a7
	.quad 0xc6534bf3bf3faddf, 0xc014000000000000
	.quad 0x81489731ffb6f0bd, 0xfff0000000000000
	.quad 0x801a9d30211cb924, 0x00a4f1966f2998ca
	.quad 0x4000000000000000, 0xcf7ffffec6140000
	.quad 0x4040aa68c7000001, 0x3d302a6492517400
seed10:
	.quad 0xfffffffe575cd11d
	.quad 0xffffffffffffebe6
	.quad 0xfffffffffe007346
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000cf
	.quad 0xffffa23f33fef0b1
	.quad 0xffd748331e836f4a
	.quad 0xcbeb256007f4cab9
	.quad 0xd2532da3e4e9fbf9
	.quad 0xffffffffffffff77
	.quad 0x000000025f33e07e
	.quad 0xbee645d897254f22
	.quad 0xf34449ce05d93bc0
	.quad 0xd57e28aad2a5f76e
	.quad 0x7c0b0e199a99fcc1
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x58edbc9a8f7148a0, 0x4c9cb4cbb3fa2919
	.quad 0x7ff8000000000000, 0xc2eb5d110074cd42
	.quad 0x1dee2c90a5317c00, 0xdf0000009d1e71bc
	.quad 0x400fffffffffffff, 0xff800000706d66b3
	.quad 0xc017000000000000, 0xfe58213dffbd6ebf
	.quad 0xbfb001b2bf963e79, 0x3e6f52b6bec90382
	.quad 0xfd35843131eafc00, 0xedb2fc99bbbbf8e6
	.quad 0x40606cd400000000, 0xbf8000018ecac962
	.quad 0xc05495384510b94d, 0x56eef3c2b0337d81
	.quad 0x5cbc8304f7ecbfaf, 0xbb264d9a7a46fc00
	.quad 0x7fd75c768129e8e7, 0x9deba6556a2fddea
	.quad 0x05255a8ccffffffe, 0x428000007f95cc52
	.quad 0x7ffd8e1f892ea052, 0xffdfffffffffffff
	.quad 0xb4e64b89071d3155, 0x3f86030acf6072ee
	.quad 0xbff1eb59267187b5, 0xbf80000000000000
	.quad 0xbe30f41d3b9160b3, 0xbe45bf00fb2e13a1
	.quad 0xc18372719049e2a0, 0x81742f648e54d218
	.quad 0xea6661e2565ffffd, 0xfff0000000000000
	.quad 0x3f745d54d63730a9, 0xd7281e2a5549b4f2
	.quad 0x000fa7cb7f800000, 0x5c8d751da42e8200
	.quad 0x75346d5a7fdec000, 0x0e115cc98cc043a4
	.quad 0x5f0626dfffc00000, 0xa2f210465b133c18
	.quad 0xc33ffffffffffffe, 0xfc1535f5ffd33b7d
	.quad 0x80000000bc847958, 0xaddcdf7251017487
	.quad 0x73bd9e9cef1e4f18, 0x7ff0000000000000
	.quad 0x852634b4ffa1fc00, 0x421f86f4beefba24
	.quad 0x7f7fffffc11c0000, 0x729802b5125180c4
	.quad 0xea57a2c100000000, 0x7ff21c27ba6b5ad4
	.quad 0xd6cb86454bb64c3f, 0x400e000000000000
	.quad 0x7d9fa9b404d10b54, 0xd5183e2645887949
	.quad 0xe721b602a1e8bded, 0xb9175118979fa471
	.quad 0x3fda900000000000, 0x40ec400000000000
seed11:
	.quad 0x0000000000000f43
	.quad 0x9cc87039ca742c9a
	.quad 0xf8b0392fc86b9366
	.quad 0xffffffffffffffdf
	.quad 0xfffea37c84e0bda8
	.quad 0x0000000000000000
	.quad 0x000001916baf6774
	.quad 0x000000000039174f
	.quad 0xf96049e624650467
	.quad 0xfffffffffffffea0
	.quad 0xfffffffffffffed5
	.quad 0xffffffffd8b018b7
	.quad 0xfffffffffffffc86
	.quad 0x46baef0200931c98
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xc21eb8c3c0f80000, 0xc96b281700000001
	.quad 0x7ff0000000000000, 0x800929f2aeb5b521
	.quad 0xbffffffffffffffe, 0x400821bf49c8c945
	.quad 0xd32865d8fffbca53, 0x54ae1d3ffbfdd7ef
	.quad 0x1132154459dfba58, 0x6c0086293eb736a5
	.quad 0xffbb284c44b00000, 0x4056b93395253a0c
	.quad 0x8008000000000000, 0xbcb071b880000000
	.quad 0x8ba2ee5a8bd34440, 0xff800000802b537e
	.quad 0x7fdab255becc4bcd, 0x7274ff8acffafbec
	.quad 0x78d34f1bb015af7f, 0x46eb000080000000
	.quad 0x09f6e6d77d1af771, 0xe34966137ffafde5
	.quad 0x000591593abc0000, 0xb630f988cb8f0000
	.quad 0x6f8ec01cf36e4cec, 0x2951279034566dff
	.quad 0x40a80000134d9888, 0x905c72c19971dc00
	.quad 0xfe80000042a00000, 0x3ea9f00dc0500000
	.quad 0xc021800000000000, 0xc010fdd4d90a62ef
	.quad 0x4150f79f74448caa, 0xbfdb8d40413fb7c2
	.quad 0xc493d6c8fffc7c00, 0x7ff4c44d447d9065
	.quad 0x727dadd2fcff4a8f, 0x472eff0900cb31ac
	.quad 0xf8952ad345400000, 0x396ba124f8f04100
	.quad 0x568cdb10d98b3a5f, 0x7ff0000000000000
	.quad 0xbd00000074faa826, 0xeee3bfa4ef360000
	.quad 0x4010000000000000, 0x80ee697ee0f2b3a0
	.quad 0x3f68cafec23e08e8, 0xc0267c220781f242
	.quad 0x7fe021808064bde2, 0x46600000806d3c74
	.quad 0xc00f28c07051f6aa, 0xbf963cc13d138ad5
	.quad 0xd24d47b4dfe42b91, 0xa6bc161dd21b56ff
	.quad 0xffc000003c8d539b, 0xc041000000000000
	.quad 0x03fec32f246e45c0, 0xfff6ea7280000000
	.quad 0x05b69c27e2327e00, 0x422985d4c3a3281f
	.quad 0x7ff62eef69ebadc8, 0x80000000bfda2f4c
	.quad 0x118b4a51cb8afe70, 0x6aecc9d7e1f18186
seed12:
	.quad 0x229c5f0884e18e3e
	.quad 0x6db8be4f48a0c5ad
	.quad 0xfffffffffffffdfb
	.quad 0x00000000ffffffff
	.quad 0xbc86423a9a07ccf5
	.quad 0x396091ca17f95da5
	.quad 0x5e6811536c2c9c9b
	.quad 0x0000000000000000
	.quad 0xffffffffffffff10
	.quad 0xfffffffffffffff8
	.quad 0x890f8f4bb3599f99
	.quad 0xfffffffffffffe4d
	.quad 0x26f2ce446d7356e2
	.quad 0xc7b6243305a98ef8
	.quad 0x26b9be0080502d3f
	.quad 0x0020000000000001
	.quad 0x03400000
	.quad 0xb0000000
	.quad 0x4303d4925c827e95, 0xc071333347d2a391
	.quad 0x8000000000000000, 0x40e136a929c55b8c
	.quad 0xadf5599cfa4dbfb7, 0xb56a420af918b084
	.quad 0x400ad545560384c4, 0x95ff5ebfdbffffff
	.quad 0x8b8ec1ca04cea018, 0xe7199ed6dfc27c00
	.quad 0xc050f8524d1a686c, 0xec4ffd963d44b830
	.quad 0xfd1dbca5709f4e8b, 0x3ec2ec1540c21d80
	.quad 0xc2bbe041ffd33e19, 0x7fefe6c2426ce73f
	.quad 0x80000000127417f7, 0x1cf871eabfff3fcb
	.quad 0x0000000000000000, 0x7e923545eee79220
	.quad 0x405cd27ba316c11f, 0x7676ee5d6f7ffba5
	.quad 0x8b6fd4e2b57b7dff, 0x7c64617f804bd215
	.quad 0x218a02d770dcfc00, 0x9d0860c475d6faff
	.quad 0xbf8bd2cfbbd03146, 0xc241d0f4f4f6e7e4
	.quad 0xbff9004fda0e95a1, 0xfff0000000000000
	.quad 0xff80000086ecaa68, 0xb6c000003bfec083
	.quad 0x478bbe2be5135880, 0x810000003c36abc7
	.quad 0xff8d17219e20b1fa, 0x2836485ccce2f800
	.quad 0x284515cae174c900, 0xfff0000000000000
	.quad 0x80076d90a4c61caf, 0x9b9f92605051b735
	.quad 0xc136900000000000, 0x4022000000000000
	.quad 0xfffbf4cd89eddea1, 0x34425ee1785cfb90
	.quad 0xccefbbb236dcfe8a, 0xa2957e8efdbe1feb
	.quad 0xefbfd01d06fd79ce, 0x4a97dc8efdb23db1
	.quad 0x05b35c51f555fe9d, 0xff80000000ffffff
	.quad 0x401e000000000000, 0x9818878771e2d210
	.quad 0x7d4dfe75ffb55426, 0x0009e16e64d3728e
	.quad 0x3af4283aff3f9e3d, 0x40697d5d1674f820
	.quad 0x41080000c0900000, 0x3f8ecb7c54f8ef62
	.quad 0x4053a3c17d667a2e, 0x3fad6c0b53455221
	.quad 0x931a6fe5dd907cfd, 0x4f7a258780000000
	.quad 0xc10924cfffaf44f8, 0xfff0000000000000
seed13:
	.quad 0x00000000000003cc
	.quad 0x00000000000021dc
	.quad 0xfffffffffffffdb0
	.quad 0x745ea60769422fab
	.quad 0xfffffffffffe1e3b
	.quad 0xfffffffd2c109645
	.quad 0xffffffffffffeb06
	.quad 0x0000000000000369
	.quad 0xfffffffffffffe13
	.quad 0xf871b4223c5cedbd
	.quad 0xfffffcdbcfc78f06
	.quad 0xfffffffffffffe8b
	.quad 0xd20c13cc78dc244b
	.quad 0x4d26066bc38dea44
	.quad 0xffffffffffffbe39
	.quad 0xdd909a93dfaa9844
	.quad 0x02400000
	.quad 0x00000000
	.quad 0xa21b3d0c80ffffff, 0x3ff8000000000000
	.quad 0x63de13e77ff3bcbb, 0xf1a632d28861c100
	.quad 0xa760a11d40900000, 0x48c000007f800000
	.quad 0xc020800000000000, 0xff819f40c7e00000
	.quad 0x01651ed3ff800000, 0x4019000000000000
	.quad 0x3feb59b29e6f57ad, 0x92801263724d0e2c
	.quad 0xe82085aae5a28000, 0xbd5ea67f821fca7c
	.quad 0xd001cf1b3ea51c5d, 0x7f9cff51b7af10f7
	.quad 0x3be00000435a289a, 0x431f6fb29bf71b76
	.quad 0x300d77b6d5ffffff, 0x1120c6e3ff6eaa93
	.quad 0x4ecf33312fa7ff17, 0x7fef908110287071
	.quad 0x3fc71769fd129114, 0xcc8f31e5a49c26c1
	.quad 0x25b13f6a48d28000, 0x12c1b8d3ff737825
	.quad 0xbffe9e14b177d843, 0x6bd4aafa5a7fffff
	.quad 0x4807fe5fa0977c1a, 0xc06d706ac47e13b1
	.quad 0x9573c8a3ac85b300, 0x86d3d496410afe00
	.quad 0x4fffffff40a40000, 0x4005f6b452cdd390
	.quad 0xa590567ceb9fce5f, 0x40580000bf4eb0ce
	.quad 0xc0f0000000000000, 0x993df7d17b3cf7ed
	.quad 0x40ffffffffffffff, 0x3db5ce2e00000000
	.quad 0xc0e0000000000001, 0xbf7e32cf6bc0e89e
	.quad 0xec27579d90078051, 0xf6c8b8ca2871ccc1
	.quad 0xfff09130a3d651de, 0xb32a14b3cbf7ad6b
	.quad 0xfff0000000000000, 0x8023e5eb99fe876a
	.quad 0x655d4a0bfef4dffd, 0xc072000000000000
	.quad 0x37400000003240c3, 0x47898f1ad776fd4c
	.quad 0x42c94ab642a8686d, 0x5984e61a6e8c4c8a
	.quad 0x40cc49328167ca70, 0x561da76cdf3ffbfb
	.quad 0x5b4a461b3ed54649, 0x37200000df7fffff
	.quad 0x01758f654a8da2c0, 0xc0b0000080400000
	.quad 0x007fffff7f800000, 0x962add06ab911c25
	.quad 0x12c84e4543c00000, 0x56cbe1da2a463596
seed14:
	.quad 0xfffffffffffffc74
	.quad 0xf6eda436d2418a6e
	.quad 0xfb84109183019ae9
	.quad 0x000000000000036a
	.quad 0xffffbb0e4e0aa241
	.quad 0xfffffffffffffd9b
	.quad 0xfffffffffffffff5
	.quad 0x000000000000015e
	.quad 0xa516edca61caa014
	.quad 0xffffffb96046aa63
	.quad 0x000000000000000f
	.quad 0x0000000000000162
	.quad 0x000000000c2f8297
	.quad 0xfffffffffffffce1
	.quad 0x0127bcc7196fec81
	.quad 0x0000000000000001
	.quad 0x04c00000
	.quad 0x10000000
	.quad 0x4019000000000000, 0x446a529a933807ab
	.quad 0xff800000e16aabc5, 0xbfae1eb3b407303e
	.quad 0x43eb1123be36d2dc, 0x9058c8107f96b948
	.quad 0x026c81923c8a1c41, 0x407164d8c0515cb4
	.quad 0x54c84dd7b4f1cbfb, 0x2812b97dffff7e48
	.quad 0x4f000001bfc92835, 0xe6f05f2def82816d
	.quad 0xbf44a8837fc00000, 0xbf871f8bf02535d3
	.quad 0x65c9affd1d19af24, 0x0bdd6d4b9e07e20d
	.quad 0x7e603b2888ff7605, 0x0000000000000001
	.quad 0x405aae96e981a451, 0x00046fcd3257b36b
	.quad 0x3fb94a96ae48999d, 0x41effffffffffffe
	.quad 0x1f866f96e73dd7ff, 0xfff0000000000000
	.quad 0x994f0a9fbd985c76, 0x80018ea19cf72344
	.quad 0xbffd1c0e097ccddc, 0x3c4c0000c55c0000
	.quad 0xfffffb7ba7bc6fe2, 0x89afc4473b10b896
	.quad 0x7f8000007c1d34e0, 0x192b580b80000000
	.quad 0xbff4000000000000, 0xff9ada193fbe9741
	.quad 0xc7a0c0da0cfc9616, 0x401000009ccfc412
	.quad 0x130a8f3279900d74, 0x574e0601dd5a8456
	.quad 0x7fabaa96017fffff, 0x7effffff80000000
	.quad 0x8000000000000000, 0x5b038edaffdfddef
	.quad 0x3fb561f37f99545a, 0x8000000000000000
	.quad 0xd49a790122f78ed6, 0x80000000c3077295
	.quad 0x1a5dc50ebd94817f, 0xc4f13b6222e503ac
	.quad 0xb2835f2ad524566a, 0x3e000000c04b4585
	.quad 0xfffac710057beb34, 0xda0000008032ade8
	.quad 0xa16b6762f8f7f7ff, 0x862cce1dc492ff3f
	.quad 0x5f7ffffe8077db2a, 0xdf1d0008b608af3a
	.quad 0x696eccf4fffef838, 0xbff8000000000000
	.quad 0xe8823cfd07d6fca7, 0xc35351b740980000
	.quad 0xc0d9280affbfffbf, 0xbee54d903ccd5c78
	.quad 0x54763f62f75b84c7, 0x0000000000000000
seed15:
	.quad 0x0000000100000000
	.quad 0x52cc4eae791d72fa
	.quad 0xfffa298bca279f5b
	.quad 0x37adb0859bb82ecd
	.quad 0xc770f3091e1bbc5a
	.quad 0xffffffff54e0e804
	.quad 0x000000000153414a
	.quad 0xb90f900dda278f3b
	.quad 0x000000000000023d
	.quad 0x1e38de4065b23c74
	.quad 0x000000000000026a
	.quad 0xfffffffffffff809
	.quad 0x000000000301598f
	.quad 0x5aecbea6ef767ad1
	.quad 0x0000000000006752
	.quad 0x1884ff01e80f0e4c
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x7dd44ce0f7f0bbff, 0x267597e117277ce5
	.quad 0xf1aaebf954859d69, 0x3b956de2b8000000
	.quad 0x71eaa4ffc32d7ff7, 0x4004000000000000
	.quad 0xbed4000000000000, 0x7dd0e2af1e2db783
	.quad 0x7fbdf6bbda182b34, 0xc040754b83a0a191
	.quad 0xf26fae331fddcddd, 0x40fa600000000000
	.quad 0x6655853aa45e5c54, 0x000c383a99502e81
	.quad 0xc3de938380000000, 0xfec0d33a6e38999c
	.quad 0x7f8bcf98c77fffff, 0x3f8f382225333a6b
	.quad 0xda000001be800000, 0xb23992a5050c008b
	.quad 0xffbbb2b949800000, 0x7ff0000000000000
	.quad 0x0a6e06dffff7b7fe, 0x3f60000000000000
	.quad 0xc01ce9c711232ac9, 0xfffb5143c9fc556e
	.quad 0x4255a2da7a4ad627, 0x7a3c791b3f25cf68
	.quad 0x912c54c72f6fffff, 0x7ff61d9eb8ea346c
	.quad 0xf365b5b87f8e4f12, 0xc5c952f0fb01fc00
	.quad 0xfe7966f5e1b545fc, 0xbf3d000000000000
	.quad 0x3f7dc622b5957460, 0x3f79eea5519c50c7
	.quad 0xc16ea4f83cbe19d0, 0x58a4c487ebbd7c67
	.quad 0xf77a538977247dd7, 0x8946aea9ffbf33ed
	.quad 0x81f23a58e27292bd, 0xdf0000003f1cc781
	.quad 0x5cf7032d77a48400, 0x3d86986f817fffff
	.quad 0x0942f5922b23fc48, 0x80000000c080be12
	.quad 0xd6875548ffbeffb7, 0x638409e9c7e52433
	.quad 0x0000000000000000, 0x7506490bbc7bafa7
	.quad 0xfff8000000000000, 0x9780176422e6fd23
	.quad 0xbf7bebdc8ace2157, 0x7fb9ab44f26446a8
	.quad 0x8aa94aa3d7b7ef5b, 0x000606d921b477b1
	.quad 0xf411fd593e295f7c, 0x8008000000000000
	.quad 0xa3c3b6a8006c7c00, 0xc06e7fb88ba9937f
	.quad 0xfe8000003e52c8a8, 0x26da9577de7cfa88
	.quad 0xc0b800003fe00000, 0xc30ee4c1be000000
seed16:
	.quad 0x0a0da55b98ce5a47
	.quad 0xffffffffffffff80
	.quad 0xef2f8ced8b002c5d
	.quad 0x32abfdd6cc379e92
	.quad 0xb9a78eb62c837c08
	.quad 0x000000000000020a
	.quad 0xfffffffffffffff7
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x949a9d72cd4ee45b
	.quad 0xfffffffffffffc29
	.quad 0x89dc950c084aeeb2
	.quad 0x00000000000003bd
	.quad 0xfffffffffff03fc6
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x400519eab1176fbd, 0xc1100000ee7ab623
	.quad 0xe3ddbb7bf53983a5, 0xcbc8cffcfeed9e74
	.quad 0x14afdbcbbf400000, 0x00000000fd341cfb
	.quad 0x79e4effc0e348000, 0x7f7fffff3f83229e
	.quad 0xfe30988d00400000, 0xbf88dbcfc56c668b
	.quad 0x1c85e4367bd40800, 0x02ac9659c381c881
	.quad 0xc3664411c07fffff, 0x7f12219cca7f5cfc
	.quad 0xbfd0000000000000, 0x7fefffffffffffff
	.quad 0x07b1878f2e827d86, 0x0935c5fdf7eaebed
	.quad 0x81000000bc727223, 0xff800000ffb97639
	.quad 0x2c31edfd5b96c9c0, 0x7ff0000000000000
	.quad 0x7f800000406428f3, 0x4526318e526f80a3
	.quad 0x7e08e9850217bad4, 0xbf84f810c05b7ec8
	.quad 0x1030203df4ebe5bb, 0x44e8309e89ca66e6
	.quad 0xfeffffff8d42774d, 0x802094e63fcf7ffc
	.quad 0x403c1df3700954ec, 0x1c678c69ffefde9f
	.quad 0x81665aa7c6800000, 0x8e700657ffe6fe00
	.quad 0x402689239de7b3c3, 0x62ea9c0d82ffffff
	.quad 0x86639d5294890000, 0xcb8da0f4668748eb
	.quad 0x0df38a7dfbafff3f, 0x9a603554919f3ec6
	.quad 0x7ca78a07a9f0ab42, 0x0d1e95edfcbfedbf
	.quad 0x0dbdaee8ff8f9cd4, 0x45c00000e89413fe
	.quad 0xff512a3ede24ce59, 0x8169fe0e344b7e00
	.quad 0x000c48d45e02efcf, 0x7f30817c7f800000
	.quad 0xb21644c0134a04c7, 0x77820925ffc00000
	.quad 0x876f3b79effffc0f, 0x568466fda7bffe8f
	.quad 0x1f011b7d7bffffff, 0x27a7ba6bcf424840
	.quad 0x8100000015ca9061, 0xdf800001e9e7787a
	.quad 0x48ca9e4b84a2fbff, 0x3c3ff3d0a7841b9e
	.quad 0xdf40e57affca4672, 0x405fa353c6f66b55
	.quad 0x802a1bb21213fdbf, 0xfff0000000000000
	.quad 0xffdfffffffffffff, 0xa01839b2f9ffbe1f
seed17:
	.quad 0x002074d43efa5286
	.quad 0x632bf92cc71ed142
	.quad 0x5cc2380dee424464
	.quad 0x59a23b864a06399b
	.quad 0x0f42fed4f4c8a3e9
	.quad 0xfffffffffffffffa
	.quad 0x0007b16612512369
	.quad 0xc3be092fd67d731a
	.quad 0x00000000000003d7
	.quad 0x9a29d11ff4e08e0c
	.quad 0xfffff874317609dd
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000108
	.quad 0x0020000000000001
	.quad 0xfe130c4c8f438f9a
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xdffffffef9dcbe96, 0x3f59000000000000
	.quad 0x4f7ffffeff828bf4, 0xc6ef0ba5ad92ff6f
	.quad 0xffa56088af39b9f4, 0x7ff0000000000000
	.quad 0x001fffffffffffff, 0xff8865b580000000
	.quad 0x9af9ac05da011e80, 0xffd6d8e040e80000
	.quad 0x4000000043c00000, 0xc01c000000000000
	.quad 0xbf72000000000000, 0xfc01d6508e37269b
	.quad 0x3ffffffefa33363a, 0x3e6ff01140959602
	.quad 0xe79329cac8f3d5ff, 0xbfb64b19c7c646a3
	.quad 0x7fd0000000000000, 0x5d5afdbee769f8f3
	.quad 0xff21b25839d00000, 0xffb53d43c205185d
	.quad 0xff800000ff000000, 0x3f08000000000000
	.quad 0x1ab0ec08de378400, 0x87443c0e9d66fe7f
	.quad 0x594f383eff71be79, 0x5cab8f3506597800
	.quad 0x43c3d6a4fe7affef, 0x00037abd1d09368a
	.quad 0xb960000080000000, 0x80f8de627fd20200
	.quad 0x0f2978a2e892dc91, 0x2a7da4864ffdfdfe
	.quad 0x62a1e9bf8057052d, 0x508aa97f09118c4a
	.quad 0x2477a88ebed68200, 0x50a540439adc3f00
	.quad 0xa8d1ca96f24f4cdd, 0x7ead8c1600000000
	.quad 0xfff0000000000000, 0x40060ce541d9cd29
	.quad 0xaf5114c6c6f8813e, 0x5cb047627fe1789b
	.quad 0xa4a27a68381f4bf0, 0x929c2254698a2fdc
	.quad 0x41000000ff800000, 0x0004c0eb7b9f49e2
	.quad 0x000000004199b3ae, 0x5ecfe581e1027cf1
	.quad 0xffc00000e2a5afa5, 0x800000007f9f0d4d
	.quad 0x81abc8f73c3c2da8, 0x85155987120e4820
	.quad 0xff800000da7ffffe, 0x83a2b4a0c64d67a7
	.quad 0x00acff608fb91fcc, 0x4033d907494e4a91
	.quad 0x458b000042aa4fe6, 0xdbb2d1baffe5febe
	.quad 0xc7c7f9e4b169de20, 0x8039291400e5d10a
	.quad 0xbfc5d0768a6bf0e0, 0x7fd3cc2c3cc3974d
seed18:
	.quad 0x3e930509932c9f66
	.quad 0x0004bfae7e9a61a4
	.quad 0x555c9d07800bd815
	.quad 0x741277c0ab9ed72e
	.quad 0x78f98cc1ffc5a225
	.quad 0x00000ebc1dccc626
	.quad 0x36eff503057a832f
	.quad 0x65b2251dd2069469
	.quad 0x490eda1eff411731
	.quad 0x6f361a4acfe75180
	.quad 0x00000000000000a3
	.quad 0xa2fd07e5471ded96
	.quad 0x73a072e22ab0c037
	.quad 0x015f9c2db915f374
	.quad 0x0000000001000001
	.quad 0xc491123292c12723
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xb9e8de8343424700, 0xee9e12ca7fe0e5ac
	.quad 0x8000000000000000, 0x42241ba67fc00000
	.quad 0xbf90c5a39f766440, 0x4fc1fa3fff800000
	.quad 0xbf80b9fea9c25c45, 0xfff8b226b4fcf34f
	.quad 0x778e0d7cc25620d1, 0xf1e8226257bd4162
	.quad 0x5a9d62e9ffda7988, 0x9bfcbacce777f51f
	.quad 0xc1ac00001bba5d27, 0x7fe0000000000000
	.quad 0x4001013f0eb72755, 0x1339ff27e2aaed04
	.quad 0xc022800000000000, 0x7fefffffffffffff
	.quad 0x9746e8efb0233cf6, 0xbdfbaeec0a11f2c5
	.quad 0x164a3225ffc00000, 0xfc86e33d6186dbf8
	.quad 0x80ffffffdf7ffffe, 0x7ff8000000000000
	.quad 0x80172de959f35299, 0x9da30f28ede3ffce
	.quad 0xcddeec059c1248e0, 0xc800000070ff7007
	.quad 0xdb2251777ffdfeff, 0x4020d0c680000000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xca0d1eb11669ad60, 0x1c8d42e2803bafa4
	.quad 0x65622df2c6d80657, 0x46d6065afebffc63
	.quad 0xeda775c159d2da07, 0x4e933594935afc00
	.quad 0xc0800000ffc00000, 0x3a68ed3dec5e260b
	.quad 0xe1bd420f3338c718, 0x7fdfffffffffffff
	.quad 0xcc58d6e5a6adbf7d, 0xc74ba75336a00000
	.quad 0xfe7b36b84a8c7c00, 0x304e7d082cfefa7b
	.quad 0x6dd80ccd7fbd899b, 0x9c1c34c2fee40644
	.quad 0x6d0bf4c0c0400000, 0xff800000d2c39426
	.quad 0xc070f6abe276adb9, 0xdb87d3dbfd4bfbf7
	.quad 0xcbb92f627bab0400, 0x329fcf5cf82ac100
	.quad 0xc159ac0280000000, 0xfffc91ae6ac60a33
	.quad 0x3f87883cb22ce204, 0xc105c0e86f67fea4
	.quad 0xfff0000000000000, 0xd980000041509bf5
	.quad 0x7ff47b381cc5d630, 0xf15faccbff9ec35c
	.quad 0x72c3c7917f800000, 0xd13fc440780cd000
seed19:
	.quad 0xd7d605b33e0379df
	.quad 0x00000000ffffffff
	.quad 0x6bfd965b86710217
	.quad 0x5b0affb87bd0bc68
	.quad 0x7fffffffffffffff
	.quad 0xffffffff7d4d089c
	.quad 0xb2d00912159e644f
	.quad 0xffffffffffff9bde
	.quad 0x00000000000016d1
	.quad 0xe45bbaf048b63b85
	.quad 0xfffffffffffff367
	.quad 0xe677abd71373fde0
	.quad 0xffffffc973a72335
	.quad 0x000000000058a9d5
	.quad 0xbb3583cbafd550db
	.quad 0x00000000000001f7
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x802fffffffffffff, 0x175440a0d3ffff6a
	.quad 0xef08b3993e069534, 0xffe40557b5681652
	.quad 0x750187247f88c923, 0xa98f0f06bbee0bff
	.quad 0x9afe45b3fff3cfbb, 0xdac0d0b7bd66fdce
	.quad 0x65911d37640640d5, 0x3ee572413f7a4cb5
	.quad 0x8db115d543b99a28, 0x2b32528a9f9f0640
	.quad 0x531c861eff7fffff, 0x4060a90acce69b73
	.quad 0x821c6939caa18000, 0xc071a45cda3a4236
	.quad 0xbfe24fb03ab9bece, 0x36973036cc380a52
	.quad 0x00052b5bdf0092a6, 0x7c5b2173e12adb76
	.quad 0xd224016285523f00, 0x36531601bceccdce
	.quad 0x4d5e9979b2b50053, 0x0b4b82dae9775d9a
	.quad 0x7ac4b812ffffffff, 0x7fdbea3b0286b150
	.quad 0x00eb0baf60b032f8, 0x506fbf699a943194
	.quad 0x8e572dfbd9deb08f, 0x3bbcc6117fdde85e
	.quad 0xc023be6c53ba82d8, 0x3fd82cb90de8837a
	.quad 0xbfbe2d58475ce65d, 0xfffeea8a5ddd48da
	.quad 0x7f8000007fcba5f1, 0x45170c4f6f02fac7
	.quad 0xbfc619f1d5760644, 0xc09c00001a944756
	.quad 0x7f74b682419bd082, 0xbc0332de0e60c2ec
	.quad 0x405800003f93f50d, 0x4016e621fba9a895
	.quad 0xbec7bceaff85ffa7, 0x3ffc000000000000
	.quad 0x1d5214939ffbffe6, 0xa61c46d371ff95a5
	.quad 0x013e9d6358a19e42, 0xca286d1a8dffffff
	.quad 0xff80000070a07a27, 0xc83937f4ffb9fdf3
	.quad 0xcb72d4aa91258000, 0x4000000000000000
	.quad 0x931d12400402c6fd, 0xbffe000000000000
	.quad 0x41e3c46ccd1ce3df, 0x1077a811d83b7902
	.quad 0x92d4f070c3e5b79a, 0xbc6e167319aae5b8
	.quad 0x81019d3ebed70edd, 0xfd4d55193c2985c5
	.quad 0x7f800000ffa67e77, 0x8138348bc48d6c39
	.quad 0xff800000c77ffffe, 0x80000000cfffffff
seed20:
	.quad 0x0020000000000001
	.quad 0x7cdfa5376d8c8866
	.quad 0x0000000100000000
	.quad 0xd80795630d5d1781
	.quad 0xfffffeadef786322
	.quad 0xffffd94cffd5a304
	.quad 0xffffffffffffffcd
	.quad 0x7fffffffffffffff
	.quad 0xffffffffff9b4d92
	.quad 0x00000000000068c9
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000188
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffff0
	.quad 0x05800000
	.quad 0xd0000000
	.quad 0x7ff5f1d79b2ae2fa, 0xc080000000000000
	.quad 0xbff5367fffd2d034, 0x0c358cbaffbbd39a
	.quad 0xc03ff0e1e0235427, 0x52b207874b13e38e
	.quad 0x8130c58ab5902a25, 0x7ff0000000000000
	.quad 0x70a9c84b3d800000, 0xc4b385f3e7a9c001
	.quad 0x7f98db2b4179a279, 0xc27cd6d580000000
	.quad 0xc3038000da7fffff, 0x67dbfb88b87d9fb9
	.quad 0xfff0402f52e0cc7a, 0x7fc00000df7ffffe
	.quad 0x631d1e79ffdc0231, 0xbeb8000000000000
	.quad 0x7ff0000000000000, 0x9d009b98feff7dfb
	.quad 0xacd3db2b737fc820, 0x41060000ff800000
	.quad 0xfff4c000e36d46e5, 0xfff0000000000000
	.quad 0x8051dfd900000000, 0x40ffc458df7fffff
	.quad 0x40f80000421a945f, 0xc1d15d56d38ff58e
	.quad 0x9286d15c80fdc7f8, 0x02afc29bbfffffb0
	.quad 0xe09374a3c16eba83, 0x40fb0c4a4374c5bf
	.quad 0xfffb09537f919615, 0x03800a2dcb755bae
	.quad 0x8010000000000000, 0xffb99150ff800000
	.quad 0xfff444153d51bfef, 0x90ba0864f6b73f3f
	.quad 0xc0491fa5ac9f114e, 0x8000000081c778dd
	.quad 0x3577e87e7fffd758, 0x181309a2120531e4
	.quad 0x44639c736fdcb293, 0x0020000000000000
	.quad 0xfff78dcbc2251ddf, 0xbe5e0c46668e48ac
	.quad 0x4f7ffffe40680000, 0x7e49f296499256a6
	.quad 0xffb6d1697fb324b6, 0x458359a3e7c9f7ff
	.quad 0xc11800000016d93a, 0xaec006337f800000
	.quad 0x80000000ff800000, 0x2a1da649c8ee8000
	.quad 0x7c5d067000a6fb47, 0x00000000f5691e1d
	.quad 0x9991a346863e0000, 0xed4a1bf5c7000001
	.quad 0x6de601813fafd0c3, 0x02d2b6a233169517
	.quad 0xc1ffffffffffffff, 0x3fd7c4a0a5921e0d
	.quad 0x693518ec4f9e0000, 0x40bc00000825f8e8
seed21:
	.quad 0x3c2fd9cbdb83aa32
	.quad 0x0000000000004b76
	.quad 0xffffffffffffffff
	.quad 0x0000000000000310
	.quad 0x4e128b5439f70c1c
	.quad 0xdb8153e6fbaac808
	.quad 0x0d1ad16dd8d599e9
	.quad 0x0000000080000000
	.quad 0xffffffffe5e717c3
	.quad 0xffffffffffffff36
	.quad 0x452f7015d955d9dc
	.quad 0x0000000000000092
	.quad 0xa78d71abb7aaddc0
	.quad 0xe6dd5a0377621b3f
	.quad 0xfffffffffffffc53
	.quad 0xfffffffffffffc74
	.quad 0x04400000
	.quad 0x30000000
	.quad 0x395a48ae80ffffff, 0xc3ffffffffffffff
	.quad 0xc7800000c1d8eb0d, 0xc3c00000c0800000
	.quad 0x007f055e844d3766, 0x7f80000080246040
	.quad 0xcc5f308fb6300000, 0xffbc8f6ba5ec980b
	.quad 0x5646672f120996fb, 0xb1076cb63ddc3104
	.quad 0xc4b98f1d90feff22, 0x8c5457a8ffb9d53e
	.quad 0xffffa48dc0c80000, 0x7f8000007f7fffff
	.quad 0x3fc52581c741c800, 0xbffcef1ca246539e
	.quad 0x0fe22bd9bbff7cdb, 0xbfd0000000000000
	.quad 0xc008000000000000, 0x92217012ffdafe00
	.quad 0x7e7d2fb6f862bc63, 0xbf1a00003fd00000
	.quad 0xc1efffffffffffff, 0x0000000000000001
	.quad 0x3d9d9dd95f000001, 0xfe2904739ad8089c
	.quad 0x20368cd9be576b6e, 0x448464f47ee7fbef
	.quad 0x3ad15a948130cdf3, 0x0010000000000000
	.quad 0xc0080000cf77b864, 0xc017000000000000
	.quad 0x4a23021ac80a64cc, 0x77ecf6e7706803ff
	.quad 0x7e0ea988416fb177, 0x402c1c83aa199b4d
	.quad 0x0008bb4871516c36, 0x412000005f000001
	.quad 0x407fffff3cf52c2e, 0xfff067c8ae5e3574
	.quad 0x617dfc9afdc33f5f, 0x3ff69bfcaa970da5
	.quad 0xfff0000000000000, 0xff80000070a0559d
	.quad 0x3f74bc2fb816a495, 0x401aa12a05039791
	.quad 0xa3224491fef33dab, 0x8e4af53f45740000
	.quad 0xc0c00000bfe00000, 0x7fb92beeffc00000
	.quad 0x7f646d6dd5f5e081, 0xc581c08e7fffe425
	.quad 0xc06761d98fd2ef20, 0x4070000001000000
	.quad 0x0000000000000000, 0xc0e8ce6ec0d502f5
	.quad 0x5572dbfa3c371a68, 0x7ff2453bd71628fe
	.quad 0x2e9816c3ff90fe00, 0x0000000000000000
	.quad 0xc084000000000000, 0xbfccc04e1018c52f
	.quad 0xffeea9e67f800000, 0x7f6e7d2bef06517f
seed22:
	.quad 0x3c1627bec8940505
	.quad 0x5e1527b60643cd58
	.quad 0x7d842dc4cc1f7f82
	.quad 0x0000000000000007
	.quad 0x01ee7b1b81854b76
	.quad 0x7fffffffffffffff
	.quad 0xa681c06a9076bd3b
	.quad 0x199b1b5b3e627ba6
	.quad 0x000000000000037d
	.quad 0xb81b51921b2a2166
	.quad 0xafa7941d8dbc3d7e
	.quad 0x0000001fd8faf01e
	.quad 0x000000000008995a
	.quad 0x00000000000003c4
	.quad 0x0000000001000001
	.quad 0x789383132b888ea0
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xbffa98655f08c48d, 0x80000000c0d80000
	.quad 0x8000000000000000, 0x40d8000040940000
	.quad 0xca9d5f90bffabc00, 0xffc000002ba2510c
	.quad 0x7fd0000000000000, 0x80000000304f5c5e
	.quad 0x3fd2e0f3e497cc0b, 0x31cbcb9c598976ee
	.quad 0x4028000000000000, 0x9dcf346fa058d5ba
	.quad 0xc0e800007fab3c07, 0xfa98969e6ce20800
	.quad 0x3f078dc77790fd5f, 0xffe8957539ec678d
	.quad 0x5a3b2322fc539315, 0x29e6300db4c4fbfe
	.quad 0xb0f284b77fdcfeb0, 0xbfc21a67999f86ea
	.quad 0xc07000003f3b2dbb, 0x41180000801eed90
	.quad 0xec081eefeb830000, 0x801fffffffffffff
	.quad 0xcbe023c90ca68b7e, 0x0026ab6bcca2c14c
	.quad 0x225bc782ffda028f, 0xc65c000080000000
	.quad 0x40b800009355efb6, 0x00243650088f0031
	.quad 0xfff0000000000000, 0x89ffddafbfcd8d2d
	.quad 0x80000000141a541c, 0xbdd58c1ad9fffffe
	.quad 0x4054ed415da0566d, 0x7f800000c1180000
	.quad 0x0000000000000000, 0xc3579739ff89bcdd
	.quad 0x8ddf13834c5e1fbd, 0x48214cf742a08933
	.quad 0x7fdfff3440f40000, 0x8250477c5b7ca2cb
	.quad 0x859d01f4ffd4a50f, 0x00000000bae00000
	.quad 0x4002000000000000, 0x00400000c1140000
	.quad 0x83aa9c979b8ff2ad, 0x8064009f09731b0b
	.quad 0x9970a9e580000001, 0x063d3daa77a60400
	.quad 0x40784ba6f9921409, 0x3f000000711ee67d
	.quad 0x3e68af0449610000, 0xc027200000000000
	.quad 0x80971357c3929459, 0xc900d71ee131968d
	.quad 0x4affb2cde9fb1685, 0x9d8ef7f900000000
	.quad 0xec26211c71b5bffe, 0xf23b2aaa007fffff
	.quad 0x8f2307eaf7fef93d, 0xc05ad07b432ef89e
	.quad 0x4d29bf9afe9b7ab7, 0xc330000000000001
seed23:
	.quad 0x0000000000199d13
	.quad 0xfffffffffffffc3c
	.quad 0xdb6dd244d60b01e7
	.quad 0x3fc9522c9900ea0b
	.quad 0x00000000000003e3
	.quad 0xa2c9f51ba6b0800c
	.quad 0x000d01c34e31f9f9
	.quad 0x000000000000006e
	.quad 0x0000000006119092
	.quad 0x1c1eaabc82d0b327
	.quad 0x0000000080000000
	.quad 0xfffef083d49c8f7f
	.quad 0xfffffffffd13047f
	.quad 0x462a97b93defd268
	.quad 0x0d580e6275710c62
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xbd797986f544fb20, 0xd5cb92b6656cbb12
	.quad 0x0af22b5c3cc00000, 0xff8000007f800000
	.quad 0xbbd7879fa19e64d8, 0x800ecec5ce878389
	.quad 0xc3e52ba380000000, 0x007fa53dc1140000
	.quad 0x401a3d4a1cbb87ae, 0xfff0000000000000
	.quad 0x7278c376c3a10000, 0x24211914c3ca8000
	.quad 0x4bdc5907bd5d5437, 0xf3efb7b5f3041f10
	.quad 0x01cb6460a8c0bb31, 0xda7fffff7f800000
	.quad 0x51747d633feea001, 0x6912e16ddea6f7fd
	.quad 0x436599edfeb5fdec, 0x59ffffffd778cec2
	.quad 0xe7493e84c3f18e7e, 0x81000000feda1720
	.quad 0xc0a47d785f000000, 0x6b4076f91513d951
	.quad 0x439bacb5cf12f7ff, 0x823c299824b1fad5
	.quad 0x0f30c5a5ab7bfae1, 0xc233c6bf004d459c
	.quad 0xc02dbf15865b2cb7, 0xfeffffffff800000
	.quad 0x4021c00000000000, 0x00000000ffc537ed
	.quad 0xc057800000000000, 0x59517a9bb060fc00
	.quad 0x5ceed426bfe9e6cf, 0xfff8000000000000
	.quad 0xe792f612ffdb1e93, 0x2077ae6b7369b3ad
	.quad 0x7ff0000000000000, 0xe3633cc7ffad325b
	.quad 0xced21204c3fdd3f5, 0xf6b1919cbffbfbc0
	.quad 0x00000000bfb1e4cf, 0x4043777eeeec7eea
	.quad 0x5487ae8fec77f91d, 0x00051cfad1d014e9
	.quad 0xbf57bbc5be800000, 0x01130fe980fe9799
	.quad 0xf8394a67c12ae863, 0xc6a58a2ac3f2f69f
	.quad 0x3c2a28fcff42208d, 0xa1c595dcfc5dfe00
	.quad 0x7f80000001000000, 0x296666fddf15ca4e
	.quad 0x7f80000080489c59, 0x6538b314f9981fd8
	.quad 0xbf40000080000000, 0x7ff0000000000000
	.quad 0x5a4b7c36ffe54540, 0x57e4865253ae56a0
	.quad 0x8007ef04d4a9c804, 0x0efbb623ffc00000
	.quad 0x18135f9affc2b8eb, 0x403c2b3d7fc00000
seed24:
	.quad 0x000000007fffffff
	.quad 0x0000000000000126
	.quad 0xfffffffffffffdbd
	.quad 0xfffffffffffffe1a
	.quad 0x00b11f92eda56043
	.quad 0x0000000000005ff6
	.quad 0x0000000000000244
	.quad 0x97801342a163c3e4
	.quad 0xfffffffffffffd86
	.quad 0xffffffffffffbee4
	.quad 0xb9cbadf97a1b928b
	.quad 0x3c7128e8f1c2f8a9
	.quad 0xb07d3f514e39557e
	.quad 0x000000000000001d
	.quad 0x8000000000000000
	.quad 0x00000000000000e1
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x7fe0000000000000, 0xbbe523fbff000000
	.quad 0x7ff0000000000000, 0x7ff8000000000000
	.quad 0xffff309cfff0d14a, 0x800000001912640e
	.quad 0xfffb57625499e7a5, 0x016486f4b57fffff
	.quad 0xdf7c446e6fc7c000, 0x203a76a5ffbfaf05
	.quad 0x58c3a2d455c3aaa4, 0x98b6adf280000000
	.quad 0xfff9005c63fee418, 0x14e00d63072f057b
	.quad 0xbf8000013ee00000, 0xb6988f743b475f8f
	.quad 0x31f9a07eebfffb03, 0x45414c8cc7507e00
	.quad 0x7ff0000000000000, 0x7f00000057bdb517
	.quad 0x255c64a5dfffffff, 0xc1f0000000000000
	.quad 0xd987fc6787a5c09e, 0x7ff3ac441340a693
	.quad 0xc0ce000000000000, 0xd8b0fe1dcfaffab7
	.quad 0x02de5e691e38de4e, 0x704444acf7a65182
	.quad 0xcac63496b7cffd92, 0xdcb22d21f57bfd7e
	.quad 0xa1e33765f3a2ff4b, 0xafb8f7e4e2b737e1
	.quad 0x685cd604b6ece0af, 0x4abc7f0380000001
	.quad 0x00000000fff10c83, 0x4090000080000000
	.quad 0x80000000c6fd8000, 0x7eeed838bdbcf41d
	.quad 0xbdc00000ffce01bc, 0xc78000011cbb742d
	.quad 0x81a1ed9980000000, 0xd390f57d472dec2b
	.quad 0xa1428d990825d76b, 0x80000000fba1d597
	.quad 0xfff57b47f566405a, 0xbd84b330f9a43980
	.quad 0x5ff985ffcf3f345b, 0xc4a63a2a7f4287ff
	.quad 0x7fa3bbe000000000, 0x6596cca379bde9e5
	.quad 0x87453cfce37f0653, 0x25e8a7daa37221b2
	.quad 0x80140c41e5baadfd, 0xc008000000000000
	.quad 0x3e7eff7f7fafd3a6, 0xbf8005a4ba4c87f0
	.quad 0xbfebd965a3a28537, 0x4f61e5b240ec0000
	.quad 0x4075000000000000, 0x3f0fbcc1002336f2
	.quad 0x3fad568da87ce6de, 0x3fd0000000000000
	.quad 0x404f000000000000, 0xfff01159e300845e
seed25:
	.quad 0xa226062d950bb61d
	.quad 0x0000b5ae78700796
	.quad 0x000000000000011e
	.quad 0xffffffffffffffd9
	.quad 0x000001dbe022ac77
	.quad 0x66b5fb7851c5b2d8
	.quad 0x0000000000000001
	.quad 0xffc98405d9a1c196
	.quad 0x5d073225b1dc85d7
	.quad 0xffffffffffffff8b
	.quad 0xfffffffffffffe8e
	.quad 0xfffffffffffffc3b
	.quad 0x00000000000000ac
	.quad 0x425f59c220c417e0
	.quad 0xfffd1923ee50698b
	.quad 0xfffffffffff612e8
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x6332192bb6e9c440, 0x4015000000000000
	.quad 0x7f742fbb1e7ed80b, 0x800315a7f29ad728
	.quad 0xfffc95d62365a4fa, 0x41ffffffffffffff
	.quad 0x3fffffffc035cde2, 0xff0000006f476b26
	.quad 0x7ff0000000000000, 0x161380d2969a6986
	.quad 0x40a00000c321a95e, 0x802de53cc0000000
	.quad 0x81d25ca8a04167cd, 0xfff0000000000000
	.quad 0xc5829513ba5e012d, 0xc0d000000112d11f
	.quad 0xeca4a369fc9dffff, 0x7f800000172a765e
	.quad 0x72c852a975e14820, 0xe93de8742d435dcf
	.quad 0x7ff55686edc5efc8, 0xbfca270e6ae9945a
	.quad 0xc060000002829e6a, 0xff2b27a6cb668339
	.quad 0x000668564dc79f04, 0x421b1e8900400000
	.quad 0x6c2aabf7ff2efe3f, 0xb22b7ebb41e642d1
	.quad 0x7ff0000000000000, 0x13ff8f6b464f280b
	.quad 0x025dc1fdd1421429, 0x1b9bd62111dd2dd6
	.quad 0x8000000000000000, 0x0d3ceb92d5a9fc00
	.quad 0xe1604994e9217d2e, 0x84815c0ebf000000
	.quad 0xff7109f4ff3ccdff, 0x400354a44430fe7a
	.quad 0x4021b026554c0000, 0xbe4000007f8cc8b7
	.quad 0x946a2399883c83ff, 0xbe83093540680000
	.quad 0xd6aa515bf7e6cbff, 0xbfe661dbed87b765
	.quad 0x7fc00000ff96dca2, 0xbda3b155756e91b5
	.quad 0x7e3e1892c92c8bff, 0x6488c962bfee47cc
	.quad 0x383dcde9a5032585, 0xfd7b8420df296ab6
	.quad 0xdf8ad4e3e3e87d61, 0x0ffe649be3ff376f
	.quad 0x000b8147697da1b9, 0xfe635af88921c8e2
	.quad 0x09475a64b1c10e5f, 0x4c78d0027fe4fd48
	.quad 0x0000000000000000, 0x066025177cf5d7ca
	.quad 0x3fc5053b8e33471c, 0x5bde44249fef7b67
	.quad 0x5916ac1feba57801, 0x3fdb3c5136315b3a
	.quad 0x8013829ac63a543a, 0xa23c8c9f6702d631
seed26:
	.quad 0x0000000000ccaf91
	.quad 0x9c82f257e41a7f28
	.quad 0x000000007fffffff
	.quad 0x34e0c6fa28bc954c
	.quad 0x8f9b6dfc5096139c
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x5fdb4d354296bde9
	.quad 0x0000000000000001
	.quad 0xffffffffffffff5d
	.quad 0xfffffffffffffd96
	.quad 0x08a309f1c4f48fd7
	.quad 0x454a1cdfd00ffa61
	.quad 0xec874e858e265d22
	.quad 0x883b6a083d972160
	.quad 0xfffffffffffffc1f
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x4008000000000000, 0x80000000429a7354
	.quad 0x3fc00000ffb3e038, 0x00000000076b56a7
	.quad 0x1f2589d7ee3ffbfd, 0x46ebc44574982ff1
	.quad 0x31b8b92c7d12a3a6, 0xc09bddc89c5b53c4
	.quad 0x40fe000000000000, 0x59ffffff47395fd7
	.quad 0xb7380000c5100000, 0xad0f1663d2910000
	.quad 0x400b000000000000, 0xeba2337ea6b7c830
	.quad 0xed6d5e413f71fb60, 0xbf08000000000000
	.quad 0x7ff51051ea625289, 0x00000000930f5bab
	.quad 0xfff4b67c6310b88b, 0x3c2a7ab5b6000000
	.quad 0xd8638f3eff8d82ba, 0x0000000000000000
	.quad 0x7632ca467ae5ed33, 0x7effffff7fc00000
	.quad 0xce49e7c2ffffffff, 0x007fffff143e6ab8
	.quad 0x168988c5b0c0d371, 0x40100000c6f40000
	.quad 0x40d00000005abf13, 0xfbe8f8a5f87d156b
	.quad 0x051442ee7e5ff7fd, 0x7fdfffffffffffff
	.quad 0xea97c51f754dd9f7, 0xbbf34588bb0f7bab
	.quad 0xd2f4a86a3f87fcde, 0xc2f0eb327f000000
	.quad 0x8029679451e5e781, 0x80000000f7d8a52a
	.quad 0xbfde600000000000, 0xa3e8aff2d43cd451
	.quad 0x3ff545f7a20e206b, 0xb5b3dfeb0141dfe0
	.quad 0xc0edc281f81c0dbb, 0xdee353f4aa65fb2b
	.quad 0x1130983bf1c17c00, 0xbd927a74fdbfee1b
	.quad 0xbe9a0a8c9f83c6c0, 0x02f5452fb8b97c00
	.quad 0x3ba99f7362fdc8df, 0x7fdfcb7c911a2267
	.quad 0x7d8c2508fd8fd7ff, 0x699bfdc30e31c0fe
	.quad 0x7ff5a37941080000, 0x3e13b838c056991c
	.quad 0xc3d4160a7fc00000, 0x84840196dbf3fdf5
	.quad 0x40cad335134228ac, 0x08fc5f2000000000
	.quad 0xc013000000000000, 0x00400000fe925293
	.quad 0x9a7a9bd8da908261, 0x76fea4fa0e78fa49
	.quad 0xffb650cd0604ead3, 0x8eafd596c3ec50b0
seed27:
	.quad 0xfd1d30f2910b2cdd
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0xfffffffff72b6cb9
	.quad 0xbff6e29d4f9e13b2
	.quad 0x28f5de4ec755c2bd
	.quad 0x0000000000000004
	.quad 0x0000000000000318
	.quad 0x40cbdf1e4907dc82
	.quad 0xaa9b6fddfdf70f84
	.quad 0x0036a55f9c92a3a0
	.quad 0xffdd6af2e8056ad5
	.quad 0xfffffff6a696e0cf
	.quad 0x00000000000090ab
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x3f22d9cd8ea31a64, 0xffc000008ccd77dc
	.quad 0xffe665a0bff00000, 0xfff0000000000000
	.quad 0xbd346ee423197c00, 0xc0a8000016c5d1b7
	.quad 0x9581e0d902a0c900, 0xc034f8a79da69ee7
	.quad 0x8bf78e0dbfe489eb, 0xe3436e811258999f
	.quad 0x7241f46b5b322613, 0x22d66f6f7fbfd4f7
	.quad 0x386000003f01c2eb, 0x7ff60f49f8a1cd94
	.quad 0x47800001c2f35733, 0xe50564e5fbeeff7f
	.quad 0x8022a698e20a0fe1, 0x000000007f50fc6c
	.quad 0x6bef2839fda58000, 0xcdb7d52c9f71fee8
	.quad 0x3fb8cd2aad4fe26c, 0xdcdc445dcbedcebf
	.quad 0x10d62b2c8f684620, 0x3953f4e6e8f8d8bd
	.quad 0x3f8f721eddce6005, 0xcd2ab42487cbbb9d
	.quad 0x80ed6a7feb67c222, 0x00000000c1600000
	.quad 0x8d4ea39c1be8b995, 0xbebd7d99ff9d0539
	.quad 0x76e87c2e4fdff3c4, 0xfff0d4dfe6552910
	.quad 0x189fde96dd9afd1b, 0x7d7540e7c0ea69f1
	.quad 0x5bcafb8e7d035ba8, 0xffe0000000000000
	.quad 0x7eff86e8de4d4d53, 0x82afee5268f89f9d
	.quad 0xffc00000ffd581c5, 0xc9e3d5fbfde4ca32
	.quad 0x8128dd25defd7fce, 0x7ff8000000000000
	.quad 0x42be0addc1000000, 0x056379138f431280
	.quad 0x7ffab283d9945fb1, 0x7fbc7b847c8f84a8
	.quad 0xb6caed1dfafe87b5, 0xbfd0f58195a521db
	.quad 0xbec8000000000000, 0x7fa942c441c30ccb
	.quad 0xc0a80000fec38428, 0xff800000bb000000
	.quad 0xcf6c8514749a81e2, 0xc44042df5f8ef961
	.quad 0x1d6b094315dfea66, 0x3f7d926cb5918979
	.quad 0xdad840be9edbfedb, 0xc05c3ad2b6d90000
	.quad 0xff88243eef1b80bb, 0x4024000000000000
	.quad 0x9f6626d2c77ffd90, 0x001e4b210d0b326e
	.quad 0x548ad2e07bf27d14, 0xc743a99fc7fbfcff
seed28:
	.quad 0xfffef4fa2cfd46da
	.quad 0x9d4db669e2bef5a9
	.quad 0x765fb730fbe92283
	.quad 0xffffffffffff80d9
	.quad 0xffffffffffff62a4
	.quad 0x2f0ba2069be3b4a8
	.quad 0x72a385d2fc74172a
	.quad 0x00019edca52c111e
	.quad 0x000000020b9fb3b3
	.quad 0x4c26b4c2042c8bee
	.quad 0xfffffffa7df02aee
	.quad 0x0000000000000052
	.quad 0xf242e4adc2655370
	.quad 0x1334086a7aa439ed
	.quad 0x000012c49f21434d
	.quad 0x075f74cdb2670848
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x8072e1dd6e935bf2, 0xc20e08c7b938f881
	.quad 0xd60e6be04789fcda, 0x95c0d5e818fdfbef
	.quad 0xbe161c6783bfb780, 0xbfcc000000000000
	.quad 0x683b0978fed75827, 0xcbe3c72b277dfb75
	.quad 0x9f37435a65a041cf, 0x735803c446d5ff36
	.quad 0xbfe06d787a735fca, 0x3fa00000bceb7bfb
	.quad 0x3d8a555100000000, 0xf6bff32777d88000
	.quad 0xc0779550734e7bc0, 0x96195430fbdfdf7f
	.quad 0x40d00000ffbba620, 0xffc00000ff7d65e5
	.quad 0x816474375fffffff, 0xffc000007fc00000
	.quad 0x7effffff7f800000, 0x2309424527434830
	.quad 0x4100000079a3345e, 0xf5139e15b4da7256
	.quad 0x8322f370cf0602da, 0x652bd39feeeb464b
	.quad 0xdcdc072305297e9c, 0x7ff8000000000000
	.quad 0xfea7c4c22a691d97, 0xc7b50c40ea13a16b
	.quad 0x7ff8000000000000, 0x009a247d78b6a50c
	.quad 0xff8977837f8e68e4, 0x80000000fff3e64f
	.quad 0x0167cbbe51c378a8, 0x2d9f93c04ef6c4d8
	.quad 0x3faa76359525830e, 0xc014a85dd714ff87
	.quad 0x01757b87fdafffb1, 0x4cf7fba4fff83daf
	.quad 0x926029e812702b68, 0x2b89745476ca268a
	.quad 0x1dcd4255f2677ccf, 0x657b67ea8a1ce7a0
	.quad 0xfff0000000000000, 0x8d0799d7170b42eb
	.quad 0x0ad94a3fff800000, 0x0000000000000000
	.quad 0xff9995b77f800000, 0x906aaf89be90201d
	.quad 0xfff4864fbe947b41, 0xc3d92d7f474d13a6
	.quad 0xff94cd39e764feec, 0xc9f80000800dc36f
	.quad 0x3bb20385ffcec346, 0x7df53b608f6ca9cb
	.quad 0x3f900000cee4c7ae, 0x401b000000000000
	.quad 0xffc0257b77096c67, 0x3f40000000000000
	.quad 0x13f2e20853e5ef79, 0x3fcb800000000000
	.quad 0x7fcbfeebbfa00000, 0x88754251e2f3c44b
seed29:
	.quad 0xfffffff8fffe8653
	.quad 0xfffffffffffffd12
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0xffffffffffffff87
	.quad 0x238adbf6c4a99076
	.quad 0xfe3d1e361c53ae1e
	.quad 0x000000000000013f
	.quad 0xfffffffffffffec8
	.quad 0x0001e14d7e6e22fd
	.quad 0x000000007fffffff
	.quad 0x2a52abce063a97cd
	.quad 0x00000000000001fe
	.quad 0x000000000000001b
	.quad 0x0000000000000302
	.quad 0xbb54ea5ffa49b60a
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x8000000000000000, 0x7f80000000000001
	.quad 0xf3f85dffc774fff7, 0x2126fb7de4995f55
	.quad 0x138ea571ab3cd7b9, 0xc0633783febc67b4
	.quad 0xf9fb624dc98881d9, 0x368bfdf623cbdedf
	.quad 0xca7fc03000000000, 0xc0b444eb6fb6f6df
	.quad 0x3f00000047800001, 0xff8000003ded62d2
	.quad 0x7fc00000ffcfd7b0, 0xffda87047d41191f
	.quad 0x4020800000000000, 0x9a1af27ae7b77fff
	.quad 0xffd3849fc62ac5bb, 0xb561be51c0300000
	.quad 0x7fe39fefb243b06b, 0x44b61f52ffef7f1c
	.quad 0x4e75f422a14e2112, 0x713f52c0533d40ff
	.quad 0xb317ef1a2e0d7c9b, 0x0dc1a5a48e648000
	.quad 0x8000000000000000, 0x00aa9b473cd3819a
	.quad 0x37ab09dfc9e05280, 0xf8a40d0d89d58000
	.quad 0xc1f0000000000001, 0xff975beff4414ecd
	.quad 0x3fe00000f5bb937b, 0x03c179af420b7447
	.quad 0xa541b0cbffb57a20, 0x00e3c59940900000
	.quad 0x4130000000000000, 0x16a56b2afbebfd98
	.quad 0xfff8000000000000, 0x807acaea3fb86be2
	.quad 0x92521da7fdb9bee3, 0x41100000dffffffe
	.quad 0xfff8000000000000, 0xffc000004fffffff
	.quad 0xffc0000080000000, 0x7fdd34d6bb93f679
	.quad 0x3f934c396e9d5d9e, 0x0000000080000000
	.quad 0xbfa576df45288154, 0xff800000bb000000
	.quad 0x42cc394e40dd307f, 0xe6ce3c978bdb7c00
	.quad 0x8443a25814f10000, 0xf5d06626df249f11
	.quad 0x69a4096d5eb67db5, 0xc007000000000000
	.quad 0x5206672482fffc64, 0x3439dc1dffff77e5
	.quad 0xf4724f3c4a2428f7, 0x58c97f72a7d64371
	.quad 0x5aa227034f9fca53, 0xfff0112146f95c15
	.quad 0xff8e7afb7f800000, 0x80000000753c69c9
	.quad 0x001fffffffffffff, 0x5f0000017f7e7063
seed30:
	.quad 0xfffffffffffffe01
	.quad 0xfffffffffffffc20
	.quad 0xfffffffffffffff4
	.quad 0xa97975d9bc777c02
	.quad 0xfffa5ad9af75ac8c
	.quad 0x8000000000000000
	.quad 0x8940553003debc9d
	.quad 0xffffffffffffd2fc
	.quad 0x61d170e58d4db8a3
	.quad 0xaebc85c2bb387235
	.quad 0x0f21c6f84c5779d2
	.quad 0xffffffffffffffe6
	.quad 0x294e50e33647f047
	.quad 0x00000000ffffffff
	.quad 0x000000000000e41f
	.quad 0x2119f85d267cf808
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x68daca197ffffec7, 0x7ff7673daaf00900
	.quad 0x8723c41d7aec4840, 0x7ff0000000000000
	.quad 0x7ff0968f1a940b92, 0x093c322e5d577fa1
	.quad 0xc72711d6df79cbff, 0x51f5b21c59d8cf9e
	.quad 0x750b153a784ff712, 0x4017800000000000
	.quad 0x871d9f46ebffffff, 0x80000000ffb94623
	.quad 0x7ff8000000000000, 0xfffeb599806d8d87
	.quad 0x2dbe4888d15b0000, 0x3f63000000000000
	.quad 0x303cde4dccc2fd6a, 0x0017f3a6b3b4a6bf
	.quad 0x7fad9b76bbab0285, 0xfd61f5244e12a825
	.quad 0x0c3ba84e67008035, 0x49e00000e8580289
	.quad 0xfffccd19f34a6c9c, 0x12835bf5ff533771
	.quad 0x7de287c541e5204b, 0x19e22286fffdfede
	.quad 0xc3e0000000000000, 0x31ae0f4be9df9e7f
	.quad 0x7fe0000000000000, 0x403a7c764ba73ee3
	.quad 0xbf9a50d519fd1c1b, 0x121ba51c3fcc3482
	.quad 0x5b2bffc3966e458c, 0x7f800000f9889a9c
	.quad 0x0e10e149ffae6df2, 0xe2bcbb278da9b60e
	.quad 0x000000007f800000, 0xbc1f9ecd80ffffff
	.quad 0xb0aa8be0f4dfba05, 0x3fe8000000000000
	.quad 0xc1a0000000000001, 0xaff8f5a5ed24f8e0
	.quad 0xfee556aa7f7d2248, 0x8008000000000000
	.quad 0x022d750ffefcf953, 0xfefd6a1212c7994f
	.quad 0x00000000ffa422af, 0x7a2edae77d7e7e3c
	.quad 0x7f800000ff800000, 0xff8000003e6dfa1f
	.quad 0xd0285b63c34954f0, 0x0000000000000000
	.quad 0x3fcda122b9197635, 0xbfa6de17ec63d390
	.quad 0x8000000000000000, 0x764fbdcbef7b8d15
	.quad 0xc0190485cac52060, 0x08b6802a1f5d9d09
	.quad 0xfeb3a068e7dffd2f, 0x40ffffffffffffff
	.quad 0x35ffd3f1875d7e00, 0x7f918bef075ce30f
	.quad 0x7a73d1c7bbd83ba1, 0x851ea8737fa641df
seed31:
	.quad 0x0000000000000049
	.quad 0x858e8ebb3b89ff77
	.quad 0xd98db43999785063
	.quad 0x0000000000001fb4
	.quad 0x5b438a2fba5fb066
	.quad 0x0000000100000000
	.quad 0x4e450596443a9c72
	.quad 0x8000000000000000
	.quad 0xb49b91d7f6350c43
	.quad 0x18b941deb6d9f2fa
	.quad 0x0000000000000049
	.quad 0x00000000000001bf
	.quad 0xe3c55f0b7cecfa63
	.quad 0x3627f22ab0eb8030
	.quad 0x6322f60515bdb8aa
	.quad 0xbad8b0c2b7ad4479
	.quad 0x02000000
	.quad 0x00000000
	.quad 0xdc97479d6bd7fc34, 0xfff29e44c1c8ac15
	.quad 0x0000000000000000, 0xc548126e7bbffa7b
	.quad 0x7ff0000000000000, 0x1d7a65ce08b65175
	.quad 0x276648537de737fe, 0xc0683ae6a3580688
	.quad 0x8d49f9cb961054c3, 0xffe2c669af7f76d9
	.quad 0x473c363bd61d320a, 0xe12f867f5ab2ddea
	.quad 0x74ef9836b824035f, 0x72f33f57d39f7a07
	.quad 0xb569b1ed1c2b4672, 0xc017000000000000
	.quad 0x001c6f9304b45dd4, 0xef4a2d07e38e4b5d
	.quad 0x9168c6344dd11b9e, 0x0350068eceb85c8e
	.quad 0xcc2b22356107f800, 0x14875b5d7e252105
	.quad 0x4021000000000000, 0x8000000000000000
	.quad 0x4a0fe65563a12b48, 0x03002829c1457108
	.quad 0xf5a42fc2f7affd77, 0xfffb61865e2ded19
	.quad 0x67ead5397f5d22ff, 0x3fd771d69aa7671d
	.quad 0xc32e6d468164ec04, 0xff3171c97f5ff347
	.quad 0x8a539cc690ad7974, 0xfff4f3a7f583c1ed
	.quad 0xc03331ff3eb095e7, 0x863cadaaabe97980
	.quad 0xc105163b00400000, 0xf65f29817fbbfc02
	.quad 0xee80f8d3165b042c, 0x3bb5cfc07fa3c7dc
	.quad 0xbd4831b5ff800000, 0x66855db8fffffdb6
	.quad 0xfff79188486352be, 0xc8b77c2a6257fe00
	.quad 0x02e2949c548cb259, 0x80712b2bbac47bc0
	.quad 0x8a5d71f05ff290f0, 0x9218b12ca8477df4
	.quad 0xbbe252577f9ed29c, 0x6d80b242f17a8d00
	.quad 0xc33fffffffffffff, 0x4ad261075f76caf9
	.quad 0x719bc891878cff05, 0x7fc000007f800000
	.quad 0x3f19000000000000, 0x8010000000000000
	.quad 0xfff4ad3d01a023d0, 0xc07d000000000000
	.quad 0xd5fdc6291c09bffe, 0xffe6f17a0d5842fc
	.quad 0xf836ee65bea5fbb7, 0xda000001f96a26d1
	.quad 0x42881c6e7f994c23, 0x8007b876810f2d2c
seed32:
	.quad 0x5f33b6655034f230
	.quad 0x015964fddbcc7fef
	.quad 0x0000000000000000
	.quad 0xffff82f832ab6f56
	.quad 0xfffffffffffffe4d
	.quad 0xffffffffffa560c1
	.quad 0xc875d5650e42930e
	.quad 0x000000007fffffff
	.quad 0xffffffffffd1c490
	.quad 0x09312868edf4b8f0
	.quad 0xfff9ebffbdb27ae4
	.quad 0x58ec08ff489f75c6
	.quad 0xfffffffffffffe94
	.quad 0x0000000000000d8a
	.quad 0x34dbaa9a3f5fb589
	.quad 0x178c1eb3186a8dca
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xb723bc3681052932, 0x008635e02eb195e6
	.quad 0x52c415f4e78bbff3, 0x7f800000e669f686
	.quad 0xfdb180305691ee37, 0xc0d8000000000000
	.quad 0x17945cb4fbfa75f1, 0x6f979766f7af7c00
	.quad 0xc018000000000000, 0x8ed0988341cea564
	.quad 0xf0c1029dffae283f, 0xc06000003d72da22
	.quad 0x5b0845b37fc75166, 0x7fe2b4f29ca6c729
	.quad 0xa72461212b4044a0, 0x5b5dd010bffea0fd
	.quad 0x800d8d40264e5e23, 0x17e4db13fba78000
	.quad 0xfff0000000000000, 0x7f96338bfc150be0
	.quad 0x437e1ebeffdc3134, 0x00413115002e7539
	.quad 0x3323b7b33ff40000, 0x0981ca8cafa8f4d6
	.quad 0x7ff2f9d9cc02cdff, 0x40f0000000000000
	.quad 0x000000014f2b6b9f, 0x0000000040200000
	.quad 0x82fb90c480000000, 0x41b6ccc86f612656
	.quad 0x90acb025705e7c00, 0x8000000000000000
	.quad 0x34aa3150c2fe7c00, 0x61d8f41a95a6aeb8
	.quad 0x04f5481ec234b4e7, 0xfef829127ffb1bff
	.quad 0xc01b000000000000, 0x41040000770585d9
	.quad 0xec791c2800ef3c74, 0x41f0000000000001
	.quad 0x15d9abc9ff364780, 0x8000000000000000
	.quad 0x8000000000000000, 0xd504efc4236ef859
	.quad 0xbfd7c00000000000, 0x0efd1ccdd8d536a4
	.quad 0x06d8b600642fff5b, 0xdc5c1bdf7e38bc00
	.quad 0x403714cd02105336, 0xfff0000000000000
	.quad 0xe31597f1a3500000, 0xeb0f2fdbfffef3ee
	.quad 0x43ba50ebfe942cfd, 0x5568fcf48729d65b
	.quad 0xfff0000000000000, 0x104f2a7d7cab7bcc
	.quad 0x0020000000000000, 0x9831f7a5a329c000
	.quad 0x5f7ffffe9d0f13ee, 0xc1200000ffc00000
	.quad 0x9bef0573a3a6fa2b, 0xc132c00000000000
	.quad 0x7a8a3041cb900000, 0x7fdceca94bd178bb
seed33:
	.quad 0x0000000000000000
	.quad 0x0000000000009c2b
	.quad 0xff2b44d8c6ebf54b
	.quad 0x03bb43c672bb03d5
	.quad 0xffffffffae7427cd
	.quad 0x00000000000001e3
	.quad 0x10479246a2c906bc
	.quad 0xfffffffffffffe19
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc26
	.quad 0xffffffffffffffab
	.quad 0xfffffffffffffe30
	.quad 0x3be51e0422ae061e
	.quad 0xffc4675cdd28d211
	.quad 0x9e3efe01001ea3d3
	.quad 0x72b449de06344c97
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x5e8875b4ff8011f5, 0xeb77008b93c6fb1e
	.quad 0x85fb231c50d17c00, 0x3bd43bc935391a18
	.quad 0x1794086e8a874614, 0x8fb1184c846a0000
	.quad 0x44150000415b755d, 0x3fadf3d1461b34dd
	.quad 0xbf66e5e75a7fffff, 0x0000000000000000
	.quad 0x6df85e23ffc00000, 0x5fffffff0a1a05cd
	.quad 0x40c400007fde7a04, 0xfff0000000000000
	.quad 0x62b4d674d5038351, 0xcf8413be00000000
	.quad 0x8d858c4efe96b8c3, 0xbdc2b7ef47fffffe
	.quad 0xc056fe08f1d5c523, 0x356b0fb83487adc3
	.quad 0x990e26339bab79fd, 0x7fdfffffffffffff
	.quad 0x366d93d99037d94b, 0x800fffffffffffff
	.quad 0xc05ed2b5e7ae51ed, 0xbe495af241a7d0d8
	.quad 0x36b361dad9741b61, 0xfff40bc3a9d972fe
	.quad 0x0008000000000000, 0x000e351e1014c1c1
	.quad 0xdea579699dddfc00, 0x980861a52ab97113
	.quad 0x62443fd90d027c00, 0x800075d99d608eac
	.quad 0x8000000000000000, 0x4020000040300000
	.quad 0x8000000002d5ba10, 0xae203ebffdcff413
	.quad 0xf539c71af489eccc, 0xb7f67ab1e7b1ef71
	.quad 0x9556bcd7ff9af7fa, 0xfda945f5eabb94a1
	.quad 0xffee90b5115d1bf9, 0x95849240ce69accc
	.quad 0xc220000000000000, 0xdb757a438ffcdfbf
	.quad 0x64797d06dd04fb59, 0x514454447d37c863
	.quad 0xc16b47d3ff800000, 0x8d8de6ee582ec5f5
	.quad 0x0000000000000000, 0x403f12b53ad2635b
	.quad 0x83ad1a6ee03e8d41, 0x9c16ffa95df9f932
	.quad 0xc8b2a5f3aaffa8bb, 0x0ccdb0e6fff3c649
	.quad 0xc022000000000000, 0x313ec35743fb875e
	.quad 0x73787f2cc33cdf5c, 0x8e644665654b4add
	.quad 0x7a78e6ebfdb00000, 0xc250000000000000
	.quad 0x66d0b3831b97e5eb, 0xda1cf777cddd7ee3
seed34:
	.quad 0xfffffffffffffd60
	.quad 0x0000000000000001
	.quad 0xc8f520e4a28e40cf
	.quad 0xcf00505374c0f128
	.quad 0x000000000000197b
	.quad 0x9d4659854ecf83db
	.quad 0x61e6497089d1286c
	.quad 0xbf630b2b49e4ac18
	.quad 0x19b37cd47a672a84
	.quad 0x0000000000000000
	.quad 0x28d4c2ac824722b6
	.quad 0x2058d11dbf6b9805
	.quad 0xffffffffffffffff
	.quad 0x00001adf8c17e1e5
	.quad 0x000000d460b7c3cb
	.quad 0xffffffffffe2eb91
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0xc003a9e59da4dcc5, 0x7ff0000000000000
	.quad 0xe4bb82d19c6496b2, 0x557e26cbc29133a8
	.quad 0x004e1dfb886b9e6e, 0xfff8000000000000
	.quad 0xa49b2ee9ffe33d51, 0x0e6a9b70fff97efb
	.quad 0x80000000882ed6a5, 0xa3bd4c7bc8dfbf6f
	.quad 0xa282da03aa2a108c, 0x63c3a992ac7a0000
	.quad 0xc050bf9468c60377, 0x870d03da76c13e99
	.quad 0xc7800000fee29e91, 0x437cda356dafbaa6
	.quad 0x497b75c5db143315, 0xc014000000000000
	.quad 0x3ff255efadd4aea9, 0x7ff676771a1a2c83
	.quad 0x6f824ca957cbf830, 0x002fffffffffffff
	.quad 0x9f72c1da7e89b57b, 0xe5405cc35fd0fe7c
	.quad 0x6fef2b5577dffe00, 0x400000003df58780
	.quad 0xa702d0ba119f82ed, 0x4017000000000000
	.quad 0xffde3bdf6983fd4c, 0xc700000105277069
	.quad 0x002fffffffffffff, 0x45ac43ebb52e7d6c
	.quad 0x9ab49a84fefb7f54, 0x4f7ffffebf800000
	.quad 0xeb881e8b80400000, 0xfff8000000000000
	.quad 0xbfd783d3bf5797e5, 0x8000000000000000
	.quad 0x00000000c0f00000, 0x82592d2d807fffff
	.quad 0xa00db885ee18eb30, 0x5bd742817ff7c102
	.quad 0x2d2683d5c7972210, 0x3c36f632cdbfbb7d
	.quad 0x6a3d02e402839fff, 0x02072978997e3885
	.quad 0xcd7eaf40ffffadab, 0x3fd146d585dfa1cf
	.quad 0x4b4a7fc92b3701ff, 0xfff3a7196235b6bd
	.quad 0xbff4000000000000, 0x5f98ea60ffedfbeb
	.quad 0xbf9f26cce1f63016, 0xc77fffffc0f00000
	.quad 0x737feb97ffbc5c81, 0xffde97a6403a2bd2
	.quad 0x40b8000000000000, 0x0000000000000000
	.quad 0x00000000806a41d9, 0x7ff00e8ca025580c
	.quad 0xbfce2bf18c8f7244, 0xff2bd7a9c7ccc200
	.quad 0x8049f4543fe00000, 0x04c7d100e7226387
seed35:
	.quad 0xbe922445ce1cdb92
	.quad 0x0000000080000000
	.quad 0xfffffffd7b9499c9
	.quad 0x3158f1095bffdc04
	.quad 0xba6c7f990cfa4049
	.quad 0xb324f48aa5b65478
	.quad 0x5a517f6c7cbd40f4
	.quad 0xfffff5489427c638
	.quad 0x11d989326564162b
	.quad 0xa75ed2fbaf66e1f9
	.quad 0x958ec29e715ff350
	.quad 0x3bfaec4f9129be54
	.quad 0xfffffffc618901c7
	.quad 0x0000000003160a4d
	.quad 0x010b371e47a608ef
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x7f41537e11440549, 0x42d9733e7f3a8aa6
	.quad 0x804116a2ca9f433b, 0xbe43a330991f1fbf
	.quad 0x000b68e839fb7890, 0xa0e2cb4d00000000
	.quad 0xf6de1460bc0bd25a, 0xc020400000000000
	.quad 0x7e7eacb1a8b82d26, 0xf57ccd173cbfd9ef
	.quad 0x620f26defd509905, 0x94984cb9b0fbb27d
	.quad 0x1a39bf6083c27c00, 0xc19a11cfd63fde1e
	.quad 0xbff8000000000000, 0x54a61237bdec7b48
	.quad 0x398a000080000000, 0x3fb87bcac34cb61b
	.quad 0x5a5e1029023114f0, 0x8000000079233926
	.quad 0x3d0a45ae7895bbc6, 0x0a522b897fa4db36
	.quad 0x212eadf245fd3400, 0x48280000c386b41a
	.quad 0x40301070d10b1479, 0x0000000080278b0a
	.quad 0xf8e8059140700000, 0x7ec077f7bdc00000
	.quad 0xbfd83bbd2ac1d830, 0x5ffb76429458a992
	.quad 0xb51a19e9ffbffedf, 0x0c68e04a802bb83a
	.quad 0x167a3e15dfa8a6f5, 0x7fc0000050487483
	.quad 0x3a2af73ef2fa2f51, 0x9d8a5cf6007fffff
	.quad 0x8020000000000000, 0x0c365c37bf359efa
	.quad 0x41fffffffffffffe, 0xfea8fa7ed9b50718
	.quad 0x4027ef666543158a, 0xbfaae00000000000
	.quad 0x0071d075ffe19a6a, 0x45b90000bf602047
	.quad 0xb0e3e178ff987c00, 0x0000000077815919
	.quad 0x0100000000000000, 0x7eadaee480000000
	.quad 0xbfbb92b73c846343, 0x57b8cc93ffffacb6
	.quad 0x3ffffffe0044102d, 0x406c000000000000
	.quad 0x5d2804b0bfc00000, 0x1d48f4f0b8718400
	.quad 0xfff09d3ec768dd61, 0xb6086e0f649b03a3
	.quad 0xdd2d41cfedfa2d8e, 0x4340000000000000
	.quad 0xb367d641ffff7fff, 0x2a0bce6cffb7073f
	.quad 0x7ff20f69b88b204f, 0x6a8d4de3453b7c87
	.quad 0x4239aaa27fc00000, 0xc1f660d3c3600000
seed36:
	.quad 0x60014e4f3c7c7b3f
	.quad 0x0000000000001dd0
	.quad 0x00000000000002bc
	.quad 0x2384494a4b7ad72d
	.quad 0xff56551b3255126e
	.quad 0x07bfebe7a2eb2ce5
	.quad 0xffed6ab73186eb12
	.quad 0x499d0c92a780d3d6
	.quad 0x00000000000003a7
	.quad 0xfff3a0eeeb3b7a14
	.quad 0x318358c39ff34a3f
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0xffffffffffffffd4
	.quad 0x8000000000000000
	.quad 0xffe523b505d947dc
	.quad 0x06400000
	.quad 0xa0000000
	.quad 0xc34731d1531f2123, 0x7eb96d2eccd6ce1c
	.quad 0x0000000000000001, 0x687d6b04e7ffffff
	.quad 0xc080000095359c3b, 0xff8865724e7ffffe
	.quad 0x5a4b0b517fe32912, 0xc0d80000c3400000
	.quad 0x1e0b2e6a8717fc00, 0xc0cfdcc4c1040000
	.quad 0xff800000ebba121d, 0x4022c1cf70e950a4
	.quad 0x9376b00cb6b3f27e, 0x7fc0000080000000
	.quad 0x3f00000041120000, 0x591be0683f000000
	.quad 0x404e7668595197b2, 0xb64580009158e320
	.quad 0xfff0000000000000, 0xfa8c28b53dae7bff
	.quad 0x32897608f0de5fed, 0x402038397fc00000
	.quad 0xc066000000000000, 0xbff4000000000000
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x7ff03bf7a61b0755, 0x3f8b649d9d1da1ec
	.quad 0xfff723fe346fd289, 0x15293f51803c4860
	.quad 0xa361d4079ec11a3f, 0xffda0ccd3e5578ed
	.quad 0x2bd7e2b2ffff46a0, 0x93a4daffee8f532e
	.quad 0xca0bfaccf8b47c10, 0x7fefffffffffffff
	.quad 0x0bdb90ae7fddfc52, 0x40eb300000000000
	.quad 0x83b9deca1fd36d54, 0xffe609cc48400000
	.quad 0x4019128b002dda2b, 0xc480db80fffff0b3
	.quad 0xbeb4ec5182ccff03, 0x3c96aff2051e5bc4
	.quad 0x7c26797a8839009c, 0x41ffffffffffffff
	.quad 0x804545113e000000, 0xdf7fffff7f800000
	.quad 0xfff14825e9a0751c, 0x3e94e6a798b11ffd
	.quad 0xd0e314c8ffd9de5f, 0x7514996fffb70c69
	.quad 0x199ccda7dabfff61, 0x991bd08ffbfff772
	.quad 0x0042e4eec04454de, 0x3f30c87e3e800000
	.quad 0x216f2381f7bb7e27, 0x40b561a100e0c830
	.quad 0x0000000000000000, 0xfb53b55bbc0a8a9f
	.quad 0x7cfe27b83c54f833, 0x800000005f7fffff
	.quad 0x8000000000000000, 0xcfb5ef976fcf84ca
seed37:
	.quad 0x5bd537cbcde3e819
	.quad 0xe084d4706576ad55
	.quad 0xffffffffffdfc631
	.quad 0x87dbd30e506fc32c
	.quad 0x09baba49142ea066
	.quad 0xffffffdde310c235
	.quad 0xffffff85cf5f2d60
	.quad 0x19a3d262a25c26f2
	.quad 0x00000000001a28c7
	.quad 0xca28bab6f561cd5f
	.quad 0x1fa09698a801ec41
	.quad 0xffffffda42b31ee2
	.quad 0xfbf3fac834d2e312
	.quad 0x00000000f856e35b
	.quad 0x000000000000028b
	.quad 0x00000000000002d8
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x802ecdddd9a80ac4, 0x7f9e78a67f800000
	.quad 0x4a26814b8dea262b, 0x033616bb7a21c5cd
	.quad 0x7fb7318bbbbbb919, 0x80f95146c343cbbb
	.quad 0xd2259586ffdfdbbf, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xbf013149afb494fe
	.quad 0x7ff8000000000000, 0x8188a7d8797c17bc
	.quad 0x0afa20f1f25e445b, 0x800010a5c7779675
	.quad 0x2d29751077b50000, 0x5bfa23e6efbed313
	.quad 0x4da49eb5d0128001, 0xfda146b2892e27dc
	.quad 0xc05b9c3b00000000, 0x0e9c3fef47400000
	.quad 0x80ffffff72a4c327, 0x9e25800b573728cd
	.quad 0x73e32027ff8dbff8, 0x7ff8000000000000
	.quad 0xff800000a06a3412, 0x3e4b6bf77fedb9ee
	.quad 0x963312ea493f7c00, 0xfe01a9e0f7f65b28
	.quad 0xfcf5c81f9f8a87c0, 0x0020000000000000
	.quad 0x3fa000009e3047a1, 0x3c4f9ca70e334c79
	.quad 0x66d1dffd65670049, 0xfff52bafd80f6348
	.quad 0x7effffffa7f69a29, 0x9cbb02707fc12132
	.quad 0xbd7f402934aedd6a, 0xff82cfd0fe800000
	.quad 0x407235f7dbea020d, 0x8b0c3982fffffb42
	.quad 0x97d16e398ef99a1d, 0xfff5d51932906458
	.quad 0xffbbbc1934f9d5b0, 0x441b37cbff988bff
	.quad 0x4055200fa213a5de, 0x3f9c4d0db76e5643
	.quad 0xda0000007fe609a0, 0x29fb03b79ddffded
	.quad 0xc3b9283a17807c00, 0x4518b8267fa2f600
	.quad 0x0000000000000000, 0xc0ac000000000000
	.quad 0x3ed55a0808c6ba4f, 0x5b4d11448f292d54
	.quad 0x4e4e907c3c106758, 0x8ad41ed0dcbffdb7
	.quad 0x802743cf92722de4, 0xff7fffff3fdfb0b5
	.quad 0xc12bdafe7fc81642, 0x0000000000000000
	.quad 0xbecdd4e3ebc35a07, 0xa322a45abcd3ffb2
	.quad 0x7fbbd05a80ffffff, 0x7ff3d2574f800000
seed38:
	.quad 0x0000000000813cbc
	.quad 0x3287e7226ace3fe4
	.quad 0x42112981ed8e8a1d
	.quad 0x9df809a1883c834f
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000003a72632ea7
	.quad 0xffffffffffffa335
	.quad 0x00000000ffffffff
	.quad 0x000000000006cb55
	.quad 0xffffffffffffffff
	.quad 0x000000000000008d
	.quad 0x000b77c20ad993b5
	.quad 0x0000000000000112
	.quad 0x6c774c3c11c4f2f9
	.quad 0x0000083b0bf6d812
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x31a65710dbd0b769, 0x0f1678c603cac0d0
	.quad 0x026b9d335eede801, 0xc35d4782bec00000
	.quad 0xd35aa584fffdaffd, 0xbe6128f3cc5ff5d0
	.quad 0x4020b241cf9af7ba, 0x2ae8c328ffecfc7d
	.quad 0x6ebcc1f4a0337c00, 0xc9890000999b27f8
	.quad 0x80000000c1a1fe5c, 0x272cd08d15538000
	.quad 0x815631824f800001, 0x0000000000000000
	.quad 0x3cddc6d980800000, 0xe18f37d40e36db42
	.quad 0x957819d930654f36, 0x80000000bbd80000
	.quad 0xc05e4b1487f394d2, 0x800000007fa8e8b2
	.quad 0x006139d076a5ad71, 0xc1040000104a044c
	.quad 0xc075f59a8f0b70ac, 0xc7d0cf6ffbffcefb
	.quad 0x7d85e0a4f0bb953d, 0x7fc0000047dba76c
	.quad 0x88764dde7fced56d, 0xffc00000cffffffe
	.quad 0xfdbd59f0a2bf0000, 0x800000007f800000
	.quad 0xfff644dc843decda, 0x185d4e32bc3fda53
	.quad 0x83bf859487570006, 0x801fffffffffffff
	.quad 0x402b9b895893d36d, 0xc949c33fbd6fec17
	.quad 0xc070c971a0d1d959, 0xf2c28cd18402963b
	.quad 0x439b67a776ea02d0, 0x400fffffffffffff
	.quad 0xcf8d181bffc1bc38, 0x68afdbfc71e632d5
	.quad 0x72b0e037709f8c3b, 0x1f28c934f12c858d
	.quad 0x870fb7fdeeefdfef, 0x7fbc1e3d0dc384f9
	.quad 0xbf79a5e24ff3dea1, 0x3a98ff47bcfbcb18
	.quad 0xc0769dfd3b14492a, 0x646483af7fc00000
	.quad 0x98b18288ffe3d1f7, 0x6ccb8e367fd6fe82
	.quad 0xa2527a61416d0000, 0xbf65bfea41220000
	.quad 0xd62080e07fa97e00, 0xda73820cfbedff39
	.quad 0x0000000000000000, 0x002d28310a977087
	.quad 0xb45b4c807ab3f015, 0x001fffffffffffff
	.quad 0xc1200000201b0a59, 0x083be34f53c24326
	.quad 0x1ad6d08380400000, 0x8000000000220dc4
seed39:
	.quad 0x00000002ce9e1ebb
	.quad 0xf5981c67ded03900
	.quad 0xffffffffffffffff
	.quad 0x00000000000000d9
	.quad 0xffffffffffffff53
	.quad 0x0000000000000000
	.quad 0x99d6fd3428669b63
	.quad 0x000000000bbeaec5
	.quad 0x0000000000000000
	.quad 0xab06cab219f04f8b
	.quad 0xfffffffffffffef9
	.quad 0x000000000000daab
	.quad 0xa65430eadecb62d8
	.quad 0xffffffffffffffc2
	.quad 0x00000000000002c0
	.quad 0xffffffffffffff29
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xd87ac60d79ac83ff, 0x6493b573723dfa60
	.quad 0x08164bd97f3d4640, 0x49c4e989002e92ab
	.quad 0xa3fd66885ddeffff, 0xc014000000000000
	.quad 0x16f712763001a29e, 0x42cc6d5a00000000
	.quad 0xa265af514a1645f0, 0x8020000000000000
	.quad 0xfff7e07971450636, 0x6ebde8bd7fda8e42
	.quad 0xc1bfbac68060d888, 0x3c2585178393bddc
	.quad 0x37bab483befeff3f, 0x3bbf993d00000000
	.quad 0xc016800000000000, 0xc3f0000000000000
	.quad 0x3f8ba0684bd4b566, 0x4023000000000000
	.quad 0x0000000000000000, 0x422e4a37cdc24880
	.quad 0xc0323daa6c674806, 0xa91668f3f1c27afe
	.quad 0xbffd2dfe1a72ac0d, 0x3fc514b64dd02700
	.quad 0xda0000005de12652, 0x3c5061d341ee8aab
	.quad 0xbfb3922fd81516bc, 0x00fc9a327ef74cf9
	.quad 0x837761e27ebc1ba2, 0xc95970807f508b17
	.quad 0x40642eff7e800000, 0x434da626ff800000
	.quad 0x3363d90b8bedfb9a, 0xff800000fa843164
	.quad 0x1a51b9a5ffb198da, 0xc7200000ba7c9f64
	.quad 0x8004e65dc8391919, 0xbb27eb13b10c42a6
	.quad 0x00f655b43c4ccce1, 0x9228f1aa2aae5136
	.quad 0x7ff0000000000000, 0x4700000047f70000
	.quad 0xed5aff0e799c697f, 0xfff3dcc53b9d1f82
	.quad 0xe7fdd8d8c0980000, 0xbcc00000ce800000
	.quad 0xc834f26f0ab6d1e3, 0x40d9eac3400f3da3
	.quad 0xbf12f4f8012e80a5, 0x7c776c0716f9e175
	.quad 0x7ff0000000000000, 0xdb22405f82087e00
	.quad 0x40100000fff69d4e, 0x7f800000ffc00000
	.quad 0x00000001ff800000, 0xc3efd63798a944ad
	.quad 0xffff6d210bda6512, 0x772da0f19f681f32
	.quad 0x7ff38d6701464889, 0xbfebead01389fee7
	.quad 0x72db611ee3f7bffe, 0xc51bccdfffde53f9
seed40:
	.quad 0x122b7b79dee51295
	.quad 0x0000000000000039
	.quad 0x00000000000135b3
	.quad 0x0000000080000000
	.quad 0x0052d49dab339c0c
	.quad 0xa2cd80f77fb292bd
	.quad 0xfffffffffffffca3
	.quad 0x37579af7707ff093
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe7c
	.quad 0xb8f6999d6dc0e90b
	.quad 0x0123062b6a30c9be
	.quad 0xffffffffffffff58
	.quad 0xfffffffffff9c37f
	.quad 0xffffa6338f90f344
	.quad 0x000000007fffffff
	.quad 0x03800000
	.quad 0x50000000
	.quad 0x7ff3adaec2d21462, 0xc31f0d0440ac0000
	.quad 0x9a164ea39e57678f, 0x7ff0f6d021848e89
	.quad 0x3e80000076476d79, 0x402a05beffbeff61
	.quad 0xbed3000000000000, 0x3ee8000000000000
	.quad 0x20717d8398ed75fd, 0x8000000000000000
	.quad 0xfff8000000000000, 0x850918775747bc00
	.quad 0x4024000000000000, 0xc07a781899237b88
	.quad 0xfe800000817fffff, 0x0000000176f56037
	.quad 0x9025f070758d7930, 0x7f000000ff2a9d7b
	.quad 0x70f6a8acac7c87d3, 0xc051affd719c75ae
	.quad 0x147aec472a3883ff, 0x417f8504a44b6a1e
	.quad 0xc020400000000000, 0xc1d1fa090e4d7405
	.quad 0x40709b6fa34c65ff, 0xc90200009e085b2b
	.quad 0x7ff0000000000000, 0x8008000000000000
	.quad 0x3ce86d8cfb9fd6c8, 0x7ff561c2f2c6f320
	.quad 0xc51bcdf5ccbfd048, 0x43bf22354797e384
	.quad 0x6c70ca72cdfffdc6, 0x4330000000000001
	.quad 0x8bc7e0fbcd39fc00, 0x00000000438e516a
	.quad 0x42f9470837068000, 0xc4cfbef80dbfc150
	.quad 0xbc659f6c87c1f138, 0xca65a93faffa83ff
	.quad 0xb37f9fd1d952b0a2, 0x18ed7d2f8277da46
	.quad 0xef8a63fb243dffa5, 0x11dacf111d8c11b2
	.quad 0xc11e5296c1080000, 0x800fffffffffffff
	.quad 0xfeadcac9be77dbcf, 0x80386c23012af089
	.quad 0x8000000000000000, 0x3fbb780ed96064ce
	.quad 0x7e80000080000000, 0xfff0000000000000
	.quad 0xff85dd7400000000, 0x87a7ea9c42171ff3
	.quad 0xa0adc4a1485e0000, 0x6cb099e67fffffff
	.quad 0x981c0adf7ffaffba, 0x62bdfa24ad39041e
	.quad 0x007fffffeded8a4b, 0x4740d32842437671
	.quad 0x00e2bfdb7fa7e0ba, 0xddfd85c66f7c7fbe
	.quad 0x42c5843abec00000, 0x0000000000000000
seed41:
	.quad 0x69134cf12f74645c
	.quad 0xfe81120d67e34187
	.quad 0x0000000001000001
	.quad 0xffffffffffffff8d
	.quad 0x7fffffffffffffff
	.quad 0x2330f1e4ad0f0991
	.quad 0x0000e371be7690be
	.quad 0xdb0114e1b8140cf6
	.quad 0x000000000000010a
	.quad 0xffffffffff6fd733
	.quad 0xffffffffffffa62b
	.quad 0x40c16da260703abc
	.quad 0xe84e85832726a6c6
	.quad 0xfffffc8bc2a1ae75
	.quad 0xfffffe6a0843b71d
	.quad 0xffffffffffffffd6
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xbb60000059dc82f3, 0x5a000000757b119b
	.quad 0xff81be37faa450ed, 0xff8e50ac812f2688
	.quad 0x17c068bc4737b1b9, 0x82483e3b66855670
	.quad 0xe6977b0af252f435, 0xff8791a5ff800000
	.quad 0x095ef235471a0000, 0x7bae46b8ffffffff
	.quad 0x002fffffffffffff, 0xb9dc7f84bfedf820
	.quad 0x7f908bb3439f4dbd, 0x7fe0000000000000
	.quad 0x3e25e03b7f800000, 0x001473d292dc2b22
	.quad 0xd9cf4ea5ffbffdde, 0x416379dee505b955
	.quad 0x7ff0000000000000, 0x3ca987febf8a61f6
	.quad 0x800437bea584be64, 0xb2316ffbffbbf015
	.quad 0x3f72b78a72d3b28f, 0x2643f40a1825d877
	.quad 0xbc3370838398467d, 0x3cd0000039800000
	.quad 0xffa072717ffdb033, 0x8001a5bc18c0279e
	.quad 0x8046564500734fc5, 0x42bf37850d111cc3
	.quad 0xe5e9f103ffc00000, 0xffac121bb3000483
	.quad 0x90dadcc7e3fffd11, 0x800db75330dbd234
	.quad 0xfff8000000000000, 0x3c2946a900000000
	.quad 0x3ff86260fb082ce0, 0x40650740f647be00
	.quad 0xc2d80000f0fedcbf, 0x3ffe9caff2a21f72
	.quad 0x00155ea9d225cbca, 0x5f000001433bca9a
	.quad 0x9ca148d29507d7dc, 0x3af80000c38706fe
	.quad 0xfffbe2671ef9a7a9, 0x38b4b6346f4c2db3
	.quad 0xa92170dcfec89c1a, 0x3c85e557ef2d01f9
	.quad 0x461e9c4dc6ef3c8f, 0xfad84844d21af59a
	.quad 0xd4e76eb87f9c4caf, 0x9fd67d4dd098a965
	.quad 0x5a4f54306dfb7efc, 0x40e0000000400000
	.quad 0xe31524983dfb26bf, 0x3f814d2ff4eec5e2
	.quad 0xac8758a0fdf0a0d9, 0xc96752270a076185
	.quad 0x4ced8bf67fdbfa5f, 0xfffee9d3adf25948
	.quad 0x8ef9922efffedcb4, 0xabaf70efbdc2bcff
	.quad 0x7fbea67ff8b954d6, 0x800000007f800000
seed42:
	.quad 0xedb6e75b7e40eafd
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc46
	.quad 0x000000000501679e
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0x00000000000002d5
	.quad 0xfffffffffffffd8e
	.quad 0x00000000000014bb
	.quad 0xc401a9bf0328bece
	.quad 0xffffe214e13c66a1
	.quad 0x6ca163d928f758ea
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff19
	.quad 0xffffffffe94454a3
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xc014000000000000, 0xc014800000000000
	.quad 0x071e7f06ffa3c9d4, 0xff800000bf014c57
	.quad 0x7fe23eabffc00000, 0x12e9982faa14c07a
	.quad 0x7f8000003fa00000, 0x0016682f5671b092
	.quad 0x812727863f117c26, 0xfff8000000000000
	.quad 0x4947ccb162f7030f, 0x43efffffffffffff
	.quad 0xf88f39ad6a46fe12, 0x8a99c2666dbd7d78
	.quad 0x40e1c1b66a2a7378, 0x42e59405ffc0a997
	.quad 0xfe6f95effffffd34, 0xbec0000000000000
	.quad 0xeb892e1270b45600, 0x0c6e44dd036d9014
	.quad 0xfff37f8e98b765b2, 0xa10dc34431ae7c00
	.quad 0x29bfbeb7491f33fa, 0xb3daa1306557cfc0
	.quad 0x758f49dada7fffff, 0x7381c615c6cc7922
	.quad 0xb53daedf47b0803f, 0x0db9fd9edc01fd65
	.quad 0x01e63d1fa6ee0000, 0x0e29b874d933efdf
	.quad 0x0000000000000000, 0x0d6945737e464740
	.quad 0x80000000ff800000, 0xa947f90ffffcdff5
	.quad 0xfff8000000000000, 0x000fffffffffffff
	.quad 0x806bf1d63fd00000, 0x7ffdfef5d25a3b16
	.quad 0x66a1e504fdba4f3f, 0x3c6e65f06ee14f2a
	.quad 0x9cff521bb3859af6, 0x000d38c94c79db97
	.quad 0xfff8000000000000, 0xec3249447ffdffed
	.quad 0xa9d5a79a545cde6f, 0x4000000080000000
	.quad 0xc016800000000000, 0x414dda1f7fc376c0
	.quad 0x92a651779867fd7f, 0x80fffffffec54b6f
	.quad 0x7f800000403ed927, 0x011f2428ee7a65f7
	.quad 0x3c45f93610dfcf00, 0x6fc2062a37610000
	.quad 0xa62e229389f43eac, 0x919397a9d4d30624
	.quad 0x00ffffff01697219, 0x95e69101eee97ba0
	.quad 0x91f57f67c7386e79, 0xfff6ce3f234094dd
	.quad 0x3fe23b5ee3543551, 0xfea05ea219d20957
	.quad 0x649584067fdbfbfe, 0x7a0567aa7fac92ed
seed43:
	.quad 0xfef64f0100f909cb
	.quad 0xfffffffffffffc22
	.quad 0x0000000000000255
	.quad 0xce0215e20876647d
	.quad 0x6ce19da6a2900870
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x3f6a2efc85df7c62
	.quad 0x000000002d904130
	.quad 0xabcd48f0e6532a46
	.quad 0x15fa2af01ed47127
	.quad 0xa835e5f51bb22abe
	.quad 0x000000000000024e
	.quad 0xfffffffffffffdc0
	.quad 0xdfb07268b3320872
	.quad 0x05000000
	.quad 0xc0000000
	.quad 0xc3517c1a7f800000, 0x7ff18d0e840e8df0
	.quad 0x16376dcd4ee02f75, 0x00f3e52cad4508a1
	.quad 0x7d35552fc79fc6c7, 0xf7ac703580238b0e
	.quad 0xc40f78ab2f8f78ef, 0x8466350c90d61b5e
	.quad 0x44661f87dcc04502, 0x585a65f5a2d4abd3
	.quad 0x400000007fcb7beb, 0x40a0000041c00000
	.quad 0xf8e1ba2bffefb337, 0xa6c34abd3ee78e20
	.quad 0x800000000a6606db, 0xbdd25cc9f4e8637a
	.quad 0x8af2e06effdd46d3, 0xffbfa6b03f800000
	.quad 0xfff8000000000000, 0x04ea67c059f64780
	.quad 0x7fa82b9e1679f31c, 0x8a654c304bcdd094
	.quad 0xff5cadc1c7000001, 0x9571011045368bff
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x9f2a2e8879580db4, 0xeb6d375bc12ad5bd
	.quad 0xbc9fe7e13d235807, 0x957f1c9bdf800001
	.quad 0x39ea3e173bb23900, 0x7faace922b4f7bb6
	.quad 0x0ff45f8eeffe8000, 0x4102800000000000
	.quad 0x3dc64a72ffc00000, 0xb4e5a843a238fbff
	.quad 0x554d3803dd608001, 0xbcadc29483e48000
	.quad 0x004be45eb3f22aba, 0x4ef3dd1a8719b758
	.quad 0x090c0ee618686f8d, 0x709d849affcbaef9
	.quad 0x827a93e4fbea6ba6, 0x42b923f180000000
	.quad 0x7ff280a7e36a95cc, 0x0322d20007a13653
	.quad 0xffc0000048948000, 0x5b6c20a77177c3ff
	.quad 0x7fc7df8a0ec03d9f, 0x48b000007fb9e0a7
	.quad 0x074eeba3c7c00000, 0xdac25534ff800000
	.quad 0x7ffc72c7a73d055b, 0x000a9ed10849ccee
	.quad 0xbd47579a41100000, 0x3c191f3dff930532
	.quad 0x47bff3efbc328400, 0xb535f3a37f9863b0
	.quad 0xd146a999be288335, 0xbf99c28426be8e1b
	.quad 0xa259c057f41afcc3, 0xe6b6fba5d19eb1f4
	.quad 0xf8f33eb8cf8ae94b, 0xf72634dfffae7e43
seed44:
	.quad 0xffffffff80000000
	.quad 0x00000000000000ad
	.quad 0x00000029314aa387
	.quad 0x44212a1676cc105a
	.quad 0x911e5b5a98afb2c2
	.quad 0x00000000000003a0
	.quad 0xfffffffc099bd6b9
	.quad 0xffffffffffad2693
	.quad 0x000000003f331205
	.quad 0xfffffffffffff99e
	.quad 0xa0c7bad3f8f79247
	.quad 0xffffffffffb56dac
	.quad 0x0000000080000000
	.quad 0x00000000000014e2
	.quad 0xfffffffffffffef3
	.quad 0x00000000a3d93a15
	.quad 0x01800000
	.quad 0x90000000
	.quad 0x8000000080000000, 0x81e3c0c7f875f1ba
	.quad 0xbf76189567a1703e, 0x8afdbaa42e9c96d6
	.quad 0xc01932c9af0a3e2d, 0xfff0000000000000
	.quad 0xda000001573299f4, 0xc08ebdb5feefedfd
	.quad 0x3c0ecbb943cacaac, 0x17662b281c57a48a
	.quad 0xa9f453e56c908b16, 0xc01e66a10c969b41
	.quad 0x93df64cf187624f0, 0x4012000000000000
	.quad 0xb8ea0000c1840000, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x80bce2623235b84b
	.quad 0xc0d000003fb36d9d, 0xa6b2fd6c54428000
	.quad 0x3ff0000000000001, 0x74576c2d87f54a68
	.quad 0x8356ca6c7e4a8265, 0x3b201fb4d9b696f3
	.quad 0xbd7c833148c00000, 0x7732dba83ed33b9f
	.quad 0xf8dad66a7f800000, 0xfff111557ac581bf
	.quad 0x6af4177f76df7c42, 0x90b52fc94a796609
	.quad 0xee85fda372b6ff3f, 0x39b4000023b1618c
	.quad 0x4fffffffc18b70dd, 0x7f8657847fc00000
	.quad 0xb626000075ebec86, 0x6bf8ae67b34a3af4
	.quad 0x43fffffffffffffe, 0x825076947fdd2eaa
	.quad 0x41180000429baa4e, 0x924627dbcff500ed
	.quad 0xfff2b0d0e1384661, 0x817fffffbfe00000
	.quad 0x37ebff826ec7839d, 0xf596daa5bdeaffbd
	.quad 0xa761876dacf7bfe7, 0x000b669e88799bda
	.quad 0xbb6000007f800000, 0xe30cb8cd7f800000
	.quad 0x7eea284d92612ffb, 0xb798e74f4619fc4c
	.quad 0xbe70c79cfb07eb39, 0x00000000c0a80000
	.quad 0x02fa8653a3bd6ad4, 0xfffb56ff572a4bd5
	.quad 0xc394207400000000, 0x1f854fec11a6dc4c
	.quad 0x1a77c702bf3ffd74, 0xf9638fda7fd5d5a8
	.quad 0x919d633a07aedd4c, 0x80029a219046e66f
	.quad 0xfff3a7d2022d12c5, 0x5b6c34c5ba6dfdc7
	.quad 0x4252f9da00000000, 0xffc000007f800000
seed45:
	.quad 0x000000000069af97
	.quad 0x4e9f2e528cbad527
	.quad 0xfffffffff17b6d28
	.quad 0x0000000000000235
	.quad 0x7fffffffffffffff
	.quad 0xff8a675943349685
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffed0
	.quad 0xae6ff9c5e3f97077
	.quad 0xab68b93d683865a6
	.quad 0xffffffff85091a1b
	.quad 0x10170cc2994cf6f3
	.quad 0x63c4e2047cbf7cf2
	.quad 0x0096de59e9403b7b
	.quad 0x00000000000073a3
	.quad 0x00000000000001dd
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x40f5b2db40500000, 0x0970c3aaefffffff
	.quad 0x7ff8000000000000, 0xafe076be4f854aa7
	.quad 0xbfc0000000000000, 0x4108000070e632fd
	.quad 0x085b9e369b007c93, 0xf6721b223c45e96b
	.quad 0x33b94cc91f164845, 0xfdb28371c160c126
	.quad 0x4f800000fffd2281, 0xc34b99ecd943a385
	.quad 0xffdf5d2a7f800000, 0xbf837db4fa2828d9
	.quad 0xcb2f0f8affa38e00, 0x25d83814bcdbcfb8
	.quad 0x6d40b245fd3aeb5e, 0x7d778ef9befdf5fa
	.quad 0x7f87d4754028e966, 0x9ebe038d154ff9b7
	.quad 0xc056392df3192454, 0x0000000080fe91c7
	.quad 0xbfeb23475232b667, 0x7f10afb2d5ed0c0d
	.quad 0x385539e0fffbefef, 0x4c8a30f9e7fffffc
	.quad 0x75897d185d090000, 0x7fa6c6a47f9c436a
	.quad 0x800fffffffffffff, 0x521e1ae7747e3e37
	.quad 0x28aaa54dffee579b, 0xfff42a5aaf8ac37e
	.quad 0xb7ac00000a19ef1f, 0xfff8000000000000
	.quad 0x00000000437da3a3, 0x80000000bf486aff
	.quad 0x63ea506580000000, 0x7fc000000a022a33
	.quad 0x87c72e1ef72fff9d, 0x0df22ac6ac34f801
	.quad 0xc1d417da001cd713, 0xbf9d9255f0b2c729
	.quad 0xc33ffffffffffffe, 0x6e6940d4e6fd7e66
	.quad 0x8000000000000000, 0x877f4710feffef64
	.quad 0xbfcb262a1467c30c, 0xba5bf05423ad1de5
	.quad 0x7fd6f9d93e99e96e, 0x376a5d46f1bdfb00
	.quad 0xc9f145412957f4f4, 0x293e01c173e7f672
	.quad 0xc0ffffffffffffff, 0xef429664ac4e375a
	.quad 0xbf240000409c503c, 0xe1bafcedbc63a684
	.quad 0x0e8756b5bed5ccfc, 0x7f8000007100b7b2
	.quad 0x412f804fffc00000, 0xbff0000000000000
	.quad 0x00bb711ff899d223, 0x4000000079d95464
	.quad 0xbf36a00000000000, 0x693f5638977b06dd
seed46:
	.quad 0x0006c2f808db0bc9
	.quad 0x004d4a9ebe3ada81
	.quad 0x000000000000012c
	.quad 0xfffffffffff36110
	.quad 0xe6894ba9c11cd88b
	.quad 0x0000000000000015
	.quad 0x6464f831a7371f92
	.quad 0x0000000100000000
	.quad 0xfffffffffffe533f
	.quad 0xfffffffffffffd7a
	.quad 0x8a4b5644bdcd38bf
	.quad 0x0020000000000001
	.quad 0xfffc89bc106ae95d
	.quad 0x8000000000000000
	.quad 0xfffffffffffffea1
	.quad 0x49b723ea4df3fb4d
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x7c8e69e9ffdfc6f8, 0x791f8b2f31c18000
	.quad 0x7ff46a04962ccf3f, 0xc0d0000000000000
	.quad 0x369dcb4b4fd2fbc9, 0x5fffffff95a52deb
	.quad 0x4f96754ae7fffdb6, 0x29a30216c8d61c32
	.quad 0x724704a2654f0000, 0x2e638401b6637889
	.quad 0xa6d26ed3934caa9f, 0x9850e166c0100000
	.quad 0x7fda1f9fd5cb2568, 0x0b5839ac8854fd3b
	.quad 0x0484f4db6e404144, 0x3e876f737fc00000
	.quad 0x7fa507ee70369f9f, 0x3f958c47087cd01e
	.quad 0x2f4185336ffec850, 0x0063371b3f9b901c
	.quad 0x4330892700084890, 0x3cb7182d7fa77e5a
	.quad 0x7ffc5c91f70e4f61, 0x7e48c479fea587f5
	.quad 0x99b9a51affe07ca8, 0x409c00006bc09092
	.quad 0x3e5c9682c01a57c1, 0x01b4ea53ebf1afa7
	.quad 0x895e3fb3bb41defc, 0xf26cf98e7fc00000
	.quad 0x3fd5dac0c0733949, 0x43ffffffffffffff
	.quad 0x105d6b906af3fbff, 0x8006f0d40d1f5437
	.quad 0xf792f85bdd6d05b1, 0x0001b7c309702f54
	.quad 0x404ac4b73e0c0b74, 0x3fe6a31f1bdf9ffb
	.quad 0x810c4c4190434272, 0xea1dd6d7bbfb82a9
	.quad 0x86b805c0114ee451, 0x344f7ba316f702fa
	.quad 0x96481d47c3280000, 0xc209ec5b67f40a29
	.quad 0x3bf26ba3ffeb8001, 0x8000000000000000
	.quad 0xfd8d645b13357c65, 0x00000000c11c0000
	.quad 0xc06d8c89c255c900, 0xfecf5d2b7a9eb17e
	.quad 0xc03b9aaf0ae0eb89, 0x7ff8000000000000
	.quad 0x8058a87fbf400000, 0xff2ab6e5ffc00000
	.quad 0x8000000000000001, 0x15250d3e27fe4138
	.quad 0xc069000000000000, 0x0000000000000000
	.quad 0x741383960026ad48, 0x80000001d5bb64b1
	.quad 0xff2cb0d37f800000, 0x80ffffff3f000000
	.quad 0x7fa283d9ff99f587, 0x40f0000000000000
seed47:
	.quad 0x0000000080000000
	.quad 0x154263cb576c7206
	.quad 0x7c48132d3b34e873
	.quad 0x7d610a12da85a67c
	.quad 0x00000000ffffffff
	.quad 0x01f6953177528bd3
	.quad 0x0000000100000000
	.quad 0xfffffffffff79f8f
	.quad 0x000000000005c135
	.quad 0x0000000080000000
	.quad 0xbe1639d189db82bb
	.quad 0xffffffff8a9a14aa
	.quad 0x0000000000000236
	.quad 0xffffe296bb23a5b3
	.quad 0x0020000000000001
	.quad 0x0000000000000261
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x40791d7c8035de8e, 0x65abdf0c559ff7eb
	.quad 0x78c508bfa4b8a305, 0x02ae053735afbe5e
	.quad 0xefb60feeff801a8b, 0x000dd5443060788b
	.quad 0x04e69fbc156ffdef, 0x3ff33bd4ec4a0035
	.quad 0x27aed818f7fdffe3, 0x00a5e90bade3b55c
	.quad 0x800000007fc00000, 0xc064ff20897e2b66
	.quad 0x7f8a3977ef57c430, 0xa3c5ef0571459c0f
	.quad 0x7ff216900c373da7, 0x7fb276ec80000000
	.quad 0x717cf7a1f608354d, 0x3f7f1b954beffbbb
	.quad 0x7ffde00281a45f7d, 0x804146e2bbd7422a
	.quad 0x7afa75a372747cd6, 0xbf800f99de51bb3b
	.quad 0x3f5727bfcedd9106, 0xe35d49c3d28e0000
	.quad 0x40617cd188d0f5b6, 0xbc0749fc3eb88034
	.quad 0xf8acb79fa06ab379, 0x1164ffd6b73ba7c7
	.quad 0xfffbb994111eca38, 0xb1dddfb57ae8efff
	.quad 0xbf78000000000000, 0x4340000000000001
	.quad 0xbfb704827c62548e, 0x000000007f866b09
	.quad 0x7c1f5dc3be3bdef3, 0x7f800000be020db9
	.quad 0x000371226c79761e, 0xc23f114c42c28fe3
	.quad 0x7ff1fca1b3ca98aa, 0x4000000000000001
	.quad 0x7e961c85ffb0853d, 0x0bc9fb56ffc98530
	.quad 0x002b4515ff000000, 0xfb2fea89ba916303
	.quad 0xc11c00004276eed0, 0x3ffffffffffffffe
	.quad 0xb22fda352a247c7c, 0x6c265f9d9e5534d8
	.quad 0x77cd679dffcea123, 0xcf01811bf5269ff4
	.quad 0xe99eb111ff85215d, 0xffd55a2f9f575b38
	.quad 0x99fb823112fe361d, 0xeaec28a1bdeded1f
	.quad 0x3fa000004f000000, 0x90008a38f2f6e9b7
	.quad 0x5162792f3155c7dc, 0x372942269fc17bff
	.quad 0xbdf6e427bc8c6bb3, 0x7455896c21f7e555
	.quad 0x4f0fcf9de6beff06, 0xfff72f3f9841fdca
	.quad 0xc0417731056755a2, 0xca50d429ffb93ff7
seed48:
	.quad 0x00000000ffffffff
	.quad 0xeffe2c940bc77799
	.quad 0xffca09a3baeedfd7
	.quad 0xffffffffb74a86ff
	.quad 0xf2f1686c1168c1f5
	.quad 0xfffffffffffd4ec9
	.quad 0xfffff112742f1c18
	.quad 0xeddea2ac30917497
	.quad 0xb621516e95275d8d
	.quad 0x8f27c053e82286bc
	.quad 0x00003e352d07124c
	.quad 0x0000000001000001
	.quad 0xffff61a3bab4843b
	.quad 0xfdf82b386037c57b
	.quad 0xfffffffffffffdac
	.quad 0x00000000000001ef
	.quad 0x05000000
	.quad 0xb0000000
	.quad 0x4fb43304a85eb100, 0x424d76d355663573
	.quad 0xff92bcf435d4d49a, 0x3dab08233ffe9feb
	.quad 0x889943154a520000, 0xbfd14b4a8a4714b5
	.quad 0x4f80000040a6339d, 0xd2feba90fff5bfff
	.quad 0x3c50a06f0051acec, 0x4023000000000000
	.quad 0x7f800000c798e1bc, 0x65cc891953501e25
	.quad 0x060cc7501c57389b, 0xc0fc212e3ff3d166
	.quad 0x688b3d998fffffff, 0x7ff752c6ae6edc68
	.quad 0x3308ad37ff97b26f, 0x5cb1a8304791fd91
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0xf7ec6cca4e8203e4, 0x401c000000000000
	.quad 0x7fefffffffffffff, 0xbff0000000000000
	.quad 0xfe800000c8680000, 0x120eb7a77fba9a06
	.quad 0xffba255a1c239e8e, 0x1d00d440fffffdae
	.quad 0x2910b67ff7f917ff, 0x00264ffbdd6ef472
	.quad 0xc3321fcaffd3fd33, 0xc000000000000000
	.quad 0x4026db23b5a402ef, 0x41e55337f767bfc3
	.quad 0xa9c89b343e73e092, 0x21a98345912cb0f1
	.quad 0x8000000040b40000, 0x800000007f800000
	.quad 0x7ae9ee9b7c0c157b, 0x0e3f714fcdbfd87e
	.quad 0x78e9ac5abbdb305f, 0xc1e66416ffa43c37
	.quad 0x7f9ce0c85f7fffff, 0xbf3c000000000000
	.quad 0x8000000080be75b9, 0xeac7f5c429f7be9f
	.quad 0xc006a8adf0f3bd21, 0xc09f800000000000
	.quad 0x191bbafafeffffff, 0x9a104dfebfbbf9f3
	.quad 0xbc41808e00400000, 0xfd9b472a03204443
	.quad 0x7f7fffff0069c811, 0x7fc00000ee6fd79a
	.quad 0xb36f91d8482e1b2c, 0xc035bed6fa14b7e3
	.quad 0xcf8e2cc9f054fa5d, 0xc020000000000000
	.quad 0x40362d43e40fc76b, 0x483226aa3a7bbbce
	.quad 0xfff583abda10dc8c, 0xfff8000000000000
	.quad 0xfd82b63520f5ff7d, 0x8000000000000000
seed49:
	.quad 0xffffffff80000000
	.quad 0x0007de7fcb60fd66
	.quad 0xa9d04bc8566f3cc5
	.quad 0xff2097c8e6dda7d6
	.quad 0xc8066bbd29210fad
	.quad 0x8000000000000000
	.quad 0xa5d9a44e3dba63ec
	.quad 0x0000000000000001
	.quad 0x416469cea181ecc5
	.quad 0x0000000000000254
	.quad 0x5bbcf4e319dbc512
	.quad 0x498492bb17951e3a
	.quad 0x3dd988bdbceeb363
	.quad 0x8000000000000000
	.quad 0xffffffffffdb0103
	.quad 0x0000000001000001
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x724fa44ed36f737c, 0x80e6f43c4226c099
	.quad 0x43d6b883ff7fffff, 0x409fd021c01d8b84
	.quad 0xbfbcd5c0440440a5, 0x7ff0000000000000
	.quad 0xcc2a46178b457dad, 0x5bb4dbcfeff39e50
	.quad 0x3f00000000000000, 0x073f44cffbfe8036
	.quad 0x3d52000080000000, 0xded54e0f9720fef8
	.quad 0xbfed89355cc7be84, 0x8699ea7700502e55
	.quad 0x7ff8000000000000, 0x29881816e8050000
	.quad 0xc3563d7c80371087, 0x28b0178336862ba4
	.quad 0xe7447f06fc2448a2, 0xc01fef17d3415364
	.quad 0x58d2093ef369441b, 0xfff8000000000000
	.quad 0x7ff0000000000000, 0xfff17e5978d3761a
	.quad 0x41000000c0700000, 0x92afecf2fc52f576
	.quad 0xf1e7d97680000001, 0x4698f2c561e425c7
	.quad 0x3f7e40cd418ba1c7, 0xc00b000000000000
	.quad 0x0000000000000001, 0xf98fde63d4275721
	.quad 0x4048989643562983, 0x40000000c2cd66b8
	.quad 0x000b6b8da497ff31, 0x80276f68992cc77b
	.quad 0x801527b87f800000, 0x8af72e48de42fa57
	.quad 0x7ff8000000000000, 0xe1f8a8d07fc814e2
	.quad 0x7ff0000000000000, 0xc33ffffffffffffe
	.quad 0xbd83f304bda9b8cc, 0xbedd42f57fb81021
	.quad 0x02851fc1cd899263, 0xc08a000000000000
	.quad 0x74e9364b75aa8932, 0x3e9a2804bbffffff
	.quad 0x6f117775dbcff61c, 0x599845457fd5d2f9
	.quad 0x0033cbd17cf10665, 0x800fffffffffffff
	.quad 0xe0bcabee40f40000, 0xc11e8d53034077e8
	.quad 0xba3d5211effafea6, 0x38b8a19949a187c3
	.quad 0x8dc63156e9fa7f9d, 0x0eb08358de7fdfff
	.quad 0xfff8b417fa173f3b, 0x7ff8000000000000
	.quad 0xb9310000c11ca869, 0x8011d52ddb65060c
	.quad 0x257cd921ff7f6f67, 0x340ab2035daed057
seed50:
	.quad 0xffffffffffffffff
	.quad 0x13d4063abf634b1b
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x0000000000000291
	.quad 0xffffffffffffff63
	.quad 0x0000000000000000
	.quad 0x5920236777bdb09a
	.quad 0xffffffffff85f75a
	.quad 0xfffffffffffffb0a
	.quad 0xf8f09944414ffd1b
	.quad 0x0c78211250a7a0f9
	.quad 0x00000000ffffffff
	.quad 0x767169572edaa7ae
	.quad 0x269d8bf8003d5ed5
	.quad 0x000000000d54076f
	.quad 0x03800000
	.quad 0x90000000
	.quad 0xffe04ee46ce30450, 0xf280c0537fc00000
	.quad 0x004000003fb00000, 0xc0f0000000000001
	.quad 0x71fbf9501e643e78, 0xc380000075677fc5
	.quad 0x731be9f7fa2effaf, 0x43efffffffffffff
	.quad 0xc1f0000000000001, 0xf10f5506ff8077ff
	.quad 0xc043cc67b21f29b7, 0xfff25f9307772efc
	.quad 0xc776000080000000, 0x82b57df8a842cc8e
	.quad 0xd6efcc938a748628, 0x27a26f554535ff7a
	.quad 0x8005cbf8ff800000, 0x000c0aaa2fc4f069
	.quad 0x3fd5a37fde4f8fdd, 0xc07efea4121f97fd
	.quad 0x006b33c5a57fffff, 0x1e26abad49f77f7f
	.quad 0xfff0000000000000, 0x0e4fc8c2fffeee1d
	.quad 0xbff9384f65d93787, 0x1ab904448a307bfe
	.quad 0xe12091e87dd3c800, 0x3f5af5c8804d37ec
	.quad 0x55ce82c77613bbf1, 0xae08b47741999f7c
	.quad 0x8000000000000000, 0xfff6cc4b454aa17e
	.quad 0xfff0000000000000, 0x0044c364c20df97e
	.quad 0x0000000000671df0, 0x595e200b9cadfef0
	.quad 0x40fffffffffffffe, 0x7ff2e835d95fcf8a
	.quad 0x3f8c2fe036339687, 0x9ad4f71effe7bfd9
	.quad 0x3d7eb0e0bd1d405c, 0xbcf09f2fc3bffffb
	.quad 0x570386d43d557bc0, 0x6cd1e8a528bcc42a
	.quad 0x801fffffffffffff, 0xfff6ee3d1a777839
	.quad 0xfda6e21fd39ca314, 0x3370b9667fffffff
	.quad 0xe57372eb80bdd481, 0x038fe075852f3f06
	.quad 0xff800000bf800000, 0x3d844edb80153fbb
	.quad 0x64746337854d7c00, 0x813de54a40dd4479
	.quad 0x48979ad25c6bf4a9, 0x41ffffffffffffff
	.quad 0xc9b8db9bdd792f9f, 0x000b9459d56e0e0f
	.quad 0xce889634b1ec4001, 0x4021800000000000
	.quad 0xc0d2000000000000, 0xc01cd74a9ae5eb23
	.quad 0xd1807a0bffc00000, 0x31962241ffb7d366
seed51:
	.quad 0x00a74965069d7bf3
	.quad 0x467741530f7534a7
	.quad 0xdc682c0060fb406e
	.quad 0xfffffffffffffcc1
	.quad 0xffa1940533611c92
	.quad 0xd881c0fd51e6a23b
	.quad 0xfa3e17a54625f7b8
	.quad 0xfffffffffffffc1d
	.quad 0x85eeec13dc581598
	.quad 0x0020000000000001
	.quad 0xfffffffffffffce3
	.quad 0xfffffffffffcb1ba
	.quad 0x871e443619919526
	.quad 0xdc5529dd4d58e180
	.quad 0x6c7d20e5aabb8267
	.quad 0x0000000080000000
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0x7ff0000000000000, 0x7f8c5d4c1213a1cd
	.quad 0x40efffffffffffff, 0x404596593d0a9029
	.quad 0x92636373fef3efff, 0xc2056bd770e980fc
	.quad 0xff89bb75801d3a63, 0x33525c6474d9a366
	.quad 0x7ec64356853e105f, 0x3f9cb31010cd5bba
	.quad 0xf8f948a0de247d47, 0xca8b4bc091c14e53
	.quad 0x400643562b259056, 0x3f1d16207f800000
	.quad 0x43911a71cf7fffff, 0x6d1600e17895e505
	.quad 0xf11637cb4b10aa76, 0xa090172640980000
	.quad 0x7ff0000000000000, 0xc0880000cfb328d9
	.quad 0x5bebfa18e44e7d3f, 0x400cb596d798595e
	.quad 0x40b5c7e980089375, 0x40440b2282824569
	.quad 0x80000001b6800000, 0x401f000000000000
	.quad 0x8000000000000000, 0xb7830d26ffff7bba
	.quad 0x5f0000017f000000, 0x3ff995e55a12db54
	.quad 0xff8000007ccf25ca, 0xdabcca06dcd7fec1
	.quad 0x401b000000000000, 0xff80000027b2f1a8
	.quad 0x4333129af98a3eef, 0x30e2ea177bffffff
	.quad 0x3fe666b13df3ccde, 0x3c4ec46480000000
	.quad 0x80282ed656e50a5f, 0x30881261fff7fc33
	.quad 0x4c66184e1b22304f, 0x7f80000080000001
	.quad 0xbe875d43345635b6, 0x4008000000000000
	.quad 0xfff0000000000000, 0xc077f5481ed94f77
	.quad 0x68dee6cd77f6ffe9, 0x33c33e6cff5b363b
	.quad 0x1119a1361d7ecb80, 0x8000000000000000
	.quad 0x38497dafc29aa233, 0xb165d1dd83cb3481
	.quad 0xff80000041e66b2d, 0xb525b96980a58879
	.quad 0x7ff0000000000000, 0x00077fbe031df174
	.quad 0xf681fead08dffcee, 0x40effffffffffffe
	.quad 0x80000000be780000, 0x7f9de56e430aa063
	.quad 0xbbc6c0f3c1140000, 0xfff4091feab5aaa1
	.quad 0x3bdf744940000000, 0x9b989070d053f137
seed52:
	.quad 0x239be614f382e9f4
	.quad 0xfffffffffffffe36
	.quad 0xb974595030d53dec
	.quad 0xfffffffffffffcd2
	.quad 0xffffffad12c01ec2
	.quad 0x185636f3071e13a9
	.quad 0x76a8663e853585bb
	.quad 0xfffffffefbe49c05
	.quad 0xffffffff80000000
	.quad 0x00000000000001e5
	.quad 0x000000000006d4cb
	.quad 0xfffffffffffffce4
	.quad 0xae183a3c3fbd9be7
	.quad 0x0000000000e42cc9
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x04c00000
	.quad 0x40000000
	.quad 0x39ced6c8be95c5ea, 0x802e83f525a8843c
	.quad 0x4506f4b306100000, 0x8000000000000000
	.quad 0x4cca1ac4fb85ef6c, 0x010000008024b86b
	.quad 0x4058cf76c83064d6, 0xb28cc9b0f7831917
	.quad 0x486818ec5d184ef0, 0xc110000000000000
	.quad 0x88050d3415c55f21, 0xf9975b9e59316bcb
	.quad 0xffbd522c4312502c, 0xc2e68d071134cfae
	.quad 0x8785c163b405f04f, 0x6884966f8eb2ae79
	.quad 0x7ff0000000000000, 0xc0385d9f812bc434
	.quad 0x00000001c093feb5, 0xc76250f4d330ba71
	.quad 0x7ff8000000000000, 0x9b67db9583224fbe
	.quad 0xbf85f4d3fca4059a, 0x05c4ee44ffb7f7ff
	.quad 0x44419f9cffdfffff, 0x7f7bcd547ef895ac
	.quad 0xc54fe5cf614f7c00, 0xfff63b703b68c3e1
	.quad 0xfff0000000000000, 0x1c3bccf7e23e7953
	.quad 0xaa60feabbadf8000, 0x964df4941f9daedd
	.quad 0x7bf6c6cd7dd73cae, 0x4c43f79ef185f800
	.quad 0x8000000000000000, 0xcaa7f26ac93ff7f7
	.quad 0x40900000f2f622fa, 0x5264f3a2f75dfda4
	.quad 0x0000000080000000, 0xde743bd580400000
	.quad 0x008ffcdc27e897ee, 0x7fb8f0bd7f2dae67
	.quad 0xd9b517c1fdd7057d, 0xc15000009732821c
	.quad 0x0008000000000000, 0xf1111eab55a6330c
	.quad 0x8026ba117fea070b, 0x7fb5e8ff140b8545
	.quad 0x7ff8000000000000, 0x4d90be2ac0ac0000
	.quad 0x1f2d6dd8f19ae9f8, 0x5d141a9b12ebaead
	.quad 0xea027ea77ed349d9, 0xbffe9f0fb5ede5f8
	.quad 0xc2f0000000000000, 0xc8fd065ab1897a04
	.quad 0xceb27fcedf1a9ca0, 0x5c6de3eaef8ebfbf
	.quad 0x3e162591407fffff, 0x0006ca97905a4392
	.quad 0xbff4edad4104e1cb, 0x3e41f66dbfd8b0ee
	.quad 0x212f69a692fdfbae, 0x43896a6b7fb98b20
seed53:
	.quad 0xffffffffffffe674
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xffffffffffffff66
	.quad 0x00000000000003d6
	.quad 0xfffffffffffffc68
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x98ea09ff059a9c5e
	.quad 0x7f693e8ff9564ca1
	.quad 0x0020000000000001
	.quad 0x34c71c7c9dbd57c8
	.quad 0x000000007fffffff
	.quad 0xffffffffe9db7a59
	.quad 0xfffffffffffffd9b
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xfea6eca595136029, 0xc3f0000000000001
	.quad 0x0191c64e876859d8, 0x149334499fb6ce63
	.quad 0x3fec89149861bf2d, 0x08a7918f08ee6c57
	.quad 0x7f98cf3affc00000, 0xffc64d88c0000000
	.quad 0xbf08000000000000, 0xff800000ceff7133
	.quad 0x017fffff3398f739, 0x6a14599892ea8400
	.quad 0xc3effffffffffffe, 0x61c819a960b2bae3
	.quad 0x3ffff41f9b27bbc7, 0x18a9ecc747740000
	.quad 0x802bbe77e284eac3, 0xc012000000000000
	.quad 0x80000000cf000000, 0xff8000007f7fffff
	.quad 0x12a77a1b00000000, 0x0e0e16a2f83bfc22
	.quad 0xbf90d004941607f7, 0x7f867979ed45dc93
	.quad 0xe7cd73c37fdf4540, 0x424e14e2ffc00000
	.quad 0x3fb4000000000000, 0xd4952e0be4e57e00
	.quad 0x4348fecf3ce2444a, 0xaed99663ff8e2bac
	.quad 0x4010b5b4fd47be2a, 0xfff41b2dccd5d378
	.quad 0x001758c74185db62, 0xc135634e9e22d153
	.quad 0x7ffad566b6bc696e, 0x0017ad591b5e8b17
	.quad 0xf5241ca04c000001, 0x126cda397f967c00
	.quad 0xc0703f4a81e17d9c, 0x4036247b96694be4
	.quad 0x21894d7ad1fbfef7, 0xbb805cca80448550
	.quad 0xae3e6ffadf622cff, 0xfff52ab4b85c24a2
	.quad 0xfff8945962949328, 0x7ff2b2dc368b5154
	.quad 0x543fb86dffdd7d5f, 0xf683ca7d1acd89df
	.quad 0x92c2184b70cb7a1f, 0x78e8eab5fd75ffef
	.quad 0x430600003dac1169, 0x11bc8ce73bdf8561
	.quad 0x9a4947ea5139b66e, 0x000000003f1c9d29
	.quad 0x35662c5a475a7e00, 0x5586afbf7fdbf98f
	.quad 0xfffca2affee2ee16, 0x406000007f93b9f3
	.quad 0xe49b47f1f99783d5, 0xc00980003a000000
	.quad 0x3fdd0000ffbbc4b4, 0x8000000000000000
	.quad 0x0000000042c12a3a, 0xdaad1e978ee73085
seed54:
	.quad 0x000000000000003c
	.quad 0x0000000100000000
	.quad 0x703a337252b37a49
	.quad 0xfff869a30d860c32
	.quad 0x000006cd34d57989
	.quad 0xc1ca8955b1402c7c
	.quad 0xfffffffffffee1b3
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffde4
	.quad 0x7fffffffffffffff
	.quad 0xa56805b665e8daa1
	.quad 0xfffffffffffffd52
	.quad 0x00005000fad43d84
	.quad 0xfffffffffe223e88
	.quad 0x000000000000773f
	.quad 0x00000c9fee8439e4
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x81a5ca12c2a9c457, 0x405c000000000000
	.quad 0x411a000040600000, 0x97ac27f8ffed2330
	.quad 0x9e704b312f2dcc3a, 0xfff0000000000000
	.quad 0x89656c64e7ed7ed7, 0x7f6416228995ff05
	.quad 0xbff4000000000000, 0xe8f2200e7c6fdc62
	.quad 0x7ff8000000000000, 0x800392bd2ecbad49
	.quad 0xc0fffffffffffffe, 0x3df3a15ecf187c45
	.quad 0xf3232d2dfd5bf23d, 0xb1b10c5e7f800000
	.quad 0x00020bb7519c62b4, 0xbfc29159f24e9069
	.quad 0xd9ffffffbca15a93, 0xd37c336b26a18000
	.quad 0x4340000000000000, 0x7b8a8982262568c2
	.quad 0x9a2d8e7fc2819505, 0x1f869345936a3bd2
	.quad 0x1364a9b1ffcda659, 0x409be2c5c0c80000
	.quad 0x4d84fdd1c7828000, 0x3b89f12b7fc00000
	.quad 0xb4c6ac8ad521fb8a, 0xc2559e12389a0000
	.quad 0x3ce10ca3bd149106, 0x649b1245fadbf37d
	.quad 0x5f0c92738178f2bf, 0x7c79b3967cc57d3c
	.quad 0x43de5a647f9c9f75, 0x4001000000000000
	.quad 0xbce3d06acf800001, 0x7ffc2ae86fe26fe6
	.quad 0xe6ca69014ddd5c5c, 0x3ffffffec2c88ba5
	.quad 0xc100000040b40000, 0x4521dac3938c4e5d
	.quad 0x74f4f2277f800000, 0x473815d1fddf6fdd
	.quad 0x0168d5879cd21fc6, 0xbcf7a6b17fc11ba7
	.quad 0x457e1239084b32c1, 0x43ffffffffffffff
	.quad 0x3ecc800000000000, 0x51e3de527fc7c823
	.quad 0x071a357c7f85de33, 0xffd7aaa3c741699d
	.quad 0x179a5df17feff6df, 0x7fb156aaff000000
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xf6e7a550f9c9fc00, 0x39400000ff000000
	.quad 0xe2f49e04c2a27c00, 0x0256a513b3fb443a
	.quad 0x8118f1eb40f40000, 0xfff0000000000000
	.quad 0x80f68b2dda000001, 0xcb8770d2fff5fafb
seed55:
	.quad 0x000000000000000b
	.quad 0xfffffffffffffdae
	.quad 0x000000000000bb64
	.quad 0x000000000000018c
	.quad 0x4cae3cb6a4303dc1
	.quad 0x0000000aae3b2b4a
	.quad 0x0000000000000001
	.quad 0x547281a8f3b538af
	.quad 0xecfa67bf82a88d1f
	.quad 0xe00a1d414dfd45a4
	.quad 0x033144933c3b9621
	.quad 0xffffffffffff5d93
	.quad 0x0000000080000000
	.quad 0x000c109952452d4e
	.quad 0x5bb3faedf990c855
	.quad 0x00000000cc101a04
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x85e4e31480000000, 0x4015000000000000
	.quad 0xdf7fffff3ffbbf0d, 0x7ef26488ffe1de27
	.quad 0x15e059dc223bc34c, 0x8611e65eb5ec55f0
	.quad 0x74f4cbc1fbffffff, 0xc000000080000000
	.quad 0x7f800000437e0000, 0xbfc7622c3eff955a
	.quad 0xb45de0cffee8dfdc, 0xbd168ce9953559b0
	.quad 0xa7e4a38b8e74b40e, 0x9716b16ea3b00c80
	.quad 0xc34ffffffffffffe, 0x0c0177a445d1fbea
	.quad 0x8e48c58aff79ff2f, 0xc330000000000001
	.quad 0x7f00b4fc7d1e9fa2, 0x70e3ddcedfffffff
	.quad 0x7ee24c846b73dfa7, 0x00ce45ecfdd4dd99
	.quad 0x8008000000000000, 0xc00a000000000000
	.quad 0x8000000000000000, 0x8074cb0b970d345a
	.quad 0x80000000001f51dc, 0x485abe20ffdeca81
	.quad 0x4d605f91d9ffffff, 0x801fffffffffffff
	.quad 0xbadaab6ffd170000, 0xf6b6546ebebde7fb
	.quad 0x8cee5917c2151146, 0xcc117adb04a63c29
	.quad 0x20910ae1ff7fd67b, 0x01f91d4baea34767
	.quad 0x016f5c77f4a22717, 0x005f5e6041a950de
	.quad 0xbd806521cad50200, 0x62c83468fd6f9d5f
	.quad 0xbf79c156c07ffffe, 0x84da5a06c0c29b6f
	.quad 0xad85c1f8d683a592, 0x7fefffffffffffff
	.quad 0xbfd2db9a68267325, 0x67e28f258020dc8e
	.quad 0x0ead27f3d6488b44, 0x13364f43fb3389d7
	.quad 0x076f95d63e800000, 0x7fb9bbb080000000
	.quad 0x1aebe838f8a7cf03, 0x90841c8d8073a4a9
	.quad 0xafc844233577f8fe, 0xc340000000000000
	.quad 0x7ff8000000000000, 0xc012d4b472c1f98b
	.quad 0x43e5efe00f9b2737, 0x3b504e34beefc4f7
	.quad 0x936bf86f1945c715, 0x4021800000000000
	.quad 0xfff371d8f415cb1a, 0xfbc98336817ecc2e
	.quad 0x3fc000000d74d52f, 0x821ca8a54f7f419f
seed56:
	.quad 0x7fffffffffffffff
	.quad 0xa0c51a9bdfd4f2f5
	.quad 0x98b199b9d8894631
	.quad 0x605ee092ad138b80
	.quad 0x775c846528d3cc4c
	.quad 0x0000000000000014
	.quad 0x17919ab0924c2798
	.quad 0xffffffffffffb492
	.quad 0xfffffffffffffff9
	.quad 0x000000000000031f
	.quad 0xffffffd3566b7df7
	.quad 0x0000000000000225
	.quad 0xfffffffffffffdb5
	.quad 0x196a4c8d065c6df6
	.quad 0x879c64efc71786a9
	.quad 0x000000000029d81b
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x617922a200000000, 0xe043b50affc00000
	.quad 0x0d7c1d13f39928a2, 0x5cdfe34b7ffd3fbd
	.quad 0xeadbe2273b02f978, 0x7fd191bb910bcdd6
	.quad 0xaf590eec646a7e00, 0x7f800000ffcfa820
	.quad 0x85c83b44ef610425, 0xbf80000092905bab
	.quad 0xc3ed68c428bbf078, 0x90d1f851316475cd
	.quad 0xede264d592851b78, 0xbcffd41eff800000
	.quad 0xfffa0bd95da5d2c6, 0xdf54f5ebdcbdde3d
	.quad 0xa604a6c0ef7fb138, 0x9fe4a92b4f3676fc
	.quad 0x79468e1ff1034380, 0x4075863ad62ffb17
	.quad 0x7d0d6d643be71afa, 0xffb251e077e72bec
	.quad 0xff088c06ff863167, 0xa025912380f6991d
	.quad 0x80000000605cab2b, 0x60e8267ed5dbf054
	.quad 0xf553aad95072fa83, 0x017fffff897fafde
	.quad 0xdc376cb6af682041, 0x8000000006d5ac32
	.quad 0xc986e82b70d405c0, 0x001fffffffffffff
	.quad 0x8a1385d0df7ffffe, 0x089b643947850000
	.quad 0xeb317888020146cf, 0xd46cc84176f4082e
	.quad 0x800e79ae6c3264e3, 0x42b47d37b0c8aac3
	.quad 0x32b4686ea9505ca5, 0x8000000000000000
	.quad 0x8770b0880fc0a16c, 0xfffe5d263eb80000
	.quad 0x0001fe69324bed2b, 0x800000003a380000
	.quad 0x00322c9240900000, 0x7ea90dce3e7eec13
	.quad 0x98747c29b4d37c4c, 0xfff0000000000000
	.quad 0x8e4ad595fef7fec2, 0xbfe4000000000000
	.quad 0xbfeaaea8aea1b9ee, 0x4a07171f40227a0f
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0xc05800003c46955b, 0xc0d5edd4effa3e00
	.quad 0x8000000000000000, 0x001fa777c0e80000
	.quad 0x0039c71d718d53f4, 0xc01d800000000000
	.quad 0xa885fd4252a88d1d, 0x7f80000040ac0000
	.quad 0x410200008016d958, 0x29a6b3106b9888a7
seed57:
	.quad 0xc78f62fa519f8064
	.quad 0x70e786e040e7ae59
	.quad 0xaab955e2f8f5137c
	.quad 0xffd09f4ae7c5238a
	.quad 0xe2388c1ab508efc4
	.quad 0x0000000000000004
	.quad 0x00023b847db1b5d6
	.quad 0x8000000000000000
	.quad 0x0016226210adf4c6
	.quad 0x09aebeb720f8386c
	.quad 0xb44f47192e1897d0
	.quad 0xffffffffffb9afde
	.quad 0x0000000080000000
	.quad 0xfffffbac3a01fa4b
	.quad 0xffffffffffffffff
	.quad 0x9976188b67c2c3ec
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xa922b90feffdfd9f, 0x00000000433bf5ab
	.quad 0x405bc4e1e796b89d, 0x030c0392138fd582
	.quad 0xbbb795e02ef5167f, 0x46ece2ce89b7ff69
	.quad 0x8b03d95b8de58fd9, 0xc1040000c3aa1d93
	.quad 0x992007e56fca25c9, 0xfeec28f8ead3b813
	.quad 0x3c44d7a9937616e6, 0x81b9376352d68c21
	.quad 0x4010000081292e72, 0x7ffe23f71f5c0282
	.quad 0xc1526ca2ff7fffff, 0x7ff1d19a0c3356a0
	.quad 0x7ff0000000000000, 0x92fd55d37f800000
	.quad 0xffc000003fc0ab39, 0x8905c4c47ff5f87f
	.quad 0xc3d7a04c003ea253, 0xfeb05bfcf6d3982d
	.quad 0xff800000fea31ee9, 0xff000000bdfc3620
	.quad 0xf6a615eeadaac3d4, 0xbaff133c505cfe00
	.quad 0xc1000000ff7fffff, 0x6a820ef220917c00
	.quad 0xe3b0066c72b52e66, 0xb9c680dca57eff7d
	.quad 0xc8c1bcc4bf5b9f7f, 0x998ff547817fffff
	.quad 0xffc000001c56ff05, 0x87ac5254409c0000
	.quad 0xcf4e8c08cdddfebe, 0x3fbe9f03330f7757
	.quad 0x80000000c3a88000, 0x9b33af9041610750
	.quad 0x81e4e48b51478647, 0x013f9cab82507a13
	.quad 0x966d809941fede54, 0x43e0000000000001
	.quad 0x3f5c000000000000, 0x0000000000000000
	.quad 0xffbf3d07ff930714, 0x426ac759fe088e26
	.quad 0x000000007fb31a57, 0x4732c18644b4fdd3
	.quad 0x3d0588cb45400000, 0x8078e9dbd97ffffe
	.quad 0x476d8bb180000000, 0xfff401cbe7d02cba
	.quad 0xd6ccbf72a3a9d189, 0x7db791997be5f7e2
	.quad 0x2cbb21ccdfb76fbd, 0xa2c5dc24ffdad7e2
	.quad 0x95e68c719dffdbb6, 0x1dd28aa5d6722ee4
	.quad 0x40200000bef5fa63, 0x8000000000000000
	.quad 0xa42112d5ff9cbc00, 0x41ffffffffffffff
	.quad 0x7e800000aa449750, 0x39ae0000f3df4d24
seed58:
	.quad 0x00000000000000ad
	.quad 0x000000119304159e
	.quad 0x000000007fffffff
	.quad 0x1051b3e06ec4f75a
	.quad 0x03270a39750dcf06
	.quad 0x0000000001000001
	.quad 0xffffffffffffffdd
	.quad 0x00000000036c269d
	.quad 0x0000000000002392
	.quad 0x00001ca497a93819
	.quad 0x0000000000000000
	.quad 0x53db5c5bcdfcfd91
	.quad 0xfffffffffffffcf5
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x000000000000035f
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x410000007f800000, 0x5b57fdeee4ed3277
	.quad 0x7ff8000000000000, 0xc0fffffffffffffe
	.quad 0x904eb64dffcbff56, 0x7f90f9b940180000
	.quad 0xc0c86c1540d00000, 0x8000000000000000
	.quad 0x3e76263d009d07bf, 0xf9b613bc2711c563
	.quad 0x50bc95285ffe789d, 0x6fd35414fedfe85c
	.quad 0xfff8000000000000, 0x3f72427f2c2d8e27
	.quad 0x7fdf0fed902f0000, 0x3eb3000000000000
	.quad 0x73828c3f1dfbff88, 0x800000007f800000
	.quad 0x3e7147d6f97f7e00, 0x3fa4317fe640d9e6
	.quad 0x0000000000000000, 0xc004000000000000
	.quad 0xb2f2044ffb2a4e28, 0xcfebeb8d97fafbff
	.quad 0x0000000000000000, 0xffc000003f800000
	.quad 0x7fdf19b0e0f9d5d4, 0x032ea4059d5aceb3
	.quad 0x80800000ff83b3b2, 0xbfc7ee2e65b85043
	.quad 0x3f7482fde1011c9d, 0x50a00665053bdcc7
	.quad 0x124bfca57f800000, 0x7f8000000de468bc
	.quad 0x402ec42fa17da92c, 0xc31f0a37766d909e
	.quad 0x3fbde195115743d4, 0xb23c5be0708c930f
	.quad 0x7564ecfcbe4aaaa9, 0x0c526f70a67c7926
	.quad 0x1af7677cd0defe00, 0xbfbdd0961f314117
	.quad 0xb4d88805b3a80bff, 0x2de035f8f7d6fc00
	.quad 0xff1e6e5ced13e7d8, 0xffaac2afbfa08b7d
	.quad 0x807fffff3d90e887, 0xbd114144ff800000
	.quad 0xf43bb422ff800000, 0x80008c520b43e82d
	.quad 0x800a6b01e3fef663, 0xdf7ffffe8067d14a
	.quad 0xff800000c0000001, 0xe07ea842a3ee5800
	.quad 0x09e89aa7a29a8500, 0xae5db7f97eafffec
	.quad 0x8ac3a19eb14642c4, 0x581df331bbfc0f8a
	.quad 0x42abbdb97fb86668, 0x9f9ff339d3664780
	.quad 0x8020f41b9ae12f48, 0x3fea5c616f698475
	.quad 0x000188d32afd946d, 0xe9818420114bf960
seed59:
	.quad 0xffff4a7d856cccf3
	.quad 0x00000000000013dc
	.quad 0x0000000100000000
	.quad 0xd8e5489c66596b46
	.quad 0x7fffffffffffffff
	.quad 0xffffffff01766176
	.quad 0xffffffffffffff9f
	.quad 0x840cc49b6434cfa6
	.quad 0xb888f5938faf2d3f
	.quad 0x00007ffd0835a457
	.quad 0xc425397f5a1dee33
	.quad 0x9a2c24594acdbe2a
	.quad 0xfffffffffffffdd7
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xfffffffffffffff0
	.quad 0x02000000
	.quad 0x60000000
	.quad 0x51b846a395dd4180, 0x7fbd5be57f800000
	.quad 0xfff3845f09b9571b, 0x55c982363ed8fbef
	.quad 0xc0380000ffe2f942, 0x66c105490b4347c0
	.quad 0xbec8c525988cabf4, 0x7fb2e6911cb33cf4
	.quad 0xbc7cf3cc753ecb00, 0x3ebb600000000000
	.quad 0x2471f0a87eaafd62, 0x5208f1d3b4d838cd
	.quad 0x02e4405bcce74b60, 0x7f80000049000000
	.quad 0xc095fdab3e1c0000, 0xd253a0b8c0af8000
	.quad 0x85abe3420d6b2267, 0x80000000beebac62
	.quad 0x90ce81ad1c47f46f, 0xc026d8b2ffc00000
	.quad 0x7e4135b966b1ecfb, 0xff9d4264c1200000
	.quad 0x81000000ffe67c71, 0x7ff484a52f183291
	.quad 0xbe3e87853edb34d8, 0x3a2b21039a3a7ce1
	.quad 0x7e3275b8b8de9302, 0x7f800000ff8f00be
	.quad 0x40147f2bc89c853a, 0x3c5aeaab7ecfc753
	.quad 0x8001eef5bfc52a52, 0x99e4d17fc1bea0d3
	.quad 0x355515b0bbf6b7ff, 0x42604bffff275a42
	.quad 0x7a23bc3ec18d4d0a, 0x4017000000000000
	.quad 0xdc6fda7cc3befef3, 0xffc00000f5768ee9
	.quad 0xcc5dbfa439ed09c8, 0xd3e8e977ff9f2645
	.quad 0x34934e8f56febf7d, 0x0000000000000000
	.quad 0x8000000041100000, 0x39c1599471ff3b5f
	.quad 0x7a80cbf6a9efa601, 0x7eb1f30dff902638
	.quad 0x3f7d4217de3501a3, 0x3f6476aa6e152f70
	.quad 0x13630eb5fa3242c1, 0x3fe2921659e8b416
	.quad 0x7f800000886b279d, 0x35754bbf15a30315
	.quad 0xebc9d7f38cf5bade, 0x072f0e11ffeff91f
	.quad 0x3fa0000073d0b35a, 0xbbd1f65501000000
	.quad 0x7ff19e9cc4910325, 0xa12b0d4c6d56fe1b
	.quad 0x8be3839b26a693e1, 0x7f80000080000000
	.quad 0xf951cc8b07ef7fbe, 0xb02e76ae8ce57e5a
	.quad 0xc1339645817fffff, 0xc0a80000c9ec8000
seed60:
	.quad 0x137812af18059e2e
	.quad 0xfffffffffffffc62
	.quad 0x8fa1a4bc19743424
	.quad 0xffffffffe8a0efdd
	.quad 0x12a4f5a2ee38c47d
	.quad 0x00000000000002e8
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff8b
	.quad 0xffffffffffffffed
	.quad 0x00000000000001aa
	.quad 0xfffffffef6ed505f
	.quad 0xd214c7158f22f15f
	.quad 0xffffffffffffffd9
	.quad 0x0000000000000042
	.quad 0x2ea45d7528b9c15a
	.quad 0xff929c9aa45e9994
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0xc01a2d3d74e54cb7, 0xdf33c7c1f197a1af
	.quad 0xfff596b9d2acc75f, 0xfffaa6d3ba722a37
	.quad 0x5f023ee547c4f400, 0xe99fc321fe8ada38
	.quad 0xbf3292bec2843f13, 0x007fffffe5bfb209
	.quad 0x4f2dbaa1b4dfc380, 0xce38ff58ebbefcac
	.quad 0x8007634584fefa46, 0xcbe5864df7ebbb0c
	.quad 0xde5e886129b6bffd, 0x0ff3c80a5bdb0ec8
	.quad 0x7ff6ca76b7d7eb48, 0x6066b73984d00ad5
	.quad 0xf8d9f305fbd7e97b, 0xf7abf926403713bf
	.quad 0x000c89a19589c8c3, 0x017fffff44b00000
	.quad 0x476f067a70394d26, 0xff800000c1100000
	.quad 0x01aad869cfa50011, 0x81000000f95b5b1f
	.quad 0x2858f2668211da00, 0x4c166a543d214cda
	.quad 0x7ea181c37fb6c051, 0xac2e531fcd91f9c5
	.quad 0x1fd1b96b8bf382f7, 0xffbb3fe98ac8ca02
	.quad 0x7447568ffa83b04d, 0xcc32f32cffcdd7bf
	.quad 0x1b569b3ecfb77e00, 0x6462df37ffd5f901
	.quad 0x00000000b3a86e1e, 0xc0416bf36abd41a8
	.quad 0x800d6aa6864d25f4, 0xbfc0000000000000
	.quad 0x3edd9777289f9c9f, 0xd576db95e6ddfd99
	.quad 0x1128cf3e6b41c600, 0xffd0000000000000
	.quad 0x7011dc3bfff6f4bf, 0x7f80000080000000
	.quad 0x77c1e8c2c9f20000, 0x279abdbf6ffb7b9e
	.quad 0xc07849a934e5bc93, 0x935e787d3bf7ff5f
	.quad 0xcdfbcc803321ff26, 0xa39119ed7be7e6c5
	.quad 0x801fffffffffffff, 0x7f84d54c7f800000
	.quad 0x00000000ff8932a7, 0x4245841526557567
	.quad 0x402335dd83c387be, 0xe3217b381f7b36b9
	.quad 0xace93d4ec8edfc00, 0x7fc00000009387bd
	.quad 0x49a6335b8bb7bff7, 0x81368a74b22e2c97
	.quad 0xfff8000000000000, 0x209ded85e6f87cef
	.quad 0x3f8a21fc514e1498, 0x1562500efbf61f6d
seed61:
	.quad 0x0015b43215c3fd6a
	.quad 0xfffffffffeef8159
	.quad 0x00000000000000f5
	.quad 0xe298e5fa798b896c
	.quad 0x000000000083d9c5
	.quad 0x0000000000000001
	.quad 0xfffffffffffffda9
	.quad 0xfffffffffffffca2
	.quad 0x9f487f8cda875f59
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000398
	.quad 0x86b8c84ee5b7b08b
	.quad 0xffffffffffffffcc
	.quad 0xffffffffffffffd1
	.quad 0x1ace1a8de1fa3cfb
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x4a349a0e46f68000, 0x5fdcc990bf7dffdd
	.quad 0x7ffc630adf9c8d63, 0x7ff0000000000000
	.quad 0xfffc94c5524c3003, 0x92c9befa0761942e
	.quad 0xf76707881c1ffe00, 0x5d3a44168045ef1b
	.quad 0x000000007fc00000, 0xa22abd12df7ffffe
	.quad 0x96c4099d817fffff, 0x80000000ff800000
	.quad 0x40afe00000000000, 0xc0f0000000000000
	.quad 0x270dc227f7f2fe93, 0x42df8aaf41800000
	.quad 0xbba065a1bf1c0000, 0x8fe6fbb5ffc00000
	.quad 0xc1200000ff7fffff, 0xbdf81279fef30036
	.quad 0x7a24dd6f467c9635, 0x7b07545c7f9c0f77
	.quad 0x1ca68a272b1803ff, 0x0000000000000000
	.quad 0xfae7f49a7f7fffff, 0x42a86689ff800000
	.quad 0x7f8000007f800000, 0x0000000000000001
	.quad 0x7fefffffffffffff, 0x09c99865f9d7fe4b
	.quad 0x777a51cb89af2b50, 0x94f1834c1ee8c64f
	.quad 0x7fc00000cf425236, 0xd5809fd5aeb47bd7
	.quad 0x81480ef30785cbc2, 0x9748c132569bcfbf
	.quad 0x26542fd5f6a30804, 0xa030b5821dd2d254
	.quad 0x7ff8000000000000, 0xfa5b35136121faa9
	.quad 0xdada5a0cffb7c8f0, 0x91141bc6ffecf0ee
	.quad 0xc014000000000000, 0xbfa0600000000000
	.quad 0x8067fda3c0d80000, 0xa0c3572b30ffffff
	.quad 0xf0d73ea53ca7963c, 0xffac2b56bd31b6c2
	.quad 0x3e7eb178f1289876, 0xc2aac9e6dd0e8a2b
	.quad 0x0110fcb780400000, 0x87a7e26abffffffe
	.quad 0x800000003b1f652e, 0x4bb8033d07cb0149
	.quad 0x8000000000000000, 0x40f8000071fe5ab1
	.quad 0x40a80000ffb82bf1, 0xfd771aac976f37b3
	.quad 0x44051317febffed3, 0xb3516670fb7e8200
	.quad 0xf73645be8002e67e, 0x3621b6b2ffbe7c42
	.quad 0x7ff55adff07ae4fc, 0x5755ea1ccf95df2a
seed62:
	.quad 0x8c9a18692a0b5041
	.quad 0xffffffffffffffff
	.quad 0x0000001fa0480d6f
	.quad 0xffffffff6afc05d0
	.quad 0x6cace384f5fcf726
	.quad 0x0000000100000000
	.quad 0x00000000000002ab
	.quad 0xa646ade3cf021a75
	.quad 0x3af5430a96884cc4
	.quad 0x56eca59db802f12f
	.quad 0xfffffffffffffcc6
	.quad 0xffffffffffffff4f
	.quad 0xb94ac4e730683861
	.quad 0x0000000100000000
	.quad 0x00135f2ef1dc9f9b
	.quad 0xfee0cbc46ca3232f
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x0742a1cfc2b480ca, 0xffc07afc7f7dc03b
	.quad 0xfff8000000000000, 0x800d08854eca85e8
	.quad 0x19ffd376ffeaf3eb, 0x8007615217045098
	.quad 0xe266dd5a3d246541, 0xc04bf3cf8391c296
	.quad 0xb73c525f3d3d961f, 0x7f5110b2ff800000
	.quad 0x7f492ec6957e9b8a, 0xff80000040c4ed5a
	.quad 0x8000000000000000, 0x15d37614ffe1feca
	.quad 0x4053a193caef08a0, 0x00152bbb47800000
	.quad 0xf4b7ba8bbc87b74b, 0xcf7c267298a013f6
	.quad 0x5578b98d4aeaecb1, 0xfff0000000000000
	.quad 0xc06d8bd7606ef0a4, 0xc0100000c27e1095
	.quad 0x6ee500d684be77ff, 0x860fd20d5efcc4bc
	.quad 0x4040000042f0666e, 0x7a0ac70aff9e39cf
	.quad 0x0000000000000000, 0xff81edc4dfbe236c
	.quad 0x00984399cd588484, 0x3da12a44c17d9598
	.quad 0x8063d5e83fa00000, 0x002fffffffffffff
	.quad 0xbf9221f55b2f57ba, 0x2f4220f925664012
	.quad 0x7ff9636649e37d8c, 0xcc79fa2ee8480f00
	.quad 0x3fe4a225c364640d, 0x941d3edb1e66c6e0
	.quad 0x4739f92814073db6, 0xc01b000000000000
	.quad 0xc1140000f94626c2, 0xb63a8b66fbcafc00
	.quad 0x8eb9f8df1ee10000, 0x7f800000004b849d
	.quad 0xffc00000007fffff, 0x3d204b1fc6800000
	.quad 0xd59369a7649a8999, 0x800e966c280b2f49
	.quad 0xfff76cadac9bfd68, 0xb2880b55694921b4
	.quad 0x8009ccaf048a14fe, 0xfff198d62e218c95
	.quad 0xaf5890f75f7ffffe, 0xbf0e82ab017fffff
	.quad 0xc7000000bfffffff, 0x0000000000000001
	.quad 0xbf11700000000000, 0xadb8fd56ffc00000
	.quad 0xeb64fb76e0d86e17, 0xfdebc403d41a4afe
	.quad 0xc00000007f800000, 0xbfffc00000000000
	.quad 0xfff545e5d9628188, 0x81f17dfbf0507791
seed63:
	.quad 0xffffffffffffffdc
	.quad 0xc6ca2a2f050e6e1c
	.quad 0x957cceef44a33959
	.quad 0xbe6a0c6a830f3e13
	.quad 0x0000000000000189
	.quad 0x18badc5fc83f88c4
	.quad 0xffffc60a7595390f
	.quad 0x4813b76461ddd6e9
	.quad 0x00000000000000ab
	.quad 0xfffffffffffd4969
	.quad 0x0000000000000004
	.quad 0xffffffffffffff16
	.quad 0x000000001d4e7642
	.quad 0x00000000000002e0
	.quad 0xfffffffffffffc89
	.quad 0x0c31df9e3896d597
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x43e0000000000001, 0x0044052ac3fd364f
	.quad 0x6fe054eea5cd755e, 0x3ff0000000000000
	.quad 0xfff7648349d54ca5, 0xfffcf25a2d72350e
	.quad 0x8000000000000000, 0x77bbbd3a34f4d28e
	.quad 0x3c3232e045800001, 0xfff8000000000000
	.quad 0x2074f42f70e08af9, 0xe62e0c399218a6f4
	.quad 0x9cf1684ffff479ff, 0x0020000000000000
	.quad 0x403944560cdfeb6b, 0xcf5216568147c8f2
	.quad 0xeed59176c55d7d22, 0xb8c421eb77ad5154
	.quad 0x240b89cbced3f8cb, 0x3423731ac3fdf59e
	.quad 0x906e09b43b99c218, 0x43547c21ff800000
	.quad 0xedb04be5973efc00, 0x0000000000000000
	.quad 0xef61163fbad65662, 0x4108000038e97e75
	.quad 0x6bfe07f3ffbebeef, 0x7f800000ff800000
	.quad 0xfe5564eb3d36f4f0, 0xb95ce98d7dd6eb75
	.quad 0xc03cfdc18b2d8000, 0x7ffc6bdd8e6ff3a5
	.quad 0xfff0000000000000, 0x3e80000075e65fbc
	.quad 0xc085600000000000, 0x750f33b1a6e0456e
	.quad 0x7ff0000000000000, 0x5e6ea8e6c1fb4bc8
	.quad 0x8029b32d83afff02, 0xc03000003c15292e
	.quad 0x800f0072540e0eaf, 0xffefa40eb8cc119e
	.quad 0x7f80000000000000, 0xda3d0766bf678000
	.quad 0x800000008b3a76cb, 0x00000000b9600000
	.quad 0x43c00000ffd7805f, 0x461316b9fc23c157
	.quad 0x7efc020200000000, 0x7fed01c68d10532a
	.quad 0x40f00000107814b9, 0x026006d3301ae7bc
	.quad 0xaf46c75a529eca39, 0xdf1c85f5a4b9cd0d
	.quad 0xff8000006f42b6b3, 0xfe75a7a10ecbade6
	.quad 0xbfa6900036f62746, 0xd48feb3640a00000
	.quad 0x80000000884d5d23, 0x7d7c9485bb070b37
	.quad 0xef95a0c468363038, 0x3af996f55f7fffff
	.quad 0x5b4113d2ffb95afa, 0x3f8ff88664a157e6
