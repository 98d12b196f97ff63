#!/usr/bin/env python3
"""Prints a GitHub-format token with a valid CRC32 checksum, for rule examples and tests.

Usage: scripts/github-token.py PREFIX BODY30   e.g. scripts/github-token.py ghp_ R4nd0m...(30 chars)
The token is fake: it has the documented shape (prefix, 30 base62 chars, 6-char base62 CRC32)
but was never issued by GitHub.
"""
import sys
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n: int) -> str:
    s = ""
    while n:
        s = B62[n % 62] + s
        n //= 62
    return s.rjust(6, "0")


prefix, body = sys.argv[1], sys.argv[2]
print(prefix + body + base62(zlib.crc32(body.encode())))
