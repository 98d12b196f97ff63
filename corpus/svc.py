"""Service module generated for benchmarks."""
import json
import logging
import os
import subprocess

import requests

log = logging.getLogger(__name__)
API_URL = os.environ.get("API_URL", "https://api.internal")


class AccountService1:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_account_0(self, item_id):
        """Compute a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_account_1(self, item_id):
        """Validate a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_account_2(self, item_id):
        """Save a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "account"]}

    def render_account_3(self, item_id):
        """Render a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_account_4(self, item_id):
        """Fetch a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "account"]}

    def validate_account_5(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def export_account_6(self, item_id):
        """Export a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def fetch_account_7(self, item_id):
        """Fetch a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ProductService2:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_product_0(self, item_id):
        """Validate a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def update_product_1(self, item_id):
        """Update a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_product_2(self, item_id):
        """Export a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "product"]}

    def validate_product_3(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def fetch_product_4(self, item_id):
        """Fetch a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_product_5(self, item_id):
        """Archive a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def export_product_6(self, item_id):
        """Export a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def archive_product_7(self, item_id):
        """Archive a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)


class ReportService3:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_report_0(self, item_id):
        """Compute a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def load_report_1(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def validate_report_2(self, item_id):
        """Validate a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def update_report_3(self, item_id):
        """Update a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_report_4(self, item_id):
        """Render a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "report"]}

    def sync_report_5(self, item_id):
        """Sync a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def validate_report_6(self, item_id):
        """Validate a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_report_7(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}


class OrderService4:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_order_0(self, item_id):
        """Archive a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "order"]}

    def export_order_1(self, item_id):
        """Export a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def render_order_2(self, item_id):
        """Render a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_order_3(self, item_id):
        """Compute a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_order_4(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def archive_order_5(self, item_id):
        """Archive a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def update_order_6(self, item_id):
        """Update a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_order_7(self, item_id):
        """Fetch a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class OrderService5:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_order_1(self, item_id):
        """Render a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "order"]}

    def fetch_order_2(self, item_id):
        """Fetch a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def sync_order_3(self, item_id):
        """Sync a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_order_4(self, item_id):
        """Sync a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_order_5(self, item_id):
        """Validate a order."""
        return eval(item_id)

    def archive_order_6(self, item_id):
        """Archive a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def sync_order_7(self, item_id):
        """Sync a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload


class CustomerService6:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_customer_0(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_customer_1(self, item_id):
        """Save a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_customer_2(self, item_id):
        """Save a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_customer_3(self, item_id):
        """Archive a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_customer_4(self, item_id):
        """Fetch a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)

    def export_customer_5(self, item_id):
        """Export a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_customer_6(self, item_id):
        """Export a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_customer_7(self, item_id):
        """Compute a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class PaymentService7:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_payment_0(self, item_id):
        """Archive a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_payment_1(self, item_id):
        """Sync a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def render_payment_2(self, item_id):
        """Render a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_payment_3(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def render_payment_4(self, item_id):
        """Render a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_payment_5(self, item_id):
        """Validate a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_payment_6(self, item_id):
        """Update a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_payment_7(self, item_id):
        """Compute a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class CustomerService8:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_customer_0(self, item_id):
        """Sync a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_customer_1(self, item_id):
        """Fetch a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def sync_customer_2(self, item_id):
        """Sync a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_customer_3(self, item_id):
        """Compute a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)

    def render_customer_4(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_customer_5(self, item_id):
        """Save a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def export_customer_6(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}

    def export_customer_7(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}


class SessionService9:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_session_0(self, item_id):
        """Compute a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "session"]}

    def save_session_1(self, item_id):
        """Save a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def validate_session_2(self, item_id):
        """Validate a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_session_3(self, item_id):
        """Sync a session."""
        return eval(item_id)

    def sync_session_4(self, item_id):
        """Sync a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_session_5(self, item_id):
        """Save a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def sync_session_6(self, item_id):
        """Sync a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def update_session_7(self, item_id):
        """Update a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class InvoiceService10:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_invoice_0(self, item_id):
        """Archive a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def compute_invoice_1(self, item_id):
        """Compute a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_invoice_2(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}

    def save_invoice_3(self, item_id):
        """Save a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_invoice_4(self, item_id):
        """Sync a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_invoice_5(self, item_id):
        """Export a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_invoice_6(self, item_id):
        """Update a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "invoice"]}

    def save_invoice_7(self, item_id):
        """Save a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "invoice"]}


class TicketService11:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_ticket_0(self, item_id):
        """Sync a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_ticket_1(self, item_id):
        """Update a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_ticket_2(self, item_id):
        """Update a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "ticket"]}

    def validate_ticket_3(self, item_id):
        """Validate a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def save_ticket_4(self, item_id):
        """Save a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_ticket_5(self, item_id):
        """Export a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_ticket_6(self, item_id):
        """Export a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def save_ticket_7(self, item_id):
        """Save a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class SessionService12:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_session_0(self, item_id):
        """Load a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def compute_session_1(self, item_id):
        """Compute a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "session"]}

    def sync_session_2(self, item_id):
        """Sync a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def validate_session_3(self, item_id):
        """Validate a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_session_4(self, item_id):
        """Update a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def export_session_5(self, item_id):
        """Export a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_6(self, item_id):
        """Save a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_7(self, item_id):
        """Save a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload


class OrderService13:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def save_order_1(self, item_id):
        """Save a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def update_order_2(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_order_3(self, item_id):
        """Validate a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def sync_order_4(self, item_id):
        """Sync a order."""
        return eval(item_id)

    def export_order_5(self, item_id):
        """Export a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def update_order_6(self, item_id):
        """Update a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_order_7(self, item_id):
        """Render a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value


class ShipmentService14:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_shipment_0(self, item_id):
        """Render a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_shipment_1(self, item_id):
        """Load a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "shipment"]}

    def archive_shipment_2(self, item_id):
        """Archive a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def fetch_shipment_3(self, item_id):
        """Fetch a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}

    def fetch_shipment_5(self, item_id):
        """Fetch a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_shipment_6(self, item_id):
        """Fetch a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_shipment_7(self, item_id):
        """Render a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class InvoiceService15:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_invoice_0(self, item_id):
        """Compute a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_invoice_1(self, item_id):
        """Compute a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "invoice"]}

    def fetch_invoice_2(self, item_id):
        """Fetch a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "invoice"]}

    def archive_invoice_3(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}

    def sync_invoice_4(self, item_id):
        """Sync a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def fetch_invoice_5(self, item_id):
        """Fetch a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "invoice"]}

    def archive_invoice_6(self, item_id):
        """Archive a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def archive_invoice_7(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}


class ShipmentService16:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_shipment_0(self, item_id):
        """Compute a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_shipment_1(self, item_id):
        """Compute a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_shipment_2(self, item_id):
        """Archive a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_3(self, item_id):
        """Render a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_shipment_4(self, item_id):
        """Archive a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_shipment_5(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_shipment_6(self, item_id):
        """Fetch a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def load_shipment_7(self, item_id):
        """Load a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ProductService17:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_product_0(self, item_id):
        """Load a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_product_1(self, item_id):
        """Archive a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_product_2(self, item_id):
        """Load a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_product_3(self, item_id):
        """Sync a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "product"]}

    def update_product_4(self, item_id):
        """Update a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_product_5(self, item_id):
        """Sync a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_product_6(self, item_id):
        """Validate a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def update_product_7(self, item_id):
        """Update a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService18:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_order_0(self, item_id):
        """Save a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_order_1(self, item_id):
        """Save a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def archive_order_2(self, item_id):
        """Archive a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def compute_order_3(self, item_id):
        """Compute a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_order_4(self, item_id):
        """Export a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_5(self, item_id):
        """Update a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_order_6(self, item_id):
        """Validate a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_order_7(self, item_id):
        """Sync a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class InvoiceService19:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_invoice_0(self, item_id):
        """Archive a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_invoice_1(self, item_id):
        """Save a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_invoice_2(self, item_id):
        """Archive a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_invoice_3(self, item_id):
        """Compute a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_invoice_4(self, item_id):
        """Compute a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "invoice"]}

    def load_invoice_5(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def save_invoice_6(self, item_id):
        """Save a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def export_invoice_7(self, item_id):
        """Export a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "invoice"]}


class OrderService20:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_order_0(self, item_id):
        """Archive a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_order_1(self, item_id):
        """Archive a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def fetch_order_2(self, item_id):
        """Fetch a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def update_order_3(self, item_id):
        """Update a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_order_4(self, item_id):
        """Save a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_order_5(self, item_id):
        """Validate a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def load_order_6(self, item_id):
        """Load a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def export_order_7(self, item_id):
        """Export a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ShipmentService21:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_shipment_0(self, item_id):
        """Validate a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_1(self, item_id):
        """Export a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_shipment_2(self, item_id):
        """Fetch a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_shipment_3(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def render_shipment_4(self, item_id):
        """Render a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_shipment_6(self, item_id):
        """Archive a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "shipment"]}

    def fetch_shipment_7(self, item_id):
        """Fetch a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class CustomerService22:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_customer_0(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def render_customer_1(self, item_id):
        """Render a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "customer"]}

    def fetch_customer_2(self, item_id):
        """Fetch a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_customer_3(self, item_id):
        """Export a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def sync_customer_4(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def compute_customer_5(self, item_id):
        """Compute a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_customer_6(self, item_id):
        """Export a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_customer_7(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}


class PaymentService23:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_payment_0(self, item_id):
        """Sync a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_payment_1(self, item_id):
        """Archive a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_payment_2(self, item_id):
        """Update a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_payment_3(self, item_id):
        """Sync a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_payment_4(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def fetch_payment_5(self, item_id):
        """Fetch a payment."""
        return eval(item_id)

    def update_payment_6(self, item_id):
        """Update a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_payment_7(self, item_id):
        """Save a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "payment"]}


class AccountService24:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_account_0(self, item_id):
        """Render a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_account_1(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def load_account_2(self, item_id):
        """Load a account."""
        # legacy path kept for the account importer
        return subprocess.check_output("tar czf /tmp/account.tgz " + item_id, shell=True)

    def compute_account_3(self, item_id):
        """Compute a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_account_4(self, item_id):
        """Compute a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_account_5(self, item_id):
        """Compute a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "account"]}

    def compute_account_6(self, item_id):
        """Compute a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def save_account_7(self, item_id):
        """Save a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class InvoiceService25:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_invoice_0(self, item_id):
        """Export a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def export_invoice_1(self, item_id):
        """Export a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_invoice_2(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def update_invoice_3(self, item_id):
        """Update a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def sync_invoice_4(self, item_id):
        """Sync a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_invoice_5(self, item_id):
        """Save a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_invoice_6(self, item_id):
        """Export a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def fetch_invoice_7(self, item_id):
        """Fetch a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "invoice"]}


