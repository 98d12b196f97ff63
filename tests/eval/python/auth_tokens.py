"""Password hashing, reset tokens and session JWTs for the accounts service."""
import hashlib
import os
import random
import secrets
import string
import uuid
from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALG = "HS256"
ALPHABET = string.ascii_letters + string.digits


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), hashed)


def legacy_hash_password(password: str, salt: str) -> str:
    # expect: python.password-fast-hash
    return hashlib.sha256((salt + password).encode()).hexdigest()


def legacy_md5_password(password):
    # expect: python.password-fast-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def file_checksum(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def make_reset_token() -> str:
    return secrets.token_urlsafe(32)


def make_invite_code() -> str:
    # expect: python.insecure-random-secret
    return "".join(random.choice(ALPHABET) for _ in range(10))


def make_otp() -> str:
    # expect: python.insecure-random-secret
    otp = str(random.randint(100000, 999999))
    return otp


def pick_ab_bucket(user_id: int) -> str:
    rng = random.Random(user_id)
    return rng.choice(["control", "variant-a", "variant-b"])


def new_api_key() -> str:
    return "rk_" + secrets.token_hex(24)


def request_id() -> str:
    return uuid.uuid4().hex


def issue_session(user_id: str) -> str:
    now = datetime.now(timezone.utc)
    payload = {"sub": user_id, "iat": now, "exp": now + timedelta(hours=8)}
    return jwt.encode(payload, JWT_SECRET, algorithm=JWT_ALG)


def read_session(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])


def peek_claims(token: str) -> dict:
    # expect: python.jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def read_partner_token(token: str, key: str) -> dict:
    # expect: python.jwt-verification-disabled
    return jwt.decode(token, key, algorithms=["RS256"], verify=False)


def salt() -> str:
    # expect: python.insecure-random-secret
    salt = "".join(random.choices(ALPHABET, k=16))
    return salt
