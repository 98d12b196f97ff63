import { randomBytes, randomInt, randomUUID } from "node:crypto";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateApiToken(): string {
  return randomBytes(32).toString("base64url");
}

export function generateResetToken(): string {
  // expect: js.insecure-random-secret
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function generateOtp(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function generateTempPassword(length = 12): string {
  let password = "";
  for (let i = 0; i < length; i++) {
    // expect: js.insecure-random-secret
    password += CHARS[Math.floor(Math.random() * CHARS.length)];
  }
  return password;
}

export function jitterMs(base: number): number {
  return base + Math.floor(Math.random() * 250);
}

export function pickColor(palette: string[]): string {
  return palette[Math.floor(Math.random() * palette.length)];
}

export function correlationId(): string {
  return randomUUID();
}

export function inviteCode(): string {
  return Array.from({ length: 8 }, () => CHARS[randomInt(CHARS.length)]).join("");
}

export const sessionSecret = () =>
  // expect: js.insecure-random-secret
  Math.random().toString(16).substring(2, 18);
