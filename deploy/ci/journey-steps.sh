# The steps of the deployment journey, sourced by nginx-journey.sh (which sets BASE, TMP,
# CLIENT_IP, SPOOFED_IP, PORTS, PIDS, PREFIX, REDIS_URL, HTTP_PORT and the fail/ok helpers).
# shellcheck shell=bash

JAR=$TMP/cookies
EMAIL="journey.$$@example.uz"
PASSWORD="Quyosh chiqdi, tong otdi $$"
NAME="Dilnoza Journey"

# One request through nginx over https, as the journey's client: body in $TMP/body, headers
# in $TMP/headers, STATUS and VERSION (2 for HTTP/2) set. The browser's cookies are kept in
# $JAR; API calls carry none (api), as an app would.
req() {
  local out
  out=$(curl -sS --cacert "$TMP/fullchain.pem" --http2 --interface "$CLIENT_IP" \
    -b "${COOKIES:-$JAR}" -c "${COOKIES:-$JAR}" -o "$TMP/body" -D "$TMP/headers" \
    -w '%{http_code} %{http_version}' "$@") || fail "curl $*: no answer"
  STATUS=${out% *}
  VERSION=${out#* }
}

api() { COOKIES=$TMP/api-cookies req "$@"; }

# expect STEP STATUS: the answer had that status and came over HTTP/2.
expect() {
  [[ $STATUS == "$2" ]] || fail "$1: expected HTTP $2, got $STATUS: $(head -c 400 "$TMP/body")"
  [[ $VERSION == 2 ]] || fail "$1: answered over HTTP/$VERSION, not HTTP/2"
}

# The value of a response header of the last request.
header() { grep -i "^$1:" "$TMP/headers" | tail -n 1 | cut -d' ' -f2- | tr -d '\r'; }

json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$TMP/body"; }

# Requests a replica counted, apart from the journey's own readiness polls and scrapes.
served_by() { # port
  curl -sf "http://127.0.0.1:$1/metrics" |
    grep '^alif24_http_requests_total{' | grep -v 'route="/readyz"' | grep -v 'route="/metrics"' |
    awk '{ n += $NF } END { print n + 0 }'
}

step_redirect() {
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$HTTP_PORT/login") ||
    fail "http: no answer on :$HTTP_PORT"
  [[ $out == "301 https://"*"/login" ]] || fail "http: expected a 301 to https, got '$out'"
  ok "plain http is sent to https ($out)"
}

step_api() {
  api -H 'Content-Type: application/json' -X POST "$BASE/api/v1/auth/register" \
    --data "{\"role\":\"parent\",\"name\":\"$NAME\",\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"language\":\"en\"}"
  expect "register a parent (API)" 201
  [[ -n $(json_field access_token) ]] || fail "register: no access_token in $(head -c 300 "$TMP/body")"
  ok "a parent registers through the API over HTTP/2"

  # A client that forges X-Forwarded-For: the app must still see the address nginx saw.
  api -H 'Content-Type: application/json' -H "X-Forwarded-For: $SPOOFED_IP" \
    -X POST "$BASE/api/v1/auth/login" --data "{\"login\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
  expect "log in (API)" 200
  TOKEN=$(json_field access_token)
  [[ -n $TOKEN ]] || fail "log in: no access_token"
  ok "the parent logs in through the API"

  api -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/me"
  expect "GET /api/v1/auth/me" 200
  grep -q "$EMAIL" "$TMP/body" || fail "me: the answer does not name $EMAIL: $(head -c 300 "$TMP/body")"
  ok "GET /api/v1/auth/me answers with the parent"
}

step_web() {
  req "$BASE/login"
  expect "GET /login" 200
  CSS=$(grep -o '/static/css/app\.css?v=[0-9a-zA-Z_-]*' "$TMP/body" | head -n 1)
  local csrf
  csrf=$(awk '$6 == "alif24_csrf" { print $7 }' "$JAR" | tail -n 1)
  [[ -n $csrf ]] || fail "GET /login: no alif24_csrf cookie was set (Secure cookies over https?)"
  req -X POST "$BASE/login" --data-urlencode "login=$EMAIL" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "next=/dashboard"
  expect "log in (web form)" 303
  [[ $(header location) == "/dashboard" ]] || fail "log in (web form): sent to '$(header location)'"
  grep -q alif24_at "$JAR" || fail "log in (web form): no session cookie was kept"
  req "$BASE/dashboard"
  expect "GET /dashboard" 200
  grep -q "Dilnoza" "$TMP/body" || fail "GET /dashboard: the page does not greet the parent"
  ok "the parent logs in through the web form and opens /dashboard"
}

step_static_and_compression() {
  [[ -n ${CSS:-} ]] || fail "static: /login links no /static/css/app.css?v=…"
  req -H 'Accept-Encoding: br' "$BASE$CSS"
  expect "GET $CSS" 200
  local cache encoding
  cache=$(header cache-control)
  [[ $cache == *"max-age=31536000"*immutable* ]] || fail "static: Cache-Control is '$cache'"
  encoding=$(header content-encoding)
  [[ $encoding == br ]] || fail "static: Content-Encoding is '$encoding', expected br"
  ok "$CSS: '$cache', brotli"

  req -H 'Accept-Encoding: gzip' "$BASE/dashboard"
  expect "GET /dashboard (gzip)" 200
  encoding=$(header content-encoding)
  [[ $encoding == gzip ]] || fail "page: Content-Encoding is '$encoding', expected gzip once"
  gzip -dc <"$TMP/body" | grep -qi '<html' || fail "page: the body is not HTML after one gunzip"
  [[ $(grep -ci '^strict-transport-security:' "$TMP/headers") == 1 ]] ||
    fail "page: expected one Strict-Transport-Security header (the app's)"
  ok "pages leave gzip-compressed once (the app compresses, nginx passes)"
}

step_body_limit() {
  head -c 1500000 /dev/zero | tr '\0' a | sed 's/^/{"login":"/; s/$/"}/' >"$TMP/big.json"
  api -H 'Content-Type: application/json' -X POST "$BASE/api/v1/auth/login" --data-binary "@$TMP/big.json"
  expect "a 1.5 MB body" 413
  grep -q '"code":"body_too_large"' "$TMP/body" ||
    fail "a 1.5 MB body: nginx answered instead of the app: $(head -c 200 "$TMP/body")"
  ok "a body above the app's 1 MiB limit gets the app's own answer (413 body_too_large)"
}

step_closed_and_sockets() {
  local path
  for path in /metrics /%6detrics //metrics; do
    req "$BASE$path"
    [[ $STATUS == 403 || $STATUS == 404 ]] || fail "$path through nginx answered $STATUS"
    ! grep -q alif24_http_requests_total "$TMP/body" || fail "$path through nginx shows the metrics"
  done
  ok "/metrics is closed through nginx ($STATUS)"

  local out
  out=$(curl -sS --cacert "$TMP/fullchain.pem" --http1.1 -o /dev/null -w '%{http_code}' \
    -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
    -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$BASE/ws/none") || fail "ws: no answer"
  [[ $out == 404 ]] || fail "ws: an upgrade to an unknown socket answered $out, expected the app's 404"
  ok "an upgrade request under /ws/ reaches the app"
}

step_replicas() {
  local one two
  one=$(served_by "${PORTS[0]}")
  two=$(served_by "${PORTS[1]}")
  [[ $one -gt 0 && $two -gt 0 ]] || fail "replicas: requests served :${PORTS[0]}=$one :${PORTS[1]}=$two; both should serve"
  ok "both replicas served the journey (:${PORTS[0]} $one requests, :${PORTS[1]} $two)"

  kill "${PIDS[0]}"
  wait "${PIDS[0]}" 2>/dev/null || true
  local i
  for i in 1 2 3; do
    req "$BASE/dashboard"
    expect "GET /dashboard after a replica stopped (#$i)" 200
    api -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/me"
    expect "GET /api/v1/auth/me after a replica stopped (#$i)" 200
  done
  api -H 'Content-Type: application/json' -X POST "$BASE/api/v1/auth/login" \
    --data "{\"login\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
  expect "log in (API) after a replica stopped" 200
  local after
  after=$(served_by "${PORTS[1]}")
  [[ $after -ge $((two + 7)) ]] || fail "replicas: :${PORTS[1]} served $((after - two)) of the 7 requests after :${PORTS[0]} stopped"
  ok "with :${PORTS[0]} stopped the journey goes on through :${PORTS[1]} (sessions live in PostgreSQL)"
}

step_client_address() {
  local keys
  keys=$(redis-cli -u "$REDIS_URL" --scan --pattern "${PREFIX}rl:*" 2>/dev/null)
  grep -q "login-ip:$CLIENT_IP:" <<<"$keys" ||
    fail "client address: no login counter for $CLIENT_IP in Redis; keys: $(tr '\n' ' ' <<<"$keys")"
  ! grep -q "$SPOOFED_IP" <<<"$keys" || fail "client address: a forged X-Forwarded-For was believed"
  ! grep -q "login-ip:127.0.0.1:" <<<"$keys" || fail "client address: the app counted nginx's address"
  ok "the app saw the client's own address ($CLIENT_IP), not nginx's nor a forged one"
}

run_journey() {
  rm -f "$JAR"
  step_redirect
  step_api
  step_web
  step_static_and_compression
  step_body_limit
  step_closed_and_sockets
  step_replicas
  step_client_address
}
