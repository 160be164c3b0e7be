#!/bin/sh
# Runs from the nginx image's /docker-entrypoint.d/ at container start: writes the SPA's runtime
# configuration (docs/development.md, "SPA runtime configuration") from the environment.
set -eu
html=/usr/share/nginx/html
# JSON string escaping for backslash and double quote
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
cat >"$html/config.js" <<JS
window.__GIAMNGHEO_CONFIG__ = {
  apiBaseUrl: "$(esc "${GIAMNGHEO_API_BASE_URL:?}")",
  oidcAuthority: "$(esc "${GIAMNGHEO_OIDC_AUTHORITY:?}")",
  oidcClientId: "$(esc "${GIAMNGHEO_OIDC_CLIENT_ID:?}")"
};
JS
echo "giamngheo: wrote $html/config.js (API $GIAMNGHEO_API_BASE_URL, OIDC $GIAMNGHEO_OIDC_AUTHORITY)"
