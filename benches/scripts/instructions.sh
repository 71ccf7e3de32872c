#!/usr/bin/env bash
# Instructions per call (client and in-process emulator together) for the e2e cases, counted
# with valgrind's callgrind, which is deterministic where wall time on a shared machine is not.
#
#   benches/scripts/instructions.sh                       # the default cases
#   benches/scripts/instructions.sh 'get_conversation/rest/x1/facade' ...
#
# For each case: total instructions of a profiled run, minus those of a run that matches no
# case (the setup), divided by the number of calls the emulator served (callgrind's call count
# of the emulator's handler, e.g. `Core::get_conversation`). Needs valgrind; builds the bench first.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE_TIME=${PROFILE_TIME:-12}
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=()
  for rpc in get_conversation list_conversations; do
    cases+=("$rpc/grpc/x1/raw_tonic")
    [ "$rpc" = get_conversation ] && cases+=("$rpc/grpc/x1/raw_tonic_wire")
    cases+=("$rpc/grpc/x1/transport" "$rpc/grpc/x1/facade")
    cases+=("$rpc/rest/x1/raw_hyper")
    [ "$rpc" = get_conversation ] && cases+=("$rpc/rest/x1/raw_hyper_wire")
    cases+=("$rpc/rest/x1/transport" "$rpc/rest/x1/facade")
  done
fi
# E2E_BIN=path measures an e2e bench binary built earlier (say, of another commit) as it is.
bin=${E2E_BIN:-$(cargo bench -p dialogflow-benches --bench e2e --no-run --message-format=json 2>/dev/null \
  | sed -n 's/.*"executable":"\([^"]*e2e[^"]*\)".*/\1/p' | tail -1)}
# KEEP=dir keeps the callgrind files there (for callgrind_annotate); otherwise a temporary dir.
if [ -n "${KEEP:-}" ]; then
  out=$KEEP
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

total() { # total Ir of a callgrind output file
  callgrind_annotate --auto=no --threshold=100 "$1" 2>/dev/null \
    | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

valgrind --tool=callgrind --callgrind-out-file="$out/setup" "$bin" --bench \
  --profile-time 2 '^nomatch$' >/dev/null 2>&1
setup=$(total "$out/setup")
printf '%-42s %10s %8s\n' case instr/call calls
for case in "${cases[@]}"; do
  rpc=${case%%/*}
  # The handler's symbol: `Core::rpc`, or `<impl ...Core>::rpc` when the impl block is in a
  # submodule of the service; `Core` implements the generated server traits, which legacy
  # demangling writes `<impl ...ConversationsService for ...Core>::rpc` and v0 `<...Core as
  # ...ConversationsService>::rpc`.
  handler="Core( as [^ ]*Service)?>?::${rpc}"
  file="$out/$(echo "$case" | tr '/' '_')"
  valgrind --tool=callgrind --callgrind-out-file="$file" "$bin" --bench \
    --profile-time "$PROFILE_TIME" "^${case}\$" >/dev/null 2>&1
  ir=$(total "$file")
  calls=$(callgrind_annotate --tree=calling --threshold=100 "$file" 2>/dev/null \
    | grep -E ">  .*${handler} \([0-9,]+x\)" \
    | sed -n 's/.*(\([0-9,]*\)x).*/\1/p' | tr -d , | awk '{ s += $1 } END { print s + 0 }')
  if [ "$calls" -gt 0 ]; then
    printf '%-42s %10d %8d\n' "$case" $(( (ir - setup) / calls )) "$calls"
  else
    printf '%-42s %10s %8s\n' "$case" "?" 0
  fi
done
