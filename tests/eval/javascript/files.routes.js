const express = require("express");
const fs = require("node:fs/promises");
const path = require("node:path");
const escapeRegExp = require("lodash/escapeRegExp");

const router = express.Router();
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || "./uploads");
const SAFE_REDIRECTS = new Set(["/dashboard", "/settings", "/billing"]);

router.get("/files/:name", async (req, res) => {
  const target = path.resolve(UPLOAD_DIR, req.params.name);
  if (!target.startsWith(UPLOAD_DIR + path.sep)) return res.status(400).end();
  res.sendFile(target);
});

router.get("/download", async (req, res) => {
  // expect: js.path-traversal-request
  const data = await fs.readFile(path.join(UPLOAD_DIR, req.query.file));
  res.send(data);
});

router.get("/avatar", (req, res) => {
  // expect: js.path-traversal-request, js.tainted-path
  res.sendFile(UPLOAD_DIR + "/avatars/" + req.query.user + ".png");
});

router.delete("/files/:name", async (req, res) => {
  // expect: js.path-traversal-request
  await fs.unlink(`${UPLOAD_DIR}/${req.params.name}`);
  res.status(204).end();
});

router.get("/login/callback", (req, res) => {
  const next = String(req.query.next || "/dashboard");
  res.redirect(SAFE_REDIRECTS.has(next) ? next : "/dashboard");
});

router.get("/logout", (req, res) => {
  // expect: js.open-redirect
  res.redirect(req.query.returnTo);
});

router.get("/out", (req, res) => {
  // expect: js.open-redirect
  res.writeHead(302, { Location: req.query.url });
  res.end();
});

router.get("/search", (req, res) => {
  // expect: js.regexp-request-input
  const re = new RegExp(req.query.pattern, "i");
  res.json(["alpha", "beta", "gamma"].filter((s) => re.test(s)));
});

router.get("/search-literal", (req, res) => {
  const re = new RegExp(escapeRegExp(String(req.query.q || "")), "i");
  res.json(["alpha", "beta", "gamma"].filter((s) => re.test(s)));
});

module.exports = router;
