import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { invitePartnerOptionsQuery } from "../features/accounts/components/InviteForm";
import { supportInvitationsQuery } from "../pages/accounts";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { chooseLanguage, i18n } from "./i18n";

// The invitation form's partner search finds nothing: MUI's Autocomplete then says so in its own words.
const noPartners = {
  request: { query: invitePartnerOptionsQuery, variables: () => true },
  result: { data: { partners: { __typename: "PartnerConnection" as const, edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const noInvitations = {
  request: { query: supportInvitationsQuery, variables: { status: null, after: null } },
  result: {
    data: {
      invitations: {
        __typename: "InvitationConnection" as const,
        totalCount: 0,
        edges: [],
        pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe("MUI's own texts", { timeout: 30_000 }, () => {
  it("are in French on a French page", async () => {
    await i18n.changeLanguage("fr");
    const { mock } = signedInAs("support");
    const { user } = renderApp({ path: "/accounts", mocks: [mock, noInvitations, noPartners] });

    const form = await screen.findByRole("region", { name: "Inviter quelqu'un" });
    await user.click(within(form).getByRole("combobox", { name: /Rôle/ }));
    await user.click(await screen.findByRole("option", { name: "Éditeur partenaire" }));
    const partner = within(form).getByRole("combobox", { name: /Organisation partenaire/ });
    expect(within(form).getByRole("button", { name: "Ouvrir" })).toBeTruthy();
    await user.type(partner, "Nulle part");
    expect(await screen.findByText("Pas de résultats")).toBeTruthy();
    expect(screen.queryByText("No options")).toBeNull();
  });

  it("follow the language when the person switches it", async () => {
    const { mock } = signedInAs("support");
    const { user } = renderApp({ path: "/accounts", mocks: [mock, noInvitations, noPartners] });

    const form = await screen.findByRole("region", { name: "Invite someone" });
    await user.click(within(form).getByRole("combobox", { name: /Role/ }));
    await user.click(await screen.findByRole("option", { name: "Partner editor" }));
    await user.type(within(form).getByRole("combobox", { name: /Partner organisation/ }), "Nowhere");
    expect(await screen.findByText("No options")).toBeTruthy();

    await act(() => chooseLanguage("es"));
    expect(await screen.findByText("Sin opciones")).toBeTruthy();
    expect(screen.queryByText("No options")).toBeNull();
    // Closed, the button that opens the list says the action ("Abrir"), not MUI's adjective ("Abierto").
    await user.keyboard("{Escape}");
    expect(await within(form).findByRole("button", { name: "Abrir" })).toBeTruthy();
  });
});
