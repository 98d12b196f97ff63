"""Imports supplier product feeds (XML) into the catalog."""
import ssl
import socket
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)

HARDENED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_local_feed(path: str):
    return etree.parse(path, HARDENED_PARSER)


@app.post("/feeds/upload")
def upload_feed():
    root = SafeET.fromstring(request.data)
    return jsonify({"items": len(root.findall("item"))})


@app.post("/feeds/legacy")
def upload_legacy_feed():
    # expect: python.xml-parse-untrusted
    root = ET.fromstring(request.data)
    return jsonify({"items": len(root.findall("item"))})


@app.post("/feeds/lxml")
def upload_lxml_feed():
    # expect: python.xml-lxml-entity-expansion
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: python.xml-parse-untrusted
    root = etree.fromstring(request.get_data(), parser)
    return jsonify({"items": len(root.xpath("//item"))})


def fetch_feed_tls(host: str, port: int = 443) -> bytes:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"GET /feed.xml HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
            return tls.recv(1 << 20)


def fetch_feed_legacy(host: str, port: int = 443) -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    # expect: python.ssl-cert-none
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.recv(1 << 20)


def old_supplier_socket(host: str):
    sock = socket.create_connection((host, 443))
    # expect: python.ssl-wrap-socket
    return ssl.wrap_socket(sock)


def unverified_ctx():
    # expect: python.ssl-unverified-context
    return ssl._create_unverified_context()


def tls10_ctx():
    # expect: python.ssl-insecure-protocol
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def modern_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_default_certs()
    return ctx
