import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs, one logger per service; personal data paths are redacted wherever they appear. */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({
    level,
    base: { service },
    redact: {
      paths: ["*.password", "*.email", "*.phone", "*.authorization", "req.headers.authorization", "req.headers.cookie"],
      censor: "[redacted]",
    },
  });
}
