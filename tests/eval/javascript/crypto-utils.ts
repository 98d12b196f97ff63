import crypto from "node:crypto";
import argon2 from "argon2";

const ENC_KEY = Buffer.from(process.env.DATA_ENCRYPTION_KEY ?? "", "base64");

export function encrypt(plaintext: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", ENC_KEY, iv);
  const enc = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString("base64");
}

export function decrypt(blob: string): string {
  const buf = Buffer.from(blob, "base64");
  const decipher = crypto.createDecipheriv("aes-256-gcm", ENC_KEY, buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString("utf8");
}

export function legacyEncrypt(plaintext: string, passphrase: string): string {
  // expect: js.weak-cipher
  const cipher = crypto.createCipher("aes-256-cbc", passphrase);
  return cipher.update(plaintext, "utf8", "hex") + cipher.final("hex");
}

export function encryptCardToken(token: string): string {
  // expect: js.weak-cipher
  const cipher = crypto.createCipheriv("aes-128-ecb", ENC_KEY.subarray(0, 16), null);
  return cipher.update(token, "utf8", "hex") + cipher.final("hex");
}

export function legacyDes(data: Buffer, key: Buffer, iv: Buffer): Buffer {
  // expect: js.weak-cipher
  const c = crypto.createCipheriv("des-ede3-cbc", key, iv);
  return Buffer.concat([c.update(data), c.final()]);
}

export function etag(body: Buffer): string {
  // expect: js.weak-hash-algorithm
  return crypto.createHash("md5").update(body).digest("hex");
}

export function contentHash(body: Buffer): string {
  return crypto.createHash("sha256").update(body).digest("hex");
}

export function gravatarHash(email: string): string {
  // expect: js.weak-hash-algorithm
  return crypto.createHash("sha1").update(email.trim().toLowerCase()).digest("hex");
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function legacyPasswordHash(password: string, salt: string): string {
  // expect: js.password-fast-hash
  return crypto.createHash("sha256").update(salt + password).digest("hex");
}

export function hmacSignature(payload: string): string {
  return crypto.createHmac("sha256", process.env.WEBHOOK_SECRET!).update(payload).digest("hex");
}
