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
	.inst 0x1f2d8170
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
	.inst 0x1f629dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e321913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2609d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e420516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c0d7
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
	.inst 0x1e38e406
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3001ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4f0d1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d0b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0a809e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e583aaf
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
	.inst 0x1e5994c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d0c11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e306872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2300b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a2270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e254156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e610147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e42e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f05113a
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
	.inst 0x1e25403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e618dbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25189f
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
	.inst 0x1e29f469
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e254211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2741b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a2260
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
	.inst 0x1f26a557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6300b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58caea
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
	.inst 0x1e65393c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2808fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2669ff
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
	.inst 0x9e6301d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21a4e7
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
	.inst 0x1f4c0933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6002a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c077
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
	.inst 0x1f4eb1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f75149a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b2040
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
	.inst 0x1f6b083d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b19be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a8c1f
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
	.quad 0xffffffd0b4feec33
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x8de757ed5def5037
	.quad 0x372ca4bf2c712515
	.quad 0x9b4e88751d0d407e
	.quad 0x8f38cdcf8256c5b7
	.quad 0xfffffffffffffcdd
	.quad 0xffffffff87c72e6f
	.quad 0xffffe4b8a8e6457c
	.quad 0xffffffffdbf1acc6
	.quad 0x000000000000005d
	.quad 0xffffff61cb47f328
	.quad 0xfffffffffffffec0
	.quad 0xa3bd1f8832c8d0ee
	.quad 0xe6fc8b102985b2fe
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x7f800000ff800000, 0xb8200000f218c405
	.quad 0x7ff0000000000000, 0xd755dcecff93dd34
	.quad 0x513bb07a0240eb18, 0x00087c23b65d67c4
	.quad 0x0015e88c91d33ed8, 0x5d9b40e0699e602c
	.quad 0x7fbe6e4841bf235c, 0x83ce68ec2a17786e
	.quad 0xf210f0d0bca55699, 0xdb8b6bd8fcbffefc
	.quad 0x7ff47a6797ae7cce, 0x41e8847828672ac2
	.quad 0xd5ff64e8ffffb13d, 0xdcbc6eb4c00aa00d
	.quad 0x61504480fc598000, 0x7f9b121dffb618c9
	.quad 0x2e8a41614c5c53c8, 0x000000000000-1e0
	.quad 0xacd328d47fbf72ba, 0xfde2f4283d98c400
	.quad 0x12b18bf180000000, 0x337aba75fffe5bbe
	.quad 0x7fc00000c0664d15, 0xfff0000000000000
	.quad 0xc560b3b97ee18b7a, 0xf3f13c8c7f372fb6
	.quad 0xc022000000000000, 0x0a766943e0f2fd8d
	.quad 0x0a77ccccfcb5c080, 0xe41141307fd6ed55
	.quad 0xcf9b2adc3f600000, 0xfda50a5b9fd86764
	.quad 0xa5394a64bc717c00, 0xfff5c9c82d26f5ba
	.quad 0x53983dc2cd7fffff, 0x006d404900000000
	.quad 0x40436c17cf000000, 0x0028aad863ec7cf0
	.quad 0x21386caaff000000, 0x020ec8bea97b10fc
	.quad 0x400fffffffffffff, 0x7fd616bc0030d701
	.quad 0x8000000000000000, 0x803ba3556c1d1aa5
	.quad 0x7f800000c23cd572, 0x400f000000000000
	.quad 0xa9e1ae519d6afe00, 0xf8d6ea967f8c005b
	.quad 0x998c086634ca87c0, 0xffefffffffffffff
	.quad 0x41e0000000000000, 0x7f85b4856c191bb6
	.quad 0xffdfffffffffffff, 0xaa2c49adbcd85202
	.quad 0x40166ca90849f6d6, 0x7fa076a4415fe7a1
	.quad 0x7ff0000000000000, 0x41ffffffffffffff
	.quad 0xbf18000000000000, 0x82f8f2c71db2532c
	.quad 0xd1dd8f67da5dfb2f, 0x8ec91b6bffca28e4
