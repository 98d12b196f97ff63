"""Tests for the accounts service (fixtures use throwaway values)."""
import hashlib
import random

import pytest

from accounts.auth_tokens import check_password, hash_password, issue_session, read_session

TEST_PASSWORD = "correct horse battery staple"
EXAMPLE_API_KEY = "your-api-key"
DUMMY_TOKEN = "<token>"
FIXTURE_UUID = "5008283f-04c7-4c65-b0da-4cfa8b02400e"
FIXTURE_COMMIT = "7dc37e1dddf3e73f482bb56f0cab1d643b500803"


@pytest.fixture
def user(db):
    return db.create_user(email="alice@example.com", password=hash_password(TEST_PASSWORD))


def test_password_roundtrip():
    hashed = hash_password("s3cret-for-tests")
    assert check_password("s3cret-for-tests", hashed)


def test_wrong_password():
    hashed = hash_password("first")
    assert not check_password("second", hashed)


def test_session_roundtrip(monkeypatch):
    monkeypatch.setenv("JWT_SECRET", "test-only")
    token = issue_session("user-1")
    assert read_session(token)["sub"] == "user-1"


def test_shuffle_is_deterministic():
    rng = random.Random(42)
    items = list(range(10))
    rng.shuffle(items)
    assert items != list(range(10))


def test_etag_is_md5_of_body():
    body = b"hello"
    assert hashlib.md5(body).hexdigest() == "5d41402abc4b2a76b9719d911017c592"


def test_sample_ids_are_stable():
    ids = random.sample(range(1000), 5)
    assert len(set(ids)) == 5
