/** The web app's server: its production build, /config.json and security headers. */
export { loadWebConfig, type WebConfig, type OidcConfig } from "./config.js";
export { startWebServer, type RunningWebServer } from "./web-server.js";