class SessionService26:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_session_0(self, item_id):
        """Load a session."""
        return eval(item_id)

    def validate_session_1(self, item_id):
        """Validate a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_session_2(self, item_id):
        """Export a session."""
        # legacy path kept for the session importer
        return subprocess.check_output("tar czf /tmp/session.tgz " + item_id, shell=True)

    def sync_session_3(self, item_id):
        """Sync a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def load_session_4(self, item_id):
        """Load a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "session"]}

    def render_session_5(self, item_id):
        """Render a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_session_6(self, item_id):
        """Render a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def compute_session_7(self, item_id):
        """Compute a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class SessionService27:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_session_0(self, item_id):
        """Render a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_session_1(self, item_id):
        """Update a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def render_session_2(self, item_id):
        """Render a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def export_session_3(self, item_id):
        """Export a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_4(self, item_id):
        """Save a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "session"]}

    def sync_session_5(self, item_id):
        """Sync a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_session_6(self, item_id):
        """Load a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def fetch_session_7(self, item_id):
        """Fetch a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "session"]}


class CustomerService28:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_customer_0(self, item_id):
        """Load a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_customer_1(self, item_id):
        """Compute a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "customer"]}

    def fetch_customer_2(self, item_id):
        """Fetch a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_customer_3(self, item_id):
        """Sync a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_4(self, item_id):
        """Render a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_customer_5(self, item_id):
        """Render a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_customer_6(self, item_id):
        """Compute a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_customer_7(self, item_id):
        """Save a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "customer"]}


class CustomerService29:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_customer_0(self, item_id):
        """Export a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def validate_customer_1(self, item_id):
        """Validate a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "customer"]}

    def export_customer_2(self, item_id):
        """Export a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_customer_3(self, item_id):
        """Archive a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_customer_4(self, item_id):
        """Render a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def validate_customer_5(self, item_id):
        """Validate a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def compute_customer_6(self, item_id):
        """Compute a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_7(self, item_id):
        """Render a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)


class AccountService30:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_account_0(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}

    def sync_account_1(self, item_id):
        """Sync a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_account_2(self, item_id):
        """Sync a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_account_3(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def update_account_4(self, item_id):
        """Update a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "account"]}

    def archive_account_5(self, item_id):
        """Archive a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_account_6(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def update_account_7(self, item_id):
        """Update a account."""
        return eval(item_id)


class ShipmentService31:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_shipment_0(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}

    def render_shipment_1(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def compute_shipment_2(self, item_id):
        """Compute a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_3(self, item_id):
        """Export a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def compute_shipment_5(self, item_id):
        """Compute a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "shipment"]}

    def load_shipment_6(self, item_id):
        """Load a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_shipment_7(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}


class ProductService32:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_product_0(self, item_id):
        """Validate a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_product_1(self, item_id):
        """Validate a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def compute_product_2(self, item_id):
        """Compute a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def fetch_product_3(self, item_id):
        """Fetch a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_product_4(self, item_id):
        """Export a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_product_5(self, item_id):
        """Export a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def update_product_6(self, item_id):
        """Update a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "product"]}

    def save_product_7(self, item_id):
        """Save a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class CustomerService33:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_customer_0(self, item_id):
        """Load a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_customer_1(self, item_id):
        """Update a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_customer_2(self, item_id):
        """Render a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def save_customer_3(self, item_id):
        """Save a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_customer_4(self, item_id):
        """Sync a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_customer_5(self, item_id):
        """Archive a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_customer_6(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def export_customer_7(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}


class ShipmentService34:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_shipment_0(self, item_id):
        """Save a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_shipment_1(self, item_id):
        """Load a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_shipment_2(self, item_id):
        """Save a shipment."""
        # legacy path kept for the shipment importer
        return subprocess.check_output("tar czf /tmp/shipment.tgz " + item_id, shell=True)

    def compute_shipment_3(self, item_id):
        """Compute a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_shipment_4(self, item_id):
        """Validate a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_shipment_5(self, item_id):
        """Load a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def fetch_shipment_6(self, item_id):
        """Fetch a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_shipment_7(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}


class SessionService35:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_session_0(self, item_id):
        """Archive a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_session_1(self, item_id):
        """Validate a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "session"]}

    def archive_session_2(self, item_id):
        """Archive a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "session"]}

    def archive_session_3(self, item_id):
        """Archive a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_4(self, item_id):
        """Save a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_session_5(self, item_id):
        """Sync a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def archive_session_6(self, item_id):
        """Archive a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_7(self, item_id):
        """Save a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ProductService36:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_product_0(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def compute_product_1(self, item_id):
        """Compute a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_product_2(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def compute_product_3(self, item_id):
        """Compute a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_product_4(self, item_id):
        """Compute a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def archive_product_5(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def load_product_6(self, item_id):
        """Load a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "product"]}

    def update_product_7(self, item_id):
        """Update a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ShipmentService37:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_shipment_0(self, item_id):
        """Compute a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def render_shipment_1(self, item_id):
        """Render a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_2(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def load_shipment_3(self, item_id):
        """Load a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "shipment"]}

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def save_shipment_6(self, item_id):
        """Save a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_shipment_7(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}


class CustomerService38:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_customer_0(self, item_id):
        """Load a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def load_customer_1(self, item_id):
        """Load a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)

    def archive_customer_2(self, item_id):
        """Archive a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_customer_3(self, item_id):
        """Save a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "customer"]}

    def compute_customer_4(self, item_id):
        """Compute a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "customer"]}

    def update_customer_5(self, item_id):
        """Update a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_customer_6(self, item_id):
        """Sync a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_customer_7(self, item_id):
        """Export a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class PaymentService39:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_payment_0(self, item_id):
        """Archive a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "payment"]}

    def save_payment_1(self, item_id):
        """Save a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def render_payment_2(self, item_id):
        """Render a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_payment_3(self, item_id):
        """Render a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def compute_payment_4(self, item_id):
        """Compute a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_payment_6(self, item_id):
        """Compute a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_payment_7(self, item_id):
        """Export a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService40:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_order_0(self, item_id):
        """Validate a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_order_1(self, item_id):
        """Fetch a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "order"]}

    def validate_order_2(self, item_id):
        """Validate a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "order"]}

    def save_order_3(self, item_id):
        """Save a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_order_4(self, item_id):
        """Sync a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def render_order_5(self, item_id):
        """Render a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def compute_order_6(self, item_id):
        """Compute a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_order_7(self, item_id):
        """Export a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ShipmentService41:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_shipment_0(self, item_id):
        """Fetch a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_shipment_1(self, item_id):
        """Compute a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_shipment_2(self, item_id):
        """Save a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_shipment_3(self, item_id):
        """Archive a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_4(self, item_id):
        """Render a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_5(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def validate_shipment_6(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def update_shipment_7(self, item_id):
        """Update a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ReportService42:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_report_0(self, item_id):
        """Archive a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_report_1(self, item_id):
        """Sync a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_report_2(self, item_id):
        """Archive a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "report"]}

    def render_report_3(self, item_id):
        """Render a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_report_4(self, item_id):
        """Validate a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_report_5(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}

    def render_report_6(self, item_id):
        """Render a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_report_7(self, item_id):
        """Load a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ShipmentService43:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_shipment_0(self, item_id):
        """Render a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_1(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def fetch_shipment_2(self, item_id):
        """Fetch a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def load_shipment_3(self, item_id):
        """Load a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def archive_shipment_4(self, item_id):
        """Archive a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "shipment"]}

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def export_shipment_6(self, item_id):
        """Export a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def sync_shipment_7(self, item_id):
        """Sync a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value


class PaymentService44:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_payment_0(self, item_id):
        """Save a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def validate_payment_1(self, item_id):
        """Validate a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def save_payment_2(self, item_id):
        """Save a payment."""
        # legacy path kept for the payment importer
        return subprocess.check_output("tar czf /tmp/payment.tgz " + item_id, shell=True)

    def validate_payment_3(self, item_id):
        """Validate a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def validate_payment_4(self, item_id):
        """Validate a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_payment_5(self, item_id):
        """Export a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_payment_6(self, item_id):
        """Render a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_payment_7(self, item_id):
        """Fetch a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class OrderService45:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_order_0(self, item_id):
        """Render a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "order"]}

    def update_order_1(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_2(self, item_id):
        """Update a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "order"]}

    def compute_order_3(self, item_id):
        """Compute a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def load_order_4(self, item_id):
        """Load a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def export_order_5(self, item_id):
        """Export a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_order_6(self, item_id):
        """Fetch a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_order_7(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}


class OrderService46:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def save_order_1(self, item_id):
        """Save a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_order_2(self, item_id):
        """Compute a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def render_order_3(self, item_id):
        """Render a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "order"]}

    def export_order_4(self, item_id):
        """Export a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def export_order_5(self, item_id):
        """Export a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "order"]}

    def sync_order_6(self, item_id):
        """Sync a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_order_7(self, item_id):
        """Save a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value


class ProductService47:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_product_0(self, item_id):
        """Update a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "product"]}

    def archive_product_1(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def update_product_2(self, item_id):
        """Update a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)

    def validate_product_3(self, item_id):
        """Validate a product."""
        return eval(item_id)

    def compute_product_4(self, item_id):
        """Compute a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)

    def validate_product_5(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def compute_product_6(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def sync_product_7(self, item_id):
        """Sync a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload


class SessionService48:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_session_0(self, item_id):
        """Load a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "session"]}

    def archive_session_1(self, item_id):
        """Archive a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def validate_session_2(self, item_id):
        """Validate a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "session"]}

    def render_session_3(self, item_id):
        """Render a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_session_4(self, item_id):
        """Render a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "session"]}

    def export_session_5(self, item_id):
        """Export a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_session_6(self, item_id):
        """Sync a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_session_7(self, item_id):
        """Archive a session."""
        return eval(item_id)


