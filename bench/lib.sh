# Shared by the bench scripts, sourced from the project root after the script has set WORK:
#   need CMD PACKAGE     installs the Debian package when the command is missing
#   JAR                  the packaged portal (built when missing, or always with REBUILD_JAR=1)
#   APP_PID              set it to the portal's pid; it is stopped when the script exits
#   wait_for_portal URL [SECONDS]   until URL/actuator/health answers (default 900 s); stops if the portal died

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }

JAR=$(ls target/ntm-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ] || [ -n "${REBUILD_JAR:-}" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ntm-portal-*.jar | grep -v original | head -1)
fi

APP_PID=""
stop_portal() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap stop_portal EXIT

wait_for_portal() {
  local i
  for i in $(seq 1 "${2:-900}"); do
    curl -sf "$1/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "the portal did not start:"; tail -50 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "the portal did not answer within ${2:-900} s"; exit 1
}
