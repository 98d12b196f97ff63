"""Settings for the support-desk Django project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: secrets.generic-secret-assignment, secrets.generic-high-entropy-assignment
SECRET_KEY = "N1gN_T11cUzYZAa3u2olZ=U6uqbg(sYl=V#vsSKu%vinX!zMqf"

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["support.acme.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "support",
        "USER": "support",
        # expect: secrets.generic-password-assignment
        "PASSWORD": "pmLUkA!81133ZDLT",
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

EMAIL_HOST_PASSWORD = os.environ["SMTP_PASSWORD"]
# expect: secrets.openai-api-key
OPENAI_API_KEY = "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"
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY")
# expect: secrets.generic-env-default-secret
ZENDESK_API_TOKEN = os.getenv("ZENDESK_API_TOKEN", "Jk3nR8vQ2mXw7pLz9tYb4sHc6fDg1aUe5oIy0rTq")
ALGOLIA_APP_ID = "H7K2P9QX4M"
ALGOLIA_SEARCH_KEY = os.environ.get("ALGOLIA_SEARCH_KEY", "")
# expect: secrets.slack-bot-token
SLACK_BOT_TOKEN = "xoxb-416788587177-5781997905374-8QvwTH6Iuj2OkDCJ23VmCwyk"

PASSWORD_RESET_TIMEOUT = 3600
TOKEN_HEADER = "X-Support-Token"
SECRET_KEY_FALLBACKS = []
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3")
# expect: secrets.generic-database-url
CELERY_RESULT_BACKEND = "redis://:Rb7xKq2mVn9wLp4t@redis.internal:6379/4"

# expect: secrets.google-api-key
GOOGLE_MAPS_API_KEY = "AIzaXx8TTx4XUMGmTtfc6y_xI25MTL3xzfMg5lJ"
