import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, Locale, type Logger, Role } from "@ogc/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PasswordHasher } from "../auth/password.js";
import { DEFAULT_INVITATION_URL, DEFAULT_MAIL_FROM, loadIdentityEnv } from "../environment.js";
import { startIdentity } from "../start.js";
import { createIdentityHarness, type IdentityHarness, type MadeAccount, TEST_PASSWORD_COST } from "../testing/identity-harness.js";
import { closedPort, type SmtpSink, startSmtpSink } from "../testing/smtp-sink.js";
import { Invitation } from "./invitation.entity.js";
import { createSmtpMailer, invitationMessage } from "./invitation-mail.js";

const ACCEPT_PAGE = "https://console.ogc.example/accept-invitation?token=";
const FROM = "OGC hub <hub@ogc.example>";

/** A logger that keeps every line it is given, to check what was (not) logged. */
function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push(JSON.stringify({ level, args }));
    };
  const logger = { info: keep("info"), warn: keep("warn"), error: keep("error"), debug: keep("debug") } as unknown as Logger;
  return { logger, lines };
}

describe("invitation e-mails through a real SMTP server", () => {
  let smtp: SmtpSink;
  let identity: IdentityHarness;
  let support: MadeAccount;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    identity = await createIdentityHarness("sqlite", {
      mailer: createSmtpMailer({ url: smtp.url, from: FROM }),
      invitationUrl: ACCEPT_PAGE,
    });
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
  });
  afterAll(async () => {
    await identity.close();
    await smtp.close();
  });

  it("mails the invitee the accept link with the token, in the chosen language, after the invitation is stored", async () => {
    const { logger, lines } = capturingLogger();
    const payload = await identity
      .services()
      .invitations.invite(
        { viewer: support.viewer, logger },
        { email: "Ines@Ministry.example", role: Role.PARTNER_EDITOR, partnerId: "p-1", language: Locale.EN },
      );
    expect(payload.mailed).toBe(true);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.user).toBe("mailer");
    // Nodemailer writes the domain in lower case (it is case-insensitive); the local part is kept as typed.
    expect(mail.recipients).toEqual(["Ines@ministry.example"]);
    expect(mail.from).toBe("hub@ogc.example");
    expect(mail.headers.get("to")?.toLowerCase()).toContain("ines@ministry.example");
    expect(mail.subject).toBe("Your invitation to the Open Gov Challenge hub");
    expect(mail.text).toContain(`${ACCEPT_PAGE}${payload.token}`);
    expect(mail.text).toContain("partner editor");
    expect(mail.text).toContain(payload.invitation.expiresAt.slice(0, 10));
    expect(mail.text).not.toMatch(/invitación|invitation au/);
    expect(await identity.dataSource.getRepository(Invitation).countBy({ id: payload.invitation.id })).toBe(1);
    const logged = lines.join("\n");
    expect(logged).toContain(payload.invitation.id);
    expect(logged).not.toContain(payload.token);
    expect(logged.toLowerCase()).not.toContain("ines@ministry.example");
  });

  it("writes English, Spanish and French in one message when no language is chosen (GraphQL: mailed, token)", async () => {
    const response = await identity.execute<{ inviteAccount: { token: string; mailed: boolean; invitation: { status: string } } }>(
      `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token mailed invitation { status } } }`,
      { variables: { input: { email: "trilingue@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" } }, as: support.viewer },
    );
    expect(response.errors).toBeUndefined();
    const { token, mailed, invitation } = response.data!.inviteAccount;
    expect(mailed).toBe(true);
    expect(invitation.status).toBe("PENDING");
    const mail = smtp.received.at(-1)!;
    expect(mail.recipients).toEqual(["trilingue@partner.example"]);
    expect(mail.subject).toBe(
      "Your invitation to the Open Gov Challenge hub / Su invitación al Open Gov Challenge hub / Votre invitation au Open Gov Challenge hub",
    );
    expect(mail.text).toContain("You have been invited");
    expect(mail.text).toContain("Ha sido invitado/a");
    expect(mail.text).toContain("Vous êtes invité·e");
    expect(mail.text.split(`${ACCEPT_PAGE}${token}`)).toHaveLength(4);
  });

  it("keeps the invitation and returns the token when the SMTP server is down (mailed: false), logging neither token nor address", async () => {
    const down = await createIdentityHarness("sqlite", {
      mailer: createSmtpMailer({ url: `smtp://mailer:mail-secret@127.0.0.1:${await closedPort()}`, from: FROM, timeoutMs: 2_000 }),
    });
    try {
      const admin = await down.makeAccount(Role.SUPPORT_UNIT_ADMIN);
      const { logger, lines } = capturingLogger();
      const payload = await down
        .services()
        .invitations.invite(
          { viewer: admin.viewer, logger },
          { email: "offline@partner.example", role: Role.PARTNER_EDITOR, partnerId: "p-1" },
        );
      expect(payload.mailed).toBe(false);
      expect(payload.token).toEqual(expect.any(String));
      expect(await down.dataSource.getRepository(Invitation).countBy({ id: payload.invitation.id })).toBe(1);
      const logged = lines.join("\n");
      expect(logged).toMatch(/not sent/);
      expect(logged).toMatch(/"mailError":\{[^}]*"code":"E[A-Z]+"/);
      expect(logged).not.toContain(payload.token);
      expect(logged).not.toContain("offline@partner.example");
      const accepted = await down.execute(
        `mutation ($t: String!) { acceptInvitation(token: $t, displayName: "Off Line", password: "a long enough passphrase") { sessionId } }`,
        { variables: { t: payload.token } },
      );
      expect(accepted.errors).toBeUndefined();
    } finally {
      await down.close();
    }
  });

  it("says mailed: false when no mail transport is configured", async () => {
    const plain = await createIdentityHarness("sqlite");
    try {
      const admin = await plain.makeAccount(Role.SUPPORT_UNIT_ADMIN);
      const payload = await plain
        .services()
        .invitations.invite({ viewer: admin.viewer }, { email: "nomail@ogp.example", role: Role.SUPPORT_UNIT });
      expect(payload.mailed).toBe(false);
      expect(payload.token).toEqual(expect.any(String));
    } finally {
      await plain.close();
    }
  });

  it("is wired from SMTP_URL, MAIL_FROM and INVITATION_URL by startIdentity", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ogc-identity-mail-"));
    const started = await startIdentity(
      loadIdentityEnv({
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        DATA_DIR: dataDir,
        SEED_DEMO_DATA: "true",
        SMTP_URL: smtp.url,
        MAIL_FROM: FROM,
        INVITATION_URL: ACCEPT_PAGE,
      }),
      createLogger("identity", "silent"),
      { passwords: new PasswordHasher(TEST_PASSWORD_COST) },
    );
    try {
      const call = async (query: string, variables: Record<string, unknown>, token?: string) =>
        (await (
          await fetch(started.url, {
            method: "POST",
            headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
      const signedIn = await call(`mutation { signIn(email: "admin@ogc.example", password: "demo-admin-password") { accessToken } }`, {});
      const invited = await call(
        `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token mailed } }`,
        { input: { email: "staff@ogp.example", role: "SUPPORT_UNIT", language: "FR" } },
        signedIn.data?.signIn?.accessToken as string,
      );
      expect(invited.errors).toBeUndefined();
      expect(invited.data?.inviteAccount?.mailed).toBe(true);
      const mail = smtp.received.at(-1)!;
      expect(mail.recipients).toEqual(["staff@ogp.example"]);
      expect(mail.subject).toBe("Votre invitation au Open Gov Challenge hub");
      expect(mail.text).toContain(`${ACCEPT_PAGE}${invited.data?.inviteAccount?.token}`);
    } finally {
      await started.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("invitation e-mail text and mail settings", () => {
  it("URL-encodes the token into the accept link and names the role in each language", () => {
    const { subject, text } = invitationMessage({
      to: "x@example.org",
      role: Role.INSTITUTION_OFFICER,
      expiresAt: "2026-12-03T10:00:00.000Z",
      acceptUrl: `${DEFAULT_INVITATION_URL}abc`,
      language: null,
    });
    expect(subject).toMatch(/^Your invitation .* \/ Su invitación .* \/ Votre invitation/);
    expect(text).toContain("institution officer");
    expect(text).toContain("responsable institucional");
    expect(text).toContain("responsable d'institution");
    expect(text).toContain("2026-12-03 10:00 UTC".slice(0, 10));
  });

  it("reads SMTP_URL (smtp:// or smtps://, blank = unset), MAIL_FROM and INVITATION_URL with defaults", () => {
    const defaults = loadIdentityEnv({});
    expect(defaults.SMTP_URL).toBeUndefined();
    expect(defaults.MAIL_FROM).toBe(DEFAULT_MAIL_FROM);
    expect(defaults.MAIL_FROM).toBe("Open Gov Challenge hub <no-reply@localhost>");
    expect(defaults.INVITATION_URL).toBe("http://localhost:5173/accept-invitation?token=");
    expect(defaults.DIRECTORY_URL).toBe("http://localhost:4002/graphql");
    expect(loadIdentityEnv({ SMTP_URL: "  " }).SMTP_URL).toBeUndefined();
    expect(loadIdentityEnv({ SMTP_URL: "smtps://u:p@mail.example:465" }).SMTP_URL).toBe("smtps://u:p@mail.example:465");
    expect(() => loadIdentityEnv({ SMTP_URL: "mail.example:25" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadIdentityEnv({ INVITATION_URL: "not a url" })).toThrow(/INVITATION_URL/);
  });
});
