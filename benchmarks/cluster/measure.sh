#!/usr/bin/env bash
# Cluster figures (benchmarks/results/cluster.md): per-unit overhead on a one-machine cluster vs local, and a sweep's
# throughput on 1 and 2 silo processes. Run from the repository after `dotnet build src/QuasiMarketSim.Cli -c Release`.
# Prints one line per measurement with the machine's load (the machine may be shared: read figures with it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
q=(dotnet "$root/src/QuasiMarketSim.Cli/bin/Release/net10.0/quasim.dll")
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cp "$root/scenarios/baseline.jsonc" "$work/"
sweep() { # name ticks points replications [patients per practice]
  local values; values=$(python3 -c "print(', '.join(str(round(0.05 + 0.9*i/max(1,$3-1), 4)) for i in range($3)))")
  printf '{ "extends": "baseline.jsonc", "ticks": %s, "warmup": 0, "world": { "patients_per_practice": %s },
    "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "values": [%s] } ], "replications": %s } }\n' "$2" "${5:-600}" "$values" "$4" > "$work/$1.jsonc"
}
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1 || { echo "FAILED: $*" >&2; exit 1; }; t1=$(date +%s.%N); python3 -c "print(f'{$t1 - $t0:.2f}')"; }
load() { uptime | sed 's/.*load average: //'; }
start_silos() { # count slots
  local p0 g; p0=$(port); gws=(); for i in $(seq 1 "$1"); do gws+=("$(port)"); done
  printf '{ "membership": "localhost", "primary_port": %s, "gateways": [%s], "probe_seconds": 1 }\n' "$p0" "$(IFS=,; echo "${gws[*]}")" > "$work/cluster.json"
  for i in $(seq 1 "$1"); do
    local sp="$p0"; [ "$i" -gt 1 ] && sp=$(port)
    "${q[@]}" silo --cluster "$work/cluster.json" --port "$sp" --gateway-port "${gws[$((i-1))]}" --slots "$2" > "$work/silo$i.log" 2>&1 &
    pids+=($!)
    until grep -q "silo joined" "$work/silo$i.log"; do sleep 0.2; done
  done
  # Warm-up (not timed): a fresh silo compiles the model on its first units.
  rm -rf "$work/warm"; "${q[@]}" sweep "$work/tiny20.jsonc" --cluster "$work/cluster.json" --out "$work/warm" --quiet
}
stop_silos() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }

echo "machine: $(nproc) cores, $(uname -sr), $(dotnet --version); $(date -u +%FT%TZ)"
# 1. Per-unit overhead: tiny units (1 month), 20 and 200 of them; the slope is the time per unit.
sweep tiny20 1 4 5; sweep tiny200 1 20 10
for n in 20 200; do echo "local tiny $n units, 1 thread: $(seconds "${q[@]}" sweep "$work/tiny$n.jsonc" --threads 1 --out "$work/l$n" --quiet) s  load $(load)"; done
start_silos 1 1
for n in 20 200; do echo "cluster tiny $n units, 1 silo x 1 slot: $(seconds "${q[@]}" sweep "$work/tiny$n.jsonc" --cluster "$work/cluster.json" --out "$work/c$n" --quiet) s  load $(load)"; done
stop_silos

# 2. Throughput: 20 units of 120 months with 30,000 patients a practice (50x the baseline) on 1 and 2 silo processes (1 slot each), and locally with 1 and 2 threads.
sweep big 120 4 5 30000
for t in 1 2; do echo "local 20 big units, $t thread(s): $(seconds "${q[@]}" sweep "$work/big.jsonc" --threads "$t" --out "$work/lb$t" --quiet) s  load $(load)"; done
for s in 1 2; do
  start_silos "$s" 1
  echo "cluster 20 big units, $s silo process(es) x 1 slot: $(seconds "${q[@]}" sweep "$work/big.jsonc" --cluster "$work/cluster.json" --out "$work/cb$s" --quiet) s  load $(load)"
  stop_silos
done
cmp "$work/lb1/sweep.csv" "$work/cb2/sweep.csv" && echo "cluster and local sweep.csv: identical bytes"
