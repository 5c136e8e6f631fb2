import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type ProxyOptions } from "vite";
import { firstPageSize } from "./build/first-page-size.ts";

const CONSOLE_PORT = 5173;
/** MUI's core and what it is built on; MUI X (charts, grids) is a group of its own. */
const MUI = /node_modules[\\/](@mui[\\/](?!x-)|@emotion[\\/]|@popperjs[\\/]|stylis[\\/])/;
const DEFAULT_GATEWAY_URL = "http://localhost:4000";

/** The only place the console reads its environment: where the dev/preview proxy sends `/graphql`. */
function gatewayUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_GATEWAY_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GATEWAY_URL must be an absolute http(s) URL such as ${DEFAULT_GATEWAY_URL}; got "${value}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`GATEWAY_URL must use http or https; got "${value}".`);
  }
  return url.origin;
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "");
  // The browser talks to its own origin; the proxy forwards to the gateway, so no CORS setup is needed.
  const proxy: Record<string, ProxyOptions> = {
    "/graphql": { target: gatewayUrl(env.GATEWAY_URL), changeOrigin: true },
    // The IRM import upload, run by the gateway.
    "/import": { target: gatewayUrl(env.GATEWAY_URL), changeOrigin: true },
  };
  return {
    plugins: [react(), firstPageSize()],
    server: { port: CONSOLE_PORT, strictPort: true, proxy },
    preview: { port: CONSOLE_PORT, strictPort: true, proxy },
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 7 },
              // The MUI the first page needs ($initial: statically imported from the entry), then the rest of MUI in a
              // chunk of its own that only the pages after the first load.
              { name: "mui", test: MUI, tags: ["$initial"], priority: 6 },
              { name: "mui-pages", test: MUI, priority: 5 },
              { name: "vendor", test: /node_modules[\\/](@apollo|graphql|i18next|react-i18next|rxjs)[\\/]/, priority: 4 },
              // Charts and grids serve a few support-unit pages only: never on the first page. A group also takes the
              // dependencies of its modules, so it ranks below the groups the first page needs, and there is no
              // catch-all group that would pull the charts' dependencies into every page.
              { name: "mui-x", test: /node_modules[\\/]@mui[\\/]x-/, priority: 3 },
            ],
          },
        },
      },
    },
  };
});
