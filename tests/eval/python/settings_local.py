"""Local overrides, imported by manage.py only when DJANGO_ENV=local."""
import os

from .settings import *  # noqa: F401,F403

DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"

INTERNAL_IPS = ["127.0.0.1"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront_dev",
        "USER": "storefront",
        "PASSWORD": os.environ.get("DEV_DB_PASSWORD", ""),
        "HOST": "localhost",
        "PORT": "5432",
    }
}

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Template debug should follow DEBUG; never force it on.
TEMPLATES_DEBUG = DEBUG

CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
