import { Locale, type Role } from "@ogc/kit";
import { createTransport } from "nodemailer";

/** What an invitation e-mail says. The token is in `acceptUrl`; neither it nor `to` is ever logged. */
export interface InvitationMail {
  to: string;
  role: Role;
  expiresAt: string;
  /** The console's accept page with the token appended. */
  acceptUrl: string;
  /** The language the inviter chose; all three working languages in one message when null. */
  language: Locale | null;
}

/** Sends invitation e-mails. `send` resolves once the server accepted the message and throws otherwise. */
export interface InvitationMailer {
  send(mail: InvitationMail): Promise<void>;
}

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465` (TLS). */
  url: string;
  /** The `From:` header, e.g. `Open Gov Challenge hub <no-reply@ogc.example>`. */
  from: string;
  /** Connection, greeting and idle timeouts, so an unresponsive server fails the mail rather than the request. */
  timeoutMs?: number;
}

/** An SMTP mailer (nodemailer): one connection per message, nothing pooled, so an idle process holds no socket. */
export function createSmtpMailer(options: SmtpMailerOptions): InvitationMailer {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // Nodemailer logs nothing unless asked; keep it so, its logs would carry the recipient.
    logger: false,
  });
  return {
    async send(mail) {
      const { subject, text } = invitationMessage(mail);
      await transport.sendMail({ from: options.from, to: mail.to, subject, text });
    },
  };
}

/** The accept link: `INVITATION_URL` with the token appended, URL-encoded. */
export function acceptUrlOf(invitationUrl: string, token: string): string {
  return `${invitationUrl}${encodeURIComponent(token)}`;
}

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  [Locale.EN]: {
    INSTITUTION_OFFICER: "institution officer",
    PARTNER_EDITOR: "partner editor",
    SUPPORT_UNIT: "support unit",
    SUPPORT_UNIT_ADMIN: "support unit administrator",
  },
  [Locale.ES]: {
    INSTITUTION_OFFICER: "responsable institucional",
    PARTNER_EDITOR: "editor de organización aliada",
    SUPPORT_UNIT: "unidad de apoyo",
    SUPPORT_UNIT_ADMIN: "administrador de la unidad de apoyo",
  },
  [Locale.FR]: {
    INSTITUTION_OFFICER: "responsable d'institution",
    PARTNER_EDITOR: "éditeur pour un partenaire",
    SUPPORT_UNIT: "unité de soutien",
    SUPPORT_UNIT_ADMIN: "administrateur de l'unité de soutien",
  },
};

const SUBJECTS: Record<Locale, string> = {
  [Locale.EN]: "Your invitation to the Open Gov Challenge hub",
  [Locale.ES]: "Su invitación al Open Gov Challenge hub",
  [Locale.FR]: "Votre invitation au Open Gov Challenge hub",
};

function paragraph(locale: Locale, mail: InvitationMail): string {
  const role = ROLE_NAMES[locale][mail.role] ?? mail.role;
  const expires = mail.expiresAt.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
  switch (locale) {
    case Locale.ES:
      return [
        `Ha sido invitado/a al Open Gov Challenge hub de la Alianza para el Gobierno Abierto (OGP) con el rol «${role}».`,
        `Para crear su cuenta, abra este enlace y elija una contraseña (al menos 12 caracteres):`,
        mail.acceptUrl,
        `El enlace sirve una sola vez y vence el ${expires}. Si no esperaba esta invitación, ignore este mensaje.`,
      ].join("\n");
    case Locale.FR:
      return [
        `Vous êtes invité·e au Open Gov Challenge hub du Partenariat pour un gouvernement ouvert (OGP) avec le rôle « ${role} ».`,
        `Pour créer votre compte, ouvrez ce lien et choisissez un mot de passe (au moins 12 caractères) :`,
        mail.acceptUrl,
        `Le lien ne sert qu'une fois et expire le ${expires}. Si vous n'attendiez pas cette invitation, ignorez ce message.`,
      ].join("\n");
    default:
      return [
        `You have been invited to the Open Government Partnership's Open Gov Challenge hub as ${role}.`,
        `To create your account, open this link and choose a password (at least 12 characters):`,
        mail.acceptUrl,
        `The link works once and expires at ${expires}. If you did not expect this invitation, ignore this message.`,
      ].join("\n");
  }
}

/** Subject and plain-text body: in the chosen language, or English, Spanish and French one after the other. */
export function invitationMessage(mail: InvitationMail): { subject: string; text: string } {
  if (mail.language) return { subject: SUBJECTS[mail.language], text: `${paragraph(mail.language, mail)}\n` };
  const locales = [Locale.EN, Locale.ES, Locale.FR];
  return {
    subject: `${SUBJECTS[Locale.EN]} / ${SUBJECTS[Locale.ES]} / ${SUBJECTS[Locale.FR]}`,
    text: `${locales.map((locale) => paragraph(locale, mail)).join("\n\n---\n\n")}\n`,
  };
}
