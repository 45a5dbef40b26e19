import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { HubProvider } from "./app/hub";
import { Router } from "./app/router";
import { loadRuntimeConfig } from "./app/runtime-config";
import { I18nProvider } from "./i18n/i18n";
import "./styles/app.css";

const root = createRoot(document.getElementById("root")!);
loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <HubProvider config={config}>
            <Router>
              <App />
            </Router>
          </HubProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    // Before the catalogue loads there is no language to speak: the error itself, both ways.
    root.render(<pre role="alert">{String(error)}</pre>);
  },
);
