# Shared by the scripts/bench-* benchmarks (sourced, not run). Each benchmark makes a synthetic
# council with scripts/generate, measures the floor (PostgreSQL's own COPY of the same return files
# into an unindexed table of text columns, on the same server in the same run), then times carepay
# commands against a fresh database on that server.
#
# The server is CAREPAY_BENCH_PG (a libpq URL; default the machine's PostgreSQL on 127.0.0.1:5432,
# database test); a fresh database carepay_bench is made on it for each run.

bench_setup() { # usage: bench_setup NAME "$@"  (parses --visits N --seed S)
  local name="$1"; shift
  visits=1000000
  seed=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --visits) visits="$2"; shift 2 ;;
      --seed) seed="$2"; shift 2 ;;
      *) echo "$name: unknown argument '$1'; usage: scripts/$name [--visits N] [--seed S]" >&2; exit 2 ;;
    esac
  done
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  server="${CAREPAY_BENCH_PG:-postgresql://127.0.0.1:5432/test}"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$root" && ./mvnw -q -DskipTests package)
  "$root/scripts/generate" --out "$work/inbox" --visits "$visits" --seed "$seed" >/dev/null
  psql "$server" -qAtc "drop database if exists carepay_bench with (force)" -c "create database carepay_bench"
  db_url="${server%/*}/carepay_bench"
  local host_port="${server#postgresql://}"; host_port="${host_port%%/*}"
  export CAREPAY_DB_URL="jdbc:postgresql://$host_port/carepay_bench" CAREPAY_DB_USER="${CAREPAY_BENCH_USER:-$(id -un)}"
  export CAREPAY_INBOX="$work/inbox" CAREPAY_OUT="$work/out" CAREPAY_LOG="$work/carepay.log"
  java -jar "$root/target/carepay.jar" status >/dev/null # migrates the fresh database outside the timing
}

bench_floor() { # sets floor (seconds) and floor_rows
  psql "$db_url" -qAt <<'SQL'
create table floor_visit (provider_id text, week_start text, client_id text, package_id text,
  visit_date text, planned_start text, planned_minutes text, actual_start text, actual_minutes text,
  carers text, carer_ref text, variation_ref text);
SQL
  local f
  for f in "$work"/inbox/returns/*.csv; do
    echo "\\copy floor_visit from '$f' with (format csv, header true)"
  done > "$work/copy.sql"
  local start end
  start=$(date +%s.%N)
  psql "$db_url" -qAt -f "$work/copy.sql" >/dev/null
  end=$(date +%s.%N)
  floor=$(echo "$end - $start" | bc)
  floor_rows=$(psql "$db_url" -qAtc "select count(*) from floor_visit")
  psql "$db_url" -qAtc "drop table floor_visit"
}

bench_carepay() { # usage: bench_carepay ARGS...; adds the wall time to elapsed, keeps the peak RSS in rss_mb
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" java ${CAREPAY_JAVA_OPTS:-} -jar "$root/target/carepay.jar" "$@" >"$work/last.out"
  end=$(date +%s.%N)
  elapsed=$(echo "${elapsed:-0} + $end - $start" | bc)
  local rss=$(( $(cat "$work/rss") / 1024 ))
  [ "$rss" -gt "${rss_mb:-0}" ] && rss_mb=$rss
  return 0
}

bench_job() { # usage: bench_job JOB_NAME; prints "job seconds|steps seconds a / b / c"
  psql "$db_url" -qAtc "select round(extract(epoch from e.end_time - e.start_time)::numeric, 2)::text || '|' ||
    (select string_agg(round(extract(epoch from s.end_time - s.start_time)::numeric, 2)::text, ' / '
       order by s.step_execution_id) from batch_step_execution s where s.job_execution_id = e.job_execution_id)
    from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
    where i.job_name = '$1' order by e.job_execution_id desc limit 1"
}

bench_machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $(psql "$db_url" -qAtc 'show server_version' | cut -d' ' -f1)"
}
