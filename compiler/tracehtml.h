/*
 * tracehtml.h - `minigo trace trace.json -o trace.html`: draws a scheduler
 * trace (runtime/trace.c's Chrome trace-event JSON) as a self-contained
 * HTML page with an SVG timeline, one lane per P.
 */
#ifndef MINIGO_TRACEHTML_H
#define MINIGO_TRACEHTML_H

/* argv: trace.json [-o out.html] (default: trace.html); returns the exit
 * status. */
int tracehtml_main(int argc, char **argv);

#endif
