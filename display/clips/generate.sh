#!/bin/sh
# Regenerates the voice clips under display/src/main/resources/clips/{north,south}/ with espeak-ng
# (voices "vi" and "vi-vn-x-south") and sox (Debian packages espeak-ng and sox).
#   display/clips/generate.sh [output-dir]     (default: display/src/main/resources/clips)
# Every clip is 16 kHz, 16-bit, mono PCM WAV with its leading/trailing silence trimmed, so the
# agent can join them back to back. Texts are in clips.txt next to this script; a center that
# prefers human recordings replaces files of the same name (any PCM WAV; the agent converts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../src/main/resources/clips}
rate=16000
speed=${ESPEAK_SPEED:-145}
for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing: apt-get install -y espeak-ng sox" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

speak() { # voice text target
  espeak-ng -v "$1" -s "$speed" -w "$tmp/raw.wav" "$2"
  # same loudness for every clip (-3 dBFS peak), silence trimmed at both ends (trim, reverse, trim,
  # reverse back) and a 30 ms tail
  sox -V1 "$tmp/raw.wav" -r $rate -c 1 -b 16 "$3" gain -n -3 \
      silence 1 0.01 0.2% reverse silence 1 0.01 0.2% reverse pad 0 0.03
}

for dialect in north south; do
  case $dialect in north) voice=vi ;; south) voice=vi-vn-x-south ;; esac
  dir=$out/$dialect
  mkdir -p "$dir"
  grep -v '^#' "$here/clips.txt" | grep -v '^$' | while IFS='|' read -r name north south; do
    text=$north
    if [ "$dialect" = south ] && [ -n "$south" ]; then text=$south; fi
    speak "$voice" "$text" "$dir/$name.wav"
  done
  # two-tone chime (G5 then E5, each faded out), then silence before the voice starts
  sox -n -r $rate -c 1 -b 16 "$tmp/ding.wav" synth 0.45 sine 784 fade q 0.01 0.45 0.40 vol 0.5
  sox -n -r $rate -c 1 -b 16 "$tmp/dong.wav" synth 0.70 sine 659 fade q 0.01 0.70 0.65 vol 0.5
  sox -n -r $rate -c 1 -b 16 "$tmp/gap.wav" trim 0 0.25
  sox "$tmp/ding.wav" "$tmp/dong.wav" "$tmp/gap.wav" "$dir/chime.wav"
  # short breath between clauses and a longer one before a repetition
  sox -n -r $rate -c 1 -b 16 "$dir/pause-short.wav" trim 0 0.12
  sox -n -r $rate -c 1 -b 16 "$dir/pause-long.wav" trim 0 0.8
done
echo "clips written to $out"
