/*
 * tracehtml.c - the picture of "concurrency is taking turns, parallelism
 * is at the same time": reads the trace that `minigo run -trace=FILE`
 * writes (a small JSON parser for that format, no dependency) and writes
 * one HTML page with an inline SVG timeline: a lane per P, each run slice
 * a rectangle coloured by goroutine, a time axis, a legend; hovering a
 * slice (its SVG <title>) shows the goroutine, its function, where it was
 * created, and why it stopped (the wait reason of the block that ended it).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "tracehtml.h"

/* ---- JSON: just enough for the trace's own format */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JKind;

typedef struct JVal JVal;
struct JVal {
  JKind kind;
  double num;
  char *str;
  int len;          /* array elements / object members */
  JVal **items;
  char **keys;      /* objects */
};

typedef struct JParser {
  const char *p, *end;
  bool bad;
} JParser;

static void skip_ws(JParser *jp) {
  while (jp->p < jp->end && isspace((unsigned char)*jp->p))
    jp->p++;
}

static bool eat(JParser *jp, char c) {
  skip_ws(jp);
  if (jp->p < jp->end && *jp->p == c) {
    jp->p++;
    return true;
  }
  return false;
}

/* A string's contents; \uXXXX outside ASCII becomes '?' (only labels). */
static char *parse_string(JParser *jp) {
  if (!eat(jp, '"')) {
    jp->bad = true;
    return xstrdup("");
  }
  const char *start = jp->p;
  char *out = xmalloc((size_t)(jp->end - start) + 1), *o = out;
  while (jp->p < jp->end && *jp->p != '"') {
    char c = *jp->p++;
    if (c == '\\' && jp->p < jp->end) {
      char e = *jp->p++;
      if (e == 'u' && jp->end - jp->p >= 4) {
        unsigned v = (unsigned)strtoul((char[5]){jp->p[0], jp->p[1], jp->p[2], jp->p[3], 0}, NULL, 16);
        jp->p += 4;
        c = v < 0x80 ? (char)v : '?';
      } else {
        c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
      }
    }
    *o++ = c;
  }
  *o = 0;
  if (!eat(jp, '"'))
    jp->bad = true;
  return out;
}

static JVal *parse_value(JParser *jp, int depth);

static void push_item(JVal *v, char *key, JVal *item) {
  v->items = xrealloc(v->items, sizeof *v->items * (size_t)(v->len + 1));
  if (v->kind == J_OBJ) {
    v->keys = xrealloc(v->keys, sizeof *v->keys * (size_t)(v->len + 1));
    v->keys[v->len] = key;
  }
  v->items[v->len++] = item;
}

static void parse_members(JParser *jp, JVal *v, char close, int depth) {
  if (eat(jp, close))
    return;
  do {
    char *key = NULL;
    if (v->kind == J_OBJ) {
      skip_ws(jp);
      key = parse_string(jp);
      if (!eat(jp, ':'))
        jp->bad = true;
    }
    push_item(v, key, parse_value(jp, depth + 1));
  } while (!jp->bad && eat(jp, ','));
  if (!eat(jp, close))
    jp->bad = true;
}

static JVal *parse_value(JParser *jp, int depth) {
  JVal *v = xmalloc(sizeof *v);
  skip_ws(jp);
  if (jp->bad || jp->p >= jp->end || depth > 64) {
    jp->bad = true;
    return v;
  }
  char c = *jp->p;
  if (c == '{' || c == '[') {
    jp->p++;
    v->kind = c == '{' ? J_OBJ : J_ARR;
    parse_members(jp, v, c == '{' ? '}' : ']', depth);
  } else if (c == '"') {
    v->kind = J_STR;
    v->str = parse_string(jp);
  } else if (strncmp(jp->p, "true", 4) == 0 || strncmp(jp->p, "false", 5) == 0) {
    v->kind = J_BOOL;
    v->num = c == 't';
    jp->p += c == 't' ? 4 : 5;
  } else if (strncmp(jp->p, "null", 4) == 0) {
    jp->p += 4;
  } else if (isdigit((unsigned char)c) ||  /* strtod alone takes inf and nan */
             (c == '-' && jp->p + 1 < jp->end && isdigit((unsigned char)jp->p[1]))) {
    char *end;
    v->kind = J_NUM;
    v->num = strtod(jp->p, &end);
    if (end == jp->p)
      jp->bad = true;
    jp->p = end;
  } else {
    jp->bad = true;
  }
  return v;
}

