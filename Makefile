# vial — one GNU Make build.
#   make            build bin/vial            make DEBUG=1   assertions, -O0, switch dispatch
#   make test       build and run the tests   make ASAN=1 / UBSAN=1   sanitizers
#   make check      the tests under ASan+UBSan, then under VIAL_GC_STRESS=1
#   make bench      benchmarks beside Elixir  make run       install deps, build, run an example
#   make stdlib-check  stdlib/*.ex against real Elixir's modules (needs elixir)

CC      ?= cc
PKGS    := gmp utf8proc
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter -Wno-sign-compare -Wimplicit-fallthrough
CFLAGS  := -std=gnu11 -pthread $(WARN) -Ivm -Icompiler -MMD -MP
LDLIBS  := -lgmp -lutf8proc -lm -pthread

ifeq ($(DEBUG),1)
  CFLAGS += -O0 -g3 -DVIAL_DEBUG
  VARIANT := debug
else
  CFLAGS += -O2 -g -fno-plt
  VARIANT := release
endif
ifeq ($(ASAN),1)
  CFLAGS  += -fsanitize=address -fno-omit-frame-pointer
  LDFLAGS += -fsanitize=address
  VARIANT := $(VARIANT)-asan
endif
ifeq ($(UBSAN),1)
  CFLAGS  += -fsanitize=undefined -fno-sanitize-recover=undefined
  LDFLAGS += -fsanitize=undefined
  VARIANT := $(VARIANT)-ubsan
endif

B        := build/$(VARIANT)
SRCS     := $(filter-out vm/main.c,$(wildcard vm/*.c compiler/*.c))
OBJS     := $(SRCS:%.c=$(B)/%.o)
STDLIB   := $(wildcard stdlib/*.ex)
UNIT     := $(wildcard tests/unit/*.c)

# The variant's binary; bin/vial is the release build.
VIAL_BIN := $(if $(filter release,$(VARIANT)),bin/vial,$(B)/vial)

all: $(VIAL_BIN)

# Stage 0 is vial without its standard library; it compiles stdlib/*.ex into
# bytecode, which is embedded in the final binary as a C array.
$(B)/vial0: $(OBJS) $(B)/vm/main.o $(B)/stdlib_none.o
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/stdlib_none.c:
	@mkdir -p $(@D)
	printf '#include "stdlib_blob.h"\nconst StdlibModule stdlib_modules[] = {{0, 0, 0}};\n' > $@

$(B)/stdlib_blob.c: $(B)/vial0 $(STDLIB) tools/embed.sh
	@mkdir -p $(B)/ebin
	$(B)/vial0 compile --stdlib -o $(B)/ebin $(STDLIB)
	sh tools/embed.sh $(B)/ebin > $@

$(VIAL_BIN): $(OBJS) $(B)/vm/main.o $(B)/stdlib_blob.o
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/stdlib_%.o: $(B)/stdlib_%.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/unit_tests: $(UNIT) $(OBJS) $(B)/stdlib_blob.o
	$(CC) $(CFLAGS) $(LDFLAGS) -Itests/unit -o $@ $(UNIT) $(OBJS) $(B)/stdlib_blob.o $(LDLIBS)

deps:
	@sh tools/deps.sh

test: deps $(VIAL_BIN) $(B)/unit_tests
	@sh tests/run.sh $(VIAL_BIN) $(B)/unit_tests

check:
	VIAL_SANITIZED=1 $(MAKE) ASAN=1 UBSAN=1 test
	VIAL_GC_STRESS=1 $(MAKE) test

# The standard library's Elixir source checked against real Elixir's modules
# (needs elixir); it tests stdlib/*.ex semantics, not vial, so `make test` skips it.
stdlib-check:
	@bash tests/stdlib/run.sh

bench: $(VIAL_BIN)
	@sh bench/run.sh $(VIAL_BIN)

run: deps $(VIAL_BIN)
	$(VIAL_BIN) examples/hello.exs

clean:
	rm -rf build bin

.PHONY: all deps test check stdlib-check bench run clean
-include $(OBJS:.o=.d) $(B)/vm/main.d
