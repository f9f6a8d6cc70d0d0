# znet — make targets. `make test` is what CI runs on a fresh machine with Go.
GO       ?= go
BIN      ?= bin/znet
FUZZTIME ?= 4s
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)

.PHONY: all build test vet unit fuzz-short fuzz bench demo clean golden-update

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/znet

## test: formatting, vet, unit + golden tests, and a short run of every fuzz target
test: vet unit fuzz-short

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

unit:
	$(GO) test -count=1 ./...

# Every `func FuzzXxx` in a _test.go file, run for FUZZTIME each. Go's
# fuzzer now and then reports "context deadline exceeded" when a worker is
# slow to stop at the end of the run, with no failing input: that target is
# run once more; any other failure (a crasher, a failing test) fails at once.
fuzz-short:
	@set -e; log=$$(mktemp); grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read f; do \
	  dir=$$(dirname $$f); \
	  for t in $$(grep -o '^func Fuzz[A-Za-z0-9_]*' $$f | sed 's/^func //'); do \
	    echo "fuzz $$dir $$t ($(FUZZTIME))"; \
	    if ! $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$dir > $$log 2>&1; then \
	      if grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input' $$log; then \
	        echo "  (fuzzer missed its deadline without a failing input; running $$t once more)"; \
	        $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$dir > $$log 2>&1 || { cat $$log; exit 1; }; \
	      else cat $$log; exit 1; fi; \
	    fi; \
	  done; \
	done; rm -f $$log

## fuzz: the long run (10 minutes a target); crashers land in testdata/fuzz
fuzz:
	$(MAKE) fuzz-short FUZZTIME=10m

## bench: every benchmark, with allocations
bench:
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=3x ./...

## golden-update: rewrite golden files; read `git diff golden/` before committing
golden-update:
	$(GO) test ./... -update

## demo: znet's main job on the bundled example: check, explain, lint, build
demo: build
	@echo "== znet check examples/plex1/system.yaml"
	./$(BIN) check examples/plex1/system.yaml
	@echo
	@echo "== znet explain --rule TN3270 (effective settings, with where each comes from)"
	./$(BIN) explain --rule TN3270 examples/plex1/system.yaml | head -40
	@echo
	@echo "== znet lint examples/native (native members, as downloaded from a PDS)"
	./$(BIN) lint examples/native || true
	@echo
	@echo "== znet build examples/plex1/system.yaml -o bin/demo-members --jcl --manifest"
	./$(BIN) build examples/plex1/system.yaml -o bin/demo-members --jcl --manifest

clean:
	rm -rf bin