static JVal *member(const JVal *obj, const char *key) {
  for (int i = 0; obj && obj->kind == J_OBJ && i < obj->len; i++)
    if (strcmp(obj->keys[i], key) == 0)
      return obj->items[i];
  return NULL;
}

static const char *str_of(const JVal *obj, const char *key) {
  JVal *v = member(obj, key);
  return v && v->kind == J_STR ? v->str : "";
}

static double num_of(const JVal *obj, const char *key) {
  JVal *v = member(obj, key);
  return v && v->kind == J_NUM ? v->num : 0;
}

/* ---- the trace's events */

typedef struct Slice {
  int lane;
  double ts, dur;
  long goid;
  const char *func, *created, *reason;
  long m;
} Slice;

typedef struct Block {
  long goid;
  double ts;
  const char *reason;
} Block;

typedef struct Trace {
  Slice *slices;
  int nslices;
  Block *blocks;
  int nblocks;
  const char *lanes[257];   /* lane names by tid, tid 256 = no P */
  double t0, t1;
} Trace;

static int cmp_block(const void *a, const void *b) {
  const Block *x = a, *y = b;
  if (x->goid != y->goid)
    return x->goid < y->goid ? -1 : 1;
  return (x->ts > y->ts) - (x->ts < y->ts);
}

static void add_event(Trace *tr, const JVal *e) {
  const char *ph = str_of(e, "ph"), *name = str_of(e, "name");
  JVal *args = member(e, "args");
  int tid = (int)num_of(e, "tid");
  if (tid < 0 || tid > 256)
    return;
  if (strcmp(ph, "M") == 0 && strcmp(name, "thread_name") == 0) {
    tr->lanes[tid] = str_of(args, "name");
  } else if (strcmp(ph, "X") == 0) {
    Slice *s = &tr->slices[tr->nslices++];
    *s = (Slice){.lane = tid, .ts = num_of(e, "ts"), .dur = num_of(e, "dur"),
                 .goid = (long)num_of(args, "goroutine"), .func = str_of(args, "function"),
                 .created = str_of(args, "created_at"), .m = (long)num_of(args, "m")};
    if (tr->nslices == 1 || s->ts < tr->t0)
      tr->t0 = s->ts;
    if (s->ts + s->dur > tr->t1)
      tr->t1 = s->ts + s->dur;
  } else if (strcmp(ph, "i") == 0 && strcmp(name, "block") == 0) {
    tr->blocks[tr->nblocks++] = (Block){(long)num_of(args, "goroutine"), num_of(e, "ts"),
                                        str_of(args, "reason")};
  }
}

/* Each slice's wait reason: the goroutine's first block inside it. */
static void attach_reasons(Trace *tr) {
  qsort(tr->blocks, (size_t)tr->nblocks, sizeof *tr->blocks, cmp_block);
  for (int i = 0; i < tr->nslices; i++) {
    Slice *s = &tr->slices[i];
    int lo = 0, hi = tr->nblocks;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      Block *b = &tr->blocks[mid];
      if (b->goid < s->goid || (b->goid == s->goid && b->ts < s->ts))
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < tr->nblocks && tr->blocks[lo].goid == s->goid &&
        tr->blocks[lo].ts <= s->ts + s->dur + 1)
      s->reason = tr->blocks[lo].reason;
  }
}

