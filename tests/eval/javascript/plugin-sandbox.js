"use strict";
const vm = require("node:vm");
const serialize = require("node-serialize");
const express = require("express");

const app = express();
app.use(express.json());

const FORMULAS = { tax: (x) => x * 0.2, shipping: (x) => (x > 50 ? 0 : 4.99) };

app.post("/calc", (req, res) => {
  const fn = FORMULAS[req.body.kind];
  if (!fn) return res.status(400).end();
  res.json({ value: fn(Number(req.body.amount)) });
});

app.post("/calc/expr", (req, res) => {
  // expect: js.eval-injection
  const value = eval(req.body.expression);
  res.json({ value });
});

app.post("/calc/fn", (req, res) => {
  // expect: js.eval-injection
  const fn = new Function("x", "return " + req.body.body);
  res.json({ value: fn(Number(req.body.x)) });
});

app.post("/plugins/run", (req, res) => {
  const context = vm.createContext({ result: null });
  // expect: js.vm-code-injection
  vm.runInContext(req.body.source, context, { timeout: 100 });
  res.json({ result: context.result });
});

app.post("/plugins/script", (req, res) => {
  // expect: js.vm-code-injection
  const script = new vm.Script(`result = (${req.body.code})`);
  const ctx = vm.createContext({ result: null });
  script.runInContext(ctx, { timeout: 50 });
  res.json({ result: ctx.result });
});

app.post("/session/restore", (req, res) => {
  const raw = Buffer.from(req.cookies?.profile ?? "", "base64").toString();
  // expect: js.node-serialize-unserialize
  const profile = serialize.unserialize(raw);
  res.json(profile);
});

app.post("/reminders", (req, res) => {
  const msg = String(req.body.message);
  // expect: js.timer-string-code
  setTimeout("notify('" + msg + "')", 1000);
  res.status(202).end();
});

setInterval(() => console.log("heartbeat"), 30_000);
const bootstrapped = vm.runInNewContext("1 + 2", {});

app.listen(4000);
module.exports = { app, bootstrapped };
