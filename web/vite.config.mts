import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * `npm run dev:web`: the app with hot reload against a running hub (`npm start`). The dev
 * server answers /config.json as the web server does; GATEWAY_URL says where the hub is.
 */
function devConfig(): Plugin {
  const gatewayUrl = process.env.GATEWAY_URL ?? "http://localhost:4000/graphql";
  return {
    name: "gongxiang-dev-config",
    configureServer(server) {
      server.middlewares.use("/config.json", (_req, res) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ gatewayUrl, devSignIn: true, oidc: null }));
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), devConfig()],
  server: { port: Number(process.env.WEB_DEV_PORT ?? 5173), strictPort: true },
  build: {
    // The manifest lets `npm run check` measure what the counter page loads first.
    manifest: true,
    target: "es2022",
    sourcemap: false,
  },
});
