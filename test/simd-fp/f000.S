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
	.inst 0x1e2640f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f70b8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0c04f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6339d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2ec4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e250978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e66f019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e254b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202388
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7529be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b597f
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
	.inst 0x1e61c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6aa012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e199483
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3901e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c0475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e283918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4d1919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f243dfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e198d0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4bd6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31c5ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2003af
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
	.inst 0x1f2cbcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220191
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
	.inst 0x1e6400e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6bf52b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e223a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e19dce8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2618b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f71b4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e674a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f29059f
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
	.inst 0x1e223930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6238f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e650122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274053
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
	.inst 0x1e632a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2035c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee241f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e761958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f219699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e32683a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26381b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b093c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f06709d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b49df
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
	.quad 0x00000000000001be
	.quad 0x8000000000000000
	.quad 0x0000000003bd2d43
	.quad 0x0011083a81fd18c6
	.quad 0x0000000000000002
	.quad 0xfffffffffffffd9f
	.quad 0x01707aa1546dba0d
	.quad 0x00000018ddb16722
	.quad 0x0464e43918c6e0c5
	.quad 0x0000000000000000
	.quad 0xb8800123f711c1af
	.quad 0x0000000164ae6824
	.quad 0xfffffffffffffefb
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x013043e0f7047a82
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x0a8e5c13fe55fbff, 0x4019000000000000
	.quad 0xff7fffff00d44781, 0xbe28730097532de6
	.quad 0xc0289bd542440b62, 0xc37820137fc00000
	.quad 0x350a24d53a65dfe9, 0x3e87584400000000
	.quad 0x4240f63ac0d9fbe2, 0x7ff8000000000000
	.quad 0x405b42b8b5c531b0, 0xc38cdff5002f0710
	.quad 0x4c76e270d8ac1ddf, 0xfff0000000000000
	.quad 0x7fa46eb07f800000, 0xc34b9fba807fffff
	.quad 0x8007553c2718d377, 0x83cfbd63ff800000
	.quad 0xf257aa957e66a516, 0xcd9fcff3d7d3b7bd
	.quad 0x8007164980ffffff, 0x42681631a97fffff
	.quad 0x00400000c5acdf35, 0x8000000000000000
	.quad 0x6d498f838ccee812, 0x170e8847b9d3fcff
	.quad 0x4012000000000000, 0x3641d283ff3cc8e0
	.quad 0xee87712ae88f6043, 0xdf000001fa26ef15
	.quad 0x1dccd703eef97c00, 0xedfe5aa6422b0000
	.quad 0xc3e2c7c7ff800000, 0x000000008007bf33
	.quad 0x92ab988e915cc3fb, 0x1e57c0b404675ca8
	.quad 0xfff4f58b178c2bf4, 0xf7901c58ffc00000
	.quad 0xb2ef40c1fdb1f97b, 0x7ffef3d951c563f6
	.quad 0xaed6bee405190124, 0xc478000040d62c3f
	.quad 0x113b1c938aebed6d, 0x47e40931599f9016
	.quad 0x415a302bbd7d8bff, 0x000000007f8303ed
	.quad 0xbdaa87e77fc00000, 0x15029d53bfb7ff3d
	.quad 0x245a6770c5f6807b, 0xfaaaea3b7fedb97e
	.quad 0x801fffffffffffff, 0xfd7b549081a722e5
	.quad 0xffec270baf6ea3d4, 0xbfe1744d5121b05c
	.quad 0xbffcbc397f800000, 0xc2c00000ff800000
	.quad 0x08f23595feffc7bd, 0x51466e9138fe86e5
	.quad 0xfd899fce25555a5d, 0x91cbc7b4ffc00000
	.quad 0xe6b3c8f03a0900bc, 0xb1175fe87a3a21c9
	.quad 0x73e07133cf6c2b4d, 0x3fffffffffffffff