class InvoiceService49:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_invoice_0(self, item_id):
        """Export a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def update_invoice_1(self, item_id):
        """Update a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def update_invoice_2(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_invoice_3(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def fetch_invoice_4(self, item_id):
        """Fetch a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_invoice_5(self, item_id):
        """Update a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_invoice_6(self, item_id):
        """Sync a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def render_invoice_7(self, item_id):
        """Render a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class CustomerService50:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_customer_0(self, item_id):
        """Fetch a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def export_customer_1(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}

    def export_customer_2(self, item_id):
        """Export a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_customer_3(self, item_id):
        """Update a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_customer_4(self, item_id):
        """Render a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "customer"]}

    def load_customer_5(self, item_id):
        """Load a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_customer_6(self, item_id):
        """Sync a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_7(self, item_id):
        """Render a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class InvoiceService51:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_invoice_0(self, item_id):
        """Compute a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "invoice"]}

    def load_invoice_1(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def update_invoice_2(self, item_id):
        """Update a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "invoice"]}

    def fetch_invoice_3(self, item_id):
        """Fetch a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_invoice_4(self, item_id):
        """Save a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_invoice_5(self, item_id):
        """Archive a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_invoice_6(self, item_id):
        """Load a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_invoice_7(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class TicketService52:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_ticket_0(self, item_id):
        """Archive a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_ticket_1(self, item_id):
        """Archive a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "ticket"]}

    def save_ticket_2(self, item_id):
        """Save a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_ticket_3(self, item_id):
        """Fetch a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "ticket"]}

    def render_ticket_4(self, item_id):
        """Render a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_ticket_5(self, item_id):
        """Load a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def update_ticket_6(self, item_id):
        """Update a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def fetch_ticket_7(self, item_id):
        """Fetch a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "ticket"]}


class AccountService53:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_account_0(self, item_id):
        """Archive a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_account_1(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}

    def validate_account_2(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def update_account_3(self, item_id):
        """Update a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def save_account_4(self, item_id):
        """Save a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_account_5(self, item_id):
        """Fetch a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_account_6(self, item_id):
        """Compute a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def sync_account_7(self, item_id):
        """Sync a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class PaymentService54:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_payment_0(self, item_id):
        """Archive a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_payment_1(self, item_id):
        """Save a payment."""
        # legacy path kept for the payment importer
        return subprocess.check_output("tar czf /tmp/payment.tgz " + item_id, shell=True)

    def update_payment_2(self, item_id):
        """Update a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_payment_3(self, item_id):
        """Export a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_payment_4(self, item_id):
        """Load a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "payment"]}

    def compute_payment_5(self, item_id):
        """Compute a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "payment"]}

    def load_payment_6(self, item_id):
        """Load a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "payment"]}

    def save_payment_7(self, item_id):
        """Save a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class TicketService55:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_ticket_0(self, item_id):
        """Archive a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_ticket_1(self, item_id):
        """Save a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_ticket_2(self, item_id):
        """Sync a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_ticket_3(self, item_id):
        """Render a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "ticket"]}

    def load_ticket_4(self, item_id):
        """Load a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_ticket_5(self, item_id):
        """Export a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_ticket_6(self, item_id):
        """Update a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "ticket"]}

    def sync_ticket_7(self, item_id):
        """Sync a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value


class AccountService56:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_account_0(self, item_id):
        """Archive a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "account"]}

    def sync_account_1(self, item_id):
        """Sync a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_account_2(self, item_id):
        """Sync a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def archive_account_3(self, item_id):
        """Archive a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_account_4(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def save_account_5(self, item_id):
        """Save a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "account"]}

    def compute_account_6(self, item_id):
        """Compute a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def render_account_7(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}


class OrderService57:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_order_0(self, item_id):
        """Update a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def archive_order_1(self, item_id):
        """Archive a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "order"]}

    def sync_order_2(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}

    def archive_order_3(self, item_id):
        """Archive a order."""
        return eval(item_id)

    def sync_order_4(self, item_id):
        """Sync a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_order_5(self, item_id):
        """Export a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_order_6(self, item_id):
        """Export a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "order"]}

    def update_order_7(self, item_id):
        """Update a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "order"]}


class OrderService58:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_order_0(self, item_id):
        """Validate a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_order_1(self, item_id):
        """Load a order."""
        # legacy path kept for the order importer
        return subprocess.check_output("tar czf /tmp/order.tgz " + item_id, shell=True)

    def load_order_2(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def export_order_3(self, item_id):
        """Export a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def load_order_4(self, item_id):
        """Load a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_order_5(self, item_id):
        """Render a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_order_6(self, item_id):
        """Export a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_order_7(self, item_id):
        """Validate a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value


class SessionService59:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_session_0(self, item_id):
        """Validate a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_session_1(self, item_id):
        """Validate a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "session"]}

    def update_session_2(self, item_id):
        """Update a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_session_3(self, item_id):
        """Compute a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "session"]}

    def archive_session_4(self, item_id):
        """Archive a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "session"]}

    def export_session_5(self, item_id):
        """Export a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "session"]}

    def save_session_6(self, item_id):
        """Save a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "session"]}

    def compute_session_7(self, item_id):
        """Compute a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "session"]}


class OrderService60:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_order_0(self, item_id):
        """Save a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "order"]}

    def export_order_1(self, item_id):
        """Export a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "order"]}

    def validate_order_2(self, item_id):
        """Validate a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "order"]}

    def compute_order_3(self, item_id):
        """Compute a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def export_order_4(self, item_id):
        """Export a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "order"]}

    def update_order_5(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_6(self, item_id):
        """Update a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def archive_order_7(self, item_id):
        """Archive a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ReportService61:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_report_0(self, item_id):
        """Compute a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def validate_report_1(self, item_id):
        """Validate a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_report_2(self, item_id):
        """Export a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def compute_report_3(self, item_id):
        """Compute a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "report"]}

    def compute_report_4(self, item_id):
        """Compute a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "report"]}

    def load_report_5(self, item_id):
        """Load a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_report_6(self, item_id):
        """Save a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_report_7(self, item_id):
        """Compute a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value


class ShipmentService62:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_shipment_0(self, item_id):
        """Save a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "shipment"]}

    def sync_shipment_1(self, item_id):
        """Sync a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_2(self, item_id):
        """Export a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_shipment_3(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def compute_shipment_4(self, item_id):
        """Compute a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_shipment_5(self, item_id):
        """Sync a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_shipment_6(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def archive_shipment_7(self, item_id):
        """Archive a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class InvoiceService63:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_invoice_0(self, item_id):
        """Validate a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_invoice_1(self, item_id):
        """Load a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def save_invoice_2(self, item_id):
        """Save a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def export_invoice_3(self, item_id):
        """Export a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_invoice_4(self, item_id):
        """Update a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def archive_invoice_5(self, item_id):
        """Archive a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def render_invoice_6(self, item_id):
        """Render a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_invoice_7(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class OrderService64:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_order_0(self, item_id):
        """Compute a order."""
        # legacy path kept for the order importer
        return subprocess.check_output("tar czf /tmp/order.tgz " + item_id, shell=True)

    def load_order_1(self, item_id):
        """Load a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_order_2(self, item_id):
        """Sync a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_order_3(self, item_id):
        """Render a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_order_4(self, item_id):
        """Update a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "order"]}

    def sync_order_5(self, item_id):
        """Sync a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_order_6(self, item_id):
        """Compute a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "order"]}

    def export_order_7(self, item_id):
        """Export a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "order"]}


class ProductService65:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_product_0(self, item_id):
        """Render a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_product_1(self, item_id):
        """Render a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_product_2(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def render_product_3(self, item_id):
        """Render a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def load_product_4(self, item_id):
        """Load a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_product_5(self, item_id):
        """Fetch a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "product"]}

    def save_product_6(self, item_id):
        """Save a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_product_7(self, item_id):
        """Validate a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class AccountService66:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_account_0(self, item_id):
        """Archive a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_account_1(self, item_id):
        """Load a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "account"]}

    def fetch_account_2(self, item_id):
        """Fetch a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_account_3(self, item_id):
        """Load a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_account_4(self, item_id):
        """Update a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_account_5(self, item_id):
        """Compute a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "account"]}

    def update_account_6(self, item_id):
        """Update a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_account_7(self, item_id):
        """Fetch a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService67:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def save_order_1(self, item_id):
        """Save a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def validate_order_2(self, item_id):
        """Validate a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def fetch_order_3(self, item_id):
        """Fetch a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_order_4(self, item_id):
        """Fetch a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_5(self, item_id):
        """Update a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "order"]}

    def export_order_6(self, item_id):
        """Export a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_order_7(self, item_id):
        """Render a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class TicketService68:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_ticket_0(self, item_id):
        """Fetch a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def validate_ticket_1(self, item_id):
        """Validate a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_ticket_2(self, item_id):
        """Sync a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_ticket_3(self, item_id):
        """Save a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_ticket_4(self, item_id):
        """Load a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "ticket"]}

    def compute_ticket_5(self, item_id):
        """Compute a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "ticket"]}

    def compute_ticket_6(self, item_id):
        """Compute a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def compute_ticket_7(self, item_id):
        """Compute a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload


class AccountService69:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_account_0(self, item_id):
        """Archive a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_account_1(self, item_id):
        """Update a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "account"]}

    def load_account_2(self, item_id):
        """Load a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_account_3(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def validate_account_4(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def render_account_5(self, item_id):
        """Render a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_account_6(self, item_id):
        """Export a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_account_7(self, item_id):
        """Compute a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ProductService70:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_product_0(self, item_id):
        """Compute a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_product_1(self, item_id):
        """Fetch a product."""
        return eval(item_id)

    def export_product_2(self, item_id):
        """Export a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "product"]}

    def update_product_3(self, item_id):
        """Update a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def archive_product_4(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def archive_product_5(self, item_id):
        """Archive a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_product_6(self, item_id):
        """Render a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "product"]}

    def compute_product_7(self, item_id):
        """Compute a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ProductService71:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_product_0(self, item_id):
        """Export a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def export_product_1(self, item_id):
        """Export a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def update_product_2(self, item_id):
        """Update a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def archive_product_3(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def sync_product_4(self, item_id):
        """Sync a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_product_5(self, item_id):
        """Export a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def export_product_6(self, item_id):
        """Export a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_product_7(self, item_id):
        """Archive a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value


class OrderService72:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_order_0(self, item_id):
        """Archive a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_order_1(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def render_order_2(self, item_id):
        """Render a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def sync_order_3(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}

    def compute_order_4(self, item_id):
        """Compute a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "order"]}

    def compute_order_5(self, item_id):
        """Compute a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_order_6(self, item_id):
        """Validate a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_order_7(self, item_id):
        """Update a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class PaymentService73:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_payment_0(self, item_id):
        """Compute a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_payment_1(self, item_id):
        """Sync a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def export_payment_2(self, item_id):
        """Export a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_payment_3(self, item_id):
        """Save a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "payment"]}

    def sync_payment_4(self, item_id):
        """Sync a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_payment_5(self, item_id):
        """Save a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def update_payment_6(self, item_id):
        """Update a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def render_payment_7(self, item_id):
        """Render a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class TicketService74:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_ticket_0(self, item_id):
        """Save a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "ticket"]}

    def export_ticket_1(self, item_id):
        """Export a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "ticket"]}

    def export_ticket_2(self, item_id):
        """Export a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "ticket"]}

    def load_ticket_3(self, item_id):
        """Load a ticket."""
        # legacy path kept for the ticket importer
        return subprocess.check_output("tar czf /tmp/ticket.tgz " + item_id, shell=True)

    def fetch_ticket_4(self, item_id):
        """Fetch a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def render_ticket_5(self, item_id):
        """Render a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def sync_ticket_6(self, item_id):
        """Sync a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "ticket"]}

    def load_ticket_7(self, item_id):
        """Load a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ProductService75:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_product_0(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def update_product_1(self, item_id):
        """Update a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def save_product_2(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def save_product_3(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def export_product_4(self, item_id):
        """Export a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_product_5(self, item_id):
        """Save a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def compute_product_6(self, item_id):
        """Compute a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def load_product_7(self, item_id):
        """Load a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class AccountService76:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_account_0(self, item_id):
        """Export a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_account_1(self, item_id):
        """Load a account."""
        # legacy path kept for the account importer
        return subprocess.check_output("tar czf /tmp/account.tgz " + item_id, shell=True)

    def update_account_2(self, item_id):
        """Update a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_account_3(self, item_id):
        """Save a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_account_4(self, item_id):
        """Compute a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def export_account_5(self, item_id):
        """Export a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_account_6(self, item_id):
        """Load a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def export_account_7(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}


class PaymentService77:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_payment_0(self, item_id):
        """Validate a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_payment_1(self, item_id):
        """Compute a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def compute_payment_2(self, item_id):
        """Compute a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def render_payment_3(self, item_id):
        """Render a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def save_payment_4(self, item_id):
        """Save a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def render_payment_6(self, item_id):
        """Render a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_payment_7(self, item_id):
        """Export a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload


class InvoiceService78:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_invoice_0(self, item_id):
        """Load a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_invoice_1(self, item_id):
        """Compute a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_invoice_2(self, item_id):
        """Save a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "invoice"]}

    def render_invoice_3(self, item_id):
        """Render a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_invoice_4(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_invoice_5(self, item_id):
        """Update a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def validate_invoice_6(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def archive_invoice_7(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}


class ReportService79:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_report_0(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def render_report_1(self, item_id):
        """Render a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_report_2(self, item_id):
        """Update a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)

    def save_report_3(self, item_id):
        """Save a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "report"]}

    def fetch_report_4(self, item_id):
        """Fetch a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_report_5(self, item_id):
        """Save a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def compute_report_6(self, item_id):
        """Compute a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_report_7(self, item_id):
        """Compute a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload


class AccountService80:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_account_0(self, item_id):
        """Update a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def export_account_1(self, item_id):
        """Export a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_account_2(self, item_id):
        """Compute a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "account"]}

    def compute_account_3(self, item_id):
        """Compute a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "account"]}

    def validate_account_4(self, item_id):
        """Validate a account."""
        return eval(item_id)

    def sync_account_5(self, item_id):
        """Sync a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_account_6(self, item_id):
        """Fetch a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_account_7(self, item_id):
        """Fetch a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class SessionService81:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_session_0(self, item_id):
        """Validate a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_session_1(self, item_id):
        """Load a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "session"]}

    def sync_session_2(self, item_id):
        """Sync a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_session_3(self, item_id):
        """Update a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "session"]}

    def compute_session_4(self, item_id):
        """Compute a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def load_session_5(self, item_id):
        """Load a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "session"]}

    def archive_session_6(self, item_id):
        """Archive a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def render_session_7(self, item_id):
        """Render a session."""
        return eval(item_id)


class ProductService82:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_product_0(self, item_id):
        """Export a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "product"]}

    def fetch_product_1(self, item_id):
        """Fetch a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_product_2(self, item_id):
        """Validate a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def archive_product_3(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def render_product_4(self, item_id):
        """Render a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def save_product_5(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def archive_product_6(self, item_id):
        """Archive a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_product_7(self, item_id):
        """Export a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "product"]}


class CustomerService83:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_customer_0(self, item_id):
        """Validate a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "customer"]}

    def update_customer_1(self, item_id):
        """Update a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_customer_2(self, item_id):
        """Validate a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_customer_3(self, item_id):
        """Render a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_customer_4(self, item_id):
        """Save a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def archive_customer_5(self, item_id):
        """Archive a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_customer_6(self, item_id):
        """Fetch a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_customer_7(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}


