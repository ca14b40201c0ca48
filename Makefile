# attrib: audit how news articles use their sources.
#   make reports   build and write the example reports into reports/
#   make test      run the test suite
# Both install what is missing first (libcmark, pkg-config, SQLite headers, mimalloc) with apt-get.

PREFIX  ?= /usr/local
SWIFT   ?= swift
# Build folder; give each working copy its own with `make SCRATCH=.build-NAME ...`.
SCRATCH ?= .build
BIN      = $(SCRATCH)/release/attrib
EVAL    ?= ../shared/eval
CORPUS  ?= ../shared/corpus
EXAMPLES = $(sort $(wildcard examples/*.txt examples/*.md examples/*.json examples/*.jsonl))

.PHONY: setup build test reports screenshots eval bench install clean

# Installs the C libraries the package links against, only when they are missing. The attrib
# executable links mimalloc: glibc's malloc serialises threads that free each other's memory.
setup:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	[ -e /usr/include/mimalloc.h ] || missing="$$missing libmimalloc-dev"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "setup: installing$$missing"; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "setup: no apt-get here; install$$missing with your package manager, then run make again" >&2; exit 1; \
	fi; \
	sudo=""; \
	if [ "$$(id -u)" != 0 ]; then \
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
		else echo "setup: not root and no password-less sudo; run as root: apt-get update && apt-get install -y$$missing" >&2; exit 1; fi; \
	fi; \
	$$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing

build: setup
	$(SWIFT) build -c release --scratch-path $(SCRATCH)

test: setup
	$(SWIFT) test --scratch-path $(SCRATCH) --disable-xctest

# One report per example and format (reports/<name>.json, .md, .html, .csv); each run into a folder
# also writes the comparison by outlet of its articles (reports/comparison.<format>).
reports: setup build
	@mkdir -p reports
	$(BIN) analyze --format json -o reports/ $(EXAMPLES)
	$(BIN) analyze --format md -o reports/ $(EXAMPLES)
	$(BIN) analyze --format html -o reports/ $(EXAMPLES)
	$(BIN) analyze --format csv -o reports/ $(EXAMPLES)

# Renders the HTML reports to PNG (phone and desktop widths) in docs/screenshots/ with Debian's
# headless Chromium, installed with apt-get when missing.
SCREENSHOT_SIZES = phone:412,2200 desktop:1280,2600
screenshots: reports
	@command -v chromium >/dev/null 2>&1 || { \
		echo "screenshots: installing chromium"; \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo -n"; \
		$$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends chromium; }
	@mkdir -p docs/screenshots && rm -f docs/screenshots/*.png
	@for report in reports/*.html; do \
		for size in $(SCREENSHOT_SIZES); do \
			png="docs/screenshots/$$(basename $$report .html)-$${size%%:*}.png"; \
			chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
				--screenshot="$$png" --window-size="$${size#*:}" "file://$(CURDIR)/$$report" 2>/dev/null && echo "$$png"; \
		done; \
	done

# Scores the release build against the evaluation data beside the repository, when it is there.
eval: build
	@if [ -d "$(EVAL)" ]; then \
		python3 $(EVAL)/score.py --gold $(EVAL)/gold --corpus $(CORPUS) \
			--cmd '$(BIN) analyze --format json {file}' | tail -n 1; \
		python3 $(EVAL)/score_polnear.py --gold $(EVAL)/polnear/dev.jsonl \
			--cmd '$(BIN) analyze --format json {file}' | tail -n 1; \
	else \
		echo "eval: $(EVAL) not found; nothing to score"; \
	fi

# Times the release build on generated corpora (100 MB and 200 MB of JSON Lines, 20 and 40 MB
# articles, 50,000 and 100,000 quotes, 1 GB streamed on stdin) and prints the table of docs/performance.md.
bench: build
	BIN=$(BIN) bash bench/run.sh

# The binary, its resource bundle next to it (word lists), and the report templates.
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/attrib/templates
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/attrib
	rm -rf $(DESTDIR)$(PREFIX)/bin/attrib_AttributionKit.resources
	cp -R $(SCRATCH)/release/attrib_AttributionKit.resources $(DESTDIR)$(PREFIX)/bin/
	cp -R templates/. $(DESTDIR)$(PREFIX)/share/attrib/templates/

clean:
	rm -rf $(SCRATCH)
