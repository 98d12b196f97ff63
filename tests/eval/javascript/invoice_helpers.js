// Invoice routes: queries, paths and HTML built by helper functions.
const express = require('express');
const path = require('path');
const { exec } = require('child_process');
const OpenAI = require('openai');
const { pool } = require('./db');

const router = express.Router();
const openai = new OpenAI();
const INVOICE_DIR = '/srv/invoices';
const CURRENCIES = new Set(['EUR', 'USD', 'GBP']);

function invoicesFor(customer) {
  return `SELECT id, total FROM invoices WHERE customer = '${customer}' ORDER BY id`;
}

function currencyOf(value) {
  return CURRENCIES.has(value) ? value : 'EUR';
}

function pdfPath(name) {
  return path.join(INVOICE_DIR, path.basename(name));
}

function renderTitle(title) {
  return '<h1>' + title + '</h1>';
}

function printInvoice(id) {
  // expect: js.child-process-exec-injection
  exec('lp /srv/invoices/' + id + '.pdf');
}

router.get('/invoices', async (req, res) => {
  // expect: js.tainted-sql
  const { rows } = await pool.query(invoicesFor(req.query.customer));
  res.json(rows);
});

router.get('/invoices/by-currency', (req, res) => {
  const currency = currencyOf(req.query.currency);
  res.send('<p>Totals in ' + currency + '</p>');
});

router.get('/invoices/:name/pdf', (req, res) => {
  res.sendFile(pdfPath(req.params.name));
});

router.get('/invoices/:id/title', (req, res) => {
  // expect: js.tainted-html
  res.send(renderTitle(req.query.title));
});

router.post('/invoices/:id/print', (req, res) => {
  // expect: js.tainted-command
  printInvoice(req.body.id);
  res.sendStatus(202);
});

async function draftQuery(question) {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] });
  return completion.choices[0].message.content;
}

// Nightly job: each saved report's description is turned into SQL by the model.
async function runSavedReports(reports) {
  for (const report of reports) {
    const sql = await draftQuery('Postgres query over invoices(id, total, customer) for: ' + report.description);
    // expect: js.llm-output-injection
    const { rows } = await pool.query(sql);
    await pool.query('UPDATE reports SET result = $1 WHERE id = $2', [JSON.stringify(rows), report.id]);
  }
}

module.exports = { router, runSavedReports };
