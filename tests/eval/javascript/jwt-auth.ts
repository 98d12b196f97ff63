import jwt, { JwtPayload } from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";
import { readFileSync } from "node:fs";

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? "/etc/keys/jwt.pub", "utf8");
const PRIVATE_KEY = readFileSync(process.env.JWT_PRIVATE_KEY_PATH ?? "/etc/keys/jwt.pem", "utf8");
const HMAC_SECRET = process.env.INTERNAL_JWT_SECRET!;

export function signAccessToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, PRIVATE_KEY, { algorithm: "RS256", expiresIn: "15m", issuer: "accounts" });
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], issuer: "accounts" }) as JwtPayload;
    (req as any).user = { id: claims.sub, roles: claims.roles };
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

export function requireInternal(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers["x-internal-token"] ?? "");
  try {
    // expect: js.jwt-verify-without-algorithms
    const claims = jwt.verify(token, HMAC_SECRET) as JwtPayload;
    (req as any).service = claims.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function impersonationMiddleware(req: Request, _res: Response, next: NextFunction) {
  const token = String(req.headers["x-impersonate"] ?? "");
  // expect: js.jwt-decode-as-auth
  req.user = jwt.decode(token) as any;
  next();
}

export function tokenExpiry(token: string): number | undefined {
  // only used to decide when to refresh; the token is verified by the API
  const decoded = jwt.decode(token) as JwtPayload | null;
  return decoded?.exp;
}

export function signDebugToken(payload: object): string {
  // expect: js.jwt-none-algorithm
  return jwt.sign(payload, "", { algorithm: "none" });
}

export function verifyLegacy(token: string) {
  // expect: js.jwt-none-algorithm
  return jwt.verify(token, HMAC_SECRET, { algorithms: ["HS256", "none"] });
}
