#!/usr/bin/env bash
# Builds the .deb (scripts/package.sh), installs it with dpkg on this machine, starts the
# installed app under Xvfb and drives it through the end-to-end scenario (first start, an
# example in the preview, a project saved, reopened and exported), runs the installed CLI, and
# removes the package again. Needs root. Not part of scripts/test.sh: building the package
# (tauri-cli, a release build) would not fit CI's time.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/package.sh
deb=$(ls -t target/release/bundle/deb/*.deb | head -n 1)
fail() { echo "test-package: $*" >&2; exit 1; }

echo "== the package"
info=$(dpkg-deb --info "$deb")
echo "$info"
grep -q '^ Package: policywright' <<<"$info" || fail "package name"
version=$(grep -oP '"version": "\K[^"]+' src-tauri/tauri.conf.json)
grep -q "^ Version: $version\$" <<<"$info" || fail "version $version"
grep -q '^ Depends:.*libwebkit2gtk-4.1-0' <<<"$info" || fail "depends on the WebKitGTK runtime"
grep -q '^ Depends:.*libgtk-3-0' <<<"$info" || fail "depends on GTK"
contents=$(dpkg-deb --contents "$deb")
app=$(grep -oP ' (\./)?usr/bin/\K[^ /]+$' <<<"$contents" | grep -v '^policywright$' | head -n 1)
[[ -n "$app" ]] || fail "no app binary in /usr/bin"
grep -qE ' (\./)?usr/bin/policywright$' <<<"$contents" || fail "the CLI is not in the package"
grep -qE ' (\./)?usr/share/applications/.*\.desktop$' <<<"$contents" || fail "no desktop entry"
grep -qE ' (\./)?usr/share/icons/hicolor/.*\.png$' <<<"$contents" || fail "no icon"

echo "== install"
dpkg -r policywright >/dev/null 2>&1 || true
dpkg -i "$deb" || { apt-get install -f -y -qq; dpkg -i "$deb"; }
desktop=$(ls /usr/share/applications/*.desktop | xargs grep -l "Exec=$app" | head -n 1)
[[ -n "$desktop" ]] || fail "no desktop entry starts $app"
grep -q '^Categories=Office;' "$desktop" || fail "menu category"
grep -q '^Icon=' "$desktop" || fail "icon in the desktop entry"

echo "== the installed CLI"
out=$(mktemp -d)
(cd "$out" && policywright --version && policywright new p.toml && policywright check p.toml \
  && policywright render p.toml --out site)
for f in policy.sv.html policy.en.html policy.sv.pdf policy.en.pdf; do
  [[ -s "$out/site/$f" ]] || fail "the installed CLI did not write $f"
done

echo "== the installed app, under Xvfb"
POLICYWRIGHT_E2E_APP="/usr/bin/$app" cargo test -p policywright-app --test e2e \
  a_policy_from_new_project_to_exported_files -- --exact

echo "== remove"
dpkg -r policywright
[[ ! -e "/usr/bin/$app" && ! -e /usr/bin/policywright && ! -e "$desktop" ]] \
  || fail "files left after removal"
rm -rf "$out"
echo "test-package: passed"
