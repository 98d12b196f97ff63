"""HTML rendering helpers for the newsletter service."""
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)

env = Environment(
    loader=PackageLoader("newsletter", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

# expect: python.jinja2-autoescape-false
text_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)

# expect: python.jinja2-autoescape-missing
preview_env = Environment(loader=FileSystemLoader("templates/preview"))

BANNER = Markup("<strong>Newsletter</strong> &mdash; weekly digest")


def render_issue(issue: dict) -> str:
    return env.get_template("issue.html").render(issue=issue, banner=BANNER)


def highlight(term: str) -> Markup:
    return Markup("<mark>%s</mark>") % term


def render_signature(author_html: str) -> Markup:
    # expect: python.unescaped-markup
    return Markup(f"<div class='sig'>{author_html}</div>")


def safe_signature(author: str) -> Markup:
    return Markup("<div class='sig'>{}</div>").format(escape(author))


@app.route("/preview")
def preview():
    name = request.args.get("name", "reader")
    return render_template("preview.html", name=name)


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "reader")
    # expect: python.template-injection
    return render_template_string("<h1>Hello " + name + "!</h1>")


@app.route("/footer")
def footer():
    return render_template_string("<footer>{{ year }} Acme</footer>", year=2024)


@app.route("/custom")
def custom_block():
    tpl = request.form["template"]
    # expect: python.template-injection, python.tainted-template
    return env.from_string(tpl).render()
