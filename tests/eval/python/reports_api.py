"""Reporting endpoints for the analytics dashboard."""
import os
from datetime import date

from flask import Blueprint, abort, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from .db import get_conn

bp = Blueprint("reports", __name__, url_prefix="/api/reports")

EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/lib/analytics/exports")
ALLOWED_SORT = {"created_at", "revenue", "region"}


@bp.get("/")
def list_reports():
    region = request.args.get("region", "emea")
    conn = get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, title, created_at FROM reports WHERE region = %s ORDER BY created_at DESC",
            (region,),
        )
        rows = cur.fetchall()
    return jsonify([dict(zip(("id", "title", "created_at"), r)) for r in rows])


@bp.get("/search")
def search_reports():
    term = request.args.get("q", "")
    conn = get_conn()
    with conn.cursor() as cur:
        # expect: python.sql-injection-string-format
        cur.execute(f"SELECT id, title FROM reports WHERE title ILIKE '%{term}%' LIMIT 50")
        return jsonify(cur.fetchall())


@bp.get("/by-owner/<owner>")
def reports_by_owner(owner):
    sort = request.args.get("sort", "created_at")
    if sort not in ALLOWED_SORT:
        abort(400)
    conn = get_conn()
    cur = conn.cursor()
    # expect: python.sql-injection-string-format
    query = "SELECT * FROM reports WHERE owner = '%s' ORDER BY %s" % (owner, sort)
    # expect: python.tainted-sql
    cur.execute(query)
    return jsonify(cur.fetchall())


@bp.get("/summary")
def summary():
    day = request.args.get("day", date.today().isoformat())
    conn = get_conn()
    cur = conn.cursor()
    cur.execute("SELECT count(*), sum(revenue) FROM reports WHERE day = %(day)s", {"day": day})
    count, total = cur.fetchone()
    return jsonify({"count": count, "total": float(total or 0)})


@bp.delete("/<int:report_id>")
def delete_report(report_id: int):
    conn = get_conn()
    cur = conn.cursor()
    # expect: python.sql-injection-string-format
    cur.execute("DELETE FROM reports WHERE id = {}".format(request.args["id"]))
    conn.commit()
    return "", 204


@bp.get("/export/<path:name>")
def download_export(name):
    # send_from_directory rejects paths that escape EXPORT_DIR
    return send_from_directory(EXPORT_DIR, name, as_attachment=True)


@bp.get("/raw")
def download_raw():
    filename = request.args.get("file")
    # expect: python.path-traversal-request, python.tainted-path
    return send_file(os.path.join(EXPORT_DIR, filename))


@bp.get("/attachment")
def attachment():
    name = secure_filename(request.args.get("file", ""))
    if not name:
        abort(404)
    return send_file(os.path.join(EXPORT_DIR, name))


@bp.post("/notes")
def save_note():
    title = request.form["title"]
    # expect: python.path-traversal-request
    with open(f"{EXPORT_DIR}/notes/{request.form['slug']}.md", "w") as fh:
        fh.write(title)
    return "", 201
