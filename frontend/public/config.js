window.__GIAMNGHEO_CONFIG__ = {
  apiBaseUrl: "http://localhost:8080",
  oidcAuthority: "http://localhost:8180/realms/giamngheo",
  oidcClientId: "giamngheo-spa"
};
