"""Thin client for the upstream payments gateway."""
import os
from typing import Any

import certifi
import httpx
import requests

GATEWAY_URL = os.environ["PAYMENTS_GATEWAY_URL"]
CA_BUNDLE = os.environ.get("PAYMENTS_CA_BUNDLE", certifi.where())
TIMEOUT = float(os.environ.get("PAYMENTS_TIMEOUT", "10"))


class PaymentsClient:
    def __init__(self, api_key: str | None = None) -> None:
        self.api_key = api_key or os.environ["PAYMENTS_API_KEY"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"
        self.session.verify = CA_BUNDLE

    def charge(self, amount_cents: int, currency: str, source: str) -> dict[str, Any]:
        resp = self.session.post(
            f"{GATEWAY_URL}/v1/charges",
            json={"amount": amount_cents, "currency": currency, "source": source},
            timeout=TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id: str) -> dict[str, Any]:
        # expect: python.tls-verify-disabled
        resp = requests.post(f"{GATEWAY_URL}/v1/refunds", json={"charge": charge_id}, verify=False, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def health(self) -> bool:
        try:
            return requests.get(f"{GATEWAY_URL}/health", timeout=3, verify=CA_BUNDLE).ok
        except requests.RequestException:
            return False


def sandbox_session() -> requests.Session:
    s = requests.Session()
    # expect: python.tls-verify-disabled
    s.verify = False
    return s


async def fetch_fx_rates(base: str) -> dict[str, float]:
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        r = await client.get(f"{GATEWAY_URL}/v1/fx", params={"base": base})
        return r.json()["rates"]


async def fetch_legacy_rates(base: str) -> dict[str, float]:
    # expect: python.tls-verify-disabled
    async with httpx.AsyncClient(verify=False, timeout=TIMEOUT) as client:
        r = await client.get(f"{GATEWAY_URL}/legacy/fx/{base}")
        return r.json()


def verify_webhook(payload: bytes, signature: str) -> bool:
    import hmac, hashlib
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
