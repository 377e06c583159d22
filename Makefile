# The two commands of the README: `make run` and `make test`.
PRESET ?= release
BUILD  := build/$(PRESET)
JOBS   ?= 2

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/src/cli/tiller $(ARGS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_prioritisation $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_map $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_rhythm $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_board $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_cx $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/tiller_bench_report $(ARGS)
	@echo "crash safety: 1,000 SIGKILL rounds (a few minutes)..."
	QT_QPA_PLATFORM=offscreen TILLER_CRASH_ROUNDS=1000 $(BUILD)/tests/app/tiller_app_tests \
	    "no acknowledged edit is lost when the process is killed at a random moment"

clean:
	rm -rf build
