# The two commands of README.md:
#   make demo   installs what is missing, builds, runs the bundled example
#   make test   installs what is missing, builds, fetches Debian's arm64 kernel
#               (scripts/fetch-linux.sh), runs every test
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test test-sanitize diff-1m diff-mmu-1m diff-fp-2m arch-qemu bench clean

all: build

setup:
	@scripts/setup.sh

build:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

demo: setup build
	$(BUILD)/trapeze -nographic -kernel $(BUILD)/examples/hello_el2/hello_el2.elf

test: setup build
	scripts/fetch-linux.sh $(BUILD)/linux
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same tests with AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: setup
	$(MAKE) build BUILD=build-asan CMAKE_FLAGS="-DTRAPEZE_SANITIZE=ON"
	cd build-asan && ctest --output-on-failure -j $(JOBS)

diff-1m: build
	cmake --build $(BUILD) --target diff-1m

diff-mmu-1m: build
	cmake --build $(BUILD) --target diff-mmu-1m

diff-fp-2m: build
	cmake --build $(BUILD) --target diff-fp-2m

arch-qemu: build
	cmake --build $(BUILD) --target arch-qemu

bench: build
	bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan
