# minigo: `make` builds the compiler, the runtime and the stdlib;
# `make test` runs every test. See README.md.

CC      ?= cc
ARCH    := $(shell uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/')
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fwrapv \
           -D_GNU_SOURCE -DGC_THREADS -MMD -MP
INC     := -Iruntime -Istdlib -Icompiler -Ibuild/compiler
PREFIX  ?= /usr/local
VERSION := 0.1.0

B := build

# ---- compiler -------------------------------------------------------------
COMPILER_SRC := $(wildcard compiler/*.c)
COMPILER_GEN := $(B)/compiler/lex.c $(B)/compiler/parse.c
COMPILER_OBJ := $(patsubst compiler/%.c,$(B)/compiler/%.o,$(COMPILER_SRC)) \
                $(COMPILER_GEN:.c=.o)
COMPILER_LIBOBJ := $(filter-out $(B)/compiler/main.o,$(COMPILER_OBJ))

# ---- runtime and stdlib (normal and -race flavours) ------------------------
RT_SRC  := $(wildcard runtime/*.c) $(wildcard runtime/asm_$(ARCH).S)
STD_SRC := $(shell find stdlib -name '*.c' 2>/dev/null | sort)
RT_OBJ  := $(patsubst %,$(B)/%.o,$(RT_SRC))
STD_OBJ := $(patsubst %,$(B)/%.o,$(STD_SRC))
RT_RACE_OBJ  := $(patsubst %,$(B)/race/%.o,$(RT_SRC))
STD_RACE_OBJ := $(patsubst %,$(B)/race/%.o,$(STD_SRC))

LIBS := lib/libmgrt.a lib/libmgstd.a
RACE_LIBS := lib/libmgrt_race.a lib/libmgstd_race.a

# ---- tests ----------------------------------------------------------------
TEST_C_SRC  := $(wildcard tests/test_c_*.c)
TEST_RT_SRC := $(wildcard tests/test_rt_*.c)
TEST_BINS   := $(patsubst tests/%.c,$(B)/tests/%,$(TEST_C_SRC) $(TEST_RT_SRC))


.PHONY: all build deps test unit golden badinput difftest bench examples install clean

all: build
	@echo '$$ bin/minigo run examples/hello.mg'
	@bin/minigo run examples/hello.mg

build: deps
	@$(MAKE) --no-print-directory bin/minigo $(LIBS) $(RACE_LIBS)

# Debian packages the build needs: installed with apt-get when running as
# root, otherwise the exact command is printed.
deps:
	@missing=""; \
	command -v re2c >/dev/null || missing="$$missing re2c"; \
	command -v lemon >/dev/null || missing="$$missing lemon"; \
	test -f /usr/include/gc.h || missing="$$missing libgc-dev"; \
	test -f /usr/include/cmocka.h || missing="$$missing libcmocka-dev"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null || exit 1; \
	  else \
	    echo "minigo needs:$$missing"; echo "run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

bin/minigo: $(COMPILER_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^

$(B)/compiler/lex.c: compiler/lex.re
	@mkdir -p $(dir $@)
	re2c -W -8 -o $@ $<

# lemon writes parse.c and parse.h next to its input: run it on a copy.
$(B)/compiler/parse.c $(B)/compiler/parse.h: compiler/parse.y
	@mkdir -p $(B)/compiler
	cp $< $(B)/compiler/parse.y
	cd $(B)/compiler && lemon -q -T/usr/share/lemon/lempar.c parse.y

$(B)/compiler/%.o: compiler/%.c $(B)/compiler/parse.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -DMINIGO_VERSION='"$(VERSION)"' -c -o $@ $<

$(B)/compiler/%.o: $(B)/compiler/%.c $(B)/compiler/parse.h
	$(CC) $(CFLAGS) -Wno-unused-but-set-variable -Wno-sign-compare $(INC) -c -o $@ $<

$(B)/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -c -o $@ $<

$(B)/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -c -o $@ $<

# The race flavour: same sources, not instrumented, with the TSan hooks on.
$(B)/race/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DMG_RACE $(INC) -c -o $@ $<

$(B)/race/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DMG_RACE $(INC) -c -o $@ $<

lib/libmgrt.a: $(RT_OBJ)
lib/libmgstd.a: $(STD_OBJ)
lib/libmgrt_race.a: $(RT_RACE_OBJ)
lib/libmgstd_race.a: $(STD_RACE_OBJ)
lib/%.a:
	@mkdir -p lib
	rm -f $@
	ar rcs $@ $^

# ---- tests ----------------------------------------------------------------
$(B)/tests/test_c_%: tests/test_c_%.c $(COMPILER_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -o $@ $^ -lcmocka

$(B)/tests/test_rt_%: tests/test_rt_%.c $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -o $@ $< lib/libmgstd.a lib/libmgrt.a -lcmocka -lgc -lpthread -lm

unit: $(TEST_BINS)
	@sh tests/unit.sh $(TEST_BINS)

golden: build
	@bash tests/golden.sh

badinput: build
	@bash tests/badinput.sh

test: build
	@bash tests/all.sh

difftest: build
	@bash tests/difftest.sh

bench: build
	@bash bench/run.sh

examples: build
	@bash tests/golden.sh examples

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/minigo/include \
	  $(DESTDIR)$(PREFIX)/lib/minigo/lib
	install -m 755 bin/minigo $(DESTDIR)$(PREFIX)/bin/minigo
	install -m 644 runtime/*.h $(DESTDIR)$(PREFIX)/lib/minigo/include
	install -m 644 $(LIBS) $(RACE_LIBS) $(DESTDIR)$(PREFIX)/lib/minigo/lib
	cd stdlib && find . -name '*.go' -not -path '*/gen/*' -exec install -D -m 644 {} \
	  $(DESTDIR)$(PREFIX)/lib/minigo/stdlib/{} \;

clean:
	rm -rf $(B) bin lib

-include $(shell find $(B) -name '*.d' 2>/dev/null)
