# The README's two commands: `make demo` and `make test`. Both install what
# is missing (scripts/install-deps.sh), configure with CMake and build.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Tests wait on servers, browsers and disks more than on CPU: run twice as
# many at once as there are cores.
TEST_JOBS ?= $(shell echo $$(( $(JOBS) * 2 )))
DEMO ?= demo/impact.db
# The demo's web-survey wave opens the day after the demo's last record (its
# last meeting, 2018-11-30), not today: a wave opening today would be the
# study's last recorded activity, so a later report would find every
# partnership without meetings since 2018 and stretch its time axes to today.
DEMO_WEB_OPENS ?= 2018-12-01

PREFIX ?= /usr/local

.PHONY: all deps deps-test deps-ci build test test-build asan asan-build release release-build \
  clang clang-build install deb demo bench fuzz fuzz-build faults clean

# Ninja for a new build folder (fewer processes per object than the
# Makefile generator: a tenth less CPU per build); a folder configured
# before keeps its generator.
gen = $(if $(wildcard $(1)/CMakeCache.txt),,-G Ninja)
# A stage's tests start the longest first: with no timings of their own
# yet, they take the plain build's (CTest's cost data, by test name).
define seed_costs
@if [ ! -s $(1)/Testing/Temporary/CTestCostData.txt ] && [ -s $(BUILD)/Testing/Temporary/CTestCostData.txt ]; then \
  mkdir -p $(1)/Testing/Temporary && cp $(BUILD)/Testing/Temporary/CTestCostData.txt $(1)/Testing/Temporary/; fi
endef

all: build

deps:
	@bash scripts/install-deps.sh build

deps-test:
	@bash scripts/install-deps.sh build test

# Every group the stages of CI need, installed once before they start.
deps-ci:
	@bash scripts/install-deps.sh build test fuzz

# The program alone (the demo needs nothing from the test group).
build: deps
	@cmake -S . -B $(BUILD) $(call gen,$(BUILD)) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNERGIST_WERROR=ON >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target synergist

# The unit tests need cmocka, so the test group is installed before building.
# Each stage X of CI has X-build (configure and build only) and X (X-build,
# then its tests): .ci/run builds the next stages' folders while one
# stage's tests run.
test-build: deps-test
	@cmake -S . -B $(BUILD) $(call gen,$(BUILD)) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNERGIST_WERROR=ON >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
test: test-build
	@cd $(BUILD) && ctest --output-on-failure -j $(TEST_JOBS)

# The tests start the program thousands of times, and a sanitized start
# is costly (relocating and, at exit, scanning for leaks the sanitizers'
# metadata and runtimes): the sanitized build is optimised a little (-O1,
# frame pointers kept: reports keep their stacks and lines), linked
# without PIE and with the sanitizer runtimes static (gcc's libasan and
# libubsan each bring megabytes of tables that the leak check reads),
# which takes a third off each start and checks the same.
ASAN_CMAKE = -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
  -DCMAKE_EXE_LINKER_FLAGS="-no-pie -static-libasan -static-libubsan" \
  -DSYNERGIST_SANITIZE=ON -DSYNERGIST_WERROR=ON
asan-build: deps-test
	@cmake -S . -B build-asan $(call gen,build-asan) $(ASAN_CMAKE) >/dev/null
	@cmake --build build-asan -j $(JOBS)
asan: asan-build
	$(call seed_costs,build-asan)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(TEST_JOBS)

# The suite built as a packager would (-O3), and with clang: both without a
# warning, both running the suite without the tests labelled slow or long
# (browser and the longest e2e, tests/CMakeLists.txt), which make test and
# make asan run; FULL=1 runs everything in both.
QUICK = $(if $(FULL),,-LE 'slow|long')
release-build: deps-test
	@cmake -S . -B build-release $(call gen,build-release) -DCMAKE_BUILD_TYPE=Release -DSYNERGIST_WERROR=ON >/dev/null
	@cmake --build build-release -j $(JOBS)
release: release-build
	$(call seed_costs,build-release)
	@cd build-release && ctest --output-on-failure -j $(TEST_JOBS) $(QUICK)

clang-build: deps-test
	@bash scripts/install-deps.sh fuzz
	@CC=clang cmake -S . -B build-clang $(call gen,build-clang) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNERGIST_WERROR=ON >/dev/null
	@cmake --build build-clang -j $(JOBS)
clang: clang-build
	$(call seed_costs,build-clang)
	@cd build-clang && ctest --output-on-failure -j $(TEST_JOBS) $(QUICK)

# make install PREFIX=/opt/synergist (default /usr/local; DESTDIR honoured):
# the program, its catalogues, synergist(1), bash completion, the documents.
install: build
	@cmake --build $(BUILD) -j $(JOBS) --target helpdoc
	@cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package in $(BUILD)/ (cpack -G DEB), installed under /usr.
deb: build
	@cmake --build $(BUILD) -j $(JOBS) --target helpdoc
	@cd $(BUILD) && cpack -G DEB

demo: build
	@mkdir -p demo
	@rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm
	@$(BUILD)/synergist --study $(DEMO) demo
	@$(BUILD)/synergist --study $(DEMO) report --all --out demo/report.html --xlsx demo/report.xlsx --lang en
	@$(BUILD)/synergist --study $(DEMO) report --all --out demo/report-fr.html --xlsx demo/report-fr.xlsx --lang fr
	@echo "demo study:  $(DEMO)"
	@echo "demo report: $$(pwd)/demo/report.html (English), $$(pwd)/demo/report-fr.html (French), demo/report.xlsx, demo/report-fr.xlsx"
	@$(BUILD)/synergist --study $(DEMO) wave add PCCP web --opens $(DEMO_WEB_OPENS) >/dev/null
	@$(BUILD)/synergist --study $(DEMO) token issue PCCP web >/dev/null
	@echo "web survey:  $(BUILD)/synergist --study $(DEMO) serve --port 8080"
	@echo "             then open $$($(BUILD)/synergist --study $(DEMO) token export PCCP web --status not-started --base-url http://127.0.0.1:8080 --format csv | sed -n 2p | cut -d, -f7)"
	@echo "workspace:   the same server, http://127.0.0.1:8080/signin as one of the demo users above"
	@echo "             (admin / demo-admin-2026, eva / demo-evaluator-2026, coders ana / demo-coder-ana-2026"
	@echo "             and ben / demo-coder-ben-2026: demo passwords, never use them elsewhere)"

bench: build
	@bash scripts/install-deps.sh bench
	@for b in bench/*.sh; do bash $$b || exit 1; done

# libFuzzer harnesses (tests/fuzz/): each replays its seed corpus, then
# explores for FUZZ_SECONDS (two at a time). make fuzz FUZZ_SECONDS=3600.
FUZZ_SECONDS ?= 25
fuzz-build: deps-test
	@bash scripts/install-deps.sh fuzz
	@CC=clang cmake -S . -B build-fuzz $(call gen,build-fuzz) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNERGIST_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target fuzzers
fuzz: fuzz-build
	@bash tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# Fault injection: each kind of writing command, and the server during each
# kind of web write, killed at FAULT_TRIALS random moments
# (tests/faults/kill9.sh); CTest runs a sample (e2e/faults_sample).
FAULT_TRIALS ?= 30
faults: build
	@bash tests/faults/kill9.sh $(BUILD)/synergist $(FAULT_TRIALS)

clean:
	rm -rf $(BUILD) build-asan build-release build-clang build-fuzz
