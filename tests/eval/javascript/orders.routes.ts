import { Router, Request, Response } from "express";
import { Pool } from "pg";
import { z } from "zod";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const ordersRouter = Router();

const ListQuery = z.object({
  status: z.enum(["pending", "paid", "shipped"]).default("pending"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

ordersRouter.get("/orders", async (req: Request, res: Response) => {
  const { status, limit } = ListQuery.parse(req.query);
  const { rows } = await pool.query(
    "SELECT id, total_cents, status FROM orders WHERE status = $1 ORDER BY created_at DESC LIMIT $2",
    [status, limit],
  );
  res.json(rows);
});

ordersRouter.get("/orders/search", async (req: Request, res: Response) => {
  const term = String(req.query.q ?? "");
  // expect: js.sql-injection-query-string
  const { rows } = await pool.query(`SELECT id, customer_email FROM orders WHERE customer_email LIKE '%${term}%'`);
  res.json(rows);
});

ordersRouter.get("/orders/:id", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

ordersRouter.delete("/orders/:id", async (req: Request, res: Response) => {
  // expect: js.sql-injection-query-string
  await pool.query("DELETE FROM orders WHERE id = " + req.params.id);
  res.status(204).end();
});

ordersRouter.post("/orders/:id/notes", async (req: Request, res: Response) => {
  const note = String(req.body.note ?? "");
  // expect: js.sql-injection-query-string
  const sql = `UPDATE orders SET note = '${note}' WHERE id = ${req.params.id}`;
  // expect: js.tainted-sql
  await pool.query(sql);
  res.status(204).end();
});

ordersRouter.get("/orders/stats/daily", async (_req: Request, res: Response) => {
  const table = "orders";
  const { rows } = await pool.query(`SELECT date_trunc('day', created_at) AS day, count(*) FROM ${table} GROUP BY 1 ORDER BY 1`);
  res.json(rows);
});

ordersRouter.get("/orders/export/csv", async (req: Request, res: Response) => {
  const sortColumn = ["created_at", "total_cents"].includes(String(req.query.sort)) ? String(req.query.sort) : "created_at";
  const { rows } = await pool.query(`SELECT id, total_cents FROM orders ORDER BY ${sortColumn} DESC`);
  res.type("text/csv").send(rows.map((r) => `${r.id},${r.total_cents}`).join("\n"));
});
