import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function revenueByRegion(region: string) {
  return prisma.$queryRaw`SELECT region, sum(total_cents) AS total FROM orders WHERE region = ${region} GROUP BY region`;
}

export async function revenueByMonth(year: number) {
  return prisma.$queryRaw(Prisma.sql`SELECT date_trunc('month', created_at) m, sum(total_cents) FROM orders WHERE extract(year from created_at) = ${year} GROUP BY 1`);
}

export async function customerSearch(name: string) {
  // expect: js.prisma-query-raw-unsafe, js.sql-injection-query-string
  return prisma.$queryRawUnsafe(`SELECT id, name FROM customers WHERE name ILIKE '%${name}%'`);
}

export async function customerById(id: string) {
  return prisma.$queryRawUnsafe("SELECT id, name FROM customers WHERE id = $1", id);
}

export async function archiveBefore(cutoff: string) {
  // expect: js.prisma-query-raw-unsafe, js.sql-injection-query-string
  return prisma.$executeRawUnsafe(`UPDATE orders SET archived = true WHERE created_at < '${cutoff}'`);
}

export async function topProducts(limit: number) {
  return prisma.product.findMany({ orderBy: { sales: "desc" }, take: Math.min(limit, 100) });
}

export async function softDelete(id: string) {
  return prisma.customer.update({ where: { id }, data: { deletedAt: new Date() } });
}