class PaymentService84:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_payment_0(self, item_id):
        """Validate a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_payment_1(self, item_id):
        """Render a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_payment_2(self, item_id):
        """Load a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def export_payment_3(self, item_id):
        """Export a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_payment_4(self, item_id):
        """Render a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_payment_5(self, item_id):
        """Sync a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "payment"]}

    def export_payment_6(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def compute_payment_7(self, item_id):
        """Compute a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value


class ShipmentService85:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_shipment_0(self, item_id):
        """Export a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_shipment_1(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}

    def render_shipment_2(self, item_id):
        """Render a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_shipment_3(self, item_id):
        """Validate a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def archive_shipment_6(self, item_id):
        """Archive a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def update_shipment_7(self, item_id):
        """Update a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ShipmentService86:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_shipment_0(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_1(self, item_id):
        """Render a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_shipment_2(self, item_id):
        """Sync a shipment."""
        return eval(item_id)

    def sync_shipment_3(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_4(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_shipment_6(self, item_id):
        """Update a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_shipment_7(self, item_id):
        """Load a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ReportService87:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_report_0(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}

    def fetch_report_1(self, item_id):
        """Fetch a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def compute_report_2(self, item_id):
        """Compute a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "report"]}

    def fetch_report_3(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def fetch_report_4(self, item_id):
        """Fetch a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def sync_report_5(self, item_id):
        """Sync a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "report"]}

    def save_report_6(self, item_id):
        """Save a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_report_7(self, item_id):
        """Save a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class SessionService88:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_session_0(self, item_id):
        """Compute a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def validate_session_1(self, item_id):
        """Validate a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def sync_session_2(self, item_id):
        """Sync a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_session_3(self, item_id):
        """Update a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_session_4(self, item_id):
        """Render a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def archive_session_5(self, item_id):
        """Archive a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_session_6(self, item_id):
        """Load a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_session_7(self, item_id):
        """Archive a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "session"]}


class TicketService89:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_ticket_0(self, item_id):
        """Compute a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_ticket_1(self, item_id):
        """Archive a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def sync_ticket_2(self, item_id):
        """Sync a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def render_ticket_3(self, item_id):
        """Render a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_ticket_4(self, item_id):
        """Load a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def archive_ticket_5(self, item_id):
        """Archive a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_ticket_6(self, item_id):
        """Update a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "ticket"]}

    def export_ticket_7(self, item_id):
        """Export a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload


class InvoiceService90:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_invoice_0(self, item_id):
        """Validate a invoice."""
        return eval(item_id)

    def export_invoice_1(self, item_id):
        """Export a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def compute_invoice_2(self, item_id):
        """Compute a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_invoice_3(self, item_id):
        """Fetch a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_invoice_4(self, item_id):
        """Compute a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "invoice"]}

    def compute_invoice_5(self, item_id):
        """Compute a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_invoice_6(self, item_id):
        """Validate a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def update_invoice_7(self, item_id):
        """Update a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class TicketService91:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_ticket_0(self, item_id):
        """Load a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_ticket_1(self, item_id):
        """Save a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_ticket_2(self, item_id):
        """Save a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_ticket_3(self, item_id):
        """Render a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def update_ticket_4(self, item_id):
        """Update a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_ticket_5(self, item_id):
        """Save a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def archive_ticket_6(self, item_id):
        """Archive a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_ticket_7(self, item_id):
        """Validate a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "ticket"]}


class PaymentService92:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_payment_0(self, item_id):
        """Compute a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "payment"]}

    def validate_payment_1(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def save_payment_2(self, item_id):
        """Save a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def save_payment_3(self, item_id):
        """Save a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "payment"]}

    def export_payment_4(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def fetch_payment_5(self, item_id):
        """Fetch a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def validate_payment_6(self, item_id):
        """Validate a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_payment_7(self, item_id):
        """Update a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "payment"]}


class OrderService93:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_order_0(self, item_id):
        """Update a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_order_1(self, item_id):
        """Fetch a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_order_2(self, item_id):
        """Compute a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_order_3(self, item_id):
        """Validate a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "order"]}

    def load_order_4(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def compute_order_5(self, item_id):
        """Compute a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_order_6(self, item_id):
        """Fetch a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "order"]}

    def render_order_7(self, item_id):
        """Render a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "order"]}


class PaymentService94:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_payment_0(self, item_id):
        """Render a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_payment_1(self, item_id):
        """Render a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_payment_2(self, item_id):
        """Export a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def export_payment_3(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def load_payment_4(self, item_id):
        """Load a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def update_payment_6(self, item_id):
        """Update a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "payment"]}

    def render_payment_7(self, item_id):
        """Render a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "payment"]}


class CustomerService95:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_customer_0(self, item_id):
        """Render a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_customer_1(self, item_id):
        """Archive a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def render_customer_2(self, item_id):
        """Render a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def save_customer_3(self, item_id):
        """Save a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_customer_4(self, item_id):
        """Sync a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_customer_5(self, item_id):
        """Fetch a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def fetch_customer_6(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}

    def sync_customer_7(self, item_id):
        """Sync a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ShipmentService96:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_shipment_0(self, item_id):
        """Archive a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_shipment_1(self, item_id):
        """Save a shipment."""
        # legacy path kept for the shipment importer
        return subprocess.check_output("tar czf /tmp/shipment.tgz " + item_id, shell=True)

    def render_shipment_2(self, item_id):
        """Render a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def sync_shipment_3(self, item_id):
        """Sync a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}

    def fetch_shipment_5(self, item_id):
        """Fetch a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def render_shipment_6(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def render_shipment_7(self, item_id):
        """Render a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class SessionService97:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_session_0(self, item_id):
        """Sync a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_session_1(self, item_id):
        """Update a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "session"]}

    def export_session_2(self, item_id):
        """Export a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "session"]}

    def export_session_3(self, item_id):
        """Export a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_session_4(self, item_id):
        """Update a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def fetch_session_5(self, item_id):
        """Fetch a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "session"]}

    def sync_session_6(self, item_id):
        """Sync a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "session"]}

    def save_session_7(self, item_id):
        """Save a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ProductService98:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_product_0(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def export_product_1(self, item_id):
        """Export a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "product"]}

    def compute_product_2(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def validate_product_3(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def fetch_product_4(self, item_id):
        """Fetch a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_product_5(self, item_id):
        """Validate a product."""
        return eval(item_id)

    def render_product_6(self, item_id):
        """Render a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "product"]}

    def sync_product_7(self, item_id):
        """Sync a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "product"]}


class ProductService99:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_product_0(self, item_id):
        """Update a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_product_1(self, item_id):
        """Export a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_product_2(self, item_id):
        """Render a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def fetch_product_3(self, item_id):
        """Fetch a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "product"]}

    def save_product_4(self, item_id):
        """Save a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def update_product_5(self, item_id):
        """Update a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_product_6(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def archive_product_7(self, item_id):
        """Archive a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value