seed1:
	.quad 0x000000000000035a
	.quad 0xe4a863294a8c2eeb
	.quad 0xfc75b5c34dbaaa74
	.quad 0xfffffaea030c2633
	.quad 0x00000000000e1ed1
	.quad 0xfffffffffffb097e
	.quad 0x7fffffffffffffff
	.quad 0xd8cf7588003dacd5
	.quad 0x8f2d9126d450aa97
	.quad 0x0000000000001ed4
	.quad 0x0000000000000001
	.quad 0xffffffffe0d55334
	.quad 0x00000000000003be
	.quad 0x7fffffffffffffff
	.quad 0x3c34a8bd67f3125a
	.quad 0x000000000000ac3e
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x40b00000fea5aacf, 0x801c46cc57b0c3f5
	.quad 0x7ff6a80c893b9d84, 0x80098301010eae59
	.quad 0xc423dfe41e3d8150, 0x7ff8000000000000
	.quad 0x3f85600000000000, 0x7f80000004b580ed
	.quad 0x41f637d99c1cd565, 0x000000000be980d2
	.quad 0xbff4000000000000, 0xe52db31c05924da3
	.quad 0x81ac2005836b7c00, 0x3b8f8570ffbe3bdf
	.quad 0x800000003d2e0000, 0xc3ce1fba00400000
	.quad 0xe107f0337fdab37f, 0xf7bc6fae0d1ea04f
	.quad 0xc42d432d04e14cfd, 0xf7e28a33ffc77e00
	.quad 0x7ff0000000000000, 0x40a007a3ffc00000
	.quad 0xfe59cb0b51b2a533, 0x468d6ba6bfcdfe7f
	.quad 0xff800000004c36e1, 0x63191eeea51313e1
	.quad 0x7e01ec919104c917, 0x0000000000000001
	.quad 0x001eb628a6182074, 0x010537e0954e436b
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x92d313297cd2cfe9, 0xf60deab67c85feb7
	.quad 0x7e4af25af3ae5d5e, 0xc1c000003cfd3608
	.quad 0x8a9b3763bee425f7, 0x800000003c4c9eb6
	.quad 0x42a80000fe800000, 0xb0509f2e344bbadb
	.quad 0x8d0edd9e8ba22306, 0xbfd01963ed0bb402
	.quad 0x7fdfffffffffffff, 0xa7ba782732a8cc92
	.quad 0xbf92212f97b4e74a, 0xfae38bb5e58ad756
	.quad 0x4002000000000000, 0x7ff23674ff800000
	.quad 0x0000000042450b5a, 0x99dd76098f0d86ca
	.quad 0xc7fffffe80000000, 0x336e058cff7d7e82
	.quad 0x01a7dd427f828000, 0xfff0000000000000
	.quad 0x0000000000000000, 0x407fffff00ba3795
	.quad 0x01ceea226d564e85, 0x5cf6bd6616d97c00
	.quad 0x62c3cc73cb173ffe, 0x80792634001ef873
	.quad 0xfe5cbb227843faa7, 0x4c6c552051bf9b28
	.quad 0xe197c0cdfe1f3eff, 0x74641a8c44e67291
seed2:
	.quad 0x721dda751aad4230
	.quad 0xd11d7e71ac33f089
	.quad 0xfffffffffcb1d40e
	.quad 0x0000000641db7564
	.quad 0xfffffffff942a8cb
	.quad 0xffadcbee71c36666
	.quad 0x0000000000029c54
	.quad 0x00000000000001d7
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0x2164bbdb02108a21
	.quad 0x18cf71ced65a46e7
	.quad 0xfffffffffffffed8
	.quad 0x000000000000038b
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xff800000007fffff, 0x42b96075b8314480
	.quad 0xff800000ff800000, 0x02bc066edc2f7e75
	.quad 0x7ec0a37615fa1a2a, 0xbf80000040d00000
	.quad 0xffc935f4479caaf1, 0x9e695614f01c8ecb
	.quad 0x7fc000002212f329, 0x16360168fd81ba01
	.quad 0xd6b562d964fefd38, 0xc04d98493c400000
	.quad 0x084a313b2f59246c, 0xbfe0000000000000
	.quad 0xc0750e4448abd593, 0xbc800000005d7b8f
	.quad 0x0c700aaa297f87dd, 0x7ff94a1c88948b4e
	.quad 0x7fbc2ed1feffffff, 0xef709324fe8b7e1d
	.quad 0x90ce7cb03feb1b9c, 0x6bd9721cbcb68069
	.quad 0x7f00000081573219, 0xc10c000000000000
	.quad 0x800000003d71519e, 0x73347b917faf8cbf
	.quad 0x8008000000000000, 0xdf800001dfffffff
	.quad 0x0000000000000000, 0x00000000bce0ec99
	.quad 0x01c77f7e006fd4f4, 0xc3e0000000000001
	.quad 0xf424f1c97ffd49eb, 0x000fffffffffffff
	.quad 0x8cfb8965fbfbfeaf, 0x0000000011e143dc
	.quad 0x62c3c63ebfae19a9, 0xf475c6913fc610fd
	.quad 0x80302bdc16e76636, 0xffb46ad0bd5cf97e
	.quad 0x81187d5cbe573547, 0x7ff0000000000000
	.quad 0xc70a69b30d8cfc00, 0xbff89eeed30d06af
	.quad 0x3c659212409e1c55, 0xc74f7e7d3bb4dd42
	.quad 0x7f800000c0e00000, 0xbff5800000000000
	.quad 0xbfc8c34ce202ccb8, 0xfe774e13a359d068
	.quad 0xc020800000000000, 0x43b8c519ce537992
	.quad 0x3dfe9027df28469e, 0xb6250b9fcad7c9d8
	.quad 0x3c7771fcc7a00000, 0x0000000043c64ac7
	.quad 0x7a65b159212b1aa2, 0xc330000000000001
	.quad 0x3800000041b44ec6, 0x92cb0cb0cb774cb7
	.quad 0x40576ed640f00000, 0x3ba8e56b08cf4e76
	.quad 0x1babcc8b80400000, 0xc20cdfb9bfdff7ff
