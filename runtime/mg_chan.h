/*
 * mg_chan.h - channels and select as the generated code calls them
 * (runtime/chan.c, runtime/select.c). Elements are passed by address.
 */
#ifndef MG_CHAN_H
#define MG_CHAN_H

mg_chan *mg_makechan(const mg_type *elem, int64_t size);
void mg_chansend(mg_chan *c, const void *elem);
/* Receives into *elem (NULL discards); returns false when closed and drained. */
bool mg_chanrecv(mg_chan *c, void *elem);
void mg_closechan(mg_chan *c);
int64_t mg_chanlen(mg_chan *c);
int64_t mg_chancap(mg_chan *c);

/* A select with one case and a default (Go's selectnbsend/selectnbrecv):
 * false when the operation would block. */
bool mg_selectnbsend(mg_chan *c, const void *elem);
bool mg_selectnbrecv(mg_chan *c, void *elem, bool *recvOK);

typedef struct mg_scase {
  mg_chan *c;       /* NULL: the case is disabled */
  void *elem;       /* send: value to send; receive: destination or NULL */
  bool send;
} mg_scase;

/* Returns the chosen case's index, or -1 when block is false and no case
 * is ready (the default case). *recvOK tells a receive's ok. */
int mg_select(mg_scase *cases, int ncases, bool block, bool *recvOK);

#endif
