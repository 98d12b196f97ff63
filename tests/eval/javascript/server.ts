import express from "express";
import cors from "cors";
import helmet from "helmet";
import session from "express-session";
import https from "node:https";
import axios from "axios";

const app = express();
const allowedOrigins = (process.env.CORS_ORIGINS ?? "https://app.example.com").split(",");

app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use("/api", cors({ origin: allowedOrigins, credentials: true }));

// expect: js.cors-wildcard-credentials
app.use("/partner", cors({ origin: "*", credentials: true }));

app.use("/public", cors());

app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: "lax", maxAge: 8 * 3600 * 1000 },
  }),
);

app.post("/login", (req, res) => {
  const token = issueToken(req.body.email);
  res.cookie("session_token", token, { httpOnly: true, secure: true, sameSite: "strict" });
  res.json({ ok: true });
});

app.post("/preferences", (req, res) => {
  // expect: js.cookie-insecure-flags
  res.cookie("auth", issueToken(req.body.email), { httpOnly: false, secure: true });
  res.json({ ok: true });
});

app.get("/theme/:name", (req, res) => {
  res.cookie("theme", req.params.name, { httpOnly: false, sameSite: "lax" });
  res.end();
});

const partnerAgent = new https.Agent({ ca: process.env.PARTNER_CA_PEM, keepAlive: true });
export const partnerClient = axios.create({ baseURL: process.env.PARTNER_URL, httpsAgent: partnerAgent });

// expect: js.tls-reject-unauthorized
const legacyAgent = new https.Agent({ rejectUnauthorized: false });
export const legacyClient = axios.create({ baseURL: process.env.LEGACY_URL, httpsAgent: legacyAgent });

if (process.env.ALLOW_SELF_SIGNED === "1") {
  // expect: js.tls-env-reject-unauthorized
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

function issueToken(email: string): string {
  return Buffer.from(`${email}:${Date.now()}`).toString("base64url");
}

app.listen(Number(process.env.PORT ?? 3000));
