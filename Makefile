# The two commands of README.md:
#   make demo   installs what is missing, builds, runs the bundled example
#   make test   installs what is missing, builds, fetches Debian's arm64 kernel
#               (scripts/fetch-linux.sh), runs every test
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test test-kvm-nested test-sanitize diff-1m diff-mmu-1m diff-fp-2m arch-qemu bench clean

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

# A KVM guest inside Linux at EL2 (testsuites/real/kvm_nested.py): downloads
# Debian's arm64 QEMU and its libraries (~100 MB) once, about 80 s to run.
test-kvm-nested: setup build
	scripts/fetch-linux.sh $(BUILD)/linux
	[ -s $(BUILD)/linux/kvm-host.cpio.gz ] || python3 testsuites/real/kvm_nested.py build $(BUILD)/linux
	cd $(BUILD) && ctest --output-on-failure -R real.linux_kvm_nested

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