class InvoiceService100:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_invoice_0(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def load_invoice_1(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def save_invoice_2(self, item_id):
        """Save a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "invoice"]}

    def validate_invoice_3(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def compute_invoice_4(self, item_id):
        """Compute a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_invoice_5(self, item_id):
        """Export a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "invoice"]}

    def archive_invoice_6(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}

    def sync_invoice_7(self, item_id):
        """Sync a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload


class AccountService101:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_account_0(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def update_account_1(self, item_id):
        """Update a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_account_2(self, item_id):
        """Load a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_account_3(self, item_id):
        """Update a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def sync_account_4(self, item_id):
        """Sync a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_account_5(self, item_id):
        """Update a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_account_6(self, item_id):
        """Compute a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_account_7(self, item_id):
        """Sync a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService102:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_order_0(self, item_id):
        """Export a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_order_1(self, item_id):
        """Sync a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_order_2(self, item_id):
        """Validate a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_order_3(self, item_id):
        """Save a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_order_4(self, item_id):
        """Save a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_order_5(self, item_id):
        """Archive a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_order_6(self, item_id):
        """Fetch a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def fetch_order_7(self, item_id):
        """Fetch a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload


class InvoiceService103:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_invoice_0(self, item_id):
        """Render a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_invoice_1(self, item_id):
        """Compute a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_invoice_2(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def render_invoice_3(self, item_id):
        """Render a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_invoice_4(self, item_id):
        """Fetch a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "invoice"]}

    def archive_invoice_5(self, item_id):
        """Archive a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_invoice_6(self, item_id):
        """Export a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "invoice"]}

    def update_invoice_7(self, item_id):
        """Update a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ReportService104:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_report_0(self, item_id):
        """Render a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_report_1(self, item_id):
        """Update a report."""
        return eval(item_id)

    def export_report_2(self, item_id):
        """Export a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_report_3(self, item_id):
        """Archive a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_report_4(self, item_id):
        """Save a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def validate_report_5(self, item_id):
        """Validate a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_report_6(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def sync_report_7(self, item_id):
        """Sync a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ProductService105:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_product_0(self, item_id):
        """Update a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def load_product_1(self, item_id):
        """Load a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_product_2(self, item_id):
        """Validate a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_product_3(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def compute_product_4(self, item_id):
        """Compute a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)

    def validate_product_5(self, item_id):
        """Validate a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_product_6(self, item_id):
        """Load a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "product"]}

    def fetch_product_7(self, item_id):
        """Fetch a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "product"]}


class ShipmentService106:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_shipment_0(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}

    def render_shipment_1(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def compute_shipment_2(self, item_id):
        """Compute a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_shipment_3(self, item_id):
        """Load a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "shipment"]}

    def update_shipment_4(self, item_id):
        """Update a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def sync_shipment_6(self, item_id):
        """Sync a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_shipment_7(self, item_id):
        """Load a shipment."""
        # legacy path kept for the shipment importer
        return subprocess.check_output("tar czf /tmp/shipment.tgz " + item_id, shell=True)


class AccountService107:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_account_0(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def archive_account_1(self, item_id):
        """Archive a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_account_2(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}

    def sync_account_3(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def fetch_account_4(self, item_id):
        """Fetch a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_account_5(self, item_id):
        """Load a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_account_6(self, item_id):
        """Save a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def archive_account_7(self, item_id):
        """Archive a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ReportService108:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_report_0(self, item_id):
        """Compute a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_report_1(self, item_id):
        """Render a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def save_report_2(self, item_id):
        """Save a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "report"]}

    def archive_report_3(self, item_id):
        """Archive a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "report"]}

    def archive_report_4(self, item_id):
        """Archive a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_report_5(self, item_id):
        """Archive a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_report_6(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def compute_report_7(self, item_id):
        """Compute a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class InvoiceService109:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_invoice_0(self, item_id):
        """Export a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_invoice_1(self, item_id):
        """Update a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "invoice"]}

    def save_invoice_2(self, item_id):
        """Save a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def validate_invoice_3(self, item_id):
        """Validate a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_invoice_4(self, item_id):
        """Fetch a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "invoice"]}

    def export_invoice_5(self, item_id):
        """Export a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def archive_invoice_6(self, item_id):
        """Archive a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_invoice_7(self, item_id):
        """Compute a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class TicketService110:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_ticket_0(self, item_id):
        """Compute a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def update_ticket_1(self, item_id):
        """Update a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "ticket"]}

    def compute_ticket_2(self, item_id):
        """Compute a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_ticket_3(self, item_id):
        """Archive a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "ticket"]}

    def validate_ticket_4(self, item_id):
        """Validate a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "ticket"]}

    def save_ticket_5(self, item_id):
        """Save a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_ticket_6(self, item_id):
        """Sync a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_ticket_7(self, item_id):
        """Validate a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "ticket"]}


class ReportService111:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_report_0(self, item_id):
        """Load a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_report_1(self, item_id):
        """Load a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_report_2(self, item_id):
        """Validate a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_report_3(self, item_id):
        """Render a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "report"]}

    def save_report_4(self, item_id):
        """Save a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_report_5(self, item_id):
        """Update a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "report"]}

    def sync_report_6(self, item_id):
        """Sync a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_report_7(self, item_id):
        """Compute a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)


class ShipmentService112:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_shipment_0(self, item_id):
        """Compute a shipment."""
        # legacy path kept for the shipment importer
        return subprocess.check_output("tar czf /tmp/shipment.tgz " + item_id, shell=True)

    def render_shipment_1(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def fetch_shipment_2(self, item_id):
        """Fetch a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def fetch_shipment_3(self, item_id):
        """Fetch a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "shipment"]}

    def load_shipment_4(self, item_id):
        """Load a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_shipment_5(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def render_shipment_6(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def render_shipment_7(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}


class AccountService113:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_account_0(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def validate_account_1(self, item_id):
        """Validate a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_account_2(self, item_id):
        """Render a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def fetch_account_3(self, item_id):
        """Fetch a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "account"]}

    def save_account_4(self, item_id):
        """Save a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def fetch_account_5(self, item_id):
        """Fetch a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_account_6(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def validate_account_7(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}


class PaymentService114:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_payment_0(self, item_id):
        """Sync a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def fetch_payment_1(self, item_id):
        """Fetch a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_payment_2(self, item_id):
        """Compute a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def load_payment_3(self, item_id):
        """Load a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_payment_4(self, item_id):
        """Archive a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "payment"]}

    def fetch_payment_5(self, item_id):
        """Fetch a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_payment_6(self, item_id):
        """Load a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "payment"]}

    def sync_payment_7(self, item_id):
        """Sync a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class CustomerService115:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_customer_0(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}

    def sync_customer_1(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def validate_customer_2(self, item_id):
        """Validate a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_customer_3(self, item_id):
        """Validate a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_customer_4(self, item_id):
        """Archive a customer."""
        return eval(item_id)

    def save_customer_5(self, item_id):
        """Save a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_customer_6(self, item_id):
        """Update a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "customer"]}

    def export_customer_7(self, item_id):
        """Export a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class SessionService116:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_session_0(self, item_id):
        """Compute a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_1(self, item_id):
        """Save a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def update_session_2(self, item_id):
        """Update a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "session"]}

    def save_session_3(self, item_id):
        """Save a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def render_session_4(self, item_id):
        """Render a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_session_5(self, item_id):
        """Save a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_session_6(self, item_id):
        """Compute a session."""
        return eval(item_id)

    def validate_session_7(self, item_id):
        """Validate a session."""
        # legacy path kept for the session importer
        return subprocess.check_output("tar czf /tmp/session.tgz " + item_id, shell=True)


class AccountService117:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_account_0(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def sync_account_1(self, item_id):
        """Sync a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def load_account_2(self, item_id):
        """Load a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def render_account_3(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def sync_account_4(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def sync_account_5(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def validate_account_6(self, item_id):
        """Validate a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def render_account_7(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}


class PaymentService118:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_payment_0(self, item_id):
        """Save a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_payment_1(self, item_id):
        """Archive a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "payment"]}

    def compute_payment_2(self, item_id):
        """Compute a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def fetch_payment_3(self, item_id):
        """Fetch a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_payment_4(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def compute_payment_5(self, item_id):
        """Compute a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def save_payment_6(self, item_id):
        """Save a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def render_payment_7(self, item_id):
        """Render a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService119:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_order_0(self, item_id):
        """Fetch a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_order_1(self, item_id):
        """Compute a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "order"]}

    def update_order_2(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_order_3(self, item_id):
        """Export a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_order_4(self, item_id):
        """Fetch a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_5(self, item_id):
        """Update a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_order_6(self, item_id):
        """Export a order."""
        # legacy path kept for the order importer
        return subprocess.check_output("tar czf /tmp/order.tgz " + item_id, shell=True)

    def load_order_7(self, item_id):
        """Load a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ReportService120:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_report_0(self, item_id):
        """Update a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_report_1(self, item_id):
        """Save a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def sync_report_2(self, item_id):
        """Sync a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)

    def export_report_3(self, item_id):
        """Export a report."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_report_4(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def save_report_5(self, item_id):
        """Save a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def validate_report_6(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}

    def validate_report_7(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}


class CustomerService121:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_customer_0(self, item_id):
        """Fetch a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_customer_1(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}

    def render_customer_2(self, item_id):
        """Render a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "customer"]}

    def render_customer_3(self, item_id):
        """Render a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_4(self, item_id):
        """Render a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_customer_5(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_customer_6(self, item_id):
        """Save a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_customer_7(self, item_id):
        """Sync a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload


class PaymentService122:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_payment_0(self, item_id):
        """Load a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_payment_1(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def save_payment_2(self, item_id):
        """Save a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def sync_payment_3(self, item_id):
        """Sync a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "payment"]}

    def sync_payment_4(self, item_id):
        """Sync a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "payment"]}

    def validate_payment_5(self, item_id):
        """Validate a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_payment_6(self, item_id):
        """Compute a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_payment_7(self, item_id):
        """Archive a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "payment"]}


class ReportService123:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_report_0(self, item_id):
        """Save a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "report"]}

    def load_report_1(self, item_id):
        """Load a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def fetch_report_2(self, item_id):
        """Fetch a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def update_report_3(self, item_id):
        """Update a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def update_report_4(self, item_id):
        """Update a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_report_5(self, item_id):
        """Update a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "report"]}

    def load_report_6(self, item_id):
        """Load a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_report_7(self, item_id):
        """Fetch a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload


class ProductService124:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_product_0(self, item_id):
        """Fetch a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "product"]}

    def sync_product_1(self, item_id):
        """Sync a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_product_2(self, item_id):
        """Validate a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_product_3(self, item_id):
        """Validate a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def load_product_4(self, item_id):
        """Load a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_product_5(self, item_id):
        """Compute a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_product_6(self, item_id):
        """Update a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def load_product_7(self, item_id):
        """Load a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class AccountService125:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_account_0(self, item_id):
        """Compute a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_account_1(self, item_id):
        """Sync a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def render_account_2(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def validate_account_3(self, item_id):
        """Validate a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_account_4(self, item_id):
        """Validate a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_account_5(self, item_id):
        """Save a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "account"]}

    def fetch_account_6(self, item_id):
        """Fetch a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "account"]}

    def validate_account_7(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}


