'use strict';
const express = require('express');
const path = require('path');
const fs = require('fs/promises');
const { execFile, exec } = require('child_process');
const escapeHtml = require('escape-html');
const { pool } = require('./db');

const router = express.Router();
const UPLOADS = path.join(__dirname, '..', 'uploads');

function orderBy(column, direction) {
  return ` ORDER BY ${column} ${direction === 'desc' ? 'DESC' : 'ASC'}`;
}

router.get('/products', async (req, res) => {
  const { category, sort = 'name', dir } = req.query;
  let sql = 'SELECT id, name, price FROM products WHERE active = 1';
  const params = [];
  if (category) {
    sql += ' AND category = ?';
    params.push(category);
  }
  sql += orderBy(sort, dir);
  // expect: js.tainted-sql
  const [rows] = await pool.query(sql, params);
  res.json(rows);
});

router.get('/products/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  const [rows] = await pool.query(`SELECT * FROM products WHERE id = ${id}`);
  res.json(rows[0] || null);
});

router.get('/products/:id/reviews', async (req, res) => {
  const [rows] = await pool.query('SELECT body FROM reviews WHERE product_id = ?', [req.params.id]);
  res.json(rows);
});

router.get('/search', (req, res) => {
  const term = req.query.q || '';
  const heading = '<h2>Results for ' + term + '</h2>';
  // expect: js.tainted-html
  res.send(heading + '<ul></ul>');
});

router.get('/search/safe', (req, res) => {
  const term = escapeHtml(req.query.q || '');
  res.send('<h2>Results for ' + term + '</h2>');
});

router.get('/images/:name', async (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  // expect: js.tainted-path
  const data = await fs.readFile(file);
  res.type('png').send(data);
});

router.get('/images/safe/:name', async (req, res) => {
  const file = path.join(UPLOADS, path.basename(req.params.name));
  const data = await fs.readFile(file);
  res.type('png').send(data);
});

router.post('/images/:name/thumbnail', (req, res) => {
  const { width = 128 } = req.body;
  const source = path.join(UPLOADS, path.basename(req.params.name));
  execFile('convert', [source, '-resize', `${Number(width)}x`, source + '.thumb.png'], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

router.post('/imports', (req, res) => {
  const url = req.body.feed;
  const cmd = `curl -sf ${url} | ./bin/import-feed`;
  // expect: js.tainted-command, js.child-process-exec-injection
  exec(cmd, (err, stdout) => res.json({ ok: !err, out: stdout }));
});

router.get('/go', (req, res) => {
  const target = req.query.to;
  // expect: js.tainted-redirect
  res.redirect(target);
});

router.get('/help/:topic', (req, res) => {
  res.redirect('/docs/' + encodeURIComponent(req.params.topic));
});

module.exports = router;
