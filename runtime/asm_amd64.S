/*
 * asm_amd64.S - goroutine context switch for x86-64 (System V ABI).
 *
 * void mg_gogo(uintptr_t *save, uintptr_t to_sp)
 *   pushes the callee-saved registers and the x87/MXCSR control words,
 *   stores sp in *save, loads to_sp and pops the same frame there.
 * A fresh stack (stack.c) holds such a frame whose return address is
 * mg_gostart, with r12 = the G and r13 = the C function to call with it.
 */
#if defined(__x86_64__)
	.text
	.globl	mg_gogo
	.type	mg_gogo, @function
mg_gogo:
	.cfi_startproc
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp
	fnstcw	(%rsp)
	stmxcsr	4(%rsp)
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	fldcw	(%rsp)
	ldmxcsr	4(%rsp)
	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.cfi_endproc
	.size	mg_gogo, .-mg_gogo

	.globl	mg_gostart
	.type	mg_gostart, @function
mg_gostart:
	.cfi_startproc
	.cfi_undefined rip	/* the outermost frame: unwinders stop here */
	xorl	%ebp, %ebp
	andq	$-16, %rsp
	movq	%r12, %rdi
	call	*%r13
	ud2
	.cfi_endproc
	.size	mg_gostart, .-mg_gostart

	.section .note.GNU-stack,"",@progbits
#endif