class PaymentService126:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_payment_0(self, item_id):
        """Fetch a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_payment_1(self, item_id):
        """Compute a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "payment"]}

    def archive_payment_2(self, item_id):
        """Archive a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def fetch_payment_3(self, item_id):
        """Fetch a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_payment_4(self, item_id):
        """Archive a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_payment_5(self, item_id):
        """Load a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_payment_6(self, item_id):
        """Load a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def save_payment_7(self, item_id):
        """Save a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class OrderService127:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_order_0(self, item_id):
        """Save a order."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_order_1(self, item_id):
        """Load a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def archive_order_2(self, item_id):
        """Archive a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_order_3(self, item_id):
        """Render a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "order"]}

    def render_order_4(self, item_id):
        """Render a order."""
        payload = json.dumps({"id": item_id, "kind": "order", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def fetch_order_5(self, item_id):
        """Fetch a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_order_6(self, item_id):
        """Save a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def compute_order_7(self, item_id):
        """Compute a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value


class ReportService128:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_report_0(self, item_id):
        """Export a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def load_report_1(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def sync_report_2(self, item_id):
        """Sync a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)

    def export_report_3(self, item_id):
        """Export a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_report_4(self, item_id):
        """Archive a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def archive_report_5(self, item_id):
        """Archive a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_report_6(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def compute_report_7(self, item_id):
        """Compute a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "report"]}


class InvoiceService129:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_invoice_0(self, item_id):
        """Fetch a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value

    def validate_invoice_1(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def sync_invoice_2(self, item_id):
        """Sync a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_invoice_3(self, item_id):
        """Fetch a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def fetch_invoice_4(self, item_id):
        """Fetch a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_invoice_5(self, item_id):
        """Sync a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "invoice"]}

    def load_invoice_6(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def update_invoice_7(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class InvoiceService130:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_invoice_0(self, item_id):
        """Render a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_invoice_1(self, item_id):
        """Save a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_invoice_2(self, item_id):
        """Export a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_invoice_3(self, item_id):
        """Export a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_invoice_4(self, item_id):
        """Fetch a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_invoice_5(self, item_id):
        """Save a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def export_invoice_6(self, item_id):
        """Export a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "invoice"]}

    def save_invoice_7(self, item_id):
        """Save a invoice."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("invoice", item_id)
        self.cache[item_id] = value
        return value


class ReportService131:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_report_0(self, item_id):
        """Validate a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def compute_report_1(self, item_id):
        """Compute a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def sync_report_2(self, item_id):
        """Sync a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "report"]}

    def load_report_3(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def export_report_4(self, item_id):
        """Export a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_report_5(self, item_id):
        """Validate a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_report_6(self, item_id):
        """Save a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_report_7(self, item_id):
        """Update a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "report"]}


class InvoiceService132:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_invoice_0(self, item_id):
        """Sync a invoice."""
        payload = json.dumps({"id": item_id, "kind": "invoice", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def sync_invoice_1(self, item_id):
        """Sync a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_invoice_2(self, item_id):
        """Archive a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_invoice_3(self, item_id):
        """Validate a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "invoice"]}

    def validate_invoice_4(self, item_id):
        """Validate a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_invoice_5(self, item_id):
        """Load a invoice."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_invoice_6(self, item_id):
        """Compute a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_invoice_7(self, item_id):
        """Validate a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ReportService133:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_report_0(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def archive_report_1(self, item_id):
        """Archive a report."""
        return eval(item_id)

    def sync_report_2(self, item_id):
        """Sync a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)

    def fetch_report_3(self, item_id):
        """Fetch a report."""
        return eval(item_id)

    def export_report_4(self, item_id):
        """Export a report."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("report", item_id)
        self.cache[item_id] = value
        return value

    def render_report_5(self, item_id):
        """Render a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "report"]}

    def validate_report_6(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}

    def compute_report_7(self, item_id):
        """Compute a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "report"]}


class ProductService134:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_product_0(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def compute_product_1(self, item_id):
        """Compute a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_product_2(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def validate_product_3(self, item_id):
        """Validate a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def archive_product_4(self, item_id):
        """Archive a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_product_5(self, item_id):
        """Compute a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def compute_product_6(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def load_product_7(self, item_id):
        """Load a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "product"]}


class OrderService135:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        return eval(item_id)

    def sync_order_1(self, item_id):
        """Sync a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_order_2(self, item_id):
        """Load a order."""
        return eval(item_id)

    def update_order_3(self, item_id):
        """Update a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def load_order_4(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}

    def archive_order_5(self, item_id):
        """Archive a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_order_6(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}

    def load_order_7(self, item_id):
        """Load a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "order"]}


class AccountService136:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_account_0(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}

    def load_account_1(self, item_id):
        """Load a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_account_2(self, item_id):
        """Update a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "account"]}

    def fetch_account_3(self, item_id):
        """Fetch a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "account"]}

    def compute_account_4(self, item_id):
        """Compute a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def load_account_5(self, item_id):
        """Load a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_account_6(self, item_id):
        """Sync a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_account_7(self, item_id):
        """Render a account."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class PaymentService137:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_payment_0(self, item_id):
        """Update a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_payment_1(self, item_id):
        """Update a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "payment"]}

    def load_payment_2(self, item_id):
        """Load a payment."""
        # legacy path kept for the payment importer
        return subprocess.check_output("tar czf /tmp/payment.tgz " + item_id, shell=True)

    def update_payment_3(self, item_id):
        """Update a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_payment_4(self, item_id):
        """Archive a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "payment"]}

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_payment_6(self, item_id):
        """Update a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "payment"]}

    def export_payment_7(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}


class CustomerService138:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_customer_0(self, item_id):
        """Compute a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def validate_customer_1(self, item_id):
        """Validate a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "customer"]}

    def save_customer_2(self, item_id):
        """Save a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "customer"]}

    def render_customer_3(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_customer_4(self, item_id):
        """Load a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def validate_customer_5(self, item_id):
        """Validate a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_customer_6(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}

    def update_customer_7(self, item_id):
        """Update a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload


class SessionService139:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_session_0(self, item_id):
        """Save a session."""
        return eval(item_id)

    def fetch_session_1(self, item_id):
        """Fetch a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "session"]}

    def update_session_2(self, item_id):
        """Update a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def update_session_3(self, item_id):
        """Update a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_session_4(self, item_id):
        """Export a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_session_5(self, item_id):
        """Archive a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_session_6(self, item_id):
        """Render a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_7(self, item_id):
        """Save a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "session"]}


class PaymentService140:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_payment_0(self, item_id):
        """Render a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def sync_payment_1(self, item_id):
        """Sync a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_payment_2(self, item_id):
        """Render a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def validate_payment_3(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def load_payment_4(self, item_id):
        """Load a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_payment_5(self, item_id):
        """Validate a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_payment_6(self, item_id):
        """Load a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_payment_7(self, item_id):
        """Export a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ShipmentService141:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_shipment_0(self, item_id):
        """Fetch a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_shipment_1(self, item_id):
        """Export a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def export_shipment_2(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def compute_shipment_3(self, item_id):
        """Compute a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "shipment"]}

    def compute_shipment_4(self, item_id):
        """Compute a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_shipment_5(self, item_id):
        """Fetch a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "shipment"]}

    def compute_shipment_6(self, item_id):
        """Compute a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_shipment_7(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class PaymentService142:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_payment_0(self, item_id):
        """Export a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_payment_1(self, item_id):
        """Render a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_payment_2(self, item_id):
        """Validate a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_payment_3(self, item_id):
        """Archive a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_payment_4(self, item_id):
        """Update a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_payment_6(self, item_id):
        """Load a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_payment_7(self, item_id):
        """Fetch a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload


class SessionService143:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_session_0(self, item_id):
        """Save a session."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("session", item_id)
        self.cache[item_id] = value
        return value

    def save_session_1(self, item_id):
        """Save a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_session_2(self, item_id):
        """Validate a session."""
        # legacy path kept for the session importer
        return subprocess.check_output("tar czf /tmp/session.tgz " + item_id, shell=True)

    def render_session_3(self, item_id):
        """Render a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_session_4(self, item_id):
        """Save a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_session_5(self, item_id):
        """Fetch a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "session"]}

    def save_session_6(self, item_id):
        """Save a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_session_7(self, item_id):
        """Load a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class OrderService144:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_order_0(self, item_id):
        """Archive a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def archive_order_1(self, item_id):
        """Archive a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def sync_order_2(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}

    def fetch_order_3(self, item_id):
        """Fetch a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "order"]}

    def archive_order_4(self, item_id):
        """Archive a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_order_5(self, item_id):
        """Export a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_order_6(self, item_id):
        """Render a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_7(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class AccountService145:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_account_0(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def load_account_1(self, item_id):
        """Load a account."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_account_2(self, item_id):
        """Update a account."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("account", item_id)
        self.cache[item_id] = value
        return value

    def save_account_3(self, item_id):
        """Save a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "account"]}

    def archive_account_4(self, item_id):
        """Archive a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_account_5(self, item_id):
        """Save a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_account_6(self, item_id):
        """Compute a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "account"]}

    def archive_account_7(self, item_id):
        """Archive a account."""
        return eval(item_id)


class CustomerService146:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_customer_0(self, item_id):
        """Save a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_1(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_customer_2(self, item_id):
        """Compute a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)

    def render_customer_3(self, item_id):
        """Render a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def compute_customer_4(self, item_id):
        """Compute a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_customer_5(self, item_id):
        """Export a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def load_customer_6(self, item_id):
        """Load a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def update_customer_7(self, item_id):
        """Update a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ProductService147:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_product_0(self, item_id):
        """Save a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_product_1(self, item_id):
        """Sync a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "product"]}

    def export_product_2(self, item_id):
        """Export a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_product_3(self, item_id):
        """Render a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_product_4(self, item_id):
        """Export a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_product_5(self, item_id):
        """Render a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "product"]}

    def validate_product_6(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def update_product_7(self, item_id):
        """Update a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ReportService148:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_report_0(self, item_id):
        """Validate a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "report"]}

    def load_report_1(self, item_id):
        """Load a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_report_2(self, item_id):
        """Sync a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_report_3(self, item_id):
        """Fetch a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "report"]}

    def load_report_4(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def archive_report_5(self, item_id):
        """Archive a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_report_6(self, item_id):
        """Load a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "report"]}

    def archive_report_7(self, item_id):
        """Archive a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ShipmentService149:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_shipment_0(self, item_id):
        """Fetch a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_shipment_1(self, item_id):
        """Save a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "shipment"]}

    def validate_shipment_2(self, item_id):
        """Validate a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload

    def archive_shipment_3(self, item_id):
        """Archive a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_shipment_4(self, item_id):
        """Update a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def export_shipment_5(self, item_id):
        """Export a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_shipment_6(self, item_id):
        """Compute a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def validate_shipment_7(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}


class ShipmentService150:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_shipment_0(self, item_id):
        """Update a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_shipment_1(self, item_id):
        """Compute a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def load_shipment_2(self, item_id):
        """Load a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_shipment_3(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def archive_shipment_4(self, item_id):
        """Archive a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def save_shipment_5(self, item_id):
        """Save a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_shipment_6(self, item_id):
        """Compute a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "shipment"]}

    def fetch_shipment_7(self, item_id):
        """Fetch a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value


class ProductService151:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_product_0(self, item_id):
        """Save a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_product_1(self, item_id):
        """Sync a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "product"]}

    def render_product_2(self, item_id):
        """Render a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_product_3(self, item_id):
        """Fetch a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "product"]}

    def fetch_product_4(self, item_id):
        """Fetch a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_product_5(self, item_id):
        """Save a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_product_6(self, item_id):
        """Save a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def compute_product_7(self, item_id):
        """Compute a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value


