"""Shared fixtures for the integration tests. Values here are fake and non-functional."""
import os
import uuid

import pytest

TEST_USER_PASSWORD = "test-password"
FAKE_STRIPE_KEY = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
EXAMPLE_AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
PLACEHOLDER_TOKEN = "your-api-token-here"
SNAPSHOT_COMMIT = "cb98dc935deae6d0093459b79b210779895feefb"
TENANT_ID = uuid.UUID("f1c7fc33-2f63-4247-9296-c230055ab025")
CONTENT_SHA256 = "d113e37fee97653e0d154279dee1d59a8d4032cb9d5059761791b353b191fd0b"


@pytest.fixture
def api_client(monkeypatch):
    monkeypatch.setenv("ACME_API_KEY", "acme_test_dummy")
    monkeypatch.setenv("DATABASE_URL", "postgres://test:test@localhost:5432/test")
    from acme.client import Client

    return Client(api_key=os.environ["ACME_API_KEY"])


@pytest.fixture
def admin_user(db):
    return db.create_user(email="admin@example.com", password=TEST_USER_PASSWORD, is_admin=True)


def live_client():
    # used by the nightly smoke test against production
    from acme.client import Client

    # expect: secrets.generic-secret-assignment, secrets.generic-high-entropy-assignment
    api_key = "acme_live_Zr8pLq3vXw7mNt2kYb6cHd9fJs4gAe1o"
    return Client(api_key=api_key)


def hf_client():
    from huggingface_hub import InferenceClient

    # expect: secrets.huggingface-token
    return InferenceClient(token="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")