seed1:
	.quad 0x000029e773e9e1c5
	.quad 0xffff3935e9a2e39e
	.quad 0x00000000000000bc
	.quad 0xffffffff80000000
	.quad 0x19b8b2b130d9ca30
	.quad 0xfffffffffffffeab
	.quad 0x000000000000036b
	.quad 0x0000000000103b1f
	.quad 0x0000000c2950649a
	.quad 0x9ed191844d763b99
	.quad 0x4a5c88a49b0ed132
	.quad 0xffffffffffffd8d0
	.quad 0x0000000080000000
	.quad 0x5c53f7a53561daee
	.quad 0xfffffffffffffcb1
	.quad 0xfffffff541219e56
	.quad 0x02400000
	.quad 0x70000000
	.quad 0xaab3d515a20daef1, 0x7405cac2fe911d58
	.quad 0x864fada3fffe1fdb, 0x3e3c86827fb99a94
	.quad 0x91de844ec7c00000, 0x7eaa2b9e00ca198c
	.quad 0x071d013dff06c080, 0x7ff2fbc0d9fffffe
	.quad 0xeeed98d2c398fe00, 0xf65e5e83fcef34ff
	.quad 0x80083754da2538ac, 0x8010000000000000
	.quad 0xc011000000000000, 0x40b8a00000000000
	.quad 0x3b5320eaf1ffffff, 0x40b3f55a7ef5c3c9
	.quad 0xd1eae1857f925487, 0x97041e0e192ffe00
	.quad 0x7ff8000000000000, 0x00c568edec40f61d
	.quad 0x7ca126fda829e354, 0xb3a7a5e4ffd6c480
	.quad 0xb8295df5e63041d8, 0x5b6a5a36fb7def8e
	.quad 0xff7556e9ca0e00f3, 0x59fffffe7fc4b53d
	.quad 0xfff61edf2982f3e5, 0xc078805bffb72942
	.quad 0x7f7fffffc316373c, 0x821c9dbce6113e5a
	.quad 0xbf90220cc7c39be9, 0x43b850ad00000000
	.quad 0x3ffbae2cbdf8fa73, 0xa24a314a0527de2e
	.quad 0x40a0000077cf01e2, 0xc3d0800000000000
	.quad 0xbc181f977fda23bb, 0x41f0000000000000
	.quad 0xc03a605654ecce61, 0xc01a87c2846544f8
	.quad 0x8000000095c4c720, 0xc011000000000000
	.quad 0x555f8337477ffffe, 0x7703b4fd5be51506
	.quad 0xa3cc72d47bd14180, 0xf3d0c1d75399ffe1
	.quad 0xbe1a360e064a3143, 0xfccd6c4f2f3fbfcf
	.quad 0x800ea3dd6d344009, 0x129c9102429dec68
	.quad 0x3d422f077355741f, 0xc2990039f72f0420
	.quad 0xd8bc0d81fff73478, 0x000fffffffffffff
	.quad 0x3dc6b8d97fc00000, 0xfff0000000000000
	.quad 0x10f996e92952dbcc, 0x626654be7fbff547
	.quad 0xb86943b2177b3594, 0x817fe86cbdf582d4
	.quad 0x400c000000000000, 0x7ff4c30c04bcb6b3
	.quad 0x9a9eb31faed869d0, 0x0000000000000000
seed2:
	.quad 0x000000000000005c
	.quad 0xfffffffffffffce9
	.quad 0x0000000000000125
	.quad 0x7fffffffffffffff
	.quad 0x8a7edea47e1eaa7e
	.quad 0x0000000000000340
	.quad 0xfffffffffffffedd
	.quad 0xffffffffffffe3e9
	.quad 0x42ae8b08386fbf7e
	.quad 0xffffffffffffff91
	.quad 0x00000001927f0fa2
	.quad 0x0020000000000001
	.quad 0x0000000000072aee
	.quad 0xffffff49253b6c52
	.quad 0xe79314ddfc218ece
	.quad 0x0003faea6b053ddf
	.quad 0x03c00000
	.quad 0x80000000
	.quad 0x09b2fd9bce4a5806, 0x53d6048616bf0d38
	.quad 0x935cfb5cdbfffdaf, 0x1ca1154819197843
	.quad 0x7f8a8668ca6bb431, 0x8063a61766e6bde3
	.quad 0x80000000c0200000, 0xfd8a818dbfdffff1
	.quad 0x7e4b55640c3a1c51, 0xeeddf080ff9a9e33
	.quad 0x11a75d06f559558e, 0x6eee67ecffa818a3
	.quad 0x4013000000000000, 0x7fcb67e480c72f99
	.quad 0x6bce97cc7f800000, 0x3e578e1840a80000
	.quad 0xc02261404d703370, 0xf0204b5d42cf133e
	.quad 0x3ff0000000000000, 0x24933ceff9ceab25
	.quad 0xacbc1a5cbdffc800, 0x65f5fb904049f8f6
	.quad 0x8000000000000000, 0xc016000000000000
	.quad 0xff8bf44d80000000, 0xc124713b807e9232
	.quad 0xa82645d4bdfb4cf2, 0xfaa52847b977a9e7
	.quad 0xbef8396e80755533, 0xe2e9aee2ffef97cf
	.quad 0xc024d69798330ba5, 0x7fa7d8d63f8bd0f6
	.quad 0x41df84013c93b03c, 0xbe2f08a553940001
	.quad 0x400000006c4f09bb, 0xff93b160cf000000
	.quad 0x03cf628fa0c1320c, 0x404f63e78008a480
	.quad 0x0000000000000000, 0x95dc40dad9f77ef9
	.quad 0x2e024eaa7fc00000, 0x03451ae600ffffff
	.quad 0x000b44f8852e6596, 0xb4e944daf7b9a5b2
	.quad 0x4111105c80000000, 0x7ff8000000000000
	.quad 0x83677f5896646520, 0x1b30dc74f6a048a9
	.quad 0xbe4c0e3fbedf17f2, 0x800d7af8c4e46510
	.quad 0x05934d9d9afc9775, 0xff9f6d9fbcbffdd2
	.quad 0x4058000000000000, 0x41105c304b756a22
	.quad 0x22d9d5becfebf9f9, 0xdaf6fcb8eb0ed3ee
	.quad 0x7a3ecb87ffb39d52, 0xefbfdb4682347400
	.quad 0xbf91b8b0216e44e6, 0x6a2b37e2d7ffffff
	.quad 0x4036eb17aeae3498, 0xfffaf91fbfa18747
	.quad 0x0c88375f8b25bc33, 0xe5868d1994ed1ebe
