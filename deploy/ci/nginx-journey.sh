#!/usr/bin/env bash
# The deployment journey: Debian's nginx running deploy/nginx/alif24.conf with a self-signed
# certificate, https and HTTP/2, in front of two replicas of the alif24 binary that share
# PostgreSQL and Redis. A parent registers and logs in through the API and through the web
# form, opens a page, and the answers are checked: HTTP/2, both replicas answering (and one
# replica stopping mid-journey), long caching of /static/, compression, /metrics closed, and
# the client's own address reaching the app through X-Forwarded-For.
#
# Usage: deploy/ci/nginx-journey.sh path/to/alif24
# Environment: DEPLOY_PG_URL (a PostgreSQL server whose role may create databases, default
# postgres://alif24:alif24@127.0.0.1:5432), DEPLOY_REDIS_URL (default redis://127.0.0.1:6379).
# The database alif24_deploy is recreated; the test database is not touched.
set -euo pipefail

BIN=$(realpath "${1:?usage: nginx-journey.sh path/to/alif24}")
[[ -x $BIN ]] || { echo "nginx-journey: $BIN is not an executable"; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PG_URL=${DEPLOY_PG_URL:-postgres://alif24:alif24@127.0.0.1:5432}
REDIS_URL=${DEPLOY_REDIS_URL:-redis://127.0.0.1:6379}
DB_NAME=alif24_deploy
PREFIX="alif24deploy:$$:"
HTTP_PORT=18080
HTTPS_PORT=18443
PORTS=(18081 18082)
BASE="https://127.0.0.1:$HTTPS_PORT"
# The journey's client connects from 127.0.0.2, so its address differs from nginx's own
# (127.0.0.1, the address the replicas see as their peer).
CLIENT_IP=127.0.0.2
SPOOFED_IP=203.0.113.9

TMP=$(mktemp -d /tmp/alif24-deploy.XXXXXX)
# nginx's workers (user nobody when started as root) write their temp files under nginx/.
mkdir "$TMP/nginx"
chmod 755 "$TMP" "$TMP/nginx"
PIDS=()
OK=0

# psql on the server's maintenance database, without its notices.
pg() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$PG_URL/postgres" "$@"; }

cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1 || true
  redis-cli -u "$REDIS_URL" --scan --pattern "$PREFIX*" 2>/dev/null |
    xargs -r redis-cli -u "$REDIS_URL" del >/dev/null 2>&1 || true
  if [[ $OK -eq 1 ]]; then
    rm -rf "$TMP"
  else
    echo "nginx-journey: logs kept in $TMP (app1.log, app2.log, nginx-error.log)"
  fi
  exit "$rc"
}
trap cleanup EXIT

fail() {
  echo "FAILED: $*"
  for f in app1.log app2.log nginx-error.log; do
    if [[ -s $TMP/$f ]]; then
      echo "---- last lines of $f"
      tail -n 15 "$TMP/$f"
    fi
  done
  exit 1
}
ok() { echo "ok: $*"; }

# --- nginx and a certificate --------------------------------------------------------------
export PATH=$PATH:/usr/sbin
need=()
command -v nginx >/dev/null || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
if [[ ${#need[@]} -gt 0 && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing from Debian: ${need[*]}"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi
for tool in nginx openssl curl psql redis-cli; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
curl --version | grep -q HTTP2 || fail "this curl cannot speak HTTP/2"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj /CN=localhost -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$TMP/privkey.pem" -out "$TMP/fullchain.pem" 2>/dev/null ||
  fail "openssl could not make a certificate"

# The production file with only the addresses and paths of its `# EDIT` lines rewritten (the
# rest of each line, such as `ssl http2`, stays as shipped); a marker that is missing stops the
# journey, so the file and this script cannot drift apart unnoticed.
awk -v tmp="$TMP" -v http="$HTTP_PORT" -v https="$HTTPS_PORT" \
  -v a="${PORTS[0]}" -v b="${PORTS[1]}" '
  /# EDIT replica$/ { n += sub(/app1:8080/, "127.0.0.1:" a) + sub(/app2:8080/, "127.0.0.1:" b) }
  /# EDIT https$/   { n += sub(/listen 443/, "listen 127.0.0.1:" https) }
  /# EDIT http$/    { n += sub(/listen 80/, "listen 127.0.0.1:" http) }
  /# EDIT (cert|key)$/ { n += sub(/\/etc\/nginx\/certs\//, tmp "/") }
  { print }
  END { if (n != 6) { print n " of 6 markers found" > "/dev/stderr"; exit 1 } }
' "$ROOT/deploy/nginx/alif24.conf" >"$TMP/alif24.conf" ||
  fail "deploy/nginx/alif24.conf lacks the '# EDIT' lines this script rewrites"

cat >"$TMP/nginx.conf" <<EOF
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log $TMP/nginx-access.log;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  include $TMP/alif24.conf;
}
EOF
nginx -t -q -e "$TMP/nginx-error.log" -c "$TMP/nginx.conf" || fail "nginx rejects the configuration"

# --- a fresh database and two replicas ------------------------------------------------------
pg -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME" >/dev/null ||
  fail "cannot recreate the database $DB_NAME at ${PG_URL/:*@/:***@}"
redis-cli -u "$REDIS_URL" ping >/dev/null || fail "Redis does not answer at $REDIS_URL"

start_replica() { # name port
  env DATABASE_URL="$PG_URL/$DB_NAME" REDIS_URL="$REDIS_URL" ALIF24_REDIS_PREFIX="$PREFIX" \
    ALIF24_ADDR="127.0.0.1:$2" ALIF24_PUBLIC_URL="$BASE" ALIF24_TRUST_PROXY=1 \
    ALIF24_LOG_JSON=1 ALIF24_ESPEAK=off RUST_LOG=info "$BIN" serve >"$TMP/$1.log" 2>&1 &
  PIDS+=($!)
}
# Both start at once on the empty database: migrations must cope (an advisory lock).
start_replica app1 "${PORTS[0]}"
start_replica app2 "${PORTS[1]}"
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && break
    sleep 0.25
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" || fail "the replica on :$port is not ready after 30 s"
done
ok "two replicas ready on :${PORTS[0]} and :${PORTS[1]} (migrated concurrently)"

nginx -e "$TMP/nginx-error.log" -c "$TMP/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
for _ in $(seq 1 40); do
  curl -s -o /dev/null --cacert "$TMP/fullchain.pem" "$BASE/healthz" && break
  sleep 0.25
done
curl -sS -o /dev/null --cacert "$TMP/fullchain.pem" "$BASE/healthz" || fail "nginx does not answer on :$HTTPS_PORT"
ok "nginx answers on :$HTTPS_PORT and :$HTTP_PORT"

source "$ROOT/deploy/ci/journey-steps.sh"
run_journey
OK=1
echo "nginx journey: all green"
