import type { ApolloLink } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { App } from "../app/App";
import { createCache } from "../app/apollo-client";
import { createRoutes } from "../app/routes";

interface RenderAppOptions {
  path?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Replaces the mocks when a test needs to see or shape the requests. */
  link?: ApolloLink;
}

/** The whole console (theme, router, layout, lazy pages) on a memory router with a mocked API. */
export function renderApp({ path = "/areas", mocks = [], link }: RenderAppOptions = {}) {
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()} {...(link ? { link } : {})}>
      <App router={router} />
    </MockedProvider>,
  );
  return { ...view, router, user };
}
