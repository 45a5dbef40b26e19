import { runService } from "@gongxiang/kit";
import { loadWebConfig } from "./config.js";
import { startWebServer } from "./web-server.js";

/** Runs the web server as its own process (containers): GATEWAY_PUBLIC_URL says where to call. */
runService(() => startWebServer(loadWebConfig()));
