"""Inventory service: stock lookups, exports and supplier webhooks."""
import os
import shlex
import sqlite3
import subprocess

import requests
from flask import Flask, abort, jsonify, redirect, request, send_file, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORT_DIR = "/var/lib/inventory/exports"
DB_PATH = os.environ.get("INVENTORY_DB", "inventory.db")


def db():
    return sqlite3.connect(DB_PATH)


def where_clause(field, value):
    return f"{field} = '{value}'"


@app.get("/items")
def list_items():
    conditions = []
    for field in ("sku", "warehouse", "supplier"):
        value = request.args.get(field)
        if value:
            conditions.append(where_clause(field, value))
    sql = "SELECT sku, qty FROM items"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    cur = db().cursor()
    # expect: python.tainted-sql
    rows = cur.execute(sql).fetchall()
    return jsonify(rows)


@app.get("/items/<int:item_id>/history")
def history(item_id):
    days = int(request.args.get("days", "30"))
    cur = db().cursor()
    rows = cur.execute(
        f"SELECT day, qty FROM history WHERE item = {item_id} AND day > date('now', '-{days} days')"
    ).fetchall()
    return jsonify(rows)


@app.get("/items/search")
def search_items():
    term = request.args.get("q", "").strip().lower()
    cur = db().cursor()
    rows = cur.execute("SELECT sku FROM items WHERE name LIKE ?", (f"%{term}%",)).fetchall()
    return jsonify(rows)


@app.get("/exports/<name>")
def download_export(name):
    fmt = request.args.get("format", "csv")
    filename = name + "." + fmt
    path = os.path.join(EXPORT_DIR, filename)
    # expect: python.tainted-path
    return send_file(path, as_attachment=True)


@app.get("/exports/safe/<name>")
def download_export_safe(name):
    filename = secure_filename(request.args.get("file", ""))
    path = os.path.join(EXPORT_DIR, filename)
    return send_file(path, as_attachment=True)


@app.post("/exports/archive")
def archive_exports():
    label = request.form["label"]
    target = f"{EXPORT_DIR}/archive-{label}.tar.gz"
    command = "tar czf " + target + " " + EXPORT_DIR
    # expect: python.tainted-command, python.subprocess-shell-true
    subprocess.run(command, shell=True, check=True)
    safe_target = shlex.quote(f"{EXPORT_DIR}/archive-{request.form['label']}.tar.gz")
    subprocess.run("tar czf " + safe_target + " " + EXPORT_DIR, shell=True, check=True)
    return "", 204


@app.post("/suppliers/webhook-test")
def webhook_test():
    payload = request.get_json(force=True)
    hook = payload.get("callback_url")
    # expect: python.tainted-url
    resp = requests.post(hook, json={"ping": True}, timeout=5)
    status = requests.get("https://suppliers.example-partner.com/status/" + payload.get("supplier", ""), timeout=5)
    return jsonify({"callback": resp.status_code, "partner": status.status_code})


@app.get("/login/done")
def login_done():
    target = request.args.get("next")
    if not target:
        return redirect(url_for("list_items"))
    # expect: python.tainted-redirect
    return redirect(target)


@app.get("/reports/stock")
def stock_report():
    warehouse = request.args.get("warehouse", "main")
    warehouse = "main" if warehouse not in ("main", "north", "south") else warehouse
    cur = db().cursor()
    rows = cur.execute("SELECT sku, qty FROM items WHERE warehouse = ?", (warehouse,)).fetchall()
    return jsonify(rows)
