import { Collection, MongoClient, ObjectId } from "mongodb";
import type { Request, Response } from "express";

const client = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost:27017");
const users: Collection = client.db("app").collection("users");

export async function login(req: Request, res: Response) {
  // expect: js.nosql-injection, js.tainted-nosql
  const user = await users.findOne({ email: req.body.email, password: req.body.password });
  if (!user) return res.status(401).end();
  res.json({ id: user._id });
}

export async function findByEmail(req: Request, res: Response) {
  const email = String(req.body.email ?? "");
  const user = await users.findOne({ email });
  res.json(user ? { id: user._id } : null);
}

export async function search(req: Request, res: Response) {
  // expect: js.nosql-injection, js.tainted-nosql
  const docs = await users.find(req.query as any).limit(50).toArray();
  res.json(docs);
}

export async function byNickname(req: Request, res: Response) {
  const prefix = String(req.query.prefix ?? "");
  // expect: js.nosql-injection
  const docs = await users.find({ $where: `this.nickname.startsWith('${prefix}')` }).toArray();
  res.json(docs);
}

export async function byId(req: Request, res: Response) {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).end();
  const doc = await users.findOne({ _id: new ObjectId(req.params.id) });
  res.json(doc);
}

export async function activeCount(_req: Request, res: Response) {
  const n = await users.countDocuments({ active: true, deletedAt: { $exists: false } });
  res.json({ n });
}
