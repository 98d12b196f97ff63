"""Evaluates spreadsheet-style formulas for the pricing rules engine."""
import ast
import operator
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_eval(expr: str) -> float:
    def _eval(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
        raise ValueError("unsupported expression")

    return _eval(ast.parse(expr, mode="eval").body)


def parse_literal(value: str):
    return ast.literal_eval(value)


@app.post("/price/preview")
def preview_price():
    formula = request.json["formula"]
    return jsonify({"value": safe_eval(formula)})


@app.post("/price/legacy")
def legacy_price():
    formula = request.json["formula"]
    base = float(request.json.get("base", 0))
    # expect: python.eval-injection
    value = eval(formula, {"__builtins__": {}}, {"base": base})
    return jsonify({"value": value})


@app.post("/rules/hook")
def run_hook():
    code = request.form["code"]
    scope: dict = {}
    # expect: python.exec-injection
    exec(code, scope)
    return jsonify({"ok": True, "result": scope.get("result")})


def load_constants() -> dict:
    scope: dict = {}
    exec("TAX = 0.2\nSHIPPING = 4.99", scope)
    return {k: v for k, v in scope.items() if k.isupper()}


def compile_rule(rule_text: str):
    # expect: python.eval-injection
    return eval("lambda price, qty: " + rule_text)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    # expect: python.flask-debug-enabled, python.bind-all-interfaces
    app.run(host="0.0.0.0", port=port, debug=True)