seed3:
	.quad 0xfffffffffffffed9
	.quad 0xfffffffffffffcea
	.quad 0x00000000000000ef
	.quad 0xf22a8c920c83cf55
	.quad 0xffffffff80000000
	.quad 0xc25d8d6776944dcd
	.quad 0x90b48d0d0d09f322
	.quad 0xffffffffffffffe0
	.quad 0x00000000000000a2
	.quad 0xd403be76eb7d8b21
	.quad 0x912a2934fb5a7a2b
	.quad 0xfffffffffff03329
	.quad 0xbf772af39831af5a
	.quad 0xfffffffff40e3ec2
	.quad 0x50951435a1a27318
	.quad 0x42f9ab311d6b8e81
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x80000000bcf6c809, 0x74ab1e69bb47ca06
	.quad 0x43f4ac76806dbcf1, 0xfa72778fff9fece5
	.quad 0x41ffffffffffffff, 0x105519f7f17f48e4
	.quad 0x1282c7053beaa9b5, 0x7fbc939340c80000
	.quad 0x976c6dc10e62adf0, 0x007fffff7acc2200
	.quad 0x02a86075ef2b6a26, 0xb747261f367350c6
	.quad 0xc1cf85650ee9f350, 0x82db294a404b4cdb
	.quad 0x33438eceb9003cb5, 0xbf68000000000000
	.quad 0x800469a9c4fb68f2, 0xffc00000410ba7b4
	.quad 0x45c89c89de70d242, 0x8c34e47d817fffff
	.quad 0xfff40155ed864ad4, 0x00737361de2ddb6e
	.quad 0x0d20c7030b0fa1e4, 0xbfa8000000000000
	.quad 0xbe9a64807f425523, 0x9133056cb8b57c00
	.quad 0x3e800000beb6f5dd, 0x1d239437a54fdac4
	.quad 0x406e800000000000, 0x0000000000000000
	.quad 0x7ec333ed558b4740, 0xa2b1f46fffc00000
	.quad 0xfff46a0fca0087c4, 0x24386eb5ccbfb827
	.quad 0xeb75bc0cad021271, 0xc1200000002d01bd
	.quad 0x70a1325559ffffff, 0xc0372f791ad40f87
	.quad 0x93aa4230c93c1d2f, 0xd902d958a90e7c00
	.quad 0x800000007fc00000, 0x57beb095fe738001
	.quad 0xa5c04a661a948000, 0xc013000000000000
	.quad 0xff1348f674e2b190, 0x800000001a763465
	.quad 0x000000004fffffff, 0xcf0000003dec1d49
	.quad 0xb67e7ff38e2bb05b, 0xbf71d2f1e0b342e1
	.quad 0x00ccb6c56eb17e00, 0xca47802118d5fe00
	.quad 0xe268d3df8455f8da, 0x438960e27fbdf19b
	.quad 0x3a3d71f910a50ad5, 0xdf6e33fb7f57cd58
	.quad 0x00000000ffc00000, 0xc0ad17f240e00000
	.quad 0x7feb9ef5f9dfca68, 0x202f52750946153d
	.quad 0x76181ed4ff1523b3, 0x688eb30231157d0f
	.quad 0xfffc85eadaccc718, 0xcd77362656ec7c00
