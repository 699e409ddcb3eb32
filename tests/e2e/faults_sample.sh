# Fault injection, a sample: every kind of writing command killed with
# SIGKILL at 3 random moments, and the server at 2 random moments of each
# kind of web write (survey page, survey submit, coding, memo); the study
# passes integrity_check and holds the old state or the new one each time
# (the sweep: make faults). Under the sanitizers (make asan) one trial of
# each: every kind still runs whole and killed, sanitized; the number of
# random moments is the plain build's to sample (a SIGKILL leaves the
# sanitizers nothing to report).
. "$E2E_LIB"
trials=3 web=2
[ "${SYNERGIST_TEST_SANITIZED:-0}" = 1 ] && trials=1 web=1
out=$(bash "$SOURCE_DIR/tests/faults/kill9.sh" "$SYN" $trials $web 2>/dev/null)
expect_contains "every kill left the old or the new study" "faults: ok: 7 command kinds x $trials trials, 4 web kinds x $web trials" "$out"
echo "faults_sample: ok"
