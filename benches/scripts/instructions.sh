#!/usr/bin/env bash
# Instructions per call (client and in-process emulator together) for the e2e cases, and per
# audio chunk for the streaming cases, counted with valgrind's callgrind, which is
# deterministic where wall time on a shared machine is not.
#
#   benches/scripts/instructions.sh                       # the default cases
#   benches/scripts/instructions.sh 'get_conversation/rest/x1/facade' ...
#   benches/scripts/instructions.sh streaming             # the default streaming cases
#
# For each case: total instructions of a profiled run, minus those of a run of the same bench
# binary that matches no case (the setup), divided by a count the emulator gives:
#
# * unary cases (bench `e2e`): the calls it served, callgrind's call count of the emulator's
#   handler (e.g. `Core::get_conversation`);
# * streaming cases (bench `streaming`, `streaming_analyze_content/...`): the audio chunks it
#   received, callgrind's call count of `Recognizer::feed`, which the emulator calls once per
#   `input_audio` request. Counting on the server side keeps the divisor independent of the
#   client under test, and it is exact however many iterations criterion happened to run
#   (the first request of each stream, which carries the config and no audio, is not counted:
#   it is part of the per-stream cost, which each chunk carries 1/100 of). These runs also
#   separate the threads: the client runs on the bench's main thread (a current-thread
#   runtime) and the emulator on a worker of its own, so the main thread's instructions,
#   minus its share of the setup, are the client's cost per chunk (the `client` column).
#
# Needs valgrind; builds the benches first. E2E_BIN=path / STREAMING_BIN=path measure bench
# binaries built earlier (say, of another commit) as they are.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE_TIME=${PROFILE_TIME:-12}
streaming_cases() {
  for c in raw_tonic raw_tonic_wire raw_tonic_channel transport facade facade_sender; do
    echo "streaming_analyze_content/grpc/x1/$c"
  done
}
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for rpc in get_conversation list_conversations analyze_content; do
    cases+=("$rpc/grpc/x1/raw_tonic")
    [ "$rpc" != list_conversations ] && cases+=("$rpc/grpc/x1/raw_tonic_wire")
    cases+=("$rpc/grpc/x1/transport" "$rpc/grpc/x1/facade")
    cases+=("$rpc/rest/x1/raw_hyper")
    [ "$rpc" != list_conversations ] && cases+=("$rpc/rest/x1/raw_hyper_wire")
    cases+=("$rpc/rest/x1/transport" "$rpc/rest/x1/facade")
  done
  mapfile -t -O ${#cases[@]} cases < <(streaming_cases)
elif [ "${cases[*]}" = streaming ]; then
  mapfile -t cases < <(streaming_cases)
fi

bench_bin() { # the executable of bench $1
  cargo bench -p dialogflow-benches --bench "$1" --no-run --message-format=json 2>/dev/null \
    | sed -n "s/.*\"executable\":\"\([^\"]*$1[^\"]*\)\".*/\1/p" | tail -1
}
# KEEP=dir keeps the callgrind files there (for callgrind_annotate); otherwise a temporary dir.
if [ -n "${KEEP:-}" ]; then
  out=$KEEP
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

total() { # total Ir of the callgrind output files given
  local sum=0 f ir
  for f in "$@"; do
    ir=$(callgrind_annotate --auto=no --threshold=100 "$f" 2>/dev/null \
      | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    sum=$((sum + ${ir:-0}))
  done
  echo "$sum"
}

calls() { # how often functions matching regex $1 were called, over the files given
  local handler=$1
  shift
  local f
  for f in "$@"; do
    callgrind_annotate --tree=calling --threshold=100 "$f" 2>/dev/null \
      | grep -E ">  .*${handler} \([0-9,]+x\)" \
      | sed -n 's/.*(\([0-9,]*\)x).*/\1/p' | tr -d ,
  done | awk '{ s += $1 } END { print s + 0 }'
}

# profile <bin> <file> <filter> [extra valgrind options]: the files it wrote (one per thread
# with --separate-threads=yes, named <file>-01, <file>-02, ...; thread 1 is the main thread).
profile() {
  local bin=$1 file=$2 filter=$3
  shift 3
  valgrind --tool=callgrind "$@" --callgrind-out-file="$file" "$bin" --bench \
    --profile-time "$PROFILE_TIME" "$filter" >/dev/null 2>&1
}

declare -A setup_total setup_main
printf '%-48s %10s %10s %8s\n' case instr/unit client units
for case in "${cases[@]}"; do
  file="$out/$(echo "$case" | tr '/' '_')"
  case "$case" in
  streaming_*)
    bench=streaming
    bin=${STREAMING_BIN:-$(bench_bin streaming)}
    # The emulator's per-chunk function (legacy or v0 demangling).
    handler='Recognizer>?::feed'
    threads=(--separate-threads=yes)
    ;;
  *)
    bench=e2e
    bin=${E2E_BIN:-$(bench_bin e2e)}
    rpc=${case%%/*}
    # The handler's symbol: `Core::rpc`, or `<impl ...Core>::rpc` when the impl block is in a
    # submodule of the service; `Core` implements the generated server traits, which legacy
    # demangling writes `<impl ...ConversationsService for ...Core>::rpc` and v0 `<...Core as
    # ...ConversationsService>::rpc`.
    handler="Core( as [^ ]*Service)?>?::${rpc}"
    threads=()
    ;;
  esac
  if [ -z "${setup_total[$bench]:-}" ]; then
    rm -f "$out/setup_$bench"*
    profile "$bin" "$out/setup_$bench" '^nomatch$' "${threads[@]}"
    setup_total[$bench]=$(total "$out/setup_$bench"*)
    setup_main[$bench]=0
    [ -e "$out/setup_$bench-01" ] && setup_main[$bench]=$(total "$out/setup_$bench-01")
  fi
  rm -f "$file" "$file"-*
  profile "$bin" "$file" "^${case}\$" "${threads[@]}"
  ir=$(total $(ls "$file" "$file"-* 2>/dev/null))
  n=$(calls "$handler" $(ls "$file" "$file"-* 2>/dev/null))
  client="-"
  if [ "$n" -gt 0 ] && [ -e "$file-01" ]; then
    client=$(( ($(total "$file-01") - ${setup_main[$bench]}) / n ))
  fi
  if [ "$n" -gt 0 ]; then
    printf '%-48s %10d %10s %8d\n' "$case" $(( (ir - ${setup_total[$bench]}) / n )) "$client" "$n"
  else
    printf '%-48s %10s %10s %8s\n' "$case" "?" "-" 0
  fi
done
