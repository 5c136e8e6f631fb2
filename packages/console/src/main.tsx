import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { App } from "./app/App";
import { createApolloClient } from "./app/apollo-client";
import { i18n, i18nReady } from "./app/i18n";
import { createRoutes } from "./app/routes";

const container = document.getElementById("root");
if (!container) throw new Error('index.html must contain <div id="root">.');

// The texts of the language shown arrive as a chunk of their own (app/i18n.ts): the first render waits for them.
await i18nReady;
createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient(() => i18n.language)}>
      <App router={createBrowserRouter(createRoutes())} />
    </ApolloProvider>
  </StrictMode>,
);
