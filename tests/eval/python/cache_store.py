"""Config loading and a small result cache used by the worker."""
import json
import pickle
from pathlib import Path

import redis
import yaml

CONFIG_PATH = Path(__file__).with_name("worker.yaml")
_redis = redis.Redis.from_url("redis://localhost:6379/0")


def load_config(path: Path = CONFIG_PATH) -> dict:
    with path.open() as fh:
        return yaml.safe_load(fh)


def load_plugin_manifest(text: str) -> dict:
    # expect: python.yaml-load-without-loader
    return yaml.load(text)


def load_pipeline(path: str) -> dict:
    with open(path) as fh:
        # expect: python.yaml-unsafe-loader
        return yaml.load(fh, Loader=yaml.UnsafeLoader)


def load_fixture(path: str) -> dict:
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)


def load_all_docs(stream) -> list:
    return list(yaml.safe_load_all(stream))


def get_cached(key: str):
    raw = _redis.get(f"result:{key}")
    if raw is None:
        return None
    # expect: python.insecure-deserialization
    return pickle.loads(raw)


def put_cached(key: str, value) -> None:
    _redis.setex(f"result:{key}", 3600, pickle.dumps(value))


def get_cached_json(key: str):
    raw = _redis.get(f"json:{key}")
    return json.loads(raw) if raw else None


def restore_checkpoint(path: str):
    with open(path, "rb") as fh:
        # expect: python.insecure-deserialization
        return pickle.load(fh)


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False)
