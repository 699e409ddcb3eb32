# Fault injection, a sample: every kind of writing command killed with
# SIGKILL at 3 random moments, and the server at 2 random moments of each
# kind of web write (survey page, survey submit, coding, memo); the study
# passes integrity_check and holds the old state or the new one each time
# (the sweep: make faults).
. "$E2E_LIB"
out=$(bash "$SOURCE_DIR/tests/faults/kill9.sh" "$SYN" 3 2 2>/dev/null)
expect_contains "every kill left the old or the new study" "faults: ok: 7 command kinds x 3 trials, 4 web kinds x 2 trials" "$out"
echo "faults_sample: ok"