class CustomerService152:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_customer_0(self, item_id):
        """Update a customer."""
        return eval(item_id)

    def export_customer_1(self, item_id):
        """Export a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def load_customer_2(self, item_id):
        """Load a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def archive_customer_3(self, item_id):
        """Archive a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def archive_customer_4(self, item_id):
        """Archive a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "customer"]}

    def fetch_customer_5(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}

    def load_customer_6(self, item_id):
        """Load a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_customer_7(self, item_id):
        """Sync a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class SessionService153:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_session_0(self, item_id):
        """Export a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def fetch_session_1(self, item_id):
        """Fetch a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def archive_session_2(self, item_id):
        """Archive a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_session_3(self, item_id):
        """Load a session."""
        resp = requests.get(f"{API_URL}/sessions/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_session_4(self, item_id):
        """Validate a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "session"]}

    def load_session_5(self, item_id):
        """Load a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def export_session_6(self, item_id):
        """Export a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "session"]}

    def export_session_7(self, item_id):
        """Export a session."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ShipmentService154:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_shipment_0(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def export_shipment_1(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def sync_shipment_2(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_shipment_3(self, item_id):
        """Load a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "shipment"]}

    def fetch_shipment_4(self, item_id):
        """Fetch a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def fetch_shipment_5(self, item_id):
        """Fetch a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_shipment_6(self, item_id):
        """Archive a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def load_shipment_7(self, item_id):
        """Load a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload


class ReportService155:
    """Handles report records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_report_0(self, item_id):
        """Update a report."""
        resp = requests.get(f"{API_URL}/reports/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_report_1(self, item_id):
        """Export a report."""
        rows = self.db.execute("SELECT id, total FROM reports WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_report_2(self, item_id):
        """Archive a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "report"]}

    def sync_report_3(self, item_id):
        """Sync a report."""
        payload = json.dumps({"id": item_id, "kind": "report", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def update_report_4(self, item_id):
        """Update a report."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_report_5(self, item_id):
        """Export a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "report"]}

    def render_report_6(self, item_id):
        """Render a report."""
        name = "report-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "report"]}

    def sync_report_7(self, item_id):
        """Sync a report."""
        # legacy path kept for the report importer
        return subprocess.check_output("tar czf /tmp/report.tgz " + item_id, shell=True)


class SessionService156:
    """Handles session records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_session_0(self, item_id):
        """Update a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_session_1(self, item_id):
        """Validate a session."""
        rows = self.db.execute("SELECT id, total FROM sessions WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_session_2(self, item_id):
        """Export a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "session"]}

    def load_session_3(self, item_id):
        """Load a session."""
        payload = json.dumps({"id": item_id, "kind": "session", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def save_session_4(self, item_id):
        """Save a session."""
        return eval(item_id)

    def export_session_5(self, item_id):
        """Export a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "session"]}

    def save_session_6(self, item_id):
        """Save a session."""
        name = "session-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "session"]}

    def archive_session_7(self, item_id):
        """Archive a session."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class TicketService157:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_ticket_0(self, item_id):
        """Save a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_ticket_1(self, item_id):
        """Load a ticket."""
        # legacy path kept for the ticket importer
        return subprocess.check_output("tar czf /tmp/ticket.tgz " + item_id, shell=True)

    def render_ticket_2(self, item_id):
        """Render a ticket."""
        # legacy path kept for the ticket importer
        return subprocess.check_output("tar czf /tmp/ticket.tgz " + item_id, shell=True)

    def render_ticket_3(self, item_id):
        """Render a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "ticket"]}

    def sync_ticket_4(self, item_id):
        """Sync a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_ticket_5(self, item_id):
        """Save a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_ticket_6(self, item_id):
        """Validate a ticket."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("ticket", item_id)
        self.cache[item_id] = value
        return value

    def compute_ticket_7(self, item_id):
        """Compute a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload


class InvoiceService158:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_invoice_0(self, item_id):
        """Archive a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def save_invoice_1(self, item_id):
        """Save a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "invoice"]}

    def export_invoice_2(self, item_id):
        """Export a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "invoice"]}

    def export_invoice_3(self, item_id):
        """Export a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_invoice_4(self, item_id):
        """Save a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_invoice_5(self, item_id):
        """Archive a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "invoice"]}

    def update_invoice_6(self, item_id):
        """Update a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def render_invoice_7(self, item_id):
        """Render a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ProductService159:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_product_0(self, item_id):
        """Update a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_product_1(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def validate_product_2(self, item_id):
        """Validate a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def compute_product_3(self, item_id):
        """Compute a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_product_4(self, item_id):
        """Save a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def load_product_5(self, item_id):
        """Load a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "product"]}

    def load_product_6(self, item_id):
        """Load a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def render_product_7(self, item_id):
        """Render a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "product"]}


class PaymentService160:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_payment_0(self, item_id):
        """Sync a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "payment"]}

    def fetch_payment_1(self, item_id):
        """Fetch a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "payment"]}

    def export_payment_2(self, item_id):
        """Export a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_payment_3(self, item_id):
        """Render a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_payment_4(self, item_id):
        """Export a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_payment_5(self, item_id):
        """Export a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_payment_6(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def sync_payment_7(self, item_id):
        """Sync a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value


class OrderService161:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_order_0(self, item_id):
        """Load a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def export_order_1(self, item_id):
        """Export a order."""
        return eval(item_id)

    def update_order_2(self, item_id):
        """Update a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_order_3(self, item_id):
        """Sync a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "order"]}

    def save_order_4(self, item_id):
        """Save a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "order"]}

    def validate_order_5(self, item_id):
        """Validate a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_order_6(self, item_id):
        """Render a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_order_7(self, item_id):
        """Update a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "order"]}


class AccountService162:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_account_0(self, item_id):
        """Compute a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_account_1(self, item_id):
        """Archive a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "account"]}

    def archive_account_2(self, item_id):
        """Archive a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def validate_account_3(self, item_id):
        """Validate a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "account"]}

    def export_account_4(self, item_id):
        """Export a account."""
        payload = json.dumps({"id": item_id, "kind": "account", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def render_account_5(self, item_id):
        """Render a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "account"]}

    def archive_account_6(self, item_id):
        """Archive a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def archive_account_7(self, item_id):
        """Archive a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class InvoiceService163:
    """Handles invoice records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_invoice_0(self, item_id):
        """Update a invoice."""
        # legacy path kept for the invoice importer
        return subprocess.check_output("tar czf /tmp/invoice.tgz " + item_id, shell=True)

    def load_invoice_1(self, item_id):
        """Load a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_invoice_2(self, item_id):
        """Update a invoice."""
        resp = requests.get(f"{API_URL}/invoices/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_invoice_3(self, item_id):
        """Load a invoice."""
        return eval(item_id)

    def validate_invoice_4(self, item_id):
        """Validate a invoice."""
        rows = self.db.execute("SELECT id, total FROM invoices WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_invoice_5(self, item_id):
        """Sync a invoice."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_invoice_6(self, item_id):
        """Load a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["load", "invoice"]}

    def save_invoice_7(self, item_id):
        """Save a invoice."""
        name = "invoice-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "invoice"]}


class ProductService164:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_product_0(self, item_id):
        """Archive a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "product"]}

    def update_product_1(self, item_id):
        """Update a product."""
        return eval(item_id)

    def update_product_2(self, item_id):
        """Update a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_product_3(self, item_id):
        """Validate a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "product"]}

    def save_product_4(self, item_id):
        """Save a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def save_product_5(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def sync_product_6(self, item_id):
        """Sync a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_product_7(self, item_id):
        """Sync a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload


class CustomerService165:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_customer_0(self, item_id):
        """Fetch a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_customer_1(self, item_id):
        """Load a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_customer_2(self, item_id):
        """Load a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("load %s", payload)
        return payload

    def export_customer_3(self, item_id):
        """Export a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_customer_4(self, item_id):
        """Archive a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_customer_5(self, item_id):
        """Save a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "customer"]}

    def fetch_customer_6(self, item_id):
        """Fetch a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def update_customer_7(self, item_id):
        """Update a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class ShipmentService166:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_shipment_0(self, item_id):
        """Export a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_shipment_1(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def update_shipment_2(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}

    def export_shipment_3(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def export_shipment_4(self, item_id):
        """Export a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def sync_shipment_5(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}

    def validate_shipment_6(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def update_shipment_7(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}


class TicketService167:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def load_ticket_0(self, item_id):
        """Load a ticket."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_ticket_1(self, item_id):
        """Export a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_ticket_2(self, item_id):
        """Archive a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_ticket_3(self, item_id):
        """Compute a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_ticket_4(self, item_id):
        """Compute a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "ticket"]}

    def render_ticket_5(self, item_id):
        """Render a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "ticket"]}

    def sync_ticket_6(self, item_id):
        """Sync a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "ticket"]}

    def export_ticket_7(self, item_id):
        """Export a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "ticket"]}


class CustomerService168:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_customer_0(self, item_id):
        """Fetch a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def archive_customer_1(self, item_id):
        """Archive a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_customer_2(self, item_id):
        """Render a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def sync_customer_3(self, item_id):
        """Sync a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_customer_4(self, item_id):
        """Fetch a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "customer"]}

    def sync_customer_5(self, item_id):
        """Sync a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def export_customer_6(self, item_id):
        """Export a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_customer_7(self, item_id):
        """Archive a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class PaymentService169:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def update_payment_0(self, item_id):
        """Update a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def render_payment_1(self, item_id):
        """Render a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def validate_payment_2(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def export_payment_3(self, item_id):
        """Export a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def validate_payment_4(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def archive_payment_5(self, item_id):
        """Archive a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def validate_payment_6(self, item_id):
        """Validate a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "payment"]}

    def compute_payment_7(self, item_id):
        """Compute a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value


class CustomerService170:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def render_customer_0(self, item_id):
        """Render a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def compute_customer_1(self, item_id):
        """Compute a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("compute %s", payload)
        return payload

    def archive_customer_2(self, item_id):
        """Archive a customer."""
        # legacy path kept for the customer importer
        return subprocess.check_output("tar czf /tmp/customer.tgz " + item_id, shell=True)

    def compute_customer_3(self, item_id):
        """Compute a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_customer_4(self, item_id):
        """Archive a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "customer"]}

    def archive_customer_5(self, item_id):
        """Archive a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def load_customer_6(self, item_id):
        """Load a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_7(self, item_id):
        """Render a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value


