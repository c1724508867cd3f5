/*
 * asm_arm64.S - goroutine context switch for AArch64 (AAPCS64).
 *
 * void mg_gogo(uintptr_t *save, uintptr_t to_sp)
 *   saves x19-x30 and d8-d15 in a 176-byte frame, stores sp in *save,
 *   loads to_sp and restores the same frame there.
 * A fresh stack (stack.c) holds such a frame whose x30 is mg_gostart,
 * with x19 = the G and x20 = the C function to call with it.
 */
#if defined(__aarch64__)
	.text
	.globl	mg_gogo
	.type	mg_gogo, %function
mg_gogo:
	.cfi_startproc
	sub	sp, sp, #176
	stp	x19, x20, [sp, #0]
	stp	x21, x22, [sp, #16]
	stp	x23, x24, [sp, #32]
	stp	x25, x26, [sp, #48]
	stp	x27, x28, [sp, #64]
	stp	x29, x30, [sp, #80]
	stp	d8, d9, [sp, #96]
	stp	d10, d11, [sp, #112]
	stp	d12, d13, [sp, #128]
	stp	d14, d15, [sp, #144]
	mrs	x9, fpcr
	str	x9, [sp, #160]
	mov	x9, sp
	str	x9, [x0]
	mov	sp, x1
	ldr	x9, [sp, #160]
	msr	fpcr, x9
	ldp	x19, x20, [sp, #0]
	ldp	x21, x22, [sp, #16]
	ldp	x23, x24, [sp, #32]
	ldp	x25, x26, [sp, #48]
	ldp	x27, x28, [sp, #64]
	ldp	x29, x30, [sp, #80]
	ldp	d8, d9, [sp, #96]
	ldp	d10, d11, [sp, #112]
	ldp	d12, d13, [sp, #128]
	ldp	d14, d15, [sp, #144]
	add	sp, sp, #176
	ret
	.cfi_endproc
	.size	mg_gogo, .-mg_gogo

	.globl	mg_gostart
	.type	mg_gostart, %function
mg_gostart:
	.cfi_startproc
	.cfi_undefined x30	/* the outermost frame: unwinders stop here */
	mov	x29, #0
	mov	x0, x19
	blr	x20
	brk	#0
	.cfi_endproc
	.size	mg_gostart, .-mg_gostart

	.section .note.GNU-stack,"",%progbits
#endif
