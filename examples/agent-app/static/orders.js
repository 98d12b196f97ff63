// Renders the order list in the dashboard.
async function renderOrders(customer) {
  const res = await fetch(`/orders?customer=${encodeURIComponent(customer)}`);
  const orders = await res.json();
  const list = document.getElementById("orders");
  list.innerHTML = orders.map((o) => `<li>${o.item} × ${o.quantity}</li>`).join("");
  document.getElementById("title").textContent = `Orders for ${customer}`;
}
