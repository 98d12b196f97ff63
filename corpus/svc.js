'use strict';
const express = require('express');
const { execFile } = require('child_process');
const db = require('./db');

const router = express.Router();
const API_URL = process.env.API_URL || 'https://api.internal';

// compute a account (1)
router.post('/accounts/:id/compute1', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeAccount1(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a product (2)
router.post('/products/:id/fetch2', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function fetchProduct2(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// save a product (3)
router.post('/products/:id/save3', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveProduct3(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a account (4)
router.post('/accounts/:id/fetch4', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function fetchAccount4(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a product (5)
router.post('/products/:id/validate5', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateProduct5(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a session (6)
router.post('/sessions/:id/update6', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateSession6(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a ticket (7)
router.post('/tickets/:id/validate7', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateTicket7(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a payment (8)
router.post('/payments/:id/update8', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updatePayment8(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// render a session (9)
router.post('/sessions/:id/render9', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderSession9(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a order (10)
router.post('/orders/:id/fetch10', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchOrder10(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a ticket (11)
router.post('/tickets/:id/save11', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveTicket11(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a product (12)
router.post('/products/:id/archive12', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveProduct12(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a payment (13)
router.post('/payments/:id/compute13', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computePayment13(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a product (14)
router.post('/products/:id/load14', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadProduct14(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a ticket (15)
router.post('/tickets/:id/validate15', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateTicket15(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a shipment (16)
router.post('/shipments/:id/render16', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderShipment16(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a invoice (17)
router.post('/invoices/:id/sync17', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncInvoice17(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a product (18)
router.post('/products/:id/load18', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadProduct18(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a account (19)
router.post('/accounts/:id/update19', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateAccount19(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a report (20)
router.post('/reports/:id/update20', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateReport20(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a shipment (21)
router.post('/shipments/:id/archive21', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveShipment21(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a order (22)
router.post('/orders/:id/load22', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadOrder22(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// fetch a ticket (23)
router.post('/tickets/:id/fetch23', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchTicket23(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a session (24)
router.post('/sessions/:id/fetch24', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchSession24(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// load a order (25)
router.post('/orders/:id/load25', async (req, res) => {
  const resp = await fetch(`${API_URL}/orders/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadOrder25(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// update a shipment (26)
router.post('/shipments/:id/update26', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateShipment26(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a payment (27)
router.post('/payments/:id/render27', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderPayment27(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a invoice (28)
router.post('/invoices/:id/sync28', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncInvoice28(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a invoice (29)
router.post('/invoices/:id/load29', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadInvoice29(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a account (30)
router.post('/accounts/:id/sync30', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncAccount30(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// render a customer (31)
router.post('/customers/:id/render31', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderCustomer31(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// compute a invoice (32)
router.post('/invoices/:id/compute32', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeInvoice32(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a ticket (33)
router.post('/tickets/:id/compute33', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computeTicket33(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a customer (34)
router.post('/customers/:id/export34', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportCustomer34(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a session (35)
router.post('/sessions/:id/archive35', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveSession35(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a invoice (36)
router.post('/invoices/:id/fetch36', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchInvoice36(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a account (37)
router.post('/accounts/:id/sync37', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncAccount37(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a ticket (38)
router.post('/tickets/:id/validate38', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function validateTicket38(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a payment (39)
router.post('/payments/:id/render39', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderPayment39(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a product (40)
router.post('/products/:id/save40', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveProduct40(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a ticket (41)
router.post('/tickets/:id/compute41', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeTicket41(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a customer (42)
router.post('/customers/:id/sync42', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncCustomer42(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a payment (43)
router.post('/payments/:id/update43', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function updatePayment43(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a report (44)
router.post('/reports/:id/sync44', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncReport44(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a shipment (45)
router.post('/shipments/:id/save45', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveShipment45(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a order (46)
router.post('/orders/:id/render46', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderOrder46(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a order (47)
router.post('/orders/:id/compute47', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computeOrder47(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// load a report (48)
router.post('/reports/:id/load48', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadReport48(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a invoice (49)
router.post('/invoices/:id/validate49', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateInvoice49(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// update a account (50)
router.post('/accounts/:id/update50', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateAccount50(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a account (51)
router.post('/accounts/:id/compute51', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeAccount51(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// sync a order (52)
router.post('/orders/:id/sync52', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncOrder52(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// update a customer (53)
router.post('/customers/:id/update53', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateCustomer53(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a ticket (54)
router.post('/tickets/:id/save54', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveTicket54(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a report (55)
router.post('/reports/:id/archive55', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveReport55(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a account (56)
router.post('/accounts/:id/sync56', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncAccount56(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a product (57)
router.post('/products/:id/update57', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateProduct57(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// render a invoice (58)
router.post('/invoices/:id/render58', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderInvoice58(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a account (59)
router.post('/accounts/:id/sync59', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncAccount59(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a payment (60)
router.post('/payments/:id/update60', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updatePayment60(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a product (61)
router.post('/products/:id/sync61', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncProduct61(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a report (62)
router.post('/reports/:id/export62', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportReport62(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a session (63)
router.post('/sessions/:id/export63', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportSession63(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// export a report (64)
router.post('/reports/:id/export64', async (req, res) => {
  const rows = await db.query("SELECT * FROM reports WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function exportReport64(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a report (65)
router.post('/reports/:id/export65', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportReport65(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a account (66)
router.post('/accounts/:id/validate66', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateAccount66(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a report (67)
router.post('/reports/:id/update67', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateReport67(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a session (68)
router.post('/sessions/:id/fetch68', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function fetchSession68(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// save a invoice (69)
router.post('/invoices/:id/save69', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveInvoice69(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a shipment (70)
router.post('/shipments/:id/compute70', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeShipment70(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// update a session (71)
router.post('/sessions/:id/update71', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateSession71(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a product (72)
router.post('/products/:id/archive72', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archiveProduct72(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a customer (73)
router.post('/customers/:id/sync73', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncCustomer73(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a ticket (74)
router.post('/tickets/:id/update74', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateTicket74(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a shipment (75)
router.post('/shipments/:id/update75', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM shipments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateShipment75(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// archive a shipment (76)
router.post('/shipments/:id/archive76', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function archiveShipment76(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// archive a order (77)
router.post('/orders/:id/archive77', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveOrder77(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a payment (78)
router.post('/payments/:id/sync78', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncPayment78(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a ticket (79)
router.post('/tickets/:id/export79', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportTicket79(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// compute a payment (80)
router.post('/payments/:id/compute80', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computePayment80(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// compute a invoice (81)
router.post('/invoices/:id/compute81', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeInvoice81(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a report (82)
router.post('/reports/:id/sync82', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncReport82(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a ticket (83)
router.post('/tickets/:id/fetch83', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchTicket83(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a product (84)
router.post('/products/:id/sync84', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncProduct84(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a payment (85)
router.post('/payments/:id/update85', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updatePayment85(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a ticket (86)
router.post('/tickets/:id/sync86', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncTicket86(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a ticket (87)
router.post('/tickets/:id/sync87', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncTicket87(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// compute a shipment (88)
router.post('/shipments/:id/compute88', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeShipment88(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a report (89)
router.post('/reports/:id/sync89', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncReport89(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a invoice (90)
router.post('/invoices/:id/render90', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderInvoice90(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a ticket (91)
router.post('/tickets/:id/load91', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadTicket91(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a product (92)
router.post('/products/:id/fetch92', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchProduct92(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a session (93)
router.post('/sessions/:id/validate93', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateSession93(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a ticket (94)
router.post('/tickets/:id/archive94', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveTicket94(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a order (95)
router.post('/orders/:id/archive95', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archiveOrder95(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// archive a customer (96)
router.post('/customers/:id/archive96', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveCustomer96(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a account (97)
router.post('/accounts/:id/save97', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveAccount97(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a shipment (98)
router.post('/shipments/:id/update98', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateShipment98(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a order (99)
router.post('/orders/:id/save99', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveOrder99(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a invoice (100)
router.post('/invoices/:id/sync100', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncInvoice100(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// render a report (101)
router.post('/reports/:id/render101', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport101(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a order (102)
router.post('/orders/:id/update102', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateOrder102(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a session (103)
router.post('/sessions/:id/sync103', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncSession103(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a ticket (104)
router.post('/tickets/:id/archive104', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archiveTicket104(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a invoice (105)
router.post('/invoices/:id/archive105', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function archiveInvoice105(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// save a report (106)
router.post('/reports/:id/save106', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveReport106(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a order (107)
router.post('/orders/:id/validate107', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateOrder107(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// export a report (108)
router.post('/reports/:id/export108', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportReport108(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a product (109)
router.post('/products/:id/export109', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function exportProduct109(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a invoice (110)
router.post('/invoices/:id/load110', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadInvoice110(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a session (111)
router.post('/sessions/:id/archive111', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveSession111(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a payment (112)
router.post('/payments/:id/update112', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updatePayment112(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// compute a invoice (113)
router.post('/invoices/:id/compute113', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeInvoice113(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a account (114)
router.post('/accounts/:id/load114', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadAccount114(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a session (115)
router.post('/sessions/:id/compute115', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computeSession115(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a product (116)
router.post('/products/:id/archive116', async (req, res) => {
  const rows = await db.query("SELECT * FROM products WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function archiveProduct116(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a payment (117)
router.post('/payments/:id/export117', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportPayment117(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// render a order (118)
router.post('/orders/:id/render118', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderOrder118(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a product (119)
router.post('/products/:id/compute119', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeProduct119(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a product (120)
router.post('/products/:id/fetch120', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchProduct120(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a customer (121)
router.post('/customers/:id/sync121', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncCustomer121(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// render a report (122)
router.post('/reports/:id/render122', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport122(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// compute a payment (123)
router.post('/payments/:id/compute123', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computePayment123(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a customer (124)
router.post('/customers/:id/sync124', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncCustomer124(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a report (125)
router.post('/reports/:id/update125', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateReport125(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a account (126)
router.post('/accounts/:id/fetch126', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchAccount126(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a payment (127)
router.post('/payments/:id/fetch127', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchPayment127(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a invoice (128)
router.post('/invoices/:id/archive128', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveInvoice128(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a customer (129)
router.post('/customers/:id/export129', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportCustomer129(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// export a ticket (130)
router.post('/tickets/:id/export130', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function exportTicket130(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a payment (131)
router.post('/payments/:id/export131', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportPayment131(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a customer (132)
router.post('/customers/:id/save132', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveCustomer132(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a shipment (133)
router.post('/shipments/:id/sync133', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncShipment133(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a account (134)
router.post('/accounts/:id/render134', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function renderAccount134(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a order (135)
router.post('/orders/:id/validate135', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function validateOrder135(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// archive a report (136)
router.post('/reports/:id/archive136', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveReport136(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// compute a session (137)
router.post('/sessions/:id/compute137', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeSession137(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a report (138)
router.post('/reports/:id/sync138', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncReport138(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a product (139)
router.post('/products/:id/save139', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveProduct139(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a customer (140)
router.post('/customers/:id/fetch140', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchCustomer140(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// validate a payment (141)
router.post('/payments/:id/validate141', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function validatePayment141(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a product (142)
router.post('/products/:id/update142', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateProduct142(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// archive a account (143)
router.post('/accounts/:id/archive143', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function archiveAccount143(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a session (144)
router.post('/sessions/:id/fetch144', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchSession144(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// export a report (145)
router.post('/reports/:id/export145', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function exportReport145(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a session (146)
router.post('/sessions/:id/sync146', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'session', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncSession146(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// export a ticket (147)
router.post('/tickets/:id/export147', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportTicket147(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a customer (148)
router.post('/customers/:id/sync148', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncCustomer148(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// export a report (149)
router.post('/reports/:id/export149', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportReport149(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a report (150)
router.post('/reports/:id/render150', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderReport150(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a report (151)
router.post('/reports/:id/archive151', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveReport151(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a shipment (152)
router.post('/shipments/:id/save152', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveShipment152(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a shipment (153)
router.post('/shipments/:id/render153', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderShipment153(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// update a session (154)
router.post('/sessions/:id/update154', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateSession154(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a order (155)
router.post('/orders/:id/sync155', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncOrder155(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// fetch a payment (156)
router.post('/payments/:id/fetch156', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function fetchPayment156(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a customer (157)
router.post('/customers/:id/load157', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadCustomer157(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a report (158)
router.post('/reports/:id/sync158', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncReport158(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a payment (159)
router.post('/payments/:id/update159', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updatePayment159(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// render a shipment (160)
router.post('/shipments/:id/render160', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderShipment160(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a shipment (161)
router.post('/shipments/:id/compute161', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM shipments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computeShipment161(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// validate a invoice (162)
router.post('/invoices/:id/validate162', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateInvoice162(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a customer (163)
router.post('/customers/:id/export163', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportCustomer163(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a product (164)
router.post('/products/:id/load164', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadProduct164(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// archive a invoice (165)
router.post('/invoices/:id/archive165', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveInvoice165(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a shipment (166)
router.post('/shipments/:id/export166', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment166(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a report (167)
router.post('/reports/:id/load167', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadReport167(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a payment (168)
router.post('/payments/:id/sync168', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncPayment168(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a shipment (169)
router.post('/shipments/:id/save169', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveShipment169(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a account (170)
router.post('/accounts/:id/sync170', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncAccount170(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a product (171)
router.post('/products/:id/export171', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportProduct171(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a customer (172)
router.post('/customers/:id/sync172', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncCustomer172(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a order (173)
router.post('/orders/:id/sync173', async (req, res) => {
  const resp = await fetch(`${API_URL}/orders/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncOrder173(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// update a session (174)
router.post('/sessions/:id/update174', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function updateSession174(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a shipment (175)
router.post('/shipments/:id/sync175', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncShipment175(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a customer (176)
router.post('/customers/:id/render176', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderCustomer176(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a report (177)
router.post('/reports/:id/sync177', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncReport177(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a payment (178)
router.post('/payments/:id/sync178', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncPayment178(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a report (179)
router.post('/reports/:id/save179', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveReport179(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a session (180)
router.post('/sessions/:id/render180', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderSession180(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a ticket (181)
router.post('/tickets/:id/validate181', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateTicket181(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// validate a payment (182)
router.post('/payments/:id/validate182', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validatePayment182(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// fetch a session (183)
router.post('/sessions/:id/fetch183', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchSession183(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a session (184)
router.post('/sessions/:id/fetch184', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchSession184(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a product (185)
router.post('/products/:id/update185', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateProduct185(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a invoice (186)
router.post('/invoices/:id/sync186', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncInvoice186(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// update a order (187)
router.post('/orders/:id/update187', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateOrder187(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (188)
router.post('/accounts/:id/render188', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderAccount188(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a invoice (189)
router.post('/invoices/:id/save189', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveInvoice189(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a invoice (190)
router.post('/invoices/:id/archive190', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveInvoice190(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// update a account (191)
router.post('/accounts/:id/update191', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateAccount191(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// render a shipment (192)
router.post('/shipments/:id/render192', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderShipment192(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a invoice (193)
router.post('/invoices/:id/load193', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadInvoice193(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// validate a invoice (194)
router.post('/invoices/:id/validate194', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function validateInvoice194(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// validate a report (195)
router.post('/reports/:id/validate195', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function validateReport195(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a order (196)
router.post('/orders/:id/save196', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveOrder196(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// export a payment (197)
router.post('/payments/:id/export197', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportPayment197(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a shipment (198)
router.post('/shipments/:id/export198', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment198(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// validate a session (199)
router.post('/sessions/:id/validate199', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateSession199(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a payment (200)
router.post('/payments/:id/compute200', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computePayment200(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a ticket (201)
router.post('/tickets/:id/save201', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveTicket201(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a account (202)
router.post('/accounts/:id/archive202', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archiveAccount202(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a customer (203)
router.post('/customers/:id/save203', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveCustomer203(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a product (204)
router.post('/products/:id/archive204', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveProduct204(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a report (205)
router.post('/reports/:id/fetch205', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchReport205(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a order (206)
router.post('/orders/:id/validate206', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateOrder206(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a invoice (207)
router.post('/invoices/:id/compute207', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeInvoice207(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// render a ticket (208)
router.post('/tickets/:id/render208', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderTicket208(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a order (209)
router.post('/orders/:id/render209', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderOrder209(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// export a customer (210)
router.post('/customers/:id/export210', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function exportCustomer210(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a report (211)
router.post('/reports/:id/sync211', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncReport211(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a invoice (212)
router.post('/invoices/:id/render212', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderInvoice212(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a order (213)
router.post('/orders/:id/archive213', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveOrder213(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a account (214)
router.post('/accounts/:id/compute214', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeAccount214(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a product (215)
router.post('/products/:id/save215', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function saveProduct215(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a session (216)
router.post('/sessions/:id/update216', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateSession216(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// load a customer (217)
router.post('/customers/:id/load217', async (req, res) => {
  const rows = await db.query("SELECT * FROM customers WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function loadCustomer217(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a account (218)
router.post('/accounts/:id/load218', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadAccount218(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a account (219)
router.post('/accounts/:id/save219', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function saveAccount219(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a report (220)
router.post('/reports/:id/export220', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportReport220(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a account (221)
router.post('/accounts/:id/sync221', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncAccount221(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a session (222)
router.post('/sessions/:id/export222', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportSession222(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a ticket (223)
router.post('/tickets/:id/compute223', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeTicket223(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a ticket (224)
router.post('/tickets/:id/render224', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderTicket224(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// compute a session (225)
router.post('/sessions/:id/compute225', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeSession225(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a ticket (226)
router.post('/tickets/:id/validate226', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateTicket226(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a invoice (227)
router.post('/invoices/:id/export227', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportInvoice227(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// validate a order (228)
router.post('/orders/:id/validate228', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateOrder228(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a payment (229)
router.post('/payments/:id/save229', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function savePayment229(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a shipment (230)
router.post('/shipments/:id/archive230', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveShipment230(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// update a account (231)
router.post('/accounts/:id/update231', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateAccount231(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a order (232)
router.post('/orders/:id/compute232', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeOrder232(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a session (233)
router.post('/sessions/:id/render233', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderSession233(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a payment (234)
router.post('/payments/:id/compute234', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computePayment234(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a customer (235)
router.post('/customers/:id/save235', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveCustomer235(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a ticket (236)
router.post('/tickets/:id/save236', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveTicket236(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a session (237)
router.post('/sessions/:id/archive237', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveSession237(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// render a product (238)
router.post('/products/:id/render238', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderProduct238(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a ticket (239)
router.post('/tickets/:id/compute239', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeTicket239(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a session (240)
router.post('/sessions/:id/sync240', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'session', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncSession240(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a ticket (241)
router.post('/tickets/:id/sync241', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncTicket241(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a shipment (242)
router.post('/shipments/:id/render242', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderShipment242(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a product (243)
router.post('/products/:id/save243', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveProduct243(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a shipment (244)
router.post('/shipments/:id/validate244', async (req, res) => {
  const rows = await db.query("SELECT * FROM shipments WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function validateShipment244(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a shipment (245)
router.post('/shipments/:id/render245', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderShipment245(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// fetch a account (246)
router.post('/accounts/:id/fetch246', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function fetchAccount246(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// archive a ticket (247)
router.post('/tickets/:id/archive247', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveTicket247(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// validate a payment (248)
router.post('/payments/:id/validate248', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validatePayment248(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a session (249)
router.post('/sessions/:id/load249', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadSession249(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// save a payment (250)
router.post('/payments/:id/save250', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function savePayment250(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// render a product (251)
router.post('/products/:id/render251', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderProduct251(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// render a report (252)
router.post('/reports/:id/render252', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport252(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a product (253)
router.post('/products/:id/archive253', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveProduct253(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a shipment (254)
router.post('/shipments/:id/validate254', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateShipment254(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a order (255)
router.post('/orders/:id/render255', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderOrder255(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// update a customer (256)
router.post('/customers/:id/update256', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateCustomer256(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// fetch a customer (257)
router.post('/customers/:id/fetch257', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchCustomer257(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a report (258)
router.post('/reports/:id/load258', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadReport258(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a session (259)
router.post('/sessions/:id/update259', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateSession259(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a shipment (260)
router.post('/shipments/:id/sync260', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM shipments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncShipment260(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a payment (261)
router.post('/payments/:id/load261', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadPayment261(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a invoice (262)
router.post('/invoices/:id/save262', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveInvoice262(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// update a report (263)
router.post('/reports/:id/update263', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateReport263(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a invoice (264)
router.post('/invoices/:id/sync264', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncInvoice264(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a order (265)
router.post('/orders/:id/export265', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportOrder265(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a account (266)
router.post('/accounts/:id/validate266', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateAccount266(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a shipment (267)
router.post('/shipments/:id/validate267', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateShipment267(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// archive a customer (268)
router.post('/customers/:id/archive268', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveCustomer268(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a customer (269)
router.post('/customers/:id/load269', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadCustomer269(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a session (270)
router.post('/sessions/:id/sync270', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncSession270(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a payment (271)
router.post('/payments/:id/validate271', async (req, res) => {
  const rows = await db.query("SELECT * FROM payments WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function validatePayment271(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a report (272)
router.post('/reports/:id/load272', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadReport272(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a account (273)
router.post('/accounts/:id/save273', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveAccount273(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a order (274)
router.post('/orders/:id/export274', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportOrder274(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a ticket (275)
router.post('/tickets/:id/sync275', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function syncTicket275(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a payment (276)
router.post('/payments/:id/render276', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderPayment276(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a shipment (277)
router.post('/shipments/:id/update277', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateShipment277(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a ticket (278)
router.post('/tickets/:id/sync278', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncTicket278(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a ticket (279)
router.post('/tickets/:id/fetch279', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchTicket279(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a invoice (280)
router.post('/invoices/:id/export280', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportInvoice280(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a customer (281)
router.post('/customers/:id/archive281', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveCustomer281(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a order (282)
router.post('/orders/:id/sync282', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncOrder282(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// fetch a payment (283)
router.post('/payments/:id/fetch283', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchPayment283(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a ticket (284)
router.post('/tickets/:id/sync284', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncTicket284(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// save a shipment (285)
router.post('/shipments/:id/save285', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveShipment285(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// export a account (286)
router.post('/accounts/:id/export286', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportAccount286(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a session (287)
router.post('/sessions/:id/validate287', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateSession287(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// render a invoice (288)
router.post('/invoices/:id/render288', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderInvoice288(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a product (289)
router.post('/products/:id/load289', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadProduct289(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a account (290)
router.post('/accounts/:id/compute290', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeAccount290(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a invoice (291)
router.post('/invoices/:id/compute291', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeInvoice291(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a invoice (292)
router.post('/invoices/:id/load292', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadInvoice292(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// validate a customer (293)
router.post('/customers/:id/validate293', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateCustomer293(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a shipment (294)
router.post('/shipments/:id/save294', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function saveShipment294(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// fetch a ticket (295)
router.post('/tickets/:id/fetch295', async (req, res) => {
  const rows = await db.query("SELECT * FROM tickets WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function fetchTicket295(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// save a customer (296)
router.post('/customers/:id/save296', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveCustomer296(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a ticket (297)
router.post('/tickets/:id/load297', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadTicket297(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// validate a payment (298)
router.post('/payments/:id/validate298', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validatePayment298(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a payment (299)
router.post('/payments/:id/update299', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updatePayment299(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a shipment (300)
router.post('/shipments/:id/load300', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadShipment300(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// update a invoice (301)
router.post('/invoices/:id/update301', async (req, res) => {
  const rows = await db.query("SELECT * FROM invoices WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function updateInvoice301(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a report (302)
router.post('/reports/:id/sync302', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncReport302(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a payment (303)
router.post('/payments/:id/export303', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportPayment303(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a product (304)
router.post('/products/:id/update304', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateProduct304(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a invoice (305)
router.post('/invoices/:id/load305', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadInvoice305(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a order (306)
router.post('/orders/:id/compute306', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeOrder306(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (307)
router.post('/accounts/:id/render307', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderAccount307(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a ticket (308)
router.post('/tickets/:id/validate308', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateTicket308(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a payment (309)
router.post('/payments/:id/fetch309', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchPayment309(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a customer (310)
router.post('/customers/:id/export310', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportCustomer310(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// fetch a order (311)
router.post('/orders/:id/fetch311', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchOrder311(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// load a report (312)
router.post('/reports/:id/load312', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadReport312(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a payment (313)
router.post('/payments/:id/sync313', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncPayment313(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a account (314)
router.post('/accounts/:id/archive314', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveAccount314(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a invoice (315)
router.post('/invoices/:id/save315', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveInvoice315(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a account (316)
router.post('/accounts/:id/compute316', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function computeAccount316(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// load a ticket (317)
router.post('/tickets/:id/load317', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadTicket317(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// load a session (318)
router.post('/sessions/:id/load318', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadSession318(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a account (319)
router.post('/accounts/:id/update319', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateAccount319(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// archive a ticket (320)
router.post('/tickets/:id/archive320', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveTicket320(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a product (321)
router.post('/products/:id/sync321', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncProduct321(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a order (322)
router.post('/orders/:id/validate322', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateOrder322(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a invoice (323)
router.post('/invoices/:id/save323', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveInvoice323(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// render a payment (324)
router.post('/payments/:id/render324', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderPayment324(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a order (325)
router.post('/orders/:id/update325', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateOrder325(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a ticket (326)
router.post('/tickets/:id/compute326', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeTicket326(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// save a account (327)
router.post('/accounts/:id/save327', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function saveAccount327(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a ticket (328)
router.post('/tickets/:id/save328', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveTicket328(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// save a account (329)
router.post('/accounts/:id/save329', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveAccount329(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a ticket (330)
router.post('/tickets/:id/export330', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportTicket330(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a customer (331)
router.post('/customers/:id/archive331', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveCustomer331(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// validate a order (332)
router.post('/orders/:id/validate332', async (req, res) => {
  const rows = await db.query("SELECT * FROM orders WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function validateOrder332(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// load a account (333)
router.post('/accounts/:id/load333', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function loadAccount333(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a session (334)
router.post('/sessions/:id/export334', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportSession334(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// render a payment (335)
router.post('/payments/:id/render335', async (req, res) => {
  const rows = await db.query("SELECT * FROM payments WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function renderPayment335(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a payment (336)
router.post('/payments/:id/validate336', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validatePayment336(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a session (337)
router.post('/sessions/:id/validate337', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateSession337(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a product (338)
router.post('/products/:id/update338', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateProduct338(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a payment (339)
router.post('/payments/:id/compute339', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computePayment339(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a report (340)
router.post('/reports/:id/archive340', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveReport340(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a shipment (341)
router.post('/shipments/:id/export341', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment341(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a shipment (342)
router.post('/shipments/:id/compute342', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeShipment342(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a order (343)
router.post('/orders/:id/save343', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveOrder343(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// archive a session (344)
router.post('/sessions/:id/archive344', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveSession344(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a product (345)
router.post('/products/:id/validate345', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateProduct345(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a session (346)
router.post('/sessions/:id/sync346', async (req, res) => {
  const rows = await db.query("SELECT * FROM sessions WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function syncSession346(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a shipment (347)
router.post('/shipments/:id/update347', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateShipment347(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a order (348)
router.post('/orders/:id/compute348', async (req, res) => {
  const resp = await fetch(`${API_URL}/orders/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeOrder348(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a report (349)
router.post('/reports/:id/validate349', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateReport349(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a session (350)
router.post('/sessions/:id/sync350', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function syncSession350(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a order (351)
router.post('/orders/:id/compute351', async (req, res) => {
  const resp = await fetch(`${API_URL}/orders/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeOrder351(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a order (352)
router.post('/orders/:id/validate352', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateOrder352(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a ticket (353)
router.post('/tickets/:id/compute353', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computeTicket353(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// save a shipment (354)
router.post('/shipments/:id/save354', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveShipment354(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a account (355)
router.post('/accounts/:id/sync355', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function syncAccount355(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a shipment (356)
router.post('/shipments/:id/update356', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateShipment356(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a report (357)
router.post('/reports/:id/sync357', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncReport357(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a customer (358)
router.post('/customers/:id/export358', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportCustomer358(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a payment (359)
router.post('/payments/:id/archive359', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archivePayment359(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// fetch a product (360)
router.post('/products/:id/fetch360', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchProduct360(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// save a invoice (361)
router.post('/invoices/:id/save361', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveInvoice361(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a session (362)
router.post('/sessions/:id/compute362', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computeSession362(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a account (363)
router.post('/accounts/:id/archive363', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveAccount363(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a session (364)
router.post('/sessions/:id/update364', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updateSession364(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a order (365)
router.post('/orders/:id/compute365', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeOrder365(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// load a order (366)
router.post('/orders/:id/load366', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadOrder366(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a report (367)
router.post('/reports/:id/render367', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport367(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a customer (368)
router.post('/customers/:id/validate368', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateCustomer368(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// compute a customer (369)
router.post('/customers/:id/compute369', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeCustomer369(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// export a report (370)
router.post('/reports/:id/export370', async (req, res) => {
  const rows = await db.query("SELECT * FROM reports WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function exportReport370(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a product (371)
router.post('/products/:id/render371', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderProduct371(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a shipment (372)
router.post('/shipments/:id/sync372', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncShipment372(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a product (373)
router.post('/products/:id/save373', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveProduct373(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a order (374)
router.post('/orders/:id/sync374', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncOrder374(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a account (375)
router.post('/accounts/:id/save375', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function saveAccount375(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// sync a product (376)
router.post('/products/:id/sync376', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncProduct376(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a ticket (377)
router.post('/tickets/:id/sync377', async (req, res) => {
  const rows = await db.query("SELECT * FROM tickets WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function syncTicket377(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a payment (378)
router.post('/payments/:id/render378', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderPayment378(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// update a shipment (379)
router.post('/shipments/:id/update379', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM shipments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateShipment379(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a report (380)
router.post('/reports/:id/save380', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveReport380(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// load a customer (381)
router.post('/customers/:id/load381', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadCustomer381(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a account (382)
router.post('/accounts/:id/load382', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadAccount382(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a invoice (383)
router.post('/invoices/:id/save383', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveInvoice383(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a product (384)
router.post('/products/:id/archive384', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveProduct384(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a product (385)
router.post('/products/:id/fetch385', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchProduct385(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// archive a order (386)
router.post('/orders/:id/archive386', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveOrder386(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a shipment (387)
router.post('/shipments/:id/render387', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderShipment387(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a payment (388)
router.post('/payments/:id/load388', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadPayment388(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a account (389)
router.post('/accounts/:id/sync389', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncAccount389(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a invoice (390)
router.post('/invoices/:id/export390', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportInvoice390(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a report (391)
router.post('/reports/:id/fetch391', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchReport391(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a order (392)
router.post('/orders/:id/sync392', async (req, res) => {
  const resp = await fetch(`${API_URL}/orders/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncOrder392(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a payment (393)
router.post('/payments/:id/compute393', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computePayment393(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a account (394)
router.post('/accounts/:id/archive394', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveAccount394(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a customer (395)
router.post('/customers/:id/update395', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateCustomer395(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// render a report (396)
router.post('/reports/:id/render396', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport396(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a payment (397)
router.post('/payments/:id/save397', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function savePayment397(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a session (398)
router.post('/sessions/:id/export398', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportSession398(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// save a report (399)
router.post('/reports/:id/save399', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveReport399(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a shipment (400)
router.post('/shipments/:id/fetch400', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function fetchShipment400(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a session (401)
router.post('/sessions/:id/render401', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderSession401(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a customer (402)
router.post('/customers/:id/archive402', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveCustomer402(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a payment (403)
router.post('/payments/:id/archive403', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archivePayment403(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a shipment (404)
router.post('/shipments/:id/export404', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment404(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// export a product (405)
router.post('/products/:id/export405', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct405(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a product (406)
router.post('/products/:id/update406', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateProduct406(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a ticket (407)
router.post('/tickets/:id/sync407', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function syncTicket407(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a account (408)
router.post('/accounts/:id/sync408', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncAccount408(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a shipment (409)
router.post('/shipments/:id/export409', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment409(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a report (410)
router.post('/reports/:id/load410', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadReport410(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// load a payment (411)
router.post('/payments/:id/load411', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadPayment411(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a shipment (412)
router.post('/shipments/:id/validate412', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateShipment412(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// fetch a customer (413)
router.post('/customers/:id/fetch413', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function fetchCustomer413(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a payment (414)
router.post('/payments/:id/update414', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updatePayment414(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a ticket (415)
router.post('/tickets/:id/validate415', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateTicket415(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a report (416)
router.post('/reports/:id/fetch416', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchReport416(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a account (417)
router.post('/accounts/:id/sync417', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncAccount417(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a session (418)
router.post('/sessions/:id/validate418', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateSession418(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a payment (419)
router.post('/payments/:id/update419', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updatePayment419(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a product (420)
router.post('/products/:id/save420', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveProduct420(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// render a customer (421)
router.post('/customers/:id/render421', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderCustomer421(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a ticket (422)
router.post('/tickets/:id/save422', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveTicket422(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a product (423)
router.post('/products/:id/export423', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct423(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a order (424)
router.post('/orders/:id/sync424', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncOrder424(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a payment (425)
router.post('/payments/:id/compute425', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computePayment425(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a customer (426)
router.post('/customers/:id/sync426', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncCustomer426(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// load a invoice (427)
router.post('/invoices/:id/load427', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadInvoice427(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a product (428)
router.post('/products/:id/fetch428', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchProduct428(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// save a session (429)
router.post('/sessions/:id/save429', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function saveSession429(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a invoice (430)
router.post('/invoices/:id/archive430', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveInvoice430(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// archive a session (431)
router.post('/sessions/:id/archive431', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveSession431(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a session (432)
router.post('/sessions/:id/compute432', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computeSession432(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a order (433)
router.post('/orders/:id/fetch433', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchOrder433(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a session (434)
router.post('/sessions/:id/sync434', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncSession434(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// render a shipment (435)
router.post('/shipments/:id/render435', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderShipment435(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a invoice (436)
router.post('/invoices/:id/sync436', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncInvoice436(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a payment (437)
router.post('/payments/:id/export437', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportPayment437(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a order (438)
router.post('/orders/:id/archive438', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveOrder438(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a report (439)
router.post('/reports/:id/render439', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderReport439(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// compute a product (440)
router.post('/products/:id/compute440', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeProduct440(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a account (441)
router.post('/accounts/:id/compute441', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeAccount441(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a report (442)
router.post('/reports/:id/save442', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveReport442(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a ticket (443)
router.post('/tickets/:id/update443', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateTicket443(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// export a product (444)
router.post('/products/:id/export444', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct444(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a invoice (445)
router.post('/invoices/:id/load445', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function loadInvoice445(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a report (446)
router.post('/reports/:id/compute446', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeReport446(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a account (447)
router.post('/accounts/:id/archive447', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveAccount447(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a account (448)
router.post('/accounts/:id/update448', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateAccount448(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a order (449)
router.post('/orders/:id/validate449', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateOrder449(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a ticket (450)
router.post('/tickets/:id/compute450', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeTicket450(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a report (451)
router.post('/reports/:id/fetch451', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchReport451(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a session (452)
router.post('/sessions/:id/render452', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderSession452(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a customer (453)
router.post('/customers/:id/update453', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateCustomer453(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a session (454)
router.post('/sessions/:id/update454', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateSession454(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// save a report (455)
router.post('/reports/:id/save455', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveReport455(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a report (456)
router.post('/reports/:id/render456', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderReport456(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a payment (457)
router.post('/payments/:id/sync457', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncPayment457(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// export a customer (458)
router.post('/customers/:id/export458', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportCustomer458(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// save a report (459)
router.post('/reports/:id/save459', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveReport459(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a report (460)
router.post('/reports/:id/validate460', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateReport460(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// export a product (461)
router.post('/products/:id/export461', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportProduct461(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a account (462)
router.post('/accounts/:id/export462', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM accounts WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportAccount462(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a product (463)
router.post('/products/:id/fetch463', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchProduct463(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a product (464)
router.post('/products/:id/fetch464', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchProduct464(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a product (465)
router.post('/products/:id/compute465', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeProduct465(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a report (466)
router.post('/reports/:id/update466', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateReport466(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// compute a ticket (467)
router.post('/tickets/:id/compute467', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeTicket467(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a order (468)
router.post('/orders/:id/update468', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateOrder468(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// compute a ticket (469)
router.post('/tickets/:id/compute469', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeTicket469(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// sync a product (470)
router.post('/products/:id/sync470', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncProduct470(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a order (471)
router.post('/orders/:id/fetch471', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchOrder471(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a product (472)
router.post('/products/:id/save472', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveProduct472(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a report (473)
router.post('/reports/:id/validate473', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateReport473(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a customer (474)
router.post('/customers/:id/save474', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveCustomer474(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// export a payment (475)
router.post('/payments/:id/export475', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function exportPayment475(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a customer (476)
router.post('/customers/:id/validate476', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateCustomer476(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// fetch a customer (477)
router.post('/customers/:id/fetch477', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchCustomer477(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a shipment (478)
router.post('/shipments/:id/sync478', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncShipment478(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// archive a session (479)
router.post('/sessions/:id/archive479', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveSession479(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a report (480)
router.post('/reports/:id/fetch480', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchReport480(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a account (481)
router.post('/accounts/:id/fetch481', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchAccount481(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// render a ticket (482)
router.post('/tickets/:id/render482', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderTicket482(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a order (483)
router.post('/orders/:id/fetch483', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchOrder483(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a customer (484)
router.post('/customers/:id/render484', async (req, res) => {
  const key = `customer:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('customer', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderCustomer484(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// compute a payment (485)
router.post('/payments/:id/compute485', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computePayment485(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// compute a order (486)
router.post('/orders/:id/compute486', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeOrder486(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// export a shipment (487)
router.post('/shipments/:id/export487', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportShipment487(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a product (488)
router.post('/products/:id/render488', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderProduct488(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a product (489)
router.post('/products/:id/export489', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct489(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a product (490)
router.post('/products/:id/validate490', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateProduct490(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// fetch a customer (491)
router.post('/customers/:id/fetch491', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchCustomer491(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// validate a account (492)
router.post('/accounts/:id/validate492', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateAccount492(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// sync a shipment (493)
router.post('/shipments/:id/sync493', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncShipment493(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a order (494)
router.post('/orders/:id/sync494', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncOrder494(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a invoice (495)
router.post('/invoices/:id/validate495', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateInvoice495(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a session (496)
router.post('/sessions/:id/load496', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function loadSession496(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a report (497)
router.post('/reports/:id/validate497', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateReport497(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a payment (498)
router.post('/payments/:id/save498', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function savePayment498(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// fetch a payment (499)
router.post('/payments/:id/fetch499', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchPayment499(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// fetch a product (500)
router.post('/products/:id/fetch500', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchProduct500(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a account (501)
router.post('/accounts/:id/load501', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadAccount501(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a payment (502)
router.post('/payments/:id/save502', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function savePayment502(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// load a report (503)
router.post('/reports/:id/load503', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadReport503(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a invoice (504)
router.post('/invoices/:id/sync504', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncInvoice504(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a customer (505)
router.post('/customers/:id/sync505', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncCustomer505(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a order (506)
router.post('/orders/:id/archive506', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function archiveOrder506(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// archive a ticket (507)
router.post('/tickets/:id/archive507', async (req, res) => {
  const resp = await fetch(`${API_URL}/tickets/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveTicket507(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a payment (508)
router.post('/payments/:id/archive508', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'payment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archivePayment508(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a invoice (509)
router.post('/invoices/:id/archive509', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveInvoice509(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// render a account (510)
router.post('/accounts/:id/render510', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderAccount510(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// load a report (511)
router.post('/reports/:id/load511', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadReport511(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a shipment (512)
router.post('/shipments/:id/update512', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateShipment512(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// export a account (513)
router.post('/accounts/:id/export513', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function exportAccount513(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// validate a invoice (514)
router.post('/invoices/:id/validate514', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function validateInvoice514(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a session (515)
router.post('/sessions/:id/fetch515', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function fetchSession515(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// fetch a product (516)
router.post('/products/:id/fetch516', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchProduct516(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a report (517)
router.post('/reports/:id/compute517', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeReport517(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a customer (518)
router.post('/customers/:id/validate518', async (req, res) => {
  const rows = await db.query("SELECT * FROM customers WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function validateCustomer518(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a report (519)
router.post('/reports/:id/archive519', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveReport519(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// save a order (520)
router.post('/orders/:id/save520', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveOrder520(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a report (521)
router.post('/reports/:id/render521', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderReport521(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a customer (522)
router.post('/customers/:id/validate522', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'customer', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function validateCustomer522(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a customer (523)
router.post('/customers/:id/archive523', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveCustomer523(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// archive a product (524)
router.post('/products/:id/archive524', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveProduct524(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// save a report (525)
router.post('/reports/:id/save525', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function saveReport525(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// load a product (526)
router.post('/products/:id/load526', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function loadProduct526(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// validate a invoice (527)
router.post('/invoices/:id/validate527', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validateInvoice527(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// save a product (528)
router.post('/products/:id/save528', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM products WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function saveProduct528(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a order (529)
router.post('/orders/:id/sync529', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncOrder529(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a invoice (530)
router.post('/invoices/:id/validate530', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateInvoice530(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// render a report (531)
router.post('/reports/:id/render531', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderReport531(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// validate a customer (532)
router.post('/customers/:id/validate532', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validateCustomer532(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// compute a shipment (533)
router.post('/shipments/:id/compute533', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function computeShipment533(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// update a product (534)
router.post('/products/:id/update534', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateProduct534(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a order (535)
router.post('/orders/:id/update535', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function updateOrder535(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// save a report (536)
router.post('/reports/:id/save536', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveReport536(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// compute a payment (537)
router.post('/payments/:id/compute537', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computePayment537(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a invoice (538)
router.post('/invoices/:id/archive538', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function archiveInvoice538(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a shipment (539)
router.post('/shipments/:id/load539', async (req, res) => {
  const rows = await db.query("SELECT * FROM shipments WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function loadShipment539(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a session (540)
router.post('/sessions/:id/compute540', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function computeSession540(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a account (541)
router.post('/accounts/:id/update541', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateAccount541(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// archive a customer (542)
router.post('/customers/:id/archive542', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveCustomer542(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// render a customer (543)
router.post('/customers/:id/render543', async (req, res) => {
  const rows = await db.query("SELECT * FROM customers WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function renderCustomer543(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// update a session (544)
router.post('/sessions/:id/update544', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateSession544(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a session (545)
router.post('/sessions/:id/archive545', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveSession545(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a shipment (546)
router.post('/shipments/:id/update546', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateShipment546(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a account (547)
router.post('/accounts/:id/render547', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderAccount547(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a order (548)
router.post('/orders/:id/fetch548', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchOrder548(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (549)
router.post('/accounts/:id/render549', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderAccount549(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// archive a invoice (550)
router.post('/invoices/:id/archive550', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM invoices WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function archiveInvoice550(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// sync a shipment (551)
router.post('/shipments/:id/sync551', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncShipment551(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// export a account (552)
router.post('/accounts/:id/export552', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportAccount552(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// render a customer (553)
router.post('/customers/:id/render553', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function renderCustomer553(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// render a account (554)
router.post('/accounts/:id/render554', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderAccount554(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a account (555)
router.post('/accounts/:id/compute555', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computeAccount555(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a invoice (556)
router.post('/invoices/:id/export556', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportInvoice556(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a session (557)
router.post('/sessions/:id/fetch557', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchSession557(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// validate a payment (558)
router.post('/payments/:id/validate558', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function validatePayment558(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a shipment (559)
router.post('/shipments/:id/save559', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveShipment559(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// save a product (560)
router.post('/products/:id/save560', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveProduct560(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// archive a ticket (561)
router.post('/tickets/:id/archive561', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function archiveTicket561(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// validate a customer (562)
router.post('/customers/:id/validate562', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function validateCustomer562(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// fetch a payment (563)
router.post('/payments/:id/fetch563', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM payments WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchPayment563(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a product (564)
router.post('/products/:id/save564', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveProduct564(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// compute a account (565)
router.post('/accounts/:id/compute565', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function computeAccount565(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a product (566)
router.post('/products/:id/update566', async (req, res) => {
  const rows = await db.query("SELECT * FROM products WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function updateProduct566(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// render a ticket (567)
router.post('/tickets/:id/render567', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function renderTicket567(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// validate a payment (568)
router.post('/payments/:id/validate568', async (req, res) => {
  const resp = await fetch(`${API_URL}/payments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function validatePayment568(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// sync a invoice (569)
router.post('/invoices/:id/sync569', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncInvoice569(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a invoice (570)
router.post('/invoices/:id/compute570', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeInvoice570(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a invoice (571)
router.post('/invoices/:id/load571', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadInvoice571(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a product (572)
router.post('/products/:id/load572', async (req, res) => {
  const rows = await db.query("SELECT * FROM products WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function loadProduct572(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a invoice (573)
router.post('/invoices/:id/load573', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function loadInvoice573(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a product (574)
router.post('/products/:id/export574', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct574(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a session (575)
router.post('/sessions/:id/sync575', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'session', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncSession575(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// archive a product (576)
router.post('/products/:id/archive576', async (req, res) => {
  const resp = await fetch(`${API_URL}/products/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveProduct576(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// sync a account (577)
router.post('/accounts/:id/sync577', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncAccount577(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// update a report (578)
router.post('/reports/:id/update578', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateReport578(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a order (579)
router.post('/orders/:id/update579', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateOrder579(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// sync a session (580)
router.post('/sessions/:id/sync580', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM sessions WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function syncSession580(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a customer (581)
router.post('/customers/:id/update581', async (req, res) => {
  const resp = await fetch(`${API_URL}/customers/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updateCustomer581(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// sync a invoice (582)
router.post('/invoices/:id/sync582', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncInvoice582(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// export a order (583)
router.post('/orders/:id/export583', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportOrder583(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (584)
router.post('/accounts/:id/render584', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'account', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderAccount584(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// save a ticket (585)
router.post('/tickets/:id/save585', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function saveTicket585(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// compute a invoice (586)
router.post('/invoices/:id/compute586', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeInvoice586(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a report (587)
router.post('/reports/:id/fetch587', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchReport587(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a payment (588)
router.post('/payments/:id/update588', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updatePayment588(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a shipment (589)
router.post('/shipments/:id/save589', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveShipment589(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// validate a ticket (590)
router.post('/tickets/:id/validate590', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateTicket590(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a report (591)
router.post('/reports/:id/fetch591', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function fetchReport591(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// load a ticket (592)
router.post('/tickets/:id/load592', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function loadTicket592(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a payment (593)
router.post('/payments/:id/update593', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updatePayment593(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// fetch a shipment (594)
router.post('/shipments/:id/fetch594', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchShipment594(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a product (595)
router.post('/products/:id/sync595', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncProduct595(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// archive a report (596)
router.post('/reports/:id/archive596', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveReport596(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a invoice (597)
router.post('/invoices/:id/archive597', async (req, res) => {
  const resp = await fetch(`${API_URL}/invoices/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function archiveInvoice597(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// load a session (598)
router.post('/sessions/:id/load598', async (req, res) => {
  const resp = await fetch(`${API_URL}/sessions/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function loadSession598(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a account (599)
router.post('/accounts/:id/update599', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function updateAccount599(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a customer (600)
router.post('/customers/:id/fetch600', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM customers WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function fetchCustomer600(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `customer ${item.id}` });
  }
  return out;
}

// validate a account (601)
router.post('/accounts/:id/validate601', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function validateAccount601(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// compute a order (602)
router.post('/orders/:id/compute602', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeOrder602(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a shipment (603)
router.post('/shipments/:id/validate603', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function validateShipment603(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// fetch a ticket (604)
router.post('/tickets/:id/fetch604', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchTicket604(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a shipment (605)
router.post('/shipments/:id/update605', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateShipment605(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// load a shipment (606)
router.post('/shipments/:id/load606', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadShipment606(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a report (607)
router.post('/reports/:id/compute607', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeReport607(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a ticket (608)
router.post('/tickets/:id/update608', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function updateTicket608(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// update a product (609)
router.post('/products/:id/update609', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'product', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateProduct609(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a order (610)
router.post('/orders/:id/load610', async (req, res) => {
  const rows = await db.query("SELECT * FROM orders WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function loadOrder610(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (611)
router.post('/accounts/:id/render611', async (req, res) => {
  const key = `account:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('account', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderAccount611(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// sync a ticket (612)
router.post('/tickets/:id/sync612', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function syncTicket612(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// render a shipment (613)
router.post('/shipments/:id/render613', async (req, res) => {
  const resp = await fetch(`${API_URL}/shipments/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderShipment613(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a account (614)
router.post('/accounts/:id/compute614', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function computeAccount614(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// load a payment (615)
router.post('/payments/:id/load615', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function loadPayment615(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// archive a invoice (616)
router.post('/invoices/:id/archive616', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveInvoice616(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// compute a order (617)
router.post('/orders/:id/compute617', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeOrder617(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// export a shipment (618)
router.post('/shipments/:id/export618', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function exportShipment618(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// compute a report (619)
router.post('/reports/:id/compute619', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function computeReport619(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a ticket (620)
router.post('/tickets/:id/archive620', async (req, res) => {
  const key = `ticket:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('ticket', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveTicket620(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// fetch a session (621)
router.post('/sessions/:id/fetch621', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchSession621(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// update a report (622)
router.post('/reports/:id/update622', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateReport622(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// sync a session (623)
router.post('/sessions/:id/sync623', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncSession623(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// compute a invoice (624)
router.post('/invoices/:id/compute624', async (req, res) => {
  const key = `invoice:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('invoice', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function computeInvoice624(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// fetch a product (625)
router.post('/products/:id/fetch625', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchProduct625(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a report (626)
router.post('/reports/:id/export626', async (req, res) => {
  const resp = await fetch(`${API_URL}/reports/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function exportReport626(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// render a ticket (627)
router.post('/tickets/:id/render627', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'ticket', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function renderTicket627(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `ticket ${item.id}` });
  }
  return out;
}

// archive a invoice (628)
router.post('/invoices/:id/archive628', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'invoice', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function archiveInvoice628(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `invoice ${item.id}` });
  }
  return out;
}

// update a payment (629)
router.post('/payments/:id/update629', async (req, res) => {
  res.json({ value: eval(req.body.expr) });
});

function updatePayment629(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// save a report (630)
router.post('/reports/:id/save630', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'report', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function saveReport630(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// archive a report (631)
router.post('/reports/:id/archive631', async (req, res) => {
  const key = `report:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('report', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function archiveReport631(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// update a session (632)
router.post('/sessions/:id/update632', async (req, res) => {
  const key = `session:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('session', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function updateSession632(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `session ${item.id}` });
  }
  return out;
}

// sync a shipment (633)
router.post('/shipments/:id/sync633', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'shipment', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function syncShipment633(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// render a product (634)
router.post('/products/:id/render634', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function renderProduct634(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// export a order (635)
router.post('/orders/:id/export635', async (req, res) => {
  const key = `order:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('order', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportOrder635(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// validate a account (636)
router.post('/accounts/:id/validate636', async (req, res) => {
  const rows = await db.query("SELECT * FROM accounts WHERE name = '" + req.query.name + "'");
  res.json(rows);
});

function validateAccount636(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// export a product (637)
router.post('/products/:id/export637', async (req, res) => {
  const key = `product:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('product', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function exportProduct637(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// update a order (638)
router.post('/orders/:id/update638', async (req, res) => {
  const items = (req.body.items || []).map((it) => ({ ...it, kind: 'order', total: it.price * it.qty }));
  res.json({ count: items.length, items });
});

function updateOrder638(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `order ${item.id}` });
  }
  return out;
}

// render a account (639)
router.post('/accounts/:id/render639', async (req, res) => {
  const resp = await fetch(`${API_URL}/accounts/${encodeURIComponent(req.params.id)}`);
  res.json(await resp.json());
});

function renderAccount639(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `account ${item.id}` });
  }
  return out;
}

// fetch a product (640)
router.post('/products/:id/fetch640', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function fetchProduct640(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `product ${item.id}` });
  }
  return out;
}

// load a report (641)
router.post('/reports/:id/load641', async (req, res) => {
  const rows = await db.query('SELECT id, total FROM reports WHERE id = $1', [req.params.id]);
  res.json(rows);
});

function loadReport641(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `report ${item.id}` });
  }
  return out;
}

// fetch a shipment (642)
router.post('/shipments/:id/fetch642', async (req, res) => {
  const key = `shipment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('shipment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function fetchShipment642(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `shipment ${item.id}` });
  }
  return out;
}

// sync a payment (643)
router.post('/payments/:id/sync643', async (req, res) => {
  const key = `payment:${req.params.id}`;
  const cached = cache.get(key);
  if (cached) return res.json(cached);
  const value = await db.get('payment', req.params.id);
  cache.set(key, value);
  res.json(value);
});

function syncPayment643(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

// validate a payment (644)
router.post('/payments/:id/validate644', async (req, res) => {
  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));
});

function validatePayment644(input) {
  const out = [];
  for (const item of input) {
    if (item && item.id) out.push({ id: item.id, label: `payment ${item.id}` });
  }
  return out;
}

module.exports = router;
