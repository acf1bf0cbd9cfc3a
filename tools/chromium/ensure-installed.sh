#!/usr/bin/env bash
# The reference finder's browser tests (api: FinderBrowserIntegrationTests) drive Debian's
# chromium through chromium-driver. `./mvnw verify` runs this before the integration tests:
# it installs the two packages when they are missing and it runs as root with apt-get, and
# otherwise says what to install. It never fails the build itself: without a browser the
# browser tests fail, with the same advice, and every other test still runs and reports.
set -u

CHROMIUM="${IQ_TEST_CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${IQ_TEST_CHROMEDRIVER:-/usr/bin/chromedriver}"

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Browser tests: installing ${missing[*]} with apt-get (missing: $CHROMIUM or $CHROMEDRIVER)"
	export DEBIAN_FRONTEND=noninteractive
	# chromium-driver pins chromium to its own version, so both end up matching.
	# A fresh machine may have no package lists yet: update only when the first try fails.
	if apt-get install -y -q chromium chromium-driver >/tmp/iq-directory-apt.log 2>&1 ||
		{ apt-get update -q >>/tmp/iq-directory-apt.log 2>&1 &&
			apt-get install -y -q chromium chromium-driver >>/tmp/iq-directory-apt.log 2>&1; }; then
		echo "Browser tests: installed $("$CHROMIUM" --version 2>/dev/null) and $("$CHROMEDRIVER" --version 2>/dev/null | cut -d' ' -f1-2)"
		exit 0
	fi
	echo "Browser tests: apt-get could not install chromium chromium-driver; its log: /tmp/iq-directory-apt.log" >&2
	tail -5 /tmp/iq-directory-apt.log >&2
fi
echo "Browser tests need Debian's chromium and chromium-driver ($CHROMIUM, $CHROMEDRIVER)." >&2
echo "Install them with: sudo apt-get install chromium chromium-driver" >&2
echo "(or point IQ_TEST_CHROMIUM and IQ_TEST_CHROMEDRIVER at a matching Chromium and ChromeDriver)." >&2
exit 0