static bool load_trace(const char *path, Trace *tr) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "minigo trace: cannot open %s\n", path);
    return false;
  }
  char *text = NULL;
  size_t len = 0, cap = 0, n;
  do {
    if (len + 65536 > cap)
      text = xrealloc(text, cap = 2 * cap + 65536);
    n = fread(text + len, 1, cap - len, f);
    len += n;
  } while (n > 0);
  fclose(f);
  JParser jp = {text, text + len, false};
  JVal *root = parse_value(&jp, 0);
  JVal *events = member(root, "traceEvents");
  if (jp.bad || !events || events->kind != J_ARR) {
    fprintf(stderr, "minigo trace: %s is not a minigo trace (Chrome trace-event JSON)\n", path);
    return false;
  }
  tr->slices = xmalloc(sizeof *tr->slices * (size_t)(events->len + 1));
  tr->blocks = xmalloc(sizeof *tr->blocks * (size_t)(events->len + 1));
  for (int i = 0; i < events->len; i++)
    add_event(tr, events->items[i]);
  attach_reasons(tr);
  return true;
}

/* ---- HTML */

static void put_escaped(FILE *out, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default: fputc(*s, out);
    }
  }
}

/* A stable colour per goroutine: golden-angle hues. */
static int hue(long goid) {
  return (int)((unsigned long)goid * 137508UL / 1000UL % 360UL);
}

enum { LEFT = 70, WIDTH = 1100, LANE_H = 34, TOP = 30 };

static double xpos(const Trace *tr, double ts) {
  double span = tr->t1 > tr->t0 ? tr->t1 - tr->t0 : 1;
  return LEFT + (ts - tr->t0) / span * WIDTH;
}

static void put_axis(FILE *out, const Trace *tr, int height) {
  double span = tr->t1 > tr->t0 && tr->t1 - tr->t0 < 1e15 ? tr->t1 - tr->t0 : 1;
  double step = 1e-3;  /* a power of ten near span/8 (no libm in the compiler) */
  while (step * 10 <= span / 8)
    step *= 10;
  if (span / step > 16)
    step *= 5;
  else if (span / step > 8)
    step *= 2;
  for (double t = 0; t <= span + 1e-9; t += step) {
    double x = xpos(tr, tr->t0 + t);
    fprintf(out, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                 "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
            x, TOP - 8, x, height, x, TOP - 12);
    if (step >= 1000)
      fprintf(out, "%g ms</text>\n", t / 1000);
    else
      fprintf(out, "%g &#181;s</text>\n", t);
  }
}

static void put_slice(FILE *out, const Trace *tr, const Slice *s, int row) {
  double x = xpos(tr, s->ts), w = xpos(tr, s->ts + s->dur) - x;
  fprintf(out, "<rect class=\"slice\" data-g=\"%ld\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" "
               "fill=\"hsl(%d,65%%,55%%)\"><title>goroutine %ld: ",
          s->goid, x, TOP + row * LANE_H + 4, w < 0.5 ? 0.5 : w, LANE_H - 8, hue(s->goid), s->goid);
  put_escaped(out, s->func);
  fprintf(out, "\ncreated at ");
  put_escaped(out, *s->created ? s->created : "(program start)");
  fprintf(out, "\nran %.1f &#181;s on %s (M%ld) from %.1f &#181;s\nthen: ", s->dur,
          tr->lanes[s->lane] ? tr->lanes[s->lane] : "?", s->m, s->ts - tr->t0);
  put_escaped(out, s->reason ? s->reason : "preempted, yielded or finished");
  fprintf(out, "</title></rect>\n");
}

