import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { inviteAccountMutation, inviteMemberOptionsQuery, invitePartnerOptionsQuery } from "../features/accounts/components/InviteForm";
import type { SupportAccountsQuery, SupportInvitationsQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { COMMISSIONER_ID, MEMBER_ID, MINISTRY_ID, PARTNER_ID, signedInAs } from "../test/session.fixture";
import { disableAccountMutation, supportAccountsQuery, supportInvitationsQuery } from "./accounts";

function invitations(emails: string[]): SupportInvitationsQuery {
  return {
    invitations: {
      __typename: "InvitationConnection",
      totalCount: emails.length,
      edges: emails.map((email, index) => ({
        __typename: "InvitationEdge" as const,
        node: {
          __typename: "Invitation" as const,
          id: `inv-${index}`,
          email,
          role: "PARTNER_EDITOR" as const,
          status: "PENDING" as const,
          createdAt: "2026-11-29T10:00:00.000Z",
          expiresAt: "2026-12-06T10:00:00.000Z",
        },
      })),
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    },
  };
}
const list = (emails: string[]) => ({
  request: { query: supportInvitationsQuery, variables: { status: null, after: null } },
  result: { data: invitations(emails) },
});
const partners = {
  request: { query: invitePartnerOptionsQuery, variables: () => true },
  result: {
    data: {
      partners: {
        __typename: "PartnerConnection" as const,
        edges: [
          { __typename: "PartnerEdge" as const, node: { __typename: "Partner" as const, id: PARTNER_ID, name: "Open Courts Watch" } },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const members = {
  request: { query: inviteMemberOptionsQuery, variables: () => true },
  result: {
    data: {
      members: {
        __typename: "MemberConnection" as const,
        edges: [
          {
            __typename: "MemberEdge" as const,
            node: {
              __typename: "Member" as const,
              id: MEMBER_ID,
              name: "Albania",
              institutions: [
                { __typename: "Institution" as const, id: MINISTRY_ID, name: "Ministry of Justice" },
                { __typename: "Institution" as const, id: COMMISSIONER_ID, name: "RTI Commissioner" },
              ],
            },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe("Accounts and invitations (support unit)", { timeout: 30_000 }, () => {
  it("invites a partner editor for a partner, shows the one-time code, and lists the invitation", async () => {
    const { mock } = signedInAs("support");
    const refused = {
      request: { query: inviteAccountMutation, variables: { input: { email: "pat", role: "PARTNER_EDITOR", partnerId: PARTNER_ID } } },
      result: {
        errors: [
          { message: "Enter a valid e-mail address, like name@example.org.", extensions: { code: "BAD_USER_INPUT", field: "input.email" } },
        ],
      },
    };
    const invited = {
      request: {
        query: inviteAccountMutation,
        variables: { input: { email: "pat@courts.example", role: "PARTNER_EDITOR", partnerId: PARTNER_ID } },
      },
      result: {
        data: {
          inviteAccount: {
            __typename: "InvitationPayload" as const,
            token: "one-time-code",
            mailed: false,
            invitation: {
              __typename: "Invitation" as const,
              id: "inv-0",
              email: "pat@courts.example",
              role: "PARTNER_EDITOR" as const,
              status: "PENDING" as const,
            },
          },
        },
      },
    };
    const { user } = renderApp({
      path: "/accounts",
      mocks: [mock, list([]), partners, refused, invited, list(["pat@courts.example"])],
    });

    const form = await screen.findByRole("region", { name: "Invite someone" });
    await user.click(within(form).getByRole("combobox", { name: /Role/ }));
    const options = await screen.findAllByRole("option");
    // The support unit invites officers and partner editors; only administrators invite support-unit staff.
    expect(options.map((option) => option.textContent)).toEqual(["Institution officer", "Partner editor"]);
    await user.click(screen.getByRole("option", { name: "Partner editor" }));
    await user.type(within(form).getByRole("combobox", { name: /Partner organisation/ }), "Open");
    await user.click(await screen.findByRole("option", { name: "Open Courts Watch" }));

    const email = within(form).getByRole("textbox", { name: /E-mail/ });
    await user.type(email, "pat");
    await user.click(within(form).getByRole("button", { name: "Send the invitation" }));
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Enter a valid e-mail address, like name@example.org.")).toBeTruthy();

    await user.clear(email);
    await user.type(email, "pat@courts.example");
    await user.click(within(form).getByRole("button", { name: "Send the invitation" }));
    expect(await within(form).findByText("pat@courts.example is invited.")).toBeTruthy();
    expect(within(form).getByText("Invitation code: one-time-code")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Invitations" });
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(2));
    expect(within(table).getByRole("button", { name: "Withdraw the invitation of pat@courts.example" })).toBeTruthy();
    // Accounts themselves are for administrators.
    expect(screen.getByText("Only administrators see and manage the accounts.")).toBeTruthy();
  });

  it("asks which institutions of the member an officer acts for", async () => {
    const { mock } = signedInAs("support");
    const invited = {
      request: {
        query: inviteAccountMutation,
        variables: {
          input: { email: "olu@gov.example", role: "INSTITUTION_OFFICER", memberId: MEMBER_ID, institutionIds: [COMMISSIONER_ID] },
        },
      },
      result: {
        data: {
          inviteAccount: {
            __typename: "InvitationPayload" as const,
            token: "code-2",
            mailed: true,
            invitation: {
              __typename: "Invitation" as const,
              id: "inv-1",
              email: "olu@gov.example",
              role: "INSTITUTION_OFFICER" as const,
              status: "PENDING" as const,
            },
          },
        },
      },
    };
    const { user } = renderApp({ path: "/accounts", mocks: [mock, list([]), members, invited, list([])] });

    const form = await screen.findByRole("region", { name: "Invite someone" });
    await user.type(within(form).getByRole("textbox", { name: /E-mail/ }), "olu@gov.example");
    await user.click(within(form).getByRole("combobox", { name: /Role/ }));
    await user.click(await screen.findByRole("option", { name: "Institution officer" }));
    await user.type(within(form).getByRole("combobox", { name: /OGP member/ }), "Alb");
    await user.click(await screen.findByRole("option", { name: "Albania" }));
    const institutions = within(form).getByRole("group", { name: /Institutions the officer acts for/ });
    await user.click(within(institutions).getByRole("checkbox", { name: "RTI Commissioner" }));
    await user.click(within(form).getByRole("button", { name: "Send the invitation" }));

    expect(await within(form).findByText("olu@gov.example is invited.")).toBeTruthy();
    expect(within(form).getByText("The invitation e-mail with the link was sent.")).toBeTruthy();
  });

  it("lets an administrator disable another account, never their own", async () => {
    const { mock, viewer } = signedInAs("support");
    const admin = { ...mock, result: { data: { viewer: { ...viewer, role: "SUPPORT_UNIT_ADMIN" as const } } } };
    const account = (id: string, displayName: string, role: "SUPPORT_UNIT_ADMIN" | "PARTNER_EDITOR", version: number) => ({
      __typename: "AccountEdge" as const,
      node: {
        __typename: "Account" as const,
        id,
        version,
        displayName,
        email: `${id}@ogc.example`,
        role,
        status: "ACTIVE" as const,
        lastSignInAt: null,
      },
    });
    const accounts: SupportAccountsQuery = {
      accounts: {
        __typename: "AccountConnection",
        totalCount: 2,
        edges: [account(viewer.id, "Sam Support", "SUPPORT_UNIT_ADMIN", 1), account("acc-pat", "Pat Partner", "PARTNER_EDITOR", 3)],
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      },
    };
    const disable = {
      request: { query: disableAccountMutation, variables: { id: "acc-pat", version: 3 } },
      result: { data: { disableAccount: { __typename: "Account" as const, id: "acc-pat", version: 4, status: "DISABLED" as const } } },
    };
    const { user } = renderApp({
      path: "/accounts",
      mocks: [
        admin,
        list([]),
        { request: { query: supportAccountsQuery, variables: { filter: {}, after: null } }, result: { data: accounts } },
        disable,
      ],
    });

    const table = await screen.findByRole("table", { name: "Accounts" });
    expect(within(table).queryByRole("button", { name: "Disable the account of Sam Support" })).toBeNull();
    await user.click(within(table).getByRole("button", { name: "Disable the account of Pat Partner" }));
    expect(await within(table).findByRole("button", { name: "Enable the account of Pat Partner" })).toBeTruthy();
    expect(within(table).getByText("Disabled")).toBeTruthy();
  });
});
