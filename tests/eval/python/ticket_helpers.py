"""Support-ticket endpoints: queries and files built by helper functions."""
import os
import sqlite3
import subprocess

from flask import Flask, request, send_file
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()
ATTACHMENTS = "/srv/tickets/attachments"
STATUSES = {"open", "closed", "pending"}


def db():
    return sqlite3.connect("/srv/tickets/tickets.db")


def tickets_for(customer):
    return "SELECT id, subject FROM tickets WHERE customer = '" + customer + "' ORDER BY id"


def status_filter(status):
    if status in STATUSES:
        return status
    return "open"


def attachment_path(name):
    return os.path.join(ATTACHMENTS, os.path.basename(name))


def run_query(sql):
    cur = db().cursor()
    cur.execute(sql)
    return cur.fetchall()


def archive(ticket_id):
    # expect: python.subprocess-shell-true
    subprocess.run("tar czf /srv/archive/%s.tgz /srv/tickets/%s" % (ticket_id, ticket_id), shell=True, check=True)


@app.get("/tickets")
def list_tickets():
    customer = request.args.get("customer", "")
    cur = db().cursor()
    # expect: python.tainted-sql
    cur.execute(tickets_for(customer))
    return {"tickets": cur.fetchall()}


@app.get("/tickets/by-status")
def by_status():
    status = status_filter(request.args.get("status", "open"))
    return send_file(os.path.join("/srv/tickets/by-status", status + ".json"))


@app.get("/tickets/search")
def search():
    term = request.args.get("q", "")
    # expect: python.tainted-sql
    return {"tickets": run_query("SELECT id FROM tickets WHERE subject LIKE '%" + term + "%'")}


@app.get("/tickets/recent")
def recent():
    limit = int(request.args.get("limit", "20"))
    return {"tickets": run_query("SELECT id FROM tickets ORDER BY id DESC LIMIT %d" % limit)}


@app.get("/attachments/<name>")
def attachment(name):
    return send_file(attachment_path(name))


@app.post("/tickets/<ticket_id>/archive")
def archive_ticket(ticket_id):
    # expect: python.tainted-command
    archive(request.form["ticket"])
    return {"ok": True}


def suggested_query(question):
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    return reply.choices[0].message.content


def run_saved_reports():
    """Nightly job: each saved report's description is turned into SQL by the model."""
    cur = db().cursor()
    for report_id, description in cur.execute("SELECT id, description FROM saved_reports").fetchall():
        sql = suggested_query("SQLite query over tickets(id, subject, status) for: " + description)
        # expect: python.llm-output-injection
        rows = db().execute(sql).fetchall()
        cur.execute("UPDATE saved_reports SET rows = ? WHERE id = ?", (len(rows), report_id))