static void put_legend(FILE *out, const Trace *tr) {
  fprintf(out, "<h2>Goroutines</h2>\n<ul class=\"legend\">\n");
  long *seen = xmalloc(sizeof *seen * (size_t)(tr->nslices + 1));
  int nseen = 0;
  for (int i = 0; i < tr->nslices && nseen < 200; i++) {
    const Slice *s = &tr->slices[i];
    bool dup = false;
    for (int k = 0; k < nseen && !dup; k++)
      dup = seen[k] == s->goid;
    if (dup)
      continue;
    seen[nseen++] = s->goid;
    fprintf(out, "<li><span class=\"sw\" style=\"background:hsl(%d,65%%,55%%)\"></span>goroutine %ld ",
            hue(s->goid), s->goid);
    put_escaped(out, s->func);
    if (*s->created) {
      fprintf(out, " <small>created at ");
      put_escaped(out, s->created);
      fprintf(out, "</small>");
    }
    fprintf(out, "</li>\n");
  }
  fprintf(out, "</ul>\n");
  free(seen);
}

static const char style[] =
    "body{font:14px sans-serif;margin:20px}svg text{font:11px sans-serif}"
    ".tick{stroke:#ddd}.lane{fill:#f6f6f6}.slice{stroke:#333;stroke-width:.3}"
    ".slice:hover{stroke:#000;stroke-width:1.5}.legend{columns:3;list-style:none;padding:0}"
    ".sw{display:inline-block;width:12px;height:12px;margin-right:6px;border:1px solid #333}";

static void write_html(FILE *out, const Trace *tr, const char *src) {
  int lane_row[257], nrows = 0;
  for (int t = 0; t <= 256; t++)
    lane_row[t] = -1;
  for (int i = 0; i < tr->nslices; i++)
    lane_row[tr->slices[i].lane] = 0;
  for (int t = 0; t <= 256; t++)
    if (lane_row[t] == 0 || (tr->lanes[t] && t < 256))
      lane_row[t] = nrows++;
  int height = TOP + nrows * LANE_H;
  fprintf(out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>minigo trace: ");
  put_escaped(out, src);
  fprintf(out, "</title><style>%s</style></head><body>\n<h1>Scheduler trace</h1>\n"
               "<p>Each lane is a processor (P); each box is a goroutine running on it, "
               "one colour per goroutine. Boxes that alternate in one lane take turns "
               "(concurrency); boxes at the same time in different lanes run in parallel. "
               "Hover a box for details.</p>\n",
          style);
  fprintf(out, "<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">\n",
          LEFT + WIDTH + 20, height + 10);
  put_axis(out, tr, height);
  for (int t = 0; t <= 256; t++) {
    if (lane_row[t] < 0)
      continue;
    int y = TOP + lane_row[t] * LANE_H;
    fprintf(out, "<g class=\"lane-group\"><rect class=\"lane\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                 "<text class=\"lane-name\" x=\"4\" y=\"%d\">",
            LEFT, y + 2, WIDTH, LANE_H - 4, y + LANE_H / 2 + 4);
    put_escaped(out, tr->lanes[t] ? tr->lanes[t] : "?");
    fprintf(out, "</text></g>\n");
  }
  for (int i = 0; i < tr->nslices; i++)
    put_slice(out, tr, &tr->slices[i], lane_row[tr->slices[i].lane]);
  fprintf(out, "</svg>\n<p>%d run slices over %.1f &#181;s.</p>\n", tr->nslices, tr->t1 - tr->t0);
  put_legend(out, tr);
  fprintf(out, "</body></html>\n");
}

int tracehtml_main(int argc, char **argv) {
  const char *in = NULL, *outpath = "trace.html";
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
      outpath = argv[++i];
    else if (argv[i][0] != '-' && !in)
      in = argv[i];
    else {
      fprintf(stderr, "usage: minigo trace trace.json [-o trace.html]\n");
      return 2;
    }
  }
  if (!in) {
    fprintf(stderr, "usage: minigo trace trace.json [-o trace.html]\n");
    return 2;
  }
  Trace tr = {0};
  if (!load_trace(in, &tr))
    return 1;
  FILE *out = fopen(outpath, "w");
  if (!out) {
    fprintf(stderr, "minigo trace: cannot write %s\n", outpath);
    return 1;
  }
  write_html(out, &tr, in);
  return fclose(out) == 0 ? 0 : 1;
}