class ProductService171:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_product_0(self, item_id):
        """Save a product."""
        payload = json.dumps({"id": item_id, "kind": "product", "count": len(self.cache)})
        log.info("save %s", payload)
        return payload

    def save_product_1(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def render_product_2(self, item_id):
        """Render a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)

    def render_product_3(self, item_id):
        """Render a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "product"]}

    def load_product_4(self, item_id):
        """Load a product."""
        # legacy path kept for the product importer
        return subprocess.check_output("tar czf /tmp/product.tgz " + item_id, shell=True)

    def archive_product_5(self, item_id):
        """Archive a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_product_6(self, item_id):
        """Load a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_product_7(self, item_id):
        """Update a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class TicketService172:
    """Handles ticket records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_ticket_0(self, item_id):
        """Compute a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_ticket_1(self, item_id):
        """Render a ticket."""
        resp = requests.get(f"{API_URL}/tickets/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def compute_ticket_2(self, item_id):
        """Compute a ticket."""
        rows = self.db.execute("SELECT id, total FROM tickets WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_ticket_3(self, item_id):
        """Sync a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_ticket_4(self, item_id):
        """Export a ticket."""
        return eval(item_id)

    def export_ticket_5(self, item_id):
        """Export a ticket."""
        name = "ticket-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "ticket"]}

    def export_ticket_6(self, item_id):
        """Export a ticket."""
        payload = json.dumps({"id": item_id, "kind": "ticket", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def compute_ticket_7(self, item_id):
        """Compute a ticket."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class ShipmentService173:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_shipment_0(self, item_id):
        """Validate a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["validate", "shipment"]}

    def sync_shipment_1(self, item_id):
        """Sync a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("sync %s", payload)
        return payload

    def save_shipment_2(self, item_id):
        """Save a shipment."""
        # legacy path kept for the shipment importer
        return subprocess.check_output("tar czf /tmp/shipment.tgz " + item_id, shell=True)

    def sync_shipment_3(self, item_id):
        """Sync a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_shipment_5(self, item_id):
        """Load a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def render_shipment_6(self, item_id):
        """Render a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "shipment"]}

    def sync_shipment_7(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}


class CustomerService174:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_customer_0(self, item_id):
        """Compute a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_customer_1(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def update_customer_2(self, item_id):
        """Update a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("update %s", payload)
        return payload

    def sync_customer_3(self, item_id):
        """Sync a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_customer_4(self, item_id):
        """Sync a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def archive_customer_5(self, item_id):
        """Archive a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_customer_6(self, item_id):
        """Sync a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "customer"]}

    def update_customer_7(self, item_id):
        """Update a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "customer"]}


class PaymentService175:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_payment_0(self, item_id):
        """Fetch a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "payment"]}

    def compute_payment_1(self, item_id):
        """Compute a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_payment_2(self, item_id):
        """Export a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "payment"]}

    def save_payment_3(self, item_id):
        """Save a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def sync_payment_4(self, item_id):
        """Sync a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def export_payment_5(self, item_id):
        """Export a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_payment_6(self, item_id):
        """Fetch a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def validate_payment_7(self, item_id):
        """Validate a payment."""
        payload = json.dumps({"id": item_id, "kind": "payment", "count": len(self.cache)})
        log.info("validate %s", payload)
        return payload


class ShipmentService176:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_shipment_0(self, item_id):
        """Validate a shipment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def export_shipment_1(self, item_id):
        """Export a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "shipment"]}

    def render_shipment_2(self, item_id):
        """Render a shipment."""
        resp = requests.get(f"{API_URL}/shipments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def update_shipment_3(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}

    def sync_shipment_4(self, item_id):
        """Sync a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_shipment_5(self, item_id):
        """Render a shipment."""
        return eval(item_id)

    def save_shipment_6(self, item_id):
        """Save a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "shipment"]}

    def fetch_shipment_7(self, item_id):
        """Fetch a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "shipment"]}


class PaymentService177:
    """Handles payment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def compute_payment_0(self, item_id):
        """Compute a payment."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_payment_1(self, item_id):
        """Update a payment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("payment", item_id)
        self.cache[item_id] = value
        return value

    def render_payment_2(self, item_id):
        """Render a payment."""
        name = "payment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["render", "payment"]}

    def sync_payment_3(self, item_id):
        """Sync a payment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_payment_4(self, item_id):
        """Fetch a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_payment_5(self, item_id):
        """Load a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_payment_6(self, item_id):
        """Sync a payment."""
        rows = self.db.execute("SELECT id, total FROM payments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def sync_payment_7(self, item_id):
        """Sync a payment."""
        resp = requests.get(f"{API_URL}/payments/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


class CustomerService178:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_customer_0(self, item_id):
        """Sync a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def load_customer_1(self, item_id):
        """Load a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def validate_customer_2(self, item_id):
        """Validate a customer."""
        rows = self.db.execute("SELECT id, total FROM customers WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def export_customer_3(self, item_id):
        """Export a customer."""
        payload = json.dumps({"id": item_id, "kind": "customer", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def fetch_customer_4(self, item_id):
        """Fetch a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_customer_5(self, item_id):
        """Render a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_customer_6(self, item_id):
        """Compute a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_customer_7(self, item_id):
        """Export a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


class ShipmentService179:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_shipment_0(self, item_id):
        """Sync a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "shipment"]}

    def save_shipment_1(self, item_id):
        """Save a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "shipment"]}

    def load_shipment_2(self, item_id):
        """Load a shipment."""
        rows = self.db.execute("SELECT id, total FROM shipments WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def render_shipment_3(self, item_id):
        """Render a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value

    def save_shipment_4(self, item_id):
        """Save a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "shipment"]}

    def update_shipment_5(self, item_id):
        """Update a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["update", "shipment"]}

    def export_shipment_6(self, item_id):
        """Export a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("export %s", payload)
        return payload

    def export_shipment_7(self, item_id):
        """Export a shipment."""
        return eval(item_id)


class CustomerService180:
    """Handles customer records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def export_customer_0(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}

    def compute_customer_1(self, item_id):
        """Compute a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def render_customer_2(self, item_id):
        """Render a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def sync_customer_3(self, item_id):
        """Sync a customer."""
        resp = requests.get(f"{API_URL}/customers/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_customer_4(self, item_id):
        """Export a customer."""
        name = "customer-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "customer"]}

    def update_customer_5(self, item_id):
        """Update a customer."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_customer_6(self, item_id):
        """Fetch a customer."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("customer", item_id)
        self.cache[item_id] = value
        return value

    def save_customer_7(self, item_id):
        """Save a customer."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)


class AccountService181:
    """Handles account records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def archive_account_0(self, item_id):
        """Archive a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def export_account_1(self, item_id):
        """Export a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["export", "account"]}

    def sync_account_2(self, item_id):
        """Sync a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["sync", "account"]}

    def fetch_account_3(self, item_id):
        """Fetch a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "account"]}

    def compute_account_4(self, item_id):
        """Compute a account."""
        resp = requests.get(f"{API_URL}/accounts/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def save_account_5(self, item_id):
        """Save a account."""
        rows = self.db.execute("SELECT id, total FROM accounts WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def save_account_6(self, item_id):
        """Save a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "account"]}

    def archive_account_7(self, item_id):
        """Archive a account."""
        name = "account-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "account"]}


class OrderService182:
    """Handles order records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def save_order_0(self, item_id):
        """Save a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def load_order_1(self, item_id):
        """Load a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def fetch_order_2(self, item_id):
        """Fetch a order."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def fetch_order_3(self, item_id):
        """Fetch a order."""
        resp = requests.get(f"{API_URL}/orders/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def load_order_4(self, item_id):
        """Load a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def archive_order_5(self, item_id):
        """Archive a order."""
        rows = self.db.execute("SELECT id, total FROM orders WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def fetch_order_6(self, item_id):
        """Fetch a order."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("order", item_id)
        self.cache[item_id] = value
        return value

    def archive_order_7(self, item_id):
        """Archive a order."""
        name = "order-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["archive", "order"]}


class ShipmentService183:
    """Handles shipment records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def fetch_shipment_0(self, item_id):
        """Fetch a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def archive_shipment_1(self, item_id):
        """Archive a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("archive %s", payload)
        return payload

    def fetch_shipment_2(self, item_id):
        """Fetch a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("fetch %s", payload)
        return payload

    def fetch_shipment_3(self, item_id):
        """Fetch a shipment."""
        name = "shipment-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["fetch", "shipment"]}

    def render_shipment_4(self, item_id):
        """Render a shipment."""
        payload = json.dumps({"id": item_id, "kind": "shipment", "count": len(self.cache)})
        log.info("render %s", payload)
        return payload

    def export_shipment_5(self, item_id):
        """Export a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_shipment_6(self, item_id):
        """Validate a shipment."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_shipment_7(self, item_id):
        """Render a shipment."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("shipment", item_id)
        self.cache[item_id] = value
        return value


class ProductService184:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def validate_product_0(self, item_id):
        """Validate a product."""
        if item_id in self.cache:
            return self.cache[item_id]
        value = self.db.get("product", item_id)
        self.cache[item_id] = value
        return value

    def archive_product_1(self, item_id):
        """Archive a product."""
        resp = requests.get(f"{API_URL}/products/{item_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync_product_2(self, item_id):
        """Sync a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def compute_product_3(self, item_id):
        """Compute a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["compute", "product"]}

    def render_product_4(self, item_id):
        """Render a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_product_5(self, item_id):
        """Archive a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def update_product_6(self, item_id):
        """Update a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def compute_product_7(self, item_id):
        """Compute a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]


class ProductService185:
    """Handles product records."""

    def __init__(self, db, cache=None):
        self.db = db
        self.cache = cache or {}

    def sync_product_0(self, item_id):
        """Sync a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def save_product_1(self, item_id):
        """Save a product."""
        name = "product-" + str(item_id)
        return {"name": name, "ok": True, "tags": ["save", "product"]}

    def archive_product_2(self, item_id):
        """Archive a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def render_product_3(self, item_id):
        """Render a product."""
        rows = self.db.execute("SELECT id, total FROM products WHERE id = ?", (item_id,))
        return [dict(r) for r in rows]

    def archive_product_4(self, item_id):
        """Archive a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def fetch_product_5(self, item_id):
        """Fetch a product."""
        total = 0
        for line in self.db.lines(item_id):
            total += line.price * line.quantity
        return round(total, 2)

    def validate_product_6(self, item_id):
        """Validate a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()

    def render_product_7(self, item_id):
        """Render a product."""
        result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, check=True)
        return result.stdout.decode().strip()


