# cmake --install into a temporary prefix, then the prefix moved elsewhere:
# the installed program runs the demo in French and a French diagnosis with
# the build and source folders hidden (a private mount namespace puts empty
# folders over them), so it needs nothing compiled in about where it was
# built. Skipped (exit 77) where no mount namespace can be made (unshare
# refused): the folders would stay visible and prove nothing. The man page
# has every command of `synergist help`; the bash completion completes
# commands and options, and every option it offers a command is one the
# command accepts; cpack -G DEB declares the libraries.
. "$E2E_LIB"
if ! unshare -rm true 2>/dev/null; then
  echo "install_prefix: skipped: no mount namespace here (unshare -rm refused)" >&2
  exit 77
fi
P="$T/prefix"
cmake --install "$BUILD_DIR" --prefix "$P" >/dev/null
for f in bin/synergist share/locale/fr/LC_MESSAGES/synergist.mo share/man/man1/synergist.1 \
         share/bash-completion/completions/synergist share/doc/synergist/README.md \
         share/doc/synergist/ARCHITECTURE.md; do
  [ -f "$P/$f" ] || fail "not installed: $f"
done
mv "$P" "$T/moved"
P="$T/moved"

# hidden CMD...: CMD with the build and source folders empty, run from $T.
hidden(){
  unshare -rm bash -c 'mount -t tmpfs none "$1" && mount -t tmpfs none "$2" && cd "$3" && shift 3 && exec "$@"' \
    _ "$BUILD_DIR" "$SOURCE_DIR" "$T" "$@"
}
hidden test ! -e "$BUILD_DIR/CMakeCache.txt" || fail "build folder not hidden"
hidden test ! -e "$SOURCE_DIR/po" || fail "source folder not hidden"
expect_status 0 hidden env -u LC_ALL -u LANGUAGE LANG=fr_FR.UTF-8 "$P/bin/synergist" --study "$T/demo-fr.db" demo
expect_contains "the demo in French" "étude de démonstration écrite dans $T/demo-fr.db" "$OUT"
expect_status 0 hidden "$P/bin/synergist" --study "$T/demo.db" demo
expect_contains "the demo in English" "demo study written to $T/demo.db" "$OUT"
expect_status 0 hidden "$P/bin/synergist" --study "$T/demo.db" diagnose
english=$OUT
expect_contains "English diagnosis" "rule centralised_network" "$english"
expect_status 0 hidden env -u LC_ALL -u LANGUAGE LANG=fr_FR.UTF-8 "$P/bin/synergist" --study "$T/demo.db" diagnose
expect_contains "French diagnosis" "règle centralised_network" "$OUT"
expect_contains "French decimal comma" "centralisation des degrés 0,95" "$OUT"
expect_not_contains "no English left" "rule centralised_network" "$OUT"
# The English diagnosis was not French already.
expect_not_contains "English is English" "règle" "$english"

# The man page: one section per command of the help, and it formats.
bash "$SOURCE_DIR/tools/helpdoc.sh" commands "$SYN" > "$T/cmds"
while read -r c; do
  grep -qx ".SS \"$c\"" "$P/share/man/man1/synergist.1" || fail "man page lacks $c"
done < "$T/cmds"
if command -v groff >/dev/null; then
  page=$(groff -k -man -Tutf8 -ww "$P/share/man/man1/synergist.1" 2>"$T/groff.err")
  [ ! -s "$T/groff.err" ] || fail "groff warnings: $(cat "$T/groff.err")"
  expect_contains "man page formats" "synergist member import" "$page"
fi

# Completion: command words, then a command's options.
complete_line(){
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _synergist; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$P/share/bash-completion/completions/synergist" "$@"
}
expect_eq "commands" "$(printf 'member\nmemo')" "$(complete_line synergist mem)"
expect_eq "sub-commands" "$(printf 'rule\nrun')" "$(complete_line synergist autocode r)"
expect_eq "options" "--attributes" "$(complete_line synergist --study x.db member list --a)"
expect_contains "global options" "--names" "$(complete_line synergist member list --)"

# The Debian package: the files under /usr, its library dependencies declared.
# Not in the sanitizer build (make asan): cpack and dpkg-shlibdeps run none
# of our C code, and make test builds the package from the same install rules.
if [ "${SYNERGIST_TEST_SANITIZED:-0}" = 1 ]; then
  echo "install_prefix: ok (sanitizer build: the Debian package is left to make test)"
  exit 0
fi
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$T/deb" >/dev/null
deb=$(ls "$T"/deb/synergist_*.deb)
deps=$(dpkg-deb -f "$deb" Depends)
for lib in libsqlite3 libigraph libmicrohttpd libsodium libyajl2 libc6; do
  expect_contains "package depends on $lib" "$lib" "$deps"
done
files=$(dpkg-deb -c "$deb")
for f in ./usr/bin/synergist ./usr/share/locale/fr/LC_MESSAGES/synergist.mo ./usr/share/man/man1/synergist.1 \
         ./usr/share/bash-completion/completions/synergist ./usr/share/doc/synergist/README.md; do
  expect_contains "package holds $f" "$f" "$files"
done
echo "install_prefix: ok"