seed3:
	.quad 0xfda9191865f63fef
	.quad 0x2175f7091d8eccc9
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x0191aa9054a431f9
	.quad 0x0006c3ef47b3ea09
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x0000000000017dc2
	.quad 0x00000005ee1400df
	.quad 0x00000000000b35bf
	.quad 0x00000000004ab4ad
	.quad 0x2829c91c8869414c
	.quad 0xfffffffffffffe3d
	.quad 0x0000000000000001
	.quad 0xfff39657a2db49bc
	.quad 0x04400000
	.quad 0x00000000
	.quad 0x3d788eaf7f800000, 0x00013b46627f52c0
	.quad 0x405106c2bf9c8e9f, 0xf4904cfb7738fe00
	.quad 0xbfd22d92d521520f, 0x7fe0977200643c9c
	.quad 0x7ff0ecb4a8153432, 0xdd28e8178f5af800
	.quad 0x7f800000f6f9c72f, 0x1efd93043f400000
	.quad 0x0d10e8487b534810, 0x3fffffff760dd0fa
	.quad 0x000000003bc1bb87, 0xb5acf930dd66df66
	.quad 0x00000000f909f995, 0x8001dbda3f9f3af1
	.quad 0xfff0e78db7fab937, 0x3ef280a17fc00000
	.quad 0xf0b9ebc780000000, 0x7ff8000000000000
	.quad 0x0649e1b27f800000, 0x0d3ca16673eb7428
	.quad 0x4022000000000000, 0x7ff8000000000000
	.quad 0x804000007f7eae06, 0xb34d6c6015f8620b
	.quad 0x7093bae27f800000, 0xd1b6f2de7fd7cfa8
	.quad 0xff88b3ce40880000, 0xd5230d0e2e53fe00
	.quad 0x7d8bcdf13f577baa, 0xbd03c08a7fd5452f
	.quad 0x80000001801f40d0, 0x00ffffff3ddd6df7
	.quad 0xc07280bb43ee96d8, 0xfed59316b6fb12e3
	.quad 0x777be732473e59c6, 0x8710ac59c0992f37
	.quad 0x82a1c5c8b7107cfd, 0x035ea9ad8387edeb
	.quad 0x920f89113ad7d5b0, 0x5571da05aede10fa
	.quad 0x32b4b82afe7fdf77, 0xfe3636b5ec245492
	.quad 0x02b1b409817fffff, 0xd1e465cdbfb872a0
	.quad 0xbeff017d42cadd4f, 0x3ff7d5ede583cb67
	.quad 0xfb38e111ffffffff, 0x7d1a9a703864e0e5
	.quad 0xbbe094377ef7d6fc, 0xff292eedab450cb4
	.quad 0x7fc00000e9885ab7, 0xe95342055843c700
	.quad 0xa4d47ed6895da571, 0x8b01b0e17f83b8fb
	.quad 0x3f0000003f000000, 0xbfffffff70c4ebe0
	.quad 0x13cd3d9bf4ffffdc, 0x97c36a8287e368c1
	.quad 0x4273526818126ede, 0x1c0e167304fb7c00
	.quad 0x7fc000002cd249fc, 0x6e7fa2684dc67e94
